//! The features the taggers read: for each token, a few dozen 32-bit hashes of what it and
//! its neighbours look like. Training and tagging call the same code, so a model only ever
//! meets the features it was trained on; [`VERSION`] names this set, and a model trained on
//! another set is refused.

use crate::gazetteer::{is_first_name, Hit, GAZETTEER};
use crate::model::{EntityType, Kind, Upos};

/// The feature set's version, written into every model.
pub const VERSION: u8 = 4;

/// One word of a sentence as the features see it.
#[derive(Debug, Clone, Copy)]
pub struct Word<'a> {
    /// As written.
    pub text: &'a str,
    /// In lower case.
    pub lower: &'a str,
}

/// The key of a word's lower-case form: [`Facts::lower`], and the key of the word in a
/// part-of-speech model's lexicon.
pub fn word_key(lower: &str) -> u32 {
    str_hash(lower)
}

/// A 32-bit FNV-1a hash of a string.
const fn str_hash(s: &str) -> u32 {
    let bytes = s.as_bytes();
    let mut h: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < bytes.len() {
        h = (h ^ bytes[i] as u32).wrapping_mul(0x0100_0193);
        i += 1;
    }
    // Never 0: 0 marks an absent prefix or suffix.
    if h == 0 {
        1
    } else {
        h
    }
}

/// The hash of the word before a sentence's first.
const START: u32 = str_hash("<s>");
/// The hash of the word after a sentence's last.
const END: u32 = str_hash("</s>");

/// A feature: a template number and up to three values, mixed into 32 bits.
fn feature(template: u8, values: &[u32]) -> u32 {
    let mut h = 0x9e37_79b9u32 ^ u32::from(template);
    for &v in values {
        h = (h.rotate_left(5) ^ v).wrapping_mul(0x2709_1a35);
    }
    // The final mix of MurmurHash3, so that nearby inputs land far apart.
    h ^= h >> 16;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    h = h.wrapping_mul(0xc2b2_ae35);
    h ^ (h >> 16)
}

/// The hashes of the first `N` prefixes (or suffixes) of `s`, by number of characters; 0 where
/// `s` is shorter.
fn affixes<const N: usize>(s: &str, suffixes: bool) -> [u32; N] {
    let mut out = [0; N];
    let mut n = 0;
    let mut cut = |i: usize| {
        if n < N {
            out[n] = if suffixes { str_hash(&s[i..]) } else { str_hash(&s[..i]) };
            n += 1;
        }
    };
    if suffixes {
        s.char_indices().rev().take(N).for_each(|(i, _)| cut(i));
    } else {
        s.char_indices().skip(1).take(N).for_each(|(i, _)| cut(i));
        if s.chars().count() <= N && !s.is_empty() {
            cut(s.len());
        }
    }
    out
}

/// What a word looks like, in a few bytes: upper-case letters are `X`, lower-case `x`,
/// digits `d`, anything else itself; a run of one class is kept to two ("Reuters" → "Xxx",
/// "U.S." → "X.X.", "1,250" → "d,dd").
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

/// Whether a word has a digit: such a word has a class of its own, and no lexicon lists it.
pub fn has_digit(word: &str) -> bool {
    word.bytes().any(|b| b.is_ascii_digit())
}

/// Bits for the look of a word.
fn flags(word: &str) -> u8 {
    let mut f = 0;
    let mut chars = word.chars();
    if chars.next().is_some_and(char::is_uppercase) {
        f |= 2;
        if chars.clone().all(|c| !c.is_lowercase()) && word.chars().count() > 1 {
            f |= 4;
        }
    }
    if has_digit(word) {
        f |= 8;
    }
    if word.contains('-') {
        f |= 16;
    }
    f
}

/// Per-word facts computed once per sentence, read by the features of the word and of its
/// neighbours in both taggers: mostly hashes of its forms.
#[derive(Debug, Clone, Copy)]
pub struct Facts {
    /// Hash of the lower-case form: also the word's key in the document's memory.
    pub lower: u32,
    text: u32,
    suffixes: [u32; 4],
    prefixes: [u32; 3],
    shape: u32,
    flags: u8,
    /// The longest gazetteer name the word is in: 0 none, else kind × 2 + (1 inside, 0 first).
    gazetteer: u8,
    first_name: bool,
    /// Whether the word is in lower case, of two letters or more.
    lower_case_word: bool,
    /// Whether the word opens its sentence or follows a dash, a colon, a quotation mark or an
    /// opening bracket ("KABUL (Reuters) - Gunmen…", "said: Police…"): a place where any word
    /// may take a capital.
    opening: bool,
    /// How the same word is written elsewhere in the document ([`document_case`]).
    document_case: u8,
}

/// The class of a word with a digit, which no lexicon lists: its shape says more.
const CLASS_NUMBER: u32 = 1 << 29;

impl Facts {
    /// The word's class for the part-of-speech tagger: `listed` gives the class a lexicon has
    /// for a word's key (0 for none); a word with a digit has a class of its own.
    pub fn class(&self, listed: impl Fn(u32) -> u32) -> u32 {
        if self.flags & 8 != 0 {
            CLASS_NUMBER
        } else {
            listed(self.lower)
        }
    }

    /// Whether the word opens with a capital letter.
    pub fn capitalised(&self) -> bool {
        self.flags & 2 != 0
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
    facts_with_names(words, &GAZETTEER.find(text), spans)
}

/// [`facts`], given the gazetteer's matches in the sentence (`GAZETTEER.find` of its text)
/// when they are already known.
pub fn facts_with_names(words: &[Word<'_>], names: &[Hit], spans: &[(usize, usize)]) -> Vec<Facts> {
    let mut out: Vec<Facts> = words
        .iter()
        .map(|w| {
            let mut shape_bytes = [0u8; 8];
            let shape_len = shape(w.text, &mut shape_bytes);
            let shape = std::str::from_utf8(&shape_bytes[..shape_len]).unwrap_or("");
            Facts {
                lower: str_hash(w.lower),
                text: str_hash(w.text),
                suffixes: affixes(w.lower, true),
                prefixes: affixes(w.lower, false),
                shape: str_hash(shape),
                flags: flags(w.text),
                gazetteer: 0,
                first_name: w.text.chars().next().is_some_and(char::is_uppercase) && is_first_name(w.text),
                lower_case_word: w.text.chars().next().is_some_and(char::is_lowercase)
                    && w.text.chars().nth(1).is_some_and(char::is_alphabetic),
                opening: false,
                document_case: 0,
            }
        })
        .collect();
    let mut opening = true;
    for (f, w) in out.iter_mut().zip(words) {
        f.opening = opening;
        let mut chars = w.text.chars();
        let mark = chars.next().filter(|_| chars.next().is_none());
        opening = match mark {
            Some(c) if c.is_alphanumeric() => false,
            Some(c) => opening || matches!(c, '-' | '–' | '—' | ':' | '"' | '“' | '«' | '\'' | '(' | '['),
            None => w.text.chars().all(|c| !c.is_alphanumeric()) && opening,
        };
    }
    for hit in names {
        let entry = GAZETTEER.entry(hit.entry);
        let kind = gazetteer_kind(entry.entity_type, entry.kind);
        let first = spans.partition_point(|&(_, end)| end <= hit.start);
        for (i, &(start, _)) in spans.iter().enumerate().skip(first).take_while(|(_, &(s, _))| s < hit.end) {
            out[i].gazetteer = kind * 2 + u8::from(start > hit.start);
        }
    }
    out
}

/// How a word is written at one place: in lower case, with a capital inside a sentence,
/// with a capital where any word may take one ([`Facts::opening`]), or in capitals throughout.
fn case_at(f: &Facts) -> u8 {
    match (f.flags & 2 != 0, f.flags & 4 != 0, f.opening) {
        (false, ..) => CASE_LOWER,
        (true, true, _) => CASE_CAPITALS,
        (true, false, false) => CASE_TITLE_INSIDE,
        (true, false, true) => CASE_TITLE_FIRST,
    }
}

const CASE_LOWER: u8 = 0;
const CASE_TITLE_INSIDE: u8 = 1;
const CASE_TITLE_FIRST: u8 = 2;
const CASE_CAPITALS: u8 = 3;

/// Gives every word of a document's sentences what the rest of the document says of its
/// case: whether the same word (by its lower case) is written elsewhere in lower case (bit 1)
/// and with a capital inside a sentence (bit 2). A capital that only opens sentences or
/// headlines in capitals says little of a word; the same word in lower case elsewhere ("The",
/// "WORLD") or capitalised in mid-sentence ("Ankara") says much. Bit 4 marks a sentence with
/// no lower-case word of two letters or more (a headline in capitals).
pub fn document_case(sentences: &mut [Vec<Facts>]) {
    // Which count a word's writing adds to: in lower case (0) or capitalised inside a
    // sentence (1); none for a word with a digit or another writing.
    let counted = |f: &Facts| match case_at(f) {
        _ if f.flags & 8 != 0 => None,
        CASE_LOWER => Some(0),
        CASE_TITLE_INSIDE => Some(1),
        _ => None,
    };
    // Per word: how often written each way.
    let mut seen: rustc_hash::FxHashMap<u32, [u32; 2]> = rustc_hash::FxHashMap::default();
    for f in sentences.iter().flatten() {
        if let Some(slot) = counted(f) {
            seen.entry(f.lower).or_default()[slot] += 1;
        }
    }
    for facts in sentences.iter_mut() {
        let capitals = facts.iter().any(|f| f.flags & 4 != 0) && !facts.iter().any(|f| f.lower_case_word);
        for f in facts.iter_mut() {
            let mut elsewhere = seen.get(&f.lower).copied().unwrap_or_default();
            // Elsewhere: not counting the word itself.
            if let Some(slot) = counted(f) {
                elsewhere[slot] -= 1;
            }
            let [lower, inside] = elsewhere;
            f.document_case = u8::from(lower > 0) | u8::from(inside > 0) << 1 | u8::from(capitals) << 2;
        }
    }
}

/// Template numbers: one per kind of feature, mixed with its values.
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
    pub const CLASS_AT: u8 = 48; // + offset -1..=2 (as 0..=3)
    pub const CLASS_NEXT_LOWER: u8 = 52;
    pub const CLASS_PAIR: u8 = 53;
    pub const CLASS_TAG1: u8 = 54;
    pub const CLASS_NEXT_PAIR: u8 = 55;
    pub const TAG1_CLASS_NEXT: u8 = 56;
    pub const FLAGS_CLASS: u8 = 57;
    pub const FLAGS_AROUND: u8 = 58;
    pub const DOCUMENT_CASE: u8 = 59;
}

/// A neighbour's value: `of` the word `d` places from `i`, or `outside` beyond the sentence
/// (`before` and `after` for the two ends).
fn at<T: Copy>(facts: &[Facts], i: usize, d: isize, of: impl Fn(&Facts) -> T, before: T, after: T) -> T {
    match i.checked_add_signed(d).filter(|&j| j < facts.len()) {
        Some(j) => of(&facts[j]),
        None if d < 0 => before,
        None => after,
    }
}

/// The features shared by both taggers: the word, its affixes, its look, the words two either
/// side of it.
fn word_features(facts: &[Facts], i: usize, out: &mut Vec<u32>) {
    let f = &facts[i];
    out.push(feature(template::BIAS, &[]));
    out.push(feature(template::LOWER, &[f.lower]));
    for (n, &h) in f.suffixes.iter().enumerate().filter(|(_, &h)| h != 0) {
        out.push(feature(template::SUFFIX + 1 + n as u8, &[h]));
    }
    for (n, &h) in f.prefixes.iter().enumerate().filter(|(_, &h)| h != 0) {
        out.push(feature(template::PREFIX + 1 + n as u8, &[h]));
    }
    out.push(feature(template::FLAGS, &[u32::from(f.flags | u8::from(i == 0))]));
    for (slot, d) in [(0u8, -2isize), (1, -1), (3, 1), (4, 2)] {
        out.push(feature(template::LOWER_AT + slot, &[at(facts, i, d, |f| f.lower, START, END)]));
    }
}

/// The features of the tags given to the two words before (nearest first), alone and with the word.
fn tag_features(previous: [u8; 2], f: &Facts, out: &mut Vec<u32>) {
    let (p1, p2) = (u32::from(previous[0]), u32::from(previous[1]));
    out.push(feature(template::TAG1, &[p1]));
    out.push(feature(template::TAG12, &[p1, p2]));
    out.push(feature(template::TAG1_LOWER, &[p1, f.lower]));
}

/// The features shared by both taggers ([`word_features`]) of every word of a sentence,
/// computed once for both.
#[derive(Debug, Clone, Default)]
pub struct WordFeatures {
    hashes: Vec<u32>,
    /// Where each word's features start in `hashes`, and one more for the end.
    starts: Vec<usize>,
}

impl WordFeatures {
    /// The shared features of every word of `facts`.
    pub fn of(facts: &[Facts]) -> WordFeatures {
        let mut hashes = Vec::with_capacity(facts.len() * 14);
        let mut starts = Vec::with_capacity(facts.len() + 1);
        for i in 0..facts.len() {
            starts.push(hashes.len());
            word_features(facts, i, &mut hashes);
        }
        starts.push(hashes.len());
        WordFeatures { hashes, starts }
    }

    /// Word `i`'s.
    fn of_word(&self, i: usize) -> &[u32] {
        &self.hashes[self.starts[i]..self.starts[i + 1]]
    }
}

/// The features of word `i` for the part-of-speech tagger; `classes` holds every word's
/// class in the model's lexicon (the set of tags it was seen with, as bits; 0 unknown), and
/// `previous` the tags already given to the two words before it (nearest first).
pub fn pos(facts: &[Facts], classes: &[u32], i: usize, previous: [u8; 2], out: &mut Vec<u32>) {
    out.clear();
    word_features(facts, i, out);
    pos_own(facts, classes, i, previous, out);
}

/// [`pos`], given the shared features of the sentence's words (`WordFeatures::of(facts)`).
pub fn pos_with(
    words: &WordFeatures,
    facts: &[Facts],
    classes: &[u32],
    i: usize,
    previous: [u8; 2],
    out: &mut Vec<u32>,
) {
    out.clear();
    out.extend_from_slice(words.of_word(i));
    pos_own(facts, classes, i, previous, out);
}

/// A word's class beyond either end of the sentence.
const CLASS_BEFORE: u32 = 1 << 30;
const CLASS_AFTER: u32 = 1 << 31;

/// The part-of-speech tagger's features that the entity tagger has not: the word's look,
/// its neighbours' endings, and the classes of the word and its neighbours, which let what
/// is known of a word's possible tags, and of the next word's, decide between them.
fn pos_own(facts: &[Facts], classes: &[u32], i: usize, previous: [u8; 2], out: &mut Vec<u32>) {
    let f = &facts[i];
    out.push(feature(template::SHAPE, &[f.shape]));
    for (slot, d) in [(1u8, -1isize), (3, 1)] {
        let suffix3 = |f: &Facts| if f.suffixes[2] != 0 { f.suffixes[2] } else { f.lower };
        out.push(feature(template::SUFFIX3_AT + slot, &[at(facts, i, d, suffix3, START, END)]));
    }
    tag_features(previous, f, out);
    let class = |d: isize| match i.checked_add_signed(d).filter(|&j| j < classes.len()) {
        Some(j) => classes[j],
        None if d < 0 => CLASS_BEFORE,
        None => CLASS_AFTER,
    };
    let (here, next, p1) = (class(0), class(1), u32::from(previous[0]));
    for (slot, d) in [(0u8, -1isize), (1, 0), (2, 1), (3, 2)] {
        out.push(feature(template::CLASS_AT + slot, &[class(d)]));
    }
    out.push(feature(template::CLASS_NEXT_LOWER, &[next, f.lower]));
    out.push(feature(template::CLASS_PAIR, &[here, next]));
    out.push(feature(template::CLASS_TAG1, &[here, p1]));
    out.push(feature(template::CLASS_NEXT_PAIR, &[next, class(2)]));
    out.push(feature(template::TAG1_CLASS_NEXT, &[p1, next]));
    let flags = |d: isize| at(facts, i, d, |f| u32::from(f.flags), 0xfe, 0xff);
    out.push(feature(template::FLAGS_CLASS, &[u32::from(f.flags | u8::from(i == 0)), here]));
    out.push(feature(template::FLAGS_AROUND, &[flags(-1), flags(0), flags(1)]));
}

/// The features of word `i` for the entity tagger: `pos` holds every word's part of speech,
/// `previous` the entity tags already given to the two words before it (nearest first), and
/// `earlier` the kind of name this same word was last tagged with in the document (0: none).
pub fn entity(facts: &[Facts], pos: &[Upos], i: usize, previous: [u8; 2], earlier: u8, out: &mut Vec<u32>) {
    out.clear();
    word_features(facts, i, out);
    entity_own(facts, pos, i, previous, earlier, out);
}

/// [`entity`], given the shared features of the sentence's words (`WordFeatures::of(facts)`).
pub fn entity_with(
    words: &WordFeatures,
    facts: &[Facts],
    pos: &[Upos],
    i: usize,
    previous: [u8; 2],
    earlier: u8,
    out: &mut Vec<u32>,
) {
    out.clear();
    out.extend_from_slice(words.of_word(i));
    entity_own(facts, pos, i, previous, earlier, out);
}

/// The entity tagger's features that the part-of-speech tagger has not.
fn entity_own(facts: &[Facts], pos: &[Upos], i: usize, previous: [u8; 2], earlier: u8, out: &mut Vec<u32>) {
    let f = &facts[i];
    out.push(feature(template::TEXT, &[f.text]));
    // Outside the sentence: part of speech and gazetteer 0xfe.
    let pos_at = |d: isize| match i.checked_add_signed(d).filter(|&j| j < facts.len()) {
        Some(j) => u32::from(pos[j] as u8),
        None => 0xfe,
    };
    for (slot, d) in [(1u8, -1isize), (2, 0), (3, 1)] {
        out.push(feature(template::SHAPE_AT + slot, &[at(facts, i, d, |f| f.shape, START, END)]));
        out.push(feature(template::POS_AT + slot, &[pos_at(d)]));
        out.push(feature(template::GAZETTEER_AT + slot, &[at(facts, i, d, |f| u32::from(f.gazetteer), 0xfe, 0xfe)]));
    }
    out.push(feature(template::BIGRAM_BEFORE, &[at(facts, i, -1, |f| f.lower, START, END), f.lower]));
    out.push(feature(template::BIGRAM_AFTER, &[f.lower, at(facts, i, 1, |f| f.lower, START, END)]));
    out.push(feature(template::POS_SHAPE, &[pos_at(0), f.shape]));
    if f.first_name {
        out.push(feature(template::FIRST_NAME, &[]));
    }
    if earlier != 0 {
        out.push(feature(template::EARLIER_LABEL, &[u32::from(earlier)]));
    }
    tag_features(previous, f, out);
    out.push(feature(template::SHAPE_TAG1, &[u32::from(previous[0]), f.shape]));
    out.push(feature(template::DOCUMENT_CASE, &[u32::from(case_at(f)), u32::from(f.document_case)]));
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
        assert_eq!(affixes::<2>("armée", true), [str_hash("e"), str_hash("ée")]);
        assert_eq!(affixes::<3>("été", false), [str_hash("é"), str_hash("ét"), str_hash("été")]);
        assert_eq!(affixes::<4>("été", false), [str_hash("é"), str_hash("ét"), str_hash("été"), 0]);
        assert_eq!(affixes::<3>("a", true), [str_hash("a"), 0, 0]);
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
        pos(&f, &[0, 0], 1, [3, 0], &mut a);
        pos(&f, &[0, 0], 1, [3, 0], &mut b);
        assert_eq!(a, b);
        pos(&f, &[0, 0], 1, [4, 0], &mut b);
        assert_ne!(a, b);
    }

    #[test]
    fn shared_word_features_give_the_same_features() {
        let text = "Rebels fled Gaza City on Monday";
        let spans = [(0, 6), (7, 11), (12, 16), (17, 21), (22, 24), (25, 31)];
        let words: Vec<Word<'_>> = spans.iter().map(|&(a, b)| Word { text: &text[a..b], lower: &text[a..b] }).collect();
        let f = facts(&words, text, &spans);
        let shared = WordFeatures::of(&f);
        let tags = [Upos::Noun; 6];
        let (mut a, mut b) = (Vec::new(), Vec::new());
        for i in 0..f.len() {
            let classes = [1, 0, 4, 4, 8, 0];
            pos(&f, &classes, i, [3, 1], &mut a);
            pos_with(&shared, &f, &classes, i, [3, 1], &mut b);
            assert_eq!(a, b);
            entity(&f, &tags, i, [2, 0], 1, &mut a);
            entity_with(&shared, &f, &tags, i, [2, 0], 1, &mut b);
            assert_eq!(a, b);
        }
    }

    fn sentence(text: &str) -> Vec<Facts> {
        let mut spans = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
            match (c == ' ', start) {
                (true, Some(a)) => {
                    spans.push((a, i));
                    start = None;
                }
                (false, None) => start = Some(i),
                _ => {}
            }
        }
        let lowers: Vec<String> = spans.iter().map(|&(a, b)| text[a..b].to_lowercase()).collect();
        let words: Vec<Word<'_>> =
            spans.iter().zip(&lowers).map(|(&(a, b), l)| Word { text: &text[a..b], lower: l }).collect();
        facts(&words, text, &spans)
    }

    #[test]
    fn a_word_knows_how_the_rest_of_the_document_writes_it() {
        let mut doc = vec![
            sentence("FLOODS HIT TOWN NEAR OKARA"),
            sentence("Floods hit the town , officials said"),
            sentence("The floods reached Okara on Monday"),
        ];
        document_case(&mut doc);
        // "FLOODS" and "Floods" opening a sentence: lower case elsewhere ("floods").
        assert_eq!(doc[0][0].document_case, 0b101);
        assert_eq!(doc[1][0].document_case, 0b001);
        // "OKARA": capitalised inside a sentence elsewhere; "Okara" there: nowhere else but in capitals.
        assert_eq!(doc[0][4].document_case, 0b110);
        assert_eq!(doc[2][3].document_case, 0b000);
        // "The": "the" elsewhere.
        assert_eq!(doc[2][0].document_case, 0b001);
    }

    #[test]
    fn a_word_after_a_dash_or_a_colon_opens_like_a_sentence() {
        let f = sentence("KABUL ( Reuters ) - Gunmen fired : Police said");
        let opening: Vec<bool> = f.iter().map(|f| f.opening).collect();
        assert_eq!(opening, vec![true, false, true, false, false, true, false, false, true, false]);
    }
}
