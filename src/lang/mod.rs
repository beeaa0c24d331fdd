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
    /// Phrases that end a contributor line ("… contributed to this report."): furniture.
    pub contributor_lines: &'static [&'static str],
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
    /// Number words and what they do in a number.
    pub number_words: &'static [(&'static str, NumberWord)],
    /// Words before a number that qualify it ("more than", "près de").
    pub approximators: &'static [(&'static str, Approx)],
    /// Plural nouns naming a vague multiple, with the unit multiplied ("hundreds" → 100).
    pub vague_multiples: &'static [(&'static str, f64)],
    /// Nouns naming an approximate number ("une cinquantaine" → 50).
    pub approximate_nouns: &'static [(&'static str, f64)],
    /// Units after a number, with their canonical symbol.
    pub units: &'static [(&'static str, &'static str)],
    /// Relative day words with their offset from the document date ("yesterday" → -1).
    pub relative_days: &'static [(&'static str, i64)],
    /// Words that point to the past or future of a named weekday or period.
    pub time_direction: &'static [(&'static str, Direction)],
    /// Calendar units and their TimeML letter ("day" → D).
    pub period_units: &'static [(&'static str, char)],
    /// Vague references to the past or future ("in recent years" → PAST_REF).
    pub vague_times: &'static [(&'static str, &'static str)],
    /// Words that mark the start of an open period before a date ("since", "depuis").
    pub since_words: &'static [&'static str],
    /// Words that make a duration recurrent ("every", "chaque").
    pub set_words: &'static [&'static str],
    /// Words in a sentence that show it speaks of the future ("will", "prochain").
    pub future_cues: &'static [&'static str],
    /// Phrases that introduce a source after a claim: "according to", "selon".
    pub attribution_markers: &'static [&'static str],
    /// Words that introduce reported speech after a verb: "that", "que".
    pub complementizers: &'static [&'static str],
    /// Relative pronouns that take a speaker from the phrase before: "who", "qui".
    pub relative_pronouns: &'static [&'static str],
    /// Personal pronouns that can stand for a speaker, with whether they are singular.
    pub pronouns: &'static [(&'static str, bool)],
    /// Prepositions that introduce the outlet or person spoken to: "to", "à".
    pub addressee_markers: &'static [&'static str],
    /// Heads of unnamed sources and what kind of source they are ("official", "witnesses").
    pub source_heads: &'static [(&'static str, SourceKind)],
    /// Words that make a figure a casualty count: "killed", "dead", "tués", "blessés".
    pub casualty_words: &'static [(&'static str, CasualtyKind)],
    /// Who the casualties are: "people", "civilians", "civils".
    pub victim_nouns: &'static [&'static str],
    /// Auxiliaries between victims and the casualty verb: "have", "were", "ont été".
    pub auxiliaries: &'static [&'static str],
    /// Causes of casualties: "strikes", "shelling", "frappes".
    pub casualty_causes: &'static [&'static str],
    /// Phrases before a new toll: "rose to", "s'est alourdi à".
    pub toll_updates: &'static [&'static str],
}

/// What happened to the people counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CasualtyKind {
    /// Killed by someone or something.
    Killed,
    /// Dead, cause unstated.
    Dead,
    /// Wounded or injured.
    Wounded,
    /// Missing.
    Missing,
    /// Forced from their homes.
    Displaced,
    /// Arrested or detained.
    Arrested,
    /// Kidnapped or taken hostage.
    Kidnapped,
}

/// What kind of source a claim or quote comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A non-governmental organisation.
    Ngo,
    /// State-run media.
    StateMedia,
    /// Other media.
    Media,
    /// A news agency.
    Agency,
    /// A government, ministry or head of state.
    Government,
    /// An army or armed force.
    Military,
    /// A named or unnamed official.
    Official,
    /// An unnamed source.
    Anonymous,
    /// Witnesses, residents.
    Witness,
    /// Anything else.
    Other,
}

/// The part a number word plays in a written number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumberWord {
    /// A value to add: "three", "twenty", "vingt".
    Value(f64),
    /// Multiplies what precedes within the group: "hundred", "cent".
    Hundred,
    /// Closes a group and multiplies it: "thousand", "million".
    Scale(f64),
    /// "dozen": twelve of what precedes (or one dozen).
    Dozen,
    /// "half" / "demi": one half of the scale that follows.
    Half,
    /// "a" / "un" before a scale: one.
    Article,
}

/// How a figure is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    /// "more than", "over", "plus de".
    MoreThan,
    /// "at least", "au moins".
    AtLeast,
    /// "about", "around", "environ", "une cinquantaine".
    About,
    /// "almost", "nearly", "près de".
    Almost,
    /// "up to", "jusqu'à".
    UpTo,
    /// "fewer than", "less than", "moins de".
    FewerThan,
}

/// Whether a time word points backwards or forwards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// "last", "dernier".
    Past,
    /// "next", "prochain".
    Future,
    /// "this", "ce".
    Current,
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

/// Looks a word up (lower-cased, without a final dot) in a `(word, value)` table of every language.
pub(crate) fn lookup<T: Copy + 'static>(table: impl Fn(&Lexicon) -> &'static [(&'static str, T)], word: &str) -> Option<T> {
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
