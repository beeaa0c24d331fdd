//! Temporal expressions in TimeML (TIMEX3) form: dates, times, durations and sets, with
//! relative expressions ("since Wednesday", "yesterday", "last week", "December 30")
//! resolved against the document date.

use crate::annotate::dates::{date_time_at, in_day_half, lookup_written, ordinal, read_day_half, zone};
use crate::annotate::numbers;
use crate::annotate::when;
use crate::document::Document;
use crate::lang::{self, entries_of, keys, tables_of, words_of, Direction, Lexicon};
use crate::model::calendar::days_in_month;
use crate::model::time::timeml;
use crate::model::Span;
use crate::model::{Date, EntityType, Meaning, NameKind, Shape, Timex, TimexId, TimexType, Token, Upos, Zone};
use crate::scan::{anywhere, word_end, word_starts, Scan};
use crate::sort;
use crate::tokens::whole_word;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// How far before a duration's number its lead word may start, in bytes.
const MAX_LEAD_LEN: usize = 48;

/// The words of `time_direction` of every language that come before what they point from
/// ("next Monday", "ce lundi"): those that do not only follow it ("lundi prochain").
fn leading_direction(s: &mut Scan) -> Option<Direction> {
    let trailing = |w: &str| words_of(|l| l.calendar.trailing_directions).any(|t| t == w);
    s.key_in(entries_of(|l| l.calendar.time_direction).filter(|(w, _)| !trailing(w)), anywhere)
}

/// Reads a leading direction word and the space after it ("last "), or nothing.
fn direction_then_space(s: &mut Scan) -> Option<Direction> {
    let mut at = *s;
    let dir = leading_direction(&mut at).filter(|_| at.space1().is_some())?;
    *s = at;
    Some(dir)
}

/// Reads white space and a direction word that follows what it points ("mai dernier"), or
/// nothing.
fn trailing_direction(s: &mut Scan) -> Option<Direction> {
    let mut at = *s;
    let word_start = at.space1().map(|_| at.pos)?;
    if !at.word_in_tables(tables_of(|l| l.calendar.trailing_directions), word_end) {
        return None;
    }
    let dir = lookup_written(|l| l.calendar.time_direction, at.since(word_start))?;
    *s = at;
    Some(dir)
}

/// Reads a word that opens a period "since" a time ("since", "depuis"), and the space after it.
fn since(s: &mut Scan) -> bool {
    let mut at = *s;
    if at.word_in_tables(tables_of(|l| l.calendar.since_words), anywhere) && at.space1().is_some() {
        *s = at;
        return true;
    }
    false
}

/// Reads a year from 1800 to 2099 that ends a word.
fn year(s: &mut Scan) -> Option<i32> {
    let mut at = *s;
    let (y, _) = at.digits(4, 4)?;
    if !(1800..2100).contains(&y) || !at.word_ends() {
        return None;
    }
    *s = at;
    Some(y as i32)
}

/// A month's name that is followed by an optional dot and white space.
fn month_then_space(s: &mut Scan) -> Option<u32> {
    let m = s.key_in_tables(tables_of(|l| l.calendar.months), |s| {
        let mut t = *s;
        t.eat('.');
        t.space1().is_some()
    })?;
    s.eat('.');
    s.space1()?;
    Some(m)
}

/// The word starts of a sentence that open a time word or a number, with the kinds of
/// reader that may start there, as offsets into the sentence: read from its word tokens (a
/// token such as "mi-mars" or "aujourd'hui" holds more than one word start).
fn time_word_starts(doc: &Document<'_>, sentence: Span, tokens: &[Token]) -> Vec<(usize, u16)> {
    let text = doc.text().as_bytes();
    let mut starts = Vec::new();
    for t in tokens.iter().filter(|t| t.is_word()) {
        let lower = doc.lower(t.span);
        let mut at = 0;
        while at < lower.len() {
            let Some(from) = lower[at..].find(char::is_alphanumeric).map(|n| at + n) else { break };
            let end = lower[from..].find(|c: char| !c.is_alphanumeric()).map_or(lower.len(), |n| from + n);
            let mut kinds = TIME_WORDS.get(&lower[from..end]).copied().unwrap_or(0);
            if text[t.span.start + from].is_ascii_digit() {
                kinds |= kind::DIGIT;
            }
            if kinds != 0 {
                starts.push((t.span.start + from - sentence.start, kinds));
            }
            at = end;
        }
    }
    starts
}

/// Each match of `read` from the `starts` that may open one of `kinds`, without overlaps,
/// as a regular expression's iterator of matches would find them: `read` returns where its
/// match ends.
fn each_match(s: &str, starts: &[(usize, u16)], kinds: u16, mut read: impl FnMut(Scan) -> Option<usize>) {
    let mut next = 0;
    for start in starts.iter().filter(|(_, k)| k & kinds != 0).map(|&(i, _)| i) {
        if start < next {
            continue;
        }
        if let Some(end) = read(Scan::at(s, start)) {
            next = end.max(start + 1);
        }
    }
}

/// Context for resolving relative expressions in one sentence.
struct Resolver<'a> {
    anchor: Option<Date>,
    future: bool,
    lexicon: &'a Lexicon,
}

impl Resolver<'_> {
    /// The weekday `wd` nearest the anchor in the given direction (past by default).
    fn weekday(&self, wd: u32, dir: Option<Direction>) -> Option<Date> {
        let d = self.anchor?;
        let w0 = d.weekday() as i64;
        let wd = wd as i64;
        let back = (w0 - wd).rem_euclid(7);
        let fwd = (wd - w0).rem_euclid(7);
        let delta = match dir {
            Some(Direction::Past) => -(if back == 0 { 7 } else { back }),
            Some(Direction::Future) => {
                if fwd == 0 {
                    7
                } else {
                    fwd
                }
            }
            Some(Direction::Current) => {
                if self.future {
                    fwd
                } else {
                    -back
                }
            }
            None if self.future => fwd,
            // A day told in the past that would be six days back is more likely the day after
            // the page's date: copy updated after it was stamped ("Early Tuesday the governor raised the
            // toll" in a report dated Monday).
            None if back == 6 => 1,
            None => -back,
        };
        d.add_days(delta)
    }

    /// Of the two years a month/day may fall in, the nearest to the anchor and the one the
    /// tense leans to, the one in which it falls on weekday `wd` (as [`Date::weekday`]
    /// numbers it); none when neither does (a slip of the writer's).
    fn year_with_weekday(&self, month: u32, day: u32, wd: u32) -> Option<i32> {
        let d = self.anchor?;
        let nearest = [d.year, d.year - 1, d.year + 1]
            .into_iter()
            .filter_map(|y| Date::new(y, month, day).map(|c| (y, c)))
            .min_by_key(|(_, c)| (c.to_days() - d.to_days()).abs())
            .map(|(y, _)| y)?;
        [self.year_for(month, day)?, nearest]
            .into_iter()
            .find(|&y| Date::new(y, month, day).is_some_and(|c| c.weekday() == wd))
    }

    /// The year that puts month/day closest to the anchor (future-leaning in future sentences).
    fn year_for(&self, month: u32, day: u32) -> Option<i32> {
        let d = self.anchor?;
        let mut best: Option<(i64, i32)> = None;
        for y in [d.year - 1, d.year, d.year + 1] {
            let Some(c) = Date::new(y, month, day.min(days_in_month(y, month))) else {
                continue;
            };
            let diff = c.to_days() - d.to_days();
            let cost = if self.future && diff < 0 || !self.future && diff > 31 { diff.abs() + 400 } else { diff.abs() };
            if best.is_none_or(|(b, _)| cost < b) {
                best = Some((cost, y));
            }
        }
        best.map(|(_, y)| y)
    }
}

/// The year of a period running from month `first` to month `last` (more than 12 when it
/// ends the next year) that a direction places before or after `d`: the latest one over before
/// it, or the first one begun after it.
fn placed_year(d: Date, first: i32, last: i32, dir: Direction) -> Option<i32> {
    let here = d.year * 12 + d.month as i32;
    match dir {
        Direction::Past => (d.year - 1..=d.year).rev().find(|&y| y * 12 + last < here),
        _ => (d.year..=d.year + 1).find(|&y| y * 12 + first > here),
    }
}

fn iso_week(d: Date) -> String {
    // ISO week: the week with the year's first Thursday is week 1.
    let thursday = d.add_days(3 - i64::from(d.weekday())).unwrap_or(d);
    let jan1 = Date::new(thursday.year, 1, 1).unwrap_or(thursday);
    let week = (thursday.to_days() - jan1.to_days()) / 7 + 1;
    format!("{}-W{:02}", thursday.year, week)
}

struct Found {
    span: Span,
    timex: (TimexType, String, bool, Option<&'static str>),
    /// Higher wins an overlap of equal length.
    priority: u8,
}

/// Whether a number after the word at `lead` and before `end` (offsets in `sentence`) counts
/// the people after it rather than dates: after "and" or "of", a noun or adjective of harm
/// ("et 2040 blessés", "and 2000 injured"), or after "of" the victims ("of 1850 people");
/// not "In 2022 people were killed", "the famine of 2011 and 2012 killed".
fn counts_people(doc: &Document<'_>, sentence: Span, lead: usize, end: usize) -> bool {
    let tokens = doc.tokens_in(sentence);
    let token_at = |at: usize| tokens.get(tokens.partition_point(|t| t.span.start < sentence.start + at));
    let Some(lead) = token_at(lead) else { return false };
    let of = lead.means(Meaning::Of);
    if !(of || lead.means(Meaning::Conjunction)) {
        return false;
    }
    token_at(end).is_some_and(|t| {
        t.means(Meaning::CasualtyWord) && !matches!(t.pos, Upos::Verb | Upos::Aux) || of && t.means(Meaning::VictimNoun)
    })
}

/// Time expressions of one sentence, read from the `starts` of its words that open a time
/// word or a number (see [`time_word_starts`]): a reader that needs a kind of word the
/// sentence lacks does not run.
fn sentence_times(doc: &Document<'_>, sentence: Span, starts: &[(usize, u16)], r: &Resolver<'_>, out: &mut Vec<Found>) {
    let s = sentence.of(doc.text());
    let kinds = starts.iter().fold(0, |kinds, &(_, k)| kinds | k);
    let at = |a: usize, b: usize| Span::new(sentence.start + a, sentence.start + b);
    let since_mod = |since: bool| since.then_some(timeml::ON_OR_AFTER);
    let has = |bits: u16| kinds & bits != 0;
    // Day numbers, years and clock times all need a word that opens with a digit: most
    // sentences can skip them.
    let digits = has(kind::DIGIT);
    // Full dates, with weekday, time and zone.
    let opening = kind::DIGIT | kind::MONTH | kind::WEEKDAY;
    for &(start, _) in starts.iter().filter(|(_, k)| k & opening != 0) {
        if let Some((dt, len)) = date_time_at(&s[start..], false) {
            let t = if dt.time.is_some() { TimexType::Time } else { TimexType::Date };
            out.push(Found { span: at(start, start + len), timex: (t, dt.timeml(), false, None), priority: 9 });
        }
    }
    // A day and month without a year: "March 3", "3 mars", "Monday, March 3".
    if digits {
        each_match(s, starts, kind::DIGIT | kind::MONTH | kind::WEEKDAY, |mut c| {
            let start = c.pos;
            let mut after_weekday = c;
            let mut weekday = after_weekday.key_in_tables(tables_of(|l| l.calendar.weekdays), anywhere);
            let date_follows = weekday.is_some()
                && {
                    after_weekday.eat('.');
                    after_weekday.eat(',');
                    after_weekday.space1().is_some()
                }
                && day_and_month(&mut { after_weekday }).is_some();
            if date_follows {
                c = after_weekday;
            } else {
                weekday = None;
            }
            let (month, day) = day_and_month(&mut c)?;
            let end = c.pos;
            if !whole_word(s, start, end) {
                return Some(end);
            }
            // "samedi 9 juin": the weekday says which year, whatever the tense.
            let year = weekday.and_then(|wd| r.year_with_weekday(month, day, wd)).or_else(|| r.year_for(month, day));
            let value = match year {
                Some(y) => (Date::new(y, month, day)?.to_string(), true),
                None if (1..=31).contains(&day) => (timeml::day_of_unknown_year(month, day), false),
                None => return Some(end),
            };
            out.push(Found { span: at(start, end), timex: (TimexType::Date, value.0, value.1, None), priority: 8 });
            Some(end)
        });
        // A month and year: "March 2024", "since March 2024".
        each_match(s, starts, kind::SINCE | kind::MONTH, |mut c| {
            let start = c.pos;
            let since = since(&mut c);
            let month_start = c.pos;
            let m = month_then_space(&mut c)?;
            let y = year(&mut c)?;
            let end = c.pos;
            if whole_word(s, start, end) {
                out.push(Found {
                    span: at(if since { start } else { month_start }, end),
                    timex: (TimexType::Date, format!("{y:04}-{m:02}"), false, since_mod(since)),
                    priority: 7,
                });
            }
            Some(end)
        });
        // A year after a word that leads it: "since 2019", "in 2024", "été 2023".
        each_match(s, starts, kind::SINCE | kind::YEAR_LEAD, |mut c| {
            let start = c.pos;
            // Most leads ("in", "de") are followed by no number at all.
            if !digit_after_word(s, start) {
                return None;
            }
            let since = since(&mut c);
            if !(since || c.word_in_tables(tables_of(|l| l.calendar.year_leads), anywhere) && c.space1().is_some()) {
                return None;
            }
            let year_start = c.pos;
            let y = year(&mut c)?;
            let end = c.pos;
            if whole_word(s, start, end) && !counts_people(doc, sentence, start, end) {
                out.push(Found {
                    span: at(if since { start } else { year_start }, end),
                    timex: (TimexType::Date, y.to_string(), false, since_mod(since)),
                    priority: 6,
                });
            }
            Some(end)
        });
    }
    // Words the entity tagger read as part of a name are not times ("Sun Microsystems",
    // "Theresa May"), nor words it read as verbs ("may", "march").
    let tokens = doc.tokens_in(sentence);
    let token_at = |pos: usize| {
        let abs = sentence.start + pos;
        tokens.get(tokens.partition_point(|t| t.span.start < abs)).filter(|t| t.span.start == abs)
    };
    let in_name = |pos: usize| {
        token_at(pos)
            .is_some_and(|t| matches!(t.entity_tag.kind(), Some(NameKind::Person | NameKind::Org | NameKind::Loc)))
    };
    // A month's name the tagger reads as a verb or a number is one: "troops may attack", "sept
    // civils" (seven, not "Sept").
    let named =
        |pos: usize| in_name(pos) || token_at(pos).is_some_and(|t| matches!(t.pos, Upos::Aux | Upos::Verb | Upos::Num));
    // A month alone, after a word that leads a year or with a direction: "in January", "last
    // May", "since March", "en janvier", "mars dernier".
    if has(kind::MONTH) {
        each_match(s, starts, kind::SINCE | kind::PERIOD | kind::YEAR_LEAD | kind::EDGE | kind::MONTH, |mut c| {
            let start = c.pos;
            let since = since(&mut c);
            let mut dir = direction_then_space(&mut c);
            let directed_before = dir.is_some();
            let mut led = since || directed_before;
            let mut lead = c;
            if !led && lead.word_in_tables(tables_of(|l| l.calendar.year_leads), anywhere) && lead.space1().is_some() {
                c = lead;
                led = true;
            }
            // "early December", "mi-mars": the part of the month.
            let mut edge = None;
            let edge_start = c.pos;
            let mut edged = c;
            if let Some(e) = edged.key_in_tables(tables_of(|l| l.calendar.edges), anywhere) {
                if edged.eat('-') || edged.space1().is_some() {
                    edge = Some(e);
                    led = true;
                    c = edged;
                }
            }
            let month_start = c.pos;
            let m = c.key_in_tables(tables_of(|l| l.calendar.months), word_end)?;
            // "fin d'août", "le mois d'avril": a lead elided onto the month.
            let before: String = s[..month_start].chars().rev().take(3).collect::<Vec<_>>().into_iter().rev().collect();
            let before = before.to_lowercase().replace('’', "'");
            led |= r.lexicon.calendar.elided_month_leads.iter().any(|l| {
                before.ends_with(l)
                    && before[..before.len() - l.len()].chars().next_back().is_none_or(|c| !c.is_alphanumeric())
            });
            if dir.is_none() {
                dir = trailing_direction(&mut c);
                led |= dir.is_some();
            }
            let mut end = c.pos;
            // "April last year", "avril de l'année dernière": the year placed after the month.
            // Only where a word of a period may follow (most months are followed by none).
            let placed = starts.iter().any(|&(at, kinds)| at > end && at <= end + 4 && kinds & kind::PERIOD != 0);
            let placed = placed.then(|| {
                let mut of = Scan::at(s, end);
                let spaced = of.space1().is_some();
                let mut past_of = of;
                if past_of.word_in(words_of(|l| l.grammar.of), word_end) && past_of.space1().is_some() {
                    of = past_of;
                }
                relative_period(of).filter(|&(unit, ..)| spaced && unit == 'Y' && r.anchor.is_some())
            });
            let placed = placed.flatten();
            led |= placed.is_some();
            // Led or directed, and outside any name: a bare "May" says too little.
            if !led || named(month_start) || !whole_word(s, start, end) {
                return Some(end);
            }
            // A day after the month ("since May 10, 2024") is a full date's, read whole by its
            // own pattern; a year after it ("since mid-April 2023") places the month.
            let mut after = Scan::at(s, end);
            // "Dec. 23": an abbreviation's dot before the day.
            after.eat('.');
            let spaced = after.space1().is_some();
            let written_year = if spaced { year(&mut after) } else { None };
            if written_year.is_none() && spaced && after.digits(1, 2).is_some() {
                return Some(end);
            }
            if written_year.is_some() {
                end = after.pos;
            }
            if let Some((_, _, _, placed_end)) = placed {
                end = placed_end;
            }
            let Some(d) = r.anchor.or_else(|| written_year.and_then(|y| Date::new(y, 1, 1))) else {
                return Some(end);
            };
            let y = match (written_year, dir) {
                (Some(y), _) => Some(y),
                _ if placed.is_some() => placed.map(|(_, dir, _, _)| d.year + dir.step()),
                (None, Some(dir @ (Direction::Past | Direction::Future))) => placed_year(d, m as i32, m as i32, dir),
                (None, _) => r.year_for(m, 15),
            };
            let Some(y) = y else { return Some(end) };
            // "since October", "last April" keep their first word; "in January" does not.
            let from = match () {
                _ if since || directed_before => start,
                _ if edge.is_some() => edge_start,
                _ => month_start,
            };
            out.push(Found {
                span: at(from, end),
                timex: (TimexType::Date, format!("{y:04}-{m:02}"), true, since_mod(since).or(edge)),
                priority: 3,
            });
            Some(end)
        });
    }
    // The part of a year: "early 2011", "fin 2011", "mid-2024".
    if digits && has(kind::EDGE) {
        each_match(s, starts, kind::EDGE, |mut c| {
            let start = c.pos;
            let edge = c.key_in_tables(tables_of(|l| l.calendar.edges), anywhere)?;
            if !(c.eat('-') || c.space1().is_some()) {
                return None;
            }
            let y = year(&mut c)?;
            if whole_word(s, start, c.pos) {
                out.push(Found {
                    span: at(start, c.pos),
                    timex: (TimexType::Date, y.to_string(), false, Some(edge)),
                    priority: 6,
                });
            }
            Some(c.pos)
        });
    }
    // A day kept on the same date every year, in the year nearest the text's date as a day and
    // month without a year is: "on Christmas Eve", "le jour de l'An" (the article left out).
    if has(kind::HOLIDAY) {
        each_match(s, starts, kind::HOLIDAY, |mut c| {
            let start = c.pos;
            let (month, day) = c.key_in_tables(tables_of(|l| l.calendar.fixed_holidays), word_end)?;
            // Not the start of a longer name ("Christmas Island") nor the end of one
            // ("Jean-Philippe Toussaint").
            let abs = sentence.start + c.pos;
            let after = tokens.get(tokens.partition_point(|t| t.span.start < abs));
            let continues_name = |t: &Token| t.entity_tag.kind().is_some() && !t.entity_tag.begins();
            let longer_name = token_at(start).is_some_and(continues_name) || after.is_some_and(continues_name);
            if whole_word(s, start, c.pos) && !longer_name {
                let value = match r.year_for(month, day) {
                    Some(y) => (format!("{y:04}-{month:02}-{day:02}"), true),
                    None => (timeml::day_of_unknown_year(month, day), false),
                };
                out.push(Found {
                    span: at(start, c.pos),
                    timex: (TimexType::Date, value.0, value.1, None),
                    priority: 4,
                });
            }
            Some(c.pos)
        });
    }
    // A season placed by a direction: "last summer", "this winter", "l'été dernier".
    if has(kind::SEASON) {
        each_match(s, starts, kind::PERIOD | kind::SEASON, |mut c| {
            let start = c.pos;
            let mut dir = direction_then_space(&mut c);
            let code = c.key_in_tables(tables_of(|l| l.calendar.seasons), word_end)?;
            if dir.is_none() {
                dir = trailing_direction(&mut c);
            }
            let end = c.pos;
            let (Some(dir), Some(d)) = (dir, r.anchor) else { return Some(end) };
            if !whole_word(s, start, end) {
                return Some(end);
            }
            // The month the season starts in places it before or after the document date.
            let month = timeml::season_start(code) as i32;
            let y = match dir {
                Direction::Current => Some(d.year),
                dir => placed_year(d, month, month + 2, dir),
            };
            if let Some(y) = y {
                out.push(Found {
                    span: at(start, end),
                    timex: (TimexType::Date, format!("{y:04}-{code}"), true, None),
                    priority: 4,
                });
            }
            Some(end)
        });
    }
    // A quarter of the year: the latest one of that number, or the next in a future sentence
    // ("the third quarter", "third-quarter results", "au premier trimestre").
    if has(kind::QUARTER) {
        each_match(s, starts, kind::QUARTER, |mut c| {
            let start = c.pos;
            let q = c.key_in_tables(tables_of(|l| l.calendar.quarters), word_end)?;
            let end = c.pos;
            if !whole_word(s, start, end) {
                return Some(end);
            }
            let value = match r.anchor {
                Some(d) => {
                    let current = (d.month - 1) / 3 + 1;
                    let y = match r.future {
                        true if q < current => d.year + 1,
                        false if q > current => d.year - 1,
                        _ => d.year,
                    };
                    (timeml::quarter(y, q), true)
                }
                None => (timeml::quarter_of_unknown_year(q), false),
            };
            out.push(Found { span: at(start, end), timex: (TimexType::Date, value.0, value.1, None), priority: 4 });
            Some(end)
        });
    }
    // A weekday, with a direction before or after it: "Monday", "last Friday", "lundi dernier".
    if has(kind::WEEKDAY) {
        each_match(s, starts, kind::SINCE | kind::PERIOD | kind::WEEKDAY, |mut c| {
            let start = c.pos;
            let since = since(&mut c);
            let mut directed = c;
            let mut dir = direction_then_space(&mut directed).filter(|_| weekday_word(&mut { directed }).is_some());
            if dir.is_some() {
                c = directed;
            }
            let word_start = c.pos;
            // "on Tuesdays", "Monday nights", "les mardis": every such day; not a name ("The
            // Fridays", "Fridays for Future"), a count ("two Sundays ago") or days given by their
            // dates ("les samedis 8 et 15 mars").
            if dir.is_none() && !since {
                let mut plural = c;
                if let Some(value) = weekdays_set(&mut plural) {
                    let before = s[..start].trim_end();
                    let before = &before[before.rfind(char::is_whitespace).map_or(0, |i| i + 1)..];
                    let before = before.to_lowercase();
                    let preposition =
                        lang::LANGUAGES.iter().any(|l| l.calendar.date_prepositions.contains(&before.as_str()));
                    let lower_case = !s[word_start..].starts_with(char::is_uppercase);
                    let determiner = lang::LANGUAGES.iter().any(|l| l.grammar.determiners.contains(&before.as_str()));
                    let dated = s[plural.pos..].trim_start().starts_with(|ch: char| ch.is_ascii_digit());
                    // "on Tuesdays and Fridays": joined to a set just read.
                    let and = lang::LANGUAGES.iter().any(|l| l.grammar.and.contains(&before.as_str()));
                    let joined = and
                        && out.last().is_some_and(|f: &Found| {
                            f.timex.0 == TimexType::Set && sentence.start + start - f.span.end <= JOINED_SET_GAP
                        });
                    let set = (preposition && !determiner || determiner && lower_case || joined) && !dated;
                    if set && whole_word(s, start, plural.pos) {
                        out.push(Found {
                            span: at(start, plural.pos),
                            timex: (TimexType::Set, value, false, None),
                            priority: 5,
                        });
                    }
                    return Some(plural.pos);
                }
            }
            let wd = weekday_word(&mut c)?;
            let word = &s[word_start..c.pos];
            if let Some(after) = trailing_direction(&mut c) {
                dir = dir.or(Some(after));
            }
            let end = c.pos;
            // Short forms ("sat", "sun", "wed") only count capitalised, and not as verbs; a
            // full name is never a verb, whatever the tagger says ("tués lundi dans…").
            let short = word.len() <= 4;
            if short && !word.chars().next().is_some_and(char::is_uppercase)
                || if short { named(word_start) } else { in_name(word_start) }
                || !whole_word(s, start, end)
            {
                return Some(end);
            }
            // "ce lundi 13 août": the date after the weekday says which one it is.
            // Not "last Friday 14 people were killed", "ce lundi 17 à Niamey".
            let mut date = Scan::at(s, end);
            if dir.is_some() && date.space1().is_some() && day_and_month(&mut date).is_some() {
                return Some(end);
            }
            let value = match r.weekday(wd, dir) {
                Some(d) => (d.to_string(), true),
                None => (timeml::weekday_of_unknown_week(wd), false),
            };
            // "Sunday night", "lundi soir": a time of that day.
            if let Some((code, part_end)) = day_part_after(s, end) {
                out.push(Found {
                    span: at(start, part_end),
                    timex: (TimexType::Time, format!("{}T{code}", value.0), value.1, since_mod(since)),
                    priority: 5,
                });
                return Some(part_end);
            }
            out.push(Found {
                span: at(start, end),
                timex: (TimexType::Date, value.0, value.1, since_mod(since)),
                priority: 5,
            });
            Some(end)
        });
    }
    // "the day before", "le lendemain": counted from the document's date here, from the day
    // the story last told of once every time is known (`days_of_the_story`). Not before what
    // they count from ("the day before the vote", "la veille du scrutin").
    if has(kind::STORY_DAY) {
        each_match(s, starts, kind::RELATIVE_DAY, |mut c| {
            let start = c.pos;
            let offset = c.key_in_tables(tables_of(|l| l.calendar.story_days), word_end)?;
            let mut next = Scan::at(s, c.pos);
            let word_after = next.space1().is_some() && next.peek().is_some_and(char::is_alphanumeric);
            // "The day before Roth was stopped": a last word that is a preposition takes what
            // follows as its object.
            let object_taker =
                doc.tokens_in(at(start, c.pos)).last().is_some_and(|t| matches!(t.pos, Upos::Adp | Upos::Sconj));
            // "la veille sanitaire": an adjective after it makes another noun of it.
            let qualified =
                doc.tokens_in(at(c.pos, sentence.end - sentence.start)).first().is_some_and(|t| t.pos == Upos::Adj);
            // "the previous day's attack": a possessive names what happened, not when.
            let counted_from = crate::tokens::possessive_after(s, c.pos)
                || word_after && (object_taker || qualified)
                || next.word_in(words_of(|l| l.grammar.of), word_end)
                || next.word_in(words_of(|l| l.grammar.determiners), word_end);
            if counted_from || !whole_word(s, start, c.pos) {
                return Some(c.pos);
            }
            // With no day told before it, "la veille" of a report is the day before it; a day
            // after is one only in a sentence about what is to come ("He died the next day").
            let past = told_in_the_past(doc, r.lexicon, doc.tokens_in(sentence));
            let day = r.anchor.and_then(|d| d.add_days(offset)).filter(|_| offset < 0 || !past);
            let value = day.map_or_else(|| timeml::UNKNOWN_DAY.to_string(), |d| d.to_string());
            // "la veille au soir": a part of that day.
            let (timex, end) = match day_part_after(s, c.pos) {
                Some((code, end)) => ((TimexType::Time, format!("{value}T{code}"), day.is_some(), None), end),
                None => ((TimexType::Date, value, day.is_some(), None), c.pos),
            };
            out.push(Found { span: at(start, end), timex, priority: 6 });
            Some(end)
        });
    }
    // "yesterday", "aujourd'hui".
    if has(kind::RELATIVE_DAY) {
        each_match(s, starts, kind::RELATIVE_DAY, |mut c| {
            let start = c.pos;
            let offset = c.key_in_tables(tables_of(|l| l.calendar.relative_days), word_end)?;
            // "ce soir-là", "ce jour-là": that evening, that day, of the story, not of the page.
            if s[c.pos..].starts_with('-') {
                return Some(c.pos);
            }
            // "overnight", "dans la nuit": the night before, a time of that day (in a sentence
            // about what is to come, the coming night); not when the night is named by its days
            // ("dans la nuit de samedi à dimanche").
            let written = lang::phrase_key(&s[start..c.pos]);
            let night = r.lexicon.calendar.nights_before.contains(&written.as_str());
            let offset = if night && r.future { offset + 1 } else { offset };
            let value = match r.anchor.and_then(|d| d.add_days(offset)) {
                Some(d) => (d.to_string(), true),
                None => (timeml::UNKNOWN_DAY.to_string(), false),
            };
            if night {
                let mut next = Scan::at(s, c.pos);
                let named = next.space1().is_some() && next.word_in(words_of(|l| l.grammar.of), word_end);
                if !named && whole_word(s, start, c.pos) {
                    out.push(Found {
                        span: at(start, c.pos),
                        timex: (TimexType::Time, format!("{}T{}", value.0, timeml::NIGHT), value.1, None),
                        priority: 5,
                    });
                }
                return Some(c.pos);
            }
            if whole_word(s, start, c.pos) {
                // "this morning", "hier soir": a part of that day, a time (TimeML's "…TMO").
                let last = written.rsplit(' ').next().unwrap_or(&written);
                let mut part = lang::LANGUAGES
                    .iter()
                    .flat_map(|l| l.calendar.day_parts.iter())
                    .find(|(w, _)| *w == last)
                    .map(|&(_, code)| code);
                // "yesterday morning", "demain matin": a part of the day named after it.
                let mut end = c.pos;
                if part.is_none() {
                    if let Some((code, part_end)) = day_part_after(s, c.pos) {
                        part = Some(code);
                        end = part_end;
                    }
                }
                let timex = match part {
                    Some(code) if value.1 => (TimexType::Time, format!("{}T{code}", value.0), value.1, None),
                    _ => (TimexType::Date, value.0, value.1, None),
                };
                out.push(Found { span: at(start, end), timex, priority: 5 });
                return Some(end);
            }
            Some(c.pos)
        });
    }
    // The current period by name, a period placed by the direction after it, or a direction
    // before a period's name: "this week", "l'an dernier", "earlier last month".
    if has(kind::PERIOD) {
        each_match(s, starts, kind::PERIOD, |c| {
            let start = c.pos;
            let (unit, dir, modifier, end) = relative_period(c)?;
            if !whole_word(s, start, end) {
                return Some(end);
            }
            let Some(d) = r.anchor else {
                out.push(Found {
                    span: at(start, end),
                    timex: (TimexType::Date, timeml::UNKNOWN_YEAR.into(), false, None),
                    priority: 4,
                });
                return Some(end);
            };
            let step = dir.step();
            let value = match unit {
                'W' => d.add_days(7 * i64::from(step)).map(iso_week),
                // A weekend: the week's, marked WE ("2025-W10-WE"); told in the past on a
                // weekday, the one just gone ("over the weekend", "ce week-end" on a Tuesday).
                'K' => {
                    let gone = dir == Direction::Current && !r.future && d.weekday() < 5;
                    let step = if gone { -1 } else { step };
                    d.add_days(7 * i64::from(step)).map(|d| timeml::weekend(&iso_week(d)))
                }
                'M' => {
                    let months = d.year * 12 + d.month as i32 - 1 + step;
                    Some(format!("{:04}-{:02}", months.div_euclid(12), months.rem_euclid(12) + 1))
                }
                _ => Some(format!("{:04}", d.year + step)),
            };
            if let Some(value) = value {
                out.push(Found { span: at(start, end), timex: (TimexType::Date, value, true, modifier), priority: 4 });
            }
            Some(end)
        });
    }
    // A part of the day by itself, of the day the text speaks of ("in the afternoon", "le soir",
    // "en fin de matinée"), and an hour by its name ("at noon", "vers midi").
    if has(kind::DAY_PART) {
        each_match(s, starts, kind::DAY_PART, |mut c| {
            let start = c.pos;
            let date = r.anchor.map_or(timeml::UNKNOWN_DAY.to_string(), |d| d.to_string());
            let mut time = |from: usize, end: usize, code: &str| {
                out.push(Found {
                    span: at(from, end),
                    timex: (TimexType::Time, format!("{date}T{code}"), r.anchor.is_some(), None),
                    priority: 3,
                });
            };
            if let Some(hour) = c.key_in_tables(tables_of(|l| l.calendar.named_hours), word_end) {
                // "le Midi", "Midi-Pyrénées": a name, not the hour.
                let capital = s[start..].starts_with(char::is_uppercase);
                if whole_word(s, start, c.pos) && !capital && !in_name(start) {
                    time(start, c.pos, hour);
                }
                return Some(c.pos);
            }
            let code = c.key_in_tables(tables_of(|l| l.calendar.day_parts), word_end)?;
            let end = c.pos;
            // "the morning of the attack", "le soir du 19": another day's; a night is read with
            // the nights.
            let mut next = Scan::at(s, end);
            let of = next.space1().is_some() && next.word_in(words_of(|l| l.grammar.of), word_end);
            if of || code == timeml::NIGHT {
                return Some(end);
            }
            let lead = lead_before(s, start, |l| l.calendar.day_part_leads).or_else(|| elided_lead_before(s, start));
            // A part written with its own lead ("en fin de journée") needs no other.
            let own_lead = s[start..end].contains(' ');
            match lead.filter(|&from| whole_word(s, from, end)) {
                Some(from) => time(from, end, code),
                None if own_lead && whole_word(s, start, end) => time(start, end, code),
                None => {}
            }
            Some(end)
        });
    }
    // "recently", "in recent years".
    if has(kind::VAGUE) {
        each_match(s, starts, kind::VAGUE, |mut c| {
            let start = c.pos;
            let v = c.key_in_tables(tables_of(|l| l.calendar.vague_times), word_end)?;
            // "tout en maintenant ses positions": a gerund, not "now".
            let gerund = lead_before(s, start, |l| l.grammar.gerund_markers).is_some()
                && tables_of(|l| l.grammar.present_participle_endings).flatten().any(|e| s[start..c.pos].ends_with(e));
            // "in the past two years", "ces trente dernières années": a count of periods, not
            // a vague past.
            let counted_word =
                |w: &str| w.starts_with(|ch: char| ch.is_ascii_digit()) || numbers::is_number_word(r.lexicon, w);
            let unit = |w: &str| r.lexicon.calendar.period_units.iter().any(|(u, _)| u.eq_ignore_ascii_case(w));
            let mut after = s[c.pos..].split_whitespace();
            let (next, unit_after) = (after.next().unwrap_or(""), after.next().unwrap_or(""));
            let previous = s[..start].split_whitespace().next_back().unwrap_or("");
            let last_word = s[start..c.pos].split_whitespace().next_back().unwrap_or("");
            let counted = counted_word(&next.to_lowercase())
                && unit(unit_after.trim_end_matches([',', '.', ';', '\'', '’']))
                || counted_word(&previous.to_lowercase()) && unit(last_word);
            if whole_word(s, start, c.pos) && !gerund && !counted {
                out.push(Found {
                    span: at(start, c.pos),
                    timex: (TimexType::Date, v.to_string(), false, None),
                    priority: 3,
                });
            }
            Some(c.pos)
        });
    }
    if has(kind::UNIT) {
        durations(s, starts, r, &mut |span, timex_type, value| {
            out.push(Found {
                span: at(span.start, span.end),
                timex: (timex_type, value, timex_type == TimexType::Date, None),
                priority: 2,
            })
        });
    }
    // Decades: "the 1990s", "les années 1990".
    if digits {
        each_match(s, starts, kind::DIGIT, |mut c| {
            let start = c.pos;
            let (year, _) = c.digits(4, 4)?;
            if year % 10 != 0 || c.peek().is_some_and(|ch| ch.is_ascii_digit()) {
                return Some(c.pos);
            }
            let mut plural = c;
            let suffixed = plural.eat('s') && plural.at_boundary() && whole_word(s, start, plural.pos);
            let lead = lead_before(s, start, |l| l.calendar.decade_leads).filter(|_| whole_word(s, start, c.pos));
            let (from, end) = match (suffixed, lead) {
                (true, _) => (start, plural.pos),
                (false, Some(from)) => (from, c.pos),
                _ => return Some(c.pos),
            };
            out.push(Found {
                span: at(from, end),
                timex: (TimexType::Date, format!("{:03}", year / 10), false, None),
                priority: 6,
            });
            Some(end)
        });
    }
    // Clock times: "15:30", "11h18", "3 p.m.", "9pm".
    if digits {
        each_match(s, starts, kind::DIGIT, |mut c| {
            let start = c.pos;
            let fresh = c;
            let led = || lead_before(s, start, |l| l.calendar.clock_leads).is_some();
            let (mut h, min, half) = match clock(&mut c) {
                Some(read) => read,
                None => {
                    c = fresh;
                    // Most numbers are no clock time: look for the lead only before "2 h".
                    let digits = s[start..].bytes().take_while(u8::is_ascii_digit).count();
                    let marked = s[start + digits..].trim_start_matches(' ').starts_with(['h', 'H']);
                    let spaced = marked
                        .then(|| spaced_clock(&mut c))
                        .flatten()
                        .filter(|_| led() || opens_a_clock_range(s, start, c.pos));
                    match spaced {
                        Some(read) => read,
                        None => {
                            c = fresh;
                            range_opening_hour(&mut c)?
                        }
                    }
                }
            };
            let end = c.pos;
            let before = s[..start].chars().next_back();
            if !whole_word(s, start, end)
                || before.is_some_and(|ch| ch.is_ascii_digit() || matches!(ch, '/' | '.' | ','))
            {
                return Some(end);
            }
            if let Some(half_start) = half {
                h = in_day_half(h, half_start);
            }
            if h > 23 || min > 59 {
                return Some(end);
            }
            let date = r.anchor.map_or(timeml::UNKNOWN_DAY.to_string(), |d| d.to_string());
            out.push(Found {
                span: at(start, end),
                timex: (TimexType::Time, format!("{date}T{h:02}:{min:02}"), r.anchor.is_some(), None),
                priority: 1,
            });
            Some(end)
        });
    }
    // Sets: "every week", "chaque mois".
    if has(kind::SET) {
        each_match(s, starts, kind::SET, |mut c| {
            let start = c.pos;
            if !c.word_in_tables(tables_of(|l| l.calendar.set_words), anywhere) {
                return None;
            }
            c.space1()?;
            // "every Friday", "chaque lundi": that weekday of every week; "every March 15",
            // "chaque 15 mars": that day of every year.
            let value = if let Some(wd) = weekday_word(&mut c) {
                timeml::weekday_of_unknown_week(wd)
            } else if let Some(set) = weekdays_set(&mut c) {
                set
            } else if let Some((month, day)) = day_and_month(&mut c).filter(|&(_, day)| (1..=31).contains(&day)) {
                timeml::day_of_unknown_year(month, day)
            } else {
                format!("P1{}", c.key_in_tables(tables_of(|l| l.calendar.period_units), word_end)?)
            };
            if whole_word(s, start, c.pos) {
                out.push(Found { span: at(start, c.pos), timex: (TimexType::Set, value, false, None), priority: 3 });
            }
            Some(c.pos)
        });
    }
}

/// Whether a number in digits follows the word that starts at `start` ("jusqu'en" being one
/// word), after white space.
fn digit_after_word(s: &str, start: usize) -> bool {
    let mut c = Scan::at(s, start);
    c.eat_while(|ch| ch.is_alphanumeric() || matches!(ch, '\'' | '’' | '-'));
    c.spaces() && c.peek().is_some_and(|d| d.is_ascii_digit())
}

/// Reads a weekday's name that ends a word.
/// A part of the day written after `pos` ("Sunday night", "hier soir", "la veille au soir"):
/// its TimeML code and where it ends.
fn day_part_after(s: &str, pos: usize) -> Option<(&'static str, usize)> {
    let mut after = Scan::at(s, pos);
    after.space1()?;
    // "jeudi dans la nuit", "Thursday in the morning": after a preposition of its own.
    // An elided article ("dans l'") runs into the part; any other word is followed by a space.
    let mut lead = after;
    let elided = |c: &Scan| c.since(pos).ends_with(['\'', '’']);
    let led = lead.word_in_tables(tables_of(|l| l.calendar.day_part_prepositions), |c| {
        elided(c) || c.peek().is_some_and(char::is_whitespace)
    });
    if led && (elided(&lead) || lead.space1().is_some()) {
        if let Some(code) = lead.key_in_tables(tables_of(|l| l.calendar.day_parts), word_end) {
            return Some((code, lead.pos));
        }
    }
    let code = after.key_in_tables(tables_of(|l| l.calendar.day_parts), word_end)?;
    Some((code, after.pos))
}

fn weekday_word(s: &mut Scan) -> Option<u32> {
    s.key_in_tables(tables_of(|l| l.calendar.weekdays), word_end)
}

/// The most bytes between a set and a plural weekday joined to it ("Tuesdays and Fridays").
const JOINED_SET_GAP: usize = 6;

/// The shortest weekday's name read in the plural, without its "s".
const MIN_PLURAL_WEEKDAY_BYTES: usize = 5;

/// Whether a plural "s" that ends a word comes next.
fn plural_end(s: &Scan) -> bool {
    let mut at = *s;
    at.eat('s') && at.word_ends()
}

/// Reads a weekday's name in the plural ("Tuesdays", "les mardis"), which names every such
/// day, and the part of those days after it ("Monday nights", "les lundis soir"):
/// TimeML's set "XXXX-WXX-2", "XXXX-WXX-1TNI".
fn weekdays_set(s: &mut Scan) -> Option<String> {
    let mut at = *s;
    // "Monday nights": a weekday in the singular, then the part of the day in the plural.
    let plural_day = at.key_in_tables(tables_of(|l| l.calendar.weekdays), plural_end);
    let wd = match plural_day {
        // Full names only: "suns" and "SATs" are no days.
        Some(_) if at.pos - s.pos < MIN_PLURAL_WEEKDAY_BYTES => return None,
        Some(wd) => {
            at.eat('s');
            wd
        }
        None => weekday_word(&mut at)?,
    };
    let mut value = timeml::weekday_of_unknown_week(wd);
    let mut part = at;
    let mut plural_part = false;
    if part.space1().is_some() {
        let day_part = |p: &Scan| word_end(p) || plural_end(p);
        if let Some(code) = part.key_in_tables(tables_of(|l| l.calendar.day_parts), day_part) {
            plural_part = part.eat('s');
            value = format!("{value}T{code}");
            at = part;
        }
    }
    if plural_day.is_none() && !plural_part {
        return None;
    }
    *s = at;
    Some(value)
}

/// Reads a month and a day in either order: "March 3", "Sept. 3rd", "3 mars", "1er mai".
fn day_and_month(s: &mut Scan) -> Option<(u32, u32)> {
    let mut at = *s;
    if let Some(month) = month_then_space(&mut at) {
        if let Some((day, _)) = at.digits(1, 2) {
            ordinal(&mut at);
            if at.word_ends() {
                *s = at;
                return Some((month, day));
            }
        }
    }
    let mut at = *s;
    let (day, _) = at.digits(1, 2)?;
    ordinal(&mut at);
    at.space1()?;
    let month = at.key_in_tables(tables_of(|l| l.calendar.months), word_end)?;
    *s = at;
    Some((month, day))
}

/// Whether "since" ("depuis") stands right before the cursor: only there is the start of a
/// period surely the current one ("since the beginning of the year"); elsewhere it may be a year
/// the text told of ("In 2023… At the end of the year").
fn after_since(c: &Scan) -> bool {
    let before = c.since(0).trim_end();
    words_of(|l| l.calendar.since_words).any(|w| {
        let at = before.len().saturating_sub(w.len());
        before.is_char_boundary(at)
            && before[at..].eq_ignore_ascii_case(w)
            && !before[..at].ends_with(char::is_alphanumeric)
    })
}

/// Whether the words after a period's name go on to name another ("the end of the month of
/// May", "la fin de l'année dernière", "the year-long siege", "the end of the year 2023").
fn period_goes_on(c: &Scan) -> bool {
    let rest = c.rest();
    if rest.starts_with('-') {
        return true;
    }
    let next =
        rest.trim_start().split(|ch: char| !ch.is_alphanumeric() && ch != '\'' && ch != '’').next().unwrap_or("");
    let next = next.to_lowercase();
    next.starts_with(|ch: char| ch.is_ascii_digit())
        || lang::is_of_word(next.trim_end_matches(['\'', '’']))
        || words_of(|l| l.calendar.trailing_directions).any(|w| w == next)
        || entries_of(|l| l.calendar.months).any(|&(w, _)| w == next)
}

/// Reads a relative period: its unit letter, direction, edge modifier and end.
fn relative_period(mut c: Scan) -> Option<(char, Direction, Option<&'static str>, usize)> {
    let start = c;
    if let Some(unit) = c.key_in_tables(tables_of(|l| l.calendar.current_periods), word_end) {
        // "cette année-là" is a year the text told of before, which this reading cannot tell.
        let distal = lang::LANGUAGES.iter().flat_map(|l| l.calendar.distal_suffixes).any(|d| c.rest().starts_with(d));
        return (!distal).then_some((unit, Direction::Current, None, c.pos));
    }
    let mut edged = c;
    if after_since(&c) {
        if let Some((unit, edge)) = edged.key_in_tables(tables_of(|l| l.calendar.current_period_edges), word_end) {
            if !period_goes_on(&edged) {
                return Some((unit, Direction::Current, Some(edge), edged.pos));
            }
        }
    }
    if let Some(unit) = c.key_in_tables(tables_of(|l| l.calendar.placed_periods), anywhere) {
        let mut after = c;
        if after.space1().is_some() && after.word_in_tables(tables_of(|l| l.calendar.trailing_directions), anywhere) {
            let dir = lookup_written(|l| l.calendar.time_direction, after.since(c.pos).trim());
            return dir.map(|dir| (unit, dir, None, after.pos));
        }
    }
    let mut c = start;
    let mut edged = c;
    let edge =
        edged.key_in_tables(tables_of(|l| l.calendar.period_edges), anywhere).filter(|_| edged.space1().is_some());
    let mut modifier = None;
    if let Some(edge) = edge {
        let mut probe = edged;
        if leading_direction(&mut probe).is_some() {
            c = edged;
            modifier = Some(edge);
        }
    }
    let dir = leading_direction(&mut c)?;
    c.space1()?;
    let unit = c.key_in_tables(tables_of(|l| l.calendar.period_names), word_end)?;
    Some((unit, dir, modifier, c.pos))
}

/// Reads a clock time: the hour, the minutes, and the hour its half of the day starts at.
fn clock(c: &mut Scan) -> Option<(u32, u32, Option<u32>)> {
    // "1600GMT", "0930 GMT": hours and minutes in four digits, as wire copy gives them before
    // a zone (the zone is part of the expression).
    let mut military = *c;
    if let Some((hm, _)) = military.digits(4, 4).filter(|_| !military.peek().is_some_and(|ch| ch.is_ascii_digit())) {
        let mut zoned = military;
        zoned.spaces();
        // A zone by its letters: "2009-2010" is a span of years, not an hour and an offset.
        let lettered = zoned.peek().is_some_and(|ch| ch.is_ascii_uppercase());
        if hm / 100 < 24 && hm % 100 < 60 && lettered && zone(&mut zoned) {
            *c = zoned;
            return Some((hm / 100, hm % 100, None));
        }
    }
    let (h, _) = c.digits(1, 2)?;
    if h > 23 {
        return None;
    }
    let mut minutes = *c;
    if minutes.eat(':') || minutes.word_in_tables(tables_of(|l| l.calendar.hour_marks), anywhere) {
        if let Some((m, _)) = minutes.digits(2, 2).filter(|(m, _)| *m < 60) {
            *c = minutes;
            return Some((h, m, day_half_after(c)));
        }
    }
    // "8.30 p.m.", "8.30pm": a dot between hour and minutes, only before a half of the day
    // (alone, "8.30" is a decimal).
    let mut dotted = *c;
    if dotted.eat('.') {
        if let Some((m, _)) = dotted.digits(2, 2).filter(|(m, _)| *m < 60) {
            if let Some(start) = day_half_after(&mut dotted).filter(|_| (1..=12).contains(&h)) {
                *c = dotted;
                return Some((h, m, Some(start)));
            }
        }
    }
    c.spaces();
    let start = read_day_half(c)?;
    Some((h, 0, Some(start)))
}

/// The bare hour that opens a range whose second hour carries the half of the day or the hour
/// mark for both ("from 4 to 5pm", "between 11 and 1pm", "entre 16 et 17 heures"): the hour,
/// no minutes, and the half it shares with the second. Nothing is read before it.
fn range_opening_hour(c: &mut Scan) -> Option<(u32, u32, Option<u32>)> {
    let mut at = *c;
    let (h, _) = at.digits(1, 2).filter(|&(h, _)| h < 24)?;
    let hour_end = at;
    at.space1()?;
    if !at.word_in_tables(tables_of(|l| l.calendar.clock_range_joiners), word_end) {
        return None;
    }
    at.space1()?;
    let mut close = at;
    let marked = |close: &Scan| {
        let mut unit = *close;
        unit.spaces();
        unit.word_in_tables(tables_of(|l| l.calendar.hour_marks), word_end)
            || unit.key_in_tables(tables_of(|l| l.calendar.period_units), word_end) == Some('H')
    };
    let (h2, _) = close.digits(1, 2).filter(|&(h2, _)| h2 < 24)?;
    if marked(&close) {
        *c = hour_end;
        return Some((h, 0, None));
    }
    let mut closing = at;
    let (_, _, half) = clock(&mut closing)?;
    let half = half.filter(|_| (1..=12).contains(&h) && (1..=12).contains(&h2))?;
    // "from 11 to 1pm": the first hour is of the morning.
    let half = if half == 12 && h > h2 && h != 12 { 0 } else { half };
    *c = hour_end;
    Some((h, 0, Some(half)))
}

/// A clock time with its hour mark after a space ("2 h", "23 h 30"), read only after a word
/// that leads a clock time ("vers 2 h"): alone, "2 h" may be a duration.
fn spaced_clock(c: &mut Scan) -> Option<(u32, u32, Option<u32>)> {
    let mut at = *c;
    let (h, _) = at.digits(1, 2).filter(|&(h, _)| h < 24)?;
    at.spaces();
    if !at.word_in_tables(tables_of(|l| l.calendar.hour_marks), word_end) {
        return None;
    }
    let mut minutes = at;
    minutes.spaces();
    let min = match minutes.digits(2, 2).filter(|&(m, _)| m < 60) {
        Some((m, _)) if minutes.at_boundary() => {
            at = minutes;
            m
        }
        _ => 0,
    };
    *c = at;
    // "2 h du matin": a half of the day after it.
    Some((h, min, day_half_after(c)))
}

/// A half of the day after a clock time, past the spaces before it ("3:05 p.m.", "2 h du
/// matin"): the hour it starts at; nothing is read when none follows.
fn day_half_after(c: &mut Scan) -> Option<u32> {
    let mut half = *c;
    half.spaces();
    let start = read_day_half(&mut half)?;
    *c = half;
    Some(start)
}

/// Durations: a number of units, the number in digits or words, with the word that leads
/// it if any ("three days", "for 2 weeks", "depuis trois mois"); counted back from the
/// document date, the date they point to ("three days ago", "il y a trois jours"). `found`
/// takes each span, relative to `s`, its type and its TimeML value.
fn durations(s: &str, starts: &[(usize, u16)], r: &Resolver<'_>, found: &mut dyn FnMut(Span, TimexType, String)) {
    let mut next = 0;
    for unit_start in starts.iter().filter(|(_, k)| k & kind::UNIT != 0).map(|&(i, _)| i) {
        if unit_start < next {
            continue;
        }
        let mut c = Scan::at(s, unit_start);
        let Some(letter) = c.key_in_tables(tables_of(|l| l.calendar.period_units), word_end) else { continue };
        let unit_end = c.pos;
        // "30-year-old": an age, not a time.
        let mut joined = Scan::at(s, unit_end);
        if joined.eat('-') && joined.word_in_tables(tables_of(|l| l.calendar.age_words), word_end) {
            next = joined.pos;
            continue;
        }
        let plural = Scan::at(s, unit_start).key_in_tables(tables_of(|l| l.calendar.plural_units), word_end).is_some();
        // "an hours-long siege": an article before a plural unit ("hours": "hour" and an s)
        // counts nothing.
        let unit_word = &s[unit_start..unit_end];
        let pluralised = unit_word
            .strip_suffix('s')
            .is_some_and(|one| r.lexicon.calendar.period_units.iter().any(|(u, _)| u.eq_ignore_ascii_case(one)));
        // "les trois derniers jours", "ces 24 dernières heures": a direction between the count
        // and its unit.
        // The word right before the unit, and where it starts.
        let head = s[..unit_start].trim_end();
        let run: usize = head.chars().rev().take_while(|c| c.is_alphabetic()).map(char::len_utf8).sum();
        let word_before = &head[head.len() - run..];
        let direction_start = {
            let between =
                r.lexicon.calendar.directions_before_units.iter().any(|d| d.eq_ignore_ascii_case(word_before));
            (run > 0 && between && head.len() - run >= next).then_some(head.len() - run)
        };
        let counted = number_before(s, unit_start, next, r.lexicon)
            .or_else(|| direction_start.and_then(|d| number_before(s, d, next, r.lexicon)))
            .filter(|&(_, n)| !(pluralised && n == 1.0));
        let Some((number_start, count)) = counted else {
            // "several days", "quelques mois", "for years": a duration of no stated length.
            let vague = lead_before(s, unit_start, |l| l.calendar.vague_counts).filter(|&f| f >= next);
            // "during the early morning hours": a part of the day, of the day the story tells of
            // (`on_the_day_given`), not a duration.
            if let Some((from, code)) =
                hours_of_the_day(s, unit_start).filter(|&(f, _)| plural && letter == 'H' && f >= next)
            {
                next = unit_end;
                // "the early hours of Sunday", "les premières heures de la matinée": the day
                // or its part after them says it.
                let mut after = Scan::at(s, unit_end);
                let of_after = after.space1().is_some() && after.word_in(words_of(|l| l.grammar.of), word_end);
                if let Some(day) = r.anchor.filter(|_| !of_after) {
                    found(Span::new(from, unit_end), TimexType::Time, format!("{day}T{code}"));
                }
                continue;
            }
            // "le mois d'août", "au mois d'août": after a singular article, a unit whose
            // plural is its singular ("mois") is one.
            let own_singular = r.lexicon.grammar.plural_endings.iter().any(|e| {
                unit_word
                    .strip_suffix(e)
                    .is_some_and(|one| r.lexicon.calendar.period_units.iter().any(|(u, _)| u.eq_ignore_ascii_case(one)))
            });
            let singular = !own_singular
                && r.lexicon
                    .grammar
                    .definite_singulars
                    .iter()
                    .chain(r.lexicon.calendar.date_prepositions)
                    .any(|a| a.eq_ignore_ascii_case(word_before));
            if let Some(from) = vague.or((plural && !singular).then_some(unit_start)) {
                next = unit_end;
                // "a few hours ago", "il y a quelques jours": a vague past.
                let mut after = Scan::at(s, unit_end);
                let ago_after =
                    after.space1().is_some() && after.word_in_tables(tables_of(|l| l.calendar.ago_after), word_end);
                let ago_before = lead_before(s, from, |l| l.calendar.ago_before);
                if vague.is_some() && (ago_after || ago_before.is_some()) && whole_word(s, from, unit_end) {
                    let end = if ago_after { after.pos } else { unit_end };
                    found(Span::new(ago_before.unwrap_or(from), end), TimexType::Date, timeml::PAST_REF.to_string());
                    next = end;
                    continue;
                }
                if whole_word(s, from, unit_end) {
                    let letter = if letter == 'E' { 'Y' } else { letter };
                    found(Span::new(from, unit_end), TimexType::Duration, timeml::duration("X", letter));
                }
            }
            continue;
        };
        next = unit_end;
        if !whole_word(s, number_start, unit_end) {
            continue;
        }
        let count = if letter == 'E' { count * 10.0 } else { count };
        let letter = if letter == 'E' { 'Y' } else { letter };
        // "three days ago", "il y a trois jours": a date, when the document has one.
        let mut after = Scan::at(s, unit_end);
        let ago_after = after.space1().is_some() && after.word_in_tables(tables_of(|l| l.calendar.ago_after), word_end);
        let ago_before = lead_before(s, number_start, |l| l.calendar.ago_before);
        let back = r.anchor.filter(|_| count.fract() == 0.0 && (ago_after || ago_before.is_some()));
        if let Some(date) = back.and_then(|d| counted_back(d, count as i64, letter)) {
            let start = ago_before.unwrap_or(number_start);
            found(Span::new(start, if ago_after { after.pos } else { unit_end }), TimexType::Date, date);
            next = after.pos.max(unit_end);
            continue;
        }
        // "two days later", "une semaine plus tôt": counted from the document's date here, from
        // the day the story last told of once every time is known (`days_of_the_story`).
        let mut later = Scan::at(s, unit_end);
        let direction = later
            .space1()
            .and_then(|_| later.key_in_tables(tables_of(|l| l.calendar.story_counts_after), word_end))
            .filter(|_| phrase_ends(s, later.pos));
        let counted_on =
            r.anchor.zip(direction).filter(|_| count.fract() == 0.0 && whole_word(s, number_start, unit_end));
        if let Some(date) = counted_on.and_then(|(d, dir)| counted_back(d, -i64::from(dir) * count as i64, letter)) {
            found(Span::new(number_start, later.pos), TimexType::Date, date);
            next = later.pos;
            continue;
        }
        // "vers 19 heures", "(10 heures en France)", "10 heures GMT": a clock time, not a duration.
        let clock = letter == 'H' && count.fract() == 0.0 && (0.0..24.0).contains(&count);
        let bracketed = s[..number_start].trim_end().ends_with('(');
        let zoned = {
            let mut z = Scan::at(s, unit_end);
            z.space1().is_some() && zone(&mut z)
        };
        if clock
            && (lead_before(s, number_start, |l| l.calendar.clock_leads).is_some()
                || bracketed
                || zoned
                || opens_a_clock_range(s, number_start, unit_end))
        {
            let date = r.anchor.map_or(timeml::UNKNOWN_DAY.to_string(), |d| d.to_string());
            found(Span::new(number_start, unit_end), TimexType::Time, format!("{date}T{:02}:00", count as u32));
            continue;
        }
        let amount = if count.fract() == 0.0 { format!("{}", count as i64) } else { format!("{count}") };
        let start = lead_before(s, number_start, |l| l.calendar.duration_leads).unwrap_or(number_start);
        found(Span::new(start, unit_end), TimexType::Duration, timeml::duration(&amount, letter));
    }
}

/// Whether a phrase ends at `pos`: no word follows before a punctuation mark or the end
/// ("two days after," but not "two days after the vote").
fn phrase_ends(s: &str, pos: usize) -> bool {
    s[pos..].trim_start_matches([' ', '\u{a0}']).chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// Whether the hours between `number` and `unit_end` open a range that a clock time closes
/// ("de 23 heures à 5 heures", "de 20 heures jusqu'à minuit"): the range's opener before the
/// number, a clock time's lead after the unit, then digits or a named hour. A count of hours
/// after the same opener ("une garde à vue de 12 heures") is a duration.
fn opens_a_clock_range(s: &str, number: usize, unit_end: usize) -> bool {
    if lead_before(s, number, |l| l.calendar.clock_range_openers).is_none() {
        return false;
    }
    let mut c = Scan::at(s, unit_end);
    c.space1().is_some()
        && c.word_in_tables(tables_of(|l| l.calendar.clock_leads), |t| {
            let mut t = *t;
            t.space1().is_some()
                && (t.peek().is_some_and(|c| c.is_ascii_digit())
                    || t.key_in_tables(tables_of(|l| l.calendar.named_hours), word_end).is_some())
        })
}

/// The date `count` units of `letter` before `d`, at the unit's granularity: a day, an ISO
/// week, a month or a year. `None` for units shorter than a day.
fn counted_back(d: Date, count: i64, letter: char) -> Option<String> {
    match letter {
        'D' => d.add_days(-count).map(|d| d.to_string()),
        'W' => d.add_days(-7 * count).map(iso_week),
        'M' => {
            let months = i64::from(d.year) * 12 + i64::from(d.month) - 1 - count;
            Some(format!("{:04}-{:02}", months.div_euclid(12), months.rem_euclid(12) + 1))
        }
        'Y' => Some(format!("{:04}", i64::from(d.year) - count)),
        // "eight hours ago", "il y a 40 minutes": the day of writing, the nearest day a count
        // of hours gives.
        'H' if count < 24 => Some(d.to_string()),
        'N' if count < 24 * 60 => Some(d.to_string()),
        _ => None,
    }
}

/// The number of a duration written before its unit, which starts at `unit`: digits, or
/// the longest run of at most three words that reads as a number ("twenty five"), none of
/// it before `floor`. Its start and value.
fn number_before(s: &str, unit: usize, floor: usize, lexicon: &Lexicon) -> Option<(usize, f64)> {
    let before = &s[floor..unit];
    // "three days", and the adjective "two-year", "10-year".
    let end = match before.strip_suffix('-') {
        Some(joined) if joined.ends_with(|c: char| c.is_alphanumeric()) => floor + joined.len(),
        _ if before.len() == before.trim_end().len() => return None,
        _ => floor + before.trim_end().len(),
    };
    let digits = s[..end].bytes().rev().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        let start = end - digits;
        return (start >= floor).then(|| s[start..end].parse().ok().map(|n: f64| (start, n))).flatten();
    }
    // Up to three words of letters and hyphens, separated by white space.
    let mut starts = Vec::with_capacity(3);
    let mut word_end = end;
    while starts.len() < 3 {
        let run: usize =
            s[..word_end].chars().rev().take_while(|c| c.is_alphabetic() || *c == '-').map(char::len_utf8).sum();
        if run == 0 || word_end - run < floor {
            break;
        }
        let start = word_end - run;
        starts.push(start);
        let spaces: usize = s[..start].chars().rev().take_while(|c| c.is_whitespace()).map(char::len_utf8).sum();
        if spaces == 0 || start - spaces < floor {
            break;
        }
        word_end = start - spaces;
    }
    // "five or six minutes", "deux ou trois jours": a range, read as its lower end.
    if let [last, joiner, first] = starts[..] {
        if let (Some(low), Some(high)) =
            (numbers::value_of(&s[first..joiner], lexicon), numbers::value_of(&s[last..end], lexicon))
        {
            let joins = lexicon.numbers.range_joiners.contains(&s[joiner..last].trim_end().to_lowercase().as_str());
            if joins && low < high {
                return Some((first, low));
            }
        }
    }
    starts.iter().rev().find_map(|&start| numbers::value_of(&s[start..end], lexicon).map(|v| (start, v))).or_else(
        || {
            // "a year", "une semaine": the article counts one.
            let &start = starts.first()?;
            let article = s[start..end].to_lowercase();
            lexicon.grammar.indefinite_articles.contains(&article.as_str()).then_some((start, 1.0))
        },
    )
}

/// Where a word of `table` that leads a duration ("for", "the past", "depuis", "il y a")
/// starts, when one ends just before its number at `number`.
fn lead_before(
    s: &str,
    number: usize,
    table: impl Fn(&'static Lexicon) -> &'static [&'static str] + Copy,
) -> Option<usize> {
    let mut from = number.saturating_sub(MAX_LEAD_LEN);
    while !s.is_char_boundary(from) {
        from += 1;
    }
    word_starts(s).skip_while(|&p| p < from).take_while(|&p| p < number).find(|&p| {
        let mut c = Scan::at(s, p);
        c.word_in_tables(tables_of(table), |t| {
            let mut t = *t;
            t.space1().is_some() && t.pos == number
        })
    })
}

/// Where the words before a plural unit of hours that make it a part of the day start ("the
/// early morning hours"), with the part's TimeML code.
fn hours_of_the_day(s: &str, unit: usize) -> Option<(usize, &'static str)> {
    let before = s[..unit].trim_end();
    lang::LANGUAGES.iter().flat_map(|l| l.calendar.hours_of_the_day).find_map(|&(lead, code)| {
        let from = before.len().checked_sub(lead.len())?;
        let words = before.get(from..)?;
        let at_word = from == 0 || before[..from].ends_with(|c: char| !c.is_alphanumeric());
        (words.eq_ignore_ascii_case(lead) && at_word).then_some((from, code))
    })
}

/// Where an elided lead of a part of the day starts, when one ends right at `word`
/// ("l'après-midi", "en début d'après-midi"), its apostrophe straight or curly.
fn elided_lead_before(s: &str, word: usize) -> Option<usize> {
    let before = &s[..word];
    lang::LANGUAGES.iter().flat_map(|l| l.calendar.day_part_leads).filter(|lead| lead.ends_with('\'')).find_map(
        |lead| {
            let stem = &lead[..lead.len() - 1];
            let apostrophe = before.strip_suffix(['\'', '’'])?;
            let from = apostrophe.len().checked_sub(stem.len())?;
            let written = apostrophe.get(from..)?;
            let opens_word = apostrophe[..from].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            (written.to_lowercase() == *stem && opens_word).then_some(from)
        },
    )
}

/// Which patterns a word of the time tables can start or complete, one bit each.
mod kind {
    pub const MONTH: u16 = 1;
    pub const WEEKDAY: u16 = 1 << 1;
    pub const RELATIVE_DAY: u16 = 1 << 2;
    pub const PERIOD: u16 = 1 << 3;
    pub const VAGUE: u16 = 1 << 4;
    pub const UNIT: u16 = 1 << 5;
    pub const SET: u16 = 1 << 6;
    pub const SINCE: u16 = 1 << 7;
    pub const YEAR_LEAD: u16 = 1 << 8;
    /// Not a word: a number in digits.
    pub const DIGIT: u16 = 1 << 9;
    pub const EDGE: u16 = 1 << 10;
    pub const QUARTER: u16 = 1 << 11;
    pub const SEASON: u16 = 1 << 12;
    pub const DAY_PART: u16 = 1 << 13;
    pub const HOLIDAY: u16 = 1 << 14;
    /// A word after the first of a day counted from the story ("the day before"); its first
    /// word opens it as a relative day's does.
    pub const STORY_DAY: u16 = 1 << 15;
}

/// The fewest words of a part of the day read as a phrase of its own ("en fin de journée").
const MIN_PHRASE_PART_WORDS: usize = 3;

/// Every word of every entry of the time tables of every language, split where the patterns
/// may split a word (spaces, hyphens, apostrophes), with the patterns it belongs to.
static TIME_WORDS: LazyLock<FxHashMap<String, u16>> = LazyLock::new(|| {
    let mut words: FxHashMap<String, u16> = FxHashMap::default();
    for l in lang::LANGUAGES {
        let c = &l.calendar;
        // Parts of the day are read from their noun, and their leads looked for before it.
        let day_part_nouns: Vec<&str> = keys(c.day_parts).into_iter().filter(|k| !k.contains([' ', '\''])).collect();
        let tables: [(u16, Vec<&str>); 20] = [
            (kind::DAY_PART, day_part_nouns.clone()),
            (kind::DAY_PART, keys(c.named_hours)),
            (kind::MONTH, keys(c.months)),
            (kind::WEEKDAY, keys(c.weekdays)),
            (kind::RELATIVE_DAY, keys(c.relative_days)),
            (kind::PERIOD, keys(c.time_direction)),
            (kind::PERIOD, keys(c.period_names)),
            (kind::PERIOD, keys(c.current_periods)),
            (kind::PERIOD, keys(c.current_period_edges)),
            (kind::PERIOD, keys(c.placed_periods)),
            (kind::PERIOD, keys(c.period_edges)),
            (kind::PERIOD, c.trailing_directions.to_vec()),
            (kind::VAGUE, keys(c.vague_times)),
            (kind::UNIT, keys(c.period_units)),
            (kind::SET, c.set_words.to_vec()),
            (kind::SINCE, c.since_words.to_vec()),
            (kind::YEAR_LEAD, c.year_leads.to_vec()),
            (kind::EDGE, keys(c.edges)),
            (kind::QUARTER, keys(c.quarters)),
            (kind::SEASON, keys(c.seasons)),
        ];
        // A day counted from the story is read from its first word, when a later one is in
        // the sentence.
        for (day, _) in c.story_days {
            let lower = day.to_lowercase();
            for (k, word) in lower.split(is_word_break).filter(|w| !w.is_empty()).enumerate() {
                *words.entry(word.to_string()).or_default() |=
                    if k == 0 { kind::RELATIVE_DAY } else { kind::STORY_DAY };
            }
        }
        // A part of the day whose noun names none alone, written as a phrase of its own ("en
        // fin de journée": "journée" is the whole day), is read from its first word; "at dawn"
        // and « après midi » are read from their noun, as the other parts are.
        for (part, _) in c.day_parts {
            let lower = part.to_lowercase();
            let last = lower.rsplit(is_word_break).find(|w| !w.is_empty()).unwrap_or_default();
            if lower.split(' ').count() >= MIN_PHRASE_PART_WORDS && !day_part_nouns.contains(&last) {
                if let Some(first) = lower.split(is_word_break).find(|w| !w.is_empty()) {
                    *words.entry(first.to_string()).or_default() |= kind::DAY_PART;
                }
            }
        }
        // A holiday's reader starts at its first word only.
        for (holiday, _) in c.fixed_holidays {
            if let Some(first) = holiday.split(is_word_break).find(|w| !w.is_empty()) {
                *words.entry(first.to_string()).or_default() |= kind::HOLIDAY;
            }
        }
        for (bit, entries) in tables {
            for entry in entries {
                for word in entry.to_lowercase().split(is_word_break).filter(|w| !w.is_empty()) {
                    *words.entry(word.to_string()).or_default() |= bit;
                }
            }
        }
        // "on Tuesdays", "les mardis": weekdays in the plural open a set.
        for (day, _) in c.weekdays.iter().filter(|(w, _)| w.len() >= MIN_PLURAL_WEEKDAY_BYTES) {
            *words.entry(format!("{}s", day.to_lowercase())).or_default() |= kind::WEEKDAY;
        }
    }
    words
});

/// A sentence's clauses, as ranges of its tokens: cut at a semicolon and at a comma before a
/// word opening a relative clause ("…, where police shot…", "…, qui a été tué…").
fn clauses(doc: &Document<'_>, lexicon: &'static Lexicon, tokens: &[Token]) -> Vec<std::ops::Range<usize>> {
    let grammar = &lexicon.grammar;
    let vocabulary = lang::Vocabulary::of(lexicon);
    // "«…», commentait samedi le bureau", "…, avait prévenu dimanche le président": a verb of
    // speech after the claim, with its auxiliary.
    let speech_at = |k: usize| {
        k < tokens.len()
            && (when::is_speech(doc, tokens, vocabulary, k)
                || tokens[k].pos == Upos::Aux
                    && k + 1 < tokens.len()
                    && when::is_speech(doc, tokens, vocabulary, k + 1))
    };
    let mut out = Vec::new();
    let mut from = 0;
    // The verb of speech's clause ends at the next comma: "…, a prévenu le préfet, avant le
    // vote de dimanche" keeps the vote ahead.
    let mut speech_clause = false;
    // "The director had on Monday told reporters the toll … was expected to rise", "said on
    // Monday the toll …": a verb of speech told in the past ends its clause, with a time right after
    // it, before the words it reports.
    // The times are not known yet: the words of a day ("on Monday", "Monday evening").
    let of_a_day = |t: &Token| {
        [Meaning::DatePreposition, Meaning::Weekday, Meaning::RelativeDay, Meaning::Month].iter().any(|&m| t.means(m))
            || t.pos == Upos::Num
    };
    let mut cuts = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        // The verb with its auxiliary, if the phrase holds one ("a déclaré").
        let len = vocabulary.match_at(tokens, &doc.lower, k, Meaning::SpeechVerb).max(1);
        let verb = k..(k + len).min(tokens.len());
        // Its subject before it ("«…», ajoutait le bureau samedi" is the verb of what came before).
        let subject_first = k > 0 && tokens[k - 1].pos != Upos::Punct;
        let past_speech = subject_first
            && when::is_speech(doc, tokens, vocabulary, k)
            && tokens.get(verb.end).is_some_and(|t| t.pos != Upos::Punct)
            && told_in_the_past(doc, lexicon, &tokens[verb.clone()]);
        if !past_speech {
            k += 1;
            continue;
        }
        let last = verb.end - 1;
        let end = last + 1 + tokens[last + 1..].iter().take_while(|t| of_a_day(t)).count();
        // "said on Saturday, June 9, that…": a day told on after a comma is left whole.
        if end < tokens.len() && tokens[end].pos != Upos::Punct {
            cuts.push(end);
        }
        k = end;
    }
    let mut cuts = cuts.into_iter().peekable();
    for k in 0..tokens.len() {
        if cuts.next_if_eq(&k).is_some() && k > from {
            out.push(from..k);
            from = k;
        }
        let word = doc.lower(tokens[k].span);
        let speech = word == "," && speech_at(k + 1);
        let opens_clause = tokens.get(k + 1).is_some_and(|next| {
            let next = doc.lower(next.span);
            grammar.clause_markers.contains(&next) || grammar.relative_adverbs.contains(&next)
        }) || speech;
        if word == ";" || word == "," && (opens_clause || speech_clause) {
            if k > from {
                out.push(from..k);
            }
            from = k + 1;
            speech_clause = speech;
        }
    }
    if from < tokens.len() {
        out.push(from..tokens.len());
    }
    out
}

/// Whether a clause holds a verb in a past tense: a past auxiliary or form ("was", "shot",
/// "avait") or a verb with a past ending ("killed", "tuaient").
fn told_in_the_past(doc: &Document<'_>, lexicon: &Lexicon, tokens: &[Token]) -> bool {
    let calendar = &lexicon.calendar;
    tokens.iter().enumerate().any(|(k, t)| {
        let word = doc.lower(t.span);
        // A past form whatever the tagger read ("police shot"), unless a determiner makes it a
        // noun ("a shot", "the left").
        let after_determiner = k > 0 && tokens[k - 1].pos == Upos::Det;
        calendar.past_forms.contains(&word) && !after_determiner
            || matches!(t.pos, Upos::Verb | Upos::Aux) && lang::has_ending(word, calendar.past_endings, 2)
    })
}

fn is_word_break(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '\'' | '’' | '.')
}

/// How many sentences of the page's opening are read for a date set in the present.
const PRESENT_DATE_SENTENCES: usize = 2;

/// The date a page with no date of its own sets in the present in its first sentences: a full
/// date after a demonstrative ("Ce mardi 3 mars 2026", "ce 14 mai 2024", "this
/// Tuesday, March 3, 2026"). None where there is none, or it is not a whole day.
pub fn present_date_of_opening(doc: &Document<'_>) -> Option<Date> {
    let calendar = &lang::lexicon(doc.language).calendar;
    let words = calendar.present_demonstratives;
    let opening = doc
        .sentences
        .iter()
        .filter(|s| matches!(s.zone, Zone::Body | Zone::Standfirst))
        .take(PRESENT_DATE_SENTENCES)
        .map(|s| s.span)
        .reduce(|a, b| Span::new(a.start, b.end))?;
    let demonstrative = |k: Option<&Token>| k.is_some_and(|k| words.contains(&doc.lower(k.span)));
    let times: Vec<&Timex> =
        doc.times.iter().filter(|t| opening.contains(t.span) && t.timex_type == TimexType::Date).collect();
    times.iter().enumerate().find_map(|(n, t)| {
        let before = doc.tokens_in(Span::new(opening.start, t.span.start)).last();
        let inside = doc.tokens_in(t.span).first();
        // "This Thursday, January 1, 2026": the weekday that opens with it, a comma apart.
        // Or "cet après-midi du mercredi 10 janvier 2024": a part of this day, then "of" and the
        // date.
        let of = &lang::lexicon(doc.language).grammar.of;
        let weekday_before = n.checked_sub(1).map(|p| times[p]).is_some_and(|w| {
            let between = doc.text()[w.span.end..t.span.start].trim().to_lowercase();
            (between == "," || of.contains(&between.as_str())) && demonstrative(doc.tokens_in(w.span).first())
        });
        // A day, or a time of it: not a year ("2002") nor a week.
        let whole_day = t.value.get(10..).is_some_and(|rest| rest.is_empty() || rest.starts_with('T'));
        let date = t.value.get(..10).filter(|_| whole_day).and_then(Date::parse_iso)?;
        // Not a day remembered ("ce 11 septembre 2001 qui a changé le monde") nor one since
        // which something goes on ("depuis ce 7 octobre").
        let opens = if weekday_before { times[n - 1].span.start } else { t.span.start };
        let words_before = doc.tokens_in(Span::new(opening.start, opens));
        let since = words_before.iter().rev().take(2).any(|k| calendar.since_words.contains(&doc.lower(k.span)));
        let remembered = doc
            .tokens_in(Span::new(t.span.end, opening.end))
            .iter()
            .find(|k| k.is_word())
            .is_some_and(|k| k.means(Meaning::RelativePronoun));
        let present = demonstrative(before) || demonstrative(inside) || weekday_before;
        (present && !since && !remembered).then_some(date)
    })
}

/// Annotates temporal expressions in the article's own text, plus its stamps.
pub fn annotate(doc: &Document<'_>) -> Vec<Timex> {
    let lexicon = lang::lexicon(doc.language);
    let vocabulary = lang::Vocabulary::of(lexicon);
    let mut found = Vec::new();
    for stamp in [&doc.layout.published, &doc.layout.updated].into_iter().flatten() {
        let t = if stamp.value.time.is_some() { TimexType::Time } else { TimexType::Date };
        found.push(Found { span: stamp.span, timex: (t, stamp.value.timeml(), false, None), priority: 10 });
    }
    for sentence in &doc.sentences {
        let tokens = doc.tokens_of(sentence);
        // A sentence with no digit and no word of any time table holds no time expression.
        let starts = time_word_starts(doc, sentence.span, tokens);
        if starts.is_empty() {
            continue;
        }
        let endings = lexicon.calendar.future_endings;
        // "Les manifestants défileront samedi": a verb in the future tense.
        let future_verb = |t: &Token| {
            let word = doc.lower(t.span);
            matches!(t.pos, Upos::Verb | Upos::Aux) && lang::has_ending(word, endings, 1)
        };
        // In words told in the past, only a verb says the future: "started on Saturday, soon
        // after the club won a place in the next cup" is past.
        let future_in = |tokens: &[Token]| {
            let past = told_in_the_past(doc, lexicon, tokens);
            (0..tokens.len()).any(|k| {
                vocabulary.match_at(tokens, &doc.lower, k, Meaning::FutureCue) > 0
                    && (!past || matches!(tokens[k].pos, Upos::Verb | Upos::Aux))
            }) || tokens.iter().any(future_verb)
        };
        let future = future_in(tokens);
        let clauses = if future { clauses(doc, lexicon, tokens) } else { Vec::new() };
        if clauses.len() < 2 {
            let resolver = Resolver { anchor: doc.document_date, future, lexicon };
            sentence_times(doc, sentence.span, &starts, &resolver, &mut found);
            continue;
        }
        // "More rallies are planned in the city, where police fired on a crowd on Saturday": a clause told
        // in the past keeps its days in the past, whatever another clause says.
        for clause in clauses {
            let tokens = &tokens[clause];
            let span = Span::new(tokens[0].span.start, tokens[tokens.len() - 1].span.end);
            let starts = time_word_starts(doc, span, tokens);
            if starts.is_empty() {
                continue;
            }
            let future = future_in(tokens) || future && !told_in_the_past(doc, lexicon, tokens);
            let resolver = Resolver { anchor: doc.document_date, future, lexicon };
            sentence_times(doc, span, &starts, &resolver, &mut found);
        }
    }
    // Leftmost-longest, then priority, without overlaps.
    sort::sort_by(&mut found, |a, b| {
        a.span.start.cmp(&b.span.start).then(b.span.len().cmp(&a.span.len())).then(b.priority.cmp(&a.priority))
    });
    let mut out: Vec<Timex> = Vec::new();
    // Sorted by start: a candidate overlaps a kept one only if it starts before the furthest end.
    let mut furthest_end = 0;
    for f in found {
        if f.span.start < furthest_end {
            continue;
        }
        furthest_end = f.span.end;
        let (timex_type, value, anchored, modifier) = f.timex;
        let anchor = if anchored { doc.document_date } else { None };
        out.push(Timex { id: TimexId::new(0), span: f.span, timex_type, value, anchor, modifier });
    }
    sort::sort_by_key(&mut out, |t| t.span.start);
    let out = days_of_ranges(doc, lexicon, out);
    let out = outside_names(doc, out);
    let mut out = nights(doc, lexicon, out);
    parts_before_dates(doc, &mut out);
    parts_after_dates(doc, &mut out);
    edges_before_days(doc, lexicon, &mut out);
    approximators_before_amounts(doc, lexicon, &mut out);
    directions_after_dates(doc, lexicon, &mut out);
    in_the_year_named_last(doc, lexicon, &mut out);
    years_of_an_undated_text(doc, &mut out);
    days_of_the_story(doc, &mut out);
    on_the_day_given(doc, &mut out);
    let mut out = clocks_with_their_day(doc, lexicon, out);
    overnight_clock_ranges(doc, lexicon, &mut out);
    for (i, t) in out.iter_mut().enumerate() {
        t.id = TimexId::new(i);
    }
    out
}

/// Dates that are part of a name are no times: "the March 9 Student Movement" (a determiner
/// before the date and an organisation right after it), "le Mouvement du 23 mars" (an
/// organisation's keyword and "of" right before it).
fn outside_names(doc: &Document<'_>, times: Vec<Timex>) -> Vec<Timex> {
    let in_name = |t: &Timex| {
        if t.timex_type != TimexType::Date {
            return false;
        }
        let Some(sentence) = doc.sentence_at(t.span.start) else { return false };
        let tokens = doc.tokens_of(sentence);
        let first = tokens.partition_point(|x| x.span.start < t.span.start);
        let after = tokens.partition_point(|x| x.span.start < t.span.end);
        // After a determiner ("the March 9…", not "On March 9 Reuters reported").
        let named_by_determiner =
            first >= 1 && tokens[first - 1].means(Meaning::Determiner) && tokens[first - 1].pos == Upos::Det;
        let organisation_after = named_by_determiner
            && tokens.get(after).is_some_and(|next| {
                next.shape.is(Shape::CAPITALISED)
                    && doc.mentions_in(Span::new(next.span.start, sentence.span.end)).next().is_some_and(|(m, e)| {
                        m.start == next.span.start && doc.entity(e).entity_type == EntityType::Org
                    })
            });
        let keyword_before = first >= 2
            && tokens[first - 1].means(Meaning::Of)
            && tokens[first - 2].means(Meaning::OrgKeyword)
            && tokens[first - 2].shape.is(Shape::CAPITALISED);
        organisation_after || keyword_before
    };
    times.into_iter().filter(|t| !in_name(t)).collect()
}

/// The bare days that open or close a range with a date of day and month: "du 11 au 13 mai",
/// "from 11 to 13 May", "samedi 24 à dimanche 25 mai": a day number (after its weekday, if
/// any) before the word joining it to the date is a date of that month, in place of the
/// weekday alone; so is the last day of "from October 5 to 17" ([`last_days_of_ranges`]).
/// `times` are in text order.
fn days_of_ranges(doc: &Document<'_>, lexicon: &Lexicon, times: Vec<Timex>) -> Vec<Timex> {
    let joiners = |w: &str| {
        lexicon.calendar.night_to.contains(&w)
            || lexicon.numbers.range_joiners.contains(&w)
            || lexicon.numbers.range_openers.iter().any(|(_, and)| *and == w)
    };
    let mut starts: Vec<Timex> = Vec::new();
    for t in &times {
        let (Some(day), true) = (t.value.get(8..10).and_then(|d| d.parse::<u32>().ok()), t.value.len() == 10) else {
            continue;
        };
        let Some(sentence) = doc.sentence_at(t.span.start) else { continue };
        let tokens = doc.tokens_of(sentence);
        let k = tokens.partition_point(|x| x.span.start < t.span.start);
        // Day first: "13 mai", "lundi 12 mai", not "May 13".
        if k < 2 || tokens.get(k).is_none_or(|x| x.means(Meaning::Month)) || !joiners(doc.lower(tokens[k - 1].span)) {
            continue;
        }
        let number = &tokens[k - 2];
        let first =
            doc.lower(number.span).parse::<u32>().ok().filter(|&d| (1..day).contains(&d) && number.span.len() <= 2);
        let Some(first) = first else { continue };
        let weekday = (k >= 3 && tokens[k - 3].means(Meaning::Weekday)).then(|| tokens[k - 3].span);
        let span = Span::new(weekday.map_or(number.span.start, |w| w.start), number.span.end);
        starts.push(Timex { span, value: format!("{}{first:02}", &t.value[..8]), modifier: None, ..t.clone() });
    }
    starts.extend(last_days_of_ranges(doc, lexicon, &times));
    sort::sort_by_key(&mut starts, |t| t.span.start);
    if starts.is_empty() {
        return times;
    }
    // The weekday alone, read before, gives way to the weekday and its number. Both lists are
    // in text order and the new days do not overlap one another: one pass over each.
    let mut next = 0;
    let mut out: Vec<Timex> = times
        .into_iter()
        .filter(|t| {
            while starts.get(next).is_some_and(|s| s.span.end <= t.span.start) {
                next += 1;
            }
            !starts.get(next).is_some_and(|s| s.span.overlaps(t.span))
        })
        .collect();
    out.extend(starts);
    sort::sort_by_key(&mut out, |t| t.span.start);
    out
}

/// "from October 5 to 17", "between May 2 and 9": the bare day number after a date of month
/// and day and the word joining them is a date of that month, only after the word that opens
/// the range, and never before a noun ("October 5 and 17 people…") or more digits ("12,345").
fn last_days_of_ranges(doc: &Document<'_>, lexicon: &Lexicon, times: &[Timex]) -> Vec<Timex> {
    let mut out = Vec::new();
    for t in times {
        let (Some(day), true) = (t.value.get(8..10).and_then(|d| d.parse::<u32>().ok()), t.value.len() == 10) else {
            continue;
        };
        let Some(sentence) = doc.sentence_at(t.span.start) else { continue };
        let tokens = doc.tokens_of(sentence);
        let k = tokens.partition_point(|x| x.span.start < t.span.start);
        let e = tokens.partition_point(|x| x.span.start < t.span.end);
        // Month first: "October 5", not "5 October".
        if tokens.get(k).is_none_or(|x| !x.means(Meaning::Month)) || e + 1 >= tokens.len() {
            continue;
        }
        let joiner = doc.lower(tokens[e].span);
        let opened = |w: &str| lexicon.numbers.range_openers.iter().any(|(open, and)| *and == joiner && *open == w);
        // Only after the word that opens the range: "rose on March 5 to 17" is a figure.
        let joins = k > 0 && opened(doc.lower(tokens[k - 1].span));
        let number = &tokens[e + 1];
        let last = doc.lower(number.span).parse::<u32>().ok().filter(|&d| d > day && d <= 31 && number.span.len() <= 2);
        let counts = tokens.get(e + 2).is_some_and(|x| {
            matches!(x.pos, Upos::Noun | Upos::Propn | Upos::Adj | Upos::Num) || x.means(Meaning::Month)
        }) || tokens.get(e + 3).is_some_and(|x| x.pos == Upos::Num);
        if let (true, Some(last), false) = (joins, last, counts) {
            out.push(Timex {
                span: number.span,
                value: format!("{}{last:02}", &t.value[..8]),
                modifier: None,
                ..t.clone()
            });
        }
    }
    out
}

/// "la nuit de samedi à dimanche", "the night of Saturday to Sunday": one night, the first
/// day's (TimeML's "2025-03-01TNI"), in place of the two days it is read from.
fn nights(doc: &Document<'_>, lexicon: &Lexicon, times: Vec<Timex>) -> Vec<Timex> {
    let text = doc.text();
    let mut out: Vec<Timex> = Vec::with_capacity(times.len());
    let mut times = times.into_iter().peekable();
    while let Some(first) = times.next() {
        let day = first.timex_type == TimexType::Date && first.value.len() == 10;
        let second = times.peek().filter(|t| t.timex_type == TimexType::Date && t.value.len() == 10);
        let joined = second.is_some_and(|s| {
            let between = doc.lower(Span::new(first.span.end, s.span.start.max(first.span.end))).trim();
            lexicon.calendar.night_to.contains(&between)
        });
        let mut from = first.span.start.saturating_sub(NIGHT_LEAD);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let before = doc.lower(Span::new(from, first.span.start));
        let lead = lexicon.calendar.night_of.iter().find(|w| before.trim_end().ends_with(**w)).filter(|w| {
            let end = before.trim_end().len();
            let at = end - w.len();
            at == 0 || !before[..at].ends_with(char::is_alphanumeric)
        });
        match (day && joined, lead) {
            (true, Some(lead)) => {
                let second = times.next().expect("peeked");
                let start = first.span.start - (before.len() - before.trim_end().len()) - lead.len();
                let span = Span::new(start.min(first.span.start), second.span.end);
                out.push(Timex {
                    span,
                    timex_type: TimexType::Time,
                    value: format!("{}T{}", first.value, timeml::NIGHT),
                    ..first
                });
            }
            _ => out.push(first),
        }
    }
    out
}

/// "mercredi 5 mars au soir": a part of the day written right after a dated day makes it
/// a time of that day (TimeML's "2025-03-05TEV"), when no other time follows there.
fn parts_after_dates(doc: &Document<'_>, times: &mut [Timex]) {
    let text = doc.text();
    for k in 0..times.len() {
        let t = &times[k];
        if t.timex_type != TimexType::Date || t.value.len() != 10 {
            continue;
        }
        let mut after = Scan::at(text, t.span.end);
        if after.space1().is_none() {
            continue;
        }
        let from = after.pos;
        let Some(code) = after.key_in_tables(tables_of(|l| l.calendar.day_parts), word_end) else { continue };
        let end = after.pos;
        // One bare word ("morning", "nuit") must end the phrase: "March 5 evening classes"
        // names classes; "au soir" is read whatever follows.
        let bare = !text[from..end].contains(char::is_whitespace);
        let ends_phrase = !text[end..].trim_start_matches(' ').starts_with(char::is_alphanumeric);
        if bare && !ends_phrase || times.get(k + 1).is_some_and(|next| next.span.start < end) {
            continue;
        }
        let t = &mut times[k];
        t.span = Span::new(t.span.start, end);
        t.timex_type = TimexType::Time;
        t.value = format!("{}T{code}", t.value);
    }
}

/// "the afternoon of 14 March", "le soir du 14 mars": a part of the day and "of" right
/// before a dated day make a time of that day. Its article stays in the expression.
fn parts_before_dates(doc: &Document<'_>, times: &mut [Timex]) {
    let text = doc.text();
    let lexicon = lang::lexicon(doc.language);
    for k in 0..times.len() {
        let t = &times[k];
        if t.timex_type != TimexType::Date || t.value.len() != 10 {
            continue;
        }
        let mut from = t.span.start.saturating_sub(PART_BEFORE_DATE_BYTES);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let previous_end = k.checked_sub(1).map_or(0, |j| times[j].span.end);
        // Each word start in the window: the day part, "of", then the date.
        let part = text[from..t.span.start].char_indices().map(|(i, _)| from + i).find_map(|at| {
            let word_start = at == 0 || !text[..at].ends_with(char::is_alphanumeric);
            // "selon Le Soir du 24 décembre": a capital makes it a name.
            if !word_start || at < previous_end || !text[at..].starts_with(char::is_lowercase) {
                return None;
            }
            let mut c = Scan::at(text, at);
            let code = c.key_in_tables(tables_of(|l| l.calendar.day_parts), word_end)?;
            let of = c.space1().is_some()
                && c.word_in(words_of(|l| l.grammar.of), word_end)
                && c.space1().is_some()
                && c.pos == t.span.start;
            of.then_some((at, code))
        });
        let Some((at, code)) = part else { continue };
        let article = lexicon.grammar.definite_singulars.iter().find_map(|a| {
            let head = text[..at].trim_end_matches(' ');
            let start = head.len().checked_sub(a.len())?;
            let word = head.get(start..)?;
            let alone = start == 0 || !head[..start].ends_with(char::is_alphanumeric);
            (word.eq_ignore_ascii_case(a) && alone && start >= previous_end).then_some(start)
        });
        let t = &mut times[k];
        t.span = Span::new(article.unwrap_or(at), t.span.end);
        t.timex_type = TimexType::Time;
        t.value = format!("{}T{code}", t.value);
    }
}

/// "Early Tuesday", "tôt ce matin", "late yesterday": a word placing a day's time early or
/// late, right before it, is inside its extent and gives its modifier when it has none.
fn edges_before_days(doc: &Document<'_>, lexicon: &Lexicon, times: &mut [Timex]) {
    let text = doc.text();
    for k in 0..times.len() {
        let t = &times[k];
        if !matches!(t.timex_type, TimexType::Date | TimexType::Time) {
            continue;
        }
        let previous_end = k.checked_sub(1).map_or(0, |j| times[j].span.end);
        let Some(head) = text[..t.span.start].strip_suffix(' ') else { continue };
        let word_len: usize = head.chars().rev().take_while(|c| c.is_alphanumeric()).map(char::len_utf8).sum();
        let word_start = head.len() - word_len;
        let word = &doc.lower[word_start..head.len()];
        let Some(&(_, modifier)) = lexicon.calendar.day_edges.iter().find(|(w, _)| *w == word) else { continue };
        // Not "plus tard mardi", "too late Monday", "tôt ou tard", "were late Monday": a
        // comparison, a choice or a copula makes the word no edge of the day.
        let before = doc.tokens_in(Span::new(0, word_start)).last();
        let qualified = before
            .is_some_and(|b| b.span.end + 1 >= word_start && matches!(b.pos, Upos::Adv | Upos::Aux | Upos::Cconj));
        if word_start < previous_end || qualified {
            continue;
        }
        let t = &mut times[k];
        t.span = Span::new(word_start, t.span.end);
        t.modifier = t.modifier.or(Some(modifier));
    }
}

/// "le 9 février dernier", "le 2 juin prochain": the word saying which way the date lies from
/// now, right after it, is inside its extent.
fn directions_after_dates(doc: &Document<'_>, lexicon: &Lexicon, times: &mut [Timex]) {
    let text = doc.text();
    for k in 0..times.len() {
        let t = &times[k];
        if t.timex_type != TimexType::Date || day_of(t).is_none() {
            continue;
        }
        let next_start = times.get(k + 1).map_or(text.len(), |n| n.span.start);
        let Some(rest) = text[t.span.end..].strip_prefix(' ') else { continue };
        let word_len: usize = rest.chars().take_while(|c| c.is_alphabetic()).map(char::len_utf8).sum();
        let word = &doc.lower[t.span.end + 1..t.span.end + 1 + word_len];
        let end = t.span.end + 1 + word_len;
        // Not a participle: "le 3 mars passé en garde à vue".
        let participle = doc.tokens_in(Span::new(t.span.end + 1, end)).first().is_some_and(|w| w.pos == Upos::Verb);
        if word_len > 0 && end <= next_start && !participle && lexicon.calendar.trailing_directions.contains(&word) {
            times[k].span = Span::new(times[k].span.start, end);
        }
    }
}

/// With no date for the page, a day written without its year but with its weekday
/// ("mercredi 2 février") takes the year of a date written out in full elsewhere in the text
/// ("le 02 février 2022" in a caption) when that year gives the day that weekday: the
/// latest such date before it, else the first after it. A day with no weekday stays
/// without a year: an archive photo's date would give it the wrong one.
fn years_of_an_undated_text(doc: &Document<'_>, times: &mut [Timex]) {
    if doc.document_date.is_some() {
        return;
    }
    let text = doc.text();
    let weekdays = lang::lexicon(doc.language).calendar.weekdays;
    // The full dates written out: a day or a month with its year.
    let full = |t: &Timex| t.timex_type == TimexType::Date && t.value.len() >= 7;
    let years: Vec<(usize, i32)> = times
        .iter()
        .filter(|t| full(t))
        .filter_map(|t| written_year(text, t)?.parse().ok().map(|y| (t.span.start, y)))
        .collect();
    for t in times.iter_mut() {
        let Some(rest) = t.value.strip_prefix(timeml::UNKNOWN_YEAR) else { continue };
        let (Some(month), Some(day)) =
            (rest.get(1..3).and_then(|m| m.parse().ok()), rest.get(4..6).and_then(|d| d.parse().ok()))
        else {
            continue;
        };
        let lower = t.span.of(text).to_lowercase();
        let Some(weekday) =
            weekdays.iter().find(|(w, _)| lower.split(|c: char| !c.is_alphabetic()).any(|x| x == *w)).map(|&(_, d)| d)
        else {
            continue;
        };
        let fits = |&&(_, y): &&(usize, i32)| Date::new(y, month, day).is_some_and(|d| d.weekday() == weekday);
        let before = years.iter().rev().filter(|(at, _)| *at < t.span.start).find(fits);
        if let Some(&(_, year)) = before.or_else(|| years.iter().filter(|(at, _)| *at > t.span.start).find(fits)) {
            t.value = format!("{year:04}{rest}");
        }
    }
}

/// The year a time writes out in its own words ("2022" in "le 2 février 2022"), not one its
/// value took from the page's date.
fn written_year<'t>(text: &str, t: &'t Timex) -> Option<&'t str> {
    t.value.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit()) && t.span.of(text).contains(*y))
}

/// "En mars de la même année", "in March of that year": a month or a day followed by words
/// that point back to the year the text named last takes that year, and the words.
fn in_the_year_named_last(doc: &Document<'_>, lexicon: &Lexicon, times: &mut [Timex]) {
    let text = doc.text();
    // The year of the latest time before that writes its year out.
    let mut named_year: Option<String> = None;
    for k in 0..times.len() {
        let t = &times[k];
        let written = written_year(text, t);
        let month_or_day = t.timex_type == TimexType::Date && t.value.len() >= 7 && written.is_none();
        let rest = doc.lower.get(t.span.end..).unwrap_or("");
        let rest_trimmed = rest.trim_start_matches(' ');
        let phrase = lexicon.calendar.same_year.iter().find(|p| {
            rest_trimmed
                .strip_prefix(**p)
                .is_some_and(|after| after.chars().next().is_none_or(|c| !c.is_alphanumeric()))
        });
        match (phrase, named_year.as_deref()) {
            (Some(p), Some(y)) if month_or_day => {
                let end = t.span.end + (rest.len() - rest_trimmed.len()) + p.len();
                let next_start = times.get(k + 1).map_or(text.len(), |n| n.span.start);
                if end <= next_start {
                    let value = format!("{y}{}", &times[k].value[4..]);
                    times[k].value = value;
                    times[k].span = Span::new(times[k].span.start, end);
                }
            }
            _ => {
                if let Some(y) = written {
                    named_year = Some(y.to_string());
                }
            }
        }
    }
}

/// "more than seven hours", "nearly four years ago", "environ deux ans", "around 7 p.m.": an
/// approximator right before an amount of time or a clock time is inside its extent and gives
/// its TimeML modifier. Only before a number, so "over the weekend" keeps its preposition out.
fn approximators_before_amounts(doc: &Document<'_>, lexicon: &'static Lexicon, times: &mut [Timex]) {
    let vocabulary = lang::Vocabulary::of(lexicon);
    for k in 0..times.len() {
        let t = &times[k];
        if t.modifier.is_some() || !counted(doc, lexicon, t.span) {
            continue;
        }
        let first = doc.tokens_in(Span::new(0, t.span.start)).len();
        let before = vocabulary.match_before(&doc.tokens, &doc.lower, first, Meaning::Approximator);
        if before == 0 {
            continue;
        }
        let start = doc.tokens[first - before].span.start;
        let previous_end = k.checked_sub(1).map_or(0, |j| times[j].span.end);
        // One space between them, or none after an elision ("près d'une heure"), and nothing
        // of an earlier time inside.
        let gap = &doc.text()[doc.tokens[first - 1].span.end..t.span.start];
        if start < previous_end || !matches!(gap, " " | "") {
            continue;
        }
        let Some(approx) =
            lang::value_in(lexicon.numbers.approximators, &doc.lower, Span::new(start, doc.tokens[first - 1].span.end))
        else {
            continue;
        };
        let t = &mut times[k];
        t.span = Span::new(start, t.span.end);
        t.modifier = Some(timeml::of_approximator(approx));
    }
}

/// Whether a time expression opens with a number, a number word or an indefinite article: an
/// amount ("six hours", "a decade", "deux ans") or a clock time ("7 p.m.").
fn counted(doc: &Document<'_>, lexicon: &Lexicon, span: Span) -> bool {
    let Some(first) = doc.tokens_in(span).first() else { return false };
    let word = doc.lower(first.span);
    first.pos == Upos::Num
        || word.starts_with(|c: char| c.is_ascii_digit())
        || lexicon.numbers.number_words.iter().any(|(w, _)| *w == word)
}

/// "un couvre-feu nocturne de 22H00 à 06H00", "from 9 p.m. to 5 a.m.": a clock time that ends a range
/// and is earlier than its start is on the next day. `times` are in text order.
fn overnight_clock_ranges(doc: &Document<'_>, lexicon: &Lexicon, times: &mut [Timex]) {
    let text = doc.text();
    for k in 1..times.len() {
        let (start, end) = (&times[k - 1], &times[k]);
        if start.timex_type != TimexType::Time || end.timex_type != TimexType::Time || !clock_only(doc, end.span) {
            continue;
        }
        let between = text[start.span.end..end.span.start].trim().to_lowercase();
        if !(lexicon.calendar.night_to.contains(&between.as_str()) || matches!(between.as_str(), "-" | "–")) {
            continue;
        }
        let (Some(day), Some(from), Some(to)) = (end.value.get(..10), start.value.get(11..16), end.value.get(11..16))
        else {
            continue;
        };
        if start.value.get(..10) != Some(day) || to >= from {
            continue;
        }
        if let Some(next) = Date::parse_iso(day).and_then(|d| d.add_days(1)) {
            times[k].value = format!("{next}{}", &times[k].value[10..]);
        }
    }
}

/// "10 p.m. Wednesday", "7 pm on Friday", "samedi à 7h00", "19 heures jeudi": a clock
/// time and the day it falls on, side by side, are one time expression, as TimeBank writes
/// them, with the clock's value (already on that day).
fn clocks_with_their_day(doc: &Document<'_>, lexicon: &Lexicon, times: Vec<Timex>) -> Vec<Timex> {
    let text = doc.text();
    let joiners = lexicon.calendar.clock_day_joiners;
    let mut out: Vec<Timex> = Vec::with_capacity(times.len());
    for t in times {
        let Some(previous) = out.last_mut() else {
            out.push(t);
            continue;
        };
        let between = text[previous.span.end..t.span.start].trim();
        let joined = between.is_empty() || joiners.iter().any(|j| between.eq_ignore_ascii_case(j));
        let clock = |x: &Timex| x.timex_type == TimexType::Time && clock_only(doc, x.span);
        let day = |x: &Timex| x.timex_type == TimexType::Date && x.value.len() == 10 && day_of(x).is_some();
        let same_day = |clock: &Timex, day: &Timex| day_of(clock) == day_of(day);
        let one_line = !text[previous.span.end..t.span.start].contains('\n');
        if joined
            && one_line
            && (clock(previous) && day(&t) && same_day(previous, &t)
                || day(previous) && clock(&t) && same_day(&t, previous))
        {
            if day(previous) {
                previous.value = t.value;
                previous.timex_type = TimexType::Time;
                previous.modifier = previous.modifier.or(t.modifier);
            }
            previous.span = Span::new(previous.span.start, t.span.end);
            continue;
        }
        out.push(t);
    }
    out
}

/// How far before a date a part of the day and "of" are looked for, in bytes ("the
/// afternoon of ", "dans la matinée du ").
const PART_BEFORE_DATE_BYTES: usize = 24;

/// How far before a day its night's opening words are looked for, in bytes.
const NIGHT_LEAD: usize = 24;

/// How far after a clock time a day may stand and still be its day, in bytes (" on ", " le ").
const NEXT_DAY_GAP: usize = 5;

/// A clock time with no day of its own ("vers 23 heures", "at 4 a.m.") is on the day its
/// sentence gives, else the day the sentence before it in the paragraph gives; on the
/// document's date only when the text gives none. `times` are in text order.
fn on_the_day_given(doc: &Document<'_>, times: &mut [Timex]) {
    let Some(today) = doc.document_date.map(|d| d.to_string()) else { return };
    let vocabulary = lang::Vocabulary::of(lang::lexicon(doc.language));
    let day_of = |t: &Timex| day_of(t).map(str::to_string);
    let sentence_of = |t: &Timex| sentence_of(doc, t);
    let in_text = |k: usize| doc.sentences.get(k).is_some_and(|s| s.zone != Zone::Caption);
    for i in 0..times.len() {
        let t = &times[i];
        if t.timex_type != TimexType::Time || !t.value.starts_with(&today) {
            continue;
        }
        if !clock_only(doc, t.span) {
            continue;
        }
        let here = sentence_of(t);
        let same = |j: usize| sentence_of(&times[j]) == here;
        let dated = |j: usize| j != i && in_text(sentence_of(&times[j])) && day_of(&times[j]).is_some();
        // "from 4 to 5pm on Friday": the hour that opens a range is on the day of the one
        // that closes it.
        let closes_range = |j: usize| {
            let Some(close) = times.get(i + 1).filter(|c| c.timex_type == TimexType::Time && i + 1 < j) else {
                return false;
            };
            let gap = doc.lower(Span::new(times[i].span.end, close.span.start)).trim();
            lang::lexicon(doc.language).calendar.clock_range_joiners.contains(&gap)
                && day_right_after(doc.text(), close.span.end, times[j].span.start)
        };
        // The nearest day before it in its sentence, or one right after it; else the last one
        // of the sentence before, in the same paragraph.
        let before = (0..i).rev().take_while(|&j| same(j)).find(|&j| dated(j));
        // A day after it only right after it: "at 4 a.m. on Sunday", "5 pm (1600 GMT) on Sunday".
        let after = (i + 1..times.len())
            .take_while(|&j| same(j))
            .find(|&j| dated(j) && !clock_only(doc, times[j].span))
            .filter(|&j| day_right_after(doc.text(), times[i].span.end, times[j].span.start) || closes_range(j));
        let previous = here.checked_sub(1).filter(|&p| {
            let (a, b) = (&doc.sentences[p], &doc.sentences[here]);
            a.paragraph.is_some() && a.paragraph == b.paragraph
        });
        let earlier = previous.and_then(|p| {
            (0..i).rev().take_while(|&j| sentence_of(&times[j]) >= p).find(|&j| sentence_of(&times[j]) == p && dated(j))
        });
        // Else the day the paragraph before tells of, if not a statement's ("ont été tués
        // lundi…, ont indiqué mercredi". ¶ "Le convoi a été attaqué vers 19 heures").
        // A day the body tells of, not the day a statement was made.
        // Nor a day looked back to ("l'alerte avait été donnée six jours plus tôt"): the story
        // stays on its own day.
        let looked_back = |j: usize| days_counted_on(doc, &times[j]).is_some_and(|d| d < 0);
        let told = |j: usize| {
            j != i && told_in_body(doc, vocabulary, &times[j]) && !an_end_point(doc, &times[j]) && !looked_back(j)
        };
        let told_before = || {
            let opening = doc.sentences.get(here)?.paragraph?;
            (0..i)
                .rev()
                .take_while(|&j| doc.sentences[sentence_of(&times[j])].paragraph.is_some_and(|p| p + 1 >= opening))
                .find(|&j| told(j))
        };
        // A part of the day by itself ("en début d'après-midi") is of the day the story tells
        // of: the last day told before it, not a statement's.
        let part_of_day = || {
            times[i].value.get(10..).and_then(|rest| rest.strip_prefix('T')).is_some_and(|code| {
                lang::LANGUAGES.iter().flat_map(|l| l.calendar.day_parts).any(|&(_, part)| part == code)
            })
        };
        let story_day =
            || (0..i).rev().take(MAX_DAYS_LOOKED_BACK).find(|&j| told(j) && !clock_only(doc, times[j].span));
        // So is a clock time told in the past: "The shooting, which began around 3 p.m., …"
        // paragraphs after the day.
        let told_past = || {
            let lexicon = lang::lexicon(doc.language);
            told_in_the_past(doc, lexicon, doc.tokens_of(&doc.sentences[here]))
        };
        // A day after the page's own is no day a past clause tells of.
        let not_after_today =
            |j: usize| day_of(&times[j]).is_some_and(|d| d.as_str() <= today.as_str() || part_of_day());
        let source = after
            .or(before)
            .or(earlier)
            .or_else(told_before)
            .or_else(|| (part_of_day() || told_past()).then(story_day).flatten().filter(|&j| not_after_today(j)));
        let Some(source) = source else { continue };
        let Some(mut day) = day_of(&times[source]) else { continue };
        // An hour of the morning in a night ("overnight … shortly after 1 a.m.") is on the day
        // the night ends.
        // So is one in the small hours after an evening ("samedi soir … vers 01h15").
        let hour: Option<u32> = times[i].value.get(11..13).and_then(|h| h.parse().ok());
        let source_value = &times[source].value;
        let after_dark = timeml::is_night(source_value) && hour.is_some_and(|h| h < 12)
            || timeml::is_evening(source_value) && hour.is_some_and(|h| h < SMALL_HOURS_END);
        if after_dark {
            if let Some(next) = Date::parse_iso(&day).and_then(|d| d.add_days(1)) {
                day = next.to_string();
            }
        }
        if day != today {
            let rest = times[i].value[10..].to_string();
            times[i].value = format!("{day}{rest}");
        }
    }
}

/// The hour the small hours end: a clock time before it, told after an evening, is on the
/// next day.
const SMALL_HOURS_END: u32 = 6;

/// Whether a time is where a span ends ("until Saturday", "jusqu'à samedi"): a deadline, not
/// a day the story tells of.
pub(crate) fn an_end_point(doc: &Document<'_>, t: &Timex) -> bool {
    let vocabulary = lang::Vocabulary::of(lang::lexicon(doc.language));
    let first = doc.token_from(t.span.start);
    let lead = vocabulary.match_before(&doc.tokens, &doc.lower, first, Meaning::EndPointLead);
    // Not the end of a range a time opens just before ("de 23 heures jusqu'à l'aube", "from
    // dusk until dawn"): that is part of when it happened.
    let opened = (first - lead).checked_sub(1).is_some_and(|k| doc.time_around(doc.tokens[k].span).is_some());
    lead > 0 && !opened
}

/// How many times back a part of the day looks for the day its story tells of.
const MAX_DAYS_LOOKED_BACK: usize = 16;

/// The day (`YYYY-MM-DD`) a time expression falls on, if its value names one.
fn day_of(t: &Timex) -> Option<&str> {
    let v = t.value.as_bytes();
    let full_day = v.len() >= 10 && v[4] == b'-' && v[7] == b'-' && v[..4].iter().all(u8::is_ascii_digit);
    full_day.then(|| &t.value[..10])
}

/// The index of the sentence a time expression starts in.
fn sentence_of(doc: &Document<'_>, t: &Timex) -> usize {
    doc.sentence_index(t.span.start)
}

/// Whether a time expression gives a day the body of the text tells of, not a caption's or
/// the day a statement was made ("ont été tués lundi…, ont indiqué mercredi").
fn told_in_body(doc: &Document<'_>, vocabulary: &lang::Vocabulary, t: &Timex) -> bool {
    day_of(t).is_some() && of_the_story(doc, vocabulary, t)
}

/// Whether a time expression stands in the body of the text and is not the time a statement
/// was made.
fn of_the_story(doc: &Document<'_>, vocabulary: &lang::Vocabulary, t: &Timex) -> bool {
    doc.sentences
        .get(sentence_of(doc, t))
        .is_some_and(|s| s.zone == Zone::Body && !when::of_a_statement(doc, doc.tokens_of(s), vocabulary, t.span))
}

/// "the day before", "le lendemain": a day counted from the last time the story told of before
/// it (of the body, not a statement's, nor a clock time, nor a day looked back to), itself
/// perhaps counted so ("the next day… the next day"). When that time is no day ("In 2019, …
/// The next day"), the day is unknown; when there is none, it stays as read from the
/// document's date. `times` are in text order.
fn days_of_the_story(doc: &Document<'_>, times: &mut [Timex]) {
    let vocabulary = lang::Vocabulary::of(lang::lexicon(doc.language));
    let counted = |t: &Timex| {
        let mut c = Scan::at(doc.text(), t.span.start);
        c.key_in_tables(tables_of(|l| l.calendar.story_days), word_end).or_else(|| days_counted_on(doc, t))
    };
    let clock = |t: &Timex| t.timex_type == TimexType::Time && clock_only(doc, t.span);
    // "The day before, …" looks back and leaves the story on its day.
    let looks_back = |t: &Timex| counted(t).is_some_and(|o| o < 0);
    // A day the story is on: not "pour l'instant", which has no day, nor the day since which
    // something goes on ("depuis dimanche").
    let anchor = |t: &Timex| {
        t.timex_type != TimexType::Duration
            && of_the_story(doc, vocabulary, t)
            && !clock(t)
            && !looks_back(t)
            && day_of(t).is_some()
            && t.modifier != Some(timeml::ON_OR_AFTER)
    };
    for i in 0..times.len() {
        let Some(offset) = counted(&times[i]) else { continue };
        let Some(j) = (0..i).rev().take(MAX_DAYS_LOOKED_BACK).find(|&j| anchor(&times[j])) else {
            continue;
        };
        let Some(rest) = times[i].value.get(10..).map(str::to_string) else { continue };
        let from = day_of(&times[j]).and_then(Date::parse_iso);
        match from.and_then(|from| Some((from, from.add_days(offset)?))) {
            Some((from, day)) => {
                times[i].value = format!("{day}{rest}");
                times[i].anchor = Some(from);
            }
            None => {
                times[i].value = format!("{}{rest}", timeml::UNKNOWN_DAY);
                times[i].anchor = None;
            }
        }
    }
}

/// The days a count of days with its direction ("two days later", "trois jours plus tôt") moved
/// the document's date by, when `t` is one.
fn days_counted_on(doc: &Document<'_>, t: &Timex) -> Option<i64> {
    let written = doc.lower(t.span);
    let ends_counted = lang::LANGUAGES.iter().flat_map(|l| l.calendar.story_counts_after).any(|(w, _)| {
        written
            .strip_suffix(w)
            .is_some_and(|head| head.ends_with(' ') && head.trim_end().ends_with(char::is_alphabetic))
    });
    if !ends_counted || t.timex_type != TimexType::Date || t.value.len() != 10 {
        return None;
    }
    Some(Date::parse_iso(&t.value)?.to_days() - doc.document_date?.to_days())
}

/// The longest bracketed aside between a clock time and its day ("(1600 GMT)"), in bytes.
const CLOCK_ASIDE: usize = 24;

/// Whether a day starting at `day` stands right after a clock time ending at `end`: a word or
/// two on (" on ", " le "), past a bracketed aside if any ("5 pm (1600 GMT) on Sunday").
fn day_right_after(text: &str, end: usize, day: usize) -> bool {
    let Some(between) = text.get(end..day) else { return false };
    let rest = between.trim_start();
    let rest = match rest.strip_prefix('(').and_then(|r| r.find(')').map(|i| &r[i + 1..])) {
        Some(after_aside) if rest.len() - after_aside.len() <= CLOCK_ASIDE => after_aside,
        _ => rest,
    };
    // "at 4 a.m. on Sunday", "15:00 GMT Saturday", "vers midi, samedi": nothing but a zone, a
    // comma or a word that joins a clock to its day; not "22H00 et vendredi", a range's other end.
    let joiner = |w: &str| {
        w.chars().all(|c| c.is_ascii_uppercase() || c == ',')
            || lang::LANGUAGES.iter().any(|l| l.calendar.clock_day_joiners.iter().any(|j| w.eq_ignore_ascii_case(j)))
    };
    rest.len() <= NEXT_DAY_GAP && rest.split_whitespace().all(joiner)
}

/// Whether a time expression gives only a clock time: no weekday, month, relative day or
/// written date among its words.
fn clock_only(doc: &Document<'_>, span: Span) -> bool {
    let dated = [Meaning::Weekday, Meaning::Month, Meaning::RelativeDay, Meaning::VagueTime];
    let vocabulary = lang::Vocabulary::of(lang::lexicon(doc.language));
    let tokens = doc.tokens_in(span);
    // A written date ("12/03", "2025-03-01"), not a hyphenated word ("après-midi").
    let written = span.of(doc.text());
    let numeric_date = written.contains(['/', '-']) && written.contains(|c: char| c.is_ascii_digit());
    // "ce matin": a relative day of several words is one too.
    !numeric_date
        && (0..tokens.len()).all(|k| {
            !dated.iter().any(|&m| {
                tokens[k].means(m)
                    || tokens[k].phrase_starts.has(m) && vocabulary.match_at(tokens, &doc.lower, k, m) > 0
            })
        })
}
