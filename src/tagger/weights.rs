//! A tagger's weights and their binary format.
//!
//! The file (all integers little-endian; `varint` is LEB128):
//!
//! | bytes | what |
//! |---|---|
//! | 4 | magic `RPTG` |
//! | 1 | format version (2) |
//! | 1 | feature-set version ([`super::features::VERSION`]) |
//! | 1 | number of classes `C` (≤ 32) |
//! | C × (1 + n) | class labels: length, then UTF-8 ("NOUN", "B-PER") |
//! | 4 | f32 scale: a weight is its byte × scale (documentation only: tagging compares sums) |
//! | varint | number of features `F` |
//! | varint × F | feature hashes, sorted, each written as its difference from the one before |
//! | F | how many classes each feature has a weight for |
//! | Σ | the class number of each of those weights, feature by feature |
//! | Σ | each weight, an i8, in the same order |
//! | varint | number of word classes `K` (a part-of-speech model's lexicon; 0 for none) |
//! | varint × K | each class: the set of class numbers, as bits |
//! | varint | number of words `N`, sorted |
//! | N × (1 + 1 + n) | each word in lower case: bytes shared with the word before, length of the rest, the rest |
//! | varint × N | each word's class, as its place among the `K` |
//!
//! Separate streams of like values compress well; the package is served compressed.
//! Reading builds an open-addressing table from hash to a dense row of `C` weights, and a
//! table from each word's key ([`super::features::word_key`]) to its class.

use rustc_hash::FxHashMap;
use std::fmt;

const MAGIC: &[u8; 4] = b"RPTG";
const FORMAT: u8 = 2;

/// Why a model file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// It does not start with the magic bytes, or has another format version.
    NotAModel,
    /// It was trained on another feature set than this code computes.
    FeatureVersion {
        /// The version in the file.
        found: u8,
    },
    /// It ends early or holds an impossible value.
    Corrupt(&'static str),
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::NotAModel => write!(f, "not a reportage tagger model (format {FORMAT})"),
            FormatError::FeatureVersion { found } => write!(
                f,
                "the model was trained on feature set {found}, this code computes set {}: retrain it",
                super::features::VERSION
            ),
            FormatError::Corrupt(what) => write!(f, "corrupt model: {what}"),
        }
    }
}

impl std::error::Error for FormatError {}

/// Weights ready to score: a feature's row is found by one probe sequence in a table.
#[derive(Debug, Clone)]
pub struct Weights {
    /// Class labels, in class-number order.
    pub classes: Vec<String>,
    /// Slots of the open-addressing table: a feature hash (0 for an empty slot) and the row of
    /// its weights, side by side so that one probe reads one cache line.
    slots: Vec<(u32, u32)>,
    /// One bit per hash value modulo its length, set for every feature: most features of a
    /// token that the model does not know are turned away here, in a table small enough to
    /// stay in the fastest cache, before a probe of the larger one.
    filter: Vec<u64>,
    /// `classes.len()` weights per row, each plus 128 (0 to 255), then [`PADDING`] bytes:
    /// [`Weights::score`] reads each row eight bytes at a time.
    values: Vec<u8>,
    /// What one unit of a weight is worth.
    pub scale: f32,
    /// The lexicon: the class of each word known to the model (by its key), as bits.
    lexicon: FxHashMap<u32, u32>,
}

/// A lexicon as written: each word in lower case and its class (the class numbers it was
/// seen with, as bits).
pub type Lexicon = [(String, u32)];

/// The most classes a model may have.
const MAX_CLASSES: usize = 32;

/// Bytes after the last row, so that reading a row in words of eight bytes stays in bounds.
const PADDING: usize = 7;

/// The even bytes of a word of eight (0, 2, 4, 6), each in a lane of 16 bits.
const EVEN_BYTES: u64 = 0x00ff_00ff_00ff_00ff;

/// Hash 0 marks an empty slot, so a feature hashed to 0 is stored as 1.
fn key(hash: u32) -> u32 {
    hash.max(1)
}

/// The size of the filter: 256 K bits, 32 KB.
const FILTER_BITS: usize = 1 << 18;

/// A hash's bit in the filter.
fn filter_bit(key: u32) -> usize {
    (key.rotate_left(13) as usize) & (FILTER_BITS - 1)
}

/// The slot a hash's probe sequence starts at.
fn home(hash: u32, mask: usize) -> usize {
    (hash.wrapping_mul(0x9e37_79b9) >> 8) as usize & mask
}

impl Weights {
    /// How many features have weights.
    pub fn len(&self) -> usize {
        (self.values.len() - PADDING) / self.classes.len().max(1)
    }

    /// Whether no feature has a weight.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Builds the table: `hashes[i]`'s weights are `values[i * C..(i + 1) * C]`, `C` the
    /// number of classes.
    fn new(classes: Vec<String>, scale: f32, hashes: &[u32], weights: Vec<i8>) -> Weights {
        let values = weights.into_iter().map(biased).chain([0; PADDING]).collect();
        // At most about 60 % full: short probes, and a table small enough to stay in cache.
        let capacity = (hashes.len() * 5 / 3).next_power_of_two().max(16);
        let mask = capacity - 1;
        let mut slots = vec![(0u32, 0u32); capacity];
        let mut filter = vec![0u64; FILTER_BITS / 64];
        for (row, &hash) in hashes.iter().enumerate() {
            let k = key(hash);
            let mut slot = home(k, mask);
            while slots[slot].0 != 0 && slots[slot].0 != k {
                slot = (slot + 1) & mask;
            }
            slots[slot] = (k, row as u32);
            let bit = filter_bit(k);
            filter[bit / 64] |= 1 << (bit % 64);
        }
        Weights { classes, slots, filter, values, scale, lexicon: FxHashMap::default() }
    }

    /// The class of a word in the lexicon, by its key: the classes it was seen with, as bits;
    /// 0 for a word the lexicon does not hold.
    pub fn class_of(&self, key: u32) -> u32 {
        self.lexicon.get(&key).copied().unwrap_or(0)
    }

    /// How many words the lexicon holds.
    pub fn lexicon_len(&self) -> usize {
        self.lexicon.len()
    }

    /// The row of weights of a feature, if it has one: one weight per class.
    pub fn row(&self, hash: u32) -> Option<Vec<i8>> {
        let start = self.row_start(hash)?;
        Some(self.values.get(start..start + self.classes.len())?.iter().map(|&b| (b ^ 0x80) as i8).collect())
    }

    /// Where the row of a feature starts in `values`, if it has one.
    #[inline(always)]
    fn row_start(&self, hash: u32) -> Option<usize> {
        let k = key(hash);
        let bit = filter_bit(k);
        if self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut slot = home(k, mask);
        loop {
            match self.slots[slot] {
                (0, _) => return None,
                (found, row) if found == k => return Some(row as usize * self.classes.len()),
                _ => slot = (slot + 1) & mask,
            }
        }
    }

    /// Adds the weights of every feature in `features` into `scores` (one per class).
    ///
    /// Eight weights at a time, in the lanes of two 64-bit sums: each weight plus 128 (0 to
    /// 255) goes into a lane of 16 bits, the even classes' in one sum and the odd classes' in
    /// the other. 256 rows fit in a lane without carrying into the next; the sums are moved
    /// into `scores`, less 128 per row, every 256 rows and at the end. The same integers as
    /// adding weight by weight.
    pub fn score(&self, features: &[u32], scores: &mut [i32]) {
        scores.fill(0);
        // A loop for each number of words, unrolled: the sums stay in registers.
        match self.classes.len().div_ceil(8) {
            1 => self.sum_rows::<1>(features, scores),
            2 => self.sum_rows::<2>(features, scores),
            3 => self.sum_rows::<3>(features, scores),
            _ => self.sum_rows::<4>(features, scores),
        }
    }

    /// [`Weights::score`] for rows of at most `W` words of eight bytes.
    fn sum_rows<const W: usize>(&self, features: &[u32], scores: &mut [i32]) {
        let mut even = [0u64; W];
        let mut odd = [0u64; W];
        let mut rows = 0;
        for &f in features {
            let Some(row) = self.row_start(f).and_then(|start| self.values.get(start..start + 8 * W)) else {
                continue;
            };
            for k in 0..W {
                let word = u64::from_le_bytes(row[8 * k..8 * k + 8].try_into().unwrap_or_default());
                even[k] += word & EVEN_BYTES;
                odd[k] += (word >> 8) & EVEN_BYTES;
            }
            rows += 1;
            if rows == 256 {
                add_lanes(&mut even, &mut odd, rows, scores);
                rows = 0;
            }
        }
        add_lanes(&mut even, &mut odd, rows, scores);
    }

    /// Reads a model file.
    pub fn read(bytes: &[u8]) -> Result<Weights, FormatError> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(4)? != MAGIC || r.byte()? != FORMAT {
            return Err(FormatError::NotAModel);
        }
        let features_version = r.byte()?;
        if features_version != super::features::VERSION {
            return Err(FormatError::FeatureVersion { found: features_version });
        }
        let c = usize::from(r.byte()?);
        if c == 0 || c > MAX_CLASSES {
            return Err(FormatError::Corrupt("number of classes"));
        }
        let mut classes = Vec::with_capacity(c);
        for _ in 0..c {
            let n = usize::from(r.byte()?);
            let label = std::str::from_utf8(r.take(n)?).map_err(|_| FormatError::Corrupt("class label"))?;
            classes.push(label.to_string());
        }
        let scale = f32::from_le_bytes(r.take(4)?.try_into().map_err(|_| FormatError::Corrupt("scale"))?);
        let f = r.varint()? as usize;
        if f > bytes.len() {
            return Err(FormatError::Corrupt("number of features"));
        }
        let mut hashes = Vec::with_capacity(f);
        let mut hash = 0u32;
        for _ in 0..f {
            let delta = u32::try_from(r.varint()?).map_err(|_| FormatError::Corrupt("feature hash"))?;
            hash = hash.checked_add(delta).ok_or(FormatError::Corrupt("feature hash"))?;
            hashes.push(hash);
        }
        let counts = r.take(f)?;
        let total: usize = counts.iter().map(|&n| usize::from(n)).sum();
        let class_ids = r.take(total)?;
        let values = r.take(total)?;
        let lexicon = read_lexicon(&mut r)?;
        if r.at != bytes.len() {
            return Err(FormatError::Corrupt("bytes after the lexicon"));
        }
        // Every row in one array, filled in place: no allocation per feature.
        let mut rows = vec![0i8; f * c];
        let mut at = 0;
        for (i, &n) in counts.iter().enumerate() {
            for k in at..at + usize::from(n) {
                let class = usize::from(class_ids[k]);
                if class >= c {
                    return Err(FormatError::Corrupt("class number"));
                }
                rows[i * c + class] = values[k] as i8;
            }
            at += usize::from(n);
        }
        let mut weights = Weights::new(classes, scale, &hashes, rows);
        weights.lexicon = lexicon;
        Ok(weights)
    }

    /// Writes `(hash, row)` pairs and a lexicon (empty for none) as a model file.
    pub fn write(classes: &[String], scale: f32, features: &[(u32, Vec<i8>)], lexicon: &Lexicon) -> Vec<u8> {
        let mut features: Vec<&(u32, Vec<i8>)> = features.iter().filter(|(_, r)| r.iter().any(|&w| w != 0)).collect();
        features.sort_by_key(|(h, _)| *h);
        let mut out = MAGIC.to_vec();
        out.push(FORMAT);
        out.push(super::features::VERSION);
        out.push(classes.len() as u8);
        for c in classes {
            out.push(c.len() as u8);
            out.extend_from_slice(c.as_bytes());
        }
        out.extend_from_slice(&scale.to_le_bytes());
        varint(&mut out, features.len() as u64);
        let mut previous = 0u32;
        for (h, _) in &features {
            varint(&mut out, u64::from(h - previous));
            previous = *h;
        }
        let nonzero =
            |r: &Vec<i8>| r.iter().enumerate().filter(|(_, &w)| w != 0).map(|(c, &w)| (c, w)).collect::<Vec<_>>();
        out.extend(features.iter().map(|(_, r)| nonzero(r).len() as u8));
        out.extend(features.iter().flat_map(|(_, r)| nonzero(r)).map(|(c, _)| c as u8));
        out.extend(features.iter().flat_map(|(_, r)| nonzero(r)).map(|(_, w)| w as u8));
        write_lexicon(&mut out, lexicon);
        out
    }
}

/// Writes a lexicon: its classes, then its words sorted and front-coded, then each word's
/// class. Words longer than 255 bytes are left out.
fn write_lexicon(out: &mut Vec<u8>, lexicon: &Lexicon) {
    let mut words: Vec<&(String, u32)> = lexicon.iter().filter(|(w, _)| w.len() <= 255).collect();
    words.sort();
    words.dedup_by(|a, b| a.0 == b.0);
    // Classes by how many words have them, so that the common ones take one byte.
    let mut counts: FxHashMap<u32, usize> = FxHashMap::default();
    for (_, class) in &words {
        *counts.entry(*class).or_default() += 1;
    }
    let mut classes: Vec<(u32, usize)> = counts.into_iter().collect();
    classes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let place: FxHashMap<u32, usize> = classes.iter().enumerate().map(|(i, &(c, _))| (c, i)).collect();
    varint(out, classes.len() as u64);
    for (class, _) in &classes {
        varint(out, u64::from(*class));
    }
    varint(out, words.len() as u64);
    let mut previous: &[u8] = &[];
    for (word, _) in &words {
        let word = word.as_bytes();
        let shared = word.iter().zip(previous).take_while(|(a, b)| a == b).count();
        out.push(shared as u8);
        out.push((word.len() - shared) as u8);
        out.extend_from_slice(&word[shared..]);
        previous = word;
    }
    for (_, class) in &words {
        varint(out, place[class] as u64);
    }
}

/// Reads a lexicon written by [`write_lexicon`] into a table from word key to class.
fn read_lexicon(r: &mut Reader<'_>) -> Result<FxHashMap<u32, u32>, FormatError> {
    let k = r.varint()? as usize;
    if k > r.bytes.len() {
        return Err(FormatError::Corrupt("number of word classes"));
    }
    let classes = (0..k)
        .map(|_| u32::try_from(r.varint()?).map_err(|_| FormatError::Corrupt("word class")))
        .collect::<Result<Vec<u32>, _>>()?;
    let n = r.varint()? as usize;
    if n > r.bytes.len() {
        return Err(FormatError::Corrupt("number of words"));
    }
    let mut keys = Vec::with_capacity(n);
    let mut word: Vec<u8> = Vec::with_capacity(32);
    for _ in 0..n {
        let shared = usize::from(r.byte()?);
        let rest = usize::from(r.byte()?);
        if shared > word.len() {
            return Err(FormatError::Corrupt("word"));
        }
        word.truncate(shared);
        word.extend_from_slice(r.take(rest)?);
        let text = std::str::from_utf8(&word).map_err(|_| FormatError::Corrupt("word"))?;
        keys.push(super::features::word_key(text));
    }
    let mut lexicon = FxHashMap::with_capacity_and_hasher(n, Default::default());
    for key in keys {
        let place = r.varint()? as usize;
        lexicon.insert(key, *classes.get(place).ok_or(FormatError::Corrupt("word class"))?);
    }
    Ok(lexicon)
}

/// A weight plus 128, in a byte: its two's complement with the top bit flipped.
fn biased(weight: i8) -> u8 {
    weight as u8 ^ 0x80
}

/// Adds the lanes of [`Weights::score`]'s sums into `scores`, less 128 for each of the `rows`
/// rows summed, and empties them.
fn add_lanes<const W: usize>(even: &mut [u64; W], odd: &mut [u64; W], rows: i32, scores: &mut [i32]) {
    for ((scores, &e), &o) in scores.chunks_mut(8).zip(&*even).zip(&*odd) {
        let lanes = [e, o, e >> 16, o >> 16, e >> 32, o >> 32, e >> 48, o >> 48];
        for (score, lane) in scores.iter_mut().zip(lanes) {
            *score += (lane & 0xffff) as i32 - 128 * rows;
        }
    }
    *even = [0; W];
    *odd = [0; W];
}

fn varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], FormatError> {
        let end =
            self.at.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or(FormatError::Corrupt("ends early"))?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }

    fn byte(&mut self) -> Result<u8, FormatError> {
        Ok(self.take(1)?[0])
    }

    fn varint(&mut self) -> Result<u64, FormatError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(FormatError::Corrupt("varint too long"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> (Vec<String>, Vec<(u32, Vec<i8>)>) {
        let classes = vec!["NOUN".to_string(), "VERB".to_string(), "ADJ".to_string()];
        let features =
            vec![(7, vec![3, 0, -2]), (0, vec![0, 5, 0]), (u32::MAX, vec![-128, 127, 1]), (9, vec![0, 0, 0])];
        (classes, features)
    }

    #[test]
    fn weights_read_back_as_written() {
        let (classes, features) = sample();
        let bytes = Weights::write(&classes, 0.25, &features, &[]);
        let w = Weights::read(&bytes).unwrap();
        assert_eq!(w.classes, classes);
        assert_eq!(w.len(), 3, "the all-zero row is not written");
        assert_eq!(w.row(7), Some(vec![3, 0, -2]));
        assert_eq!(w.row(0), Some(vec![0, 5, 0]));
        assert_eq!(w.row(u32::MAX), Some(vec![-128, 127, 1]));
        assert_eq!(w.row(9), None);
        let mut scores = [0; 3];
        w.score(&[7, u32::MAX, 12345], &mut scores);
        assert_eq!(scores, [-125, 127, -1]);
    }

    #[test]
    fn scores_are_the_sums_of_the_rows_weight_by_weight() {
        // Every number of classes, extreme weights, and more rows than a lane holds at once.
        let mut seed = 0x1234_5678u32;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed
        };
        for c in 1..=MAX_CLASSES {
            let classes: Vec<String> = (0..c).map(|i| format!("C{i}")).collect();
            let features: Vec<(u32, Vec<i8>)> = (0..40u32)
                .map(|h| {
                    let row = (0..c)
                        .map(|_| match next() % 4 {
                            0 => -128,
                            1 => 127,
                            _ => next() as i8,
                        })
                        .collect();
                    (h * 7919 + 1, row)
                })
                .collect();
            let w = Weights::read(&Weights::write(&classes, 1.0, &features, &[])).unwrap();
            for n in [0, 1, 5, 255, 256, 257, 700] {
                let hashes: Vec<u32> = (0..n).map(|_| (next() % 45) * 7919 + 1).collect();
                let mut expected = vec![0i32; c];
                for h in &hashes {
                    for (e, x) in expected.iter_mut().zip(w.row(*h).unwrap_or_default()) {
                        *e += i32::from(x);
                    }
                }
                let mut scores = vec![0; c];
                w.score(&hashes, &mut scores);
                assert_eq!(scores, expected, "{c} classes, {n} features");
            }
        }
    }

    #[test]
    fn the_lexicon_reads_back_by_word_key() {
        let (classes, features) = sample();
        let lexicon =
            vec![("ran".to_string(), 2), ("run".to_string(), 3), ("runs".to_string(), 3), ("été".to_string(), 6)];
        let w = Weights::read(&Weights::write(&classes, 0.25, &features, &lexicon)).unwrap();
        assert_eq!(w.lexicon_len(), 4);
        let key = super::super::features::word_key;
        assert_eq!((w.class_of(key("run")), w.class_of(key("runs")), w.class_of(key("ran"))), (3, 3, 2));
        assert_eq!(w.class_of(key("été")), 6);
        assert_eq!(w.class_of(key("walk")), 0);
        assert_eq!(w.row(7), Some(vec![3, 0, -2]));
    }

    #[test]
    fn a_damaged_file_is_refused_not_misread() {
        let (classes, features) = sample();
        let lexicon = vec![("ran".to_string(), 2), ("run".to_string(), 3)];
        let bytes = Weights::write(&classes, 0.25, &features, &lexicon);
        assert_eq!(Weights::read(b"GIF89a").unwrap_err(), FormatError::NotAModel);
        for cut in 0..bytes.len() {
            assert!(Weights::read(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        let mut other = bytes.clone();
        other[5] = other[5].wrapping_add(1);
        assert!(matches!(Weights::read(&other), Err(FormatError::FeatureVersion { .. })));
    }
}
