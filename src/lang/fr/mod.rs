//! French: its words, grouped by concern, and the rules that must be code.

mod calendar;
mod casualties;
mod events;
mod grammar;
mod names;
mod numbers;
mod page;
mod speech;

use super::{Hooks, Inversion, Lexicon};
use crate::model::Language;
use crate::tagger::Models;

/// The French taggers.
static MODELS: Models =
    Models::new(include_bytes!("../../../data/models/pos-fr.bin"), include_bytes!("../../../data/models/ner-fr.bin"));

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
    events: events::WORDS,
    grammar: grammar::WORDS,
    models: &MODELS,
    hooks: Hooks {
        elisions: &["l", "d", "qu", "j", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu"],
        inverted_pronoun: Some(inverted_pronoun),
    },
};

/// Subject pronouns that follow their verb after a quote.
const INVERTED: &[&str] = &["il", "elle", "ils", "elles", "on"];

/// The inverted pronoun that names no one.
const IMPERSONAL: &str = "on";

/// Auxiliaries whose inverted form is followed by the participle ("a-t-il ajouté").
const AUXILIARIES: &[&str] = &["a", "ont", "avait", "avaient"];

/// "a-t-il", "estime-t-elle", "dit-il", "ont-ils": where the inverted pronoun starts.
fn inverted_pronoun(word: &str) -> Option<Inversion> {
    let (verb, pronoun) = word.rsplit_once('-')?;
    let verb = verb.strip_suffix("-t").unwrap_or(verb);
    let is_pronoun = INVERTED.iter().any(|p| p.eq_ignore_ascii_case(pronoun));
    let is_verb = !verb.is_empty() && verb.chars().all(char::is_alphabetic);
    let auxiliary = AUXILIARIES.iter().any(|a| a.eq_ignore_ascii_case(verb));
    let impersonal = IMPERSONAL.eq_ignore_ascii_case(pronoun);
    (is_pronoun && is_verb).then(|| Inversion {
        verb: verb.len(),
        pronoun: word.len() - pronoun.len(),
        auxiliary,
        impersonal,
    })
}

#[cfg(test)]
mod tests {
    use super::inverted_pronoun;

    #[test]
    fn inverted_pronouns_are_found_after_the_verb() {
        let at = |w| inverted_pronoun(w).map(|i| (i.pronoun, i.auxiliary));
        assert_eq!(at("a-t-il"), Some((4, true)));
        assert_eq!(at("estime-t-elle"), Some((9, false)));
        assert_eq!(at("dit-il"), Some((4, false)));
        assert_eq!(at("a-t-on"), Some((4, true)));
        assert_eq!(inverted_pronoun("estime-t-elle").map(|i| i.verb), Some(6));
        assert_eq!(inverted_pronoun("disent-ils").map(|i| i.verb), Some(6));
        assert!(inverted_pronoun("a-t-on").is_some_and(|i| i.impersonal));
        assert!(inverted_pronoun("a-t-il").is_some_and(|i| !i.impersonal));
        assert_eq!(inverted_pronoun("peut-être"), None);
        assert_eq!(inverted_pronoun("Jean-Pierre"), None);
    }
}
