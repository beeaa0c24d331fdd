//! Per-language word tables. Rules elsewhere refer to these by meaning (a month name, a
//! "published" label), never by spelling; adding a language means adding one file here.

pub mod en;
pub mod fr;

use crate::options::Language;

/// The words of one language that the annotators need.
pub struct Lexicon {
    /// Which language this is.
    pub language: Language,
    /// Month names and abbreviations (lower case, without the final dot) with their number.
    pub months: &'static [(&'static str, u32)],
    /// Weekday names and abbreviations (lower case) with 0 = Monday ... 6 = Sunday.
    pub weekdays: &'static [(&'static str, u32)],
    /// Words that may precede a date: "on", "le".
    pub date_prepositions: &'static [&'static str],
    /// Words between a date and its time: "at", "à".
    pub time_connectors: &'static [&'static str],
    /// Lower-case words that, followed by a full stop, do not end a sentence.
    pub abbreviations: &'static [&'static str],
    /// Frequent short words, used to detect the language.
    pub function_words: &'static [&'static str],
    /// Labels introducing the publication stamp: "Published on", "Publié le".
    pub published_labels: &'static [&'static str],
    /// Labels introducing the update stamp: "Updated on", "Mis à jour le".
    pub updated_labels: &'static [&'static str],
    /// Labels introducing a reading time: "Reading time".
    pub reading_time_labels: &'static [&'static str],
    /// Words after a number of minutes that make it a reading time: "read" in "3 min read".
    pub reading_time_suffixes: &'static [&'static str],
    /// Words introducing a byline: "By".
    pub byline_labels: &'static [&'static str],
    /// Labels of links to other articles, boilerplate in any case: "Read also".
    pub teaser_labels: &'static [&'static str],
    /// Labels that are boilerplate only in capitals or before a colon: "NEXT", "Related:".
    pub weak_teaser_labels: &'static [&'static str],
    /// Words that start share, subscribe, follow and similar page furniture.
    pub furniture_words: &'static [&'static str],
    /// Labels introducing a photo credit: "Photo", "Credit".
    pub photo_labels: &'static [&'static str],
    /// Lower-case words that are capitalised only because they open a sentence.
    pub sentence_openers: &'static [&'static str],
    /// Titles before a name, lower case ("president", "prime minister").
    pub titles: &'static [&'static str],
    /// Nouns that head a role in apposition ("director" in "X, director of Y").
    pub role_nouns: &'static [&'static str],
    /// Words that make a capitalised name an organisation ("Observatory", "Ministry").
    pub org_keywords: &'static [&'static str],
    /// Words that make a capitalised name a geographic area ("province", "valley").
    pub loc_keywords: &'static [&'static str],
    /// Direction adjectives that make "northern Syria" an area.
    pub directions: &'static [&'static str],
    /// Prepositions after which an unknown capitalised name is a place.
    pub locative_prepositions: &'static [&'static str],
    /// Lower-case words inside organisation names ("of", "for").
    pub name_connectors: &'static [&'static str],
    /// Definite articles ("the").
    pub definite_articles: &'static [&'static str],
    /// Groups named by a common noun, lower case, singular and plural ("rebels", "jihadists").
    pub group_nouns: &'static [&'static str],
    /// Verbs whose subject, when a capital city, stands for its government ("accused").
    pub state_verbs: &'static [&'static str],
    /// Words introducing the agent of a passive ("by").
    pub agent_markers: &'static [&'static str],
    /// Verbs of speech that show their subject or object is a person or an organisation.
    pub speech_verbs: &'static [&'static str],
}

/// Every language, for rules that must recognise page furniture whatever the article's language.
pub const ALL: &[&Lexicon] = &[&en::LEXICON, &fr::LEXICON];

/// The table of one language.
pub fn lexicon(language: Language) -> &'static Lexicon {
    match language {
        Language::En => &en::LEXICON,
        Language::Fr => &fr::LEXICON,
    }
}

/// A regex alternation of words from every language, longest first, escaped.
pub(crate) fn alternation<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let mut all: Vec<&str> = words.into_iter().collect();
    all.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    all.dedup();
    all.iter().map(|w| regex::escape(w)).collect::<Vec<_>>().join("|")
}

/// Looks a lower-case word up in a `(word, number)` table of every language.
pub(crate) fn lookup(table: impl Fn(&Lexicon) -> &'static [(&'static str, u32)], word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.').to_lowercase();
    ALL.iter().flat_map(|l| table(l).iter()).find(|(w, _)| *w == word).map(|&(_, n)| n)
}

/// Particles inside Arabic, European and other names: "al-Assad", "bin Salman", "van der Bellen".
pub const NAME_PARTICLES: &[&str] = &[
    "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "bin", "ben", "ibn", "abu", "abou", "abdel",
    "abdul", "bint", "de", "del", "della", "di", "da", "dos", "du", "van", "von", "der", "den", "ter",
    "le", "la", "mac", "mc", "o'",
];

/// Capitalised abbreviations that are common nouns, not names: "NGO", "TV".
pub const GENERIC_ACRONYMS: &[&str] = &[
    "NGO", "NGOs", "ONG", "CEO", "TV", "GMT", "UTC", "AM", "PM", "ID", "PDF", "OK", "USD", "EUR", "PHD",
    "DNA", "ADN", "GDP", "PIB", "VIP", "SMS", "GPS", "HIV", "VIH", "AIDS", "SIDA", "COVID", "AI", "IA",
    "FAQ", "URL", "CET", "EST", "BST", "RPG", "IED", "IEDS", "NEXT", "LIVE", "VIDEO", "UPDATE", "BREAKING",
    "I", "II", "III", "IV", "A", "OF", "THE",
];

/// News agencies whose names appear in photo credits and datelines.
pub const NEWS_AGENCIES: &[&str] = &[
    "AFP", "Agence France-Presse", "Reuters", "AP", "Associated Press", "EPA", "EPA-EFE", "EFE",
    "Getty Images", "Getty", "Anadolu", "Anadolu Agency", "ANSA", "DPA", "dpa", "Xinhua",
    "SANA", "Sipa", "SIPA", "Maxppp", "MAXPPP", "Hans Lucas", "Abaca", "ABACA", "AA",
    "Bloomberg", "NurPhoto", "SOPA Images", "ZUMA", "Zuma Press", "Kyodo", "Yonhap", "TASS",
    "RIA Novosti", "Sputnik", "UPI", "PA", "PA Images", "IRNA", "WAFA", "MAP", "APS", "Belga",
    "Hans Lucas via AFP", "Shutterstock", "Alamy", "Le Pictorium", "Belga", "KCNA", "Tasnim",
];

/// Whether a credit part names a news agency (case-insensitive).
pub fn is_news_agency(name: &str) -> bool {
    let n = name.trim();
    NEWS_AGENCIES.iter().any(|a| a.eq_ignore_ascii_case(n))
}
