//! Temporal expressions in TimeML (TIMEX3) form: dates, times, durations and sets, with
//! relative expressions ("since Wednesday", "yesterday", "last week", "December 30")
//! resolved against the document date.

use crate::annotate::dates::parse_date_time;
use crate::annotate::numbers;
use crate::document::Document;
use crate::lang::{self, alternation, lookup, Direction, Lexicon};
use crate::model::calendar::days_in_month;
use crate::model::Span;
use crate::model::{Date, Timex, TimexType};
// The patterns use ASCII word boundaries so that they stay fast on accented text; matches
// are checked against Unicode word boundaries with `whole_word`.
use crate::tokens::{find_whole_word, whole_word};
use regex::{Captures, Regex};
use std::sync::LazyLock;

fn all<'a>(f: impl Fn(&'static Lexicon) -> &'static [&'static str] + 'a) -> String {
    alternation(lang::ALL.iter().flat_map(|l| f(l).iter().copied()))
}

fn all_pairs<T: 'static>(f: impl Fn(&'static Lexicon) -> &'static [(&'static str, T)]) -> String {
    alternation(lang::ALL.iter().flat_map(|l| f(l).iter().map(|(w, _)| *w)))
}

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
}

static PATTERNS: LazyLock<Patterns> = LazyLock::new(|| {
    let months = all_pairs(|l| l.calendar.months);
    let weekdays = all_pairs(|l| l.calendar.weekdays);
    let since = all(|l| l.calendar.since_words);
    let units = all_pairs(|l| l.calendar.period_units);
    let dirs = all_pairs(|l| l.calendar.time_direction);
    let build = |p: String| Regex::new(&p).expect("time pattern");
    Patterns {
        partial_date: build(format!(
            r"(?i)(?-u:\b)(?:(?P<wd>{weekdays})\.?,?\s+)?(?:(?P<mm>{months})\.?\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?(?-u:\b)|(?P<dd>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?P<dm>{months})(?-u:\b))"
        )),
        month_year: build(format!(r"(?i)(?-u:\b)(?:(?P<since>{since})\s+)?(?P<m>{months})\.?\s+(?P<y>(?:1[89]|20)\d\d)(?-u:\b)")),
        year: build(format!(
            r"(?i)(?-u:\b)(?:(?P<since>{since})\s+|(?P<prep>in|of|from|until|by|during|before|after|between|and|to|en|de|à|avant|après|jusqu'en|d'ici|entre|et|fin|début|mi|summer|spring|autumn|winter|été|printemps|automne|hiver)\s+)(?P<y>(?:1[89]|20)\d\d)(?-u:\b)"
        )),
        weekday: build(format!(
            r"(?i)(?-u:\b)(?:(?P<since>{since})\s+)?(?:(?P<dir>last|next|this|past|coming|ce)\s+)?(?P<wd>{weekdays})(?-u:\b)(?:\s+(?P<dir2>dernier|prochain))?"
        )),
        relative_day: build(format!(r"(?i)(?-u:\b)(?:{})(?-u:\b)", all_pairs(|l| l.calendar.relative_days))),
        relative_period: build(format!(
            r"(?i)(?-u:\b)(?:(?P<earlier>earlier|later)\s+)?(?P<dir>{dirs})\s+(?P<unit>week|month|year)(?-u:\b)|(?-u:\b)(?P<fr_unit>la semaine|le mois|l'an|l'année|cette semaine|ce mois-ci|cette année)(?:\s+(?P<fr_dir>dernière|dernier|prochaine|prochain|passée|passé))?(?-u:\b)"
        )),
        vague: build(format!(r"(?i)(?-u:\b)(?:{})(?-u:\b)", all_pairs(|l| l.calendar.vague_times))),
        duration: build(format!(
            r"(?i)(?-u:\b)(?:(?P<lead>for|during|over|pendant|depuis|in|the\s+past|the\s+last|these\s+past|ces)\s+)?(?P<n>\d+|[\p{{L}}-]+(?:\s+[\p{{L}}-]+){{0,2}})\s+(?P<unit>{units})(?-u:\b)"
        )),
        clock: build(r"(?i)(?-u:\b)(?P<h>[01]?\d|2[0-3])(?:[:h](?P<m>[0-5]\d)(?:\s*(?P<ap>[ap])\.?m\.?)?|\s*(?P<ap2>[ap])\.?m(?-u:\b)\.?)".into()),
        set: build(format!(r"(?i)(?-u:\b)(?:{})\s+(?P<unit>{units})(?-u:\b)", all(|l| l.calendar.set_words))),
        date_start: build(format!(r"(?i)(?-u:\b)(?:\d|{weekdays}|{months})")),
    }
});

/// A word before a duration's number that belongs to it: "for", "depuis", "the past".
static DURATION_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:for|during|over|pendant|depuis|in|the past|the last|ces)\s+$").expect("lead pattern")
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
    lookup(|l| l.calendar.time_direction, word?)
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

fn sentence_times(text: &str, sentence: Span, r: &Resolver<'_>, out: &mut Vec<Found>) {
    let s = sentence.of(text);
    let p = &*PATTERNS;
    let at = |a: usize, b: usize| Span::new(sentence.start + a, sentence.start + b);
    let since_mod = |c: &Captures| c.name("since").map(|_| "ON_OR_AFTER");
    // Full dates, with weekday, time and zone.
    for m in
        p.date_start.find_iter(s).filter(|m| !s[..m.start()].chars().next_back().is_some_and(char::is_alphanumeric))
    {
        if let Some((dt, len)) = parse_date_time(&s[m.start()..]) {
            let t = if dt.time.is_some() { TimexType::Time } else { TimexType::Date };
            out.push(Found { span: at(m.start(), m.start() + len), timex: (t, dt.timeml(), false, None), priority: 9 });
        }
    }
    for c in p.partial_date.captures_iter(s) {
        let (month, day) = match (c.name("mm"), c.name("md"), c.name("dd"), c.name("dm")) {
            (Some(m), Some(d), _, _) | (_, _, Some(d), Some(m)) => {
                (lookup(|l| l.calendar.months, m.as_str()), d.as_str().parse().ok())
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
            None if (1..=31).contains(&day) => (format!("XXXX-{month:02}-{day:02}"), false),
            None => continue,
        };
        out.push(Found {
            span: at(m0.start(), m0.end()),
            timex: (TimexType::Date, value.0, value.1, None),
            priority: 8,
        });
    }
    for c in p.month_year.captures_iter(s) {
        let (Some(m), Some(y)) = (lookup(|l| l.calendar.months, &c["m"]), c["y"].parse::<i32>().ok()) else {
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
    for c in p.year.captures_iter(s) {
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
    for c in p.weekday.captures_iter(s) {
        let Some(wd) = lookup(|l| l.calendar.weekdays, &c["wd"]) else {
            continue;
        };
        // Short forms ("sat", "sun", "wed") only count capitalised.
        let word = &c["wd"];
        if word.len() <= 4 && !word.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let dir = direction_of(c.name("dir").or(c.name("dir2")).map(|m| m.as_str()));
        let m0 = c.get(0).unwrap();
        if !whole_word(s, m0.start(), m0.end()) {
            continue;
        }
        let value = match r.weekday(wd, dir) {
            Some(d) => (d.to_string(), true),
            None => (format!("XXXX-WXX-{}", wd + 1), false),
        };
        out.push(Found {
            span: at(m0.start(), m0.end()),
            timex: (TimexType::Date, value.0, value.1, since_mod(&c)),
            priority: 5,
        });
    }
    for m in p.relative_day.find_iter(s).filter(|m| whole_word(s, m.start(), m.end())) {
        let Some(offset) = lookup(|l| l.calendar.relative_days, m.as_str()) else {
            continue;
        };
        let value = match r.anchor.and_then(|d| d.add_days(offset)) {
            Some(d) => (d.to_string(), true),
            None => ("XXXX-XX-XX".to_string(), false),
        };
        out.push(Found { span: at(m.start(), m.end()), timex: (TimexType::Date, value.0, value.1, None), priority: 5 });
    }
    for c in p.relative_period.captures_iter(s) {
        let m0 = c.get(0).unwrap();
        if !whole_word(s, m0.start(), m0.end()) {
            continue;
        }
        let (unit, dir) = match (c.name("unit"), c.name("fr_unit")) {
            (Some(u), _) => (u.as_str().to_lowercase(), direction_of(c.name("dir").map(|m| m.as_str()))),
            (None, Some(u)) => {
                let u = u.as_str().to_lowercase();
                let unit = if u.contains("semaine") {
                    "week"
                } else if u.contains("mois") {
                    "month"
                } else {
                    "year"
                };
                let dir = direction_of(c.name("fr_dir").map(|m| m.as_str())).or(Some(Direction::Current));
                (unit.to_string(), dir)
            }
            _ => continue,
        };
        let Some(dir) = dir else { continue };
        let Some(d) = r.anchor else {
            out.push(Found {
                span: at(m0.start(), m0.end()),
                timex: (TimexType::Date, "XXXX".into(), false, None),
                priority: 4,
            });
            continue;
        };
        let step: i32 = match dir {
            Direction::Past => -1,
            Direction::Future => 1,
            Direction::Current => 0,
        };
        let value = match unit.as_str() {
            "week" => d.add_days(7 * i64::from(step)).map(iso_week),
            "month" => {
                let months = d.year * 12 + d.month as i32 - 1 + step;
                Some(format!("{:04}-{:02}", months.div_euclid(12), months.rem_euclid(12) + 1))
            }
            _ => Some(format!("{:04}", d.year + step)),
        };
        let Some(value) = value else { continue };
        let modifier = match c.name("earlier").map(|m| m.as_str().to_lowercase()) {
            Some(e) if e == "earlier" => Some("START"),
            Some(_) => Some("END"),
            None => None,
        };
        out.push(Found {
            span: at(m0.start(), m0.end()),
            timex: (TimexType::Date, value, true, modifier),
            priority: 4,
        });
    }
    for m in p.vague.find_iter(s).filter(|m| whole_word(s, m.start(), m.end())) {
        if let Some(v) = lookup(|l| l.calendar.vague_times, m.as_str()) {
            out.push(Found {
                span: at(m.start(), m.end()),
                timex: (TimexType::Date, v.to_string(), false, None),
                priority: 3,
            });
        }
    }
    for c in p.duration.captures_iter(s) {
        let n = c.name("n").unwrap();
        let unit = c.name("unit").unwrap();
        if !whole_word(s, c.get(0).unwrap().start(), unit.end()) {
            continue;
        }
        let Some(letter) = lookup_char(&unit.as_str().to_lowercase()) else {
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
        let value = if letter == 'H' { format!("PT{amount}H") } else { format!("P{amount}{letter}") };
        let start = match c.name("lead") {
            Some(l) if offset == 0 => l.start(),
            _ => {
                let number_start = n.start() + offset;
                DURATION_LEAD.find(&s[..number_start]).map_or(number_start, |m| m.start())
            }
        };
        out.push(Found { span: at(start, unit.end()), timex: (TimexType::Duration, value, false, None), priority: 2 });
    }
    for c in p.clock.captures_iter(s) {
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
        match c.name("ap").or(c.name("ap2")).map(|m| m.as_str().to_ascii_lowercase()) {
            Some(ap) if ap == "p" && h < 12 => h += 12,
            Some(ap) if ap == "a" && h == 12 => h = 0,
            _ => {}
        }
        if h > 23 || min > 59 {
            continue;
        }
        let date = r.anchor.map_or("XXXX-XX-XX".to_string(), |d| d.to_string());
        out.push(Found {
            span: at(m0.start(), m0.end()),
            timex: (TimexType::Time, format!("{date}T{h:02}:{min:02}"), r.anchor.is_some(), None),
            priority: 1,
        });
    }
    for c in p.set.captures_iter(s) {
        let m0 = c.get(0).unwrap();
        if !whole_word(s, m0.start(), m0.end()) {
            continue;
        }
        if let Some(letter) = lookup_char(&c["unit"].to_lowercase()) {
            out.push(Found {
                span: at(m0.start(), m0.end()),
                timex: (TimexType::Set, format!("P1{letter}"), false, None),
                priority: 3,
            });
        }
    }
}

fn lookup_char(unit: &str) -> Option<char> {
    lookup(|l| l.calendar.period_units, unit)
}

/// Annotates temporal expressions in the article's own text, plus its stamps.
pub fn annotate(doc: &Document<'_>) -> Vec<Timex> {
    let text = doc.text();
    let lexicon = lang::lexicon(doc.language);
    let mut found = Vec::new();
    for stamp in [&doc.layout.published, &doc.layout.updated].into_iter().flatten() {
        let t = if stamp.value.time.is_some() { TimexType::Time } else { TimexType::Date };
        found.push(Found { span: stamp.span, timex: (t, stamp.value.timeml(), false, None), priority: 10 });
    }
    for sentence in &doc.sentences {
        let lower = sentence.span.of(text).to_lowercase();
        let future = lexicon.calendar.future_cues.iter().any(|cue| find_whole_word(&lower, cue).is_some());
        let resolver = Resolver { anchor: doc.document_date, future, lexicon };
        sentence_times(text, sentence.span, &resolver, &mut found);
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
        out.push(Timex { span: f.span, timex_type, value, anchored, modifier });
    }
    out.sort_by_key(|t| t.span.start);
    out
}
