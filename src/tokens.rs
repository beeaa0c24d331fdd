//! Word tokens of a sentence, with byte spans. Possessive `'s` and French elisions
//! (`l'`, `d'`, `qu'`) are split off, so "Assad's" gives "Assad" + "'s" and "d'Alep" gives
//! "d'" + "Alep"; hyphenated and apostrophised words stay whole ("al-Assad", "aujourd'hui").

use crate::normalise::Span;

/// A word or a punctuation mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Where it is in the document text.
    pub span: Span,
    /// Whether it is a word (letters or digits) rather than punctuation.
    pub is_word: bool,
}

impl Token {
    /// Its text.
    pub fn text(self, text: &str) -> &str {
        self.span.of(text)
    }
}

/// Whether `s[start..end]` is a whole word (or words): no letter or digit just outside it.
pub fn whole_word(s: &str, start: usize, end: usize) -> bool {
    !s[..start].chars().next_back().is_some_and(char::is_alphanumeric) && !s[end..].chars().next().is_some_and(char::is_alphanumeric)
}

/// The first position of `needle` in `haystack` as a whole word.
pub fn find_whole_word(haystack: &str, needle: &str) -> Option<usize> {
    haystack.match_indices(needle).map(|(i, _)| i).find(|&i| whole_word(haystack, i, i + needle.len()))
}

/// Whether a possessive "'s" follows byte `end` ("Sudan's", "Russia’s").
pub fn possessive_after(text: &str, end: usize) -> bool {
    text[end..].starts_with("'s") || text[end..].starts_with("’s")
}

/// `s` in lower case with the same byte offsets: a character whose lower case is longer or
/// shorter in UTF-8 (such as 'Ⱥ') is kept as it is, so indices found in the result slice `s`.
pub fn lowercase_aligned(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => out.push(l),
            _ => out.push(c),
        }
    }
    out
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

const ELISIONS: &[&str] = &["l", "d", "qu", "j", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu"];

/// Tokens of `span` in `text`.
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let s = span.of(text);
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !is_word_char(c) {
            out.push(Token { span: Span::new(span.start + start, span.start + start + c.len_utf8()), is_word: false });
            i += 1;
            continue;
        }
        // A word: alphanumerics joined by single inner hyphens, apostrophes or dots ("U.S").
        let mut j = i + 1;
        while j < chars.len() {
            let c = chars[j].1;
            let joins = (c == '-' || is_apostrophe(c) || c == '.' || c == '\u{2011}')
                && chars.get(j + 1).is_some_and(|&(_, n)| is_word_char(n));
            if is_word_char(c) {
                j += 1;
            } else if joins {
                j += 2;
            } else {
                break;
            }
        }
        let end = chars.get(j).map_or(s.len(), |&(b, _)| b);
        let word = &s[start..end];
        // Split elisions off the front and possessives off the end.
        let mut w_start = start;
        if let Some(pos) = word.find(['\'', '’']) {
            let head = &word[..pos];
            if ELISIONS.contains(&head.to_lowercase().as_str()) {
                let apos_len = word[pos..].chars().next().map_or(1, char::len_utf8);
                let cut = start + pos + apos_len;
                out.push(Token { span: Span::new(span.start + start, span.start + cut), is_word: true });
                w_start = cut;
            }
        }
        let rest = &s[w_start..end];
        let possessive = ["'s", "’s", "'S", "’S"].iter().find(|p| rest.len() > p.len() && rest.ends_with(*p));
        match possessive {
            Some(p) => {
                let cut = end - p.len();
                out.push(Token { span: Span::new(span.start + w_start, span.start + cut), is_word: true });
                out.push(Token { span: Span::new(span.start + cut, span.start + end), is_word: false });
            }
            None => out.push(Token { span: Span::new(span.start + w_start, span.start + end), is_word: true }),
        }
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s, Span::new(0, s.len())).into_iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn splits_possessives_and_elisions_but_keeps_hyphenated_names() {
        assert_eq!(words("Bashar al-Assad's army"), vec!["Bashar", "al-Assad", "'s", "army"]);
        assert_eq!(words("l'armée d’Alep, aujourd'hui."), vec!["l'", "armée", "d’", "Alep", ",", "aujourd'hui", "."]);
        assert_eq!(words("the U.S. envoy"), vec!["the", "U.S", ".", "envoy"]);
    }
}
