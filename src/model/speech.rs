//! Quotes, sourced claims and their sources.

use super::entity::Reference;
use super::event::EventDate;
use super::ids::EntityId;
use super::span::Span;
use serde::Serialize;

/// Who said a quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Speaker<S = Span> {
    /// The entity, when the speaker is named (directly or through a pronoun).
    pub entity: Option<EntityId>,
    /// The words naming the speaker in the text ("Rami Abdel Rahmane", "he", "a Syrian official").
    #[serde(rename = "text")]
    pub span: S,
    /// Whether the speaker is named (rather than "a diplomatic source").
    pub named: bool,
    /// The speaker's role, when the article gives the entity one.
    pub role: Option<String>,
    /// The words a pronoun stands for when they name no entity ("il" for "un policier du
    /// district").
    pub antecedent: Option<S>,
}

/// One direct quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote<S = Span> {
    /// The quoted words, inside the quotation marks.
    #[serde(rename = "text")]
    pub span: S,
    /// The speaker, when one can be attributed.
    pub speaker: Option<Speaker<S>>,
    /// The cue ("said", "a déclaré", "according to").
    pub cue: Option<String>,
    /// The outlet or person spoken to ("AFP" in "told AFP").
    pub to: Option<Reference<S>>,
    /// Index of the body paragraph, when the quote is in the body.
    pub paragraph: Option<usize>,
}

/// A source named in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source<S = Span> {
    /// The entity it names, as an index into `Document::entities`.
    pub entity: Option<EntityId>,
    /// The phrase naming it ("an NGO", "the OSDH", "a Syrian official").
    #[serde(rename = "text")]
    pub span: S,
    /// What kind of source it is.
    pub kind: SourceKind,
    /// The words a pronoun or a phrase such as "this source" stands for when they name no
    /// entity ("cette source" for "la marine").
    pub antecedent: Option<S>,
}

/// A claim and who it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attribution<S = Span> {
    /// What is claimed.
    pub claim: S,
    /// Who claims it.
    pub sources: Vec<Source<S>>,
    /// The cue ("according to", "announced", "selon").
    pub cue: String,
    /// The place the claim names first, and the entity.
    pub place: Option<Reference<S>>,
    /// When the claim says it happened (never the time of the statement itself).
    pub date: Option<EventDate>,
}

/// What kind of source a claim or quote comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A non-governmental organisation.
    Ngo,
    /// State-run media.
    StateMedia,
    /// Other media.
    Media,
    /// A news agency.
    Agency,
    /// A government, ministry or head of state.
    Government,
    /// An army or armed force.
    Military,
    /// A named or unnamed official.
    Official,
    /// An unnamed source.
    Anonymous,
    /// Witnesses, residents.
    Witness,
    /// Anything else.
    Other,
}
