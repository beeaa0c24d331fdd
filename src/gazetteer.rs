//! Gazetteers: countries, cities, demonyms, organisations, agencies and regions. `build.rs`
//! compiles `data/` into static tables, so nothing is built at run time: a word's forms are
//! found by binary search on the word, and tried longest first.

use crate::model::{EntityType, Entry, Kind};
use std::cmp::Ordering;
use std::sync::LazyLock;

mod tables {
    include!(concat!(env!("OUT_DIR"), "/gazetteer.rs"));
}

mod key {
    include!("gazetteer_key.rs");
}

/// A gazetteer match inside a searched text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Byte offsets in the searched text.
    pub start: usize,
    /// End, exclusive.
    pub end: usize,
    /// The entry matched: see [`Gazetteer::entry`].
    pub entry: usize,
}

/// The `i`th of strings stored end to end in `text`, with the end of each in `ends`.
fn nth(text: &'static str, ends: &[u32], i: usize) -> &'static str {
    let start = if i == 0 { 0 } else { ends[i - 1] as usize };
    &text[start..ends[i] as usize]
}

/// Whether `c` continues a word for a match's boundaries ("Gaza" is not in "Gaza-based").
fn joins(c: char) -> bool {
    c.is_alphanumeric() || c == '-'
}

/// Every gazetteer, as compiled by `build.rs`.
pub struct Gazetteer {
    _private: (),
}

/// The gazetteer.
pub static GAZETTEER: Gazetteer = Gazetteer { _private: () };

/// How many bytes of `text` write `form` at its start, if they do: as it is, or with a
/// typographic apostrophe for each straight one ("M’Sila" for "M'Sila").
fn written_as(text: &str, form: &str) -> Option<usize> {
    if text.starts_with(form) {
        return Some(form.len());
    }
    if !form.contains('\'') {
        return None;
    }
    let mut rest = text;
    for c in form.chars() {
        rest = match (c, rest.strip_prefix(c)) {
            (_, Some(r)) => r,
            ('\'', None) => rest.strip_prefix('’')?,
            _ => return None,
        };
    }
    Some(text.len() - rest.len())
}

impl Gazetteer {
    /// How many entries there are.
    pub fn len(&self) -> usize {
        tables::ENTRY_KIND.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Entry `i`: its canonical name, entity type and kind.
    pub fn entry(&self, i: usize) -> Entry {
        let country = || {
            let c = tables::ENTRY_COUNTRY[i] as usize;
            &tables::COUNTRY_CODES[2 * c..2 * c + 2]
        };
        let (entity_type, kind) = match tables::ENTRY_KIND[i] {
            1 => (EntityType::Org, Kind::Agency),
            2 => (EntityType::Org, Kind::Media),
            3 => (EntityType::Loc, Kind::Region),
            4 => (EntityType::Gpe, Kind::Country(country())),
            5 => (EntityType::Gpe, Kind::City { country: country(), capital: false }),
            6 => (EntityType::Gpe, Kind::City { country: country(), capital: true }),
            7 => (EntityType::Norp, Kind::Demonym(country())),
            _ => (EntityType::Org, Kind::Organisation),
        };
        let name = tables::NAME_FORM[i] as usize;
        Entry { canonical: nth(tables::FORMS, &tables::FORM_ENDS, name), entity_type, kind }
    }

    /// The forms whose first word is `word`, longest first, with their entries.
    fn forms_of(&self, word: &str) -> impl Iterator<Item = (&'static str, usize)> {
        let bit = key::head_bit(word);
        let filtered = tables::HEAD_FILTER[bit / 64] & (1 << (bit % 64)) == 0;
        let form = |i: usize| nth(tables::FORMS, &tables::FORM_ENDS, i);
        let group_head = |g: usize| &form(tables::GROUP_STARTS[g] as usize)[..tables::GROUP_HEAD_LEN[g] as usize];
        // Binary search over the groups' first words that open with the same byte.
        let (mut lo, mut hi) = match word.as_bytes().first() {
            _ if filtered => (0, 0),
            Some(&b) => {
                (tables::BYTE_GROUPS[usize::from(b)] as usize, tables::BYTE_GROUPS[usize::from(b) + 1] as usize)
            }
            None => (0, tables::BYTE_GROUPS[0] as usize),
        };
        let end = hi;
        while lo < hi {
            let mid = (lo + hi) / 2;
            match group_head(mid).cmp(word) {
                Ordering::Less => lo = mid + 1,
                _ => hi = mid,
            }
        }
        let range = if lo < end && group_head(lo) == word {
            tables::GROUP_STARTS[lo] as usize..tables::GROUP_STARTS[lo + 1] as usize
        } else {
            0..0
        };
        range.map(move |i| (form(i), tables::FORM_ENTRY[i] as usize))
    }

    /// Leftmost-longest matches that start and end on word boundaries, without overlaps.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let mut out = Vec::new();
        let mut next = 0;
        let mut previous: Option<char> = None;
        for (start, c) in text.char_indices() {
            let bounded = !previous.is_some_and(joins);
            previous = Some(c);
            if start < next || !bounded || c.is_whitespace() {
                continue;
            }
            let rest = &text[start..];
            let found = self.forms_of(key::head(rest)).find_map(|(form, entry)| {
                let len = written_as(rest, form)?;
                (!rest[len..].chars().next().is_some_and(joins)).then_some((len, entry))
            });
            if let Some((len, entry)) = found {
                next = start + len;
                out.push(Hit { start, end: next, entry });
            }
        }
        out
    }

    /// The entry whose surface form is exactly `form`.
    pub fn lookup(&self, form: &str) -> Option<usize> {
        self.forms_of(key::head(form)).find(|(f, _)| *f == form).map(|(_, e)| e)
    }

    /// The first-level division (province, state, region) of a city entry, when the data
    /// gives it.
    pub fn admin1(&self, entry: usize) -> Option<&'static str> {
        let i = *tables::ENTRY_ADMIN1.get(entry)? as usize;
        (i != u16::MAX as usize).then(|| nth(tables::ADMIN1, &tables::ADMIN1_ENDS, i))
    }

    /// The first-level division of the city called `name` (its canonical name), if known.
    pub fn admin1_of(&self, name: &str) -> Option<&'static str> {
        self.lookup(name).and_then(|e| self.admin1(e))
    }

    /// The country entry of an ISO code.
    pub fn country(&self, iso: &str) -> Option<usize> {
        let code = |i: usize| &tables::COUNTRY_CODES[2 * i..2 * i + 2];
        let (mut lo, mut hi) = (0, tables::COUNTRY_ENTRY.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            match code(mid).cmp(iso) {
                Ordering::Less => lo = mid + 1,
                Ordering::Equal => {
                    return Some(tables::COUNTRY_ENTRY[mid] as usize).filter(|&e| e != u16::MAX as usize)
                }
                Ordering::Greater => hi = mid,
            }
        }
        None
    }
}

/// The common first names, one a line in [`tables::FIRST_NAMES`], sorted byte by byte: split
/// once, at first use.
static FIRST_NAMES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| tables::FIRST_NAMES.split('\n').filter(|name| !name.is_empty()).collect());

/// Whether a word is a common first name ("Israel", "Jordan", "Sarah"): a capitalised pair that
/// starts with one is a person even when the first word is also a place.
pub fn is_first_name(word: &str) -> bool {
    FIRST_NAMES.binary_search_by(|name| name.as_bytes().cmp(word.as_bytes())).is_ok()
}

/// Whether a word is a common first name once its accents are taken off ("Rémy", "Hélène",
/// "François"): the list is written without them. For the rules only: the taggers read
/// [`is_first_name`], as they were trained.
pub fn is_first_name_unaccented(word: &str) -> bool {
    if word.is_ascii() {
        return is_first_name(word);
    }
    let plain: String = word.chars().map(unaccented).collect();
    plain.is_ascii() && is_first_name(&plain)
}

/// The first names of other countries, one a line in [`tables::WORLD_FIRST_NAMES`], sorted
/// byte by byte: split once, at first use.
static WORLD_FIRST_NAMES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| tables::WORLD_FIRST_NAMES.split('\n').filter(|name| !name.is_empty()).collect());

/// Whether a word is a first name in any of the countries the lists cover: a common one (with
/// or without its accents) or one of another country's ("Bouchra", "Mamadou", "Deniz"). For the
/// rules only: the taggers read [`is_first_name`], as they were trained.
pub fn is_first_name_worldwide(word: &str) -> bool {
    is_first_name_unaccented(word)
        || WORLD_FIRST_NAMES.binary_search_by(|name| name.as_bytes().cmp(word.as_bytes())).is_ok()
}

/// A Latin letter without its accent or cedilla.
fn unaccented(c: char) -> char {
    match c {
        'à' | 'â' | 'ä' | 'á' | 'ã' => 'a',
        'À' | 'Â' | 'Ä' | 'Á' | 'Ã' => 'A',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'É' | 'È' | 'Ê' | 'Ë' => 'E',
        'î' | 'ï' | 'í' | 'ì' => 'i',
        'Î' | 'Ï' | 'Í' => 'I',
        'ô' | 'ö' | 'ó' | 'õ' => 'o',
        'Ô' | 'Ö' | 'Ó' => 'O',
        'ù' | 'û' | 'ü' | 'ú' => 'u',
        'Ù' | 'Û' | 'Ü' | 'Ú' => 'U',
        'ç' => 'c',
        'Ç' => 'C',
        'ñ' => 'n',
        'ÿ' => 'y',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_names_are_known_with_their_accents() {
        assert!(is_first_name_unaccented("Rémy") && is_first_name_unaccented("Hélène"));
        assert!(is_first_name_unaccented("Sarah") && !is_first_name("Rémy"));
        assert!(!is_first_name_unaccented("Kwango") && !is_first_name_unaccented("Évry"));
    }

    #[test]
    fn first_names_are_sorted_and_unique_for_their_binary_search() {
        assert!(FIRST_NAMES.len() > 1000);
        assert!(FIRST_NAMES.windows(2).all(|w| w[0] < w[1]));
        assert!(
            is_first_name("Sarah")
                && is_first_name(FIRST_NAMES[0])
                && is_first_name(FIRST_NAMES[FIRST_NAMES.len() - 1])
        );
        assert!(!is_first_name("") && !is_first_name("Sarahx"));
    }

    #[test]
    fn first_names_of_other_countries_are_known_to_the_rules_only() {
        assert!(WORLD_FIRST_NAMES.windows(2).all(|w| w[0] < w[1]));
        for name in ["Mamadou", "Aminata", "Deniz", "Ifeoma"] {
            assert!(is_first_name_worldwide(name) && !is_first_name(name), "{name}");
        }
        assert!(is_first_name_worldwide("Sarah") && is_first_name_worldwide("Rémy"));
        // Places, organisations and words of the language are no first names.
        for word in ["Kinshasa", "Kenya", "Justice", "Said", "Mai", ""] {
            assert!(!is_first_name_worldwide(word), "{word:?}");
        }
    }

    fn names(text: &str) -> Vec<(String, String)> {
        GAZETTEER
            .find(text)
            .into_iter()
            .map(|h| (text[h.start..h.end].to_string(), GAZETTEER.entry(h.entry).canonical.to_string()))
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
    fn a_typographic_apostrophe_writes_the_straight_one_of_a_name() {
        assert_eq!(
            names("Des renforts sont partis de M’Sila vers la Côte d’Ivoire."),
            vec![("M’Sila".into(), "M'Sila".into()), ("Côte d’Ivoire".into(), "Ivory Coast".into())]
        );
        assert_eq!(names("troops left M'Sila")[0].0, "M'Sila");
        assert!(names("M’Silaville").is_empty());
    }

    #[test]
    fn matches_only_whole_words_and_prefers_the_longest() {
        assert!(names("Parisian cafés").is_empty());
        assert_eq!(names("the Gaza Strip")[0].0, "Gaza Strip");
    }

    #[test]
    fn first_names_are_found_and_nothing_else() {
        for name in ["Sarah", "Israel", "Jordan", "Aaron"] {
            assert!(is_first_name(name), "{name}");
        }
        for word in ["", "Sara h", "Zzzzz", "sarah", "Aaaa", "\n"] {
            assert!(!is_first_name(word), "{word:?}");
        }
    }

    #[test]
    fn capitals_know_their_country() {
        let e = GAZETTEER.lookup("Moscow").unwrap();
        assert_eq!(GAZETTEER.entry(e).kind, Kind::City { country: "RU", capital: true });
        assert_eq!(GAZETTEER.entry(GAZETTEER.country("RU").unwrap()).canonical, "Russia");
    }
}
