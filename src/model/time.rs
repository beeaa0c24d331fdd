//! Temporal expressions (TIMEX3).

use super::span::Span;
use serde::Serialize;

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period: "2024-11-29", "2024-W48", "2020".
    Date,
    /// A time of day: "2024-11-29T11:18".
    Time,
    /// A length of time: "P3D".
    Duration,
    /// A recurrence: "P1W" for "every week".
    Set,
}

/// One temporal expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timex {
    /// The expression.
    pub span: Span,
    /// Its type.
    pub timex_type: TimexType,
    /// TimeML value ("2024-11-27", "2020-03", "P3D", "PAST_REF", "XXXX-11-29").
    pub value: String,
    /// Whether the value was computed from the document date.
    pub anchored: bool,
    /// TimeML modifier: "ON_OR_AFTER" for "since ...".
    pub modifier: Option<&'static str>,
}
