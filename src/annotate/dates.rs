//! Written dates and times in English and French: "29/11/2024 11:18",
//! "November 29, 2024 at 11:18 a.m. GMT", "vendredi 29 novembre 2024 à 11h18", ISO 8601.

use crate::lang::{self, alternation, lookup, Lexicon, TIME_ZONES};
use crate::model::calendar::{Date, DateTime, Time};
use regex::{Captures, Match, Regex};
use std::sync::LazyLock;

/// The longest written date-time considered, in bytes.
const MAX_DATE_TIME_LEN: usize = 96;

/// A regex group matching any entry of `words` (longest first), white space inside an entry
/// matching any run of white space and an apostrophe either apostrophe; a group that matches
/// nothing when there are no entries.
pub(crate) fn any_of<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let alternatives = alternation(words);
    if alternatives.is_empty() {
        return r"[^\s\S]".to_string();
    }
    format!("(?:{})", alternatives.replace(' ', r"\s+").replace('\'', "['’]"))
}

/// [`any_of`] the words of one table of every language.
pub(crate) fn any_word(table: impl Fn(&'static Lexicon) -> &'static [&'static str]) -> String {
    any_of(lang::LANGUAGES.iter().flat_map(|l| table(l).iter().copied()))
}

/// [`any_of`] the keys of one `(word, value)` table of every language.
pub(crate) fn any_key<T: 'static>(table: impl Fn(&'static Lexicon) -> &'static [(&'static str, T)]) -> String {
    any_of(lang::LANGUAGES.iter().flat_map(|l| table(l).iter().map(|(w, _)| *w)))
}

/// Looks up written words in a `(word, value)` table of every language, whatever their case,
/// spacing and apostrophes.
pub(crate) fn lookup_written<T: Copy + 'static>(
    table: impl Fn(&Lexicon) -> &'static [(&'static str, T)],
    written: &str,
) -> Option<T> {
    let key = written.split_whitespace().collect::<Vec<_>>().join(" ").replace('’', "'");
    lookup(table, &key)
}

/// A regex group matching a half of the day after a time, with or without dots ("pm", "p.m.",
/// "p. m"); a final dot is left to the caller.
pub(crate) fn day_half_pattern() -> String {
    let dotted = lang::LANGUAGES
        .iter()
        .flat_map(|l| l.calendar.day_halves.iter())
        .map(|(w, _)| w.chars().map(|c| regex::escape(&c.to_string())).collect::<Vec<_>>().join(r"\.?\s?"))
        .collect::<Vec<_>>();
    if dotted.is_empty() {
        return r"[^\s\S]".to_string();
    }
    format!("(?:{})", dotted.join("|"))
}

/// The hour a half of the day starts at, for a half as written ("p.m." → 12).
pub(crate) fn day_half(written: &str) -> Option<u32> {
    let key: String = written.chars().filter(|c| *c != '.' && !c.is_whitespace()).collect();
    lookup(|l| l.calendar.day_halves, &key)
}

/// A twelve-hour `hour` in the half of the day starting at `start`, on the 24-hour clock;
/// hours past twelve are already on it.
pub(crate) fn in_day_half(hour: u32, start: u32) -> u32 {
    match hour {
        12 => start,
        h if h < 12 => h + start,
        h => h,
    }
}

/// Matches a complete calendar date (day, month and year) at the start of a string,
/// optionally preceded by a weekday and followed by a time and zone.
static DATE_TIME: LazyLock<Regex> = LazyLock::new(|| {
    let months = any_key(|l| l.calendar.months);
    let weekdays = any_key(|l| l.calendar.weekdays);
    let preps = any_word(|l| l.calendar.date_prepositions);
    let connectors = any_word(|l| l.calendar.time_connectors);
    let ordinals = any_word(|l| l.calendar.ordinal_suffixes);
    let hour_marks = any_word(|l| l.calendar.hour_marks);
    let halves = day_half_pattern();
    let zones = any_of(TIME_ZONES.iter().copied());
    let pattern = format!(
        r"(?xi)^
        (?:{preps}\s+)?
        (?:(?P<wd>{weekdays})\.?,?\s+)?
        (?:
            (?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})
          | (?P<nd>\d{{1,2}})[/.\-](?P<nm>\d{{1,2}})[/.\-](?P<ny>\d{{4}}|\d{{2}})\b
          | (?P<mm>{months})\.?\s+(?P<md>\d{{1,2}}){ordinals}?,?\s+(?P<my>\d{{4}})\b
          | (?P<dd>\d{{1,2}}){ordinals}?\s+(?P<dm>{months})\.?,?\s+(?P<dy>\d{{4}})\b
        )
        (?:
            (?:\s*(?:,|-|–|—|\||T)\s*|\s+(?:{connectors}\s+)?|T)
            (?:
                (?P<h>\d{{1,2}})\s*(?::|\.|{hour_marks})\s*(?P<mi>\d{{2}})(?::\d{{2}}(?:\.\d+)?)?
              | (?P<h2>\d{{1,2}})\s*{hour_marks}\b
              | (?P<h3>\d{{1,2}})
            )
            (?:\s*(?P<ampm>{halves}\b\.?))?
            (?:\s*(?P<tz>{zones}|Z|[+\-]\d{{2}}:?\d{{2}})\b)?
        )?"
    );
    Regex::new(&pattern).expect("date-time pattern")
});

fn num(m: Option<Match<'_>>) -> Option<u32> {
    m.and_then(|m| m.as_str().parse().ok())
}

fn date_from(c: &Captures) -> Option<Date> {
    if let (Some(y), Some(m), Some(d)) = (num(c.name("iy")), num(c.name("im")), num(c.name("id"))) {
        return Date::new(y as i32, m, d);
    }
    if let (Some(d), Some(m), Some(y)) = (num(c.name("nd")), num(c.name("nm")), c.name("ny")) {
        let year = expand_year(y.as_str())?;
        // Day first, as most of the world writes it; month first only when the day-first
        // reading is impossible ("11/29/2024").
        return Date::new(year, m, d).or_else(|| Date::new(year, d, m));
    }
    if let (Some(m), Some(d), Some(y)) = (c.name("mm"), num(c.name("md")), num(c.name("my"))) {
        return Date::new(y as i32, lookup(|l| l.calendar.months, m.as_str())?, d);
    }
    if let (Some(d), Some(m), Some(y)) = (num(c.name("dd")), c.name("dm"), num(c.name("dy"))) {
        return Date::new(y as i32, lookup(|l| l.calendar.months, m.as_str())?, d);
    }
    None
}

fn expand_year(y: &str) -> Option<i32> {
    let v: i32 = y.parse().ok()?;
    Some(if y.len() == 2 { 2000 + v } else { v })
}

/// A twelve-hour `hour` in the half of the day written as `half`, if any; `None` when the
/// hour cannot be on a twelve-hour clock or the half is unknown.
fn with_half(hour: u32, half: Option<Match<'_>>) -> Option<u32> {
    match half {
        None => Some(hour),
        Some(_) if !(1..=12).contains(&hour) => None,
        Some(m) => Some(in_day_half(hour, day_half(m.as_str())?)),
    }
}

fn time_from(c: &Captures) -> Option<(Time, usize)> {
    let (hour, minute, end) = if let (Some(h), Some(mi)) = (num(c.name("h")), num(c.name("mi"))) {
        (h, mi, c.name("mi")?.end())
    } else if let Some(h) = num(c.name("h2")) {
        (h, 0, c.name("h2")?.end())
    } else if let (Some(h), Some(_)) = (num(c.name("h3")), c.name("ampm")) {
        (h, 0, c.name("h3")?.end())
    } else {
        return None;
    };
    let hour = with_half(hour, c.name("ampm"))?;
    let end =
        [c.name("ampm").map(|m| m.end()), c.name("tz").map(|m| m.end())].into_iter().flatten().fold(end, usize::max);
    Some((Time::new(hour, minute)?, end))
}

/// A time written before its date: "3:42 PM GMT+1, February 7, 2025". The date that follows
/// may open with its own preposition ("on", "le").
static TIME_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    let hour_marks = any_word(|l| l.calendar.hour_marks);
    let halves = day_half_pattern();
    let zones = any_of(TIME_ZONES.iter().copied());
    Regex::new(&format!(
        r"(?i)^(?P<h>\d{{1,2}})(?::|\.|{hour_marks})(?P<mi>\d{{2}})\s*(?P<ampm>{halves}\b\.?)?\s*(?P<tz>{zones}(?:\s*[+-]\s*\d{{1,2}}(?::?\d{{2}})?)?)?\s*,?\s+"
    ))
    .expect("time-first pattern")
});

/// Parses a time followed by a full date ("3:42 PM GMT+1, February 7, 2025").
fn parse_time_then_date(s: &str) -> Option<(DateTime, usize)> {
    let c = TIME_FIRST.captures(s)?;
    let hour = with_half(num(c.name("h"))?, c.name("ampm"))?;
    let minute = num(c.name("mi"))?;
    let time = Time::new(hour, minute)?;
    let rest_start = c.get(0)?.end();
    let (date, len) = parse_date_time(&s[rest_start..])?;
    if date.time.is_some() {
        return None;
    }
    let zone = c.name("tz").map(|m| m.as_str().to_string());
    Some((DateTime { date: date.date, time: Some(time), zone }, rest_start + len))
}

/// Parses a full date (with optional weekday, time and zone) at the start of `s`, or a time
/// followed by a full date.
pub fn parse_stamp(s: &str) -> Option<(DateTime, usize)> {
    parse_date_time(s).or_else(|| parse_time_then_date(s))
}

/// Parses a full date (with optional weekday, time and zone) at the start of `s`.
/// Returns the value and the number of bytes it covers. The weekday, if present, must agree
/// with the date.
pub fn parse_date_time(s: &str) -> Option<(DateTime, usize)> {
    // A written date-time is short; looking further only costs time on long lines.
    let mut limit = s.len().min(MAX_DATE_TIME_LEN);
    while !s.is_char_boundary(limit) {
        limit -= 1;
    }
    let c = DATE_TIME.captures(&s[..limit])?;
    let date = date_from(&c)?;
    if let Some(wd) = c.name("wd") {
        if lookup(|l| l.calendar.weekdays, wd.as_str()) != Some(date.weekday()) {
            return None;
        }
    }
    let date_end = c.name("id").or(c.name("ny")).or(c.name("my")).or(c.name("dy")).map(|m| m.end())?;
    let (time, end) = match time_from(&c) {
        Some((t, end)) => (Some(t), end),
        None => (None, date_end),
    };
    let zone = time.and(c.name("tz")).map(|m| m.as_str().to_string());
    Some((DateTime { date, time, zone }, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(s: &str) -> Option<(String, &str)> {
        parse_date_time(s).map(|(dt, end)| (dt.timeml(), &s[..end]))
    }

    #[test]
    fn numeric_day_first_with_time() {
        assert_eq!(value("29/11/2024 11:18"), Some(("2024-11-29T11:18".into(), "29/11/2024 11:18")));
        assert_eq!(value("03.02.2025 à 8h05"), Some(("2025-02-03T08:05".into(), "03.02.2025 à 8h05")));
    }

    #[test]
    fn numeric_month_first_only_when_day_first_is_impossible() {
        assert_eq!(value("11/29/2024").map(|v| v.0), Some("2024-11-29".into()));
        assert_eq!(value("04/05/2024").map(|v| v.0), Some("2024-05-04".into()));
    }

    #[test]
    fn english_month_names_with_am_pm_and_zone() {
        assert_eq!(
            value("November 29, 2024 at 3:05 p.m. GMT"),
            Some(("2024-11-29T15:05".into(), "November 29, 2024 at 3:05 p.m. GMT"))
        );
        assert_eq!(value("Fri 29 Nov 2024 09.30 GMT").map(|v| v.0), Some("2024-11-29T09:30".into()));
        assert_eq!(value("12 March 2025").map(|v| v.0), Some("2025-03-12".into()));
    }

    #[test]
    fn french_dates_with_weekday_and_h_times() {
        assert_eq!(
            value("le vendredi 29 novembre 2024 à 11h18"),
            Some(("2024-11-29T11:18".into(), "le vendredi 29 novembre 2024 à 11h18"))
        );
        assert_eq!(value("1er décembre 2024 à 7 h").map(|v| v.0), Some("2024-12-01T07:00".into()));
    }

    #[test]
    fn iso_8601() {
        assert_eq!(value("2024-11-29T11:18:00+01:00").map(|v| v.0), Some("2024-11-29T11:18".into()));
    }

    #[test]
    fn a_time_before_its_date() {
        let (dt, len) = parse_stamp("3:42 PM GMT+1, February 7, 2025").unwrap();
        assert_eq!((dt.timeml(), len), ("2025-02-07T15:42".to_string(), 31));
    }

    #[test]
    fn a_time_before_its_date_in_any_listed_zone_and_with_a_preposition() {
        let (dt, len) = parse_stamp("9:15 AM CDT, March 3, 2025").unwrap();
        assert_eq!((dt.timeml(), dt.zone.as_deref(), len), ("2025-03-03T09:15".to_string(), Some("CDT"), 26));
        let (dt, _) = parse_stamp("21h40, le 3 mars 2025").unwrap();
        assert_eq!(dt.timeml(), "2025-03-03T21:40");
    }

    #[test]
    fn halves_of_the_day_with_or_without_dots() {
        assert_eq!(value("3 March 2025 at 12 a.m.").map(|v| v.0), Some("2025-03-03T00:00".into()));
        assert_eq!(value("3 March 2025, 12 PM").map(|v| v.0), Some("2025-03-03T12:00".into()));
        assert_eq!(value("March 3rd, 2025 at 7 p. m.").map(|v| v.0), Some("2025-03-03T19:00".into()));
        assert_eq!(value("3 March 2025 at 13 pm"), Some(("2025-03-03".into(), "3 March 2025")));
    }

    #[test]
    fn a_weekday_that_contradicts_the_date_is_refused() {
        assert_eq!(value("Monday, November 29, 2024"), None);
    }

    #[test]
    fn a_bare_number_after_the_date_is_not_a_time() {
        assert_eq!(value("29 November 2024 12 people"), Some(("2024-11-29".into(), "29 November 2024")));
    }
}
