//! Article layout: which lines of text pasted from a news page are the headline, the
//! standfirst, the publication stamps, the reading time, the byline, photo captions with
//! their credits, the body, and page furniture (boilerplate) that no annotator may read.

use crate::annotate::dates::{parse_date_time, parse_stamp};
use crate::lang::{self, alternation, is_news_agency};
use crate::model::Span;
use crate::model::{Caption, Credit, Dateline, Layout, Line, ReadingTime, Role, Stamp};
use regex::Regex;
use rustc_hash::FxHashSet;
use std::collections::HashSet;
use std::sync::LazyLock;

/// What one line is, judged on its own.
enum Class {
    Stamps(Vec<(bool, Option<Stamp>)>),
    BareDate(Stamp),
    ReadingTime(ReadingTime),
    Byline,
    Caption(Caption),
    Furniture,
    Separator,
    Content,
}

static STAMP_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    let published = alternation(lang::LANGUAGES.iter().flat_map(|l| l.page.published_labels.iter().copied()));
    let updated = alternation(lang::LANGUAGES.iter().flat_map(|l| l.page.updated_labels.iter().copied()));
    Regex::new(&format!(r"(?i)(?:^|[\s,;|·•–—-])(?:(?P<pub>{published})|(?P<upd>{updated}))\b\s*:?\s*"))
        .expect("stamp label pattern")
});

static READING_TIME: LazyLock<Regex> = LazyLock::new(|| {
    let labels = alternation(lang::LANGUAGES.iter().flat_map(|l| l.page.reading_time_labels.iter().copied()));
    let suffixes = alternation(lang::LANGUAGES.iter().flat_map(|l| l.page.reading_time_suffixes.iter().copied()));
    let minutes = alternation(lang::LANGUAGES.iter().flat_map(|l| l.page.minute_words.iter().copied()));
    Regex::new(&format!(
        r"(?i)^(?:(?:{labels})\s*:?\s*(?P<a>\d{{1,3}})\s*(?:{minutes})\b\.?|(?P<b>\d{{1,3}})[\s-]*(?:{minutes})\.?\s+(?:{suffixes}))\s*$"
    ))
    .expect("reading time pattern")
});

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    let labels = alternation(lang::LANGUAGES.iter().flat_map(|l| l.page.byline_labels.iter().copied()));
    Regex::new(&format!(r"^(?i:{labels})\s+\p{{Lu}}")).expect("byline pattern")
});

/// The first word of a text, lower case: letters and digits from its first letter or digit.
fn first_word(s: &str) -> String {
    s.chars()
        .skip_while(|c| !c.is_alphanumeric())
        .take_while(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The first words of a set of labels: a line whose first word is none of them cannot
/// open with one, and the label patterns need not run on it.
fn first_words<'a>(labels: impl Iterator<Item = &'a str>) -> FxHashSet<String> {
    labels.map(first_word).collect()
}

static TEASER_STARTS: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
    first_words(
        lang::LANGUAGES.iter().flat_map(|l| l.page.teaser_labels.iter().chain(l.page.weak_teaser_labels).copied()),
    )
});

static STAMP_STARTS: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
    first_words(
        lang::LANGUAGES.iter().flat_map(|l| l.page.published_labels.iter().chain(l.page.updated_labels).copied()),
    )
});

static TEASER: LazyLock<Regex> = LazyLock::new(|| {
    let strong = alternation(lang::LANGUAGES.iter().flat_map(|l| l.page.teaser_labels.iter().copied()));
    Regex::new(&format!(r"(?i)^(?:{strong})(?:\b|\s*[:|»›>])")).expect("teaser pattern")
});

static WEAK_TEASER: LazyLock<Regex> = LazyLock::new(|| {
    let weak = alternation(lang::LANGUAGES.iter().flat_map(|l| l.page.weak_teaser_labels.iter().copied()));
    Regex::new(&format!(r"(?i)^(?P<label>{weak})(?P<after>\s*[:|»›>–—-]|\s|$)")).expect("weak teaser pattern")
});

static FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    let words = alternation(lang::LANGUAGES.iter().flat_map(|l| l.page.furniture_words.iter().copied()));
    Regex::new(&format!(r"(?i)^(?:©|\(c\)|\(?(?:{words})\b)")).expect("furniture pattern")
});

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<place>\p{Lu}[\p{Lu}'’. -]{1,40}?\p{Lu})(?:\s*,\s*(?P<date>[^()\n–—-]{3,30}?))?\s*(?:\((?P<agency>[\p{L}. -]{2,30})\)\s*)?[–—-]{1,2}\s+")
        .expect("dateline pattern")
});

/// The dateline opening a body paragraph, if it has one.
fn dateline(text: &str, span: Span) -> Option<Dateline> {
    let c = DATELINE.captures(span.of(text))?;
    let at = |m: regex::Match<'_>| Span::new(span.start + m.start(), span.start + m.end());
    let place = c.name("place")?;
    // A dateline place is a word or two in capitals; an agency or a date makes it certain.
    if place.as_str().split_whitespace().count() > 3 || c.name("agency").is_none() && c.name("date").is_none() {
        return None;
    }
    let value = c.name("date").and_then(|d| parse_date_time(d.as_str().trim())).map(|(dt, _)| dt.date);
    Some(Dateline {
        span: at(c.get(0)?).trim(text),
        place: at(place),
        date: c.name("date").map(at),
        agency: c.name("agency").map(at),
        value,
    })
}

/// A credit at the end of a caption: "(NAME / AFP)", "(Photo: NAME, Reuters)", "Photo: NAME/AFP", "© AFP".
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    let labels = alternation(lang::LANGUAGES.iter().flat_map(|l| l.page.photo_labels.iter().copied()));
    Regex::new(&format!(
        r"(?i)(?:\((?P<plabel>(?:{labels})\s*:\s*|©\s*)?(?P<pcredit>[^()]{{2,100}})\)|(?:\s|^)(?P<label>(?:{labels})\s*:\s*|©\s*)(?P<credit>[^().]{{2,80}})|[.!?]\s+(?P<bcredit>\p{{Lu}}[^().,/]{{1,60}}/[^().,/]{{1,60}}))\s*$"
    ))
    .expect("credit pattern")
});

fn all_caps(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

/// "AAREF WATAD" → "Aaref Watad"; names already in mixed case are kept.
pub fn title_case(name: &str) -> String {
    if !all_caps(name) {
        return name.to_string();
    }
    let mut out = String::with_capacity(name.len());
    let mut start_of_word = true;
    for c in name.chars() {
        if start_of_word {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start_of_word = !c.is_alphabetic() && c != '\'' && c != '’';
    }
    out
}

/// Splits a credit into photographer and agency; `None` if it does not read as a credit.
fn parse_credit(credit: &str, labelled: bool) -> Option<(Option<String>, Option<String>)> {
    let credit = credit.trim().trim_start_matches('©').trim();
    let parts: Vec<&str> = if credit.contains('/') {
        credit.split('/').map(str::trim).filter(|p| !p.is_empty()).collect()
    } else if credit.contains(',') {
        credit.split(',').map(str::trim).filter(|p| !p.is_empty()).collect()
    } else {
        vec![credit]
    };
    let looks_like_name = |p: &str| {
        let words = p.split_whitespace().count();
        (1..=5).contains(&words)
            && p.chars().next().is_some_and(char::is_uppercase)
            && !p.chars().any(|c| c.is_ascii_digit())
    };
    if !parts.iter().all(|p| looks_like_name(p)) {
        return None;
    }
    match parts.as_slice() {
        [] => None,
        [one] if is_news_agency(one) => Some((None, Some(one.to_string()))),
        [one] if labelled => Some((Some(title_case(one)), None)),
        [_] => None,
        [first, rest @ ..] => {
            // "REUTERS/Name" puts the agency first.
            let (photographer, agencies): (&str, Vec<&str>) =
                if is_news_agency(first) && !rest.iter().all(|p| is_news_agency(p)) {
                    (rest[0], std::iter::once(*first).chain(rest[1..].iter().copied()).collect())
                } else {
                    (first, rest.to_vec())
                };
            let photographer = (!is_news_agency(photographer)).then(|| title_case(photographer));
            let agency = if photographer.is_none() {
                std::iter::once(parts[0]).chain(agencies).collect::<Vec<_>>().join(" / ")
            } else {
                agencies.join(" / ")
            };
            Some((photographer, Some(agency)))
        }
    }
}

fn caption(text: &str, span: Span) -> Option<Caption> {
    let line = span.of(text);
    // A credit needs a bracket at the end, a slash, a © or a label: most lines have none.
    let lower_tail: String =
        line.chars().rev().take(120).collect::<Vec<_>>().into_iter().rev().collect::<String>().to_lowercase();
    let maybe_credit = line.ends_with(')')
        || lower_tail.contains('/')
        || lower_tail.contains('©')
        || lang::LANGUAGES.iter().flat_map(|l| l.page.photo_labels.iter()).any(|p| lower_tail.contains(p));
    if !maybe_credit || line.len() > 600 {
        return None;
    }
    // The lazy DFA says cheaply whether there is a credit at all; captures run only then.
    // A credit ends the line and is short: only the line's tail is searched.
    let mut from = line.len().saturating_sub(CREDIT_REACH);
    while !line.is_char_boundary(from) {
        from -= 1;
    }
    let tail = &line[from..];
    if !CREDIT.is_match(tail) {
        return None;
    }
    let c = CREDIT.captures(tail)?;
    let (credit, labelled) = match (c.name("pcredit"), c.name("credit"), c.name("bcredit")) {
        (Some(m), _, _) => (m, c.name("plabel").is_some()),
        (None, Some(m), _) => (m, true),
        // An unmarked "AGENCY/Name" after the caption's last sentence must name an agency.
        (None, None, Some(m)) if m.as_str().split('/').any(is_news_agency) => (m, false),
        _ => return None,
    };
    let (photographer, agency) = parse_credit(credit.as_str(), labelled)?;
    let whole = c.get(0)?;
    // The caption keeps its final full stop when the credit follows it unmarked.
    let whole_start = from + if c.name("bcredit").is_some() { whole.start() + 1 } else { whole.start() };
    let caption = Span::new(span.start, span.start + whole_start).trim(text);
    // A caption says something: a few words before the credit.
    if caption.of(text).split_whitespace().count() < 3 || line.len() > 600 {
        return None;
    }
    let credit_span = Span::new(span.start + from + credit.start(), span.start + from + credit.end()).trim(text);
    Some(Caption { span: caption, credit: Some(Credit { span: credit_span, photographer, agency }), repeats: vec![] })
}

/// How far past a line's first word a stamp label may reach.
const STAMP_LABEL_REACH: usize = 80;

fn stamps(text: &str, span: Span) -> Option<Vec<(bool, Option<Stamp>)>> {
    let line = span.of(text);
    // A stamp's label opens the line: look for one near the first word before reading further.
    let lead = line.find(char::is_alphanumeric).unwrap_or(line.len());
    let mut cut = (lead + STAMP_LABEL_REACH).min(line.len());
    while !line.is_char_boundary(cut) {
        cut += 1;
    }
    if !STAMP_STARTS.contains(&first_word(line)) || !STAMP_LABEL.is_match(&line[..cut]) {
        return None;
    }
    let first = STAMP_LABEL.captures(line)?;
    // The label opens the line.
    if line[..first.get(0)?.start()].trim().chars().any(char::is_alphanumeric) {
        return None;
    }
    let mut found = Vec::new();
    let mut covered = 0;
    let mut at = 0;
    while let Some(c) = STAMP_LABEL.captures_at(line, at) {
        let label = c.get(0)?;
        let is_update = c.name("upd").is_some();
        let rest = &line[label.end()..];
        match parse_stamp(rest) {
            Some((value, len)) => {
                let s = Span::new(span.start + label.end(), span.start + label.end() + len);
                found.push((is_update, Some(Stamp { span: s, value })));
                at = label.end() + len;
                covered += label.len() + len;
            }
            None => {
                found.push((is_update, None));
                at = label.end();
                covered += label.len();
            }
        }
        if at >= line.len() {
            break;
        }
    }
    // The line is a stamp line if little else is on it ("Updated 2 hours ago" counts).
    let leftover = line.len().saturating_sub(covered);
    (leftover <= 40 || found.iter().any(|(_, s)| s.is_some()) && leftover <= 60).then_some(found)
}

/// How far from a line's end a photo credit may start: its pattern allows at most about
/// 130 characters, and a line that is longer is searched only in its tail.
const CREDIT_REACH: usize = 240;

/// Lines longer than this are no reading-time line.
const SHORT_LINE_BYTES: usize = 120;

/// The start of a line, long enough for any label: anchored patterns need read no further.
fn head_of(line: &str) -> &str {
    let mut cut = line.len().min(SHORT_LINE_BYTES);
    while !line.is_char_boundary(cut) {
        cut -= 1;
    }
    &line[..cut]
}

fn classify(text: &str, span: Span) -> Class {
    let line = span.of(text);
    if !line.chars().any(char::is_alphanumeric) {
        return Class::Separator;
    }
    if let Some(found) = stamps(text, span) {
        return Class::Stamps(found);
    }
    // Labels open a line: the patterns anchored at its start read only its head.
    let head = head_of(line);
    if let Some(c) = (line.len() <= SHORT_LINE_BYTES).then(|| READING_TIME.captures(line)).flatten() {
        let minutes = c.name("a").or(c.name("b")).and_then(|m| m.as_str().parse().ok()).unwrap_or(0);
        return Class::ReadingTime(ReadingTime { span, minutes });
    }
    if let Some((value, len)) = parse_date_time(line) {
        if !line[len..].chars().any(char::is_alphanumeric) {
            return Class::BareDate(Stamp { span: Span::new(span.start, span.start + len), value });
        }
    }
    let teaser_start = TEASER_STARTS.contains(&first_word(head));
    if teaser_start && TEASER.is_match(head) {
        return Class::Furniture;
    }
    if let Some(c) = teaser_start.then(|| WEAK_TEASER.captures(head)).flatten() {
        let label = c.name("label").map_or("", |m| m.as_str());
        if all_caps(label) || c.name("after").is_some_and(|m| !m.as_str().trim().is_empty()) {
            return Class::Furniture;
        }
    }
    let contributors = || {
        let lower = line.to_lowercase();
        lang::LANGUAGES.iter().flat_map(|l| l.page.contributor_lines.iter()).any(|c| lower.contains(c))
    };
    if line.len() < 240 && contributors() {
        return Class::Furniture;
    }
    if line.chars().count() <= 80 && FURNITURE.is_match(line) && !ends_sentence(line) {
        return Class::Furniture;
    }
    if line.chars().count() <= 100 && BYLINE.is_match(line) && !line.ends_with('.') {
        return Class::Byline;
    }
    if let Some(c) = caption(text, span) {
        return Class::Caption(c);
    }
    Class::Content
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(['"', '”', '’', '»', ')', ' ']).ends_with(['.', '!', '?', '…'])
}

fn looks_like_headline(line: &str) -> bool {
    let chars = line.chars().count();
    (3..=250).contains(&chars) && !line.trim_end_matches(['"', '”', '»', ' ']).ends_with(['.', ':', ';', ','])
}

/// Non-empty lines, trimmed, each with whether a blank line precedes it.
fn physical_lines(text: &str) -> Vec<(Span, bool)> {
    let mut out = Vec::new();
    let mut offset = 0;
    let mut blank_before = false;
    for raw in text.split('\n') {
        let span = Span::new(offset, offset + raw.len()).trim(text);
        offset += raw.len() + 1;
        if span.is_empty() {
            blank_before = true;
        } else {
            out.push((span, blank_before));
            blank_before = false;
        }
    }
    out
}

/// Whether `line` continues the paragraph `previous` (no blank line between them): a
/// hard-wrapped sentence ("...without\nan agreement"), or, on a page that separates paragraphs
/// with blank lines, a plain line break inside a paragraph.
fn continues(text: &str, previous: Span, line: Span, blank_lines_separate: bool) -> bool {
    let (prev, cur) = (previous.of(text), line.of(text));
    let hard_wrap = !ends_sentence(prev)
        && prev.chars().last().is_some_and(|c| c.is_alphanumeric() || c == ',')
        && cur.chars().next().is_some_and(char::is_lowercase);
    hard_wrap || blank_lines_separate && ends_sentence(prev)
}

fn word_set(s: &str) -> HashSet<String> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// Whether two captions' words say the same thing (Jaccard similarity ≥ 0.75).
fn same_words(a: &HashSet<String>, b: &HashSet<String>) -> bool {
    let union = a.union(b).count();
    union > 0 && a.intersection(b).count() * 4 >= union * 3
}

/// Whether two captions say the same thing.
#[cfg(test)]
fn same_caption(a: &str, b: &str) -> bool {
    same_words(&word_set(a), &word_set(b))
}

/// How many of the latest distinct captions a caption is compared with to find a repeat.
const MAX_CAPTIONS_COMPARED: usize = 32;

/// Finds the layout of `text` (normalised).
pub fn analyse(text: &str) -> Layout {
    let lines = physical_lines(text);
    let blank_lines_separate = lines.iter().skip(1).any(|&(_, blank)| blank);
    let mut spans: Vec<Span> = Vec::with_capacity(lines.len());
    let mut classes: Vec<Class> = Vec::with_capacity(lines.len());
    for &(span, blank_before) in &lines {
        let class = classify(text, span);
        if let (Some(last), Some(Class::Content)) = (spans.last_mut(), classes.last()) {
            if !blank_before && matches!(class, Class::Content) && continues(text, *last, span, blank_lines_separate) {
                last.end = span.end;
                continue;
            }
        }
        spans.push(span);
        classes.push(class);
    }
    let mut layout = Layout::default();
    let mut roles = vec![Role::Body; spans.len()];
    // The words of each distinct caption, in the order of `layout.captions`.
    let mut caption_words: Vec<HashSet<String>> = Vec::new();

    // Page furniture, stamps, reading time, bylines and captions, line by line.
    for (i, class) in classes.iter().enumerate() {
        roles[i] = match class {
            Class::Stamps(found) => {
                for (is_update, stamp) in found {
                    let slot = if *is_update { &mut layout.updated } else { &mut layout.published };
                    if slot.is_none() {
                        *slot = stamp.clone();
                    }
                }
                Role::Stamp
            }
            Class::ReadingTime(rt) => {
                layout.reading_time.get_or_insert(*rt);
                Role::ReadingTime
            }
            Class::Byline => {
                layout.byline.get_or_insert(spans[i]);
                Role::Byline
            }
            Class::Caption(c) => {
                layout.credits.extend(c.credit.clone());
                let words = word_set(c.span.of(text));
                let recent = caption_words.len().saturating_sub(MAX_CAPTIONS_COMPARED);
                match (recent..caption_words.len()).find(|&k| same_words(&caption_words[k], &words)) {
                    Some(first) => layout.captions[first].repeats.push(c.span),
                    None => {
                        layout.captions.push(c.clone());
                        caption_words.push(words);
                    }
                }
                Role::Caption
            }
            Class::Furniture | Class::Separator => Role::Boilerplate,
            Class::BareDate(_) | Class::Content => Role::Body,
        };
    }

    let first_body = |roles: &[Role]| roles.iter().position(|&r| r == Role::Body);
    // Headline: the first line, when it reads as a title and more text follows.
    if let Some(h) = first_body(&roles) {
        let is_first_line = roles[..h].iter().all(|&r| r == Role::Boilerplate);
        let more_follows = roles[h + 1..].contains(&Role::Body);
        if is_first_line && more_follows && looks_like_headline(spans[h].of(text)) {
            roles[h] = Role::Headline;
            layout.headline = Some(spans[h]);
            // Standfirst: one or two lines between the headline and the page's meta lines.
            let meta = (h + 1..spans.len()).find(|&j| roles[j] != Role::Body);
            if let Some(m) = meta {
                let between = m - (h + 1);
                let is_meta = matches!(roles[m], Role::Stamp | Role::ReadingTime | Role::Byline | Role::Caption)
                    || matches!(classes[m], Class::BareDate(_));
                let body_follows = roles[m..].contains(&Role::Body);
                if (1..=2).contains(&between) && is_meta && body_follows {
                    for r in roles.iter_mut().take(m).skip(h + 1) {
                        *r = Role::Standfirst;
                    }
                    layout.standfirst = Some(Span::new(spans[h + 1].start, spans[m - 1].end));
                }
            }
        }
    }
    // A date alone on a line before the body is a stamp.
    let body_start = first_body(&roles).unwrap_or(spans.len());
    for i in 0..spans.len() {
        if let Class::BareDate(stamp) = &classes[i] {
            if i <= body_start && roles[i] == Role::Body {
                roles[i] = Role::Stamp;
                if layout.published.is_none() {
                    layout.published = Some(stamp.clone());
                } else if layout.updated.is_none() {
                    layout.updated = Some(stamp.clone());
                }
            }
        }
    }
    // After the body, once page furniture has begun, short lines that are not sentences are
    // links and teasers too.
    let body_start = first_body(&roles).unwrap_or(spans.len());
    let mut furniture_started = false;
    for i in body_start..spans.len() {
        match roles[i] {
            Role::Boilerplate => furniture_started = true,
            Role::Body if furniture_started && !ends_sentence(spans[i].of(text)) => roles[i] = Role::Boilerplate,
            Role::Body => furniture_started = false,
            _ => {}
        }
    }
    layout.dateline = spans.iter().zip(&roles).find(|(_, &r)| r == Role::Body).and_then(|(&s, _)| dateline(text, s));
    layout.lines = spans.iter().zip(roles).map(|(&span, role)| Line { span, role }).collect();
    layout
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credits_split_into_photographer_and_agency() {
        assert_eq!(
            parse_credit("SAMEER AL-DOUMY / AFP", false),
            Some((Some("Sameer Al-Doumy".into()), Some("AFP".into())))
        );
        assert_eq!(
            parse_credit("REUTERS/Mahmoud Hassano", false),
            Some((Some("Mahmoud Hassano".into()), Some("REUTERS".into())))
        );
        assert_eq!(parse_credit("Jane Roe, Reuters", true), Some((Some("Jane Roe".into()), Some("Reuters".into()))));
        assert_eq!(parse_credit("AFP", false), Some((None, Some("AFP".into()))));
        assert_eq!(parse_credit("OSDH", false), None);
        assert_eq!(parse_credit("up 3% since 2020", false), None);
    }

    fn class_of(line: &str) -> Class {
        classify(line, Span::new(0, line.len()))
    }

    #[test]
    fn reading_times_in_both_languages() {
        for (line, minutes) in [("4 min read", 4), ("Reading time: 12 minutes", 12), ("Lecture : 6 mn", 6)] {
            match class_of(line) {
                Class::ReadingTime(rt) => assert_eq!(rt.minutes, minutes, "{line}"),
                _ => panic!("{line:?} is not a reading time"),
            }
        }
        assert!(matches!(class_of("4 minutes later the roof fell"), Class::Content));
    }

    #[test]
    fn a_copyright_notice_is_furniture_with_or_without_brackets() {
        for line in
            ["Copyright 2025 Example Press", "(Copyright Example Press; used with permission)", "© Example Press"]
        {
            assert!(matches!(class_of(line), Class::Furniture), "{line:?}");
        }
    }

    #[test]
    fn a_caption_repeated_after_others_is_one_caption() {
        let mut text =
            String::from("Floods cut the valley road\n\nThe river rose overnight and covered the lower town.\n\n");
        let scenes = [
            "Volunteers fill sandbags",
            "A tractor tows a car",
            "Pupils wade to school",
            "Shops stay shut",
            "A dog rests",
        ];
        for scene in scenes {
            text.push_str(&format!("{scene} by the old bridge (Jane Roe / AFP)\n\n"));
        }
        text.push_str("Volunteers fill sandbags by the old bridge. (Jane Roe / AFP)\n");
        let layout = analyse(&text);
        assert_eq!(layout.captions.len(), 5);
        assert_eq!(layout.captions[0].repeats.len(), 1);
    }

    #[test]
    fn captions_that_repeat_with_other_punctuation_are_one() {
        assert!(same_caption(
            "Soldiers guard a checkpoint near Kherson, southern Ukraine, on March 3, 2025.",
            "Soldiers guard a checkpoint near Kherson, southern Ukraine, March 3, 2025."
        ));
        assert!(!same_caption("Soldiers guard a checkpoint near Kherson.", "A woman carries water in Gaza City."));
    }
}
