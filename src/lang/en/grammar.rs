//! English words: grammatical words the rules need to read a phrase.

use crate::lang::Grammar;

/// English grammatical words.
pub const WORDS: Grammar = Grammar {
    determiners: &["the", "a", "an"],
    indefinites: &["a", "an", "two", "several"],
    conjunctions: &["and", "but", "or", "as well as", "along with", "together with"],
    possessives: &["its", "his", "her", "their"],
    clause_markers: &["which", "that", "who"],
    relative_adverbs: &["where", "when", "what"],
    time_conjunctions: &["after", "before", "until", "once"],
    of: &["of"],
    and: &["and"],
    indefinite_articles: &["a", "an"],
    definite_singulars: &["the"],
    demonstratives: &["this", "these", "that", "those"],
    object_pronouns: &["him", "her"],
    plural_endings: &["s"],
    reflexives: &[],
    object_clitics: &[],
    contractions: &[],
    present_participle_endings: &["ing"],
    gerund_markers: &[],
    participle_agreements: &[],
    past_participle_endings: &[],
};
