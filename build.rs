//! Compiles the gazetteers of `data/` into static tables (see `src/gazetteer.rs`), so that
//! nothing is parsed, sorted or hashed when the library starts.
//!
//! Every surface form of every entry goes into one string, grouped by its first word (the
//! letters and digits it opens with) in byte order, longest form first within a group: the
//! matcher finds a word's group by binary search and tries its forms in order.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

include!("src/gazetteer_key.rs");

/// What an entry is, as stored: the numbers `src/gazetteer.rs` reads back.
#[derive(Clone, Copy)]
enum Kind {
    Organisation = 0,
    Agency = 1,
    Media = 2,
    Region = 3,
    Country = 4,
    City = 5,
    Capital = 6,
    Demonym = 7,
}

struct Entry {
    canonical: String,
    kind: Kind,
    country: Option<String>,
    /// A city's first-level division (province, state, region).
    admin1: Option<String>,
}

#[derive(Default)]
struct Builder {
    entries: Vec<Entry>,
    forms: Vec<(String, usize)>,
    claimed: HashSet<String>,
}

impl Builder {
    fn entry(&mut self, canonical: &str, kind: Kind, country: Option<&str>) -> usize {
        self.entries.push(Entry {
            canonical: canonical.to_string(),
            kind,
            country: country.map(str::to_string),
            admin1: None,
        });
        self.entries.len() - 1
    }

    /// Adds a surface form; the first entry to claim a form keeps it.
    fn form(&mut self, form: &str, entry: usize) {
        if form.chars().count() < 2 || !self.claimed.insert(form.to_string()) {
            return;
        }
        self.forms.push((form.to_string(), entry));
    }
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

fn read(path: &str) -> String {
    println!("cargo:rerun-if-changed={path}");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn build() -> Builder {
    let mut b = Builder::default();
    for r in rows(&read("data/organisations.tsv")) {
        let kind = match r[0] {
            "AGENCY" => Kind::Agency,
            "MEDIA" => Kind::Media,
            "LOC" => Kind::Region,
            _ => Kind::Organisation,
        };
        let e = b.entry(r[1], kind, None);
        b.form(r[1], e);
        for alias in list(r.get(2)) {
            b.form(alias, e);
        }
    }
    let countries = read("data/countries.tsv");
    let country_rows: Vec<Vec<&str>> = rows(&countries).collect();
    let mut capitals = HashSet::new();
    for r in &country_rows {
        let e = b.entry(r[1], Kind::Country, Some(r[0]));
        b.form(r[1], e);
        if let Some(fr) = r.get(2) {
            b.form(fr, e);
        }
        for other in list(r.get(3)) {
            b.form(other, e);
        }
        if let Some(capital) = r.get(4).filter(|c| !c.is_empty()) {
            capitals.insert((capital.to_string(), r[0].to_string()));
        }
    }
    let nationality_nouns = read("data/nationality_nouns.tsv");
    let nationality_rows: Vec<Vec<&str>> = rows(&nationality_nouns).collect();
    for r in &country_rows {
        let d = b.entry(r.get(5).copied().unwrap_or(r[1]), Kind::Demonym, Some(r[0]));
        if let Some(demonym) = r.get(5).filter(|d| !d.is_empty()) {
            b.form(demonym, d);
            b.form(&format!("{demonym}s"), d);
        }
        for fr in list(r.get(6)) {
            b.form(fr, d);
            b.form(&capitalise(fr), d);
        }
        // Nouns for the people that are not the demonym ("Danes", "Britons").
        for nouns in nationality_rows.iter().filter(|n| n[0] == r[0]) {
            for noun in list(nouns.get(1)) {
                b.form(noun, d);
            }
        }
    }
    for r in rows(&read("data/cities.tsv")) {
        let capital = capitals.contains(&(r[0].to_string(), r[1].to_string()));
        let e = b.entry(r[0], if capital { Kind::Capital } else { Kind::City }, Some(r[1]));
        b.entries[e].admin1 = r.get(4).map(|a| a.trim()).filter(|a| !a.is_empty()).map(str::to_string);
        b.form(r[0], e);
        for other in list(r.get(3)) {
            b.form(other, e);
        }
    }
    b
}

/// A Rust array literal of numbers.
fn array(values: impl IntoIterator<Item = usize>) -> String {
    let mut out = String::from("[");
    for (i, v) in values.into_iter().enumerate() {
        if i % 24 == 0 {
            out.push('\n');
        }
        write!(out, "{v},").unwrap();
    }
    out.push_str("\n]");
    out
}

/// Strings concatenated, with the end of each.
fn concatenated<'a>(strings: impl IntoIterator<Item = &'a str>) -> (String, Vec<usize>) {
    let mut text = String::new();
    let mut ends = Vec::new();
    for s in strings {
        text.push_str(s);
        ends.push(text.len());
    }
    (text, ends)
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let b = build();
    // Forms grouped by first word, longest first within a group.
    let mut groups: BTreeMap<&str, Vec<(&str, usize)>> = BTreeMap::new();
    for (form, entry) in &b.forms {
        groups.entry(head(form)).or_default().push((form, *entry));
    }
    let head_lengths: Vec<usize> = groups.keys().map(|h| h.len()).collect();
    // A bit per first word: most words of a text have none set and need no search.
    let mut head_filter = vec![0u64; HEAD_FILTER_BITS / 64];
    for head in groups.keys() {
        let bit = head_bit(head);
        head_filter[bit / 64] |= 1 << (bit % 64);
    }
    // The groups whose first word opens with each byte: `BYTE_GROUPS[b]..BYTE_GROUPS[b + 1]`
    // (groups are in byte order, so each byte's are together; an empty first word sorts first).
    let heads: Vec<&str> = groups.keys().copied().collect();
    let byte_groups: Vec<usize> = (0..=256)
        .map(|b| heads.partition_point(|h| h.as_bytes().first().is_some_and(|&f| usize::from(f) < b) || h.is_empty()))
        .collect();
    let mut ordered: Vec<(&str, usize)> = Vec::with_capacity(b.forms.len());
    let mut group_starts = Vec::with_capacity(groups.len() + 1);
    for forms in groups.values_mut() {
        forms.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(b.0)));
        group_starts.push(ordered.len());
        assert!(head_lengths.iter().all(|&n| n < 256), "first words are stored with 8-bit lengths");
        ordered.extend(forms.iter().copied());
    }
    group_starts.push(ordered.len());
    assert!(head_lengths.iter().all(|&n| n < 256), "first words are stored with 8-bit lengths");

    // Country codes, sorted, with the entry of each country.
    let mut codes: Vec<&str> = b.entries.iter().filter_map(|e| e.country.as_deref()).collect();
    codes.sort_unstable();
    codes.dedup();
    let code_index: HashMap<&str, usize> = codes.iter().enumerate().map(|(i, c)| (*c, i)).collect();
    let mut country_entry = vec![u16::MAX as usize; codes.len()];
    for (i, e) in b.entries.iter().enumerate() {
        if let (Kind::Country, Some(code)) = (e.kind, e.country.as_deref()) {
            country_entry[code_index[code]] = i;
        }
    }
    // A canonical name is nearly always one of the forms: name it by the form's index, and
    // store only the others, after the forms.
    let form_index: HashMap<&str, usize> = ordered.iter().enumerate().map(|(i, (f, _))| (*f, i)).collect();
    let mut extra_names: Vec<&str> = Vec::new();
    let name_form: Vec<usize> = b
        .entries
        .iter()
        .map(|e| {
            form_index.get(e.canonical.as_str()).copied().unwrap_or_else(|| {
                extra_names.push(&e.canonical);
                ordered.len() + extra_names.len() - 1
            })
        })
        .collect();
    let (forms_text, form_ends) = concatenated(ordered.iter().map(|(f, _)| *f).chain(extra_names.iter().copied()));

    // One name a line, between line breaks, sorted byte by byte and searched in place.
    let name_list = |file: &str| {
        let text = read(file);
        let mut names: Vec<&str> = text.lines().filter(|l| !l.starts_with('#') && !l.is_empty()).collect();
        names.sort_unstable();
        names.dedup();
        format!("\n{}\n", names.join("\n"))
    };
    let first_names_text = name_list("data/first_names.txt");
    let world_first_names_text = name_list("data/first_names_world.txt");

    assert!(b.entries.len() < u16::MAX as usize, "entry ids are stored in 16 bits");
    assert!(form_ends.len() < u16::MAX as usize, "name forms are stored in 16 bits");
    assert!(heads.len() < u16::MAX as usize, "groups are stored in 16 bits");
    assert!(codes.len() < u8::MAX as usize, "country codes are stored in 8 bits");
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    let out = Path::new(&out);
    for (file, text) in [
        ("forms.txt", &forms_text),
        ("first_names.txt", &first_names_text),
        ("first_names_world.txt", &world_first_names_text),
    ] {
        std::fs::write(out.join(file), text).expect("write gazetteer text");
    }
    let mut rs = String::new();
    rs.push_str("// Generated by build.rs from data/: do not edit.\n");
    writeln!(rs, "pub static FORMS: &str = include_str!(concat!(env!(\"OUT_DIR\"), \"/forms.txt\"));").unwrap();
    writeln!(rs, "pub static FORM_ENDS: [u32; {}] = {};", form_ends.len(), array(form_ends)).unwrap();
    writeln!(rs, "pub static FORM_ENTRY: [u16; {}] = {};", ordered.len(), array(ordered.iter().map(|f| f.1))).unwrap();
    writeln!(
        rs,
        "pub static HEAD_FILTER: [u64; {}] = {};",
        head_filter.len(),
        array(head_filter.iter().map(|&w| w as usize))
    )
    .unwrap();
    writeln!(rs, "pub static BYTE_GROUPS: [u16; 257] = {};", array(byte_groups)).unwrap();
    writeln!(rs, "pub static GROUP_HEAD_LEN: [u8; {}] = {};", head_lengths.len(), array(head_lengths)).unwrap();
    writeln!(rs, "pub static GROUP_STARTS: [u32; {}] = {};", group_starts.len(), array(group_starts)).unwrap();
    writeln!(rs, "pub static NAME_FORM: [u16; {}] = {};", name_form.len(), array(name_form)).unwrap();
    writeln!(
        rs,
        "pub static ENTRY_KIND: [u8; {}] = {};",
        b.entries.len(),
        array(b.entries.iter().map(|e| e.kind as usize))
    )
    .unwrap();
    let entry_country = b.entries.iter().map(|e| e.country.as_deref().map_or(u8::MAX as usize, |c| code_index[c]));
    writeln!(rs, "pub static ENTRY_COUNTRY: [u8; {}] = {};", b.entries.len(), array(entry_country)).unwrap();
    writeln!(rs, "pub static COUNTRY_CODES: &str = {:?};", codes.concat()).unwrap();
    writeln!(rs, "pub static COUNTRY_ENTRY: [u16; {}] = {};", country_entry.len(), array(country_entry)).unwrap();
    // Provinces of cities: each name once, and an index per entry (u16::MAX for none).
    let mut admin1: Vec<&str> = b.entries.iter().filter_map(|e| e.admin1.as_deref()).collect();
    admin1.sort_unstable();
    admin1.dedup();
    assert!(admin1.len() < u16::MAX as usize, "provinces are stored in 16 bits");
    let admin1_index: HashMap<&str, usize> = admin1.iter().enumerate().map(|(i, a)| (*a, i)).collect();
    let (admin1_text, admin1_ends) = concatenated(admin1.iter().copied());
    writeln!(rs, "pub static ADMIN1: &str = {admin1_text:?};").unwrap();
    writeln!(rs, "pub static ADMIN1_ENDS: [u32; {}] = {};", admin1_ends.len(), array(admin1_ends)).unwrap();
    let entry_admin1 = b.entries.iter().map(|e| e.admin1.as_deref().map_or(u16::MAX as usize, |a| admin1_index[a]));
    writeln!(rs, "pub static ENTRY_ADMIN1: [u16; {}] = {};", b.entries.len(), array(entry_admin1)).unwrap();
    writeln!(rs, "pub static FIRST_NAMES: &str = include_str!(concat!(env!(\"OUT_DIR\"), \"/first_names.txt\"));")
        .unwrap();
    writeln!(
        rs,
        "pub static WORLD_FIRST_NAMES: &str = include_str!(concat!(env!(\"OUT_DIR\"), \"/first_names_world.txt\"));"
    )
    .unwrap();
    std::fs::write(out.join("gazetteer.rs"), rs).expect("write gazetteer tables");
}
