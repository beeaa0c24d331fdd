//! The learned backbone: a part-of-speech tagger and a named-entity tagger per language.
//!
//! Both are averaged perceptrons read greedily left to right: each token's features
//! ([`features`]) are hashed, their weights summed per tag, and the best tag taken before
//! moving on, so a tag can depend on the tags before it. The entity tagger also reads the
//! part of speech of the token and its neighbours, gazetteer names, and the kind of name the
//! same word had earlier in the document. Weights are trained by `reportage-train` from
//! public treebanks and shipped inside the package ([`weights`] documents the format); each
//! language's folder names its two model files, read once at first use.

pub mod features;
pub mod train;
pub mod weights;

use crate::document::Document;
use crate::gazetteer::{Hit, GAZETTEER};
use crate::model::{EntityTag, Upos};
use features::{Facts, Word, WordFeatures};
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::sync::OnceLock;
pub use weights::{FormatError, Weights};

/// The tag of "no tag yet", for the words before a sentence's first.
const START: u8 = 0xff;

/// The entity tagger's class number of "outside any name".
const OUTSIDE: u8 = EntityTag::O as u8;

/// A language's two models: the bytes shipped in the package, read at first use.
pub struct Models {
    pos: &'static [u8],
    entities: &'static [u8],
    pos_read: OnceLock<Weights>,
    entities_read: OnceLock<Weights>,
}

impl Models {
    /// The models of a language from their files' bytes.
    pub const fn new(pos: &'static [u8], entities: &'static [u8]) -> Models {
        Models { pos, entities, pos_read: OnceLock::new(), entities_read: OnceLock::new() }
    }

    /// The part-of-speech model.
    pub fn pos(&self) -> &Weights {
        self.pos_read.get_or_init(|| read_shipped(self.pos, Upos::ALL.iter().map(|t| t.label())))
    }

    /// The named-entity model.
    pub fn entities(&self) -> &Weights {
        self.entities_read.get_or_init(|| read_shipped(self.entities, EntityTag::ALL.iter().map(|t| t.label())))
    }
}

/// Reads a model shipped in the package. Tests read every shipped model, so a failure here is
/// a build that should never have been released: it panics with the reason.
fn read_shipped<'a>(bytes: &[u8], labels: impl Iterator<Item = &'a str>) -> Weights {
    let weights = Weights::read(bytes).unwrap_or_else(|e| panic!("shipped tagger model: {e}"));
    assert!(weights.classes.iter().map(String::as_str).eq(labels), "shipped tagger model: unexpected labels");
    weights
}

/// The index of the highest score among the classes `allowed` accepts (the first on a tie).
fn best(scores: &[i32], allowed: impl Fn(usize) -> bool) -> usize {
    let mut best = None;
    for (c, &s) in scores.iter().enumerate() {
        if allowed(c) && best.is_none_or(|(_, b)| s > b) {
            best = Some((c, s));
        }
    }
    best.map_or(0, |(c, _)| c)
}

/// Tags the words of one sentence with parts of speech, from their facts.
pub fn tag_pos(model: &Weights, facts: &[Facts]) -> Vec<Upos> {
    tag_pos_with(model, facts, &WordFeatures::of(facts))
}

/// [`tag_pos`], given the features of the words that both taggers read.
fn tag_pos_with(model: &Weights, facts: &[Facts], words: &WordFeatures) -> Vec<Upos> {
    let mut features = Vec::with_capacity(32);
    let mut scores = vec![0; model.classes.len()];
    let mut tags = Vec::with_capacity(facts.len());
    let classes: Vec<u32> = facts.iter().map(|f| f.class(|key| model.class_of(key))).collect();
    let mut previous = [START; 2];
    for i in 0..facts.len() {
        features::pos_with(words, facts, &classes, i, previous, &mut features);
        model.score(&features, &mut scores);
        let tag = best(&scores, |_| true);
        tags.push(Upos::from_index(tag as u8).unwrap_or_default());
        previous = [tag as u8, previous[0]];
    }
    tags
}

/// What the entity tagger remembers across the sentences of a document: the kind of name
/// each capitalised word (by its lower-case form) was last tagged with.
#[derive(Debug, Default)]
pub struct Memory {
    kinds: FxHashMap<u32, u8>,
}

impl Memory {
    /// The kind of name the word was last tagged with (1 + [`crate::model::NameKind`] number), or 0.
    fn earlier(&self, word: &Facts) -> u8 {
        self.kinds.get(&word.lower).copied().unwrap_or(0)
    }

    /// Remembers the tag a capitalised word was given.
    fn remember(&mut self, word: &Facts, tag: EntityTag) {
        if word.capitalised() {
            self.kinds.insert(word.lower, tag.kind().map_or(0, |k| k as u8 + 1));
        }
    }
}

/// Tags the words of one sentence with their places in names; `memory` carries what earlier
/// sentences of the same document said.
pub fn tag_entities(model: &Weights, facts: &[Facts], pos: &[Upos], memory: &mut Memory) -> Vec<EntityTag> {
    tag_entities_with(model, facts, &WordFeatures::of(facts), pos, memory)
}

/// [`tag_entities`], given the features of the words that both taggers read.
fn tag_entities_with(
    model: &Weights,
    facts: &[Facts],
    words: &WordFeatures,
    pos: &[Upos],
    memory: &mut Memory,
) -> Vec<EntityTag> {
    let mut features = Vec::with_capacity(48);
    let mut scores = vec![0; model.classes.len()];
    let mut tags = Vec::with_capacity(facts.len());
    let mut previous = [START; 2];
    for (i, f) in facts.iter().enumerate() {
        // A name opens at or just before a capital and goes on only from a word already in
        // one: elsewhere the word is outside any name, and the model is not asked.
        let near_capital = facts[i..].iter().take(4).any(Facts::capitalised);
        if previous[0] == OUTSIDE && !near_capital {
            tags.push(EntityTag::O);
            previous = [OUTSIDE, previous[0]];
            continue;
        }
        features::entity_with(words, facts, pos, i, previous, memory.earlier(f), &mut features);
        model.score(&features, &mut scores);
        let before = tags.last().copied().unwrap_or_default();
        let c = best(&scores, |c| EntityTag::from_index(c as u8).is_some_and(|t| t.may_follow(before)));
        let tag = EntityTag::from_index(c as u8).unwrap_or_default();
        memory.remember(f, tag);
        tags.push(tag);
        previous = [c as u8, previous[0]];
    }
    tags
}

/// The lower-case form of a pre-split word as the models read it, the form its key
/// ([`features::word_key`]) is taken of.
pub fn lower_form(word: &str) -> String {
    crate::tokens::lowercase_aligned(&as_treebanks_write(word))
}

/// A word as the models read it: typographic apostrophes as treebanks write them ("l’" is
/// read "l'").
fn as_treebanks_write(word: &str) -> Cow<'_, str> {
    if word.contains('’') {
        Cow::Owned(word.replace('’', "'"))
    } else {
        Cow::Borrowed(word)
    }
}

/// Tags a sentence's words with parts of speech, reading each contraction of the language as
/// the parts the model was trained on ("au" as "à le") and giving the word its first part's
/// tag. `facts` are those of `words` themselves, computed from the gazetteer's matches in the
/// sentence (`names`) and each word's span.
pub fn tag_pos_of_written(
    model: &Weights,
    contractions: &[(&str, &[&'static str])],
    words: &[Word<'_>],
    facts: &[Facts],
    names: &[Hit],
    spans: &[(usize, usize)],
) -> Vec<Upos> {
    tag_pos_of_written_with(model, contractions, words, facts, None, names, spans)
}

/// [`tag_pos_of_written`], given the features of the words that both taggers read when they
/// are known (`WordFeatures::of(facts)`).
fn tag_pos_of_written_with(
    model: &Weights,
    contractions: &[(&str, &[&'static str])],
    words: &[Word<'_>],
    facts: &[Facts],
    shared: Option<&WordFeatures>,
    names: &[Hit],
    spans: &[(usize, usize)],
) -> Vec<Upos> {
    let parts_of = |w: &Word<'_>| contractions.iter().find(|(c, _)| *c == w.lower).map(|(_, parts)| *parts);
    if !words.iter().any(|w| parts_of(w).is_some()) {
        return match shared {
            Some(shared) => tag_pos_with(model, facts, shared),
            None => tag_pos(model, facts),
        };
    }
    let mut split = Vec::with_capacity(words.len() + 4);
    let mut split_spans = Vec::with_capacity(words.len() + 4);
    let mut first = Vec::with_capacity(words.len());
    for (w, &span) in words.iter().zip(spans) {
        first.push(split.len());
        match parts_of(w) {
            Some(parts) => {
                for part in parts {
                    split.push(Word { text: part, lower: part });
                    split_spans.push(span);
                }
            }
            None => {
                split.push(*w);
                split_spans.push(span);
            }
        }
    }
    let tags = tag_pos(model, &features::facts_with_names(&split, names, &split_spans));
    first.into_iter().map(|i| tags[i]).collect()
}

/// Gives every token of the document its part of speech and its place in a name.
pub fn tag_document(doc: &mut Document<'_>) {
    let lexicon = crate::lang::lexicon(doc.language);
    let (pos_model, entity_model) = (lexicon.models.pos(), lexicon.models.entities());
    let mut all_pos = Vec::with_capacity(doc.tokens.len());
    let mut all_entities = Vec::with_capacity(doc.tokens.len());
    {
        let doc = &*doc;
        // First every sentence's words and their facts, so that each word's facts can say how
        // the rest of the document writes it; then the tags, sentence by sentence.
        let mut sentences = Vec::with_capacity(doc.sentences.len());
        let mut all_facts = Vec::with_capacity(doc.sentences.len());
        for (sentence, names) in doc.sentences.iter().zip(&doc.gazetteer) {
            let tokens = doc.tokens_of(sentence);
            // Most sentences have no typographic apostrophe: their words are read as they are.
            let curly = sentence.span.of(doc.text()).contains('’');
            let written = |word| if curly { as_treebanks_write(word) } else { Cow::Borrowed(word) };
            let texts: Vec<Cow<'_, str>> = tokens.iter().map(|t| written(t.text(doc.text()))).collect();
            let lowers: Vec<Cow<'_, str>> = tokens.iter().map(|t| written(doc.lower(t.span))).collect();
            let origin = sentence.span.start;
            let spans: Vec<(usize, usize)> =
                tokens.iter().map(|t| (t.span.start - origin, t.span.end - origin)).collect();
            let words: Vec<Word<'_>> = texts.iter().zip(&lowers).map(|(t, l)| Word { text: t, lower: l }).collect();
            all_facts.push(features::facts_with_names(&words, names, &spans));
            sentences.push((texts, lowers, spans, names));
        }
        features::document_case(&mut all_facts);
        let mut memory = Memory::default();
        for ((texts, lowers, spans, names), facts) in sentences.iter().zip(&all_facts) {
            let words: Vec<Word<'_>> = texts.iter().zip(lowers).map(|(t, l)| Word { text: t, lower: l }).collect();
            // The features both taggers read, hashed once for both.
            let shared = WordFeatures::of(facts);
            let contractions = lexicon.grammar.contractions;
            let pos = tag_pos_of_written_with(pos_model, contractions, &words, facts, Some(&shared), names, spans);
            all_entities.extend(tag_entities_with(entity_model, facts, &shared, &pos, &mut memory));
            all_pos.extend(pos);
        }
    }
    // Sentences cover every token once, in order.
    for ((token, pos), tag) in doc.tokens.iter_mut().zip(all_pos).zip(all_entities) {
        token.pos = pos;
        token.entity_tag = tag;
    }
}

/// Tags pre-split words (a treebank's tokens) with parts of speech in `language`'s model.
pub fn pos_of_words(language: crate::Language, words: &[&str]) -> Vec<Upos> {
    tag_pos(crate::lang::lexicon(language).models.pos(), &facts_of_words(words))
}

/// A sentence of pre-split words as the features read it: the words (apostrophes as treebanks
/// write them) and their lower case, the text they make joined by spaces, and each one's span.
struct Joined {
    texts: Vec<String>,
    lowers: Vec<String>,
    text: String,
    spans: Vec<(usize, usize)>,
}

impl Joined {
    fn new(words: &[&str]) -> Joined {
        let texts: Vec<String> = words.iter().map(|w| as_treebanks_write(w).into_owned()).collect();
        let mut text = String::new();
        let mut spans = Vec::with_capacity(words.len());
        for w in &texts {
            if !text.is_empty() {
                text.push(' ');
            }
            spans.push((text.len(), text.len() + w.len()));
            text.push_str(w);
        }
        let lowers = words.iter().map(|w| lower_form(w)).collect();
        Joined { texts, lowers, text, spans }
    }

    fn words(&self) -> Vec<Word<'_>> {
        self.texts.iter().zip(&self.lowers).map(|(t, l)| Word { text: t, lower: l }).collect()
    }
}

/// The facts of pre-split words, read as the sentence they make joined by spaces.
pub fn facts_of_words(words: &[&str]) -> Vec<Facts> {
    let joined = Joined::new(words);
    features::facts(&joined.words(), &joined.text, &joined.spans)
}

/// The parts of speech of pre-split words as written in running text (contractions whole), as
/// [`tag_document`] gives them.
pub fn pos_of_written_words(model: &Weights, contractions: &[(&str, &[&'static str])], words: &[&str]) -> Vec<Upos> {
    let joined = Joined::new(words);
    let words = joined.words();
    let names = GAZETTEER.find(&joined.text);
    let facts = features::facts_with_names(&words, &names, &joined.spans);
    tag_pos_of_written(model, contractions, &words, &facts, &names, &joined.spans)
}
