//! What the caller can choose: language, document date, offset unit, size limit, and whether
//! the output lists the tokens.

use crate::error::Error;
use crate::model::{Date, Language};

/// Which language to extract with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LanguageChoice {
    /// Detect from the text (the default).
    #[default]
    Auto,
    /// Use this language whatever the text looks like.
    Fixed(Language),
}

/// The unit in which output offsets are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OffsetUnit {
    /// UTF-8 bytes: Rust `&str` indices (the Rust default).
    #[default]
    Utf8,
    /// UTF-16 code units: JavaScript `String.prototype.slice` indices (the JS default).
    Utf16,
    /// Unicode scalar values: Python `str` indices.
    Codepoint,
}

/// Default for [`Options::max_input_bytes`]: 16 MiB.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// Extraction settings. `Options::default()` detects the language, takes the document
/// date from the article, reports UTF-8 byte offsets, and leaves the tokens out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Language of the article, or detection.
    pub language: LanguageChoice,
    /// The date relative expressions ("on Friday", "yesterday") are resolved against.
    /// `None`: the article's own published date, else its update date, else a full date in its
    /// dateline, else no anchor.
    pub document_date: Option<Date>,
    /// Unit of every `start`/`end` in the output.
    pub offsets: OffsetUnit,
    /// Inputs larger than this many UTF-8 bytes are refused with [`Error::InputTooLarge`].
    pub max_input_bytes: usize,
    /// Whether the output lists every token of the sentences with its part of speech
    /// ([`crate::Extraction::tokens`]). Off by default.
    pub tokens: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            language: LanguageChoice::Auto,
            document_date: None,
            offsets: OffsetUnit::Utf8,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            tokens: false,
        }
    }
}

fn invalid(option: &str, value: &str, expected: &'static str) -> Error {
    Error::InvalidOption { option: option.to_string(), value: value.to_string(), expected }
}

/// Two ASCII digits making a number from 0 to `max`.
fn two_digits(s: &str, max: u32) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()) && s.parse::<u32>().is_ok_and(|n| n <= max)
}

/// A time of day as RFC 3339 writes it: `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fraction`, then
/// optionally `Z` or an offset `+HH:MM` / `-HH:MM`.
fn is_time_of_day(s: &str) -> bool {
    let (time, zone) = s.split_at(s.find(['Z', 'z', '+', '-']).unwrap_or(s.len()));
    let zone_ok = match zone.split_at_checked(1) {
        None => true,
        Some(("Z" | "z", "")) => true,
        Some(("+" | "-", offset)) => {
            matches!(offset.split_once(':'), Some((h, m)) if two_digits(h, 23) && two_digits(m, 59))
        }
        Some(_) => false,
    };
    let mut parts = time.split(':');
    let (hours, minutes, seconds) = (parts.next(), parts.next(), parts.next());
    let seconds_ok = match seconds.map(|s| s.split_once('.').unwrap_or((s, "0"))) {
        None => true,
        Some((whole, fraction)) => {
            two_digits(whole, 60) && !fraction.is_empty() && fraction.bytes().all(|b| b.is_ascii_digit())
        }
    };
    zone_ok
        && seconds_ok
        && parts.next().is_none()
        && hours.is_some_and(|h| two_digits(h, 23))
        && minutes.is_some_and(|m| two_digits(m, 59))
}

impl Options {
    /// Sets the language from its name: `auto`, `en` or `fr` (case-insensitive).
    pub fn set_language(&mut self, value: &str) -> Result<&mut Self, Error> {
        self.language = match value.trim() {
            "" => LanguageChoice::Auto,
            v if v.eq_ignore_ascii_case("auto") => LanguageChoice::Auto,
            v => match crate::lang::find(v) {
                Some(language) => LanguageChoice::Fixed(language),
                None => {
                    return Err(invalid(
                        "language",
                        value,
                        "auto or the code of a registered language, such as en or fr",
                    ))
                }
            },
        };
        Ok(self)
    }

    /// Sets the document date from `YYYY-MM-DD`, or from a date and time as RFC 3339 writes them
    /// (`2024-03-05T10:30`, `2024-03-05T10:30:00Z`, `2024-03-05 10:30:00.250+01:00`): the time
    /// and zone must be valid, and are then ignored. Anything else after the date is an error.
    pub fn set_document_date(&mut self, value: &str) -> Result<&mut Self, Error> {
        let v = value.trim();
        let (date_part, time_part) = match v.find(['T', 't', ' ']) {
            Some(i) => (&v[..i], Some(&v[i + 1..])),
            None => (v, None),
        };
        let date = Date::parse_iso(date_part).filter(|_| time_part.is_none_or(is_time_of_day));
        self.document_date = Some(date.ok_or_else(|| {
            invalid(
                "document_date",
                value,
                "a calendar date as YYYY-MM-DD, optionally with a time (2024-03-05T10:30:00Z)",
            )
        })?);
        Ok(self)
    }

    /// Sets the offset unit from its name: `utf8`, `utf16` or `codepoint`.
    pub fn set_offsets(&mut self, value: &str) -> Result<&mut Self, Error> {
        self.offsets = match value.trim().to_ascii_lowercase().replace(['-', '_'], "").as_str() {
            "utf8" | "byte" | "bytes" => OffsetUnit::Utf8,
            "utf16" => OffsetUnit::Utf16,
            "codepoint" | "codepoints" | "char" | "chars" => OffsetUnit::Codepoint,
            _ => return Err(invalid("offsets", value, "one of utf16, utf8, codepoint")),
        };
        Ok(self)
    }

    /// Sets the input size limit in bytes (at least 1).
    pub fn set_max_input_bytes(&mut self, value: f64) -> Result<&mut Self, Error> {
        if !(value.is_finite() && value >= 1.0 && value.fract() == 0.0) {
            return Err(invalid("max_input_bytes", &value.to_string(), "a whole number of bytes, at least 1"));
        }
        self.max_input_bytes = value.min(usize::MAX as f64) as usize;
        Ok(self)
    }
}
