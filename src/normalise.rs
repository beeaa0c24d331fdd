//! Normalisation: one text the annotators can match simply (LF line ends, plain spaces,
//! no invisible characters), with a map back to the caller's offsets so no text is lost.

use crate::model::Span;

/// The normalised text and how its offsets map back to the original.
#[derive(Debug, Clone)]
pub struct Normalised {
    /// The text annotators read.
    pub text: String,
    /// Where the shift between the two texts changes, in order.
    breaks: Vec<Break>,
}

/// From `normalised` on, offsets map to `original + (offset - normalised)`.
#[derive(Debug, Clone, Copy)]
struct Break {
    normalised: usize,
    original: usize,
    /// The break follows a replaced character (rather than a dropped one).
    after_replacement: bool,
}

/// What normalisation does with one character: keep it, replace it, or drop it.
fn replacement(c: char, next: Option<char>) -> Option<&'static str> {
    match c {
        '\r' if next == Some('\n') => Some(""),
        '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' => Some("\n"),
        '\u{a0}' | '\u{202f}' | '\u{2007}' | '\u{2009}' | '\u{200a}' | '\u{2002}' | '\u{2003}' | '\u{3000}' | '\t'
        | '\u{b}' | '\u{c}' => Some(" "),
        '\u{ad}' | '\u{200b}' | '\u{2060}' | '\u{feff}' => Some(""),
        _ => None,
    }
}

impl Normalised {
    /// Normalises `original`.
    pub fn new(original: &str) -> Normalised {
        let mut text = String::with_capacity(original.len());
        let mut breaks = vec![Break { normalised: 0, original: 0, after_replacement: false }];
        let mut chars = original.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map(|&(_, n)| n);
            match replacement(c, next) {
                None => text.push(c),
                Some(r) => {
                    text.push_str(r);
                    breaks.push(Break {
                        normalised: text.len(),
                        original: i + c.len_utf8(),
                        after_replacement: !r.is_empty(),
                    });
                }
            }
        }
        Normalised { text, breaks }
    }

    /// Original offset of a normalised offset used as a span start (after dropped characters).
    pub fn start_to_original(&self, pos: usize) -> usize {
        let b = self.breaks[self.breaks.partition_point(|b| b.normalised <= pos) - 1];
        b.original + (pos - b.normalised)
    }

    /// Original offset of a normalised offset used as a span end (before dropped characters).
    pub fn end_to_original(&self, pos: usize) -> usize {
        if pos == 0 {
            return 0;
        }
        let i = self.breaks.partition_point(|b| b.normalised < pos);
        if let Some(b) = self.breaks.get(i) {
            if b.normalised == pos && b.after_replacement {
                return b.original;
            }
        }
        let b = self.breaks[i - 1];
        b.original + (pos - b.normalised)
    }

    /// The original byte range of a normalised span.
    pub fn to_original(&self, span: Span) -> Span {
        if span.is_empty() {
            let p = self.start_to_original(span.start);
            return Span::new(p, p);
        }
        Span::new(self.start_to_original(span.start), self.end_to_original(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(original: &str, needle: &str) -> String {
        let n = Normalised::new(original);
        let start = n.text.find(needle).expect("needle in normalised text");
        let span = n.to_original(Span::new(start, start + needle.len()));
        original[span.start..span.end].to_string()
    }

    #[test]
    fn crlf_and_nbsp_map_back_to_the_original_text() {
        let original = "Le bilan\r\nest de 1\u{a0}200\u{202f}morts\u{a0}!";
        let n = Normalised::new(original);
        assert_eq!(n.text, "Le bilan\nest de 1 200 morts !");
        assert_eq!(round_trip(original, "1 200 morts"), "1\u{a0}200\u{202f}morts");
        assert_eq!(round_trip(original, "est"), "est");
    }

    #[test]
    fn dropped_invisible_characters_stay_outside_span_edges() {
        let original = "\u{feff}Aleppo\u{200b} fell";
        assert_eq!(round_trip(original, "Aleppo"), "Aleppo");
        assert_eq!(round_trip(original, "fell"), "fell");
    }
}
