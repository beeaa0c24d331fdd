//! Quantities: numbers with their approximator ("more than 240"), unit ("two kilometres",
//! "3.5%"), range ("between 10 and 20") and vague multiples ("dozens", "des milliers"),
//! which are reported as lower bounds.

use crate::annotate::numbers::{self, Numeral};
use crate::document::Document;
use crate::lang::{self, Vocabulary};
use crate::model::{Approx, Meaning, Quantity, Shape, Span};
use crate::sort;

/// Annotates quantities in the article's own text, leaving out numbers that belong to dates,
/// times or names.
pub fn annotate(doc: &Document<'_>) -> Vec<Quantity> {
    let text = doc.text();
    let lexicon = lang::lexicon(doc.language);
    let vocabulary = Vocabulary::of(lexicon);
    let numbers = &lexicon.numbers;
    // Times are sorted by position: numbers inside them are found by binary search.
    let in_time = |span: Span| {
        let i = doc.times.partition_point(|t| t.span.end <= span.start);
        doc.times.get(i).is_some_and(|t| t.span.overlaps(span))
    };
    let mut out = Vec::new();
    for sentence in &doc.sentences {
        let tokens = doc.tokens_of(sentence);
        let first_token = |pos: usize| tokens.partition_point(|t| t.span.end <= pos);
        let word_at = |k: usize| tokens.get(k).filter(|t| t.is_word()).map(|t| doc.lower(t.span));
        // Most sentences hold no number: digits, a number word, or a hyphenated word that may
        // hide one ("quatre-vingt-dix") are needed.
        let may_hold_number = tokens.iter().any(|t| {
            t.shape.is(Shape::DIGIT)
                || t.shape.is(Shape::HYPHENATED)
                || t.means(Meaning::NumberWord) && numbers::is_number_word(lexicon, doc.lower(t.span))
        });
        let found = if may_hold_number {
            numbers::find_in(text, doc.lower(sentence.span), sentence.span, lexicon)
        } else {
            Vec::new()
        };
        let numerals: Vec<Numeral> =
            found.into_iter().filter(|n| !in_time(n.span) && !doc.overlaps_mention(n.span)).collect();
        let sentence_first = out.len();
        let mut i = 0;
        while i < numerals.len() {
            let n = numerals[i];
            let (first, mut last) = (first_token(n.span.start), first_token(n.span.end - 1));
            let (mut start, mut end) = (n.span.start, n.span.end);
            let mut range = None;
            // "between 10 and 20", "10 to 20", "entre 10 et 20", "de 10 à 20", "10-20".
            if let Some(next) = numerals.get(i + 1) {
                let joiner_at = last + 1;
                let adjacent = first_token(next.span.start) == joiner_at + 1;
                let joiner = tokens.get(joiner_at).map(|t| doc.lower(t.span)).unwrap_or_default();
                // Ranges are read with every language's words: quoted or mixed text keeps them.
                let opener = first.checked_sub(1).and_then(|k| {
                    let w = word_at(k)?;
                    let mut openers = lang::LANGUAGES.iter().flat_map(|l| l.numbers.range_openers);
                    openers.find(|(o, _)| *o == w).map(|&(_, j)| (k, j))
                });
                // "15-20" is one hyphenated token holding both ends.
                let one_token =
                    first_token(next.span.start) == last && matches!(&text[n.span.end..next.span.start], "-" | "–");
                let dash = one_token || matches!(joiner, "-" | "–");
                let adjacent = adjacent || one_token;
                let free_joiner = lang::LANGUAGES.iter().any(|l| l.numbers.range_joiners.contains(&joiner));
                // "the toll rose from 18 to 25", "le bilan est passé de 18 à 25": a change, two values.
                let change = opener.is_some_and(|(k, _)| {
                    let changes = lexicon.numbers.change_verbs;
                    let one = k.checked_sub(1).and_then(word_at);
                    let two = k.checked_sub(2).and_then(word_at).zip(one).map(|(a, b)| format!("{a} {b}"));
                    one.is_some_and(|w| changes.contains(&w) || lexicon.casualties.toll_nouns.contains(&w))
                        || two.is_some_and(|w| changes.contains(&w.as_str()))
                });
                let joined = !change && (dash || free_joiner || opener.is_some_and(|(_, j)| j == joiner));
                if adjacent && joined && next.value > n.value {
                    range = Some((n.value, next.value));
                    end = next.span.end;
                    last = first_token(next.span.end - 1);
                    if let Some((k, _)) = opener {
                        start = tokens[k].span.start;
                    }
                    i += 1;
                }
            }
            let opener_token = first_token(start);
            let approx_len = vocabulary.match_before(tokens, &doc.lower, opener_token, Meaning::Approximator);
            let approx = (approx_len > 0).then(|| opener_token - approx_len).and_then(|k| {
                let span = Span::new(tokens[k].span.start, tokens[opener_token - 1].span.end);
                start = span.start;
                lang::value_in(numbers.approximators, &doc.lower, span)
            });
            let unit = vocabulary.phrase_at(tokens, &doc.lower, last + 1, Meaning::Unit).and_then(|u| {
                end = u.end;
                lang::value_in(numbers.units, &doc.lower, u)
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
        // "hundreds", "des milliers": at least twice the unit.
        for k in 0..tokens.len() {
            let Some(span) = vocabulary.phrase_at(tokens, &doc.lower, k, Meaning::VagueMultiple) else {
                continue;
            };
            let base = lang::value_in(numbers.vague_multiples, &doc.lower, span).unwrap_or(0.0);
            if base > 0.0 && !out[sentence_first..].iter().any(|q: &Quantity| q.span.overlaps(span)) {
                // "hundreds of metres", "des centaines de kilomètres": a measure, not a count.
                let next = tokens.partition_point(|t| t.span.start < span.end);
                let next = next + usize::from(tokens.get(next).is_some_and(|t| t.means(Meaning::Of)));
                let unit = vocabulary
                    .phrase_at(tokens, &doc.lower, next, Meaning::Unit)
                    .and_then(|u| lang::value_in(numbers.units, &doc.lower, u));
                out.push(Quantity {
                    span,
                    number: span,
                    value: 2.0 * base,
                    approx: Some(Approx::AtLeast),
                    unit,
                    range: None,
                    vague: true,
                });
            }
        }
        // "une cinquantaine": about fifty.
        for k in 0..tokens.len() {
            let Some(noun) = word_at(k) else { continue };
            let stem = noun.strip_suffix('s').unwrap_or(noun);
            let Some(&(_, value)) = numbers.approximate_nouns.iter().find(|(w, _)| *w == noun || *w == stem) else {
                continue;
            };
            // "une cinquantaine": an article, not a count ("deux douzaines" stays two numbers).
            let article =
                k.checked_sub(1).filter(|&a| lexicon.grammar.indefinite_articles.contains(&doc.lower(tokens[a].span)));
            let from = article.unwrap_or(k);
            let span = Span::new(tokens[from].span.start, tokens[k].span.end);
            if out[sentence_first..].iter().any(|q: &Quantity| q.span.overlaps(span)) {
                continue;
            }
            let approx_len = vocabulary.match_before(tokens, &doc.lower, from, Meaning::Approximator);
            let (start, approx) = match approx_len {
                0 => (span.start, Some(Approx::About)),
                len => {
                    let a = Span::new(tokens[from - len].span.start, tokens[from - 1].span.end);
                    (a.start, lang::value_in(numbers.approximators, &doc.lower, a).or(Some(Approx::About)))
                }
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
    sort::sort_by_key(&mut out, |q| q.span.start);
    out
}
