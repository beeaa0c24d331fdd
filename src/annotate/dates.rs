//! Written dates and times in English and French: "29/11/2024 11:18",
//! "November 29, 2024 at 11:18 a.m. GMT", "vendredi 29 novembre 2024 à 11h18", ISO 8601.

use crate::lang::{entries_of, lookup, tables_of, Lexicon, TIME_ZONES};
use crate::model::calendar::{Date, DateTime, Time};
use crate::scan::{anywhere, word_end, Scan};

/// The longest written date-time considered, in bytes.
const MAX_DATE_TIME_LEN: usize = 96;

/// Looks up written words in a `(word, value)` table of every language, whatever their case,
/// spacing and apostrophes.
pub(crate) fn lookup_written<T: Copy + 'static>(
    table: impl Fn(&Lexicon) -> &'static [(&'static str, T)],
    written: &str,
) -> Option<T> {
    let key = written.split_whitespace().collect::<Vec<_>>().join(" ").replace('’', "'");
    lookup(table, &key)
}

/// Reads a half of the day after a time, with or without dots ("pm", "p.m.", "p. m", "P.M."),
/// and returns the hour it starts at; a final dot after a one-word half is read too.
pub(crate) fn read_day_half(s: &mut Scan) -> Option<u32> {
    let mut best: Option<(Scan, u32)> = None;
    for &(word, start) in entries_of(|l| l.calendar.day_halves) {
        let mut at = *s;
        let mut letters = word.chars();
        let Some(first) = letters.next() else { continue };
        if !at.eat(first) {
            continue;
        }
        let mut dotted = false;
        let complete = letters.all(|c| {
            // A space between words ("du matin") is one at least.
            if c == ' ' {
                return at.spaces();
            }
            dotted |= at.eat('.');
            at.char_if(char::is_whitespace);
            at.eat(c)
        });
        // The final dot of "p.m.", not the full stop after "du soir" or "4pm".
        if complete && dotted {
            at.eat('.');
        }
        if complete && at.word_ends() && best.is_none_or(|(b, _)| at.pos > b.pos) {
            best = Some((at, start));
        }
    }
    let (at, start) = best?;
    *s = at;
    Some(start)
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

/// Reads an ordinal suffix of any language ("st", "er"), if one comes next.
pub(crate) fn ordinal(s: &mut Scan) {
    s.word_in_tables(tables_of(|l| l.calendar.ordinal_suffixes), anywhere);
}

/// Reads a month's name, with its abbreviation's dot.
fn month(s: &mut Scan) -> Option<u32> {
    let m = s.key_in_tables(tables_of(|l| l.calendar.months), anywhere)?;
    s.eat('.');
    Some(m)
}

/// Reads a four-digit year that ends a word.
fn year(s: &mut Scan) -> Option<i32> {
    let (y, _) = s.digits(4, 4)?;
    s.word_ends().then_some(y as i32)
}

/// Reads the calendar date of a written date-time: ISO ("2024-11-29"), numeric day first
/// ("29/11/2024", month first only when day first is impossible), or with the month's name
/// ("November 29, 2024", "29 novembre 2024").
fn calendar_date(s: &mut Scan) -> Option<Date> {
    let start = *s;
    // ISO.
    let mut at = start;
    if let Some((y, _)) = at.digits(4, 4) {
        if at.eat('-') {
            if let Some((m, _)) = at.digits(1, 2) {
                if at.eat('-') {
                    if let Some((d, _)) = at.digits(1, 2) {
                        *s = at;
                        return Date::new(y as i32, m, d);
                    }
                }
            }
        }
    }
    // Numeric, day first.
    let mut at = start;
    if let Some((d, _)) = at.digits(1, 2) {
        if let Some(sep) = at.eat_any(&['/', '.', '-']) {
            if let Some((m, _)) = at.digits(1, 2) {
                if at.eat(sep) || at.eat_any(&['/', '.', '-']).is_some() {
                    let year_start = at.pos;
                    let year = at.digits(4, 4).or_else(|| at.digits(2, 2)).filter(|_| at.word_ends());
                    if let Some((y, _)) = year {
                        let y = if at.pos - year_start == 2 { 2000 + y as i32 } else { y as i32 };
                        *s = at;
                        return Date::new(y, m, d).or_else(|| Date::new(y, d, m));
                    }
                }
            }
        }
    }
    // Month, day, year.
    let mut at = start;
    if let Some(m) = month(&mut at) {
        if at.space1().is_some() {
            if let Some((d, _)) = at.digits(1, 2) {
                ordinal(&mut at);
                at.eat(',');
                if at.space1().is_some() {
                    if let Some(y) = year(&mut at) {
                        *s = at;
                        return Date::new(y, m, d);
                    }
                }
            }
        }
    }
    // Day, month, year.
    let mut at = start;
    let (d, _) = at.digits(1, 2)?;
    ordinal(&mut at);
    at.space1()?;
    let m = month(&mut at)?;
    at.eat(',');
    at.space1()?;
    let y = year(&mut at)?;
    *s = at;
    Date::new(y, m, d)
}

/// Reads a time zone, ending a word: a listed abbreviation with or without its offset ("GMT",
/// "GMT+1", "UTC - 05:00"), "Z", or an offset alone ("+01:00").
pub(crate) fn zone(s: &mut Scan) -> bool {
    let mut at = *s;
    let start = at.pos;
    // Written in capitals: "ET" is a zone, "et" the French "and".
    if at.word_in(TIME_ZONES.iter().copied(), anywhere) && !at.since(start).contains(char::is_lowercase) {
        let mut offset = at;
        offset.spaces();
        if offset.eat_any(&['+', '-']).is_some() {
            offset.spaces();
            if offset.digits(1, 2).is_some() {
                let mut minutes = offset;
                minutes.eat(':');
                if minutes.digits(2, 2).is_some() {
                    offset = minutes;
                }
                if offset.at_boundary() {
                    at = offset;
                }
            }
        }
        if at.at_boundary() {
            *s = at;
            return true;
        }
        return false;
    }
    let found = at.eat('Z') || {
        at.eat_any(&['+', '-']).is_some() && at.digits(2, 2).is_some() && {
            let mut minutes = at;
            minutes.eat(':');
            minutes.digits(2, 2).is_some() && {
                at = minutes;
                true
            }
        }
    };
    if found && at.at_boundary() {
        *s = at;
        return true;
    }
    false
}

/// Reads the separator between a date and its time: a comma, dash, bar or "T", or white
/// space with an optional connector ("at", "à").
fn date_time_separator(s: &mut Scan) -> bool {
    let mut at = *s;
    at.spaces();
    if at.eat_any(&[',', '-', '–', '—', '|']).is_some() || at.eat('T') {
        at.spaces();
        *s = at;
        return true;
    }
    let mut at = *s;
    if at.space1().is_some() {
        let mut connected = at;
        if connected.word_in_tables(tables_of(|l| l.calendar.time_connectors), word_end) && connected.space1().is_some()
        {
            at = connected;
        }
        *s = at;
        return true;
    }
    s.eat('T')
}

/// Reads an hour mark of any language ("h" in "11h18"), ending a word or not.
fn hour_mark(s: &mut Scan) -> bool {
    s.word_in_tables(tables_of(|l| l.calendar.hour_marks), anywhere)
}

/// A time read after a date.
struct TimeRead {
    time: Time,
    /// Where its text ends: after the minutes, the half of the day or the zone.
    end: usize,
    zone: Option<String>,
}

/// Reads the time after a date, with its half of the day and zone; `None` when no time
/// follows. A bare number is a time only with its half of the day ("12 people" is not).
fn time_after_date(s: Scan) -> Option<TimeRead> {
    let mut at = s;
    if !date_time_separator(&mut at) {
        return None;
    }
    let (hour, _) = at.digits(1, 2)?;
    let mut end = at.pos;
    let mut minute = None;
    // "11:18", "09.30", "11h18", "11 h 18", with seconds if any.
    let mut clock = at;
    clock.spaces();
    if clock.eat_any(&[':', '.']).is_some() || hour_mark(&mut clock) {
        clock.spaces();
        if let Some((m, _)) = clock.digits(2, 2) {
            minute = Some(m);
            end = clock.pos;
            let mut seconds = clock;
            if seconds.eat(':') && seconds.digits(2, 2).is_some() {
                let mut fraction = seconds;
                if fraction.eat('.') && fraction.eat_while(|c| c.is_ascii_digit()) > 0 {
                    seconds = fraction;
                }
                clock = seconds;
                end = clock.pos;
            }
            at = clock;
        }
    }
    // "7 h", "19h".
    let mut marked = false;
    if minute.is_none() {
        let mut mark = at;
        mark.spaces();
        if hour_mark(&mut mark) && mark.word_ends() {
            at = mark;
            marked = true;
        }
    }
    let mut half_at = at;
    half_at.spaces();
    let half = read_day_half(&mut half_at);
    if half.is_some() {
        at = half_at;
        end = at.pos;
    } else if minute.is_none() && !marked {
        return None;
    }
    let hour = match half {
        None => hour,
        Some(_) if !(1..=12).contains(&hour) => return None,
        Some(start) => in_day_half(hour, start),
    };
    let mut zone_at = at;
    zone_at.spaces();
    let zone_start = zone_at.pos;
    let zone = zone(&mut zone_at).then(|| {
        end = zone_at.pos;
        zone_at.since(zone_start).to_string()
    });
    Some(TimeRead { time: Time::new(hour, minute.unwrap_or(0))?, end, zone })
}

/// A time written before its date: "3:42 PM GMT+1, February 7, 2025". The date that follows
/// may open with its own preposition ("on", "le").
fn parse_time_then_date(text: &str) -> Option<(DateTime, usize)> {
    let mut s = Scan::new(text);
    let (hour, _) = s.digits(1, 2)?;
    if !(s.eat(':') || s.eat('.') || hour_mark(&mut s)) {
        return None;
    }
    let (minute, _) = s.digits(2, 2)?;
    s.spaces();
    let half = read_day_half(&mut s);
    s.spaces();
    let zone_start = s.pos;
    let zone = zone(&mut s).then(|| s.since(zone_start).to_string());
    s.spaces();
    // A comma and a space, or a space alone ("09:40 12/06/2024").
    if s.eat(',') {
        s.space1()?;
    } else if !s.before().is_some_and(char::is_whitespace) {
        return None;
    }
    let hour = match half {
        None => hour,
        // "19:37 pm": a page's clock that says the afternoon twice.
        Some(start) if start >= 12 && (13..24).contains(&hour) => hour,
        Some(_) if !(1..=12).contains(&hour) => return None,
        Some(start) => in_day_half(hour, start),
    };
    let time = Time::new(hour, minute)?;
    let (date, len) = parse_date_time(s.rest())?;
    if date.time.is_some() {
        return None;
    }
    Some((DateTime { date: date.date, time: Some(time), zone }, s.pos + len))
}

/// Parses a full date (with optional weekday, time and zone) at the start of `s`, or a time
/// followed by a full date.
pub fn parse_stamp(s: &str) -> Option<(DateTime, usize)> {
    parse_date_time(s).or_else(|| parse_time_then_date(s))
}

/// Parses a full date (with optional preposition, weekday, time and zone) at the start of
/// `s`. Returns the value and the number of bytes it covers. The weekday, if present, must
/// agree with the date.
pub fn parse_date_time(s: &str) -> Option<(DateTime, usize)> {
    date_time_at(s, true)
}

/// [`parse_date_time`], with or without a preposition allowed before the date.
pub(crate) fn date_time_at(s: &str, preposition: bool) -> Option<(DateTime, usize)> {
    // A written date-time is short; looking further only costs time on long lines.
    let mut limit = s.len().min(MAX_DATE_TIME_LEN);
    while !s.is_char_boundary(limit) {
        limit -= 1;
    }
    let start = Scan::new(&s[..limit]);
    let mut prep = start;
    let prep = (preposition
        && prep.word_in_tables(tables_of(|l| l.calendar.date_prepositions), word_end)
        && prep.space1().is_some())
    .then_some(prep);
    // With the preposition and the weekday first, as the longer readings.
    for opening in prep.into_iter().chain([start]) {
        let mut after = opening;
        let weekday = after.key_in_tables(tables_of(|l| l.calendar.weekdays), anywhere).filter(|_| {
            after.eat('.');
            after.eat(',');
            after.space1().is_some()
        });
        let readings = weekday.map(|wd| (after, Some(wd))).into_iter().chain([(opening, None)]);
        for (mut at, weekday) in readings {
            let Some(date) = calendar_date(&mut at) else { continue };
            if weekday.is_some_and(|wd| wd != date.weekday()) {
                return None;
            }
            return Some(match time_after_date(at) {
                Some(t) => (DateTime { date, time: Some(t.time), zone: t.zone }, t.end),
                None => (DateTime { date, time: None, zone: None }, at.pos),
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::words_of;

    fn value(s: &str) -> Option<(String, &str)> {
        parse_date_time(s).map(|(dt, end)| (dt.timeml(), &s[..end]))
    }

    #[test]
    fn no_entry_of_a_calendar_table_opens_with_a_digit() {
        let words = [
            words_of(|l| l.calendar.date_prepositions).collect::<Vec<_>>(),
            words_of(|l| l.calendar.time_connectors).collect(),
            words_of(|l| l.calendar.since_words).collect(),
            words_of(|l| l.calendar.set_words).collect(),
            words_of(|l| l.calendar.ordinal_suffixes).collect(),
            words_of(|l| l.calendar.hour_marks).collect(),
            words_of(|l| l.calendar.year_leads).collect(),
            words_of(|l| l.calendar.duration_leads).collect(),
            words_of(|l| l.calendar.trailing_directions).collect(),
            entries_of(|l| l.calendar.months).map(|e| e.0).collect(),
            entries_of(|l| l.calendar.weekdays).map(|e| e.0).collect(),
            entries_of(|l| l.calendar.relative_days).map(|e| e.0).collect(),
            entries_of(|l| l.calendar.time_direction).map(|e| e.0).collect(),
            entries_of(|l| l.calendar.period_units).map(|e| e.0).collect(),
            entries_of(|l| l.calendar.vague_times).map(|e| e.0).collect(),
            entries_of(|l| l.calendar.day_halves).map(|e| e.0).collect(),
            entries_of(|l| l.calendar.period_names).map(|e| e.0).collect(),
            entries_of(|l| l.calendar.current_periods).map(|e| e.0).collect(),
            entries_of(|l| l.calendar.placed_periods).map(|e| e.0).collect(),
            entries_of(|l| l.calendar.period_edges).map(|e| e.0).collect(),
            TIME_ZONES.to_vec(),
        ];
        for word in words.iter().flatten() {
            assert!(!word.starts_with(|c: char| c.is_ascii_digit()), "{word}");
        }
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
    fn a_zone_after_the_time_keeps_its_offset_in_either_order() {
        let (dt, len) = parse_date_time("March 3, 2025 10:42 AM GMT+1").unwrap();
        assert_eq!((dt.timeml(), dt.zone.as_deref(), len), ("2025-03-03T10:42".to_string(), Some("GMT+1"), 28));
        let french = "3 mars 2025 à 10h42 UTC - 05:00";
        let (dt, len) = parse_date_time(french).unwrap();
        assert_eq!((dt.zone.as_deref(), len), (Some("UTC - 05:00"), french.len()));
        let (dt, _) = parse_stamp("10:42 AM GMT+1, March 3, 2025").unwrap();
        assert_eq!(dt.zone.as_deref(), Some("GMT+1"));
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
        // Seconds belong to the stamp's text, so that nothing of it is left on the line.
        assert_eq!(value("2021-06-03 09:12:45"), Some(("2021-06-03T09:12".into(), "2021-06-03 09:12:45")));
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
