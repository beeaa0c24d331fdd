//! Gazetteers: countries, cities, demonyms, organisations, agencies and regions, embedded at
//! compile time from `data/` and matched in one pass with an Aho-Corasick automaton built
//! once per process.

use crate::model::{EntityType, Entry, Kind};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::HashMap;
use std::sync::LazyLock;

const COUNTRIES: &str = include_str!("../data/countries.tsv");
const CITIES: &str = include_str!("../data/cities.tsv");
const ORGANISATIONS: &str = include_str!("../data/organisations.tsv");
const FIRST_NAMES: &str = include_str!("../data/first_names.txt");

/// Common first names ("Israel", "Jordan", "Sarah"): a capitalised pair that starts with one is
/// a person even when the first word is also a place.
pub static FIRST_NAME_SET: LazyLock<std::collections::HashSet<&'static str>> =
    LazyLock::new(|| FIRST_NAMES.lines().filter(|l| !l.starts_with('#') && !l.is_empty()).collect());

/// Whether a word is a common first name.
pub fn is_first_name(word: &str) -> bool {
    FIRST_NAME_SET.contains(word)
}

/// A gazetteer match inside a searched text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Byte offsets in the searched text.
    pub start: usize,
    /// End, exclusive.
    pub end: usize,
    /// Index into [`Gazetteer::entries`].
    pub entry: usize,
}

/// All gazetteers in one automaton.
pub struct Gazetteer {
    /// Every referent.
    pub entries: Vec<Entry>,
    /// Pattern index → entry index.
    pattern_entry: Vec<usize>,
    /// Surface form → entry index.
    by_form: HashMap<String, usize>,
    /// ISO code → country entry index.
    countries: HashMap<String, usize>,
    automaton: AhoCorasick,
}

fn rows(tsv: &str) -> impl Iterator<Item = Vec<&str>> {
    tsv.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).map(|l| l.split('\t').collect())
}

fn list<'a>(field: Option<&&'a str>) -> impl Iterator<Item = &'a str> {
    field.copied().unwrap_or("").split(';').map(str::trim).filter(|s| !s.is_empty())
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

struct Builder {
    entries: Vec<Entry>,
    forms: Vec<String>,
    pattern_entry: Vec<usize>,
    by_form: HashMap<String, usize>,
}

impl Builder {
    fn entry(&mut self, canonical: &str, entity_type: EntityType, kind: Kind) -> usize {
        self.entries.push(Entry { canonical: canonical.to_string(), entity_type, kind });
        self.entries.len() - 1
    }

    /// Adds a surface form; the first entry to claim a form keeps it.
    fn form(&mut self, form: &str, entry: usize) {
        if form.chars().count() < 2 || self.by_form.contains_key(form) {
            return;
        }
        self.by_form.insert(form.to_string(), entry);
        self.forms.push(form.to_string());
        self.pattern_entry.push(entry);
    }
}

impl Gazetteer {
    fn build() -> Gazetteer {
        let mut b = Builder { entries: vec![], forms: vec![], pattern_entry: vec![], by_form: HashMap::new() };
        for r in rows(ORGANISATIONS) {
            let (etype, kind) = match r[0] {
                "AGENCY" => (EntityType::Org, Kind::Agency),
                "MEDIA" => (EntityType::Org, Kind::Media),
                "LOC" => (EntityType::Loc, Kind::Region),
                _ => (EntityType::Org, Kind::Organisation),
            };
            let e = b.entry(r[1], etype, kind);
            b.form(r[1], e);
            for alias in list(r.get(2)) {
                b.form(alias, e);
            }
        }
        let mut countries = HashMap::new();
        let mut capitals = HashMap::new();
        let country_rows: Vec<Vec<&str>> = rows(COUNTRIES).collect();
        for r in &country_rows {
            let e = b.entry(r[1], EntityType::Gpe, Kind::Country(r[0].to_string()));
            countries.insert(r[0].to_string(), e);
            b.form(r[1], e);
            if let Some(fr) = r.get(2) {
                b.form(fr, e);
            }
            for other in list(r.get(3)) {
                b.form(other, e);
            }
            if let Some(capital) = r.get(4).filter(|c| !c.is_empty()) {
                capitals.insert((capital.to_string(), r[0].to_string()), ());
            }
        }
        for r in &country_rows {
            let d = b.entry(r.get(5).copied().unwrap_or(r[1]), EntityType::Norp, Kind::Demonym(r[0].to_string()));
            if let Some(demonym) = r.get(5).filter(|d| !d.is_empty()) {
                b.form(demonym, d);
                b.form(&format!("{demonym}s"), d);
            }
            for fr in list(r.get(6)) {
                b.form(fr, d);
                b.form(&capitalise(fr), d);
            }
        }
        for r in rows(CITIES) {
            let capital = capitals.contains_key(&(r[0].to_string(), r[1].to_string()));
            let e = b.entry(r[0], EntityType::Gpe, Kind::City { country: r[1].to_string(), capital });
            b.form(r[0], e);
            for other in list(r.get(3)) {
                b.form(other, e);
            }
        }
        let automaton =
            AhoCorasickBuilder::new().match_kind(MatchKind::Standard).build(&b.forms).expect("gazetteer automaton");
        Gazetteer { entries: b.entries, pattern_entry: b.pattern_entry, by_form: b.by_form, countries, automaton }
    }

    /// Leftmost-longest matches that start and end on word boundaries, in one pass.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let bounded = |start: usize, end: usize| {
            !text[..start].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '-')
                && !text[end..].chars().next().is_some_and(|c| c.is_alphanumeric() || c == '-')
        };
        let mut hits: Vec<Hit> = self
            .automaton
            .find_overlapping_iter(text)
            .filter(|m| bounded(m.start(), m.end()))
            .map(|m| Hit { start: m.start(), end: m.end(), entry: self.pattern_entry[m.pattern().as_usize()] })
            .collect();
        hits.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        let mut out: Vec<Hit> = Vec::with_capacity(hits.len());
        for h in hits {
            if out.last().is_none_or(|last| h.start >= last.end) {
                out.push(h);
            }
        }
        out
    }

    /// The entry whose surface form is exactly `form`.
    pub fn lookup(&self, form: &str) -> Option<usize> {
        self.by_form.get(form).copied()
    }

    /// The country entry of an ISO code.
    pub fn country(&self, iso: &str) -> Option<usize> {
        self.countries.get(iso).copied()
    }
}

/// The gazetteer, built on first use.
pub static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::build);

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, String)> {
        GAZETTEER
            .find(text)
            .into_iter()
            .map(|h| (text[h.start..h.end].to_string(), GAZETTEER.entries[h.entry].canonical.clone()))
            .collect()
    }

    #[test]
    fn finds_countries_cities_demonyms_and_acronyms_in_both_languages() {
        assert_eq!(
            names("Troops from Syria entered Alep as SOHR and Russian jets watched."),
            vec![
                ("Syria".into(), "Syria".into()),
                ("Alep".into(), "Aleppo".into()),
                ("SOHR".into(), "Syrian Observatory for Human Rights".into()),
                ("Russian".into(), "Russian".into()),
            ]
        );
        assert_eq!(names("des avions russes au-dessus de la Syrie")[0].1, "Russian");
    }

    #[test]
    fn matches_only_whole_words_and_prefers_the_longest() {
        assert!(names("Parisian cafés").is_empty());
        assert_eq!(names("the Gaza Strip")[0].0, "Gaza Strip");
    }

    #[test]
    fn capitals_know_their_country() {
        let e = GAZETTEER.lookup("Moscow").unwrap();
        assert_eq!(GAZETTEER.entries[e].kind, Kind::City { country: "RU".into(), capital: true });
    }
}
