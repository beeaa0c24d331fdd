//! French words.

use super::Lexicon;
use crate::options::Language;

/// The French table.
pub static LEXICON: Lexicon = Lexicon {
    language: Language::Fr,
    months: &[
        ("janvier", 1), ("janv", 1), ("février", 2), ("fevrier", 2), ("févr", 2), ("fév", 2),
        ("mars", 3), ("avril", 4), ("avr", 4), ("mai", 5), ("juin", 6), ("juillet", 7),
        ("juil", 7), ("août", 8), ("aout", 8), ("septembre", 9), ("octobre", 10),
        ("novembre", 11), ("décembre", 12), ("decembre", 12), ("déc", 12),
    ],
    weekdays: &[
        ("lundi", 0), ("mardi", 1), ("mercredi", 2), ("jeudi", 3), ("vendredi", 4), ("samedi", 5),
        ("dimanche", 6),
    ],
    date_prepositions: &["le", "du", "au"],
    time_connectors: &["à", "a", "vers"],
    abbreviations: &[
        "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "mgr", "st", "ste", "gén", "gal", "col",
        "cdt", "lt", "sgt", "etc", "cf", "env", "av", "apr", "j.-c", "janv", "févr", "avr", "juil",
        "sept", "oct", "nov", "déc", "n°", "no", "p", "pp", "vol", "ex", "min",
    ],
    function_words: &[
        "le", "la", "les", "des", "et", "du", "un", "une", "est", "dans", "que", "qui", "pour",
        "sur", "au", "aux", "par", "pas", "ont", "selon", "avec", "ce", "cette", "il", "elle",
        "sont", "été", "depuis", "plus",
    ],
    published_labels: &["publié", "publié le", "mis en ligne", "mis en ligne le", "paru le"],
    updated_labels: &["mis à jour", "mis à jour le", "modifié", "modifié le", "actualisé", "actualisé le", "màj"],
    reading_time_labels: &["temps de lecture", "durée de lecture", "lecture"],
    reading_time_suffixes: &["de lecture"],
    byline_labels: &["par"],
    teaser_labels: &[
        "lire aussi", "à lire aussi", "a lire aussi", "lire également", "voir aussi", "à voir aussi",
        "sur le même sujet", "lire la suite", "les plus lus", "à lire", "publicité", "contenu sponsorisé",
        "à découvrir", "vous aimerez aussi",
    ],
    weak_teaser_labels: &["suivant", "vidéo", "en direct", "direct", "sponsorisé", "à suivre"],
    furniture_words: &[
        "partager", "partagez", "s'abonner", "abonnez-vous", "suivez-nous", "suivre", "inscrivez-vous",
        "newsletter", "copier le lien", "lien copié", "cliquez ici", "commentaires", "commenter",
        "imprimer", "envoyer", "écouter", "écouter cet article", "sauvegarder", "mots-clés", "thèmes",
        "accepter les cookies", "se connecter", "télécharger l'application",
    ],
    photo_labels: &["photo", "crédit", "crédits", "crédit photo"],
};
