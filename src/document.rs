//! The `Document`: the text and the annotation layers each stage adds to it.

use crate::gazetteer::Hit;
use crate::model::{
    Attribution, Casualty, Date, Entity, EntityId, Event, Language, Layout, Quantity, Quote, Sentence, Span, Timex,
    Token,
};
use crate::normalise::Normalised;
use crate::sort;

/// How many mentions starting before a span are looked at for one that holds it (names nest
/// only a few deep: "the Sudan Doctors Network" holds "Sudan").
const MENTION_NESTING: usize = 8;

/// An article being analysed: the caller's text, its normalised form, and every layer
/// found so far. Spans in layers are byte ranges of [`Document::text`].
#[derive(Debug, Clone)]
pub struct Document<'a> {
    /// The text as the caller gave it.
    pub original: &'a str,
    /// The normalised text and its map back to `original`.
    pub normalised: Normalised,
    /// The article's language.
    pub language: Language,
    /// The date relative expressions are resolved against.
    pub document_date: Option<Date>,
    /// Headline, stamps, captions, boilerplate.
    pub layout: Layout,
    /// Body paragraphs.
    pub paragraphs: Vec<Span>,
    /// Sentences of the headline, standfirst, body and captions, in text order.
    pub sentences: Vec<Sentence>,
    /// The normalised text in lower case, byte for byte aligned with it: a token's span
    /// slices its lower-case form out of this.
    pub lower: String,
    /// Every token of every sentence, in text order; each sentence holds its range.
    pub tokens: Vec<Token>,
    /// For each sentence, the gazetteer's names in it (`GAZETTEER.find` of its text, offsets
    /// from its start), read by the entity tagger's features and by the entity rules.
    pub gazetteer: Vec<Vec<Hit>>,
    /// People, organisations, places and groups.
    pub entities: Vec<Entity>,
    /// Every entity mention as `(span, entity)`, sorted by position.
    pub mention_index: Vec<(Span, EntityId)>,
    /// For each mention of `mention_index`, the furthest end of it and every mention before it:
    /// whether a span overlaps a mention is then one binary search.
    pub mention_reach: Vec<usize>,
    /// Dates, times, durations and sets.
    pub times: Vec<Timex>,
    /// Figures.
    pub quantities: Vec<Quantity>,
    /// Direct quotes.
    pub quotes: Vec<Quote>,
    /// Sourced claims.
    pub attributions: Vec<Attribution>,
    /// Casualty figures.
    pub casualties: Vec<Casualty>,
    /// What happened.
    pub events: Vec<Event>,
}

impl Document<'_> {
    /// The normalised text every span points into.
    pub fn text(&self) -> &str {
        &self.normalised.text
    }

    /// Sets the entity layer and indexes its mentions by position.
    pub fn set_entities(&mut self, entities: Vec<Entity>) {
        let mut index: Vec<(Span, EntityId)> = entities
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.mentions.iter().map(move |&m| (m, EntityId::new(i))))
            .collect();
        sort::sort(&mut index);
        self.mention_reach = index
            .iter()
            .scan(0, |reach, (m, _)| {
                *reach = (*reach).max(m.end);
                Some(*reach)
            })
            .collect();
        self.entities = entities;
        self.mention_index = index;
    }

    /// The entity with this id.
    pub fn entity(&self, id: EntityId) -> &Entity {
        &self.entities[id.index()]
    }

    /// The tokens of a sentence.
    pub fn tokens_of(&self, sentence: &Sentence) -> &[Token] {
        &self.tokens[sentence.tokens.clone()]
    }

    /// The index of the first token that starts at or after byte `pos` (the number of tokens
    /// when none does).
    pub fn token_from(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < pos)
    }

    /// The tokens that lie inside `span`, in order.
    pub fn tokens_in(&self, span: Span) -> &[Token] {
        let from = self.token_from(span.start);
        let to = from + self.tokens[from..].partition_point(|t| t.span.end <= span.end);
        &self.tokens[from..to]
    }

    /// The lower-case form of a token (or of any span).
    pub fn lower(&self, span: Span) -> &str {
        span.of(&self.lower)
    }

    /// Entity mentions inside `span`, in text order, as `(mention, entity)`.
    pub fn mentions_in(&self, span: Span) -> impl Iterator<Item = (Span, EntityId)> + '_ {
        let from = self.mention_index.partition_point(|(m, _)| m.start < span.start);
        self.mention_index[from..]
            .iter()
            .take_while(move |(m, _)| m.start < span.end)
            .filter(move |(m, _)| span.contains(*m))
            .copied()
    }

    /// The mention holding `span`, if any ("States" in "United States").
    pub fn mention_around(&self, span: Span) -> Option<(Span, EntityId)> {
        let to = self.mention_index.partition_point(|(m, _)| m.start <= span.start);
        self.mention_index[..to].iter().rev().take(MENTION_NESTING).find(|(m, _)| m.contains(span)).copied()
    }

    /// Entity mentions ending at or before `pos`, nearest first.
    pub fn mentions_before(&self, pos: usize) -> impl Iterator<Item = (Span, EntityId)> + '_ {
        let to = self.mention_index.partition_point(|(m, _)| m.start < pos);
        self.mention_index[..to].iter().rev().filter(move |(m, _)| m.end <= pos).copied()
    }

    /// The time expression holding `span`, if any (times are in text order and do not overlap:
    /// the one that may hold it starts last before it).
    pub fn time_around(&self, span: Span) -> Option<&Timex> {
        let to = self.times.partition_point(|t| t.span.start <= span.start);
        self.times[..to].last().filter(|t| t.span.contains(span))
    }

    /// The time expressions inside `span`, in text order.
    pub fn times_in(&self, span: Span) -> impl Iterator<Item = &Timex> + '_ {
        let from = self.times.partition_point(|t| t.span.start < span.start);
        self.times[from..].iter().take_while(move |t| t.span.end <= span.end)
    }

    /// The index of the sentence byte `pos` is in, or of the next one after it (the number of
    /// sentences past the last).
    pub fn sentence_index(&self, pos: usize) -> usize {
        self.sentences.partition_point(|s| s.span.end <= pos)
    }

    /// The sentence containing byte `pos`.
    pub fn sentence_at(&self, pos: usize) -> Option<&Sentence> {
        let i = self.sentences.partition_point(|s| s.span.start <= pos);
        self.sentences[..i].iter().rev().take(2).find(|s| s.span.start <= pos && pos <= s.span.end)
    }

    /// The paragraph that holds byte `pos` or, between paragraphs, the next one.
    pub fn paragraph_from(&self, pos: usize) -> Option<Span> {
        self.paragraphs.get(self.paragraphs.partition_point(|p| p.end <= pos)).copied()
    }

    /// `span` without the dateline at its start, when it holds it
    /// ("KHARTOUM, April 12 (Reuters) - Rebels took…" → "Rebels took…").
    pub fn without_dateline(&self, span: Span) -> Span {
        match self.layout.dateline {
            Some(d) if span.contains(d.span) => Span::new(d.span.end, span.end),
            _ => span,
        }
    }

    /// Whether `span` overlaps an entity mention.
    pub fn overlaps_mention(&self, span: Span) -> bool {
        // Mentions starting before the span ends overlap it when one of them ends inside or after it.
        let to = self.mention_index.partition_point(|(m, _)| m.start < span.end);
        to > 0 && self.mention_reach[to - 1] > span.start && !span.is_empty()
    }
}
