//! The `Document`: the text and the annotation layers each stage adds to it.

use crate::calendar::Date;
use crate::entities::Entity;
use crate::attributions::Attribution;
use crate::casualties::Casualty;
use crate::quantities::Quantity;
use crate::quotes::Quote;
use crate::times::Timex;
use crate::layout::Layout;
use crate::normalise::{Normalised, Span};
use crate::options::Language;
use serde::Serialize;

/// Where on the page a sentence stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Zone {
    /// The headline.
    Headline,
    /// The standfirst.
    Standfirst,
    /// A body paragraph.
    Body,
    /// A photo caption.
    Caption,
}

/// A sentence of the article's own text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// The sentence, trimmed.
    pub span: Span,
    /// Where it stands.
    pub zone: Zone,
    /// Index into [`Document::paragraphs`] for body sentences.
    pub paragraph: Option<usize>,
}

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
    /// People, organisations, places and groups.
    pub entities: Vec<Entity>,
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
}

impl Document<'_> {
    /// The normalised text every span points into.
    pub fn text(&self) -> &str {
        &self.normalised.text
    }
}
