//! Temporal expressions in TimeML (TIMEX3) form: dates, times, durations and sets, with
//! relative expressions ("since Wednesday", "yesterday", "last week", "December 30")
//! resolved against the document date.

use crate::annotate::dates::parse_date_time;
use crate::annotate::dates::{any_key, any_of, any_word, day_half, day_half_pattern, in_day_half, lookup_written};
use crate::annotate::numbers;
use crate::document::Document;
use crate::lang::{self, keys, Direction, Lexicon};
use crate::model::calendar::days_in_month;
use crate::model::time::timeml;
use crate::model::Span;
use crate::model::{Date, Meaning, Timex, TimexType, Token};
// The patterns use ASCII word boundaries so that they stay fast on accented text; matches
// are checked against Unicode word boundaries with `whole_word`.
use crate::tokens::whole_word;
use regex::{Captures, Regex};
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// How far before a duration's number its lead word may start, in bytes.
const MAX_LEAD_LEN: usize = 48;

struct Patterns {
    partial_date: Regex,
    month_year: Regex,
    year: Regex,
    weekday: Regex,
    relative_day: Regex,
    relative_period: Regex,
    vague: Regex,
    duration: Regex,
    clock: Regex,
    set: Regex,
    date_start: Regex,
    duration_lead: Regex,
}

/// The words of `time_direction` of every language that come before what they point from
/// ("next Monday", "ce lundi"), and those that follow it ("lundi prochain").
fn directions() -> (String, String) {
    let trailing: Vec<&str> =
        lang::LANGUAGES.iter().flat_map(|l| l.calendar.trailing_directions.iter().copied()).collect();
    let leading = lang::LANGUAGES
        .iter()
        .flat_map(|l| l.calendar.time_direction.iter().map(|(w, _)| *w))
        .filter(|w| !trailing.contains(w));
    (any_of(leading), any_of(trailing.iter().copied()))
}

static PATTERNS: LazyLock<Patterns> = LazyLock::new(|| {
    let months = any_key(|l| l.calendar.months);
    let weekdays = any_key(|l| l.calendar.weekdays);
    let since = any_word(|l| l.calendar.since_words);
    let units = any_key(|l| l.calendar.period_units);
    let ordinals = any_word(|l| l.calendar.ordinal_suffixes);
    let year_leads = any_word(|l| l.calendar.year_leads);
    let duration_leads = any_word(|l| l.calendar.duration_leads);
    let (leading, trailing) = directions();
    let period_names = any_key(|l| l.calendar.period_names);
    let current_periods = any_key(|l| l.calendar.current_periods);
    let placed_periods = any_key(|l| l.calendar.placed_periods);
    let edges = any_key(|l| l.calendar.period_edges);
    let hour_marks = any_word(|l| l.calendar.hour_marks);
    let halves = day_half_pattern();
    let build = |p: String| Regex::new(&p).expect("time pattern");
    Patterns {
        partial_date: build(format!(
            r"(?i)(?-u:\b)(?:(?P<wd>{weekdays})\.?,?\s+)?(?:(?P<mm>{months})\.?\s+(?P<md>\d{{1,2}}){ordinals}?(?-u:\b)|(?P<dd>\d{{1,2}}){ordinals}?\s+(?P<dm>{months})(?-u:\b))"
        )),
        month_year: build(format!(
            r"(?i)(?-u:\b)(?:(?P<since>{since})\s+)?(?P<m>{months})\.?\s+(?P<y>(?:1[89]|20)\d\d)(?-u:\b)"
        )),
        // No ASCII boundary before the lead, which may open with an accent ("été 2023"):
        // `whole_word` checks it.
        year: build(format!(r"(?i)(?:(?P<since>{since})\s+|{year_leads}\s+)(?P<y>(?:1[89]|20)\d\d)(?-u:\b)")),
        weekday: build(format!(
            r"(?i)(?-u:\b)(?:(?P<since>{since})\s+)?(?:(?P<dir>{leading})\s+)?(?P<wd>{weekdays})(?-u:\b)(?:\s+(?P<after>{trailing}))?"
        )),
        relative_day: build(format!(r"(?i)(?-u:\b){}(?-u:\b)", any_key(|l| l.calendar.relative_days))),
        relative_period: build(format!(
            r"(?i)(?-u:\b)(?:(?P<current>{current_periods})(?-u:\b)|(?P<placed>{placed_periods})\s+(?P<after>{trailing})|(?:(?P<edge>{edges})\s+)?(?P<dir>{leading})\s+(?P<unit>{period_names})(?-u:\b))"
        )),
        vague: build(format!(r"(?i)(?-u:\b){}(?-u:\b)", any_key(|l| l.calendar.vague_times))),
        duration: build(format!(
            r"(?i)(?-u:\b)(?:(?P<lead>{duration_leads})\s+)?(?P<n>\d+|[\p{{L}}-]+(?:\s+[\p{{L}}-]+){{0,2}})\s+(?P<unit>{units})(?-u:\b)"
        )),
        clock: build(format!(
            r"(?i)(?-u:\b)(?P<h>[01]?\d|2[0-3])(?:(?::|{hour_marks})(?P<m>[0-5]\d)(?:\s*(?P<half>{halves})(?-u:\b)\.?)?|\s*(?P<bare_half>{halves})(?-u:\b)\.?)"
        )),
        set: build(format!(r"(?i)(?-u:\b){}\s+(?P<unit>{units})(?-u:\b)", any_word(|l| l.calendar.set_words))),
        date_start: build(format!(r"(?i)(?-u:\b)(?:\d|{weekdays}|{months})")),
        // A word before a duration's number that belongs to it: "for", "depuis", "the past".
        duration_lead: build(format!(r"(?i)(?-u:\b){duration_leads}\s+$")),
    }
});

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
            None => -back,
        };
        d.add_days(delta)
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

fn direction_of(word: Option<&str>) -> Option<Direction> {
    lookup_written(|l| l.calendar.time_direction, word?)
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

/// Time expressions of one sentence; `kinds` says which time words it holds, so that a
/// pattern that needs a word the sentence lacks does not run.
fn sentence_times(text: &str, sentence: Span, kinds: u8, r: &Resolver<'_>, out: &mut Vec<Found>) {
    let s = sentence.of(text);
    let p = &*PATTERNS;
    let at = |a: usize, b: usize| Span::new(sentence.start + a, sentence.start + b);
    let since_mod = |c: &Captures| c.name("since").map(|_| timeml::ON_OR_AFTER);
    // Day numbers, years and clock times all need a digit: most sentences can skip them.
    let digits = s.bytes().any(|b| b.is_ascii_digit());
    let has = |bits: u8| kinds & bits != 0;
    // Full dates, with weekday, time and zone.
    for m in (digits || has(kind::MONTH | kind::WEEKDAY))
        .then(|| p.date_start.find_iter(s))
        .into_iter()
        .flatten()
        .filter(|m| !s[..m.start()].chars().next_back().is_some_and(char::is_alphanumeric))
    {
        if let Some((dt, len)) = parse_date_time(&s[m.start()..]) {
            let t = if dt.time.is_some() { TimexType::Time } else { TimexType::Date };
            out.push(Found { span: at(m.start(), m.start() + len), timex: (t, dt.timeml(), false, None), priority: 9 });
        }
    }
    for c in digits.then(|| p.partial_date.captures_iter(s)).into_iter().flatten() {
        let (month, day) = match (c.name("mm"), c.name("md"), c.name("dd"), c.name("dm")) {
            (Some(m), Some(d), _, _) | (_, _, Some(d), Some(m)) => {
                (lookup_written(|l| l.calendar.months, m.as_str()), d.as_str().parse().ok())
            }
            _ => continue,
        };
        let (Some(month), Some(day)) = (month, day) else {
            continue;
        };
        let m0 = c.get(0).unwrap();
        if !whole_word(s, m0.start(), m0.end()) {
            continue;
        }
        let value = match r.year_for(month, day) {
            Some(y) => match Date::new(y, month, day) {
                Some(d) => (d.to_string(), true),
                None => continue,
            },
            None if (1..=31).contains(&day) => (timeml::day_of_unknown_year(month, day), false),
            None => continue,
        };
        out.push(Found {
            span: at(m0.start(), m0.end()),
            timex: (TimexType::Date, value.0, value.1, None),
            priority: 8,
        });
    }
    for c in digits.then(|| p.month_year.captures_iter(s)).into_iter().flatten() {
        let (Some(m), Some(y)) = (lookup_written(|l| l.calendar.months, &c["m"]), c["y"].parse::<i32>().ok()) else {
            continue;
        };
        let m0 = c.get(0).unwrap();
        if !whole_word(s, m0.start(), m0.end()) {
            continue;
        }
        let start = if c.name("since").is_some() { m0.start() } else { c.name("m").unwrap().start() };
        out.push(Found {
            span: at(start, m0.end()),
            timex: (TimexType::Date, format!("{y:04}-{m:02}"), false, since_mod(&c)),
            priority: 7,
        });
    }
    for c in digits.then(|| p.year.captures_iter(s)).into_iter().flatten() {
        let y = c.name("y").unwrap();
        let m0 = c.get(0).unwrap();
        if !whole_word(s, m0.start(), m0.end()) {
            continue;
        }
        let start = c.name("since").map_or(y.start(), |m| m.start());
        out.push(Found {
            span: at(start, y.end()),
            timex: (TimexType::Date, y.as_str().to_string(), false, since_mod(&c)),
            priority: 6,
        });
    }
    for c in has(kind::WEEKDAY).then(|| p.weekday.captures_iter(s)).into_iter().flatten() {
        let Some(word) = c.name("wd").map(|m| m.as_str()) else { continue };
        let Some(wd) = lookup_written(|l| l.calendar.weekdays, word) else {
            continue;
        };
        // Short forms ("sat", "sun", "wed") only count capitalised.
        if word.len() <= 4 && !word.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let dir = direction_of(c.name("dir").or(c.name("after")).map(|m| m.as_str()));
        let m0 = c.get(0).unwrap();
        if !whole_word(s, m0.start(), m0.end()) {
            continue;
        }
        let value = match r.weekday(wd, dir) {
            Some(d) => (d.to_string(), true),
            None => (timeml::weekday_of_unknown_week(wd), false),
        };
        out.push(Found {
            span: at(m0.start(), m0.end()),
            timex: (TimexType::Date, value.0, value.1, since_mod(&c)),
            priority: 5,
        });
    }
    for m in has(kind::RELATIVE_DAY)
        .then(|| p.relative_day.find_iter(s))
        .into_iter()
        .flatten()
        .filter(|m| whole_word(s, m.start(), m.end()))
    {
        let Some(offset) = lookup_written(|l| l.calendar.relative_days, m.as_str()) else {
            continue;
        };
        let value = match r.anchor.and_then(|d| d.add_days(offset)) {
            Some(d) => (d.to_string(), true),
            None => (timeml::UNKNOWN_DAY.to_string(), false),
        };
        out.push(Found { span: at(m.start(), m.end()), timex: (TimexType::Date, value.0, value.1, None), priority: 5 });
    }
    for c in has(kind::PERIOD).then(|| p.relative_period.captures_iter(s)).into_iter().flatten() {
        let m0 = c.get(0).unwrap();
        if !whole_word(s, m0.start(), m0.end()) {
            continue;
        }
        // The current period by name, a period placed by the direction after it, or a
        // direction before a period's name.
        let (unit, dir) = match (c.name("current"), c.name("placed"), c.name("unit")) {
            (Some(phrase), _, _) => {
                (lookup_written(|l| l.calendar.current_periods, phrase.as_str()), Some(Direction::Current))
            }
            (None, Some(phrase), _) => (
                lookup_written(|l| l.calendar.placed_periods, phrase.as_str()),
                direction_of(c.name("after").map(|m| m.as_str())),
            ),
            (None, None, Some(u)) => (
                lookup_written(|l| l.calendar.period_names, u.as_str()),
                direction_of(c.name("dir").map(|m| m.as_str())),
            ),
            _ => continue,
        };
        let Some(unit) = unit else { continue };
        let Some(dir) = dir else { continue };
        let Some(d) = r.anchor else {
            out.push(Found {
                span: at(m0.start(), m0.end()),
                timex: (TimexType::Date, timeml::UNKNOWN_YEAR.into(), false, None),
                priority: 4,
            });
            continue;
        };
        let step: i32 = match dir {
            Direction::Past => -1,
            Direction::Future => 1,
            Direction::Current => 0,
        };
        let value = match unit {
            'W' => d.add_days(7 * i64::from(step)).map(iso_week),
            'M' => {
                let months = d.year * 12 + d.month as i32 - 1 + step;
                Some(format!("{:04}-{:02}", months.div_euclid(12), months.rem_euclid(12) + 1))
            }
            _ => Some(format!("{:04}", d.year + step)),
        };
        let Some(value) = value else { continue };
        let modifier = c.name("edge").and_then(|e| lookup_written(|l| l.calendar.period_edges, e.as_str()));
        out.push(Found {
            span: at(m0.start(), m0.end()),
            timex: (TimexType::Date, value, true, modifier),
            priority: 4,
        });
    }
    for m in has(kind::VAGUE)
        .then(|| p.vague.find_iter(s))
        .into_iter()
        .flatten()
        .filter(|m| whole_word(s, m.start(), m.end()))
    {
        if let Some(v) = lookup_written(|l| l.calendar.vague_times, m.as_str()) {
            out.push(Found {
                span: at(m.start(), m.end()),
                timex: (TimexType::Date, v.to_string(), false, None),
                priority: 3,
            });
        }
    }
    for c in has(kind::UNIT).then(|| p.duration.captures_iter(s)).into_iter().flatten() {
        let n = c.name("n").unwrap();
        let unit = c.name("unit").unwrap();
        if !whole_word(s, c.get(0).unwrap().start(), unit.end()) {
            continue;
        }
        let Some(letter) = lookup_written(|l| l.calendar.period_units, unit.as_str()) else {
            continue;
        };
        // The number may be only the last words of the captured run ("killed three" → "three").
        let words: Vec<(usize, &str)> = n
            .as_str()
            .match_indices(|_c: char| true)
            .map(|(i, _)| i)
            .filter(|&i| i == 0 || n.as_str()[..i].ends_with(' '))
            .map(|i| (i, &n.as_str()[i..]))
            .collect();
        let Some((offset, count)) = words.iter().find_map(|&(i, w)| numbers::value_of(w, r.lexicon).map(|v| (i, v)))
        else {
            continue;
        };
        let count = if letter == 'E' { count * 10.0 } else { count };
        let letter = if letter == 'E' { 'Y' } else { letter };
        let amount = if count.fract() == 0.0 { format!("{}", count as i64) } else { format!("{count}") };
        let value = timeml::duration(&amount, letter);
        let start = match c.name("lead") {
            Some(l) if offset == 0 => l.start(),
            _ => {
                let number_start = n.start() + offset;
                let mut from = number_start.saturating_sub(MAX_LEAD_LEN);
                while !s.is_char_boundary(from) {
                    from += 1;
                }
                p.duration_lead.find(&s[from..number_start]).map_or(number_start, |m| from + m.start())
            }
        };
        out.push(Found { span: at(start, unit.end()), timex: (TimexType::Duration, value, false, None), priority: 2 });
    }
    for c in digits.then(|| p.clock.captures_iter(s)).into_iter().flatten() {
        let m0 = c.get(0).unwrap();
        if !whole_word(s, m0.start(), m0.end()) {
            continue;
        }
        let before = s[..m0.start()].chars().next_back();
        if before.is_some_and(|ch| ch.is_ascii_digit() || ch == '/' || ch == '.' || ch == ',') {
            continue;
        }
        let mut h: u32 = c["h"].parse().unwrap_or(99);
        let min: u32 = c.name("m").map_or(0, |m| m.as_str().parse().unwrap_or(99));
        if let Some(start) = c.name("half").or(c.name("bare_half")).and_then(|m| day_half(m.as_str())) {
            h = in_day_half(h, start);
        }
        if h > 23 || min > 59 {
            continue;
        }
        let date = r.anchor.map_or(timeml::UNKNOWN_DAY.to_string(), |d| d.to_string());
        out.push(Found {
            span: at(m0.start(), m0.end()),
            timex: (TimexType::Time, format!("{date}T{h:02}:{min:02}"), r.anchor.is_some(), None),
            priority: 1,
        });
    }
    for c in has(kind::SET).then(|| p.set.captures_iter(s)).into_iter().flatten() {
        let m0 = c.get(0).unwrap();
        if !whole_word(s, m0.start(), m0.end()) {
            continue;
        }
        if let Some(letter) = c.name("unit").and_then(|u| lookup_written(|l| l.calendar.period_units, u.as_str())) {
            out.push(Found {
                span: at(m0.start(), m0.end()),
                timex: (TimexType::Set, format!("P1{letter}"), false, None),
                priority: 3,
            });
        }
    }
}

/// Which patterns a word of the time tables can start or complete, one bit each.
mod kind {
    pub const MONTH: u8 = 1;
    pub const WEEKDAY: u8 = 1 << 1;
    pub const RELATIVE_DAY: u8 = 1 << 2;
    pub const PERIOD: u8 = 1 << 3;
    pub const VAGUE: u8 = 1 << 4;
    pub const UNIT: u8 = 1 << 5;
    pub const SET: u8 = 1 << 6;
    pub const SINCE: u8 = 1 << 7;
}

/// Every word of every entry of the time tables of every language, split where the patterns
/// may split a word (spaces, hyphens, apostrophes), with the patterns it belongs to.
static TIME_WORDS: LazyLock<FxHashMap<String, u8>> = LazyLock::new(|| {
    let mut words: FxHashMap<String, u8> = FxHashMap::default();
    for l in lang::LANGUAGES {
        let c = &l.calendar;
        let tables: [(u8, Vec<&str>); 13] = [
            (kind::MONTH, keys(c.months)),
            (kind::WEEKDAY, keys(c.weekdays)),
            (kind::RELATIVE_DAY, keys(c.relative_days)),
            (kind::PERIOD, keys(c.time_direction)),
            (kind::PERIOD, keys(c.period_names)),
            (kind::PERIOD, keys(c.current_periods)),
            (kind::PERIOD, keys(c.placed_periods)),
            (kind::PERIOD, keys(c.period_edges)),
            (kind::PERIOD, c.trailing_directions.to_vec()),
            (kind::VAGUE, keys(c.vague_times)),
            (kind::UNIT, keys(c.period_units)),
            (kind::SET, c.set_words.to_vec()),
            (kind::SINCE, c.since_words.to_vec()),
        ];
        for (bit, entries) in tables {
            for entry in entries {
                for word in entry.to_lowercase().split(is_word_break).filter(|w| !w.is_empty()) {
                    *words.entry(word.to_string()).or_default() |= bit;
                }
            }
        }
    }
    words
});

/// The patterns the words of a sentence's tokens can take part in.
fn time_kinds(doc: &Document<'_>, tokens: &[Token]) -> u8 {
    tokens
        .iter()
        .filter(|t| t.is_word())
        .flat_map(|t| doc.lower(t.span).split(is_word_break))
        .fold(0, |kinds, part| kinds | TIME_WORDS.get(part).copied().unwrap_or(0))
}

fn is_word_break(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '\'' | '’' | '.')
}

/// Annotates temporal expressions in the article's own text, plus its stamps.
pub fn annotate(doc: &Document<'_>) -> Vec<Timex> {
    let text = doc.text();
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
        let kinds = time_kinds(doc, tokens);
        let digits = sentence.span.of(text).bytes().any(|b| b.is_ascii_digit());
        if !digits && kinds == 0 {
            continue;
        }
        let future = (0..tokens.len()).any(|k| vocabulary.match_at(tokens, &doc.lower, k, Meaning::FutureCue) > 0);
        let resolver = Resolver { anchor: doc.document_date, future, lexicon };
        sentence_times(text, sentence.span, kinds, &resolver, &mut found);
    }
    // Leftmost-longest, then priority, without overlaps.
    found.sort_by(|a, b| {
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
        out.push(Timex { span: f.span, timex_type, value, anchor, modifier });
    }
    out.sort_by_key(|t| t.span.start);
    out
}
