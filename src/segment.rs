//! Sentences: full stops that end sentences, not abbreviations ("Mr.", "U.S.", "Jan."),
//! initials, decimals or ellipses inside a sentence; closing quotes and brackets stay with
//! the sentence they close, French spacing ("Non ! »") included.

use crate::lang::Lexicon;
use crate::model::{Shape, Span, Token};
use std::ops::Range;

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '›')
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || is_bullet(c)
        || matches!(c, '"' | '“' | '«' | '‘' | '\'' | '(' | '[' | '¿' | '¡' | '—' | '–' | '-' | '‹')
}

/// A mark that opens an item of a list at the start of a line.
fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '▪' | '◦' | '‣' | '►' | '*' | '-' | '–' | '—')
}

/// Whether the line after byte `newline` of `body` opens with a bullet: a new item of a list,
/// and so a new sentence, whatever ends the line before ("• Roads closed\n• Schools shut").
fn bullet_line_after(body: &str, newline: usize) -> bool {
    let line = body[newline + 1..].trim_start_matches([' ', '\t']);
    let mut chars = line.chars();
    chars.next().is_some_and(is_bullet) && chars.next().is_some_and(char::is_whitespace)
}

/// The word just before byte `dot` (letters, digits and inner dots), lower-cased.
fn word_before(text: &str, dot: usize) -> String {
    let head = &text[..dot];
    let start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '.' || c == '°' || c == '-')
        .last()
        .map_or(dot, |(i, _)| i);
    head[start..].to_lowercase()
}

/// Whether the full stop at byte `dot` belongs to an abbreviation or an initial.
fn is_abbreviation(text: &str, dot: usize, lexicons: &[&Lexicon]) -> bool {
    let word = word_before(text, dot);
    let word = word.trim_start_matches('-');
    if word.is_empty() {
        return false;
    }
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    // "J." in "J. Smith", "U.S." style dotted capitals.
    if letters == 1 && word.chars().count() == 1 {
        return text[..dot].chars().next_back().is_some_and(char::is_uppercase);
    }
    if word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2) {
        return true;
    }
    lexicons.iter().any(|l| l.page.abbreviations.contains(&word))
}

/// Splits `span` of `text` into sentence spans, trimmed of white space.
pub fn sentences(text: &str, span: Span, lexicons: &[&Lexicon]) -> Vec<Span> {
    let mut out = Vec::new();
    let body = span.of(text);
    let mut start = 0usize;
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\n' && bullet_line_after(body, i) {
            push_sentence(&mut out, text, Span::new(span.start + start, span.start + i));
            start = i + 1;
            continue;
        }
        if !is_terminal(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        // The run of terminal marks: "?!", "...".
        while let Some(&(j, d)) = chars.peek() {
            if !is_terminal(d) {
                break;
            }
            end = j + d.len_utf8();
            chars.next();
        }
        // Closing quotes and brackets, with French spacing before them.
        loop {
            let rest = &body[end..];
            let trimmed = rest.trim_start_matches(' ');
            match trimmed.chars().next() {
                Some(q) if is_closing(q) && (trimmed.len() == rest.len() || q == '»' || q == '›') => {
                    end += rest.len() - trimmed.len() + q.len_utf8();
                }
                _ => break,
            }
        }
        while chars.peek().is_some_and(|&(j, _)| j < end) {
            chars.next();
        }
        let rest = &body[end..];
        let next_visible = rest.trim_start().chars().next();
        let boundary = match next_visible {
            None => true,
            Some(n) => {
                (rest.starts_with(char::is_whitespace) || joined_sentence(body, i, end))
                    && starts_sentence(n)
                    && !(c == '.' && end == i + 1 && is_abbreviation(body, i, lexicons))
            }
        };
        if boundary {
            push_sentence(&mut out, text, Span::new(span.start + start, span.start + end));
            start = end;
        }
    }
    push_sentence(&mut out, text, Span::new(span.start + start, span.end));
    out
}

/// The fewest letters of the word that opens a sentence written with no space after the
/// stop before it ("(SOGEP).Selon").
const JOINED_WORD_LETTERS: usize = 4;

/// Whether the full stop at `dot`, with no space after it, still ends a sentence: it
/// closes a bracket or a word in lower case of a few letters, and a capitalised word of a
/// few letters in lower case follows ("…de la compagnie (SOGEP).Selon la radio"), not a
/// domain or an abbreviation ("News.Az", "U.S.Army").
fn joined_sentence(body: &str, dot: usize, end: usize) -> bool {
    if end != dot + 1 || !body[dot..].starts_with('.') {
        return false;
    }
    let before: Vec<char> = body[..dot].chars().rev().take(JOINED_WORD_LETTERS).collect();
    let closes =
        before.first() == Some(&')') || before.len() == JOINED_WORD_LETTERS && before.iter().all(|c| c.is_lowercase());
    let mut after = body[end..].chars();
    let capital = after.next().is_some_and(char::is_uppercase);
    let word: Vec<char> = after.take_while(|c| c.is_alphabetic()).collect();
    closes && capital && word.len() + 1 >= JOINED_WORD_LETTERS && word.iter().all(|c| c.is_lowercase())
}

/// Adds a sentence, trimmed of white space and of the bullet that opens a list's item.
fn push_sentence(out: &mut Vec<Span>, text: &str, span: Span) {
    let mut s = span.trim(text);
    let mut chars = s.of(text).chars();
    if chars.next().is_some_and(is_bullet) && chars.next().is_some_and(char::is_whitespace) {
        let bullet = s.of(text).chars().next().map_or(0, char::len_utf8);
        s = Span::new(s.start + bullet, s.end).trim(text);
    }
    if !s.is_empty() {
        out.push(s);
    }
}

/// Cuts a sentence's tokens into pieces of at most `cap` tokens: at the last comma,
/// semicolon or colon of the second half of a piece where there is one, else at the cap.
/// A sentence within the cap is one piece (an empty sentence, one empty piece).
pub fn pieces(tokens: &[Token], cap: usize) -> Vec<Range<usize>> {
    let cap = cap.max(2);
    let mut out = Vec::new();
    let mut start = 0;
    while tokens.len() - start > cap {
        let window = &tokens[start + cap / 2..start + cap];
        let cut = window
            .iter()
            .rposition(|t| !t.is_word() && !t.shape.is(Shape::QUOTE) && !t.shape.is(Shape::BRACKET))
            .map_or(start + cap, |k| start + cap / 2 + k + 1);
        out.push(start..cut);
        start = cut;
    }
    out.push(start..tokens.len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::LANGUAGES;

    fn split(text: &str) -> Vec<&str> {
        sentences(text, Span::new(0, text.len()), LANGUAGES).into_iter().map(|s| s.of(text)).collect()
    }

    #[test]
    fn titles_initials_and_dotted_abbreviations_do_not_end_sentences() {
        assert_eq!(
            split("Mr. Smith met Dr. J. Okafor in the U.S. capital on Jan. 5. They spoke."),
            vec!["Mr. Smith met Dr. J. Okafor in the U.S. capital on Jan. 5.", "They spoke."]
        );
    }

    #[test]
    fn a_stop_with_no_space_after_it_still_ends_a_sentence_before_a_word() {
        assert_eq!(
            split("La digue appartient à la société (SOGEP).Selon la radio, le bilan est provisoire."),
            vec!["La digue appartient à la société (SOGEP).", "Selon la radio, le bilan est provisoire."]
        );
        assert_eq!(
            split("The toll was rising.Rescuers kept digging."),
            vec!["The toll was rising.", "Rescuers kept digging."]
        );
        // Not a site's name, an abbreviation or a file's.
        assert_eq!(split("News.Az reports that the U.S.Army left."), vec!["News.Az reports that the U.S.Army left."]);
    }

    #[test]
    fn decimals_and_inner_ellipses_stay_inside() {
        assert_eq!(
            split("Prices rose 3.5 percent... and then fell. Nobody knew why."),
            vec!["Prices rose 3.5 percent... and then fell.", "Nobody knew why."]
        );
    }

    #[test]
    fn sentences_ending_inside_quotes_keep_their_closing_quote() {
        assert_eq!(
            split("He said: \u{201c}We will stay.\u{201d} Then he left."),
            vec!["He said: \u{201c}We will stay.\u{201d}", "Then he left."]
        );
    }

    #[test]
    fn french_spacing_before_marks_and_guillemets() {
        assert_eq!(
            split("Il a répondu : « Jamais ! » Puis il est parti. M. Durand a confirmé."),
            vec!["Il a répondu : « Jamais ! »", "Puis il est parti.", "M. Durand a confirmé."]
        );
    }

    #[test]
    fn a_long_sentence_is_cut_into_pieces_at_punctuation() {
        let words: Vec<Token> = (0..500)
            .map(|i| {
                let shape = if i % 7 == 6 { Shape::default() } else { Shape::WORD };
                Token { span: Span::new(i, i + 1), shape, ..Default::default() }
            })
            .collect();
        let pieces = pieces(&words, 100);
        assert!(pieces.iter().all(|p| p.len() <= 100), "{pieces:?}");
        assert!(pieces[..pieces.len() - 1].iter().all(|p| p.len() >= 50), "{pieces:?}");
        assert_eq!(pieces.first().unwrap().start, 0);
        assert_eq!(pieces.last().unwrap().end, 500);
        assert!(pieces.windows(2).all(|w| w[0].end == w[1].start));
        assert!(pieces[..pieces.len() - 1].iter().all(|p| !words[p.end - 1].is_word()));
    }

    #[test]
    fn each_item_of_a_bulleted_list_is_a_sentence() {
        assert_eq!(
            split("In brief:\n• Roads were closed.\n• Two schools shut\n- Flights resumed on Monday."),
            vec!["In brief:", "Roads were closed.", "Two schools shut", "Flights resumed on Monday."]
        );
        // A dash inside a line, or a hyphen opening a word, is no bullet.
        assert_eq!(
            split("Prices rose - and then fell to\n-10 degrees overnight."),
            vec!["Prices rose - and then fell to\n-10 degrees overnight."]
        );
    }

    #[test]
    fn a_lower_case_continuation_is_not_a_new_sentence() {
        assert_eq!(split("Is it over? not yet, officials said."), vec!["Is it over? not yet, officials said."]);
    }
}
