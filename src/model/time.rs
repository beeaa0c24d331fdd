//! Temporal expressions (TIMEX3).

use super::calendar::Date;
use super::ids::TimexId;
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timex<S = Span> {
    /// Its id: "t1", "t2"… in text order.
    pub id: TimexId,
    /// The expression.
    #[serde(rename = "text")]
    pub span: S,
    /// Its type.
    #[serde(rename = "type")]
    pub timex_type: TimexType,
    /// TimeML value ("2024-11-27", "2020-03", "P3D", "PAST_REF", "XXXX-11-29").
    pub value: String,
    /// The date the value was resolved against, for relative expressions: the document's date,
    /// or for a day counted from the story ("the day before") the day the text last told of.
    #[serde(serialize_with = "super::calendar::serialize_date")]
    pub anchor: Option<Date>,
    /// TimeML modifier: "ON_OR_AFTER" for "since ...", "START" / "MID" / "END" for a part
    /// of a period, "APPROX", "MORE_THAN", "EQUAL_OR_MORE", "LESS_THAN", "EQUAL_OR_LESS"
    /// for an approximator ("about two years", "more than seven hours").
    #[serde(rename = "mod")]
    pub modifier: Option<&'static str>,
}

/// TimeML's own words for the values and modifiers annotators write.
pub mod timeml {
    /// Modifier of an open period from a date on: "since 2019".
    pub const ON_OR_AFTER: &str = "ON_OR_AFTER";
    /// Modifier of a period's first part: "early March", "début mai".
    pub const START: &str = "START";
    /// Modifier of a period's middle: "mid-2024".
    pub const MID: &str = "MID";
    /// Modifier of a period's last part: "late March", "fin mai".
    pub const END: &str = "END";
    /// A date whose year, month and day are unknown.
    pub const UNKNOWN_DAY: &str = "XXXX-XX-XX";
    /// A time somewhere in the past ("a few hours ago").
    pub const PAST_REF: &str = "PAST_REF";
    /// A period that cannot be placed without the document date.
    pub const UNKNOWN_YEAR: &str = "XXXX";
    /// The part of a day that is its night, after a date and `T` ("2025-03-01TNI").
    pub const NIGHT: &str = "NI";
    /// What ends an ISO week's value to make its weekend's.
    pub const WEEKEND_SUFFIX: &str = "-WE";

    /// The modifier an approximator gives an amount of time: "more than seven hours" is
    /// `MORE_THAN`, "about two years ago" `APPROX`, "up to 180 days" `EQUAL_OR_LESS`.
    pub fn of_approximator(approx: super::super::figure::Approx) -> &'static str {
        use super::super::figure::Approx;
        match approx {
            Approx::MoreThan => "MORE_THAN",
            Approx::AtLeast => "EQUAL_OR_MORE",
            Approx::About => "APPROX",
            Approx::Almost | Approx::FewerThan => "LESS_THAN",
            Approx::UpTo => "EQUAL_OR_LESS",
        }
    }

    /// The month a TimeML season starts in, as the northern hemisphere counts: `SP` March, `SU`
    /// June, `FA` September, `WI` December.
    pub fn season_start(code: &str) -> u32 {
        match code {
            "SP" => 3,
            "SU" => 6,
            "FA" => 9,
            _ => 12,
        }
    }

    /// Whether a date value is a night's ("2025-03-01TNI").
    pub fn is_night(value: &str) -> bool {
        is_part_of_day(value, NIGHT)
    }

    /// The part of a day that is its evening, after a date and `T` ("2025-03-01TEV").
    pub const EVENING: &str = "EV";

    /// Whether a date value is an evening's ("2025-03-01TEV").
    pub fn is_evening(value: &str) -> bool {
        is_part_of_day(value, EVENING)
    }

    /// Whether a date value is the given part of its day (`part` after a date and `T`).
    fn is_part_of_day(value: &str, part: &str) -> bool {
        value.strip_suffix(part).is_some_and(|v| v.ends_with('T'))
    }

    /// The weekend of an ISO week: `2025-W10-WE`.
    pub fn weekend(week: &str) -> String {
        format!("{week}{WEEKEND_SUFFIX}")
    }

    /// A quarter of a year: `2024-Q3`.
    pub fn quarter(year: i32, quarter: u32) -> String {
        format!("{year:04}-Q{quarter}")
    }

    /// A quarter of an unknown year: `XXXX-Q3`.
    pub fn quarter_of_unknown_year(quarter: u32) -> String {
        format!("{UNKNOWN_YEAR}-Q{quarter}")
    }

    /// A day of a month in an unknown year: `XXXX-11-29`.
    pub fn day_of_unknown_year(month: u32, day: u32) -> String {
        format!("XXXX-{month:02}-{day:02}")
    }

    /// A weekday (0 = Monday) of an unknown week: `XXXX-WXX-1`.
    pub fn weekday_of_unknown_week(weekday: u32) -> String {
        format!("XXXX-WXX-{}", weekday + 1)
    }

    /// A duration of `amount` units (TimeML letters: D, W, M, Y for dates, H for hours):
    /// `P3D`, `PT24H`.
    pub fn duration(amount: &str, unit: char) -> String {
        match unit {
            'H' | 'S' => format!("PT{amount}{unit}"),
            // Minutes: TimeML's "M" after "T", told from months by their own letter here.
            MINUTE => format!("PT{amount}M"),
            _ => format!("P{amount}{unit}"),
        }
    }

    /// The unit letter the language tables give minutes ("M" is the month's).
    pub const MINUTE: char = 'N';
}
