//! Language detection: the registered language whose function words (and elisions, for the
//! languages that have them) are most frequent in the text.

use crate::lang::{self, Lexicon};
use crate::model::Language;
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// How many words detection reads at most.
const WORDS_READ: usize = 5000;

/// Each registered language's function words, as sets.
static FUNCTION_WORDS: LazyLock<Vec<FxHashSet<&'static str>>> =
    LazyLock::new(|| lang::LANGUAGES.iter().map(|l| l.page.function_words.iter().copied().collect()).collect());

/// How strongly `word` (lower case) points to the language of `lexicon`, whose function
/// words are `function_words`.
fn score(lexicon: &Lexicon, function_words: &FxHashSet<&str>, word: &str) -> usize {
    let function_word = function_words.contains(word);
    // "l'armée", "qu'il": an elided word before an apostrophe.
    let elided = word
        .split_once(['\'', '’'])
        .is_some_and(|(head, rest)| !rest.is_empty() && lexicon.hooks.elisions.contains(&head));
    usize::from(function_word) + usize::from(elided)
}

/// The language whose words are most frequent in `lower`, a text in lower case (the first
/// registered on a tie).
pub fn detect(lower: &str) -> Language {
    let mut scores = vec![0usize; lang::LANGUAGES.len()];
    let words = lower.split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’')).filter(|w| !w.is_empty());
    for word in words.take(WORDS_READ) {
        for ((total, lexicon), function_words) in scores.iter_mut().zip(lang::LANGUAGES).zip(FUNCTION_WORDS.iter()) {
            *total += score(lexicon, function_words, word);
        }
    }
    let best = scores.iter().enumerate().fold(0, |best, (i, &s)| if s > scores[best] { i } else { best });
    lang::LANGUAGES[best].language
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{en, fr};

    #[test]
    fn tells_english_from_french() {
        assert_eq!(detect("the army said on monday that the convoy had been hit."), en::LEXICON.language);
        assert_eq!(detect("l'armée a indiqué lundi que le convoi avait été touché."), fr::LEXICON.language);
    }

    #[test]
    fn empty_text_is_the_first_registered_language() {
        assert_eq!(detect(""), lang::LANGUAGES[0].language);
    }
}
