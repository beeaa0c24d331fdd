//! Fuzzes `extract` with every option on texts of up to 64 KB built from news-like pieces:
//! headlines, datelines, stamps, quotes with and without their closing mark, sentences with
//! figures, dates, names, English and French cue phrases, captions with credits, runs of one
//! phrase, snippets of the hostile shapes, arbitrary Unicode and raw bytes. The selector
//! chooses language, offset unit, document date and size limit. Any panic, or a span that
//! does not slice back to its text, is a crash; libFuzzer's -timeout and -rss_limit_mb catch
//! work that grows too fast.
#![no_main]

#[path = "../../tests/common/mod.rs"]
mod common;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use reportage::hostile::{generate, Shape};
use reportage::{extract, OffsetUnit, Options};

/// The largest text built, in bytes.
const MAX_TEXT: usize = 64 * 1024;

#[derive(Debug, Arbitrary)]
struct Input {
    selector: u8,
    pieces: Vec<Piece>,
}

#[derive(Debug, Arbitrary)]
enum Piece {
    Headline(u8),
    Dateline(u8, u8),
    Stamp(u8, u8, u8),
    Quote {
        words: u8,
        opener: u8,
        closed: bool,
        speaker: u8,
        cue: u8,
    },
    Figure {
        approx: u8,
        value: u32,
        victims: u8,
        kind: u8,
        french: bool,
    },
    Date(u8, u8, u16),
    Name(u8, u8),
    Cue(u8),
    Caption(u8, u8),
    Break(u8),
    /// One phrase of the tables above, `count` times.
    Run {
        phrase: u8,
        count: u8,
    },
    /// A snippet of a hostile shape.
    Hostile(u8, u16),
    Unicode(String),
    Raw(Vec<u8>),
}

fn pick<'a>(table: &[&'a str], i: impl Into<usize>) -> &'a str {
    table[i.into() % table.len()]
}

const HEADLINES: &[&str] = &[
    "Fighting flares around Kharkiv as thousands flee",
    "Nouveaux combats autour de Goma, des milliers de civils en fuite",
    "UN says aid convoys blocked for 12 days",
    "BREAKING: Ceasefire collapses",
    "« Nous ne partirons pas » : à Rafah, les habitants restent",
];
const DATELINES: &[&str] = &["KHARTOUM", "KYIV", "GAZA CITY", "PARIS", "N'DJAMENA"];
const AGENCIES: &[&str] = &["Reuters", "AFP", "AP", ""];
const STAMPS: &[&str] =
    &["Published on", "Updated", "Publié le", "Mis à jour le", "Reading time:", "Temps de lecture :"];
const OPENERS: &[&str] = &["“", "«", "\"", "‘", "„", "« "];
const CLOSERS: &[&str] = &["”", "»", "\"", "’", "“", " »"];
const QUOTE_WORDS: &[&str] =
    &["we", "will", "not", "leave", "nous", "resterons", "the", "shelling", "never", "stops", "ici"];
const FIRST: &[&str] =
    &["Amina", "Karim", "Jean-Marc", "Oleksandr", "Abdel Karim", "Mr.", "Dr.", "M.", "President", "Gen."];
const LAST: &[&str] = &["Yusuf", "Benali", "Dufour", "al-Hassan", "Petrenko", "bin Salman", "Okafor", "de la Tour"];
const CUES: &[&str] = &[
    "said",
    "told AFP",
    "according to",
    "a déclaré",
    "a-t-il ajouté",
    "selon",
    "d'après",
    "he said",
    "she told Reuters that",
    "the ministry said in a statement",
    "citing",
    "a indiqué à l'AFP",
];
const APPROX: &[&str] =
    &["", "at least", "more than", "about", "nearly", "up to", "au moins", "plus de", "près de", "environ"];
const VICTIMS: &[&str] = &["people", "civilians", "soldiers", "children", "personnes", "civils", "soldats", "enfants"];
const KINDS: &[&str] = &[
    "were killed",
    "were wounded",
    "died",
    "are missing",
    "were displaced",
    "ont été tués",
    "ont été blessés",
    "sont morts",
    "ont été déplacées",
    "were killed by Russian shelling",
];
const MONTHS: &[&str] = &["January", "March", "Sept.", "December", "janvier", "mars", "août", "décembre"];
const DAYS: &[&str] =
    &["on Monday", "last Friday", "since Wednesday", "next Sunday", "lundi", "mardi dernier", "yesterday", "hier"];
const BREAKS: &[&str] =
    &[". ", ".\n\n", "\n", "\n\n", ", ", "; ", " — ", "? ", "! ", " (", ") ", "\r\n", "\u{a0}", " "];
const CREDITS: &[&str] =
    &["(JOHN SMITH / AFP)", "(Photo: Jane Roe, Reuters)", "© AFP", "REUTERS/Mahmoud Hassano", "(AP)"];
const PLACES: &[&str] =
    &["Kharkiv", "Goma", "Idlib", "northern Syria", "Aleppo province", "la bande de Gaza", "Moscow"];

fn push_piece(piece: &Piece, out: &mut String) {
    use std::fmt::Write;
    match piece {
        Piece::Headline(h) => {
            out.push_str(pick(HEADLINES, *h));
            out.push_str("\n\n");
        }
        Piece::Dateline(p, a) => {
            let agency = pick(AGENCIES, *a);
            out.push_str(pick(DATELINES, *p));
            out.push_str(", April 12");
            if !agency.is_empty() {
                let _ = write!(out, " ({agency})");
            }
            out.push_str(" - ");
        }
        Piece::Stamp(label, d, m) => {
            let _ = writeln!(out, "{} {:02}/{:02}/2025 {}:{:02}", pick(STAMPS, *label), d % 32, m % 13, d % 24, m % 60);
        }
        Piece::Quote { words, opener, closed, speaker, cue } => {
            let i = usize::from(*opener);
            out.push_str(pick(OPENERS, i));
            for k in 0..usize::from(*words % 12) {
                if k > 0 {
                    out.push(' ');
                }
                out.push_str(pick(QUOTE_WORDS, k * 7 + usize::from(*words)));
            }
            if *closed {
                out.push_str(pick(CLOSERS, i));
            }
            let _ = write!(out, " {} {} {}", pick(CUES, *cue), pick(FIRST, *speaker), pick(LAST, *speaker / 3));
        }
        Piece::Figure { approx, value, victims, kind, french } => {
            // French groups thousands with spaces, English with commas.
            let digits = value.to_string();
            let sep = if *french { ' ' } else { ',' };
            let mut value = String::new();
            for (k, c) in digits.chars().enumerate() {
                if k > 0 && (digits.len() - k) % 3 == 0 {
                    value.push(sep);
                }
                value.push(c);
            }
            let _ = write!(out, "{} {value} {} {}", pick(APPROX, *approx), pick(VICTIMS, *victims), pick(KINDS, *kind));
        }
        Piece::Date(d, m, y) => {
            let _ = write!(out, " {} {} {} {}", pick(DAYS, *d), d % 32, pick(MONTHS, *m), 1990 + y % 60);
        }
        Piece::Name(f, l) => {
            let _ = write!(out, " {} {}", pick(FIRST, *f), pick(LAST, *l));
        }
        Piece::Cue(c) => {
            out.push(' ');
            out.push_str(pick(CUES, *c));
            out.push(' ');
        }
        Piece::Caption(p, c) => {
            let _ = write!(
                out,
                "\nResidents flee a shelled district of {} on March 3, 2025. {}\n",
                pick(PLACES, *p),
                pick(CREDITS, *c)
            );
        }
        Piece::Break(b) => out.push_str(pick(BREAKS, *b)),
        Piece::Run { phrase, count } => {
            let tables: [&[&str]; 6] = [CUES, FIRST, OPENERS, APPROX, PLACES, BREAKS];
            let table = tables[usize::from(*phrase) % tables.len()];
            let phrase = pick(table, *phrase / 6);
            for _ in 0..*count {
                out.push_str(phrase);
                out.push(' ');
            }
        }
        Piece::Hostile(shape, bytes) => {
            let shape = Shape::HOSTILE[usize::from(*shape) % Shape::HOSTILE.len()];
            out.push_str(&generate(shape, usize::from(*bytes) % 8192));
        }
        Piece::Unicode(s) => out.push_str(s),
        Piece::Raw(bytes) => out.push_str(&String::from_utf8_lossy(bytes)),
    }
}

fuzz_target!(|input: Input| {
    let mut text = String::new();
    for piece in &input.pieces {
        if text.len() >= MAX_TEXT {
            break;
        }
        push_piece(piece, &mut text);
    }
    let mut cut = text.len().min(MAX_TEXT);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);

    let selector = input.selector;
    let offsets = [OffsetUnit::Utf8, OffsetUnit::Utf16, OffsetUnit::Codepoint][usize::from(selector % 3)];
    let mut options = Options { offsets, ..Options::default() };
    options.set_language(["auto", "en", "fr"][usize::from(selector / 3 % 3)]).unwrap();
    if selector & 0x80 != 0 {
        options.set_document_date("2024-02-29").unwrap();
    }
    if selector & 0x40 != 0 {
        options.max_input_bytes = 1 + text.len() / 2;
    }
    match extract(&text, &options) {
        Ok(result) => {
            let value = serde_json::to_value(&result).expect("serialises");
            let mut errors = Vec::new();
            common::check_spans(&text, options.offsets, &value, &mut errors);
            assert!(errors.is_empty(), "{errors:?}");
        }
        Err(e) => assert!(text.len() > options.max_input_bytes, "unexpected error {e}"),
    }
});
