//! Figures and casualty counts.

use super::entity::Reference;
use super::span::Span;
use super::speech::Source;

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
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// Approximator, number and unit together ("more than 240 people").
    pub span: Span,
    /// The number alone ("240").
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
#[derive(Debug, Clone, PartialEq)]
pub struct Casualty {
    /// What happened to them.
    pub kind: CasualtyKind,
    /// How many.
    pub value: f64,
    /// How the count is qualified.
    pub approx: Option<Approx>,
    /// Who they were ("civilians").
    pub victims: Option<String>,
    /// Who caused it, and the entity.
    pub perpetrator: Option<Reference>,
    /// What caused it ("strikes").
    pub cause: Option<String>,
    /// Where, and the entity.
    pub location: Option<Reference>,
    /// According to whom.
    pub sources: Vec<Source>,
    /// Every place the figure is given.
    pub mentions: Vec<Span>,
    /// A new toll replacing an earlier one ("the toll rose to 25").
    pub update: bool,
}
