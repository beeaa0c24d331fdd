//! French words: grammatical words the rules need to read a phrase.

use crate::lang::Grammar;

/// French grammatical words.
pub const WORDS: Grammar = Grammar {
    determiners: &["le", "la", "les", "l'", "un", "une", "des"],
    indefinites: &["un", "une", "des", "deux", "plusieurs"],
    conjunctions: &[
        "et",
        "mais",
        "ou",
        "ainsi que",
        "ainsi qu'",
        "ainsi qu’",
        "de même que",
        "de même qu'",
        "de même qu’",
    ],
    possessives: &["son", "sa", "ses", "leur", "leurs"],
    clause_markers: &["qui", "dont"],
    relative_adverbs: &["où", "lorsque", "quand"],
    // « après que », « avant que »: the « que » opens the clause.
    time_conjunctions: &[],
    of: &["de", "d'", "du", "des"],
    and: &["et"],
    indefinite_articles: &["un", "une"],
    definite_singulars: &["le", "la", "l'", "l’"],
    demonstratives: &["ce", "cet", "cette", "ces"],
    object_pronouns: &["le", "la", "l'", "l’"],
    plural_endings: &["s", "x"],
    // A French plural takes « les », which is never read as one person.
    unmarked_plurals: &[],
    reflexives: &["se", "s'", "s’"],
    object_clitics: &["lui", "leur", "nous", "vous", "me", "m'", "m’", "te", "t'", "t’"],
    // "des" is left whole: as often an article ("des civils") as "de les".
    contractions: &[("au", &["à", "le"]), ("aux", &["à", "les"]), ("du", &["de", "le"])],
    present_participle_endings: &["ant"],
    gerund_markers: &["en"],
    floating_quantifiers: &["tous", "toutes"],
    participle_agreements: &[("é", &["ée", "és", "ées"]), ("i", &["ie", "is", "ies"])],
    past_participle_endings: &["é", "ée", "és", "ées"],
};
