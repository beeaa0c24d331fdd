//! Byte ranges into the normalised text.

/// A byte range `start..end` into the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers nothing.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The slice of `text` this span covers.
    pub fn of(self, text: &str) -> &str {
        &text[self.start..self.end]
    }

    /// This span with surrounding white space removed (in `text`).
    pub fn trim(self, text: &str) -> Span {
        let s = self.of(text);
        let start = self.start + (s.len() - s.trim_start().len());
        let end = self.end - (s.len() - s.trim_end().len());
        Span::new(start, end.max(start))
    }
}

/// A piece of the caller's input as the output gives it: `input[start..end] == text` in the
/// offset unit the caller chose. Output records are the model's records with this span type.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TextSpan {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The text between them, exactly as in the input.
    pub text: String,
}
