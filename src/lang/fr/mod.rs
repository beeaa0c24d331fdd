//! French: its words, grouped by concern, and the rules that must be code.

mod calendar;
mod casualties;
mod grammar;
mod names;
mod numbers;
mod page;
mod speech;

use super::{Hooks, Lexicon};
use crate::model::Language;

/// The French tables.
pub static LEXICON: Lexicon = Lexicon {
    language: Language::new("fr"),
    called: &["french", "français", "francais"],
    page: page::WORDS,
    calendar: calendar::WORDS,
    numbers: numbers::WORDS,
    names: names::WORDS,
    speech: speech::WORDS,
    casualties: casualties::WORDS,
    grammar: grammar::WORDS,
    hooks: Hooks {
        elisions: &["l", "d", "qu", "j", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu"],
        inverted_pronoun: Some(inverted_pronoun),
    },
};

/// Subject pronouns that follow their verb after a quote.
const INVERTED: &[&str] = &["il", "elle", "ils", "elles"];

/// "a-t-il", "estime-t-elle", "dit-il", "ont-ils": where the inverted pronoun starts.
fn inverted_pronoun(word: &str) -> Option<usize> {
    let (verb, pronoun) = word.rsplit_once('-')?;
    let verb = verb.strip_suffix("-t").unwrap_or(verb);
    let is_pronoun = INVERTED.iter().any(|p| p.eq_ignore_ascii_case(pronoun));
    (is_pronoun && verb.chars().next().is_some_and(char::is_alphabetic)).then(|| word.len() - pronoun.len())
}

#[cfg(test)]
mod tests {
    use super::inverted_pronoun;

    #[test]
    fn inverted_pronouns_are_found_after_the_verb() {
        assert_eq!(inverted_pronoun("a-t-il"), Some(4));
        assert_eq!(inverted_pronoun("estime-t-elle"), Some(9));
        assert_eq!(inverted_pronoun("dit-il"), Some(4));
        assert_eq!(inverted_pronoun("peut-être"), None);
        assert_eq!(inverted_pronoun("Jean-Pierre"), None);
    }
}
