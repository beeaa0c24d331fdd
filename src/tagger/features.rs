//! The features the taggers read: for each token, a few dozen 32-bit hashes of what it and
//! its neighbours look like. Training and tagging call the same code, so a model only ever
//! meets the features it was trained on; [`VERSION`] names this set, and a model trained on
//! another set is refused.

use crate::gazetteer::{is_first_name, GAZETTEER};
use crate::model::{EntityType, Kind, Upos};

/// The feature set's version, written into every model.
pub const VERSION: u8 = 1;

/// One word of a sentence as the features see it.
#[derive(Debug, Clone, Copy)]
pub struct Word<'a> {
    /// As written.
    pub text: &'a str,
    /// In lower case.
    pub lower: &'a str,
}

/// A 32-bit FNV-1a hash, built up part by part.
#[derive(Clone, Copy)]
struct Hash(u32);

impl Hash {
    fn new(template: u8) -> Hash {
        Hash(0x811c_9dc5).byte(template)
    }

    fn byte(self, b: u8) -> Hash {
        Hash((self.0 ^ u32::from(b)).wrapping_mul(0x0100_0193))
    }

    fn str(self, s: &str) -> Hash {
        // A separator keeps ("ab", "c") apart from ("a", "bc").
        s.bytes().fold(self, Hash::byte).byte(0xff)
    }

    fn done(self) -> u32 {
        self.0
    }
}

/// The first `n` characters of `s` (all of it when shorter), or `None` when it has fewer than `n`.
fn prefix(s: &str, n: usize) -> Option<&str> {
    match s.char_indices().nth(n) {
        Some((i, _)) => Some(&s[..i]),
        None => (s.chars().count() == n).then_some(s),
    }
}

/// The last `n` characters of `s`, or `None` when it has fewer than `n`.
fn suffix(s: &str, n: usize) -> Option<&str> {
    if n == 0 {
        return Some("");
    }
    s.char_indices().rev().nth(n - 1).map(|(i, _)| &s[i..])
}

/// What a word looks like, in a few bytes: upper-case letters are `X`, lower-case `x`,
/// digits `d`, anything else itself; a run of one class is kept to two ("Reuters" → "Xxx"
/// … "Xxx", "U.S." → "X.X.", "1,250" → "d,dd").
fn shape(word: &str, out: &mut [u8; 8]) -> usize {
    let mut len = 0;
    let mut run = 0;
    for c in word.chars() {
        let class = if c.is_uppercase() {
            b'X'
        } else if c.is_alphabetic() {
            b'x'
        } else if c.is_ascii_digit() {
            b'd'
        } else if c.is_ascii() {
            c as u8
        } else {
            b'*'
        };
        run = if len > 0 && out[len - 1] == class { run + 1 } else { 1 };
        if run <= 2 && len < out.len() {
            out[len] = class;
            len += 1;
        }
    }
    len
}

/// Bits for the look of a word and its place in the sentence.
fn flags(word: &str, first: bool) -> u8 {
    let mut f = u8::from(first);
    let mut chars = word.chars();
    if chars.next().is_some_and(char::is_uppercase) {
        f |= 2;
        if chars.clone().all(|c| !c.is_lowercase()) && word.chars().count() > 1 {
            f |= 4;
        }
    }
    if word.bytes().any(|b| b.is_ascii_digit()) {
        f |= 8;
    }
    if word.contains('-') {
        f |= 16;
    }
    f
}

/// Per-word facts computed once per sentence, read by the features of the word and of its
/// neighbours.
#[derive(Debug, Clone, Copy)]
pub struct Facts {
    shape: [u8; 8],
    shape_len: u8,
    /// The longest gazetteer name the word is in: 0 none, else kind × 2 + (1 inside, 0 first).
    gazetteer: u8,
    first_name: bool,
}

impl Facts {
    fn shape(&self) -> &[u8] {
        &self.shape[..usize::from(self.shape_len)]
    }
}

/// The kind number of a gazetteer entry, for the features.
fn gazetteer_kind(entity_type: EntityType, kind: Kind) -> u8 {
    match (entity_type, kind) {
        (_, Kind::Country(_)) => 1,
        (_, Kind::City { .. }) => 2,
        (_, Kind::Demonym(_)) => 3,
        (_, Kind::Region) => 4,
        (EntityType::Org, _) => 5,
        _ => 6,
    }
}

/// The facts of every word of a sentence. `text` is the sentence and `spans` the byte range
/// of each word in it.
pub fn facts(words: &[Word<'_>], text: &str, spans: &[(usize, usize)]) -> Vec<Facts> {
    let mut out: Vec<Facts> = words
        .iter()
        .map(|w| {
            let mut shape_bytes = [0u8; 8];
            let shape_len = shape(w.text, &mut shape_bytes) as u8;
            Facts {
                shape: shape_bytes,
                shape_len,
                gazetteer: 0,
                first_name: w.text.chars().next().is_some_and(char::is_uppercase) && is_first_name(w.text),
            }
        })
        .collect();
    for hit in GAZETTEER.find(text) {
        let entry = GAZETTEER.entry(hit.entry);
        let kind = gazetteer_kind(entry.entity_type, entry.kind);
        let first = spans.partition_point(|&(_, end)| end <= hit.start);
        for (i, &(start, _)) in spans.iter().enumerate().skip(first).take_while(|(_, &(s, _))| s < hit.end) {
            out[i].gazetteer = kind * 2 + u8::from(start > hit.start);
        }
    }
    out
}

/// Template numbers: one per kind of feature, hashed with its values.
mod template {
    pub const BIAS: u8 = 0;
    pub const LOWER: u8 = 1;
    pub const SUFFIX: u8 = 2; // + length 1..=4
    pub const PREFIX: u8 = 7; // + length 1..=3
    pub const SHAPE: u8 = 11;
    pub const FLAGS: u8 = 12;
    pub const LOWER_AT: u8 = 13; // + offset -2..=2 (as 0..=4)
    pub const SUFFIX3_AT: u8 = 18; // + offset
    pub const TAG1: u8 = 23;
    pub const TAG12: u8 = 24;
    pub const TAG1_LOWER: u8 = 25;
    pub const TEXT: u8 = 26;
    pub const SHAPE_AT: u8 = 27; // + offset
    pub const BIGRAM_BEFORE: u8 = 32;
    pub const BIGRAM_AFTER: u8 = 33;
    pub const POS_AT: u8 = 34; // + offset
    pub const GAZETTEER_AT: u8 = 39; // + offset
    pub const FIRST_NAME: u8 = 44;
    pub const EARLIER_LABEL: u8 = 45;
    pub const SHAPE_TAG1: u8 = 46;
    pub const POS_SHAPE: u8 = 47;
}

const START: &str = "<s>";
const END: &str = "</s>";

/// The features of word `i` for the part-of-speech tagger; `previous` are the tags already
/// given to the two words before it (nearest first).
pub fn pos(words: &[Word<'_>], facts: &[Facts], i: usize, previous: [u8; 2], out: &mut Vec<u32>) {
    out.clear();
    let w = words[i];
    let lower_at = |d: isize| match i.checked_add_signed(d) {
        Some(j) if j < words.len() => words[j].lower,
        _ if d < 0 => START,
        _ => END,
    };
    out.push(Hash::new(template::BIAS).done());
    out.push(Hash::new(template::LOWER).str(w.lower).done());
    for n in 1..=4u8 {
        if let Some(s) = suffix(w.lower, usize::from(n)) {
            out.push(Hash::new(template::SUFFIX + n).str(s).done());
        }
    }
    for n in 1..=3u8 {
        if let Some(p) = prefix(w.lower, usize::from(n)) {
            out.push(Hash::new(template::PREFIX + n).str(p).done());
        }
    }
    let shape = facts[i].shape();
    out.push(shape.iter().fold(Hash::new(template::SHAPE), |h, &b| h.byte(b)).done());
    out.push(Hash::new(template::FLAGS).byte(flags(w.text, i == 0)).done());
    for (slot, d) in [(0u8, -2isize), (1, -1), (3, 1), (4, 2)] {
        out.push(Hash::new(template::LOWER_AT + slot).str(lower_at(d)).done());
    }
    for (slot, d) in [(1u8, -1isize), (3, 1)] {
        let s = lower_at(d);
        out.push(Hash::new(template::SUFFIX3_AT + slot).str(suffix(s, 3).unwrap_or(s)).done());
    }
    out.push(Hash::new(template::TAG1).byte(previous[0]).done());
    out.push(Hash::new(template::TAG12).byte(previous[0]).byte(previous[1]).done());
    out.push(Hash::new(template::TAG1_LOWER).byte(previous[0]).str(w.lower).done());
}

/// The features of word `i` for the entity tagger: `pos` holds every word's part of speech,
/// `previous` the entity tags already given to the two words before it (nearest first), and
/// `earlier` the kind of name this same word was last tagged with in the document (0: none).
pub fn entity(
    words: &[Word<'_>],
    facts: &[Facts],
    pos: &[Upos],
    i: usize,
    previous: [u8; 2],
    earlier: u8,
    out: &mut Vec<u32>,
) {
    out.clear();
    let w = words[i];
    let at = |d: isize| i.checked_add_signed(d).filter(|&j| j < words.len());
    let lower_at = |d: isize| match at(d) {
        Some(j) => words[j].lower,
        None if d < 0 => START,
        None => END,
    };
    // Outside the sentence: shape "<", ">", part of speech 0xfe, gazetteer 0xfe.
    let shape_at = |d: isize| match at(d) {
        Some(j) => facts[j].shape(),
        None if d < 0 => b"<",
        None => b">",
    };
    let pos_at = |d: isize| at(d).map_or(0xfe, |j| pos[j] as u8);
    let gazetteer_at = |d: isize| at(d).map_or(0xfe, |j| facts[j].gazetteer);
    let bytes = |h: Hash, b: &[u8]| b.iter().fold(h, |h, &b| h.byte(b));

    out.push(Hash::new(template::BIAS).done());
    out.push(Hash::new(template::LOWER).str(w.lower).done());
    out.push(Hash::new(template::TEXT).str(w.text).done());
    for n in 1..=4u8 {
        if let Some(s) = suffix(w.lower, usize::from(n)) {
            out.push(Hash::new(template::SUFFIX + n).str(s).done());
        }
    }
    for n in 1..=3u8 {
        if let Some(p) = prefix(w.lower, usize::from(n)) {
            out.push(Hash::new(template::PREFIX + n).str(p).done());
        }
    }
    out.push(Hash::new(template::FLAGS).byte(flags(w.text, i == 0)).done());
    for (slot, d) in [(0u8, -2isize), (1, -1), (3, 1), (4, 2)] {
        out.push(Hash::new(template::LOWER_AT + slot).str(lower_at(d)).done());
    }
    for (slot, d) in [(1u8, -1isize), (2, 0), (3, 1)] {
        out.push(bytes(Hash::new(template::SHAPE_AT + slot), shape_at(d)).done());
        out.push(Hash::new(template::POS_AT + slot).byte(pos_at(d)).done());
        out.push(Hash::new(template::GAZETTEER_AT + slot).byte(gazetteer_at(d)).done());
    }
    out.push(Hash::new(template::BIGRAM_BEFORE).str(lower_at(-1)).str(w.lower).done());
    out.push(Hash::new(template::BIGRAM_AFTER).str(w.lower).str(lower_at(1)).done());
    out.push(bytes(Hash::new(template::POS_SHAPE).byte(pos_at(0)), shape_at(0)).done());
    if facts[i].first_name {
        out.push(Hash::new(template::FIRST_NAME).done());
    }
    if earlier != 0 {
        out.push(Hash::new(template::EARLIER_LABEL).byte(earlier).done());
    }
    out.push(Hash::new(template::TAG1).byte(previous[0]).done());
    out.push(Hash::new(template::TAG12).byte(previous[0]).byte(previous[1]).done());
    out.push(Hash::new(template::TAG1_LOWER).byte(previous[0]).str(w.lower).done());
    out.push(bytes(Hash::new(template::SHAPE_TAG1).byte(previous[0]), shape_at(0)).done());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape_of(w: &str) -> String {
        let mut b = [0u8; 8];
        let n = shape(w, &mut b);
        String::from_utf8(b[..n].to_vec()).unwrap()
    }

    #[test]
    fn shapes_keep_runs_to_two() {
        assert_eq!(shape_of("Reuters"), "Xxx");
        assert_eq!(shape_of("U.S."), "X.X.");
        assert_eq!(shape_of("1,250"), "d,dd");
        assert_eq!(shape_of("Élysée"), "Xxx");
    }

    #[test]
    fn prefixes_and_suffixes_count_characters() {
        assert_eq!(suffix("armée", 2), Some("ée"));
        assert_eq!(suffix("a", 2), None);
        assert_eq!(prefix("été", 2), Some("ét"));
        assert_eq!(prefix("été", 3), Some("été"));
        assert_eq!(prefix("été", 4), None);
    }

    #[test]
    fn gazetteer_names_mark_their_words() {
        let text = "troops left the Gaza Strip";
        let spans = [(0, 6), (7, 11), (12, 15), (16, 20), (21, 26)];
        let words: Vec<Word<'_>> = spans.iter().map(|&(a, b)| Word { text: &text[a..b], lower: &text[a..b] }).collect();
        let f = facts(&words, text, &spans);
        assert_eq!(f.iter().map(|f| f.gazetteer).collect::<Vec<_>>(), vec![0, 0, 0, 8, 9]);
    }

    #[test]
    fn the_same_context_gives_the_same_features() {
        let words = [Word { text: "Rebels", lower: "rebels" }, Word { text: "fled", lower: "fled" }];
        let f = facts(&words, "Rebels fled", &[(0, 6), (7, 11)]);
        let (mut a, mut b) = (Vec::new(), Vec::new());
        pos(&words, &f, 1, [3, 0], &mut a);
        pos(&words, &f, 1, [3, 0], &mut b);
        assert_eq!(a, b);
        pos(&words, &f, 1, [4, 0], &mut b);
        assert_ne!(a, b);
    }
}
