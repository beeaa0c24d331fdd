//! Figures and casualty counts.

use super::entity::Reference;
use super::event::EventDate;
use super::ids::CasualtyId;
use super::span::Span;
use super::speech::Source;
use serde::Serialize;

/// What happened to the people counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CasualtyKind {
    /// Killed by someone or something.
    Killed,
    /// Dead, cause unstated.
    Dead,
    /// Wounded or injured.
    Wounded,
    /// Missing.
    Missing,
    /// Forced from their homes.
    Displaced,
    /// Arrested or detained.
    Arrested,
    /// Kidnapped or taken hostage.
    Kidnapped,
    /// Struck by a disaster without a harm of the other kinds: "affected", "sinistrés".
    Affected,
}

/// How a figure is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    /// "more than", "over", "plus de".
    MoreThan,
    /// "at least", "au moins".
    AtLeast,
    /// "about", "around", "environ", "une cinquantaine".
    About,
    /// "almost", "nearly", "près de".
    Almost,
    /// "up to", "jusqu'à".
    UpTo,
    /// "fewer than", "less than", "moins de".
    FewerThan,
}

/// A figure in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity<S = Span> {
    /// Approximator, number and unit together ("more than 240 people").
    #[serde(rename = "text")]
    pub span: S,
    /// The number alone ("240").
    #[serde(skip)]
    pub number: Span,
    /// Its value (the lower end of a range; the lower bound of a vague multiple).
    pub value: f64,
    /// How it is qualified.
    pub approx: Option<Approx>,
    /// Canonical unit ("km", "%", "people").
    pub unit: Option<&'static str>,
    /// Both ends of a range.
    pub range: Option<(f64, f64)>,
    /// A vague multiple ("hundreds") rather than a figure.
    pub vague: bool,
}

/// One casualty figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Casualty<S = Span> {
    /// Its id: "c1", "c2"… in order of first mention.
    pub id: CasualtyId,
    /// What happened to them.
    pub kind: CasualtyKind,
    /// How many, and how the count is qualified.
    pub count: Count,
    /// Who they were ("civilians").
    pub victims: Option<String>,
    /// Who caused it, and the entity.
    pub perpetrator: Option<Reference<S>>,
    /// What caused it ("strikes").
    pub cause: Option<String>,
    /// Where, and the entity.
    pub location: Option<Reference<S>>,
    /// When, where its sentence says so (not the time of a statement): the time and its value.
    pub date: Option<EventDate>,
    /// According to whom.
    pub sources: Vec<Source<S>>,
    /// Every place the figure is given.
    pub mentions: Vec<S>,
    /// A new toll replacing an earlier one ("the toll rose to 25").
    pub update: bool,
    /// Told of an earlier incident than the report's ("In March 2024, a fire at a
    /// nearby depot killed 14 people"):
    /// dated, outside the report's opening, days before the incident the opening dates (or,
    /// when the opening dates none, a month before the report).
    pub earlier: bool,
}

/// A count with its qualifier.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Count {
    /// How many.
    pub value: f64,
    /// How the count is qualified.
    pub approx: Option<Approx>,
}
