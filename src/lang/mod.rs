//! Languages: one folder each (`en/`, `fr/`), holding the language's words grouped by
//! concern and the few rules that must be code. Annotators refer to these by meaning (a
//! month name, a "published" label), never by spelling.
//!
//! Adding a language is adding a folder beside `en/` with the same files, and one line in
//! [`LANGUAGES`].

pub mod en;
pub mod fr;
mod vocabulary;

pub use vocabulary::{is_key_of, phrase_key, value_in, Vocabulary};

use crate::model::{Approx, CasualtyKind, Language, Sex, SourceKind, SubEventType};

/// Every language reportage knows, in order of preference when detection ties.
pub static LANGUAGES: &[&Lexicon] = &[&en::LEXICON, &fr::LEXICON];

/// The words of one language that the annotators need, grouped by concern.
pub struct Lexicon {
    /// Which language this is.
    pub language: Language,
    /// Names a caller may use for the language besides its code ("english").
    pub called: &'static [&'static str],
    /// Page furniture: stamps, bylines, teasers, credits, and the words sentence splitting and language detection need.
    pub page: Page,
    /// Dates and times: months, weekdays, relative words, periods.
    pub calendar: Calendar,
    /// Written numbers, their qualifiers and units.
    pub numbers: Numbers,
    /// Names and titles: what makes a capitalised run a person, an organisation, a place or a group.
    pub names: Names,
    /// Speech and sourcing: verbs of speech, attribution markers, pronouns, kinds of sources.
    pub speech: Speech,
    /// Casualties: harm words, victims, causes, tolls.
    pub casualties: Casualties,
    /// Events: the words naming what happened and who acted.
    pub events: Events,
    /// Grammatical words: determiners, conjunctions, possessives.
    pub grammar: Grammar,
    /// The rules of the language that must be code.
    pub hooks: Hooks,
    /// The language's taggers, trained by `reportage-train` (see `data/models/README.md`).
    pub models: &'static crate::tagger::Models,
}

/// Grammatical words the rules need to read a phrase.
pub struct Grammar {
    /// Determiners opening a noun phrase ("the", "a", "les", "l'").
    pub determiners: &'static [&'static str],
    /// Indefinite determiners and counts heading an unnamed group ("a", "several", "deux").
    pub indefinites: &'static [&'static str],
    /// Coordinating conjunctions ("and", "et"), and phrases that join as they do ("as well as").
    pub conjunctions: &'static [&'static str],
    /// Possessive determiners ("his", "son").
    pub possessives: &'static [&'static str],
    /// Words opening a relative clause ("which", "dont").
    pub clause_markers: &'static [&'static str],
    /// Words opening a clause of place or time after a noun ("where", "où"), or a clause
    /// standing for a noun ("over what they called…", "over what they said was…").
    pub relative_adverbs: &'static [&'static str],
    /// Conjunctions of time that the tagger may read as prepositions, opening a clause after a
    /// verb ("was abducted a day after an aide accused him").
    pub time_conjunctions: &'static [&'static str],
    /// "of": between a vague number and its noun ("dozens of", "des centaines de").
    pub of: &'static [&'static str],
    /// The conjunction that joins two sources ("and", "et").
    pub and: &'static [&'static str],
    /// Indefinite articles ("a", "une").
    pub indefinite_articles: &'static [&'static str],
    /// Definite articles of one thing ("the", "le", "la", "l'"), before a noun of one.
    pub definite_singulars: &'static [&'static str],
    /// Demonstrative determiners ("this", "those"; "cette", "ces").
    pub demonstratives: &'static [&'static str],
    /// Object pronouns for one person ("him", « le », « l' »): one victim after a harm
    /// ("killing him"), and no part of the subject before a verb ("Le maire l'a dit").
    pub object_pronouns: &'static [&'static str],
    /// Endings of a plural noun ("s"; "s", "x").
    pub plural_endings: &'static [&'static str],
    /// Plural nouns of people with none of those endings, lower case ("men", "police").
    pub unmarked_plurals: &'static [&'static str],
    /// Reflexive pronouns standing between a subject and its verb ("se" in "X se dit").
    pub reflexives: &'static [&'static str],
    /// Object pronouns standing between a subject and its verb ("lui" in "le préfet lui a
    /// dit"), no part of the subject.
    pub object_clitics: &'static [&'static str],
    /// Contractions treebanks split into words, with their parts ("au" = "à le"): the
    /// part-of-speech model reads the parts, as it was trained.
    pub contractions: &'static [(&'static str, &'static [&'static str])],
    /// Endings of a present participle, lower case ("battling", "combattant").
    pub present_participle_endings: &'static [&'static str],
    /// Words that make a gerund of the present participle after them ("en" in "en
    /// maintenant"): such a participle is a verb, whatever else it spells.
    pub gerund_markers: &'static [&'static str],
    /// Quantifiers that float between a subject and its verb ("the four all died", « ils sont
    /// tous morts »): no part of either.
    pub floating_quantifiers: &'static [&'static str],
    /// Endings of a past participle and the endings that make it agree with a feminine or
    /// plural subject ("confirmé": "confirmée", "confirmés", "confirmées"): the listed verbs
    /// of speech are read in every form after a passive auxiliary ("la mort a été confirmée
    /// par…").
    pub participle_agreements: &'static [(&'static str, &'static [&'static str])],
    /// Endings only a past participle has, in a language that tells the past with an
    /// auxiliary ("annoncé", "confirmées"; not "confie", a present): such a word bare after a
    /// noun qualifies it. None in a language whose past and participle share a form ("said").
    pub past_participle_endings: &'static [&'static str],
}

/// Page furniture: stamps, bylines, teasers, credits, and the words sentence splitting and language detection need.
pub struct Page {
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
    /// Labels that open a byline only with a colon after them ("Author:", "Auteur :"), being
    /// ordinary words otherwise ("Author Rosa Delgado stabbed").
    pub colon_byline_labels: &'static [&'static str],
    /// Words after an agency's name that make a byline of it ("Reuters Staff"), and words
    /// joining an outlet to an agency in one ("Le Monde avec AFP"), lower case.
    pub byline_agency_words: &'static [&'static str],
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
    /// Words for minutes in a reading time ("min", "minutes", "mn").
    pub minute_words: &'static [&'static str],
}

/// Dates and times: months, weekdays, relative words, periods.
pub struct Calendar {
    /// What opens a night between two days ("the night of", "la nuit de"), lower case.
    pub night_of: &'static [&'static str],
    /// What joins its two days ("to", "à").
    pub night_to: &'static [&'static str],
    /// Relative days that name the night before the day they count from ("overnight", "dans la
    /// nuit"): each is also in `relative_days`, with its offset.
    pub nights_before: &'static [&'static str],
    /// Month names and abbreviations (lower case, without the final dot) with their number.
    pub months: &'static [(&'static str, u32)],
    /// Weekday names and abbreviations (lower case) with 0 = Monday ... 6 = Sunday.
    pub weekdays: &'static [(&'static str, u32)],
    /// Words that may precede a date: "on", "le".
    pub date_prepositions: &'static [&'static str],
    /// Words between a date and its time: "at", "à".
    pub time_connectors: &'static [&'static str],
    /// Relative day words with their offset from the document date ("yesterday" → -1).
    pub relative_days: &'static [(&'static str, i64)],
    /// Days counted from the last day the text told of, not from the document's date ("the
    /// day before" → -1, "le lendemain" → 1).
    pub story_days: &'static [(&'static str, i64)],
    /// Words that point to the past or future of a named weekday or period.
    pub time_direction: &'static [(&'static str, Direction)],
    /// Calendar units and their TimeML letter ("day" → D; minutes → `timeml::MINUTE`).
    pub period_units: &'static [(&'static str, char)],
    /// Vague references to the past or future ("in recent years" → PAST_REF).
    pub vague_times: &'static [(&'static str, &'static str)],
    /// Words that mark the start of an open period before a date ("since", "depuis").
    pub since_words: &'static [&'static str],
    /// Auxiliaries of the past of the past ("had", "avait"): what they tell happened before
    /// the story's time.
    pub pluperfect_auxiliaries: &'static [&'static str],
    /// Words opening a sentence that count from a time the sentence before named ("Since
    /// then, …", "Depuis lors, …"), lower case.
    pub since_then: &'static [&'static str],
    /// Words that make a duration recurrent ("every", "chaque").
    pub set_words: &'static [&'static str],
    /// Words in a sentence that show it speaks of the future ("will", "prochain").
    pub future_cues: &'static [&'static str],
    /// Endings of a verb in the future tense, for languages that mark it on the verb
    /// ("défileront", "reprendra").
    pub future_endings: &'static [&'static str],
    /// Endings of a verb in a past tense ("killed", "tuaient").
    pub past_endings: &'static [&'static str],
    /// Auxiliaries of a past tense and irregular past forms ("was", "had", "shot", "avait", "a").
    pub past_forms: &'static [&'static str],
    /// Letters after a day number that make it ordinal ("1st", "1er").
    pub ordinal_suffixes: &'static [&'static str],
    /// Marks between the hours and the minutes of a time, or after bare hours ("11h18", "7 h").
    pub hour_marks: &'static [&'static str],
    /// Halves of the day after a twelve-hour time, written without dots, with the hour each
    /// starts at ("am" → 0, "pm" → 12); "p.m." and "p. m." are read as "pm".
    pub day_halves: &'static [(&'static str, u32)],
    /// Words before a four-digit number that make it a year ("in", "until", "summer", "fin").
    pub year_leads: &'static [&'static str],
    /// Leads elided onto the month they lead, lower case, with a straight apostrophe ("d'" in
    /// "fin d'août", "le mois d'avril").
    pub elided_month_leads: &'static [&'static str],
    /// Words before a duration that belong to it ("for", "the past", "pendant").
    pub duration_leads: &'static [&'static str],
    /// Parts of the day after a weekday or a relative day, with their TimeML code ("night" →
    /// NI, "soir" → EV).
    pub day_parts: &'static [(&'static str, &'static str)],
    /// Words that, right before a part of the day, make it one of the day the text speaks of
    /// ("the afternoon", "le soir", "en fin de matinée"): an elided one ("l'") is written
    /// with its apostrophe.
    pub day_part_leads: &'static [&'static str],
    /// Prepositions and articles before a part of the day named after its day ("jeudi dans
    /// la nuit", "Thursday in the morning"): with them it is a time of that day. An elided
    /// article is written with its apostrophe and no space after it ("dans l'").
    pub day_part_prepositions: &'static [&'static str],
    /// Words before a year ending in 0 that make it a decade ("les années 1990"); a decade is
    /// also the year with an "s" ("the 1990s").
    pub decade_leads: &'static [&'static str],
    /// Words naming an hour of the day by itself, with its TimeML time ("noon" → 12:00, "dawn"
    /// → MO).
    pub named_hours: &'static [(&'static str, &'static str)],
    /// Words before a number of hours that make it a clock time ("vers 19 heures").
    pub clock_leads: &'static [&'static str],
    /// Words before a number of hours that open a range of clock times when a clock time
    /// closes it ("de 23 heures à 5 heures"); elsewhere they lead a duration.
    pub clock_range_openers: &'static [&'static str],
    /// Words between the two hours of a range whose half of the day or hour mark is written
    /// only after the second ("from 4 to 5pm", "entre 16 et 17 heures").
    pub clock_range_joiners: &'static [&'static str],
    /// Words before a time that make it the end of a span, not a day the story tells of
    /// ("until Saturday", "jusqu'à samedi").
    pub end_point_leads: &'static [&'static str],
    /// Seasons, with their TimeML code ("summer" → SU, "hiver" → WI).
    pub seasons: &'static [(&'static str, &'static str)],
    /// Days kept on the same date every year ("Christmas Eve", "jour de l'An"), with
    /// their month and day.
    pub fixed_holidays: &'static [(&'static str, (u32, u32))],
    /// Units that, plural and without a number, are a duration of no stated length ("for
    /// years", "pendant des mois"): their TimeML letter.
    pub plural_units: &'static [(&'static str, char)],
    /// Words before a plural unit of hours that make it a part of the day, with its TimeML
    /// code ("the early morning hours" → MO, "les premières heures" → MO), lower case.
    pub hours_of_the_day: &'static [(&'static str, &'static str)],
    /// Words joined after a duration's unit that make it an age, not a time ("30-year-old").
    pub age_words: &'static [&'static str],
    /// Words that count a duration without a number ("several days", "quelques mois").
    pub vague_counts: &'static [&'static str],
    /// The quarters of a year by name, with their number ("third quarter" → 3).
    pub quarters: &'static [(&'static str, u32)],
    /// Words before a month or a year that place a time in its early, middle or late part,
    /// with the TimeML modifier ("early" → START, "mi" → MID, "fin" → END).
    pub edges: &'static [(&'static str, &'static str)],
    /// Words right before a day or a part of one that place a time early or late in it,
    /// within its extent as TimeML writes it ("early Tuesday", "tôt ce matin").
    pub day_edges: &'static [(&'static str, &'static str)],
    /// Words after a duration that count it back from the document date ("three days ago";
    /// "a year earlier", which news copy measures from its own date).
    pub ago_after: &'static [&'static str],
    /// Words that end a phrase after a number of days and count them from the day the story
    /// last told of, back (-1) or on (1): "two days later", "une semaine plus tôt".
    pub story_counts_after: &'static [(&'static str, i8)],
    /// Words before a duration that count it back from the document date ("il y a trois jours").
    pub ago_before: &'static [&'static str],
    /// Nouns for the week, weekend, month or year that a direction word before them points
    /// into, with their TimeML letter ("week" → W in "last week"; K stands for a weekend).
    pub period_names: &'static [(&'static str, char)],
    /// Phrases naming the current week, month or year by themselves ("cette année", "ce mois-ci").
    pub current_periods: &'static [(&'static str, char)],
    /// The start or end of the current period, with its unit and TimeML modifier, read only
    /// after "since" ("since the beginning of the year", "depuis le début du mois").
    pub current_period_edges: &'static [(&'static str, (char, &'static str))],
    /// What turns a current period into one the text told of before ("cette année-là":
    /// that year, not this one), right after it.
    pub distal_suffixes: &'static [&'static str],
    /// Demonstratives that set a full date in the present ("ce mardi 3 mars 2026", "this
    /// Tuesday, March 3, 2026"): in a page that gives no date of its own, the first such
    /// date of its opening is the page's date.
    pub present_demonstratives: &'static [&'static str],
    /// Phrases naming a week, month or year that only a trailing direction places ("la semaine"
    /// in "la semaine dernière"; alone, "la semaine" is no particular week).
    pub placed_periods: &'static [(&'static str, char)],
    /// The words of `time_direction` that follow the weekday or period they point from ("lundi
    /// prochain"); the others come before it ("next Monday").
    pub trailing_directions: &'static [&'static str],
    /// Words after a month or a day that put it in the year the text named last ("en juin de
    /// la même année", "in June of that year"), lower case.
    pub same_year: &'static [&'static str],
    /// Words before a direction and a period that narrow it to its start or end, with the
    /// TimeML modifier ("earlier" → START in "earlier this week").
    pub period_edges: &'static [(&'static str, &'static str)],
    /// Words opening a relative clause of a time just named ("since July, when…", "depuis
    /// mars, lorsque…"): what it tells happened then.
    pub when_words: &'static [&'static str],
    /// Words between a clock time and its day, or a day and its clock time, that make them
    /// one time ("7 pm on Friday", "Friday at 7 pm", "samedi à 7h00").
    pub clock_day_joiners: &'static [&'static str],
    /// Directions written between a count and its unit ("les trois derniers jours", "ces 24
    /// dernières heures"): the count is the duration's.
    pub directions_before_units: &'static [&'static str],
}

/// Written numbers, their qualifiers and units.
pub struct Numbers {
    /// Characters that group thousands ("," in English, a space in French).
    pub thousands_separators: &'static [char],
    /// The decimal mark.
    pub decimal_mark: char,
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
    /// Words opening a range, each with the word that then joins its ends ("between" … "and").
    pub range_openers: &'static [(&'static str, &'static str)],
    /// Verbs after which "from 18 to 25" is a change from one value to another, not a range
    /// ("rose", "est passé"): one word, or two with the auxiliary.
    pub change_verbs: &'static [&'static str],
    /// Words joining the ends of a range without an opener ("to", "à").
    pub range_joiners: &'static [&'static str],
    /// Words for one that a joining word adds to a round ten ("vingt et un", "trente et
    /// une"); none in a language that writes "twenty-one".
    pub units_after_tens: &'static [&'static str],
    /// Scale words that count by themselves, with no number before them ("mille" is a
    /// thousand; a bare "million" is a noun).
    pub counted_scales: &'static [&'static str],
}

/// Names and titles: what makes a capitalised run a person, an organisation, a place or a group.
pub struct Names {
    /// Titles before a name, lower case ("president", "prime minister").
    pub titles: &'static [&'static str],
    /// Titles of courtesy, which say nothing of a role ("mr", "mme"), lower case.
    pub courtesy_titles: &'static [&'static str],
    /// Nouns that head a role in apposition ("director" in "X, director of Y").
    pub role_nouns: &'static [&'static str],
    /// Titles and nouns of kin or office that tell a person's sex ("mrs", "widow",
    /// "spokeswoman", "mme", "épouse"), lower case. Only forms that name one sex alone.
    pub sexed_nouns: &'static [(&'static str, Sex)],
    /// Words that make a capitalised name an organisation ("Observatory", "Ministry").
    pub org_keywords: &'static [&'static str],
    /// Words that make a capitalised name a geographic area ("province", "valley").
    pub loc_keywords: &'static [&'static str],
    /// Nouns of a natural feature written in lower case before its name ("le fleuve Congo",
    /// "the river Niger", "le lac Tchad"): the name after them is the feature's, not the
    /// country's or town's of the same name. Not islands: "l'île Maurice" is the country.
    pub feature_nouns: &'static [&'static str],
    /// Direction adjectives that make "northern Syria" an area.
    pub directions: &'static [&'static str],
    /// Prepositions after which an unknown capitalised name is a place.
    pub locative_prepositions: &'static [&'static str],
    /// Nouns of a settlement or a spot whose name follows "of"/"de" ("the town of", "la
    /// colline de"): the unknown name after them is a place.
    pub place_nouns: &'static [&'static str],
    /// Nouns of an institution written in lower case before its capitalised name ("ministère
    /// de la Santé", "ministry of Health"): the whole is the organisation's name.
    pub institution_nouns: &'static [&'static str],
    /// Lower-case words inside organisation names ("of", "for").
    pub name_connectors: &'static [&'static str],
    /// Definite articles ("the").
    pub definite_articles: &'static [&'static str],
    /// Groups named by a common noun, lower case, singular and plural ("rebels", "jihadists").
    pub group_nouns: &'static [&'static str],
    /// First words of the names of feasts and festivals whose day moves, lower case ("eid",
    /// "ramadan", "pâques"): such a name is neither a place nor a person.
    pub festivals: &'static [&'static str],
    /// Verbs whose subject, when a capital city, stands for its government ("accused").
    pub state_verbs: &'static [&'static str],
    /// Words introducing the agent of a passive ("by").
    pub agent_markers: &'static [&'static str],
    /// The word for a ruler's government ("regime").
    pub regime_nouns: &'static [&'static str],
}

/// Speech and sourcing: verbs of speech, attribution markers, pronouns, kinds of sources.
pub struct Speech {
    /// Verbs of speech that show their subject or object is a person or an organisation.
    pub speech_verbs: &'static [&'static str],
    /// Phrases that introduce a source after a claim: "according to", "selon".
    pub attribution_markers: &'static [&'static str],
    /// Phrases that open a sentence with whose view it gives: "in the view of", "pour".
    /// They mark a source only before one who can speak and a comma ("Pour le préfet, …").
    pub view_markers: &'static [&'static str],
    /// Verbs by which a reporter says it learnt what it reports, naming its source after
    /// [`Speech::learned_from`]: "AFP learned from", "a-t-on appris auprès de".
    pub learning_verbs: &'static [&'static str],
    /// Words after a verb of learning that introduce the source: "from", "auprès de".
    pub learned_from: &'static [&'static str],
    /// Verbs that count what they tell of, a verb of speech only before a figure: "recorded
    /// five deaths", "ont recensé 40 blessés".
    pub counting_verbs: &'static [&'static str],
    /// Words that introduce reported speech after a verb: "that", "que".
    pub complementizers: &'static [&'static str],
    /// Relative pronouns that take a speaker from the phrase before: "who", "qui".
    pub relative_pronouns: &'static [&'static str],
    /// Personal pronouns that can stand for a speaker, with whether they are singular.
    pub pronouns: &'static [(&'static str, bool)],
    /// The singular pronouns of a person that tell the person's sex ("she", "il").
    pub pronoun_sexes: &'static [(&'static str, Sex)],
    /// Pronouns of an untold number of people, a source by themselves ("Some said…",
    /// "Certains affirment…"), lower case.
    pub quantity_pronouns: &'static [&'static str],
    /// Pronouns that can stand for an organisation ("it", "elle" for "l'organisation").
    pub organisation_pronouns: &'static [&'static str],
    /// Pronouns that name no one ("on"): never a speaker or a source by themselves.
    pub impersonal_pronouns: &'static [&'static str],
    /// Prepositions that introduce the outlet or person spoken to: "to", "à".
    pub addressee_markers: &'static [&'static str],
    /// Heads of unnamed sources and what kind of source they are ("official", "witnesses").
    pub source_heads: &'static [(&'static str, SourceKind)],
    /// Verbs whose object is the claim itself, without "that" ("reported"); the counting verbs
    /// are such verbs too and are not repeated here.
    pub object_cues: &'static [&'static str],
    /// Words that end the phrase naming a source: a condition, a time or a channel ("on condition",
    /// "sous couvert", "sur Facebook", "via Telegram").
    pub source_conditions: &'static [&'static str],
    /// Words that open a source's phrase and stand for what it said ("the words of", "les
    /// propos du"): the source is the phrase after them.
    pub words_of: &'static [&'static str],
    /// Words in an organisation's name that make it a non-governmental one ("rights", "médecins").
    pub ngo_words: &'static [&'static str],
    /// Phrases pointing back to a source already named ("the same source", "this source",
    /// "la même source", "cette source").
    pub same_source: &'static [&'static str],
    /// Nouns a report uses to name again someone or something it named before, with what
    /// they name ("the company", "cette formation", "l'homme politique"): such a phrase as a
    /// speaker or a source stands for an entity of that class named before it.
    pub epithets: &'static [(&'static str, Epithet)],
    /// Words in a party's name ("Party", "Parti"): the entity "the party" may name again.
    pub party_words: &'static [&'static str],
    /// Words in a company's name ("Airlines", "Ltd", "Compagnie"): the entity "the company"
    /// may name again.
    pub company_words: &'static [&'static str],
    /// Words of a political office in a person's role ("minister", "député"): the person "the
    /// politician" may name again.
    pub political_titles: &'static [&'static str],
    /// Titles of a head of state ("president", "roi"): the person "the head of state" may
    /// name again.
    pub head_of_state_titles: &'static [&'static str],
    /// Titles of a head of government ("prime minister", "chancelier").
    pub head_of_government_titles: &'static [&'static str],
    /// Military ranks ("colonel", "capitaine"): the person "the officer" may name again.
    pub military_ranks: &'static [&'static str],
    /// Participles of speech that qualify a noun after a figure ("four confirmed deaths"):
    /// there, no verb.
    pub attributive_participles: &'static [&'static str],
    /// Words opening a sentence whose verb of speech tells who said the sentence before ("This
    /// is according to…", "C'est ce qu'a annoncé…").
    pub back_references: &'static [&'static str],
    /// Particles that make a verb of speech another verb ("called off", "spoke up").
    pub verb_particles: &'static [&'static str],
    /// Verbs of speech that stay so before a particle that names what they speak of ("said of
    /// the attack", "says of her son").
    pub topic_verbs: &'static [&'static str],
    /// Participles of speech that go on with the same speaker after a comma ("adding that",
    /// "précisant que").
    pub continuing_cues: &'static [&'static str],
    /// Verbs that tell what was said only before "that"/"que" ("mentioned that…", « a
    /// mentionné que… »): "mentioned the victim's name" says nothing.
    pub clause_verbs: &'static [&'static str],
    /// Verbs of speech that add to what the same source said just before ("…, the statement
    /// added", « ajoute le communiqué »): the sentence before was that source's too.
    pub adding_cues: &'static [&'static str],
    /// Participles after a comma whose object holds the subject's own words in quotation
    /// marks ("calling it "a disgrace"", "dénonçant des « mensonges »").
    pub quoting_participles: &'static [&'static str],
    /// Participles by which a speaker cites whom it had its words from ("citing", "citant"):
    /// set off after the subject, they open an aside.
    pub citing_participles: &'static [&'static str],
    /// Auxiliaries of a passive verb of speech, whose agent is the source ("was confirmed by",
    /// "a été confirmé par").
    pub passive_auxiliaries: &'static [&'static str],
    /// Nouns of a record rather than of someone ("figures", "bilan", "données"): a source named
    /// so is the record's owner, or else whoever gives it.
    pub record_nouns: &'static [&'static str],
    /// Verbs of speech only after a record noun ("the statement read").
    pub record_verbs: &'static [&'static str],
    /// Asides between an auxiliary and its participle that belong to the verb of speech ("a
    /// pour sa part indiqué", "a, de son côté, souligné", "has for his part said").
    pub verb_asides: &'static [&'static str],
    /// A verb that reports someone's words through the press and the words that then bring
    /// them in: ("quoted", "as saying") in "State radio quoted a witness as saying …" and "He was
    /// quoted as saying …".
    pub quoted_as: &'static [(&'static str, &'static str)],
    /// How words reached the reporter, said between a verb of speech and its subject ("a
    /// indiqué par téléphone X", "said by telephone"): no part of the subject.
    pub channels: &'static [&'static str],
    /// Words opening a clause around a verb of speech that says who told what the rest of the
    /// sentence says: "as" ("…, as police said"), "comme" ("Comme l'a indiqué la préfecture, …").
    pub as_words: &'static [&'static str],
    /// Verbs that bring in someone's quoted words without reporting a claim ("urged them to
    /// "…"", "a prié les syndicats de « … »"): a quote after one is its subject's words.
    pub quote_verbs: &'static [&'static str],
    /// Verbs voicing a feeling that name the speaker of a quote they follow, and nothing
    /// else ("“…,” fumed one shopkeeper", "« … », s'insurge un commerçant").
    pub voiced_feelings: &'static [&'static str],
    /// Words that make what follows a verb of speech no claim ("said nothing about", "n'a
    /// rien dit").
    pub empty_claims: &'static [&'static str],
}

/// Casualties: harm words, victims, causes, tolls.
pub struct Casualties {
    /// Words that make a figure a casualty count: "killed", "dead", "tués", "blessés".
    pub casualty_words: &'static [(&'static str, CasualtyKind)],
    /// Who the casualties are: "people", "civilians", "civils".
    pub victim_nouns: &'static [&'static str],
    /// Victims who bear no arms: "civilians", "civils", never the same group as attackers or
    /// troops.
    pub civilian_nouns: &'static [&'static str],
    /// Harm words that are nouns of the harmed and tell the harm only as an object ("l'accident
    /// a fait deux victimes"): as the subject of a verb of release, or with another harm told
    /// after them, they only name people ("les trois victimes ont été relâchées").
    pub harm_only_as_object: &'static [&'static str],
    /// Nouns of a harm the living suffer, which give its kind to the victims of it named before
    /// ("victimes d'un enlèvement": kidnapped), one word each.
    pub harms_suffered: &'static [(&'static str, CasualtyKind)],
    /// Harm words told only right after their object ("took nine workers hostage", "ont pris
    /// douze villageois en otage"), never before a noun ("hostage negotiators").
    pub after_object_only: &'static [&'static str],
    /// Participles of release, which say the people they tell of are alive ("freed", "libérées").
    pub release_words: &'static [&'static str],
    /// Victim nouns that name no one new, only more of those just counted: "others", "autres".
    pub others: &'static [&'static str],
    /// Victim nouns of men and of women ("man", "girl"; "homme", "fillette"): one of each
    /// counted by itself are two persons, whatever else the text says of them.
    pub sexed_nouns: (&'static [&'static str], &'static [&'static str]),
    /// Harm words that name no harm after a reflexive pronoun ("un orage s'est abattu",
    /// the storm broke).
    pub reflexive_non_harms: &'static [&'static str],
    /// Verbs that give their subject the harm their object names ("suffered injuries", "ont
    /// subi des blessures").
    pub injury_verbs: &'static [&'static str],
    /// Nouns that count lives lost after a figure ("claimed 40 lives", "a coûté 12 vies").
    pub lives: &'static [&'static str],
    /// Verbs whose object, a figure of lives, counts the dead ("claimed", "coûté").
    pub life_verbs: &'static [&'static str],
    /// Auxiliaries between victims and the casualty verb: "have", "were", "ont été".
    pub auxiliaries: &'static [&'static str],
    /// Causes of casualties: "strikes", "shelling", "frappes".
    pub casualty_causes: &'static [&'static str],
    /// Phrases before a new toll: "rose to", "s'est alourdi à".
    pub toll_updates: &'static [&'static str],
    /// Words naming a toll ("toll", "bilan").
    pub toll_nouns: &'static [&'static str],
    /// Verbs by which someone issues a toll of their own ("gave", "released", « a dressé »):
    /// their subject is its source, whatever kind of body it is.
    pub toll_issuing_verbs: &'static [&'static str],
    /// Nouns counting people, before "of" and the victims: "the number of people killed".
    pub count_nouns: &'static [&'static str],
    /// The word that gives a toll or a count its new figure: "brought … to 16", "porte à 16".
    pub toll_to: &'static [&'static str],
    /// A copula between a toll or a count and its figure, lower case: "is", "was", "est de",
    /// "était d'" ("the official toll announced by the agency was 62", "le nombre de morts
    /// est de 60").
    pub toll_copulas: &'static [&'static str],
    /// Words before a toll's earlier figure when "to" and the new one follow ("rose from 18 to
    /// 25", "est passé de 18 à 25").
    pub toll_from: &'static [&'static str],
    /// Words before a toll's earlier figure told after the new one ("to 25, up from 18", "à
    /// 25, contre 18").
    pub earlier_toll_markers: &'static [&'static str],
    /// Words opening a sentence that tells an earlier toll ("Earlier, a medic put the toll at
    /// one", « Auparavant, … »): that toll is no update.
    pub earlier_openers: &'static [&'static str],
    /// Words that only introduce a count and name no harm by themselves ("leaving").
    pub count_leads: &'static [&'static str],
    /// Words introducing a part of a figure just given: "including", "dont".
    pub inclusions: &'static [&'static str],
    /// A word that counts one more victim by itself, with no noun: "another".
    pub one_more: &'static [&'static str],
    /// A pronoun that stands for the noun of a figure before it (« nous en avons retiré six »).
    pub figure_noun_pronouns: &'static [&'static str],
    /// Words that deny the count after them ("no one was hurt").
    pub negations: &'static [&'static str],
    /// Nouns of things and animals, never victims, that harm words are also said of ("30
    /// rifles were seized", "deux pirogues ont disparu", "300 goats were stolen").
    pub thing_nouns: &'static [&'static str],
    /// Nouns of remains, which count one after an article only before the verb that finds
    /// them ("a body was recovered", not "a body to investigate").
    pub remains_nouns: &'static [&'static str],
    /// Nouns of a group of people, which after an article count no one: how many the group
    /// holds is not said ("a group of women was abducted", "une famille a été enlevée").
    pub collective_nouns: &'static [&'static str],
    /// Harm words that, as the noun right after a figure, name people held rather than a harm
    /// ("39 000 détenus" are a prison's inmates; "30 personnes détenues" were arrested).
    pub inmate_nouns: &'static [&'static str],
    /// Places of care: those evacuated or taken to one are wounded, not displaced ("évacuées
    /// vers l'hôpital", "airlifted to a clinic"). Lower case, one word.
    pub care_places: &'static [&'static str],
    /// Those already in care, whom an evacuation to a place of care moves rather than wounds
    /// ("patients were evacuated to other hospitals").
    pub patient_nouns: &'static [&'static str],
    /// Those sought by the law ("suspects", "malfaiteurs"): seized, they are arrested, not
    /// kidnapped ("police seized three suspects"). Lower case, one word.
    pub suspect_nouns: &'static [&'static str],
    /// Words that tell of what did not happen, opening the sentence ("sans", "without") or
    /// anywhere in it ("si", "if"), lower case: with [`Casualties::conditionals`], the harm
    /// befell no one ("Sans les secours, 200 personnes auraient péri"). Then the phrases
    /// opened by such a word that only name a source ("si l'on en croit").
    pub counterfactuals: (&'static [&'static str], &'static [&'static str], &'static [&'static str]),
    /// Phrases that make a figure a rate or an average, lower case, no incident's toll ("on
    /// average", "per day", "chaque année"); then those that do so only at the end of a
    /// clause ("10 deaths a day.", not "a day after").
    pub rate_markers: (&'static [&'static str], &'static [&'static str]),
    /// Words that make a figure a rate before a number ("30 deaths per 100,000 people", « 30
    /// décès pour 100 000 personnes »).
    pub per_number: &'static [&'static str],
    /// Auxiliaries of the conditional past ("auraient", "would have"), lower case.
    pub conditionals: &'static [&'static str],
    /// Harm words before a figure that count only people the lists know as victims, never
    /// things: "l'exode de" (not of firms, nor of inmates), "réussi à abattre" (not trees).
    /// Lower case.
    pub listed_victims_only: &'static [&'static str],
    /// Those a disaster spared ("survivors", "rescapés", "évacués"): a figure of them is no
    /// part of a list of the dead before it. Lower case, one word.
    pub spared_nouns: &'static [&'static str],
    /// Words of care in a harm phrase ("treated", "soignées"): patients cared for are the sick,
    /// not the wounded ("300 patients being treated at the hospital were evacuated").
    pub care_words: &'static [&'static str],
    /// Nouns of injuries read only after a verb of suffering ("suffered burns", "ont subi des
    /// brûlures"): elsewhere they count wounds or beds, not people.
    pub injury_nouns: &'static [&'static str],
    /// Prepositions closing a harm word before what was treated, not who ("treated for a
    /// fracture", "soignés pour une intoxication"): no victims follow them.
    pub ailment_prepositions: &'static [&'static str],
    /// Harm words that tell someone was hit, not whether they lived ("shot", "touchés par
    /// balle"): a figure of them that a death toll of the report repeats is those dead.
    pub outcome_untold: &'static [&'static str],
    /// Harm words after the victims that tell of people only, so only after a noun of people
    /// ("quatre ouvriers sans vie", not "trois hameaux sans vie").
    pub said_of_people_only: &'static [&'static str],
    /// Adverbs saying a harm killed ("one of them fatally", "dont une mortellement").
    pub fatal_adverbs: &'static [&'static str],
    /// Words opening a sentence that points back to a toll already given ("Ce bilan", "These
    /// figures"): the agent of that sentence gave it.
    pub toll_back_references: &'static [&'static str],
    /// Words after a figure that count repetitions, not people ("shot 3 times", "deux fois").
    pub repetition_words: &'static [&'static str],
    /// Verbs of losing people, which count the dead only before a noun of victims ("we lost nine
    /// men", "nous avons perdu trois soldats"; not "lost 12 seats").
    pub loss_verbs: &'static [&'static str],
    /// Harm verbs in the present, as headlines tell past events ("Storm kills nine",
    /// "Une explosion tue 12 personnes"): read only in a headline.
    pub headline_verbs: &'static [(&'static str, CasualtyKind)],
    /// Words after a figure that make it a part of victims just named ("five of whom",
    /// "six of them", "deux d'entre eux").
    pub partitives: &'static [&'static str],
    /// Endings of a word that names a person by their age ("a 10-year-old"), lower case.
    pub age_endings: &'static [&'static str],
    /// Words after a number that make it someone's age ("32 ans"); none where the bare
    /// number between commas says it ("Ahmed, 32, said").
    pub age_units: &'static [&'static str],
}

/// Events: the words naming what happened, who acted, and how a report is hedged.
pub struct Events {
    /// Words and phrases naming an event, with its sub-event type ("airstrike", "affrontements").
    pub triggers: &'static [(&'static str, SubEventType)],
    /// Nouns naming an actor by what it is ("gunmen", "police", "manifestants").
    pub actor_nouns: &'static [(&'static str, ActorKind)],
    /// Words that hedge what is reported ("reportedly", "aurait").
    pub hedges: &'static [&'static str],
    /// Words that, beside a protest, make it another sub-type: force used on it ("tear gas"),
    /// violence by its participants ("threw stones"), deadly force ("live ammunition").
    pub escalations: &'static [(&'static str, SubEventType)],
    /// Words after an event word that introduce the other side or the target ("against", "contre").
    pub opposition_markers: &'static [&'static str],
    /// Words that introduce an actor's allies ("backed by", "soutenus par").
    pub associate_markers: &'static [&'static str],
    /// Event words that name no particular kind of violence ("attack", "bombing", "l'attaque"):
    /// another mention of the same event names it better.
    pub generic_triggers: &'static [&'static str],
    /// Words of a fight that one side may wage alone on the unarmed ("ambush", "assault",
    /// « embuscade »): with only civilians hit, the event is an attack on them.
    pub one_sided_clashes: &'static [&'static str],
    /// Words that give a fight its object ("battled against the flames", "contre les flammes").
    pub against_markers: &'static [&'static str],
    /// Activities that are stopped, not arrested, when an arrest's participle follows them
    /// ("les opérations de secours ont été arrêtées").
    pub halted_activities: &'static [&'static str],
    /// Words of a danger foretold before or after a disaster's word ("flood warning", "avalanche
    /// risk", "risque d'inondation", "alerte cyclone"): no disaster happened. Lower case, one
    /// word each.
    pub hazard_words: &'static [&'static str],
    /// Nouns naming a part of a town ("district", "market", "quartier"): a place they introduce
    /// gives way to the town named beside it.
    pub place_parts: &'static [&'static str],
    /// Verbs of a claim of responsibility ("claimed", "a revendiqué"): a time beside them is
    /// the claim's, not the event's.
    pub responsibility_claims: &'static [&'static str],
    /// Words saying a crowd's act passed off calmly ("without incident", "sans incident"): the
    /// word before them ("dispersed") is no force used.
    pub calm_markers: &'static [&'static str],
    /// Event words of a gathering ("se sont rassemblés"): a protest only when protesters or
    /// supporters gather, not worshippers or mourners.
    pub gathering_words: &'static [&'static str],
    /// Words before an agreement that make it the circumstance of another event ("despite the
    /// ceasefire", "en dépit du cessez-le-feu"): the agreement was made before, not here.
    pub concessive_markers: &'static [&'static str],
    /// Participles telling an agreement's making ("agreed", "signed", "conclu"): an agreement
    /// they follow is told as an event of its own.
    pub agreement_participles: &'static [&'static str],
    /// Lower-case nouns naming a province or a state ("province", "région"): a place they
    /// follow ("Isabela province") or introduce ("la région de Hiiraan") is one.
    pub region_nouns: &'static [&'static str],
    /// Prepositions ordering two events in time ("before", "après"): a disaster they introduce
    /// is an event of its own, not the circumstance of another.
    pub sequence_markers: &'static [&'static str],
    /// Nouns of vehicles ("bus", "autocar"): a mishap verb after one is a transport accident.
    pub vehicle_nouns: &'static [&'static str],
    /// Verbs of a vehicle's mishap, said of other things too ("plunged", "a plongé"): an
    /// accident only with a vehicle before them.
    pub vehicle_mishaps: &'static [&'static str],
    /// Words for any mishap ("accident"): a transport accident only with a vehicle or a boat
    /// named in its sentence; else the word points back to the report's incident.
    pub any_mishap_words: &'static [&'static str],
    /// Words that tell a fire was set ("arson", "criminel"): it is no accident.
    pub arson_words: &'static [&'static str],
    /// What blows up by accident ("tanker", "bonbonne"): an explosion word told of one in the
    /// same clause is an accidental explosion.
    pub explosion_sources: &'static [&'static str],
    /// Words of an explosion, said of bombs too ("exploded", "explosion", "a explosé"): an
    /// accident only with what blows up by accident named by them.
    pub explosion_words: &'static [&'static str],
    /// Prepositions of a destination after a noun or a verb ("the road to", "fled towards",
    /// "vers"): the place they introduce is not where the event happened.
    pub destination_markers: &'static [&'static str],
    /// Prepositions after a noun that introduce where people or things came from ("the route
    /// from Africa", "des migrants venus depuis la Libye"): an origin, not the event's place.
    pub origin_markers: &'static [&'static str],
    /// Nouns of a border ("border", "frontière"): a country across it ("near the border with
    /// Chad", « aux abords de la frontière du Tchad ») is not where the event happened.
    pub border_nouns: &'static [&'static str],
    /// Units of distance: "20 km from Goma" places the event near Goma, whatever "from" says.
    pub distance_nouns: &'static [&'static str],
    /// Verbs of leaving or making for a place ("left", "reaching", "quitté", "rejoindre"): the
    /// place after them is a journey's end, not where the event happened.
    pub departure_verbs: &'static [&'static str],
    /// Nouns of a crowd that may take the law into its hands ("crowd", "mob", "foule"): one that
    /// kills is mob violence.
    pub mob_nouns: &'static [&'static str],
    /// Nouns of a district ("district"): a town's part or a province's, so a district beside a
    /// city the gazetteer knows may lie in it.
    pub district_nouns: &'static [&'static str],
    /// Words of a fire of any kind ("fire", "flammes", "partis en fumée"): a wildfire where the
    /// sentence names burnt land, or once the report has told of one.
    pub fire_words: &'static [&'static str],
    /// Nouns of a fire that also name gunfire ("fire", "feu"), and the buildings and sites
    /// whose name beside them makes them a fire ("the night club fire", "a fire at a
    /// market", "le feu dans l'immeuble").
    pub fire_nouns: &'static [&'static str],
    /// See `fire_nouns`.
    pub fire_sites: &'static [&'static str],
    /// What slides in an avalanche that is no figure of speech, and the disaster it makes
    /// ("an avalanche of mud" is a landslide, "of snow" an avalanche).
    pub slide_materials: &'static [(&'static str, SubEventType)],
    /// Words of wild land and its measure ("hectares", "forest", "maquis").
    pub wild_land_words: &'static [&'static str],
    /// Event words of a deployment ("deployed", "renforts"): an armed force's only.
    pub deployments: &'static [&'static str],
    /// Nouns of a country's capital ("capital", "capitale"): "the capital" refers to the
    /// capital city the report named.
    pub capital_nouns: &'static [&'static str],
    /// Words opening a clause of its own inside a sentence ("as", "while", "tandis"): a subject
    /// before them is not that of an event after them.
    pub subordinators: &'static [&'static str],
    /// Nouns of a country ("country", "pays"): "the country" is the one the report is about.
    pub country_nouns: &'static [&'static str],
    /// Nouns of a municipality holding several villages ("commune", "township"): a place they
    /// name ranks below a village or a town named beside it.
    pub municipality_nouns: &'static [&'static str],
    /// Nouns of boats ("boat", "embarcation"): an accident of one is a shipwreck.
    pub vessel_nouns: &'static [&'static str],
    /// Prepositions that introduce a country or a province, not a town ("en Kabylie", where a
    /// town takes "à").
    pub region_prepositions: &'static [&'static str],
}

/// What an epithet names again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Epithet {
    /// A person who holds a political office ("the politician", "l'élu").
    Politician,
    /// A head of state ("le chef de l'État"): a president, a king or a queen, an emir.
    HeadOfState,
    /// A head of government ("le chef du gouvernement"): a prime minister, a chancellor.
    HeadOfGovernment,
    /// Someone named with an office or a title ("the official", "le responsable").
    Official,
    /// Someone named with a military rank ("the officer", "l'officier").
    Officer,
    /// A political party ("the party", "le parti").
    Party,
    /// A company ("the firm", "la compagnie").
    Company,
    /// An armed or political group or movement ("the group", "la formation", "la milice").
    Group,
    /// The person named just before, described by kinship or by age ("the mother", "the
    /// 42-year-old", "la quinquagénaire").
    Described,
}

/// What kind of actor a noun names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActorKind {
    /// State forces: army, police.
    State,
    /// Armed groups that are not the state: rebels, gunmen.
    NonState,
    /// Protesters and rioters.
    Protesters,
    /// The allies of an actor named before.
    Ally,
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
    /// Twenty, which multiplies a unit before it ("quatre-vingts": four twenties) and adds
    /// otherwise ("vingt-deux").
    Score,
    /// "dozen": twelve of what precedes (or one dozen).
    Dozen,
    /// "half" / "demi": one half of the scale that follows.
    Half,
    /// "a" / "un" before a scale: one.
    Article,
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

impl Direction {
    /// How many periods the direction moves from the present one: -1, 1 or 0.
    pub fn step(self) -> i32 {
        match self {
            Direction::Past => -1,
            Direction::Future => 1,
            Direction::Current => 0,
        }
    }
}

/// The canonical unit of counts of persons ("250 people", "250 personnes").
pub const PEOPLE: &str = "people";

/// Whether `phrase` opens with one of `words` (case-insensitive) followed by more words, or
/// with an elided one ("l'armée" opens with "l'").
pub fn opens_with(phrase: &str, words: &[&str]) -> bool {
    let lower = phrase.trim_start().to_lowercase().replace('’', "'");
    words
        .iter()
        .any(|w| lower.strip_prefix(w).is_some_and(|rest| w.ends_with('\'') || rest.starts_with(char::is_whitespace)))
}

/// Whether a lower-case word ends with one of `endings` and is more than `stem` bytes longer
/// than it: "défileront" ends with "ront", "ont" is no future.
pub fn has_ending(word: &str, endings: &[&str], stem: usize) -> bool {
    endings.iter().any(|e| word.len() > e.len() + stem && word.ends_with(e))
}

impl Numbers {
    /// Whether a lower-case word counts in words, with its noun after "of": "dozens",
    /// "hundreds", « dizaines », « centaine ».
    pub fn counts_in_words(&self, word: &str) -> bool {
        let stem = word.strip_suffix('s').unwrap_or(word);
        self.approximate_nouns.iter().any(|&(w, _)| w == word || w == stem)
            || self.vague_multiples.iter().any(|&(m, _)| m.rsplit(' ').next() == Some(word))
    }
}

/// The table of one language.
pub fn lexicon(language: Language) -> &'static Lexicon {
    LANGUAGES.iter().find(|l| l.language == language).copied().unwrap_or(LANGUAGES[0])
}

/// The language a caller names, by code or by name, case-insensitive ("fr", "French").
pub fn find(name: &str) -> Option<Language> {
    let name = name.trim().to_lowercase();
    LANGUAGES.iter().find(|l| l.language.code() == name || l.called.contains(&name.as_str())).map(|l| l.language)
}

/// The rules of a language that are easier written as code than as tables.
#[derive(Debug, Clone, Copy)]
pub struct Hooks {
    /// Words elided before an apostrophe and split off the next word ("l'" in "l'armée").
    pub elisions: &'static [&'static str],
    /// A verb with its subject pronoun inverted after a quote ("a-t-il", "estime-t-elle",
    /// "dit-il"), if the hyphenated word is one.
    pub inverted_pronoun: Option<fn(&str) -> Option<Inversion>>,
}

/// A verb and its inverted subject pronoun, read from one hyphenated word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Inversion {
    /// How long the verb is, from the word's start ("estime" in "estime-t-elle").
    pub verb: usize,
    /// Where the pronoun starts inside the word.
    pub pronoun: usize,
    /// Whether the verb is an auxiliary, so that the cue goes on with the next word
    /// ("a-t-il ajouté").
    pub auxiliary: bool,
    /// Whether the pronoun names no one ("a-t-on appris"): the source, if any, follows the
    /// verb ("de même source", "auprès de la police").
    pub impersonal: bool,
}

impl Hooks {
    /// A language with none of these rules.
    pub const NONE: Hooks = Hooks { elisions: &[], inverted_pronoun: None };
}

/// The words of one table of every language.
pub(crate) fn words_of(
    table: impl Fn(&'static Lexicon) -> &'static [&'static str],
) -> impl Iterator<Item = &'static str> {
    LANGUAGES.iter().flat_map(move |l| table(l).iter().copied())
}

/// Whether a lower-case word is a language's word for "of" ("of", "de"; "d" for "d'", its
/// apostrophe aside).
pub(crate) fn is_of_word(word: &str) -> bool {
    words_of(|l| l.grammar.of).any(|o| o.trim_end_matches(['\'', '’']) == word)
}

/// The entries of one `(word, value)` table of every language.
pub(crate) fn entries_of<T: 'static>(
    table: impl Fn(&'static Lexicon) -> &'static [(&'static str, T)],
) -> impl Iterator<Item = &'static (&'static str, T)> {
    LANGUAGES.iter().flat_map(move |l| table(l).iter())
}

/// One table of every language, for [`crate::scan::Scan::word_in_tables`] and
/// [`crate::scan::Scan::key_in_tables`].
pub(crate) fn tables_of<E: 'static>(
    table: impl Fn(&'static Lexicon) -> &'static [E],
) -> impl Iterator<Item = &'static [E]> {
    LANGUAGES.iter().map(move |l| table(l))
}

/// The words of a `(word, value)` table.
pub(crate) fn keys<T>(table: &'static [(&'static str, T)]) -> Vec<&'static str> {
    table.iter().map(|(w, _)| *w).collect()
}

/// Looks a word up (lower-cased, without a final dot) in a `(word, value)` table of every language.
pub(crate) fn lookup<T: Copy + 'static>(
    table: impl Fn(&Lexicon) -> &'static [(&'static str, T)],
    word: &str,
) -> Option<T> {
    let word = word.trim_end_matches('.').to_lowercase();
    LANGUAGES.iter().flat_map(|l| table(l).iter()).find(|(w, _)| *w == word).map(|&(_, n)| n)
}

/// Particles inside Arabic, European and other names: "al-Assad", "bin Salman", "van der Bellen".
pub const NAME_PARTICLES: &[&str] = &[
    "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "bin", "ben", "ibn", "abu", "abou", "abdel", "abdul",
    "bint", "de", "del", "della", "di", "da", "dos", "du", "van", "von", "der", "den", "ter", "le", "la", "mac", "mc",
    "o'",
];

/// Particles that make a name a person's even around a place name ("Mohammed bin Salman").
pub const PERSON_PARTICLES: &[&str] = &["bin", "ben", "ibn", "abu", "abou", "bint", "abdel", "abdul"];

/// Capitalised abbreviations that are common nouns, not names: "NGO", "TV".
pub const GENERIC_ACRONYMS: &[&str] = &[
    "NGO", "NGOs", "ONG", "CEO", "TV", "GMT", "UTC", "AM", "PM", "ID", "PDF", "OK", "USD", "EUR", "PHD", "DNA", "ADN",
    "GDP", "PIB", "VIP", "SMS", "GPS", "HIV", "VIH", "AIDS", "SIDA", "COVID", "AI", "IA", "FAQ", "URL", "CET", "EST",
    "BST", "RPG", "IED", "IEDS", "NEXT", "LIVE", "VIDEO", "UPDATE", "BREAKING", "I", "II", "III", "IV", "A", "OF",
    "THE",
];

/// Time zones written after a time, the same in every language ("GMT", "CET", "EDT").
pub const TIME_ZONES: &[&str] = &[
    "GMT", "UTC", "CET", "CEST", "BST", "EST", "EDT", "CST", "CDT", "PST", "PDT", "IST", "EAT", "WAT", "CAT", "MSK",
    "AST", "PKT", "JST", "ET", "CT", "PT",
];

/// News agencies whose names appear in photo credits and datelines.
pub const NEWS_AGENCIES: &[&str] = &[
    "AFP",
    "Agence France-Presse",
    "Reuters",
    "AP",
    "Associated Press",
    "EPA",
    "EPA-EFE",
    "EFE",
    "Getty Images",
    "Getty",
    "Anadolu",
    "Anadolu Agency",
    "ANSA",
    "DPA",
    "dpa",
    "Xinhua",
    "SANA",
    "Sipa",
    "SIPA",
    "Maxppp",
    "MAXPPP",
    "Hans Lucas",
    "Abaca",
    "ABACA",
    "AA",
    "Bloomberg",
    "NurPhoto",
    "SOPA Images",
    "ZUMA",
    "Zuma Press",
    "Kyodo",
    "Yonhap",
    "TASS",
    "RIA Novosti",
    "Sputnik",
    "UPI",
    "PA",
    "PA Images",
    "IRNA",
    "WAFA",
    "MAP",
    "APS",
    "Belga",
    "Hans Lucas via AFP",
    "Shutterstock",
    "Alamy",
    "Le Pictorium",
    "Belga",
    "KCNA",
    "Tasnim",
];

/// Whether a credit part names a news agency (case-insensitive).
pub fn is_news_agency(name: &str) -> bool {
    let n = name.trim();
    NEWS_AGENCIES.iter().any(|a| a.eq_ignore_ascii_case(n))
}
