//! Written numbers in English and French: digits with either language's separators
//! ("1,200", "1 200", "3.5", "3,5"), with a scale ("2.5 million"), and number words
//! ("fifty", "half a million", "two dozen", "quatre-vingt-dix", "un demi-million").

use crate::lang::{self, Lexicon, NumberWord};
use crate::model::Span;
use crate::sort;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// A number found in a text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Numeral {
    /// Where it is.
    pub span: Span,
    /// Its value.
    pub value: f64,
}

/// Where a number in digits written at byte `start` of `s` ends: groups of three after a
/// separator ("12,345", "1 000 000", "4.870"), then a decimal part ("2.5", "1,5").
fn digits_end(s: &[u8], start: usize) -> usize {
    let run = |from: usize| s[from.min(s.len())..].iter().take_while(|b| b.is_ascii_digit()).count();
    let decimals = |end: usize| match s.get(end) {
        Some(b'.' | b',') if run(end + 1) > 0 => end + 1 + run(end + 1),
        _ => end,
    };
    let lead = run(start);
    // The longest lead of at most three digits that at least one group of three follows.
    for k in (1..=lead.min(3)).rev() {
        let mut end = start + k;
        // Groups apart by a comma, a space, a dot or an apostrophe (Swiss "90'000").
        while matches!(s.get(end), Some(b',' | b' ' | b'.' | b'\'')) && run(end + 1) >= 3 {
            end += 4;
        }
        if end > start + k {
            return decimals(end);
        }
    }
    decimals(start + lead)
}

/// The numbers in digits of `s`, left to right, as byte ranges.
fn digit_numbers(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = s.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = at + bytes[at.min(bytes.len())..].iter().position(u8::is_ascii_digit)?;
        at = digits_end(bytes, start);
        Some((start, at))
    })
}

/// The value of a digit string, read with the language's separators.
fn digit_value(s: &str, lexicon: &Lexicon) -> Option<f64> {
    let (thousands, decimal) = (lexicon.numbers.thousands_separators, lexicon.numbers.decimal_mark);
    let mut cleaned = String::with_capacity(s.len());
    let groups_after = |sep: char| s.split(sep).skip(1).all(|g| g.len() == 3);
    for c in s.chars() {
        if thousands.contains(&c) {
            continue;
        } else if c == decimal || (c == '.' || c == ',') && !groups_after(c) {
            cleaned.push('.');
        } else if c.is_ascii_digit() {
            cleaned.push(c);
        } else {
            // A separator of the other language: "3.5" in French, "1,5" in English.
            cleaned.push('.');
        }
    }
    cleaned.parse().ok()
}

/// What a (lower-case) word does in a written number, by one hash look-up.
fn word_of(lexicon: &Lexicon, w: &str) -> Option<NumberWord> {
    static TABLES: LazyLock<Vec<FxHashMap<&'static str, NumberWord>>> =
        LazyLock::new(|| lang::LANGUAGES.iter().map(|l| l.numbers.number_words.iter().copied().collect()).collect());
    let i = lang::LANGUAGES.iter().position(|l| std::ptr::eq(*l, lexicon))?;
    TABLES[i].get(w).copied()
}

/// Whether a (lower-case) word can make a written number: a number word other than an
/// article ("a", "un" count only before "hundred", "million"...).
pub fn is_number_word(lexicon: &Lexicon, w: &str) -> bool {
    matches!(word_of(lexicon, w), Some(n) if n != NumberWord::Article)
}

/// Reads number words from the start of `words` (lower-cased pieces split on spaces and
/// hyphens); returns the value and how many pieces it used.
fn words_value(words: &[&str], lexicon: &Lexicon) -> Option<(f64, usize)> {
    let (mut total, mut group, mut used, mut seen_value) = (0.0f64, 0.0f64, 0usize, false);
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        // "two hundred and five", "vingt et un", "soixante et onze": "and" after a hundred, a
        // scale or a round ten joins the parts of one number; "five or six", "five and six"
        // are two.
        let joins = i > 0 && matches!(word_of(lexicon, words[i - 1]), Some(NumberWord::Hundred | NumberWord::Scale(_)))
            || group >= 20.0 && group % 10.0 == 0.0;
        let conjunction = lexicon.grammar.and.contains(&w) && joins;
        if conjunction && seen_value && i + 1 < words.len() && word_of(lexicon, words[i + 1]).is_some() {
            i += 1;
            continue;
        }
        let Some(kind) = word_of(lexicon, w) else {
            break;
        };
        let next = words.get(i + 1).and_then(|n| word_of(lexicon, n));
        match kind {
            // "et" joins the parts of a number ("vingt et un"), and opens none: "et sept" is seven.
            NumberWord::Value(v) if v == 0.0 && !seen_value => break,
            // "quatre et trois": the joining word where it joins no parts is two numbers'.
            NumberWord::Value(_) if lexicon.grammar.and.contains(&w) => break,
            NumberWord::Value(v) => {
                group += v;
                seen_value |= v > 0.0;
            }
            NumberWord::Score => {
                // "quatre-vingt(s)": four twenties.
                if group > 0.0 && group < 10.0 {
                    group *= 20.0;
                } else {
                    group += 20.0;
                }
                seen_value = true;
            }
            NumberWord::Hundred => {
                group = if group == 0.0 { 100.0 } else { group * 100.0 };
                seen_value = true;
            }
            NumberWord::Scale(s) => {
                // A bare "million" is a noun, not a number; "a million" is one.
                let counted = group > 0.0
                    || total > 0.0
                    || i > 0 && word_of(lexicon, words[i - 1]) == Some(NumberWord::Article)
                    || lexicon.numbers.counted_scales.contains(&w);
                if !counted {
                    break;
                }
                total += if group == 0.0 { s } else { group * s };
                group = 0.0;
                seen_value = true;
            }
            NumberWord::Dozen => {
                group = if group == 0.0 { 12.0 } else { group * 12.0 };
                seen_value = true;
            }
            NumberWord::Half => {
                // "half a million", "un demi-million": half of the scale that follows.
                let rest = &words[i + 1..];
                let skip = usize::from(rest.first().is_some_and(|r| word_of(lexicon, r) == Some(NumberWord::Article)));
                match rest.get(skip).and_then(|r| word_of(lexicon, r)) {
                    Some(NumberWord::Scale(s)) => {
                        total += 0.5 * s * if group == 0.0 { 1.0 } else { group };
                        group = 0.0;
                        i += skip + 2;
                        used = i;
                        seen_value = true;
                        continue;
                    }
                    _ => break,
                }
            }
            // "vingt et un", "trente et une": one after the joining word and a round ten.
            NumberWord::Article
                if i > 0
                    && lexicon.grammar.and.contains(&words[i - 1])
                    && lexicon.numbers.units_after_tens.contains(&w)
                    && (20.0..=60.0).contains(&(group % 100.0))
                    && group % 10.0 == 0.0 =>
            {
                group += 1.0;
            }
            NumberWord::Article => {
                if !matches!(
                    next,
                    Some(NumberWord::Hundred | NumberWord::Scale(_) | NumberWord::Dozen | NumberWord::Half)
                ) {
                    break;
                }
            }
        }
        i += 1;
        if seen_value {
            used = i;
        }
    }
    (used > 0 && seen_value).then_some((total + group, used))
}

/// The most words one written number is read over ("deux cent quarante-trois mille cinq
/// cents" is seven): a bound on the work at each position.
const MAX_NUMBER_WORDS: usize = 16;

/// Every number in `span` of `text`.
pub fn find(text: &str, span: Span, lexicon: &Lexicon) -> Vec<Numeral> {
    find_in(text, &crate::tokens::lowercase_aligned(span.of(text)), span, lexicon)
}

/// [`find`], with the span's text lower-cased byte for byte (`lower`) at hand.
pub fn find_in(text: &str, lower: &str, span: Span, lexicon: &Lexicon) -> Vec<Numeral> {
    let s = span.of(text);
    let mut out = Vec::new();
    for (m_start, m_end) in digit_numbers(s) {
        let mut back = s[..m_start].chars().rev();
        let (before, before_that) = (back.next(), back.next());
        let after = s[m_end..].chars().next();
        // "15-20": the second end of a range of digits is a number; "F-16" and "-3" are not.
        let range_end = matches!(before, Some('-' | '–')) && before_that.is_some_and(|c| c.is_ascii_digit());
        if !range_end && before.is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | '/' | ':' | '.' | ','))
            || after.is_some_and(|c| c.is_alphabetic() || matches!(c, '/' | ':'))
        {
            continue;
        }
        let matched = s[m_start..m_end].trim_end_matches([' ', ',', '.']);
        let Some(mut value) = digit_value(matched, lexicon) else {
            continue;
        };
        // The end of a range follows the number just found and is greater ("15-20"); a score
        // or a code ("89-52") keeps its first number only.
        let dash = before.map_or(0, char::len_utf8);
        let extends =
            out.last().is_some_and(|n: &Numeral| n.span.end == span.start + m_start - dash && n.value < value);
        if range_end && !extends {
            continue;
        }
        let mut end = m_start + matched.len();
        // "2.5 million", "3 milliards".
        let rest = &s[end..];
        let next_word: String = rest.trim_start().chars().take_while(|c| c.is_alphabetic()).collect();
        if let Some(NumberWord::Scale(scale)) = word_of(lexicon, &next_word.to_lowercase()) {
            value *= scale;
            end += rest.len() - rest.trim_start().len() + next_word.len();
        }
        out.push(Numeral { span: Span::new(span.start + m_start, span.start + end), value });
    }
    // Number words: runs of words split on spaces and hyphens.
    let mut pieces: Vec<(usize, usize, &str)> = Vec::new();
    let mut offset = 0;
    let mut any_number_word = false;
    for word in lower.split(|c: char| c.is_whitespace() || c == '-' || c == ',' || c == '.' || c == ';') {
        let start = offset;
        offset += word.len() + 1;
        let edge = |c: char| !c.is_alphanumeric() && c != '\'';
        let w = word.trim_matches(edge);
        let lead = word.len() - word.trim_start_matches(edge).len();
        // An article alone ("a", "un") is no number: a run needs another number word.
        any_number_word |= matches!(word_of(lexicon, w), Some(n) if n != NumberWord::Article);
        pieces.push((start + lead, start + lead + w.len(), w));
    }
    if !any_number_word {
        pieces.clear();
    }
    let mut i = 0;
    while i < pieces.len() {
        // Most words are no number: only a number word can start one.
        if word_of(lexicon, pieces[i].2).is_none() {
            i += 1;
            continue;
        }
        let window = &pieces[i..pieces.len().min(i + MAX_NUMBER_WORDS)];
        let words: Vec<&str> = window.iter().map(|p| p.2).collect();
        match words_value(&words, lexicon) {
            Some((value, used)) => {
                let (start, end) = (pieces[i].0, pieces[i + used - 1].1);
                let numeral = Numeral { span: Span::new(span.start + start, span.start + end), value };
                if !out.iter().any(|n: &Numeral| n.span.overlaps(numeral.span)) {
                    out.push(numeral);
                }
                i += used;
            }
            None => i += 1,
        }
    }
    sort::sort_by_key(&mut out, |n| n.span.start);
    out
}

/// The value of a whole string that is a number ("three", "1,200"), if it is one.
pub fn value_of(s: &str, lexicon: &Lexicon) -> Option<f64> {
    let found = find(s, Span::new(0, s.len()), lexicon);
    match found.as_slice() {
        [n] if n.span == Span::new(0, s.trim_end().len()) => Some(n.value),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{en, fr};

    fn values(s: &str, lexicon: &Lexicon) -> Vec<(String, f64)> {
        find(s, Span::new(0, s.len()), lexicon).into_iter().map(|n| (n.span.of(s).to_string(), n.value)).collect()
    }

    #[test]
    fn digits_with_english_and_french_separators() {
        assert_eq!(
            values("1,200 and 3.5 and 2.5 million", &en::LEXICON),
            vec![("1,200".into(), 1200.0), ("3.5".into(), 3.5), ("2.5 million".into(), 2_500_000.0)]
        );
        assert_eq!(
            values("1 200 et 3,5 et 1.200", &fr::LEXICON),
            vec![("1 200".into(), 1200.0), ("3,5".into(), 3.5), ("1.200".into(), 1200.0)]
        );
    }

    #[test]
    fn both_ends_of_a_range_of_digits_are_numbers() {
        assert_eq!(values("15-20 percent", &en::LEXICON), vec![("15".into(), 15.0), ("20".into(), 20.0)]);
        assert_eq!(values("un F-16 et 3-4 blessés", &fr::LEXICON), vec![("3".into(), 3.0), ("4".into(), 4.0)]);
        assert_eq!(values("a vote of 89-52", &en::LEXICON), vec![("89".into(), 89.0)]);
    }

    #[test]
    fn or_and_a_bare_and_join_two_numbers_not_the_parts_of_one() {
        assert_eq!(values("four or five boats", &en::LEXICON), vec![("four".into(), 4.0), ("five".into(), 5.0)]);
        assert_eq!(values("three and four", &en::LEXICON), vec![("three".into(), 3.0), ("four".into(), 4.0)]);
        assert_eq!(values("quatre et trois", &fr::LEXICON), vec![("quatre".into(), 4.0), ("trois".into(), 3.0)]);
        assert_eq!(values("soixante et onze", &fr::LEXICON), vec![("soixante et onze".into(), 71.0)]);
        assert_eq!(values("three hundred and two", &en::LEXICON), vec![("three hundred and two".into(), 302.0)]);
        assert_eq!(values("trois ou quatre", &fr::LEXICON), vec![("trois".into(), 3.0), ("quatre".into(), 4.0)]);
        assert_eq!(
            values("trois cent quarante et un", &fr::LEXICON),
            vec![("trois cent quarante et un".into(), 341.0)]
        );
    }

    #[test]
    fn english_number_words() {
        assert_eq!(values("fifty localities", &en::LEXICON), vec![("fifty".into(), 50.0)]);
        assert_eq!(values("half a million dead", &en::LEXICON), vec![("half a million".into(), 500_000.0)]);
        assert_eq!(values("two dozen trucks", &en::LEXICON), vec![("two dozen".into(), 24.0)]);
        assert_eq!(
            values("three hundred and twenty-five", &en::LEXICON),
            vec![("three hundred and twenty-five".into(), 325.0)]
        );
        assert!(values("a man and a woman", &en::LEXICON).is_empty());
    }

    #[test]
    fn french_number_words() {
        assert_eq!(values("cinquante localités", &fr::LEXICON), vec![("cinquante".into(), 50.0)]);
        assert_eq!(values("quatre-vingt-dix morts", &fr::LEXICON), vec![("quatre-vingt-dix".into(), 90.0)]);
        assert_eq!(values("un demi-million", &fr::LEXICON), vec![("un demi-million".into(), 500_000.0)]);
        assert_eq!(values("deux cents blessés", &fr::LEXICON), vec![("deux cents".into(), 200.0)]);
    }

    #[test]
    fn digits_inside_names_and_dates_are_not_numbers() {
        assert!(values("the M23 group and F-16 jets", &en::LEXICON).is_empty());
    }
}
