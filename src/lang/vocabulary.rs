//! A language's words by meaning: every table of a [`Lexicon`] folded into one hash map,
//! so a token learns all its meanings with one look-up, and phrases ("prime minister",
//! "a déclaré", "jusqu'à") are matched over tokens without building strings per position.

use super::Lexicon;
use crate::model::{Meaning, Meanings, Shape, Span, Token};
use crate::scan::{index_of_table, TableIndexes};
use rustc_hash::FxHashMap;
use std::sync::{LazyLock, Mutex, OnceLock};

/// The words and phrases of one language, each with the meanings the tables give it.
#[derive(Debug, Default)]
pub struct Vocabulary {
    /// Single words (lower case): what each means alone, and what the phrases it starts
    /// mean (one look-up gives a token both).
    words: FxHashMap<String, (Meanings, Meanings)>,
    /// Phrases of two words or more, keyed as [`phrase_key`] writes them.
    phrases: FxHashMap<String, Meanings>,
    /// The most tokens any phrase has.
    longest: usize,
}

/// Every table of a lexicon with the meaning its entries carry.
fn tables(l: &Lexicon) -> Vec<(Meaning, Vec<&'static str>)> {
    use super::keys;
    use Meaning::*;
    let (p, c, n, m, s, k, w) = (&l.page, &l.calendar, &l.numbers, &l.names, &l.speech, &l.casualties, &l.grammar);
    let e = &l.events;
    vec![
        (Abbreviation, p.abbreviations.to_vec()),
        (FunctionWord, p.function_words.to_vec()),
        (SentenceOpener, p.sentence_openers.to_vec()),
        (Month, keys(c.months)),
        (Weekday, keys(c.weekdays)),
        (DatePreposition, c.date_prepositions.to_vec()),
        (TimeConnector, c.time_connectors.to_vec()),
        (RelativeDay, keys(c.relative_days)),
        (TimeDirection, keys(c.time_direction)),
        (PeriodUnit, keys(c.period_units)),
        (VagueTime, keys(c.vague_times)),
        (Holiday, keys(c.fixed_holidays)),
        (SinceWord, c.since_words.to_vec()),
        (SetWord, c.set_words.to_vec()),
        (FutureCue, c.future_cues.to_vec()),
        (NumberWord, keys(n.number_words)),
        (Approximator, keys(n.approximators)),
        (VagueMultiple, keys(n.vague_multiples)),
        (ApproximateNoun, keys(n.approximate_nouns)),
        (Unit, keys(n.units)),
        (Title, m.titles.to_vec()),
        (RoleNoun, m.role_nouns.to_vec()),
        (OrgKeyword, m.org_keywords.to_vec()),
        (LocKeyword, m.loc_keywords.to_vec()),
        (Direction, m.directions.to_vec()),
        (LocativePreposition, m.locative_prepositions.to_vec()),
        (NameConnector, m.name_connectors.to_vec()),
        (DefiniteArticle, m.definite_articles.to_vec()),
        (GroupNoun, m.group_nouns.to_vec()),
        (StateVerb, m.state_verbs.to_vec()),
        (AgentMarker, m.agent_markers.to_vec()),
        (RegimeNoun, m.regime_nouns.to_vec()),
        // A verb whose object is the claim is a verb of speech too.
        (SpeechVerb, s.speech_verbs.iter().chain(s.object_cues).copied().collect()),
        (AttributionMarker, s.attribution_markers.to_vec()),
        (ViewMarker, s.view_markers.to_vec()),
        (Complementizer, s.complementizers.to_vec()),
        (RelativePronoun, s.relative_pronouns.to_vec()),
        (Pronoun, keys(s.pronouns)),
        (AddresseeMarker, s.addressee_markers.to_vec()),
        (SourceHead, keys(s.source_heads)),
        // Verbs that count give their object as the claim too.
        (ObjectCue, s.object_cues.iter().chain(s.counting_verbs).copied().collect()),
        (SourceCondition, s.source_conditions.to_vec()),
        (CasualtyWord, keys(k.casualty_words)),
        (VictimNoun, k.victim_nouns.to_vec()),
        (Auxiliary, k.auxiliaries.to_vec()),
        (CasualtyCause, k.casualty_causes.to_vec()),
        (TollUpdate, k.toll_updates.to_vec()),
        (TollNoun, k.toll_nouns.to_vec()),
        (CountNoun, k.count_nouns.to_vec()),
        (TollTo, k.toll_to.to_vec()),
        (TollFrom, k.toll_from.iter().chain(k.earlier_toll_markers).copied().collect()),
        (TollCopula, k.toll_copulas.to_vec()),
        (RateMarker, k.rate_markers.0.to_vec()),
        (RateAtClauseEnd, k.rate_markers.1.to_vec()),
        (EndPointLead, c.end_point_leads.to_vec()),
        (WordsOf, s.words_of.to_vec()),
        (CountLead, k.count_leads.to_vec()),
        (Inclusion, k.inclusions.to_vec()),
        (ThingNoun, k.thing_nouns.to_vec()),
        (LossVerb, k.loss_verbs.to_vec()),
        (HeadlineVerb, keys(k.headline_verbs)),
        (Partitive, k.partitives.to_vec()),
        (Determiner, w.determiners.to_vec()),
        (Indefinite, w.indefinites.to_vec()),
        (Conjunction, w.conjunctions.to_vec()),
        (Possessive, w.possessives.to_vec()),
        (ClauseMarker, w.clause_markers.to_vec()),
        (Of, w.of.to_vec()),
        (NameParticle, super::NAME_PARTICLES.to_vec()),
        (EventTrigger, keys(e.triggers)),
        (ActorNoun, keys(e.actor_nouns)),
        (Hedge, e.hedges.to_vec()),
        (Escalation, keys(e.escalations)),
        (OppositionMarker, e.opposition_markers.to_vec()),
        (AssociateMarker, e.associate_markers.to_vec()),
        (ResponsibilityClaim, e.responsibility_claims.to_vec()),
        (LearningVerb, s.learning_verbs.to_vec()),
        (LearnedFrom, s.learned_from.to_vec()),
        (CountingVerb, s.counting_verbs.to_vec()),
        (PassiveAuxiliary, s.passive_auxiliaries.to_vec()),
        (ClauseVerb, s.clause_verbs.to_vec()),
    ]
}

/// How a table entry is keyed: lower case, curly apostrophes made straight, one space
/// between words; an elided word and the word after it are written together ("jusqu'à").
pub fn phrase_key(entry: &str) -> String {
    // `str::to_lowercase` writes a capital sigma at the end of a word as a final sigma, which
    // depends on the letters around it: that text takes the long way.
    if entry.contains('Σ') {
        return entry.trim().to_lowercase().replace('’', "'").split_whitespace().collect::<Vec<_>>().join(" ");
    }
    // The same, in one string: no letter lower-cases to white space or from it.
    let mut key = String::with_capacity(entry.len());
    for (i, word) in entry.split_whitespace().enumerate() {
        if i > 0 {
            key.push(' ');
        }
        if word.is_ascii() {
            key.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            key.extend(word.chars().flat_map(char::to_lowercase).map(|c| if c == '’' { '\'' } else { c }));
        }
    }
    key
}

/// The forms of a past participle that agree with a feminine or plural subject, by the
/// language's endings ("confirmé": "confirmée", "confirmés", "confirmées"); none for another word.
fn agreed_forms<'a>(word: &'a str, agreements: &'a [(&str, &[&str])]) -> impl Iterator<Item = String> + 'a {
    agreements
        .iter()
        .filter_map(move |(ending, forms)| word.strip_suffix(ending).map(|stem| (stem, *forms)))
        .flat_map(|(stem, forms)| forms.iter().map(move |f| format!("{stem}{f}")))
}

/// A phrase's key with its last word elided, when the language elides that word before a
/// vowel ("que" as "qu'", "de" as "d'", "la" as "l'").
fn elided_last_word(key: &str, elisions: &[&str]) -> Option<String> {
    let (head, last) = key.rsplit_once(' ')?;
    let stem = if last == "la" { "l" } else { last.strip_suffix('e')? };
    elisions.contains(&stem).then(|| format!("{head} {stem}'"))
}

/// How many tokens a keyed entry spans: its words, plus one for each elision split off.
fn token_count(key: &str, elisions: &[&str]) -> usize {
    key.split(' ')
        .map(|w| match w.split_once('\'') {
            Some((head, rest)) if !rest.is_empty() && elisions.contains(&head) => 2,
            _ => 1,
        })
        .sum()
}

impl Vocabulary {
    /// Folds every table of `lexicon` into one vocabulary.
    pub fn new(lexicon: &Lexicon) -> Vocabulary {
        let mut v = Vocabulary::default();
        for (meaning, entries) in tables(lexicon) {
            for entry in entries {
                let key = phrase_key(entry.trim_end_matches('.'));
                if key.is_empty() {
                    continue;
                }
                let count = token_count(&key, lexicon.hooks.elisions);
                if count == 1 {
                    if meaning == Meaning::SpeechVerb {
                        for agreed in agreed_forms(&key, lexicon.grammar.participle_agreements) {
                            let slot = v.words.entry(agreed).or_default();
                            slot.0 = slot.0.with(Meaning::AgreedSpeechParticiple);
                        }
                    }
                    let slot = v.words.entry(key).or_default();
                    slot.0 = slot.0.with(meaning);
                } else {
                    // The phrase's first token: its first word, or the elision that opens it
                    // ("s'" in "s'est alourdi à").
                    let word = key.split(' ').next().unwrap_or(&key);
                    let first = match word.split_once('\'') {
                        Some((head, rest)) if !rest.is_empty() && lexicon.hooks.elisions.contains(&head) => {
                            &word[..head.len() + 1]
                        }
                        _ => word,
                    };
                    let start = v.words.entry(first.to_string()).or_default();
                    start.1 = start.1.with(meaning);
                    v.longest = v.longest.max(count);
                    // "a soutenu que" is also "a soutenu qu'" before a vowel, "faisant état de"
                    // "faisant état d'"; not a toll's "bilan de", where "bilan d'une explosion"
                    // tells an event, not one dead.
                    let elided = (meaning != Meaning::TollUpdate)
                        .then(|| elided_last_word(&key, lexicon.hooks.elisions))
                        .flatten();
                    if let Some(elided) = elided {
                        let slot = v.phrases.entry(elided).or_default();
                        *slot = slot.with(meaning);
                    }
                    let slot = v.phrases.entry(key).or_default();
                    *slot = slot.with(meaning);
                }
            }
        }
        v
    }

    /// The vocabulary of a language, built the first time that language is used, and only then.
    pub fn of(lexicon: &'static Lexicon) -> &'static Vocabulary {
        static BUILT: LazyLock<Vec<OnceLock<Vocabulary>>> =
            LazyLock::new(|| super::LANGUAGES.iter().map(|_| OnceLock::new()).collect());
        let i = super::LANGUAGES.iter().position(|l| std::ptr::eq(*l, lexicon)).unwrap_or(0);
        BUILT[i].get_or_init(|| Vocabulary::new(super::LANGUAGES[i]))
    }

    /// What a lower-case word means alone, and what the phrases it starts mean.
    pub fn word(&self, lower: &str) -> (Meanings, Meanings) {
        let straight;
        let key = if lower.contains('’') {
            straight = lower.replace('’', "'");
            straight.as_str()
        } else {
            lower
        };
        let key = key.strip_suffix('.').unwrap_or(key);
        self.words.get(key).copied().unwrap_or_default()
    }

    /// The number of tokens of the longest entry with `meaning` that starts at token `i` (a
    /// single word or a phrase), or 0. `lower` is the document's lower-cased text.
    pub fn match_at(&self, tokens: &[Token], lower: &str, i: usize, meaning: Meaning) -> usize {
        let Some(first) = tokens.get(i) else { return 0 };
        let mut best = usize::from(first.means(meaning));
        if !first.phrase_starts.has(meaning) {
            return best;
        }
        let mut key = PhraseKey::default();
        for (n, t) in tokens[i..].iter().take(self.longest).enumerate() {
            if n > 0 {
                if t.shape.is(Shape::LINE_BEFORE) {
                    break;
                }
                if t.shape.is(Shape::SPACE_BEFORE) && !key.push(" ") {
                    break;
                }
            }
            // No entry is longer than the key can hold (a test checks it).
            if !key.push_straight(t.span.of(lower)) {
                break;
            }
            if n > 0 && self.phrases.get(key.as_str()).is_some_and(|m| m.has(meaning)) {
                best = n + 1;
            }
        }
        best
    }
}

impl Vocabulary {
    /// The longest entry with `meaning` starting at token `i`, as a span, if there is one.
    pub fn phrase_at(&self, tokens: &[Token], lower: &str, i: usize, meaning: Meaning) -> Option<Span> {
        match self.match_at(tokens, lower, i, meaning) {
            0 => None,
            n => Some(Span::new(tokens[i].span.start, tokens[i + n - 1].span.end)),
        }
    }

    /// The number of tokens of the longest entry with `meaning` that ends just before token
    /// `end` (a single word or a phrase), or 0.
    pub fn match_before(&self, tokens: &[Token], lower: &str, end: usize, meaning: Meaning) -> usize {
        let from = end.saturating_sub(self.longest.max(1));
        (from..end).find(|&i| self.match_at(tokens, lower, i, meaning) == end - i).map_or(0, |i| end - i)
    }
}

/// The value a `(entry, value)` table gives the words of `span` (in the lower-cased text),
/// compared as table entries are keyed: the first entry keyed as those words.
pub fn value_in<T: Copy + 'static>(table: &'static [(&'static str, T)], lower: &str, span: Span) -> Option<T> {
    key_index(table).get(phrase_key(span.of(lower)).as_str()).map(|&i| table[i as usize].1)
}

/// A table's entries by key ([`phrase_key`]), to the first of them with that key.
type KeyIndex = FxHashMap<String, u32>;

/// The key index of every table [`value_in`] has read so far.
static KEY_INDEXES: TableIndexes<KeyIndex> = LazyLock::new(Mutex::default);

/// The key index of `table`, so that a lookup is one hash instead of a pass over the table.
fn key_index<T>(table: &'static [(&'static str, T)]) -> &'static KeyIndex {
    index_of_table(&KEY_INDEXES, table, || {
        let mut index = KeyIndex::default();
        for (i, (entry, _)) in table.iter().enumerate() {
            let i = u32::try_from(i).expect("a table of fewer than 2^32 entries");
            index.entry(phrase_key(entry.trim().trim_end_matches('.'))).or_insert(i);
        }
        index
    })
}

/// Whether a table entry is keyed as `key` (a [`phrase_key`]), without building its key.
pub fn is_key_of(entry: &str, key: &str) -> bool {
    // Most entries of a table differ from the key in their first letter: when that letter is
    // ASCII (not a space, which trimming would remove), it is compared first, and alone.
    if let (Some(&e), Some(&k)) = (entry.as_bytes().first(), key.as_bytes().first()) {
        if e.is_ascii() && !char::from(e).is_whitespace() && e != b'.' && e.to_ascii_lowercase() != k {
            return false;
        }
    }
    let entry = entry.trim().trim_end_matches('.');
    let mut words = entry.split_whitespace();
    let mut rest = key;
    let Some(first) = words.next() else { return key.is_empty() };
    let mut word = Some(first);
    while let Some(w) = word {
        for c in w.chars().flat_map(char::to_lowercase).map(|c| if c == '’' { '\'' } else { c }) {
            match rest.strip_prefix(c) {
                Some(r) => rest = r,
                None => return false,
            }
        }
        word = words.next();
        if word.is_some() {
            match rest.strip_prefix(' ') {
                Some(r) => rest = r,
                None => return false,
            }
        }
    }
    rest.is_empty()
}

/// The most bytes a phrase's key may have.
const PHRASE_KEY_BYTES: usize = 96;

/// The key of the words read so far, built without allocating.
struct PhraseKey {
    bytes: [u8; PHRASE_KEY_BYTES],
    len: usize,
}

impl Default for PhraseKey {
    fn default() -> PhraseKey {
        PhraseKey { bytes: [0; PHRASE_KEY_BYTES], len: 0 }
    }
}

impl PhraseKey {
    /// Appends `s`; false, appending nothing, when it does not fit.
    fn push(&mut self, s: &str) -> bool {
        let end = self.len + s.len();
        if end > PHRASE_KEY_BYTES {
            return false;
        }
        self.bytes[self.len..end].copy_from_slice(s.as_bytes());
        self.len = end;
        true
    }

    /// Appends a word with its curly apostrophes made straight.
    fn push_straight(&mut self, word: &str) -> bool {
        let mut parts = word.split('’');
        let first = parts.next().unwrap_or("");
        self.push(first) && parts.all(|part| self.push("'") && self.push(part))
    }

    fn as_str(&self) -> &str {
        // Whole UTF-8 words and ASCII marks only were appended.
        std::str::from_utf8(&self.bytes[..self.len]).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`phrase_key`] as it was first written, in four steps.
    fn phrase_key_in_steps(entry: &str) -> String {
        entry.trim().to_lowercase().replace('’', "'").split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn a_phrase_ending_in_a_word_the_language_elides_also_ends_elided() {
        let elisions = &["qu", "d", "l"];
        assert_eq!(elided_last_word("a soutenu que", elisions).as_deref(), Some("a soutenu qu'"));
        assert_eq!(elided_last_word("fait état de", elisions).as_deref(), Some("fait état d'"));
        assert_eq!(elided_last_word("à la", elisions).as_deref(), Some("à l'"));
        assert_eq!(elided_last_word("a souligné", elisions), None);
        assert_eq!(elided_last_word("que", elisions), None);
        assert_eq!(elided_last_word("said that", &[]), None);
    }

    #[test]
    fn phrase_keys_are_built_as_in_steps() {
        for entry in [
            "",
            " ",
            "Plus d’",
            "  Près\u{a0}de\t\n ",
            "ΟΔΟΣ ΣΟΦΙΑΣ",
            "İstanbul",
            "ẞ STRASSE",
            "L’ARMÉE",
            "a\u{2009}b\u{3000}c",
            "x\u{85}y",
            "’’",
            "Ǆ ǅ",
            "\u{130}\u{307}",
        ] {
            assert_eq!(phrase_key(entry), phrase_key_in_steps(entry), "{entry:?}");
        }
    }

    // proptest is no dependency of the wasm32 build.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn phrase_keys_of_any_text_are_built_as_in_steps(entry in "\\PC{0,12}|[ \\sa-zA-ZÉé’'ΣİẞΟ]{0,12}") {
            proptest::prop_assert_eq!(phrase_key(&entry), phrase_key_in_steps(&entry));
        }
    }

    #[test]
    fn every_phrase_key_fits_the_key_built_while_matching() {
        for l in super::super::LANGUAGES {
            for (_, entries) in tables(l) {
                for entry in entries {
                    assert!(phrase_key(entry).len() <= PHRASE_KEY_BYTES, "{entry}");
                }
            }
        }
    }

    /// [`value_in`] as it was first written: the first entry whose key is the words'.
    fn value_by_scanning<T: Copy>(table: &[(&'static str, T)], key: &str) -> Option<T> {
        table.iter().find(|(entry, _)| is_key_of(entry, key)).map(|&(_, v)| v)
    }

    #[test]
    fn a_table_value_is_that_of_the_first_entry_with_the_words_key() {
        for l in super::super::LANGUAGES {
            for (entry, _) in
                l.casualties.casualty_words.iter().chain([&("No Such Words", l.casualties.casualty_words[0].1)])
            {
                let text = entry.to_uppercase().replace('\'', "’");
                let lower = text.to_lowercase();
                let span = Span::new(0, lower.len());
                let expected = value_by_scanning(l.casualties.casualty_words, &phrase_key(&lower));
                assert_eq!(value_in(l.casualties.casualty_words, &lower, span), expected, "{entry}");
            }
            for (entry, _) in l.events.triggers {
                let key = phrase_key(entry);
                let span = Span::new(0, key.len());
                assert_eq!(
                    value_in(l.events.triggers, &key, span),
                    value_by_scanning(l.events.triggers, &key),
                    "{entry}"
                );
            }
        }
    }

    #[test]
    fn entries_match_their_keys_whatever_their_case_spacing_and_apostrophes() {
        assert!(is_key_of("Plus d’", &phrase_key("plus d'")));
        assert!(is_key_of("state  media", "state media"));
        assert!(is_key_of("Gen.", "gen"));
        assert!(!is_key_of("state", "state media"));
        assert!(!is_key_of("state media", "state"));
        assert!(is_key_of("", ""));
    }
}
