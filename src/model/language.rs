//! Which language a text is in: a handle on one of the languages registered in `lang`.

use serde::Serialize;

/// A language, named by its ISO 639-1 code ("en", "fr"). The languages reportage knows are
/// the ones registered in [`crate::lang::LANGUAGES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Language {
    code: &'static str,
}

impl Language {
    /// The language with this code; only `lang` makes them, one per registered folder.
    pub const fn new(code: &'static str) -> Language {
        Language { code }
    }

    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        self.code
    }
}

impl Serialize for Language {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code)
    }
}
