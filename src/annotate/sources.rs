//! Who a statement comes from: source phrases resolved to entities where one is named,
//! typed as NGO, state media, agency, government and so on, and the reporting-verb patterns
//! shared by the quote and attribution annotators.

use crate::document::Document;
use crate::lang::{self, alternation, Lexicon};
use crate::model::Span;
use crate::model::{EntityId, EntityType, Kind, Source, SourceKind};
use crate::tokens::{find_whole_word, possessive_after};
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Regexes of one language's reporting words.
pub struct Cues {
    /// A verb of speech: "said", "a déclaré", "assures".
    pub verb: Regex,
    /// "according to", "selon".
    pub marker: Regex,
    /// French inversion after a quote: "a-t-il ajouté", "estime-t-elle", "dit-il".
    pub inverted: Regex,
}

static CUES: LazyLock<HashMap<&'static str, Cues>> = LazyLock::new(|| {
    lang::ALL
        .iter()
        .map(|l| {
            // A marker's first word ("according" in "according to") is no verb of speech.
            let opens_marker = |v: &str| l.speech.attribution_markers.iter().any(|m| m.split(' ').next() == Some(v));
            let verbs = alternation(l.speech.speech_verbs.iter().copied().filter(|v| !opens_marker(v)));
            let markers = alternation(l.speech.attribution_markers.iter().copied());
            let pronouns = alternation(l.speech.pronouns.iter().map(|(p, _)| *p));
            let cues = Cues {
                verb: Regex::new(&format!(r"(?i)(?:^|[^\p{{L}}])(?P<cue>{verbs})(?:[^\p{{L}}]|$)")).expect("cue pattern"),
                marker: Regex::new(&format!(r"(?i)(?:^|[^\p{{L}}])(?P<cue>{markers})(?:[^\p{{L}}]|$)")).expect("marker pattern"),
                inverted: Regex::new(&format!(
                    r"(?i)^\s*,?\s*(?P<cue>(?:a-t-(?P<p1>{pronouns})\s+\p{{L}}+)|(?:\p{{L}}+-t-(?P<p2>{pronouns}))|(?:\p{{L}}+-(?P<p3>{pronouns})))\b"
                ))
                .expect("inversion pattern"),
            };
            (l.language.code(), cues)
        })
        .collect()
});

/// The cue patterns of a language.
pub fn cues(lexicon: &Lexicon) -> &'static Cues {
    &CUES[lexicon.language.code()]
}

/// The first entity (not a nationality) with a mention inside `span`.
pub fn entity_in(doc: &Document<'_>, span: Span) -> Option<EntityId> {
    let text = doc.text();
    let named: Vec<(Span, EntityId)> =
        doc.mentions_in(span).filter(|&(_, i)| doc.entity(i).entity_type != EntityType::Norp).collect();
    // "Russia's Defense Ministry": the possessor is not the one named.
    named.iter().find(|(m, _)| !possessive_after(text, m.end)).or(named.first()).map(|&(_, i)| i)
}

/// The kind of source a phrase names.
pub fn kind_of(doc: &Document<'_>, phrase: Span, entity: Option<EntityId>) -> SourceKind {
    let lower = phrase.of(doc.text()).to_lowercase();
    let mut heads: Vec<&(&str, SourceKind)> = lang::ALL.iter().flat_map(|l| l.speech.source_heads.iter()).collect();
    heads.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    let by_words = heads.iter().find(|(w, _)| find_whole_word(&lower, w).is_some());
    if let Some((_, k)) = by_words {
        if *k == SourceKind::StateMedia || entity.is_none() {
            return *k;
        }
    }
    let Some(e) = entity.map(|i| doc.entity(i)) else {
        return SourceKind::Other;
    };
    match (&e.kind, e.entity_type) {
        (Some(Kind::Agency), _) => SourceKind::Agency,
        (Some(Kind::Media), _) => SourceKind::Media,
        (_, EntityType::Gpe) => SourceKind::Government,
        (_, EntityType::Person) if !e.roles.is_empty() => SourceKind::Official,
        (_, EntityType::Person) => SourceKind::Other,
        _ => {
            let name = e.name.to_lowercase();
            let k = heads
                .iter()
                .find(|(w, _)| name.split(|c: char| !c.is_alphanumeric()).any(|t| t == *w))
                .map(|(_, k)| *k);
            k.or(by_words.map(|(_, k)| *k)).unwrap_or(match e.kind {
                Some(Kind::Organisation)
                    if lang::ALL.iter().any(|l| l.speech.ngo_words.iter().any(|w| name.contains(w))) =>
                {
                    SourceKind::Ngo
                }
                _ => SourceKind::Other,
            })
        }
    }
}

/// A phrase naming one or more sources ("an NGO and Syrian state media") as sources.
pub fn sources_in(doc: &Document<'_>, phrase: Span) -> Vec<Source> {
    // "X and Y", "X et Y", "X, Y": the separators of every language.
    let separators: Vec<String> = lang::ALL
        .iter()
        .flat_map(|l| l.grammar.and.iter().map(|a| format!(" {a} ")))
        .chain([", ".to_string()])
        .collect();
    let text = doc.text();
    let mut out = Vec::new();
    let mut offset = phrase.start;
    let p = phrase.of(text);
    let mut pieces = Vec::new();
    let mut rest = p;
    loop {
        let cut = separators.iter().filter_map(|sep| rest.find(sep.as_str()).map(|i| (i, sep.len()))).min();
        match cut {
            Some((i, len)) => {
                pieces.push((offset, offset + i));
                offset += i + len;
                rest = &rest[i + len..];
            }
            None => {
                pieces.push((offset, offset + rest.len()));
                break;
            }
        }
    }
    for (a, b) in pieces {
        let span = Span::new(a, b).trim(text);
        if span.is_empty() {
            continue;
        }
        let entity = entity_in(doc, span);
        out.push(Source { span, entity, kind: kind_of(doc, span, entity) });
    }
    // "the Syrian Observatory for Human Rights and the Syrian state media" splits; a name
    // with "and" inside ("Doctors and Nurses Union") stays whole when one entity covers it.
    out
}

/// The subject of a reporting verb at `cue_start` in `sentence`: the last comma-separated
/// phrase before it, or the sentence's opening phrase when the last one is an apposition
/// ("The Observatory, a UK-based NGO, reported ...").
pub fn subject_before(doc: &Document<'_>, sentence: Span, cue_start: usize) -> Option<Span> {
    let text = doc.text();
    let b = Span::new(sentence.start, cue_start).of(text);
    let cut = b
        .rfind([';', ':', '“', '”', '«', '»', '"', '(', ')', '—'])
        .map_or(0, |i| i + b[i..].chars().next().map_or(1, char::len_utf8));
    let mut segments: Vec<Span> = Vec::new();
    let mut at = sentence.start + cut;
    for piece in b[cut..].split(',') {
        let span = Span::new(at, at + piece.len()).trim(text);
        at += piece.len() + 1;
        if !span.is_empty() {
            segments.push(span);
        }
    }
    let last = *segments.last()?;
    let lower = last.of(text).to_lowercase();
    let ends_with_comma = b.trim_end().ends_with(',');
    let apposition = ends_with_comma
        || lang::ALL.iter().any(|l| lang::opens_with(&lower, l.grammar.indefinite_articles))
            && entity_in(doc, last).is_none();
    if apposition && segments.len() > 1 && entity_in(doc, segments[0]).is_some() {
        return Some(segments[0]);
    }
    // Words longer than a noun phrase are a clause, not a subject.
    (!ends_with_comma && last.of(text).split_whitespace().count() <= 12).then_some(last)
}

/// Where a noun phrase at the start of `s` ends: at a comma, semicolon, colon, bracket or
/// quotation mark, or at a full stop that is not inside an abbreviation ("U.N.", "U.S.").
pub fn phrase_end(s: &str) -> usize {
    let mut prev: Option<char> = None;
    let mut before_prev: Option<char> = None;
    for (i, c) in s.char_indices() {
        match c {
            ',' | ';' | ':' | '(' | '“' | '”' | '«' | '»' | '"' => return i,
            '.' => {
                let next = s[i + 1..].chars().next();
                // "U.N." / "U.S": a capital letter just before, after a dot or a space.
                let abbreviation = prev.is_some_and(char::is_uppercase)
                    && before_prev.is_none_or(|b| b == '.' || b.is_whitespace())
                    && next.is_none_or(|n| {
                        n.is_alphabetic()
                            || n.is_whitespace() && s[i + 1..].trim_start().starts_with(char::is_lowercase)
                    });
                if !abbreviation {
                    return i;
                }
            }
            _ => {}
        }
        before_prev = prev;
        prev = Some(c);
    }
    s.len()
}

/// The phrase naming someone after a cue: "said Rami Abdel Rahmane, director…" →
/// "Rami Abdel Rahmane". An addressee first ("a déclaré à l'AFP X", "told Reuters X") is
/// skipped.
pub fn phrase_after(text: &str, from: usize, limit: usize, lexicon: &Lexicon) -> Span {
    let mut from = from;
    let lead = text[from..limit].trim_start();
    let lower = lead.to_lowercase();
    if let Some(marker) = lexicon.speech.addressee_markers.iter().find(|m| lower.starts_with(&format!("{m} "))) {
        // Skip the marker and the outlet's word ("à l'AFP", "to Reuters").
        let after_marker = &lead[marker.len()..].trim_start();
        let word_len = after_marker.find(char::is_whitespace).unwrap_or(after_marker.len());
        from = limit - after_marker.len() + word_len;
    }
    let s = &text[from..limit];
    let mut end = phrase_end(s);
    // "un élu local sous couvert d'anonymat": the condition is not part of the name.
    let conditions = lang::ALL.iter().flat_map(|l| l.speech.source_conditions);
    for marker in lexicon.speech.addressee_markers.iter().chain(conditions) {
        if let Some(i) = s[..end].find(&format!(" {marker} ")) {
            end = end.min(i);
        }
    }
    Span::new(from, from + end).trim(text)
}

/// Whether a phrase opens with a determiner ("la Défense civile", "an official").
pub fn opens_with_determiner(phrase: &str) -> bool {
    lang::ALL
        .iter()
        .any(|l| lang::opens_with(phrase, l.grammar.determiners) || lang::opens_with(phrase, l.grammar.indefinites))
}

/// Whether a phrase has a word that could name someone (not only "and", "has", "il"...).
pub fn names_something(phrase: &str, lexicon: &Lexicon) -> bool {
    phrase.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-').filter(|w| !w.is_empty()).any(|w| {
        let w = w.to_lowercase();
        !lexicon.casualties.auxiliaries.contains(&w.as_str())
            && !lexicon.page.function_words.contains(&w.as_str())
            && !lang::ALL.iter().any(|l| l.grammar.conjunctions.contains(&w.as_str()))
    })
}

/// Whether sources name someone: an entity, or a recognised kind of source.
pub fn identified(sources: &[Source]) -> bool {
    sources.iter().any(|s| s.entity.is_some() || s.kind != SourceKind::Other)
}
