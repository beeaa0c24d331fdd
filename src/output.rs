//! The output schema, and the one place where internal byte spans become the caller's
//! offsets (UTF-8 bytes, UTF-16 code units or code points) into the original text.

use crate::document::Document;
use crate::model::{
    Approx, Caption, CasualtyKind, EntityId, EntityType, Language, Quote, Reference, Role, Source, SourceKind, Span,
    Stamp, TimexType, Zone,
};
use crate::options::OffsetUnit;
use serde::Serialize;

/// A piece of the input: `input[start..end] == text` in the chosen offset unit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TextSpan {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The text between them, exactly as in the input.
    pub text: String,
}

/// A span with a normalised value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ValuedSpan {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The text between them.
    pub text: String,
    /// The value, e.g. `2024-11-29T11:18`.
    pub value: String,
}

/// A photo credit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CreditOut {
    /// The credit as printed.
    #[serde(flatten)]
    pub span: TextSpan,
    /// The photographer, title-cased.
    pub photographer: Option<String>,
    /// The agency.
    pub agency: Option<String>,
}

/// A photo caption.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaptionOut {
    /// The caption without its credit.
    #[serde(flatten)]
    pub span: TextSpan,
    /// The credit.
    pub credit: Option<CreditOut>,
    /// Where the page prints the same caption again.
    pub repeats: Vec<TextSpan>,
}

/// What the page is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Article {
    /// The headline.
    pub headline: Option<TextSpan>,
    /// The standfirst.
    pub standfirst: Option<TextSpan>,
    /// The byline ("By Jane Doe").
    pub byline: Option<TextSpan>,
    /// First publication, value `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD`.
    pub published: Option<ValuedSpan>,
    /// Last update.
    pub updated: Option<ValuedSpan>,
    /// Estimated reading time in minutes.
    pub reading_time_minutes: Option<u32>,
    /// The reading-time line.
    pub reading_time: Option<TextSpan>,
    /// Photo captions, each once.
    pub captions: Vec<CaptionOut>,
    /// Page furniture excluded from every annotator.
    pub boilerplate: Vec<TextSpan>,
    /// A wire dateline opening the body ("KHARTOUM, April 12 (Reuters) -").
    pub dateline: Option<DatelineOut>,
}

/// A wire dateline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DatelineOut {
    /// The whole dateline.
    #[serde(flatten)]
    pub span: TextSpan,
    /// The place as printed.
    pub place: TextSpan,
    /// The date as printed.
    pub date: Option<TextSpan>,
    /// The agency.
    pub agency: Option<TextSpan>,
}

/// A sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SentenceOut {
    /// The sentence.
    #[serde(flatten)]
    pub span: TextSpan,
    /// headline, standfirst, body or caption.
    pub zone: Zone,
    /// Index into `paragraphs` for body sentences.
    pub paragraph: Option<usize>,
}

/// A person, organisation, place or group, with every mention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EntityOut {
    /// Stable within one result: "e1", "e2"... in order of first mention.
    pub id: String,
    /// PERSON, ORG, GPE, LOC or NORP.
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// Canonical or fullest name.
    pub name: String,
    /// Other forms used for it.
    pub aliases: Vec<String>,
    /// Roles and titles.
    pub roles: Vec<String>,
    /// Mentions in text order.
    pub mentions: Vec<TextSpan>,
}

/// A temporal expression, TIMEX3-style.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimexOut {
    /// The expression.
    pub text: TextSpan,
    /// DATE, TIME, DURATION or SET.
    #[serde(rename = "type")]
    pub timex_type: TimexType,
    /// TimeML value.
    pub value: String,
    /// The document date the value was resolved against, for relative expressions.
    pub anchor: Option<String>,
    /// TimeML modifier ("ON_OR_AFTER" for "since ...").
    #[serde(rename = "mod")]
    pub modifier: Option<&'static str>,
}

/// A figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuantityOut {
    /// Approximator, number and unit.
    pub text: TextSpan,
    /// The value (lower end of a range, lower bound of a vague multiple).
    pub value: f64,
    /// more_than, at_least, about, almost, up_to, fewer_than.
    pub approx: Option<Approx>,
    /// Canonical unit.
    pub unit: Option<&'static str>,
    /// Both ends of a range.
    pub range: Option<[f64; 2]>,
    /// A vague multiple ("hundreds", "des milliers").
    pub vague: bool,
}

/// A reference to an entity, or words naming something that is not one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// The entity id ("e3"), when the words name a known entity.
    pub entity: Option<String>,
    /// The words.
    pub text: TextSpan,
}

/// Who said a quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SpeakerOut {
    /// The entity id, when the speaker is named (directly or through a pronoun).
    pub entity: Option<String>,
    /// The words naming the speaker ("he", "a Syrian official").
    pub text: TextSpan,
    /// Whether the speaker is named.
    pub named: bool,
    /// The speaker's role, when the article gives one.
    pub role: Option<String>,
}

/// A direct quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuoteOut {
    /// The quoted words, inside the marks.
    pub text: TextSpan,
    /// Who said it, or null where no speaker can be attributed.
    pub speaker: Option<SpeakerOut>,
    /// The cue verb or phrase.
    pub cue: Option<String>,
    /// The outlet or person spoken to.
    pub to: Option<Mention>,
    /// Index into `paragraphs` (null in the standfirst).
    pub paragraph: Option<usize>,
}

/// A source of a claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceOut {
    /// The entity id, when the source is a known entity.
    pub entity: Option<String>,
    /// The words naming it.
    pub text: TextSpan,
    /// ngo, state_media, media, agency, government, military, official, anonymous, witness, other.
    pub kind: SourceKind,
}

/// A claim and its sources.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AttributionOut {
    /// What is claimed.
    pub claim: TextSpan,
    /// Who claims it.
    pub sources: Vec<SourceOut>,
    /// The cue.
    pub cue: String,
}

/// A count with its qualifier.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Count {
    /// How many.
    pub value: f64,
    /// more_than, at_least, about, almost, up_to, fewer_than.
    pub approx: Option<Approx>,
}

/// A casualty figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CasualtyOut {
    /// killed, dead, wounded, missing, displaced, arrested, kidnapped.
    pub kind: CasualtyKind,
    /// How many.
    pub count: Count,
    /// Who they were.
    pub victims: Option<String>,
    /// Who caused it.
    pub perpetrator: Option<Mention>,
    /// What caused it.
    pub cause: Option<String>,
    /// Where.
    pub location: Option<Mention>,
    /// According to whom.
    pub sources: Vec<SourceOut>,
    /// Every place the figure is given.
    pub mentions: Vec<TextSpan>,
    /// A new toll that replaces an earlier one.
    pub update: bool,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Extraction {
    /// The article's language.
    pub language: Language,
    /// The date relative expressions were resolved against (`YYYY-MM-DD`), if any.
    pub document_date: Option<String>,
    /// Headline, stamps, captions, boilerplate.
    pub article: Article,
    /// Body paragraphs.
    pub paragraphs: Vec<TextSpan>,
    /// Sentences of headline, standfirst, body and captions.
    pub sentences: Vec<SentenceOut>,
    /// Named people, organisations, places and groups.
    pub entities: Vec<EntityOut>,
    /// Direct quotes.
    pub quotes: Vec<QuoteOut>,
    /// Claims and their sources.
    pub attributions: Vec<AttributionOut>,
    /// Numbers.
    pub quantities: Vec<QuantityOut>,
    /// Casualty figures.
    pub casualties: Vec<CasualtyOut>,
    /// Dates, times, durations.
    pub times: Vec<TimexOut>,
    /// Event records: not produced yet, always empty (kept so the schema is stable).
    pub events: Vec<serde_json::Value>,
}

/// The output id of an entity.
pub fn entity_id(id: EntityId) -> String {
    id.label()
}

/// Converts byte offsets of the original text into the caller's unit, in O(1) amortised
/// per lookup via checkpoints every 64 bytes.
pub struct OffsetConverter<'a> {
    text: &'a str,
    unit: OffsetUnit,
    /// `(byte offset, offset in unit)` at character boundaries.
    checkpoints: Vec<(usize, usize)>,
    /// Whether offsets in the unit are byte offsets (UTF-8, or an ASCII text).
    identity: bool,
    /// The last conversion, `(byte, offset)`: spans come mostly in order, so counting
    /// goes on from there rather than from the checkpoint.
    last: std::cell::Cell<(usize, usize)>,
}

const CHECKPOINT_EVERY: usize = 64;

fn width(c: char, unit: OffsetUnit) -> usize {
    match unit {
        OffsetUnit::Utf8 => c.len_utf8(),
        OffsetUnit::Utf16 => c.len_utf16(),
        OffsetUnit::Codepoint => 1,
    }
}

impl<'a> OffsetConverter<'a> {
    /// A converter for `text` into `unit`.
    pub fn new(text: &'a str, unit: OffsetUnit) -> Self {
        let mut checkpoints = vec![(0, 0)];
        if unit != OffsetUnit::Utf8 && !text.is_ascii() {
            let mut count = 0;
            let mut next = CHECKPOINT_EVERY;
            for (i, c) in text.char_indices() {
                if i >= next {
                    checkpoints.push((i, count));
                    next = i + CHECKPOINT_EVERY;
                }
                count += width(c, unit);
            }
        }
        let identity = unit == OffsetUnit::Utf8 || text.is_ascii();
        OffsetConverter { text, unit, checkpoints, identity, last: std::cell::Cell::new((0, 0)) }
    }

    /// The offset in the chosen unit of a byte offset (a character boundary).
    pub fn convert(&self, byte: usize) -> usize {
        if self.identity {
            return byte;
        }
        let (mut b, mut n) = self.checkpoints[self.checkpoints.partition_point(|&(b, _)| b <= byte) - 1];
        let (last_byte, last_offset) = self.last.get();
        if (b..=byte).contains(&last_byte) {
            (b, n) = (last_byte, last_offset);
        }
        let offset = n + self.text[b..byte].chars().map(|c| width(c, self.unit)).sum::<usize>();
        self.last.set((byte, offset));
        offset
    }
}

/// Builds the output from a finished document.
pub struct Renderer<'d, 'a> {
    doc: &'d Document<'a>,
    offsets: OffsetConverter<'a>,
}

impl<'d, 'a> Renderer<'d, 'a> {
    /// A renderer for `doc` with offsets in `unit`.
    pub fn new(doc: &'d Document<'a>, unit: OffsetUnit) -> Self {
        Renderer { doc, offsets: OffsetConverter::new(doc.original, unit) }
    }

    /// The caller's view of an internal span.
    pub fn span(&self, span: Span) -> TextSpan {
        let o = self.doc.normalised.to_original(span);
        TextSpan {
            start: self.offsets.convert(o.start),
            end: self.offsets.convert(o.end),
            text: self.doc.original[o.start..o.end].to_string(),
        }
    }

    fn stamp(&self, stamp: &Stamp) -> ValuedSpan {
        let TextSpan { start, end, text } = self.span(stamp.span);
        ValuedSpan { start, end, text, value: stamp.value.timeml() }
    }

    fn caption(&self, c: &Caption) -> CaptionOut {
        CaptionOut {
            span: self.span(c.span),
            credit: c.credit.as_ref().map(|k| CreditOut {
                span: self.span(k.span),
                photographer: k.photographer.clone(),
                agency: k.agency.clone(),
            }),
            repeats: c.repeats.iter().map(|&s| self.span(s)).collect(),
        }
    }

    fn reference(&self, r: Reference) -> Mention {
        Mention { entity: r.entity.map(entity_id), text: self.span(r.span) }
    }

    /// A source of a claim.
    pub fn source(&self, s: &Source) -> SourceOut {
        SourceOut { entity: s.entity.map(entity_id), text: self.span(s.span), kind: s.kind }
    }

    fn quote(&self, q: &Quote) -> QuoteOut {
        QuoteOut {
            text: self.span(q.span),
            speaker: q.speaker.as_ref().map(|sp| SpeakerOut {
                entity: sp.entity.map(entity_id),
                text: self.span(sp.span),
                named: sp.named,
                role: sp.entity.and_then(|e| self.doc.entity(e).roles.first().cloned()),
            }),
            cue: q.cue.clone(),
            to: q.to.map(|r| self.reference(r)),
            paragraph: q.paragraph,
        }
    }

    /// The whole extraction.
    pub fn extraction(&self) -> Extraction {
        let doc = self.doc;
        let layout = &doc.layout;
        let article = Article {
            headline: layout.headline.map(|s| self.span(s)),
            standfirst: layout.standfirst.map(|s| self.span(s)),
            byline: layout.byline.map(|s| self.span(s)),
            published: layout.published.as_ref().map(|s| self.stamp(s)),
            updated: layout.updated.as_ref().map(|s| self.stamp(s)),
            reading_time_minutes: layout.reading_time.map(|r| r.minutes),
            reading_time: layout.reading_time.map(|r| self.span(r.span)),
            captions: layout.captions.iter().map(|c| self.caption(c)).collect(),
            boilerplate: layout.spans(Role::Boilerplate).map(|s| self.span(s)).collect(),
            dateline: layout.dateline.map(|d| DatelineOut {
                span: self.span(d.span),
                place: self.span(d.place),
                date: d.date.map(|s| self.span(s)),
                agency: d.agency.map(|s| self.span(s)),
            }),
        };
        Extraction {
            language: doc.language,
            document_date: doc.document_date.map(|d| d.to_string()),
            article,
            paragraphs: doc.paragraphs.iter().map(|&s| self.span(s)).collect(),
            sentences: doc
                .sentences
                .iter()
                .map(|s| SentenceOut { span: self.span(s.span), zone: s.zone, paragraph: s.paragraph })
                .collect(),
            entities: doc
                .entities
                .iter()
                .enumerate()
                .map(|(i, e)| EntityOut {
                    id: entity_id(EntityId::new(i)),
                    entity_type: e.entity_type,
                    name: e.name.clone(),
                    aliases: e.aliases.clone(),
                    roles: e.roles.clone(),
                    mentions: e.mentions.iter().map(|&s| self.span(s)).collect(),
                })
                .collect(),
            quotes: doc.quotes.iter().map(|q| self.quote(q)).collect(),
            attributions: doc
                .attributions
                .iter()
                .map(|a| AttributionOut {
                    claim: self.span(a.claim),
                    sources: a.sources.iter().map(|s| self.source(s)).collect(),
                    cue: a.cue.clone(),
                })
                .collect(),
            quantities: doc
                .quantities
                .iter()
                .map(|q| QuantityOut {
                    text: self.span(q.span),
                    value: q.value,
                    approx: q.approx,
                    unit: q.unit,
                    range: q.range.map(|(a, b)| [a, b]),
                    vague: q.vague,
                })
                .collect(),
            casualties: doc
                .casualties
                .iter()
                .map(|c| CasualtyOut {
                    kind: c.kind,
                    count: Count { value: c.value, approx: c.approx },
                    victims: c.victims.clone(),
                    perpetrator: c.perpetrator.map(|r| self.reference(r)),
                    cause: c.cause.clone(),
                    location: c.location.map(|r| self.reference(r)),
                    sources: c.sources.iter().map(|s| self.source(s)).collect(),
                    mentions: c.mentions.iter().map(|&s| self.span(s)).collect(),
                    update: c.update,
                })
                .collect(),
            times: doc
                .times
                .iter()
                .map(|t| TimexOut {
                    text: self.span(t.span),
                    timex_type: t.timex_type,
                    value: t.value.clone(),
                    anchor: t.anchored.then(|| doc.document_date.map(|d| d.to_string())).flatten(),
                    modifier: t.modifier,
                })
                .collect(),
            events: vec![],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converter_counts_utf16_units_and_code_points() {
        let text = "a😀é".repeat(200) + "end";
        let byte = text.find("end").unwrap();
        assert_eq!(OffsetConverter::new(&text, OffsetUnit::Utf16).convert(byte), 200 * 4);
        assert_eq!(OffsetConverter::new(&text, OffsetUnit::Codepoint).convert(byte), 200 * 3);
        assert_eq!(OffsetConverter::new(&text, OffsetUnit::Utf8).convert(byte), byte);
    }
}
