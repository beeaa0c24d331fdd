//! Language detection: English or French, by counting each language's function words.

use crate::lang::{self, Lexicon};
use crate::options::Language;

/// The language whose function words are most frequent in `text` (English on a tie).
pub fn detect(text: &str) -> Language {
    let mut scores = [0usize; 2];
    for word in text.split(|c: char| !(c.is_alphabetic() || c == '\'')).filter(|w| !w.is_empty()).take(5000) {
        let lower = word.to_lowercase();
        for (score, lexicon) in scores.iter_mut().zip(lang::ALL.iter()) {
            if lexicon.function_words.contains(&lower.as_str()) {
                *score += 1;
            }
        }
        // Elided articles and pronouns are French: l'armée, d'un, qu'il.
        if lower.len() > 2 && matches!(lower.as_bytes()[..2], [b'l' | b'd' | b'j' | b'n' | b's', b'\'']) {
            scores[1] += 1;
        }
    }
    let best = if scores[1] > scores[0] { 1 } else { 0 };
    let lexicon: &Lexicon = lang::ALL[best];
    lexicon.language
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_english_from_french() {
        assert_eq!(detect("The army said on Monday that the convoy had been hit."), Language::En);
        assert_eq!(detect("L'armée a indiqué lundi que le convoi avait été touché."), Language::Fr);
    }

    #[test]
    fn empty_text_is_english() {
        assert_eq!(detect(""), Language::En);
    }
}
