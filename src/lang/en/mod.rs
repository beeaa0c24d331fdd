//! English: its words, grouped by concern, and the rules that must be code.

mod calendar;
mod casualties;
mod events;
mod grammar;
mod names;
mod numbers;
mod page;
mod speech;

use super::{Hooks, Lexicon};
use crate::model::Language;
use crate::tagger::Models;

/// The English taggers.
static MODELS: Models =
    Models::new(include_bytes!("../../../data/models/pos-en.bin"), include_bytes!("../../../data/models/ner-en.bin"));

/// The English tables.
pub static LEXICON: Lexicon = Lexicon {
    language: Language::new("en"),
    called: &["english"],
    page: page::WORDS,
    calendar: calendar::WORDS,
    numbers: numbers::WORDS,
    names: names::WORDS,
    speech: speech::WORDS,
    casualties: casualties::WORDS,
    events: events::WORDS,
    grammar: grammar::WORDS,
    models: &MODELS,
    hooks: Hooks::NONE,
};
