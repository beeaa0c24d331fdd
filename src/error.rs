//! Typed errors: each says what was wrong and with which value.

use std::fmt;

/// Everything that can make [`crate::extract`] refuse its input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// An option had a value outside its allowed set.
    InvalidOption {
        /// The option's name as the caller spells it (`language`, `document_date`, `offsets`...).
        option: String,
        /// The offending value, as given.
        value: String,
        /// What would have been accepted.
        expected: &'static str,
    },
    /// An option name that does not exist.
    UnknownOption {
        /// The name as given.
        option: String,
    },
    /// The input is larger than `Options::max_input_bytes`.
    InputTooLarge {
        /// Size of the input in bytes (UTF-8).
        bytes: usize,
        /// The configured limit.
        limit: usize,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidOption { option, value, expected } => {
                write!(f, "invalid value {value:?} for option `{option}`: expected {expected}")
            }
            Error::UnknownOption { option } => write!(
                f,
                "unknown option `{option}`: expected one of language, document_date, offsets, max_input_bytes"
            ),
            Error::InputTooLarge { bytes, limit } => {
                write!(f, "input is {bytes} bytes, over the limit of {limit} bytes (option `max_input_bytes`)")
            }
        }
    }
}

impl std::error::Error for Error {}
