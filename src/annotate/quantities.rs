//! Quantities: numbers with their approximator ("more than 240"), unit ("two kilometres",
//! "3.5%"), range ("between 10 and 20") and vague multiples ("dozens", "des milliers"),
//! which are reported as lower bounds.

use crate::annotate::numbers::{self, Numeral};
use crate::document::Document;
use crate::lang::{self, alternation, Lexicon};
use crate::model::Span;
use crate::model::{Approx, Quantity};
use crate::tokens::whole_word;
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

struct LanguagePatterns {
    approximator: Regex,
    unit: Regex,
    vague: Regex,
    approximate_noun: Regex,
}

static PATTERNS: LazyLock<HashMap<&'static str, LanguagePatterns>> = LazyLock::new(|| {
    lang::ALL
        .iter()
        .map(|l| {
            let approx = alternation(l.numbers.approximators.iter().map(|(w, _)| *w));
            let units = alternation(l.numbers.units.iter().map(|(w, _)| *w));
            let vague = alternation(l.numbers.vague_multiples.iter().map(|(w, _)| *w));
            let nouns = alternation(l.numbers.approximate_nouns.iter().map(|(w, _)| *w));
            let build = |p: String| Regex::new(&p).expect("quantity pattern");
            let patterns = LanguagePatterns {
                approximator: build(format!(r"(?i)(?:^|[^\p{{L}}'’])(?P<a>{approx})\s*$")),
                unit: build(format!(r"(?i)^\s*(?P<u>{units})(?:[^\p{{L}}\p{{N}}]|$)")),
                vague: build(format!(r"(?i)(?-u:\b)(?:{vague})(?-u:\b)")),
                approximate_noun: build(if nouns.is_empty() {
                    r"[^\s\S]".to_string()
                } else {
                    format!(r"(?i)(?-u:\b)(?:une?\s+)?(?P<n>{nouns})s?(?-u:\b)")
                }),
            };
            (l.language.code(), patterns)
        })
        .collect()
});

fn approximator(lexicon: &Lexicon, phrase: &str) -> Option<Approx> {
    let p = phrase.to_lowercase();
    lexicon.numbers.approximators.iter().find(|(w, _)| *w == p).map(|&(_, a)| a)
}

/// Annotates quantities in the article's own text, leaving out numbers that belong to dates,
/// times or names.
pub fn annotate(doc: &Document<'_>) -> Vec<Quantity> {
    let text = doc.text();
    let lexicon = lang::lexicon(doc.language);
    let p = &PATTERNS[lexicon.language.code()];
    // Times are sorted by position: numbers inside them are found by binary search.
    let in_time = |span: Span| {
        let i = doc.times.partition_point(|t| t.span.end <= span.start);
        doc.times.get(i).is_some_and(|t| t.span.overlaps(span))
    };
    let mut out = Vec::new();
    for sentence in &doc.sentences {
        let s = sentence.span;
        let numerals: Vec<Numeral> = numbers::find(text, s, lexicon)
            .into_iter()
            .filter(|n| !in_time(n.span) && !doc.overlaps_mention(n.span))
            .collect();
        let sentence_first = out.len();
        let mut i = 0;
        while i < numerals.len() {
            let n = numerals[i];
            let mut start = n.span.start;
            let mut end = n.span.end;
            let mut range = None;
            // "between 10 and 20", "10 to 20", "entre 10 et 20", "de 10 à 20".
            if let Some(next) = numerals.get(i + 1) {
                let between = text[n.span.end..next.span.start].trim().to_lowercase();
                let before = text[s.start..n.span.start].trim_end().to_lowercase();
                let opener = ["between", "entre", "from", "de"].into_iter().find(|o| before.ends_with(o));
                let joined = match between.as_str() {
                    "to" | "-" | "–" | "à" => true,
                    "and" | "et" => opener.is_some_and(|o| o == "between" || o == "entre"),
                    _ => false,
                };
                if joined && next.value > n.value {
                    range = Some((n.value, next.value));
                    end = next.span.end;
                    if let Some(o) = opener {
                        start = text[..n.span.start].trim_end().len() - o.len();
                    }
                    i += 1;
                }
            }
            let approx = p.approximator.captures(&text[s.start..start]).and_then(|c| {
                let a = c.name("a")?;
                start = s.start + a.start();
                approximator(lexicon, a.as_str())
            });
            let unit = p.unit.captures(&text[end..s.end]).and_then(|c| {
                let u = c.name("u")?;
                let canonical = lexicon.numbers.units.iter().find(|(w, _)| w.eq_ignore_ascii_case(u.as_str()))?.1;
                end += u.end();
                Some(canonical)
            });
            out.push(Quantity {
                span: Span::new(start, end),
                number: n.span,
                value: n.value,
                approx,
                unit,
                range,
                vague: false,
            });
            i += 1;
        }
        let sentence_text = s.of(text);
        for m in p.vague.find_iter(sentence_text).filter(|m| whole_word(sentence_text, m.start(), m.end())) {
            let span = Span::new(s.start + m.start(), s.start + m.end());
            let base = lexicon
                .numbers
                .vague_multiples
                .iter()
                .find(|(w, _)| w.eq_ignore_ascii_case(m.as_str()))
                .map_or(0.0, |&(_, b)| b);
            if base > 0.0 && !out[sentence_first..].iter().any(|q: &Quantity| q.span.overlaps(span)) {
                out.push(Quantity {
                    span,
                    number: span,
                    value: 2.0 * base,
                    approx: Some(Approx::AtLeast),
                    unit: None,
                    range: None,
                    vague: true,
                });
            }
        }
        for c in p.approximate_noun.captures_iter(sentence_text) {
            let m = c.get(0).unwrap();
            if !whole_word(sentence_text, m.start(), m.end()) {
                continue;
            }
            let span = Span::new(s.start + m.start(), s.start + m.end());
            let noun = c.name("n").map_or("", |n| n.as_str()).to_lowercase();
            let Some(&(_, value)) = lexicon.numbers.approximate_nouns.iter().find(|(w, _)| *w == noun) else {
                continue;
            };
            if out[sentence_first..].iter().any(|q: &Quantity| q.span.overlaps(span)) {
                continue;
            }
            let explicit = p
                .approximator
                .captures(&text[s.start..span.start])
                .and_then(|c| c.name("a").map(|a| (s.start + a.start(), a.as_str().to_string())));
            let (start, approx) = match explicit {
                Some((st, a)) => (st, approximator(lexicon, &a).or(Some(Approx::About))),
                None => (span.start, Some(Approx::About)),
            };
            out.push(Quantity {
                span: Span::new(start, span.end),
                number: span,
                value,
                approx,
                unit: None,
                range: None,
                vague: false,
            });
        }
    }
    out.sort_by_key(|q| q.span.start);
    out
}
