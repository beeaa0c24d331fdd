//! Training the taggers: an averaged perceptron over the same features and the same greedy
//! decoding that tagging uses, then pruning and 8-bit quantisation into the shipped format.
//! Everything is deterministic: a fixed seed shuffles, and arithmetic is integer until the
//! final averaging.

use super::features::{self, Facts};
use super::weights::Lexicon;
use super::{best, Memory, Weights, START};
use crate::eval::Counts;
use crate::model::{EntityTag, Upos};
use rustc_hash::{FxHashMap, FxHashSet};

/// One sentence of a training or evaluation file: its words and their gold tags (as numbers of
/// [`Upos`] or [`EntityTag`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// The words, as written.
    pub words: Vec<String>,
    /// One tag number per word.
    pub tags: Vec<u8>,
}

/// Sentences grouped into documents (a document's sentences are read in order).
pub type Corpus = Vec<Vec<Sentence>>;

/// Why a training file could not be read: the line, and what was wrong.
pub use crate::eval::ParseError as ReadError;

/// Reads CoNLL-U: the UPOS of every word (multiword-token ranges and empty nodes are
/// skipped); `# newdoc` comments start documents.
pub fn read_conllu(text: &str) -> Result<Corpus, ReadError> {
    let mut corpus: Corpus = vec![Vec::new()];
    let mut sentence = Sentence { words: Vec::new(), tags: Vec::new() };
    for (n, line) in text.lines().enumerate() {
        if line.starts_with("# newdoc") && corpus.last().is_some_and(|d| !d.is_empty()) {
            corpus.push(Vec::new());
        }
        if line.starts_with('#') {
            continue;
        }
        if line.trim().is_empty() {
            if !sentence.words.is_empty() {
                corpus
                    .last_mut()
                    .unwrap_or(&mut Vec::new())
                    .push(std::mem::replace(&mut sentence, Sentence { words: Vec::new(), tags: Vec::new() }));
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(ReadError { line: n + 1, reason: format!("{} columns, CoNLL-U has 10", cols.len()) });
        }
        if cols[0].contains(['-', '.']) {
            continue;
        }
        if cols[0].parse::<u32>().is_err() {
            return Err(ReadError { line: n + 1, reason: format!("word index {:?} is not a number", cols[0]) });
        }
        let tag = Upos::from_label(cols[3])
            .ok_or_else(|| ReadError { line: n + 1, reason: format!("unknown UPOS {:?}", cols[3]) })?;
        sentence.words.push(cols[1].to_string());
        sentence.tags.push(tag as u8);
    }
    if !sentence.words.is_empty() {
        corpus.last_mut().unwrap_or(&mut Vec::new()).push(sentence);
    }
    corpus.retain(|d| !d.is_empty());
    Ok(corpus)
}

/// Reads a named-entity file: the token in the first column, the tag (IOB1 or IOB2) in the
/// last, a blank line after each sentence, `-DOCSTART-` lines between documents. Tags are
/// read as IOB2: an `I-` that does not continue a name of its kind begins one. A file
/// without `-DOCSTART-` lines holds independent sentences, each read as its own document. A file whose
/// first column is a number on every line of a sentence (an index, not a token) is refused.
pub fn read_iob(text: &str) -> Result<Corpus, ReadError> {
    let mut corpus: Corpus = vec![Vec::new()];
    let mut sentence = Sentence { words: Vec::new(), tags: Vec::new() };
    let mut numbered = 0usize;
    let finish = |sentence: &mut Sentence, corpus: &mut Corpus, numbered: &mut usize, line: usize| {
        if sentence.words.len() >= 3 && *numbered == sentence.words.len() {
            return Err(ReadError {
                line,
                reason: "the first column is a word index, not the token: give the token first".into(),
            });
        }
        *numbered = 0;
        if !sentence.words.is_empty() {
            let s = std::mem::replace(sentence, Sentence { words: Vec::new(), tags: Vec::new() });
            if let Some(d) = corpus.last_mut() {
                d.push(s);
            }
        }
        Ok(())
    };
    for (n, line) in text.lines().enumerate() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.is_empty() {
            finish(&mut sentence, &mut corpus, &mut numbered, n + 1)?;
            continue;
        }
        if cols[0] == "-DOCSTART-" {
            finish(&mut sentence, &mut corpus, &mut numbered, n + 1)?;
            if corpus.last().is_some_and(|d| !d.is_empty()) {
                corpus.push(Vec::new());
            }
            continue;
        }
        if cols.len() < 2 {
            return Err(ReadError { line: n + 1, reason: "a token without a tag".into() });
        }
        let label = cols[cols.len() - 1];
        let mut tag = EntityTag::from_label(label)
            .ok_or_else(|| ReadError { line: n + 1, reason: format!("unknown tag {label:?}") })?;
        let before = sentence.tags.last().and_then(|&t| EntityTag::from_index(t)).unwrap_or_default();
        if !tag.may_follow(before) {
            tag = EntityTag::ALL[tag as usize - 1];
        }
        numbered += usize::from(is_word_index(cols[0], sentence.words.len(), cols.len()));
        sentence.words.push(cols[0].to_string());
        sentence.tags.push(tag as u8);
    }
    finish(&mut sentence, &mut corpus, &mut numbered, text.lines().count())?;
    corpus.retain(|d| !d.is_empty());
    // Without document marks the sentences are independent (Wikipedia sentences): each is a
    // document of its own, so that nothing is remembered from one to the next.
    if !text.lines().any(|l| l.starts_with("-DOCSTART-")) {
        corpus = corpus.into_iter().flatten().map(|s| vec![s]).collect();
    }
    Ok(corpus)
}

/// Whether the first column of the `position`th line of a sentence (from 0), in a line of
/// `columns` columns, is a word index rather than a token: the sentence's lines numbered in
/// order from 0 or 1. A sentence of numbers ("3 1 2", a results table) is not numbered in order.
pub fn is_word_index(first_column: &str, position: usize, columns: usize) -> bool {
    columns >= 3 && first_column.parse::<usize>().is_ok_and(|n| n == position || n == position + 1)
}

/// Which tagger is trained.
#[derive(Debug, Clone, Copy)]
pub enum Task<'m> {
    /// Parts of speech.
    Pos,
    /// Named entities, reading the parts of speech this model gives.
    Entities {
        /// The language's part-of-speech model.
        pos: &'m Weights,
        /// The language's contractions, read by that model as their parts.
        contractions: &'m [(&'static str, &'static [&'static str])],
    },
}

/// How to train.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// Passes over the training data; the pass that scores best on the dev data is kept.
    pub epochs: usize,
    /// Seed of the shuffles.
    pub seed: u64,
    /// The most features the model keeps (those that weigh most, times how often they fire).
    pub max_features: usize,
    /// How many times a word must be seen in the training data to enter a part-of-speech
    /// model's lexicon; `None` for no lexicon.
    pub lexicon_min_count: Option<u32>,
}

/// A trained model.
#[derive(Debug, Clone)]
pub struct Trained {
    /// The model file.
    pub bytes: Vec<u8>,
    /// The dev score of each pass (accuracy, or entity F1).
    pub dev_scores: Vec<f64>,
    /// The pass kept (from 1).
    pub epoch: usize,
    /// How many features were learnt before pruning.
    pub features_learnt: usize,
}

/// A sentence with what its features need computed once.
struct Prepared {
    facts: Vec<Facts>,
    /// Each word's class in the lexicon (parts of speech only).
    classes: Vec<u32>,
    gold: Vec<u8>,
    pos: Vec<Upos>,
}

/// The lexicon of a part-of-speech model: each word of the training data seen at least
/// `min_count` times, with its class (the tags that make at least 5 % of its uses, as bits).
/// Words with a digit are left to their shape.
fn lexicon_of(counts: &FxHashMap<String, [u32; 32]>, min_count: u32) -> Vec<(String, u32)> {
    let mut out: Vec<(String, u32)> = counts
        .iter()
        .filter(|(word, _)| !features::has_digit(word))
        .filter_map(|(word, tags)| Some((word.clone(), class_from_counts(tags, min_count)?)))
        .collect();
    out.sort();
    out
}

/// A word's class from how often it had each tag, if it was seen `min_count` times.
fn class_from_counts(tags: &[u32; 32], min_count: u32) -> Option<u32> {
    let total: u32 = tags.iter().sum();
    let open = (1 << Upos::Noun as u32) | (1 << Upos::Propn as u32);
    let bits = tags.iter().enumerate().filter(|(_, &n)| n > 0).fold(0u32, |b, (t, _)| b | 1 << t);
    if total == 1 && bits & open != 0 {
        return None;
    }
    (total >= min_count.max(1))
        .then(|| tags.iter().enumerate().filter(|(_, &n)| n * 20 >= total).fold(0, |bits, (t, _)| bits | 1 << t))
}

/// Sentences are put in [`FOLDS`] folds by runs of this many, so that a fold holds passages
/// and not scattered sentences of the same text.
const FOLD_RUN: usize = 20;
/// The folds of the training data: each fold's words get their classes from a lexicon of the
/// other folds, so that the tagger learns how far a class is to be trusted for words the
/// lexicon knows from little, or does not know.
const FOLDS: usize = 5;

/// The lexicon of the whole training data, and each training word's class as the tagger
/// should learn from it (from the other folds' lexicon).
fn lexicon_and_classes(corpus: &Corpus, prepared: &mut [Vec<Prepared>], min_count: u32) -> Vec<(String, u32)> {
    let mut all: FxHashMap<String, [u32; 32]> = FxHashMap::default();
    let mut folds: Vec<FxHashMap<String, [u32; 32]>> = vec![FxHashMap::default(); FOLDS];
    let fold_of = |n: usize| (n / FOLD_RUN) % FOLDS;
    // Each word's lower-case form, taken once for the counts and for the classes.
    let lowers: Vec<Vec<String>> =
        corpus.iter().flatten().map(|s| s.words.iter().map(|w| super::lower_form(w)).collect()).collect();
    for (n, (s, lowers)) in corpus.iter().flatten().zip(&lowers).enumerate() {
        for (lower, &tag) in lowers.iter().zip(&s.tags) {
            all.entry(lower.clone()).or_insert([0; 32])[usize::from(tag) % 32] += 1;
            folds[fold_of(n)].entry(lower.clone()).or_insert([0; 32])[usize::from(tag) % 32] += 1;
        }
    }
    let lexicon = lexicon_of(&all, min_count);
    for (n, (lowers, p)) in lowers.iter().zip(prepared.iter_mut().flatten()).enumerate() {
        let fold = &folds[fold_of(n)];
        p.classes = lowers
            .iter()
            .zip(&p.facts)
            .map(|(lower, facts)| {
                let mut tags = all.get(lower).copied().unwrap_or([0; 32]);
                for (t, here) in tags.iter_mut().zip(fold.get(lower).copied().unwrap_or([0; 32])) {
                    *t -= here;
                }
                facts.class(|_| class_from_counts(&tags, min_count).unwrap_or(0))
            })
            .collect();
    }
    lexicon
}

fn prepare(corpus: &Corpus, task: Task<'_>) -> Vec<Vec<Prepared>> {
    corpus
        .iter()
        .map(|doc| {
            doc.iter()
                .map(|s| {
                    let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
                    let facts = super::facts_of_words(&words);
                    let pos = match task {
                        Task::Pos => Vec::new(),
                        Task::Entities { pos, contractions } => super::pos_of_written_words(pos, contractions, &words),
                    };
                    Prepared { facts, classes: vec![0; s.words.len()], gold: s.tags.clone(), pos }
                })
                .collect::<Vec<_>>()
        })
        .map(|mut doc| {
            // What the document says of each word's case, as tagging a document gives it.
            let mut facts: Vec<Vec<Facts>> = doc.iter_mut().map(|s| std::mem::take(&mut s.facts)).collect();
            features::document_case(&mut facts);
            for (s, f) in doc.iter_mut().zip(facts) {
                s.facts = f;
            }
            doc
        })
        .collect()
}

/// The smallest weight kept, in units of the scale.
const MIN_WEIGHT: u8 = 4;

/// The perceptron being trained: integer weights, and their running sums for the average.
struct Perceptron {
    classes: usize,
    index: FxHashMap<u32, usize>,
    hashes: Vec<u32>,
    weights: Vec<i32>,
    totals: Vec<i64>,
    stamps: Vec<u64>,
    fired: Vec<u32>,
    now: u64,
    /// When set, the only features that may get weights (the second round learns again on
    /// the features the first kept).
    allowed: Option<FxHashSet<u32>>,
}

impl Perceptron {
    fn new(classes: usize) -> Perceptron {
        Perceptron {
            classes,
            index: FxHashMap::default(),
            hashes: Vec::new(),
            weights: Vec::new(),
            totals: Vec::new(),
            stamps: Vec::new(),
            fired: Vec::new(),
            now: 0,
            allowed: None,
        }
    }

    fn scores(&mut self, features: &[u32], scores: &mut [i32]) {
        scores.fill(0);
        for f in features {
            if let Some(&row) = self.index.get(f) {
                self.fired[row] += 1;
                let w = &self.weights[row * self.classes..(row + 1) * self.classes];
                for (s, &w) in scores.iter_mut().zip(w) {
                    *s += w;
                }
            }
        }
    }

    fn update(&mut self, features: &[u32], gold: usize, guess: usize) {
        for &f in features {
            if self.allowed.as_ref().is_some_and(|a| !a.contains(&f)) {
                continue;
            }
            let row = *self.index.entry(f).or_insert_with(|| {
                self.hashes.push(f);
                self.weights.extend(std::iter::repeat_n(0, self.classes));
                self.totals.extend(std::iter::repeat_n(0, self.classes));
                self.stamps.extend(std::iter::repeat_n(0, self.classes));
                self.fired.push(1);
                self.hashes.len() - 1
            });
            for (class, delta) in [(gold, 1), (guess, -1)] {
                let k = row * self.classes + class;
                self.totals[k] += i64::from(self.weights[k]) * (self.now - self.stamps[k]) as i64;
                self.stamps[k] = self.now;
                self.weights[k] += delta;
            }
        }
    }

    /// The averaged weights of the features that weigh most, quantised to bytes.
    fn export(&self, max_features: usize) -> (f32, Vec<(u32, Vec<i8>)>) {
        let c = self.classes;
        let now = self.now.max(1);
        let averaged: Vec<f64> = (0..self.weights.len())
            .map(|k| {
                let total = self.totals[k] + i64::from(self.weights[k]) * (self.now - self.stamps[k]) as i64;
                total as f64 / now as f64
            })
            .collect();
        let mut order: Vec<(f64, usize)> = (0..self.hashes.len())
            .map(|row| {
                let mass: f64 = averaged[row * c..(row + 1) * c].iter().map(|w| w.abs()).sum();
                (mass * f64::from(self.fired[row]), row)
            })
            .collect();
        order.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        order.truncate(max_features);
        let largest =
            order.iter().flat_map(|&(_, row)| &averaged[row * c..(row + 1) * c]).fold(0f64, |m, w| m.max(w.abs()));
        let scale = if largest > 0.0 { largest / 127.0 } else { 1.0 };
        let rows = order
            .iter()
            .map(|&(_, row)| {
                // Weights of one or two units barely move a sum of thirty features: dropping them
                // halves the file.
                let q = averaged[row * c..(row + 1) * c]
                    .iter()
                    .map(|w| (w / scale).round().clamp(-127.0, 127.0) as i8)
                    .map(|q| if q.unsigned_abs() < MIN_WEIGHT { 0 } else { q });
                (self.hashes[row], q.collect())
            })
            .collect();
        (scale as f32, rows)
    }
}

/// A small, fixed-seed generator for the shuffles (xorshift64*).
struct Shuffler(u64);

impl Shuffler {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

/// The labels of a task, in class-number order.
fn labels(task: Task<'_>) -> Vec<String> {
    match task {
        Task::Pos => Upos::ALL.iter().map(|t| t.label().to_string()).collect(),
        Task::Entities { .. } => EntityTag::ALL.iter().map(|t| t.label().to_string()).collect(),
    }
}

/// Trains a model on `train`, keeping the pass that scores best on `dev`. Training runs in two
/// rounds: the first learns every feature, the second learns again from nothing on the
/// features the first would keep, so that the weights of the features pruned away are not
/// missed by the ones that stay.
pub fn train(task: Task<'_>, train: &Corpus, dev: &Corpus, settings: Settings) -> Trained {
    let labels = labels(task);
    let mut prepared = prepare(train, task);
    let lexicon = match (task, settings.lexicon_min_count) {
        (Task::Pos, Some(min_count)) => lexicon_and_classes(train, &mut prepared, min_count),
        _ => Vec::new(),
    };
    let train = prepared;
    let dev = prepare(dev, task);
    let first = Round::run(task, &labels, &lexicon, &train, &dev, settings, None);
    let kept: FxHashSet<u32> =
        first.perceptron.export(settings.max_features).1.into_iter().map(|(hash, _)| hash).collect();
    let second = Round::run(task, &labels, &lexicon, &train, &dev, settings, Some(kept));
    let dev_scores = first.dev_scores.iter().chain(&second.dev_scores).copied().collect();
    let features_learnt = first.perceptron.hashes.len();
    // Passes are numbered across both rounds.
    let (best, passes_before) = if second.score >= first.score { (second, settings.epochs) } else { (first, 0) };
    Trained { bytes: best.bytes, dev_scores, epoch: passes_before + best.epoch, features_learnt }
}

/// One round of training: its passes, and the best of them on the dev data.
struct Round {
    perceptron: Perceptron,
    dev_scores: Vec<f64>,
    score: f64,
    epoch: usize,
    bytes: Vec<u8>,
}

impl Round {
    fn run(
        task: Task<'_>,
        labels: &[String],
        lexicon: &Lexicon,
        train: &[Vec<Prepared>],
        dev: &[Vec<Prepared>],
        settings: Settings,
        allowed: Option<FxHashSet<u32>>,
    ) -> Round {
        let mut p = Perceptron::new(labels.len());
        p.allowed = allowed;
        let mut shuffler = Shuffler(settings.seed.max(1));
        let mut order: Vec<(usize, usize)> = match task {
            // Parts of speech: sentences in any order. Entities: documents, sentences in order.
            Task::Pos => train.iter().enumerate().flat_map(|(d, doc)| (0..doc.len()).map(move |s| (d, s))).collect(),
            Task::Entities { .. } => (0..train.len()).map(|d| (d, usize::MAX)).collect(),
        };
        let mut features = Vec::new();
        let mut scores = vec![0; labels.len()];
        let mut kept: Option<(f64, usize, Vec<u8>)> = None;
        let mut dev_scores = Vec::new();
        for epoch in 1..=settings.epochs {
            shuffler.shuffle(&mut order);
            for &(d, s) in &order {
                let sentences = if s == usize::MAX { &train[d][..] } else { std::slice::from_ref(&train[d][s]) };
                let mut memory = Memory::default();
                for sentence in sentences {
                    let mut previous = [START; 2];
                    for i in 0..sentence.gold.len() {
                        match task {
                            Task::Pos => features::pos(&sentence.facts, &sentence.classes, i, previous, &mut features),
                            Task::Entities { .. } => {
                                let earlier = memory.earlier(&sentence.facts[i]);
                                features::entity(&sentence.facts, &sentence.pos, i, previous, earlier, &mut features)
                            }
                        }
                        p.now += 1;
                        p.scores(&features, &mut scores);
                        // Training compares all tags: were the "inside" tags masked after a wrong
                        // guess, a gold one could never win and its weights would grow without end.
                        let guess = best(&scores, |_| true);
                        let gold = usize::from(sentence.gold[i]);
                        if guess != gold {
                            p.update(&features, gold, guess);
                        }
                        if let Task::Entities { .. } = task {
                            memory.remember(&sentence.facts[i], EntityTag::from_index(guess as u8).unwrap_or_default());
                        }
                        previous = [guess as u8, previous[0]];
                    }
                }
            }
            let (scale, rows) = p.export(settings.max_features);
            let bytes = Weights::write(labels, scale, &rows, lexicon);
            let model = Weights::read(&bytes).expect("a model just written reads back");
            let score = evaluate(task, &model, dev);
            dev_scores.push(score);
            if kept.as_ref().is_none_or(|(best, _, _)| score > *best) {
                kept = Some((score, epoch, bytes));
            }
        }
        let (score, epoch, bytes) = kept.unwrap_or_default();
        Round { perceptron: p, dev_scores, score, epoch, bytes }
    }
}

/// Accuracy (parts of speech) or strict entity-level F1 (entities) of `model` on `corpus`.
fn evaluate(task: Task<'_>, model: &Weights, corpus: &[Vec<Prepared>]) -> f64 {
    let (mut correct, mut total) = (0, 0);
    let mut names = Counts::default();
    for doc in corpus {
        let mut memory = Memory::default();
        for s in doc {
            match task {
                Task::Pos => {
                    let tags = super::tag_pos(model, &s.facts);
                    total += tags.len();
                    correct += tags.iter().zip(&s.gold).filter(|(t, g)| **t as u8 == **g).count();
                }
                Task::Entities { .. } => {
                    let tags = super::tag_entities(model, &s.facts, &s.pos, &mut memory);
                    let guessed: Vec<u8> = tags.iter().map(|&t| t as u8).collect();
                    let (gold, guessed) = (spans(&s.gold), spans(&guessed));
                    let tp = guessed.iter().filter(|g| gold.contains(g)).count();
                    names = names + Counts { tp, fp: guessed.len() - tp, fn_: gold.len() - tp };
                }
            }
        }
    }
    match task {
        Task::Pos => correct as f64 / total.max(1) as f64,
        Task::Entities { .. } => names.prf().2,
    }
}

/// The names in a sequence of IOB2 tag numbers: `(first word, end, kind)`.
pub fn spans(tags: &[u8]) -> Vec<(usize, usize, u8)> {
    let mut out: Vec<(usize, usize, u8)> = Vec::new();
    for (i, &t) in tags.iter().enumerate() {
        let tag = EntityTag::from_index(t).unwrap_or_default();
        match tag.kind() {
            None => {}
            Some(kind) if !tag.begins() && out.last().is_some_and(|&(_, end, k)| end == i && k == kind as u8) => {
                if let Some(last) = out.last_mut() {
                    last.1 = i + 1;
                }
            }
            Some(kind) => out.push((i, i + 1, kind as u8)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conllu_words_skip_ranges_and_empty_nodes() {
        let text = "# newdoc id = a\n# text = Don't go.\n1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tDo\tdo\tAUX\t_\t_\t3\taux\t_\t_\n2\tn't\tnot\tPART\t_\t_\t3\tadvmod\t_\t_\n3\tgo\tgo\tVERB\t_\t_\t0\troot\t_\t_\n3.1\tgo\tgo\tVERB\t_\t_\t_\t_\t_\t_\n4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_\n\n";
        let corpus = read_conllu(text).unwrap();
        assert_eq!(corpus.len(), 1);
        assert_eq!(corpus[0][0].words, vec!["Do", "n't", "go", "."]);
        assert_eq!(corpus[0][0].tags, vec![Upos::Aux as u8, Upos::Part as u8, Upos::Verb as u8, Upos::Punct as u8]);
        assert!(read_conllu("1\tDo\tdo\tAUX\n").is_err());
    }

    #[test]
    fn iob1_tags_are_read_as_iob2_and_documents_split() {
        let text = "-DOCSTART- -X- O O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP I-MISC\n\n-DOCSTART- -X- O O\n\nPeter NNP B-NP I-PER\nBlackburn NNP I-NP I-PER\n\n";
        let corpus = read_iob(text).unwrap();
        assert_eq!(corpus.len(), 2);
        let b = |t: EntityTag| t as u8;
        assert_eq!(corpus[0][0].tags, vec![b(EntityTag::BeginOrg), b(EntityTag::O), b(EntityTag::BeginMisc)]);
        assert_eq!(corpus[1][0].tags, vec![b(EntityTag::BeginPerson), b(EntityTag::InPerson)]);
        assert_eq!(spans(&corpus[1][0].tags), vec![(0, 2, 0)]);
    }

    #[test]
    fn a_file_with_an_index_first_is_refused() {
        let text = "0\tParis\tB-LOC\n1\test\tO\n2\tbelle\tO\n\n";
        let e = read_iob(text).unwrap_err();
        assert!(e.reason.contains("index"), "{e}");
    }

    #[test]
    fn the_shuffle_is_fixed_by_its_seed() {
        let mut a: Vec<u32> = (0..50).collect();
        let mut b = a.clone();
        Shuffler(7).shuffle(&mut a);
        Shuffler(7).shuffle(&mut b);
        assert_eq!(a, b);
        assert_ne!(a, (0..50).collect::<Vec<_>>());
    }
}
