//! Article layout: which lines of text pasted from a news page are the headline, the
//! standfirst, the publication stamps, the reading time, the byline, photo captions with
//! their credits, the body, and page furniture (boilerplate) that no annotator may read.

use crate::annotate::dates::{parse_date_time, parse_stamp};
use crate::gazetteer::GAZETTEER;
use crate::lang::{self, is_news_agency, tables_of, words_of};
use crate::model::Span;
use crate::model::{Caption, Credit, Dateline, Layout, Line, ReadingTime, Role, Stamp};
use crate::model::{EntityType, Kind};
use crate::scan::{anywhere, Scan};
use std::collections::HashSet;

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

/// Whether a line's first word opens one of `labels`: a line whose first word opens none
/// cannot start with one, and the label readers need not run on it. `lower` is the line in
/// lower case.
fn may_open_with<'a>(lower: &str, labels: impl Iterator<Item = &'a str>) -> bool {
    let word = first_word_of(lower);
    // The tables are written in lower case and open with a letter (a test checks both).
    !word.is_empty()
        && labels.into_iter().any(|l| {
            // The first byte rules most labels out before any comparison.
            l.as_bytes().first() == word.as_bytes().first()
                && l.starts_with(word)
                && !l[word.len()..].starts_with(char::is_alphanumeric)
        })
}

/// Whether a lower-case line may open with a written date: with a digit, or with the first
/// word of a date preposition, a weekday or a month of any language.
fn opens_like_a_date(lower: &str) -> bool {
    let calendar = lang::LANGUAGES.iter().flat_map(|l| {
        let c = &l.calendar;
        c.date_prepositions.iter().copied().chain(c.weekdays.iter().chain(c.months).map(|(w, _)| *w))
    });
    lower.trim_start().starts_with(|c: char| c.is_ascii_digit()) || may_open_with(lower, calendar)
}

/// The first word of a lower-case text: its first run of letters and digits.
fn first_word_of(lower: &str) -> &str {
    let Some(start) = lower.find(char::is_alphanumeric) else { return "" };
    let end = lower[start..].find(|c: char| !c.is_alphanumeric()).map_or(lower.len(), |n| start + n);
    &lower[start..end]
}

/// A publication or update label ("Published", "Mis à jour le") at `at` or after it, opening
/// the line or after a separator: where its match starts (the separator included), where
/// what it labels starts, and whether it is an update's.
fn stamp_label(line: &str, at: usize) -> Option<(usize, usize, bool)> {
    let read = |mut c: Scan| -> Option<(usize, bool)> {
        let is_update = if c.word_in_tables(tables_of(|l| l.page.published_labels), |s| s.word_ends()) {
            false
        } else if c.word_in_tables(tables_of(|l| l.page.updated_labels), |s| s.word_ends()) {
            true
        } else {
            return None;
        };
        c.spaces();
        // "Published: …", "Published - …".
        let _ = c.eat(':') || c.eat('-') || c.eat('–') || c.eat('—');
        c.spaces();
        Some((c.pos, is_update))
    };
    line.char_indices().skip_while(|&(i, _)| i < at).find_map(|(i, ch)| {
        let opening = if i == 0 { read(Scan::new(line)) } else { None };
        opening
            .or_else(|| {
                (ch.is_whitespace() || matches!(ch, ',' | ';' | '|' | '·' | '•' | '–' | '—' | '-'))
                    .then(|| read(Scan::at(line, i + ch.len_utf8())))
                    .flatten()
            })
            .map(|(end, upd)| (i, end, upd))
    })
}

/// A reading-time line: "5 min read", "Reading time: 4 minutes", "Lecture : 3 min"; its minutes.
fn reading_time(line: &str) -> Option<u32> {
    let minute_word = |c: &mut Scan| c.word_in_tables(tables_of(|l| l.page.minute_words), anywhere);
    let labelled = || {
        let mut c = Scan::new(line);
        if !c.word_in_tables(tables_of(|l| l.page.reading_time_labels), anywhere) {
            return None;
        }
        c.spaces();
        c.eat(':');
        c.spaces();
        let (n, _) = c.digits(1, 3)?;
        c.spaces();
        if !c.word_in_tables(tables_of(|l| l.page.minute_words), |s| s.word_ends()) {
            return None;
        }
        c.eat('.');
        c.spaces();
        c.done().then_some(n)
    };
    let counted = || {
        let mut c = Scan::new(line);
        let (n, _) = c.digits(1, 3)?;
        c.eat_while(|ch| ch.is_whitespace() || ch == '-');
        if !minute_word(&mut c) {
            return None;
        }
        c.eat('.');
        c.space1()?;
        if !c.word_in_tables(tables_of(|l| l.page.reading_time_suffixes), anywhere) {
            return None;
        }
        c.spaces();
        c.done().then_some(n)
    };
    labelled().or_else(counted)
}

/// Whether a line opens with a byline label and a capital: "By Jane Doe", "Par Jean Dupont",
/// "Auteur : AFP".
fn is_byline(line: &str) -> bool {
    // "By Jane Doe", "Par : AFP"; "Author: Jane Doe" only with its colon.
    let mut c = Scan::new(line);
    let plain = c.word_in_tables(tables_of(|l| l.page.byline_labels), anywhere);
    if !plain {
        c = Scan::new(line);
        if !c.word_in_tables(tables_of(|l| l.page.colon_byline_labels), anywhere) {
            return false;
        }
    }
    let spaced = c.space1().is_some();
    let colon = c.eat(':');
    if colon {
        c.spaces();
    }
    (colon || plain && spaced) && c.char_if(char::is_uppercase).is_some()
}

/// Whether a short line credits a news agency: its name alone, followed by the language's
/// words for its staff ("Reuters Staff"), or after an outlet and a joining word ("Le Monde avec
/// AFP", "AFP et Reuters").
fn is_agency_byline(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 || line.ends_with(['.', '?', '!', ':']) {
        return false;
    }
    let listed = |w: &[&str]| {
        let phrase = w.join(" ").to_lowercase();
        lang::LANGUAGES.iter().any(|l| l.page.byline_agency_words.contains(&phrase.as_str()))
    };
    // The agency's name: one or two words at `from`, and where it ends.
    let agency = |from: usize| {
        [2, 1].into_iter().map(|n| from + n).find(|&to| to <= words.len() && is_news_agency(&words[from..to].join(" ")))
    };
    // "AFP", "Reuters Staff".
    if let Some(end) = agency(0) {
        if end == words.len() || listed(&words[end..]) {
            return true;
        }
    }
    // "Le Monde avec AFP", "AFP et Reuters".
    (1..words.len()).any(|j| listed(&words[j..=j]) && agency(j + 1) == Some(words.len()))
}

/// Whether a line opens with a strong teaser label ("Read more", "Lire aussi") as a word or
/// before a mark (":", "|", "»", "›", ">").
fn opens_with_teaser(line: &str) -> bool {
    Scan::new(line).word_in_tables(tables_of(|l| l.page.teaser_labels), |s| {
        let mut after = *s;
        s.at_boundary() || {
            after.spaces();
            after.eat_any(&[':', '|', '»', '›', '>']).is_some()
        }
    })
}

/// A weak teaser label opening a line ("Related", "Video"): whether it is written in capitals
/// or followed by a mark, which make it a teaser.
fn weak_teaser(line: &str) -> Option<bool> {
    let mut c = Scan::new(line);
    let accept = |s: &Scan| {
        let mut after = *s;
        after.spaces();
        after.eat_any(&[':', '|', '»', '›', '>', '–', '—', '-']).is_some() || s.peek().is_none_or(char::is_whitespace)
    };
    if !c.word_in_tables(tables_of(|l| l.page.weak_teaser_labels), accept) {
        return None;
    }
    let label = c.since(0);
    let mut after = c;
    after.spaces();
    Some(all_caps(label) || after.eat_any(&[':', '|', '»', '›', '>', '–', '—', '-']).is_some())
}

/// Whether a line opens as page furniture does: "©", "(c)", or a furniture word ("Share",
/// "Advertisement"), bracketed or not.
fn opens_as_furniture(line: &str) -> bool {
    let mut c = Scan::new(line);
    if c.eat('©') || c.phrase("(c)") {
        return true;
    }
    c.eat('(');
    c.word_in_tables(tables_of(|l| l.page.furniture_words), |s| s.at_boundary())
}

/// Whether `c` may be in a dateline's place: capitals, apostrophes, dots, spaces and hyphens.
fn in_dateline_place(c: char) -> bool {
    c.is_uppercase() || matches!(c, '\'' | '’' | '.' | ' ' | '-')
}

/// Reads what follows a dateline's place: an optional date after a comma, an optional agency
/// in brackets, and the dash. The date's and agency's spans (in `line`), and the end.
#[allow(clippy::type_complexity)]
fn dateline_rest(line: &str, from: usize) -> Option<(Option<(usize, usize)>, Option<(usize, usize)>, usize)> {
    // After the place or the date: the agency if any, the dash and white space.
    let tail = |at: Scan| -> Option<(Option<(usize, usize)>, usize)> {
        let mut c = at;
        c.spaces();
        let mut agency = None;
        let mut bracketed = c;
        if bracketed.eat('(') {
            let start = bracketed.pos;
            let len = bracketed.eat_while(|ch| ch.is_alphabetic() || matches!(ch, '.' | ' ' | '-'));
            let chars = bracketed.since(start).chars().count();
            if len > 0 && (2..=30).contains(&chars) && bracketed.eat(')') {
                agency = Some((start, bracketed.pos - 1));
                bracketed.spaces();
                c = bracketed;
            }
        }
        // "ISLAMABAD: …": a colon ends a place alone, as some outlets write it.
        if agency.is_none() && c.eat(':') {
            c.space1()?;
            return Some((None, c.pos));
        }
        dateline_dash(&mut c)?;
        Some((agency, c.pos))
    };
    let mut comma = Scan::at(line, from);
    comma.spaces();
    // A country in brackets before the comma: "SFAX (Tunisie), 4 mars 2025 (AFP) -".
    // Or before the agency: "BEIRUT (Lebanon) (AFP) –".
    let mut country = comma;
    if country.eat('(') {
        let start = country.pos;
        let len = country.eat_while(|ch| ch.is_alphabetic() || matches!(ch, ' ' | '-' | '\''));
        if len > 0 && country.since(start).chars().count() <= 30 && country.eat(')') {
            country.spaces();
            if country.peek() == Some(',') {
                comma = country;
            } else if let Some((Some(agency), end)) = tail(country) {
                return Some((None, Some(agency), end));
            }
        }
    }
    if comma.eat(',') {
        comma.spaces();
        // The shortest date that lets the rest follow.
        let start = comma.pos;
        let mut date = comma;
        let mut chars = 0;
        while chars < 30 && date.char_if(|ch| !matches!(ch, '(' | ')' | '\n' | '–' | '—' | '-')).is_some() {
            chars += 1;
            if chars >= 3 {
                if let Some((agency, end)) = tail(date) {
                    return Some((Some((start, date.pos)), agency, end));
                }
            }
        }
    }
    let (agency, end) = tail(Scan::at(line, from))?;
    Some((None, agency, end))
}

/// Reads the dash that ends a dateline, typed as one or two dashes, and the white space after it.
fn dateline_dash(c: &mut Scan) -> Option<()> {
    let dashes = |ch: char| matches!(ch, '–' | '—' | '-');
    c.char_if(dashes)?;
    c.char_if(dashes);
    c.space1()?;
    Some(())
}

/// Whether a dateline's place, with neither agency nor date after it ("KANDAHAR — "), is a
/// town or a country the gazetteer knows, written in capitals.
fn known_place_in_capitals(place: &str) -> bool {
    if !place.chars().any(char::is_alphabetic) || place.chars().any(char::is_lowercase) {
        return false;
    }
    // "NEW YORK" → "New York", as the gazetteer writes names.
    let written: Vec<String> = place
        .split_whitespace()
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map_or(String::new(), |c| c.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect())
        })
        .collect();
    GAZETTEER.lookup(&written.join(" ")).is_some_and(|e| {
        let entry = GAZETTEER.entry(e);
        entry.entity_type == EntityType::Gpe && matches!(entry.kind, Kind::City { .. } | Kind::Country(_))
    })
}

/// The most lines of a story's highlights between its headline and its dateline.
const MAX_LINES_BEFORE_DATELINE: usize = 8;

/// The longest line that can be one of a story's highlights, in bytes.
const MAX_HIGHLIGHT_BYTES: usize = 160;

/// The dateline opening a body paragraph, if it has one.
fn dateline(text: &str, span: Span) -> Option<Dateline> {
    let line = span.of(text);
    let at = |(a, b): (usize, usize)| Span::new(span.start + a, span.start + b);
    if let Some(barred) = barred_dateline(text, span) {
        return Some(barred);
    }
    if let Some(alone) = agency_dateline_line(text, span) {
        return Some(alone);
    }
    if let Some(dated) = date_first_dateline(text, span) {
        return Some(dated);
    }
    let mut c = Scan::new(line);
    c.char_if(char::is_uppercase)?;
    // The shortest place (a capital, 1 to 40 characters, a capital) after which the rest reads.
    let mut read = 0;
    let (place_end, date, agency, end) = loop {
        if read == 41 || c.char_if(in_dateline_place).is_none() {
            return None;
        }
        read += 1;
        // Once it has read a capital after at least one other character, the place may end.
        if read >= 2 && c.before().is_some_and(char::is_uppercase) {
            if let Some((date, agency, end)) = dateline_rest(line, c.pos) {
                break (c.pos, date, agency, end);
            }
        }
    };
    let place = &line[..place_end];
    // A dateline place is a word or two in capitals; an agency, or a country or date after a
    // comma, makes it certain.
    if place.split_whitespace().count() > 3 || agency.is_none() && date.is_none() && !known_place_in_capitals(place) {
        return None;
    }
    // After the comma may come the country, the date or both ("Ukraine, March 3", "Feb 11,
    // 2025"): the date is the widest part after a comma that reads as a date, else what follows
    // the last comma, when it has a number.
    let trimmed = |a: usize, b: usize| a + (line[a..b].len() - line[a..b].trim_start().len());
    let date = date.and_then(|(a, b)| {
        let starts = std::iter::once(a).chain(line[a..b].match_indices(',').map(|(i, _)| a + i + 1));
        let parsed = starts.map(|s| trimmed(s, b)).find(|&s| parse_date_time(line[s..b].trim()).is_some());
        let last = trimmed(line[a..b].rfind(',').map_or(a, |i| a + i + 1), b);
        parsed.map(|s| (s, b)).or_else(|| line[last..b].contains(|c: char| c.is_ascii_digit()).then_some((last, b)))
    });
    let value = date.and_then(|(a, b)| parse_date_time(line[a..b].trim())).map(|(dt, _)| dt.date);
    Some(Dateline {
        span: at((0, end)).trim(text),
        place: at((0, place_end)),
        date: date.map(at),
        agency: agency.map(at),
        value,
    })
}

/// The most characters of a date that opens a dateline before its place.
const MAX_OPENING_DATE_CHARS: usize = 40;

/// A dateline that gives the date first and its place in capitals in brackets, as some
/// outlets print it: "March 3, 2021 (JUBA) – ", "3 mars 2021 (BUKAVU) - ".
fn date_first_dateline(text: &str, span: Span) -> Option<Dateline> {
    let line = span.of(text);
    let open = line.find('(').filter(|&i| i <= MAX_OPENING_DATE_CHARS)?;
    let head = line[..open].trim_end();
    let (date, len) = parse_date_time(head)?;
    if len != head.len() || !head.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let mut c = Scan::at(line, open + 1);
    let letters = c.eat_while(in_dateline_place);
    let inside = &line[open + 1..c.pos];
    let place = inside.trim();
    let place_start = open + 1 + (inside.len() - inside.trim_start().len());
    let capitals = place.chars().filter(|ch| ch.is_uppercase()).count();
    if letters == 0 || capitals < 2 || place.split_whitespace().count() > 3 || lang::is_news_agency(place) {
        return None;
    }
    if !c.eat(')') {
        return None;
    }
    c.spaces();
    dateline_dash(&mut c)?;
    let at = |a: usize, b: usize| Span::new(span.start + a, span.start + b);
    Some(Dateline {
        span: at(0, c.pos).trim(text),
        place: at(place_start, place_start + place.len()),
        date: Some(at(0, head.len())),
        agency: None,
        value: Some(date.date),
    })
}

/// The most characters before the dash of a dateline whose parts are set apart by bars.
const MAX_BARRED_DATELINE_CHARS: usize = 90;

/// A dateline whose parts are set apart by bars, as some of the agencies' clients print it:
/// "Lagos, Nigeria | AFP | mardi 14/05/2024 - ". The place comes first, written as
/// usual (not in capitals), and an agency or a date must be among the other parts.
fn barred_dateline(text: &str, span: Span) -> Option<Dateline> {
    let line = span.of(text);
    let limit = line.char_indices().nth(MAX_BARRED_DATELINE_CHARS).map_or(line.len(), |(i, _)| i);
    let (dash, dash_len) =
        [" - ", " – ", " — "].iter().filter_map(|d| line[..limit].find(d).map(|i| (i, d.len()))).min()?;
    let head = &line[..dash];
    if !head.contains('|') || !head.starts_with(char::is_uppercase) {
        return None;
    }
    // Each part between bars, trimmed, as a range of `line`.
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let mut from = 0;
    for piece in head.split('|') {
        let lead = piece.len() - piece.trim_start().len();
        parts.push((from + lead, from + piece.trim_end().len()));
        from += piece.len() + 1;
    }
    if !(2..=4).contains(&parts.len()) || parts.iter().any(|&(a, b)| a >= b) {
        return None;
    }
    let (place_start, place_end) = parts[0];
    let place = &line[place_start..place_end];
    if place.contains(|c: char| c.is_ascii_digit()) || place.split_whitespace().count() > 6 {
        return None;
    }
    // "Lagos, Nigeria", "Lagos (Nigeria)": the town before the comma or the bracket; a place
    // the gazetteer knows, or in a country it knows ("Updated | 3 March 2025 -", "World |
    // Reuters |" are a page's labels).
    let town_len = place.find([',', '(']).unwrap_or(place.len());
    let known = |name: &str| known_place(name.trim().trim_end_matches(')'));
    if !(known(&place[..town_len]) || town_len < place.len() && known(&place[town_len + 1..])) {
        return None;
    }
    let place_end = place_start + place[..town_len].trim_end().len();
    let agency = parts[1..].iter().copied().find(|&(a, b)| lang::is_news_agency(&line[a..b]));
    let date = parts[1..].iter().copied().find_map(|(a, b)| {
        parse_date_time(&line[a..b]).filter(|&(_, len)| len == b - a).map(|(dt, _)| ((a, b), dt.date))
    });
    if agency.is_none() && date.is_none() {
        return None;
    }
    let at = |(a, b): (usize, usize)| Span::new(span.start + a, span.start + b);
    Some(Dateline {
        span: at((0, dash + dash_len)).trim(text),
        place: at((place_start, place_end)),
        date: date.map(|(d, _)| at(d)),
        agency: agency.map(at),
        value: date.map(|(_, value)| value),
    })
}

/// The most words of the town that opens a dateline on a line of its own.
const MAX_DATELINE_TOWN_WORDS: usize = 3;

/// A dateline on a line of its own, written as the agencies' clients print it, with no dash:
/// "Mardan, Pakistan, Jul 3 (AFP) Jul 3, 2025", "Bukavu, RD Congo (AFP)". A town the
/// gazetteer knows opens it; an agency in brackets follows, then at most a full date, which
/// dates it.
fn agency_dateline_line(text: &str, span: Span) -> Option<Dateline> {
    let line = span.of(text).trim_end();
    if !at_most_chars(line, MAX_BARRED_DATELINE_CHARS) || !line.starts_with(char::is_uppercase) || !line.contains(')') {
        return None;
    }
    let open = line.find('(')?;
    let close = open + line[open..].find(')')?;
    let agency = (open + 1, close);
    if !lang::is_news_agency(&line[agency.0..agency.1]) {
        return None;
    }
    let head = &line[..open];
    let town_len = head.find(',').unwrap_or(head.len());
    let town = head[..town_len].trim();
    // A town the gazetteer knows, a name of a few capitalised words: not a caption that ends
    // with its country and credit ("Smoke rises over Khartoum, Sudan (AFP)").
    let named = town.split_whitespace().count() <= MAX_DATELINE_TOWN_WORDS
        && town.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
        && known_place(town);
    if !named {
        return None;
    }
    let rest = line[close + 1..].trim_start();
    let rest_start = line.len() - rest.len();
    let full = |a: usize, b: usize| {
        let part = line[a..b].trim();
        parse_date_time(part)
            .filter(|&(_, len)| len == part.len())
            .map(|(dt, _)| (a + (line[a..b].len() - line[a..b].trim_start().len()), dt.date))
    };
    // A full date after the agency, else one among the comma's parts before it.
    let date = if rest.is_empty() {
        let mut commas = head.match_indices(',').map(|(i, _)| i + 1);
        commas.find_map(|a| full(a, open).map(|(start, value)| ((start, start + head[a..].trim().len()), value)))
    } else {
        Some(full(rest_start, line.len()).map(|(start, value)| ((start, line.len()), value))?)
    };
    let at = |(a, b): (usize, usize)| Span::new(span.start + a, span.start + b);
    Some(Dateline {
        span: at((0, line.len())),
        place: at((0, town.len())),
        date: date.map(|(d, _)| at(d)),
        agency: Some(at(agency)),
        value: date.map(|(_, value)| value),
    })
}

/// How a caption's credit is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CreditForm {
    /// In brackets, labelled or not: "(NAME / AFP)", "(Photo: NAME, Reuters)".
    Bracketed { labelled: bool },
    /// After a label or "©": "Photo: NAME/AFP", "© AFP".
    Labelled,
    /// After the caption's last sentence, unmarked: ". AGENCY/Name".
    Bare,
}

/// A credit ending `tail`: where its match starts, the credit's own span, and its form.
struct CreditMatch {
    start: usize,
    credit: (usize, usize),
    form: CreditForm,
}

/// Reads a photo label and its colon ("Photo: "), or "©" and white space.
fn credit_label(c: &mut Scan) -> bool {
    let mut at = *c;
    let labelled = at.word_in_tables(tables_of(|l| l.page.photo_labels), |s| {
        let mut t = *s;
        t.spaces();
        t.eat(':')
    }) && {
        at.spaces();
        at.eat(':');
        at.spaces();
        true
    };
    if labelled
        || at.eat('©') && {
            at.spaces();
            true
        }
    {
        *c = at;
        return true;
    }
    false
}

/// Reads between `min` and `max` characters (greedily) of which none is in `excluded`,
/// then white space to the end; the end of what was read before that white space.
fn run_to_end(c: &mut Scan, min: usize, max: usize, excluded: &[char]) -> Option<usize> {
    let start = c.pos;
    let mut count = 0;
    while count < max && c.char_if(|ch| !excluded.contains(&ch)).is_some() {
        count += 1;
    }
    if count < min {
        return None;
    }
    let end = c.pos;
    let mut rest = *c;
    rest.spaces();
    (rest.done() && end > start).then_some(end)
}

/// A credit at the end of a caption: "(NAME / AFP)", "(Photo: NAME, Reuters)", "Photo: NAME/AFP",
/// "© AFP", or ". AFP/NAME" after the caption's last sentence. The leftmost reading wins.
fn credit_at_end(tail: &str) -> Option<CreditMatch> {
    let bracketed = |i: usize| -> Option<CreditMatch> {
        let mut c = Scan::at(tail, i);
        c.eat('(').then_some(())?;
        let inside = c;
        let read = |mut c: Scan, labelled: bool| {
            let start = c.pos;
            let count = c.eat_while(|ch| ch != '(' && ch != ')');
            let chars = c.since(start).chars().count();
            if count == 0 || !(2..=100).contains(&chars) || !c.eat(')') {
                return None;
            }
            let end = c.pos - 1;
            c.spaces();
            c.done().then_some(CreditMatch { start: i, credit: (start, end), form: CreditForm::Bracketed { labelled } })
        };
        let mut labelled = inside;
        if credit_label(&mut labelled) {
            if let Some(m) = read(labelled, true) {
                return Some(m);
            }
        }
        read(inside, false)
    };
    let labelled = |i: usize, ch: char| -> Option<CreditMatch> {
        let read = |mut c: Scan| {
            credit_label(&mut c).then_some(())?;
            let start = c.pos;
            let end = run_to_end(&mut c, 2, 80, &['(', ')', '.'])?;
            Some(CreditMatch { start: i, credit: (start, end), form: CreditForm::Labelled })
        };
        (i == 0)
            .then(|| read(Scan::new(tail)))
            .flatten()
            .or_else(|| ch.is_whitespace().then(|| read(Scan::at(tail, i + ch.len_utf8()))).flatten())
    };
    let bare = |i: usize| -> Option<CreditMatch> {
        let mut c = Scan::at(tail, i);
        c.eat_any(&['.', '!', '?'])?;
        c.space1()?;
        // "Photo: NAME/AGENCY" is a labelled credit, read as such at the label.
        if credit_label(&mut { c }) {
            return None;
        }
        let start = c.pos;
        c.char_if(|ch| ch.is_uppercase() || ch.is_lowercase())?;
        let excluded = ['(', ')', '.', ',', '/'];
        let first = c.eat_while(|ch| !excluded.contains(&ch));
        let chars = c.since(start).chars().count() - 1;
        if first == 0 || chars > 60 || !c.eat('/') {
            return None;
        }
        let end = run_to_end(&mut c, 1, 60, &excluded)?;
        Some(CreditMatch { start: i, credit: (start, end), form: CreditForm::Bare })
    };
    tail.char_indices()
        .find_map(|(i, ch)| (ch == '(').then(|| bracketed(i)).flatten().or_else(|| labelled(i, ch)).or_else(|| bare(i)))
}

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

/// The most words of a caption credited to an agency alone in brackets; a longer paragraph so
/// credited is the story's, signed off by its agency.
const MAX_CAPTION_WORDS_BEFORE_AGENCY: usize = 45;

fn caption(text: &str, lower: &str, span: Span) -> Option<Caption> {
    let line = span.of(text);
    // A credit needs a bracket at the end, a slash, a © or a label: most lines have none.
    let lower_line = span.of(lower);
    let mut tail_start = lower_line.len().saturating_sub(480);
    while !lower_line.is_char_boundary(tail_start) {
        tail_start += 1;
    }
    let lower_tail = lower_line[tail_start..]
        .char_indices()
        .rev()
        .nth(119)
        .map_or(lower_line, |(i, _)| &lower_line[tail_start + i..]);
    let maybe_credit = line.ends_with(')')
        || lower_tail.contains('/')
        || lower_tail.contains('©')
        // A photo label is followed by a colon ("Photo: NAME").
        || lower_tail.contains(':')
            && words_of(|l| l.page.photo_labels).any(|p| lower_tail.contains(p));
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
    let found = credit_at_end(tail)?;
    let credit = &tail[found.credit.0..found.credit.1];
    let labelled = match found.form {
        CreditForm::Bracketed { labelled } => labelled,
        CreditForm::Labelled => true,
        // An unmarked "AGENCY/Name" after the caption's last sentence must name an agency.
        CreditForm::Bare if credit.split('/').any(is_news_agency) => false,
        CreditForm::Bare => return None,
    };
    let (photographer, agency) = parse_credit(credit, labelled)?;
    // The caption keeps its final full stop when the credit follows it unmarked.
    let whole_start = from + if found.form == CreditForm::Bare { found.start + 1 } else { found.start };
    let caption = Span::new(span.start, span.start + whole_start).trim(text);
    // A caption says something: a few words before the credit.
    let words = caption.of(text).split_whitespace().count();
    if words < 3 || line.len() > 600 {
        return None;
    }
    // "… a ajouté le porte-parole du ministère. (Belga)": an agency alone in
    // brackets after a paragraph longer than any photo's caption signs the story off.
    let bracketed = matches!(found.form, CreditForm::Bracketed { .. });
    if bracketed && !labelled && photographer.is_none() && words > MAX_CAPTION_WORDS_BEFORE_AGENCY {
        return None;
    }
    let credit_span = Span::new(span.start + from + found.credit.0, span.start + from + found.credit.1).trim(text);
    Some(Caption { span: caption, credit: Some(Credit { span: credit_span, photographer, agency }), repeats: vec![] })
}

/// The first full date written in a line, read from the start of one of its words.
fn date_in_line(text: &str, span: Span) -> Option<Stamp> {
    let line = span.of(text);
    line.char_indices()
        // "(17 mars 2024)": a bracket may open it.
        .filter(|&(i, c)| {
            c.is_alphanumeric() && line[..i].chars().next_back().is_none_or(|b| b.is_whitespace() || b == '(')
        })
        .find_map(|(i, _)| {
            let (value, len) = parse_stamp(&line[i..])?;
            Some(Stamp { span: Span::new(span.start + i, span.start + i + len), value })
        })
}

/// How far past a line's first word a stamp label may reach.
const STAMP_LABEL_REACH: usize = 80;

/// The words of every language's publication and update labels.
fn stamp_labels() -> impl Iterator<Item = &'static str> {
    words_of(|l| l.page.published_labels).chain(words_of(|l| l.page.updated_labels))
}

/// The most words of an author's name before a stamp's label on its line ("Jane Doe Published
/// March 4, 2025").
const NAME_BEFORE_STAMP_WORDS: usize = 3;

/// Where a stamp's label starts after an author's name that opens the line: a few capitalised
/// words, then the label.
fn label_after_name(line: &str, lower: &str) -> Option<usize> {
    let mut at = 0;
    for _ in 0..NAME_BEFORE_STAMP_WORDS {
        let word = line[at..].split_whitespace().next()?;
        let capitalised = word.starts_with(char::is_uppercase)
            && word.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'));
        if !capitalised {
            return None;
        }
        at = at + line[at..].find(word)? + word.len();
        let next = at + line[at..].len() - line[at..].trim_start().len();
        if at < next && may_open_with(&lower[next..], stamp_labels()) {
            return Some(next);
        }
    }
    None
}

fn stamps(text: &str, lower: &str, span: Span) -> Option<Vec<(bool, Option<Stamp>)>> {
    let line = span.of(text);
    // A stamp's label opens the line, or follows the author's name: look for one near the
    // first words before reading further.
    let from = if may_open_with(span.of(lower), stamp_labels()) {
        0
    } else if line.len() <= SHORT_LINE_BYTES {
        label_after_name(line, span.of(lower))?
    } else {
        return None;
    };
    let lead = line[from..].find(char::is_alphanumeric).map_or(line.len(), |n| from + n);
    let mut cut = (lead + STAMP_LABEL_REACH).min(line.len());
    while !line.is_char_boundary(cut) {
        cut += 1;
    }
    // After a name, from the space before the label.
    let first = stamp_label(line, from.saturating_sub(1)).filter(|&(start, _, _)| start < cut)?;
    // The label opens the line, or what follows the name.
    if line[from.min(first.0)..first.0].trim().chars().any(char::is_alphanumeric) {
        return None;
    }
    let mut found = Vec::new();
    let mut covered = 0;
    let mut next = Some(first);
    while let Some((label_start, label_end, is_update)) = next {
        let rest = &line[label_end..];
        let label_len = label_end - label_start;
        let at = match parse_stamp(rest) {
            Some((value, len)) => {
                let s = Span::new(span.start + label_end, span.start + label_end + len);
                found.push((is_update, Some(Stamp { span: s, value })));
                covered += label_len + len;
                label_end + len
            }
            None => {
                found.push((is_update, None));
                covered += label_len;
                label_end
            }
        };
        next = if at < line.len() { stamp_label(line, at) } else { None };
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

fn classify(text: &str, lower: &str, span: Span) -> Class {
    let line = span.of(text);
    if !line.chars().any(char::is_alphanumeric) {
        return Class::Separator;
    }
    if let Some(found) = stamps(text, lower, span) {
        return Class::Stamps(found);
    }
    // Labels open a line: the patterns anchored at its start read only its head.
    let head = head_of(line);
    if let Some(minutes) = (line.len() <= SHORT_LINE_BYTES).then(|| reading_time(line)).flatten() {
        return Class::ReadingTime(ReadingTime { span, minutes });
    }
    // "12/06/2024 09:40", or the time first: "09:40 12/06/2024"; a separator may open the
    // line ("| 7:15 PM March 03, 2024").
    let opening =
        line.len() - line.trim_start_matches(|c: char| c.is_whitespace() || STAMP_SEPARATORS.contains(&c)).len();
    let dated = Span::new(span.start + opening, span.end);
    if let Some((value, len)) = opens_like_a_date(dated.of(lower)).then(|| parse_stamp(dated.of(text))).flatten() {
        let stamp = Stamp { span: Span::new(dated.start, dated.start + len), value };
        let after = &dated.of(text)[len..];
        // "03.03.2024, Radio Kankan": a date, then the outlet's name.
        // "March 9, 2024 - 0:0": a clock time a page failed to fill is no text.
        let clock_only = after
            .trim_start_matches(|c: char| c.is_whitespace() || STAMP_SEPARATORS.contains(&c))
            .chars()
            .all(|c| c.is_ascii_digit() || c == ':' || c.is_whitespace());
        if !after.chars().any(char::is_alphanumeric) || outlet_name(after) || clock_only {
            return Class::BareDate(stamp);
        }
        // "14 mars 2024 06:52; Act: 14.03.2024 10:05": a date, then its update.
        let rest = Span::new(dated.start + len, span.end);
        let lead = rest.of(text).len() - rest.of(text).trim_start_matches([' ', ';', '|', ',', '-', '—', '–']).len();
        let rest = Span::new(rest.start + lead, rest.end);
        if let Some(mut found) =
            stamps(text, lower, rest).filter(|f| f.iter().all(|(update, s)| *update && s.is_some()))
        {
            found.insert(0, (false, Some(stamp)));
            return Class::Stamps(found);
        }
    }
    if let Some(stamp) = outlet_then_date(text, lower, span) {
        return Class::BareDate(stamp);
    }
    if let Some(class) = barred_date(text, lower, span) {
        return class;
    }
    let teasers = words_of(|l| l.page.teaser_labels).chain(words_of(|l| l.page.weak_teaser_labels));
    if may_open_with(&span.of(lower)[..head.len()], teasers)
        && (opens_with_teaser(head) || weak_teaser(head) == Some(true))
    {
        return Class::Furniture;
    }
    let contributors = || {
        let lower = span.of(lower);
        words_of(|l| l.page.contributor_lines).any(|c| lower.contains(c))
    };
    if line.len() < 240 && contributors() {
        return Class::Furniture;
    }
    if at_most_chars(line, 80) && opens_as_furniture(line) && !ends_sentence(line) {
        return Class::Furniture;
    }
    if at_most_chars(line, 100) && (is_byline(line) || is_agency_byline(line)) && !line.ends_with('.') {
        return Class::Byline;
    }
    // "Goma, RD Congo (AFP)": a dateline on its own line, not a photo's credit.
    if agency_dateline_line(text, span).is_some() {
        return Class::Content;
    }
    if let Some(c) = caption(text, lower, span) {
        return Class::Caption(c);
    }
    Class::Content
}

/// The most words of an outlet's name after a date on its line.
const OUTLET_WORDS: usize = 3;

/// Marks that set a stamp's parts apart, and may open its line.
const STAMP_SEPARATORS: &[char] = &['/', '|', '·', '•', '-', '—', '–', ',', ';'];

/// Whether what follows a date on its line is only an outlet's or agency's name: a few words,
/// each capitalised, after a separator ("03.03.2024, Radio Kankan", "12 mars 2024 - AFP").
fn outlet_name(after: &str) -> bool {
    let name = after.trim_start_matches(|c: char| c.is_whitespace() || STAMP_SEPARATORS.contains(&c));
    let separated = name.len() < after.len() && after.trim_start().starts_with(|c: char| STAMP_SEPARATORS.contains(&c));
    separated && names_in_few_capitals(name) && !ends_sentence(name)
}

/// Whether `name` is at most [`OUTLET_WORDS`] words, each capitalised, as an outlet's name is.
fn names_in_few_capitals(name: &str) -> bool {
    (1..=OUTLET_WORDS).contains(&name.split_whitespace().count())
        && name.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
}

/// Whether the gazetteer knows `name` as a town or a country.
fn known_place(name: &str) -> bool {
    GAZETTEER.lookup(name).is_some_and(|e| GAZETTEER.entry(e).entity_type == EntityType::Gpe)
}

/// The date of a line that is an outlet's or agency's name, a separator and a date alone,
/// perhaps with its clock: "AFP - 3 mai 2024 à 08:15", "Reuters, March 4, 2025".
fn outlet_then_date(text: &str, lower: &str, span: Span) -> Option<Stamp> {
    let line = span.of(text);
    if line.len() > SHORT_LINE_BYTES {
        return None;
    }
    // A separator after a space, or a comma: not the hyphen of "Ouest-France".
    let separator = line.char_indices().find_map(|(i, c)| {
        (STAMP_SEPARATORS.contains(&c) && (c == ',' || line[..i].ends_with(char::is_whitespace))).then_some(i)
    })?;
    let name = line[..separator].trim();
    // "Paris - 3 mai 2024" is a place's dateline, not an outlet's stamp.
    if !names_in_few_capitals(name) || known_place(name) {
        return None;
    }
    let after = separator + line[separator..].len()
        - line[separator..].trim_start_matches(|c: char| c.is_whitespace() || STAMP_SEPARATORS.contains(&c)).len();
    let dated = Span::new(span.start + after, span.end);
    let (value, len) = opens_like_a_date(dated.of(lower)).then(|| parse_stamp(dated.of(text))).flatten()?;
    dated.of(text)[len..].trim().is_empty().then(|| Stamp { span: Span::new(dated.start, dated.start + len), value })
}

/// The most words of each part beside the date in a line of parts set off by bars.
const BARRED_PART_WORDS: usize = 4;

/// The dates of a short line of parts set off by bars, each a date alone, a labelled stamp or a
/// few words: "Quito, Équateur | AFP | mardi 05/08/2025", "12/03/2021 | Reuters", "APP | Quetta |
/// Updated: 14-08-2023 18:05 PKT | Created: 13-08-2023 21:10 PKT". A line with a labelled
/// stamp is a stamp line; one with only a date alone, a bare date.
fn barred_date(text: &str, lower: &str, span: Span) -> Option<Class> {
    let line = span.of(text);
    if line.len() > 2 * SHORT_LINE_BYTES || !line.contains('|') {
        return None;
    }
    let mut date = None;
    let mut labelled: Vec<(bool, Option<Stamp>)> = Vec::new();
    let mut offset = 0;
    for part in line.split('|') {
        let start = offset + (part.len() - part.trim_start().len());
        offset += part.len() + 1;
        let part = part.trim();
        let part_span = Span::new(span.start + start, span.start + start + part.len());
        let parsed = opens_like_a_date(part_span.of(lower)).then(|| parse_date_time(part)).flatten();
        match parsed {
            Some((value, len)) if date.is_none() && !part[len..].chars().any(char::is_alphanumeric) => {
                date = Some(Stamp { span: Span::new(part_span.start, part_span.start + len), value });
            }
            // "Author: Staff reporter | Published …" is a byline with its date.
            _ if is_byline(part) => return None,
            _ => match stamps(text, lower, part_span).filter(|f| f.iter().any(|(_, s)| s.is_some())) {
                Some(found) => labelled.extend(found),
                None if part.split_whitespace().count() > BARRED_PART_WORDS || ends_sentence(part) => return None,
                None => {}
            },
        }
    }
    if labelled.is_empty() {
        return date.map(Class::BareDate);
    }
    if let Some(date) = date {
        labelled.insert(0, (false, Some(date)));
    }
    Some(Class::Stamps(labelled))
}

/// Whether `line` has at most `n` characters, without counting those of a long line.
fn at_most_chars(line: &str, n: usize) -> bool {
    line.len() <= n || line.len() <= 4 * n && line.chars().count() <= n
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
    breaks_mid_sentence(prev, cur) || blank_lines_separate && ends_sentence(prev)
}

/// Whether `cur` goes on with a sentence `prev` left unfinished: `prev` ends on a word or a
/// comma, and `cur` opens in lower case.
fn breaks_mid_sentence(prev: &str, cur: &str) -> bool {
    !ends_sentence(prev)
        && prev.chars().last().is_some_and(|c| c.is_alphanumeric() || c == ',')
        && cur.chars().next().is_some_and(char::is_lowercase)
}

/// Whether `line` goes on with a quotation that `previous` opened and a stray blank line broke
/// mid-sentence ("« … dont 18 membres de la\n\ngarde nationale », lit-on").
fn broken_quote(text: &str, previous: Span, line: Span) -> bool {
    let (prev, cur) = (previous.of(text), line.of(text));
    let count = |c: char| prev.chars().filter(|&x| x == c).count();
    let open = count('«') > count('»') || count('“') > count('”') || count('"') % 2 == 1;
    let closes = cur.contains(['»', '”', '"']);
    open && closes && breaks_mid_sentence(prev, cur)
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

/// The most words of a line of authors' names right above a date stamp ("Jane Doe and Ali
/// Hassan").
const MAX_NAME_LINE_WORDS: usize = 6;

/// Finds the layout of `text` (normalised).
pub fn analyse(text: &str, lower: &str) -> Layout {
    let lines = physical_lines(text);
    let blank_lines_separate = lines.iter().skip(1).any(|&(_, blank)| blank);
    let mut spans: Vec<Span> = Vec::with_capacity(lines.len());
    let mut classes: Vec<Class> = Vec::with_capacity(lines.len());
    for &(span, blank_before) in &lines {
        let class = classify(text, lower, span);
        if let (Some(last), Some(Class::Content)) = (spans.last_mut(), classes.last()) {
            let joined = if blank_before {
                broken_quote(text, *last, span)
            } else {
                continues(text, *last, span, blank_lines_separate)
            };
            if matches!(class, Class::Content) && joined {
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
                // "By Jane Okafor, Reuters March 4, 2025 9:30 am": the byline's date is the
                // publication's when no stamp gave one.
                if layout.published.is_none() {
                    layout.published = date_in_line(text, spans[i]);
                }
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

    // A date alone on a line above everything else the page says is its date stamp, and the
    // headline may stand under it ("4 July 2024" before the title); not where more dates stand
    // alone further down (a timeline's).
    let bare_dates = classes.iter().filter(|c| matches!(c, Class::BareDate(_))).count();
    if bare_dates == 1 {
        for (class, role) in classes.iter().zip(roles.iter_mut()) {
            match (class, *role) {
                (Class::BareDate(stamp), Role::Body) => {
                    *role = Role::Stamp;
                    if layout.published.is_none() {
                        layout.published = Some(stamp.clone());
                    }
                }
                (_, Role::Body) => break,
                _ => {}
            }
        }
    }
    // A title with its agency in brackets ("Floods kill nine in the north (Reuters)") reads
    // as a caption with a credit; standing first, above the body, with no photographer and
    // no full stop, it is the headline.
    let meta = |r: Role| matches!(r, Role::Boilerplate | Role::Stamp | Role::Byline | Role::ReadingTime);
    if let Some(first) = roles.iter().position(|&r| !meta(r)) {
        if let Class::Caption(c) = &classes[first] {
            let agency_only = c.credit.as_ref().is_some_and(|cr| cr.photographer.is_none() && cr.agency.is_some());
            let is_first_caption = layout.captions.first().is_some_and(|k| k.span == c.span);
            if agency_only
                && is_first_caption
                && !ends_sentence(c.span.of(text))
                && roles[first + 1..].contains(&Role::Body)
                && looks_like_headline(c.span.of(text))
            {
                let caption = layout.captions.remove(0);
                layout.credits.retain(|cr| Some(cr) != caption.credit.as_ref());
                roles[first] = Role::Body;
            }
        }
    }
    let first_body = |roles: &[Role]| roles.iter().position(|&r| r == Role::Body);
    // Headline: the first line, when it reads as a title and more text follows; page
    // furniture, a date stamp or a byline may stand above it ("Published 9 March 2024").
    if let Some(h) = first_body(&roles) {
        let is_first_line = roles[..h].iter().all(|&r| meta(r));
        let more_follows = roles[h + 1..].contains(&Role::Body);
        if is_first_line && more_follows && looks_like_headline(spans[h].of(text)) {
            roles[h] = Role::Headline;
            layout.headline = Some(spans[h]);
            // Standfirst: one or two lines between the headline and the page's meta lines.
            // A date alone on a line is a stamp, never a standfirst.
            let meta =
                (h + 1..spans.len()).find(|&j| roles[j] != Role::Body || matches!(classes[j], Class::BareDate(_)));
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
    // The one date alone on a line, right above the paragraph that opens with the dateline or
    // right under the authors' names, is the stamp, whatever stands between it and the
    // headline (a standfirst): "…\nJane Doe\nNov 7, 2023\n\nBAMAKO, Mali (AP) — …".
    if bare_dates == 1 && layout.published.is_none() {
        let at = classes.iter().position(|c| matches!(c, Class::BareDate(_)));
        // A line of a name or two, no sentence.
        let names = |j: usize| {
            let line = spans[j].of(text);
            !ends_sentence(line)
                && line.split_whitespace().count() <= MAX_NAME_LINE_WORDS
                && line.split_whitespace().all(|w| w.starts_with(char::is_uppercase) || w.len() <= 3)
        };
        if let Some(i) = at.filter(|&i| roles[i] == Role::Body) {
            let next = (i + 1..spans.len()).find(|&j| roles[j] == Role::Body);
            let under_names = i > 0
                && roles[i - 1] == Role::Body
                && names(i - 1)
                && text[spans[i - 1].end..spans[i].start].matches('\n').count() == 1;
            if let (Class::BareDate(stamp), Some(j)) = (&classes[i], next) {
                if dateline(text, spans[j]).is_some() || under_names {
                    roles[i] = Role::Stamp;
                    layout.published = Some(stamp.clone());
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
    // With no meta line between them, a line or two after the headline are its standfirst
    // when the paragraph after them opens with the dateline.
    if let (None, None, Some(h)) = (layout.dateline, layout.standfirst, roles.iter().position(|&r| r == Role::Headline))
    {
        // A story's highlights may stand there too: short lines, none of them a sentence
        // ("Story Highlights", then a point per line).
        let body: Vec<usize> =
            (h + 1..spans.len()).filter(|&j| roles[j] == Role::Body).take(MAX_LINES_BEFORE_DATELINE + 1).collect();
        let highlight = |j: usize| !ends_sentence(spans[j].of(text)) && spans[j].len() <= MAX_HIGHLIGHT_BYTES;
        let found = body.iter().enumerate().skip(1).find_map(|(n, &j)| Some((n, j, dateline(text, spans[j])?)));
        // Set as one block, line under line: paragraphs apart are other stories' headlines.
        let one_block =
            |j: usize| (h + 1..j - 1).all(|i| text[spans[i].end..spans[i + 1].start].matches('\n').count() <= 1);
        let found = found.filter(|&(n, j, _)| n <= 2 || (h + 1..j).all(highlight) && one_block(j));
        // Every line between the headline and the dateline's paragraph is body text.
        if let Some((_, j, d)) = found.filter(|&(n, j, _)| j - h - 1 == n) {
            for r in &mut roles[h + 1..j] {
                *r = Role::Standfirst;
            }
            layout.standfirst = Some(Span::new(spans[h + 1].start, spans[j - 1].end));
            layout.dateline = Some(d);
        }
    }
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
        classify(line, &crate::tokens::lowercase_aligned(line), Span::new(0, line.len()))
    }

    #[test]
    fn a_paragraph_signed_off_by_its_agency_is_no_caption() {
        let caption = "Firefighters tackle the blaze at the market in the capital on Tuesday. (AFP)";
        assert!(matches!(class_of(caption), Class::Caption(_)));
        let paragraph = "Dans le nord du pays, deux hommes ont péri jeudi pendant que les gendarmes dégageaient \
            la route nationale, a indiqué le porte-parole de la gendarmerie, qui nie toute faute. Les gendarmes \
            ont en outre touché par balle trois pilleurs d'un entrepôt de riz, a admis ce porte-parole face aux \
            journalistes. (Belga)";
        assert!(matches!(class_of(paragraph), Class::Content));
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

    /// The credit a caption line ends with: (photographer, agency).
    fn credit_of(line: &str) -> Option<(Option<String>, Option<String>)> {
        match class_of(line) {
            Class::Caption(c) => c.credit.map(|k| (k.photographer, k.agency)),
            _ => None,
        }
    }

    #[test]
    fn credits_in_brackets_after_a_label_or_after_the_last_sentence() {
        let both = |p: &str, a: &str| Some((Some(p.to_string()), Some(a.to_string())));
        assert_eq!(
            credit_of("Rescuers search the rubble in the old town (Maria Lopez / AFP)"),
            both("Maria Lopez", "AFP")
        );
        assert_eq!(
            credit_of("Des secouristes fouillent les décombres (Photo : Jean Martin, Reuters)"),
            both("Jean Martin", "Reuters")
        );
        assert_eq!(
            credit_of("Voters queue outside a school in the capital. Photo: Ana Silva/AP"),
            both("Ana Silva", "AP")
        );
        assert_eq!(
            credit_of("Des électeurs font la queue devant une école. Crédit photo : Paul Durand"),
            Some((Some("Paul Durand".to_string()), None))
        );
        assert_eq!(
            credit_of("Smoke rises over the port after the strike. REUTERS/Omar Haddad"),
            both("Omar Haddad", "REUTERS")
        );
        // An unmarked pair after the last sentence must name an agency.
        assert_eq!(credit_of("The talks resumed on Monday. Peace/Security"), None);
        assert!(matches!(class_of("Talks resumed on Monday (in Geneva)."), Class::Content));
    }

    #[test]
    fn a_date_in_the_byline_is_the_publication_date_when_no_stamp_gives_one() {
        for (text, day) in [
            ("Floods kill nine in Niger\n\nBy Jane Okafor March 4, 2025 9:30 am\n\nFloods killed nine people on Monday.\n", "2025-03-04"),
            ("Des inondations font neuf morts\n\nPar Jeanne Okafor le 4 mars 2025 à 9 h 30\n\nLes inondations ont tué neuf personnes lundi.\n", "2025-03-04"),
        ] {
            let layout = analyse(text, &text.to_lowercase());
            assert!(layout.byline.is_some(), "{text}");
            assert_eq!(layout.published.map(|p| p.value.date.to_string()).as_deref(), Some(day), "{text}");
        }
    }

    #[test]
    fn stamps_set_off_by_bars_or_slashes_or_followed_by_the_outlet_are_read() {
        for (text, day) in [
            ("Storm kills six in Sindh\n\nAPP | Karachi | Updated: 14-08-2023 18:05 PKT | Created: 13-08-2023 21:10 PKT\n\nA storm killed six people on Sunday.\n", "2023-08-13"),
            ("Une tempête fait six morts\n\nAFP | Dakar | Mis à jour le 14/08/2023 à 18h05\n\nUne tempête a tué six personnes dimanche.\n", "2023-08-14"),
            ("Storm kills six in Sindh\n\n/ 06:15 PM August 14, 2023\n\nA storm killed six people on Sunday.\n", "2023-08-14"),
            ("Une tempête fait six morts\n\n14.08.2023, Radio Kankan\n\nUne tempête a tué six personnes dimanche.\n", "2023-08-14"),
            ("Storm kills six in Sindh\n\n14 August 2023 - AFP\n\nA storm killed six people on Sunday.\n", "2023-08-14"),
            // The agency first, and a clock after the date.
            ("Une tempête fait six morts\n\nAFP - 14 août 2023 à 18:05\n\nUne tempête a tué six personnes dimanche.\n", "2023-08-14"),
            ("Storm kills six in Sindh\n\nReuters, August 14, 2023\n\nA storm killed six people on Sunday.\n", "2023-08-14"),
            ("Une tempête fait six morts\n\nOuest-France - 14 août 2023 à 18:05\n\nUne tempête a tué six personnes dimanche.\n", "2023-08-14"),
            // A clock that says the afternoon twice.
            ("Storm kills six in Sindh\n\n18:05 pm on 14 August 2023\n\nA storm killed six people on Sunday.\n", "2023-08-14"),
            // A clock with its seconds, between the outlet and the editor.
            ("Storm kills six in Sindh\n\nSource: APP| 2023-08-14 18:05:41|Editor: staff\n\nA storm killed six people on Sunday.\n", "2023-08-14"),
            ("Une tempête fait six morts\n\nSource : APS | 14/08/2023 18:05:41 | Rédaction\n\nUne tempête a tué six personnes dimanche.\n", "2023-08-14"),
        ] {
            let layout = analyse(text, &text.to_lowercase());
            let date = layout.published.or(layout.updated).map(|p| p.value.date.to_string());
            assert_eq!(date.as_deref(), Some(day), "{text}");
        }
        // A sentence after a date is no outlet.
        let text =
            "14 August 2023, the storm reached the coast and killed six people.\n\nRescuers searched all night.\n";
        assert!(analyse(text, &text.to_lowercase()).published.is_none());
    }

    #[test]
    fn a_dash_after_the_label_or_an_empty_clock_after_the_date_still_makes_a_stamp() {
        for (text, day) in [
            ("Floods cut the coast road\n\nPublished - March 9, 2024 04:12 am IST - CHENNAI\n\nFloods cut the road on Friday.\n", "2024-03-09"),
            ("Les crues coupent la route\n\nPublié - 9 mars 2024 à 04h12\n\nLes crues ont coupé la route vendredi.\n", "2024-03-09"),
            ("Floods cut the coast road\n\nMarch 9, 2024 - 0:0\n\nFloods cut the road on Friday.\n", "2024-03-09"),
            ("Les crues coupent la route\n\n9 mars 2024 - 0:0\n\nLes crues ont coupé la route vendredi.\n", "2024-03-09"),
        ] {
            let layout = analyse(text, &text.to_lowercase());
            let date = layout.published.or(layout.updated).map(|p| p.value.date.to_string());
            assert_eq!(date.as_deref(), Some(day), "{text}");
        }
        // Words after the date are still no stamp's.
        let text = "March 9, 2024 - 12 people died in the floods.\n\nRescuers searched all night.\n";
        assert!(analyse(text, &text.to_lowercase()).published.is_none());
    }

    #[test]
    fn a_stamp_after_the_author_s_name_is_the_publication_date() {
        for (text, day) in [
            ("Floods kill nine in Niger\n\nAmina Bello Published March 4, 2025 | 9:30 AM\n\nFloods killed nine people on Monday.\n", "2025-03-04"),
            ("Des inondations font neuf morts\n\nAmina Bello Publié le 4 mars 2025 à 9 h 30\n\nLes inondations ont tué neuf personnes lundi.\n", "2025-03-04"),
        ] {
            let layout = analyse(text, &text.to_lowercase());
            assert_eq!(layout.published.map(|p| p.value.date.to_string()).as_deref(), Some(day), "{text}");
        }
        // A sentence that mentions publishing is no stamp.
        let text = "Floods kill nine\n\nThe ministry published its figures on March 4, 2025, after the floods.\n";
        assert!(analyse(text, &text.to_lowercase()).published.is_none());
    }

    #[test]
    fn a_place_and_a_date_are_no_outlet_s_stamp() {
        let text = "Storm kills six\n\nNairobi, March 4, 2025\n\nA storm killed six people on Sunday.\n";
        assert!(analyse(text, &text.to_lowercase()).published.is_none());
    }

    #[test]
    fn a_headline_may_stand_under_the_date_stamp() {
        for text in [
            "Published 4 March 2025\n\nFloods kill nine in Niger\n\nFloods killed nine people on Monday, officials said.\n\nMore rain is forecast.\n",
            "Publié le 4 mars 2025\n\nDes inondations font neuf morts au Niger\n\nLes inondations ont tué neuf personnes lundi.\n\nD'autres pluies sont attendues.\n",
        ] {
            let layout = analyse(text, &text.to_lowercase());
            let headline = layout.headline.map(|h| h.of(text)).unwrap_or_default();
            assert!(headline.starts_with("Floods kill") || headline.starts_with("Des inondations"), "{text}");
            assert!(layout.published.is_some(), "{text}");
        }
        // A first paragraph that is a sentence is no headline.
        let text = "Published 4 March 2025\n\nFloods killed nine people on Monday.\n\nMore rain is forecast.\n";
        assert!(analyse(text, &text.to_lowercase()).headline.is_none());
    }

    #[test]
    fn a_date_alone_above_the_headline_is_the_page_s_date() {
        for (text, headline) in [
            ("12 May 2024\n\nFerry fire kills 14 off Mindanao\n\nFourteen passengers died on Sunday.\n", "Ferry fire"),
            ("12 mai 2024\n\nUn incendie fait 14 morts\n\nQuatorze passagers sont morts dimanche.\n", "Un incendie"),
            (
                "May 12, 2024 10:15\n\nFerry fire kills 14 off Mindanao\n\nFourteen passengers died on Sunday.\n",
                "Ferry fire",
            ),
            ("May 12, 2024 8:05 p.m. ET\n\nFerry fire kills 14\n\nFourteen passengers died on Sunday.\n", "Ferry fire"),
        ] {
            let layout = analyse(text, &text.to_lowercase());
            assert!(layout.headline.is_some_and(|h| h.of(text).starts_with(headline)), "{text}");
            assert_eq!(layout.published.map(|p| p.value.date.day), Some(12), "{text}");
        }
        // A timeline's first date is no page's date.
        let text = "2 May 2024\n\nThe first storm hits the coast.\n\n9 May 2024\n\nA second storm follows.\n";
        assert_ne!(analyse(text, &text.to_lowercase()).published.map(|p| p.value.date.day), Some(2));
    }

    #[test]
    fn the_one_date_alone_right_above_the_dateline_paragraph_is_the_page_s_date() {
        for text in [
            "Depot blast kills 13\n\nThe depot was to be moved.\n\nAmina Bello\nJohn Mensah\nNov 7, 2023\n\nBAMAKO, Mali (AP) — A blast killed 13 people on Monday.\n",
            "Explosion au dépôt : 13 morts\n\nLe dépôt devait être déplacé.\n\nPar Awa Diallo\n7 novembre 2023\n\nBAMAKO (AFP) - Une explosion a tué 13 personnes lundi.\n",
        ] {
            let layout = analyse(text, &text.to_lowercase());
            assert_eq!(layout.published.map(|p| (p.value.date.month, p.value.date.day)), Some((11, 7)), "{text}");
        }
        // Or right under the authors' names.
        let text = "Depot blast kills 13\n\nThe depot was to be moved.\n\nAmina Bello\nJohn Mensah\nNov 7, 2023\n\nA blast killed 13 people on Monday in the capital.\n";
        assert_eq!(analyse(text, &text.to_lowercase()).published.map(|p| p.value.date.day), Some(7));
    }

    #[test]
    fn a_dateline_set_off_by_bars_gives_its_place_agency_and_date() {
        let line = "Lagos, Nigeria | AFP | mardi 14/05/2024 - Les pompiers ont fouillé les décombres.";
        let d = dateline(line, Span::new(0, line.len())).expect(line);
        assert_eq!(d.place.of(line), "Lagos");
        assert_eq!(d.agency.map(|a| a.of(line)), Some("AFP"));
        assert_eq!(d.date.map(|a| a.of(line)), Some("mardi 14/05/2024"));
        assert_eq!(d.value.map(|v| (v.month, v.day)), Some((5, 14)));
        let line = "Port Moresby | Reuters | 3 June 2024 - Rescuers dug through the mud.";
        assert_eq!(dateline(line, Span::new(0, line.len())).and_then(|d| d.value).map(|v| v.day), Some(3));
        let line = "Lagos (Nigeria) | AFP | 14 mai 2024 - Les pompiers ont fouillé les décombres.";
        assert_eq!(dateline(line, Span::new(0, line.len())).map(|d| d.place.of(line)), Some("Lagos"));
        // Bars in a sentence, or after a page's labels, are no dateline.
        for line in [
            "Rain | wind | snow - the forecast for the week looked grim.",
            "Updated | 3 March 2025 - Four people died in landslides on Sunday.",
            "World | Reuters | 3 March 2025 - Four people died in landslides on Sunday.",
            "Faits divers | AFP | 3 mars 2025 - Quatre personnes sont mortes.",
        ] {
            assert!(dateline(line, Span::new(0, line.len())).is_none(), "{line}");
        }
    }

    #[test]
    fn a_line_between_the_headline_and_a_dateline_is_the_standfirst() {
        for text in [
            "Floods kill nine in Niger\n\nRivers burst their banks after a week of rain.\n\nNIAMEY, Aug 4 (Reuters) - \
             Floods killed nine people on Sunday.\n\nMore rain is forecast.\n",
            "Des inondations font neuf morts au Niger\n\nLes rivières sont sorties de leur lit.\n\nNIAMEY, 4 août \
             (AFP) - Les inondations ont tué neuf personnes dimanche.\n\nD'autres pluies sont attendues.\n",
        ] {
            let layout = analyse(text, &text.to_lowercase());
            let standfirst = layout.standfirst.map(|s| s.of(text)).unwrap_or_default();
            assert!(standfirst.starts_with("Rivers") || standfirst.starts_with("Les rivières"), "{text}");
            assert_eq!(layout.dateline.map(|d| d.place.of(text)), Some("NIAMEY"), "{text}");
        }
        // A second body paragraph with no dateline leaves the first one body.
        let text = "Floods kill nine in Niger\n\nRivers burst their banks on Sunday.\n\nMore rain is forecast.\n";
        assert!(analyse(text, &text.to_lowercase()).standfirst.is_none());
    }

    #[test]
    fn a_story_s_highlights_before_the_dateline_are_its_standfirst() {
        for text in [
            "Storm cuts power to thousands\n\nKey points\nWinds reached 150 km/h on the coast\nTwo ferries \
             stayed in port\nSchools close on Monday\n\nBREST, France (AFP) -- The storm cut power to 40,000 \
             homes on Sunday.\n\nRepairs will take days.\n",
            "La tempête prive des milliers de foyers d'électricité\n\nL'essentiel\nDes rafales à 150 km/h sur la \
             côte\nDeux ferries restés au port\nLes écoles fermées lundi\n\nBREST, 3 mars (AFP) - La tempête a \
             privé 40 000 foyers d'électricité dimanche.\n\nLes réparations prendront des jours.\n",
        ] {
            let layout = analyse(text, &text.to_lowercase());
            assert_eq!(layout.dateline.map(|d| d.place.of(text)), Some("BREST"), "{text}");
            let standfirst = layout.standfirst.map(|s| s.of(text)).unwrap_or_default();
            assert!(standfirst.starts_with("Key points") || standfirst.starts_with("L'essentiel"), "{text}");
        }
        // Other stories' headlines, a paragraph each, are no highlights.
        let text = "Top stories\n\nStorm cuts power in Brittany\n\nMarkets slide on rate fears\n\nVote count \
                    delayed in Senegal\n\nBREST (AFP) -- The storm cut power to 40,000 homes.\n";
        assert!(analyse(text, &text.to_lowercase()).standfirst.is_none());
        // Sentences before it are the story's own paragraphs: the dateline must open the body.
        let text = "Storm cuts power\n\nThe storm hit on Sunday.\n\nIt cut power to homes.\n\nFerries stayed in \
                    port.\n\nBREST (AFP) -- Repairs will take days.\n";
        assert!(analyse(text, &text.to_lowercase()).dateline.is_none());
    }

    #[test]
    fn datelines_with_a_date_or_an_agency_in_both_languages() {
        fn read(line: &str) -> (&str, Option<&str>, Option<&str>) {
            let d = dateline(line, Span::new(0, line.len())).expect(line);
            (d.place.of(line), d.date.map(|s| s.of(line)), d.agency.map(|s| s.of(line)))
        }
        assert_eq!(read("GOMA, DR Congo (AFP) — Fighting resumed."), ("GOMA", None, Some("AFP")));
        assert_eq!(read("TRIPOLI (Libya) (AFP) – Flooding cut roads."), ("TRIPOLI", None, Some("AFP")));
        assert_eq!(read("BAMAKO (Mali) (AFP) - Les pluies ont coupé les routes."), ("BAMAKO", None, Some("AFP")));
        assert_eq!(
            read("KHARKIV, Ukraine, March 3 (Reuters) - Drones hit."),
            ("KHARKIV", Some("March 3"), Some("Reuters"))
        );
        assert_eq!(read("GAZA, 12 mars (AFP) - Les frappes ont repris."), ("GAZA", Some("12 mars"), Some("AFP")));
        // A country alone after the comma still makes a dateline.
        assert_eq!(read("SANAA, Yemen - Strikes hit the port."), ("SANAA", None, None));
        assert_eq!(read("NEW YORK (AP) - Markets fell."), ("NEW YORK", None, Some("AP")));
        assert_eq!(read("SANAA, March 3 - Strikes hit the port."), ("SANAA", Some("March 3"), None));
        assert_eq!(
            read("PORT-AU-PRINCE (Reuters) -- Gangs blocked the road."),
            ("PORT-AU-PRINCE", None, Some("Reuters"))
        );
        // Capitals alone, with neither a date nor an agency, are a dateline only when they name
        // a town or a country the gazetteer knows.
        assert_eq!(read("KABUL — Insurgents attacked the base."), ("KABUL", None, None));
        assert_eq!(read("BAMAKO – Des hommes armés ont attaqué un poste."), ("BAMAKO", None, None));
        for line in ["NATO - the alliance met.", "UPDATE — The toll rose to 12.", "EXCLUSIF – Le rapport."] {
            assert!(dateline(line, Span::new(0, line.len())).is_none(), "{line}");
        }
        assert!(dateline("Goma (AFP) - Les combats ont repris.", Span::new(0, 36)).is_none());
    }

    #[test]
    fn a_date_then_its_place_in_capitals_in_brackets_is_a_dateline() {
        for (line, place, date) in [
            ("March 3, 2021 (JUBA) – Four herders were killed.", "JUBA", "March 3, 2021"),
            ("3 mars 2021 (BUKAVU) - Deux civils ont été tués.", "BUKAVU", "3 mars 2021"),
        ] {
            let d = dateline(line, Span::new(0, line.len())).expect(line);
            assert_eq!((d.place.of(line), d.date.map(|s| s.of(line))), (place, Some(date)));
            assert!(d.value.is_some());
        }
        // Not a date followed by a remark in brackets, nor by an agency alone.
        for line in ["March 3, 2021 (updated) - The toll rose.", "3 mars 2021 (AFP) - Le bilan s'alourdit."] {
            assert!(dateline(line, Span::new(0, line.len())).is_none(), "{line}");
        }
    }

    #[test]
    fn a_known_place_in_capitals_then_a_colon_is_a_dateline() {
        let text = "Floods hit the north\n\nPESHAWAR: At least nine people died on Monday, officials said.\n";
        let layout = analyse(text, &text.to_lowercase());
        assert_eq!(layout.dateline.map(|d| d.place.of(text)), Some("PESHAWAR"));
        // French spacing before the colon.
        let text = "Crue à Goma\n\nGOMA : Au moins neuf personnes sont mortes lundi, selon la mairie.\n";
        assert_eq!(analyse(text, &text.to_lowercase()).dateline.map(|d| d.place.of(text)), Some("GOMA"));
        // Not any word in capitals.
        let text = "Floods hit the north\n\nUPDATE: At least nine people died on Monday, officials said.\n";
        assert!(analyse(text, &text.to_lowercase()).dateline.is_none());
    }

    #[test]
    fn a_dateline_alone_on_its_line_needs_no_dash() {
        let text = "Floods bury villages\n\nMardan, Pakistan, Jul 3 (AFP) Jul 3, 2025\n\nRescuers dug on Thursday.\n";
        let layout = analyse(text, &text.to_lowercase());
        let d = layout.dateline.expect("dateline");
        assert_eq!(
            (d.place.of(text), d.agency.map(|a| a.of(text)), d.value.map(|v| v.to_string())),
            ("Mardan", Some("AFP"), Some("2025-07-03".to_string()))
        );
        let text = "Des combats reprennent\n\nBukavu, RD Congo (AFP)\n\nLes combats ont repris jeudi.\n";
        let layout = analyse(text, &text.to_lowercase());
        assert_eq!(layout.dateline.map(|d| d.place.of(text)), Some("Bukavu"));
        assert!(layout.captions.is_empty());
        // A caption that ends with its credit is still a caption, with a country before it too.
        for caption in [
            "Des habitants fuient les combats à Bukavu, le 3 juillet 2025 (AFP)",
            "Smoke rises over the airport in Bukavu, DR Congo (AFP)",
            "Photo: Bukavu, DR Congo (AFP)",
        ] {
            let text = format!("Des combats reprennent\n\n{caption}\n\nLes combats ont repris jeudi.\n");
            assert!(analyse(&text, &text.to_lowercase()).dateline.is_none(), "{caption}");
        }
    }

    #[test]
    fn a_first_line_ending_with_its_agency_in_brackets_is_the_headline() {
        for (title, agency) in [
            ("Floods kill nine in the north as rivers burst their banks (Reuters)", "Reuters"),
            ("Mali : douze morts lors d'une embuscade contre un convoi au centre du pays (AFP)", "AFP"),
        ] {
            let text = format!("Published 3 July 2025\n\n{title}\n\nThe rivers rose on Thursday night.\n");
            let layout = analyse(&text, &text.to_lowercase());
            assert_eq!(layout.headline.map(|h| h.of(&text)), Some(title), "{title}");
            assert!(layout.captions.is_empty() && layout.credits.is_empty(), "{agency}");
        }
        // Under a headline, the same line is a caption.
        let text = "Floods kill nine\n\nRescuers search the river bank near the bridge (Reuters)\n\nThe rivers rose.\n";
        assert_eq!(analyse(text, &text.to_lowercase()).captions.len(), 1);
    }

    #[test]
    fn a_short_line_crediting_an_agency_is_a_byline() {
        for line in ["Reuters Staff", "Le Monde avec AFP", "AFP et Reuters", "Reuters"] {
            assert!(matches!(class_of(line), Class::Byline), "{line:?}");
        }
        for line in
            ["Talks with Reuters ended early", "AFP staff walked out over pay.", "Reuters reported a rise in prices"]
        {
            assert!(!matches!(class_of(line), Class::Byline), "{line:?}");
        }
    }

    #[test]
    fn teasers_and_stamps_open_their_lines() {
        assert!(matches!(class_of("Read more: Floods hit the north"), Class::Furniture));
        assert!(matches!(class_of("À lire aussi | Les crues touchent le nord"), Class::Furniture));
        assert!(matches!(class_of("RELATED Floods hit the north"), Class::Furniture));
        assert!(matches!(class_of("Related talks were held in Geneva on Monday."), Class::Content));
        for line in ["Published: 3 March 2025 10:15 GMT", "Publié le 3 mars 2025 à 10h15", "Updated 2 hours ago"] {
            assert!(matches!(class_of(line), Class::Stamps(_)), "{line:?}");
        }
        match class_of("Publié le 3 mars 2025 à 10h15 Mis à jour le 4 mars 2025 à 08h00") {
            Class::Stamps(found) => {
                let updates: Vec<bool> = found.iter().map(|(u, _)| *u).collect();
                assert_eq!(updates, vec![false, true]);
                assert!(found.iter().all(|(_, s)| s.is_some()));
            }
            _ => panic!("not a stamp line"),
        }
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
        let layout = analyse(&text, &crate::tokens::lowercase_aligned(&text));
        assert_eq!(layout.captions.len(), 5);
        assert_eq!(layout.captions[0].repeats.len(), 1);
    }

    #[test]
    fn page_labels_are_lower_case_words() {
        for l in lang::LANGUAGES {
            let p = &l.page;
            let tables = [
                p.published_labels,
                p.updated_labels,
                p.teaser_labels,
                p.weak_teaser_labels,
                p.reading_time_labels,
                p.photo_labels,
                p.furniture_words,
                p.contributor_lines,
            ];
            let more = [p.byline_labels, p.colon_byline_labels, p.reading_time_suffixes, p.minute_words];
            for label in tables.iter().flat_map(|t| t.iter()) {
                assert_eq!(*label, label.to_lowercase(), "{label}");
            }
            for label in tables.iter().chain(&more).flat_map(|t| t.iter()) {
                assert!(label.starts_with(char::is_alphabetic), "{label}");
            }
        }
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
