//! Evaluation against annotated corpora: CoNLL named-entity files scored at entity level,
//! TimeML files scored on their TIMEX3s, and treebank sentences scored on their parts of speech;
//! reports with a gold file scored fact by fact ([`reports`]).

pub mod reports;

use crate::model::{EntityType, Meaning, Span, Upos};
use crate::{analyse, Language, Options};
use std::collections::{BTreeMap, HashSet};

/// One document of a CoNLL file, rebuilt as text with its gold entity spans (byte offsets).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConllDocument {
    /// Tokens joined by spaces, sentences by newlines.
    pub text: String,
    /// `(start, end, type)` of each gold entity; types as in the file (PER, ORG, LOC, MISC).
    pub entities: Vec<(usize, usize, String)>,
}

/// Why an evaluation file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// The line (from 1) the problem is on.
    pub line: usize,
    /// What was wrong.
    pub reason: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

/// Parses CoNLL (token first, IOB1 or IOB2 tag last; blank lines end sentences;
/// `-DOCSTART-` lines start documents).
///
/// A file whose first column is a word index rather than the token (`0\tParis\tB-LOC`) is
/// refused: read as tokens, its numbers would be scored as the text. A sentence of at least
/// three lines, each with at least three columns and a number first, is taken for such a file.
pub fn parse_conll(input: &str) -> Result<Vec<ConllDocument>, ParseError> {
    let mut docs = Vec::new();
    let mut text = String::new();
    let mut entities = Vec::new();
    let mut open: Option<(usize, usize, String)> = None;
    let mut at_sentence_start = true;
    // The current sentence: its first line, its number of lines, and how many start with an index.
    let (mut first_line, mut lines, mut numbered) = (0, 0, 0);
    let close = |open: &mut Option<(usize, usize, String)>, entities: &mut Vec<(usize, usize, String)>| {
        if let Some(e) = open.take() {
            entities.push(e);
        }
    };
    let check = |first_line: usize, lines: usize, numbered: usize| {
        if lines >= 3 && numbered == lines {
            return Err(ParseError {
                line: first_line,
                reason: "the first column is a word index, not the token: give the token first".into(),
            });
        }
        Ok(())
    };
    for (n, line) in input.lines().enumerate() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.is_empty() || cols[0] == "-DOCSTART-" {
            check(first_line, lines, numbered)?;
            (lines, numbered) = (0, 0);
            close(&mut open, &mut entities);
        }
        if cols.first() == Some(&"-DOCSTART-") {
            if !text.trim().is_empty() {
                docs.push(ConllDocument { text: std::mem::take(&mut text), entities: std::mem::take(&mut entities) });
            }
            text.clear();
            entities.clear();
            at_sentence_start = true;
            continue;
        }
        if cols.is_empty() {
            if !at_sentence_start {
                text.push('\n');
            }
            at_sentence_start = true;
            continue;
        }
        if lines == 0 {
            first_line = n + 1;
        }
        lines += 1;
        numbered += usize::from(crate::tagger::train::is_word_index(cols[0], lines - 1, cols.len()));
        let (token, tag) = (cols[0], *cols.last().unwrap_or(&"O"));
        if !at_sentence_start {
            text.push(' ');
        }
        at_sentence_start = false;
        let start = text.len();
        text.push_str(token);
        let end = text.len();
        let (prefix, kind) = tag.split_once('-').unwrap_or((tag, ""));
        match (prefix, &mut open) {
            ("I", Some((_, e, t))) if t == kind => *e = end,
            ("I" | "B", _) => {
                close(&mut open, &mut entities);
                open = Some((start, end, kind.to_string()));
            }
            _ => close(&mut open, &mut entities),
        }
    }
    check(first_line, lines, numbered)?;
    close(&mut open, &mut entities);
    if !text.trim().is_empty() {
        docs.push(ConllDocument { text, entities });
    }
    Ok(docs)
}

/// The CoNLL type reportage's type is scored as.
pub fn conll_type(t: EntityType) -> &'static str {
    match t {
        EntityType::Person => "PER",
        EntityType::Org => "ORG",
        EntityType::Gpe | EntityType::Loc => "LOC",
        EntityType::Norp | EntityType::Misc => "MISC",
    }
}

/// True positives, false positives and false negatives of one type.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Predicted and gold.
    pub tp: usize,
    /// Predicted, not gold.
    pub fp: usize,
    /// Gold, not predicted.
    pub fn_: usize,
}

impl std::ops::Add for Counts {
    type Output = Counts;

    fn add(self, other: Counts) -> Counts {
        Counts { tp: self.tp + other.tp, fp: self.fp + other.fp, fn_: self.fn_ + other.fn_ }
    }
}

impl std::iter::Sum for Counts {
    fn sum<I: Iterator<Item = Counts>>(counts: I) -> Counts {
        counts.fold(Counts::default(), |a, c| a + c)
    }
}

impl Counts {
    /// Precision, recall and F1 (0 where undefined).
    pub fn prf(self) -> (f64, f64, f64) {
        let p = if self.tp + self.fp == 0 { 0.0 } else { self.tp as f64 / (self.tp + self.fp) as f64 };
        let r = if self.tp + self.fn_ == 0 { 0.0 } else { self.tp as f64 / (self.tp + self.fn_) as f64 };
        let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        (p, r, f)
    }
}

/// Entity-level strict scores per CoNLL type, and overall under the key `ALL`. A document
/// that cannot be analysed (over the size limit) predicts nothing: its gold entities are misses.
pub fn score_ner(docs: &[ConllDocument], options: &Options) -> BTreeMap<String, Counts> {
    let mut scores: BTreeMap<String, Counts> = BTreeMap::new();
    for d in docs {
        let mut predicted: HashSet<(usize, usize, String)> = HashSet::new();
        if let Ok(doc) = analyse(&d.text, options) {
            for e in &doc.entities {
                // Groups named by common nouns ("rebels") and areas led by a direction
                // ("northern Iraq") are not names, and CoNLL does not annotate them: they are not
                // scored. Names that open in lower case ("mer Rouge", "al-Aqsa") are.
                let common = |m: &Span| {
                    let first = doc.tokens_in(*m).first();
                    m.of(doc.text()).starts_with(char::is_lowercase)
                        && (e.entity_type == EntityType::Norp || first.is_some_and(|t| t.means(Meaning::Direction)))
                };
                for m in e.mentions.iter().filter(|m| !common(m)) {
                    let (start, end) =
                        (doc.normalised.start_to_original(m.start), doc.normalised.end_to_original(m.end));
                    predicted.insert((start, end, conll_type(e.entity_type).to_string()));
                }
            }
        }
        let gold: HashSet<(usize, usize, String)> = d.entities.iter().cloned().collect();
        for g in &gold {
            let c = scores.entry(g.2.clone()).or_default();
            if predicted.contains(g) {
                c.tp += 1;
            } else {
                c.fn_ += 1;
            }
        }
        for p in predicted.difference(&gold) {
            scores.entry(p.2.clone()).or_default().fp += 1;
        }
    }
    let all = scores.values().copied().sum();
    scores.insert("ALL".into(), all);
    scores
}

/// Part-of-speech scores of tagged words against gold tags. Per tag (by its label, "NOUN"):
/// `tp` the words of that tag given it, `fn_` the words of that tag given another, `fp` the
/// words of another tag given it; so `tp + fn_` words have the tag in the gold data and
/// `tp + fp` were given it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PosScores {
    /// Counts per tag, in the order of the labels.
    pub tags: BTreeMap<&'static str, Counts>,
    /// Words given their gold tag.
    pub correct: usize,
    /// Words scored.
    pub total: usize,
}

impl PosScores {
    /// Adds one sentence: its gold tags and the tags predicted for the same words. A word
    /// without a prediction (a shorter `predicted`) is a miss.
    pub fn add(&mut self, gold: &[Upos], predicted: &[Upos]) {
        for (i, &g) in gold.iter().enumerate() {
            self.total += 1;
            match predicted.get(i) {
                Some(&p) if p == g => {
                    self.correct += 1;
                    self.tags.entry(g.label()).or_default().tp += 1;
                }
                p => {
                    self.tags.entry(g.label()).or_default().fn_ += 1;
                    if let Some(p) = p {
                        self.tags.entry(p.label()).or_default().fp += 1;
                    }
                }
            }
        }
    }

    /// The share of words given their gold tag (0 with no words).
    pub fn accuracy(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.correct as f64 / self.total as f64
        }
    }
}

/// Tags the words of each sentence with `tag` and scores the tags against the sentence's gold
/// tags. `reportage-eval pos` tags with [`crate::tagger::pos_of_words`] in one language.
pub fn score_pos(sentences: &[(Vec<String>, Vec<Upos>)], mut tag: impl FnMut(&[&str]) -> Vec<Upos>) -> PosScores {
    let mut scores = PosScores::default();
    for (words, gold) in sentences {
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        scores.add(gold, &tag(&words));
    }
    scores
}

/// [`score_pos`] with the part-of-speech tagger of `language`.
pub fn score_pos_in(language: Language, sentences: &[(Vec<String>, Vec<Upos>)]) -> PosScores {
    score_pos(sentences, |words| crate::tagger::pos_of_words(language, words))
}

/// One TimeML document: its text without tags, its creation date, and its gold TIMEX3s.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimemlDocument {
    /// The text inside `<TEXT>`, tags removed, entities (`&amp;`...) decoded.
    pub text: String,
    /// The document creation time (`<DCT>`), `YYYY-MM-DD`.
    pub dct: Option<String>,
    /// `(start, end, type, value)` of each gold TIMEX3, byte offsets in `text`.
    pub timexes: Vec<(usize, usize, String, String)>,
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let key = format!("{name}=\"");
    let i = tag.find(&key)? + key.len();
    let j = tag[i..].find('"')? + i;
    Some(tag[i..j].to_string())
}

fn decode_entities(s: &str) -> String {
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
}

/// Parses a TempEval-3 style TimeML file.
pub fn parse_timeml(input: &str) -> TimemlDocument {
    let dct = input
        .find("<DCT>")
        .and_then(|i| input[i..].find("<TIMEX3").map(|j| i + j))
        .and_then(|i| input[i..].find('>').map(|j| &input[i..i + j]))
        .and_then(|tag| attribute(tag, "value"))
        .map(|v| v.chars().take(10).collect());
    let body_start = input.find("<TEXT>").map_or(0, |i| i + "<TEXT>".len());
    let body_end = input.find("</TEXT>").unwrap_or(input.len());
    let body = &input[body_start..body_end.max(body_start)];
    let mut text = String::new();
    let mut timexes = Vec::new();
    let mut open: Option<(usize, String, String)> = None;
    let mut rest = body;
    while let Some(lt) = rest.find('<') {
        text.push_str(&decode_entities(&rest[..lt]));
        let Some(gt) = rest[lt..].find('>') else {
            break;
        };
        let tag = &rest[lt..lt + gt + 1];
        if tag.starts_with("<TIMEX3") {
            open = Some((
                text.len(),
                attribute(tag, "type").unwrap_or_default(),
                attribute(tag, "value").unwrap_or_default(),
            ));
        } else if tag.starts_with("</TIMEX3") {
            if let Some((start, t, v)) = open.take() {
                timexes.push((start, text.len(), t, v));
            }
        }
        rest = &rest[lt + gt + 1..];
    }
    text.push_str(&decode_entities(rest));
    TimemlDocument { text, dct, timexes }
}

/// TimeML scores: extents matched strictly and with overlap, and values of matched extents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TimeScores {
    /// Exact extent matches.
    pub strict: Counts,
    /// Overlapping extent matches.
    pub relaxed: Counts,
    /// Gold expressions matched (relaxed) with the right value.
    pub value_correct: usize,
    /// Gold expressions matched (relaxed).
    pub value_total: usize,
}

/// Scores reportage's times against TimeML documents, each anchored at its DCT. A document
/// that cannot be analysed predicts nothing: its gold expressions are misses.
pub fn score_time(docs: &[TimemlDocument]) -> TimeScores {
    let mut s = TimeScores::default();
    for d in docs {
        // A DCT's value may carry more than a date ("1998-02-06TMO"): its date part anchors.
        let document_date = d.dct.as_deref().and_then(|v| v.get(..10)).and_then(crate::Date::parse_iso);
        let options = Options { document_date, ..Options::default() };
        // A document that cannot be analysed predicts nothing: its gold expressions are misses.
        let analysed = analyse(&d.text, &options).ok();
        let predicted: Vec<(usize, usize, &str)> = analysed
            .iter()
            .flat_map(|doc| {
                doc.times.iter().map(|t| {
                    (
                        doc.normalised.start_to_original(t.span.start),
                        doc.normalised.end_to_original(t.span.end),
                        t.value.as_str(),
                    )
                })
            })
            .collect();
        for &(gs, ge, _, ref gv) in &d.timexes {
            if predicted.iter().any(|p| p.0 == gs && p.1 == ge) {
                s.strict.tp += 1;
            } else {
                s.strict.fn_ += 1;
            }
            match predicted.iter().find(|p| p.0 < ge && gs < p.1) {
                Some(p) => {
                    s.relaxed.tp += 1;
                    s.value_total += 1;
                    if p.2 == gv {
                        s.value_correct += 1;
                    }
                }
                None => s.relaxed.fn_ += 1,
            }
        }
        for p in &predicted {
            if !d.timexes.iter().any(|g| g.0 == p.0 && g.1 == p.1) {
                s.strict.fp += 1;
            }
            if !d.timexes.iter().any(|g| p.0 < g.1 && g.0 < p.1) {
                s.relaxed.fp += 1;
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_iob1_and_iob2_with_documents() {
        let input = "-DOCSTART- -X- O O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP B-MISC\ncall NN I-NP O\n\n-DOCSTART-\n\nPeter B-PER\nBlackburn I-PER\n";
        let docs = parse_conll(input).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].text, "EU rejects German call\n");
        assert_eq!(docs[0].entities, vec![(0, 2, "ORG".into()), (11, 17, "MISC".into())]);
        assert_eq!(docs[1].entities, vec![(0, 15, "PER".into())]);
    }

    #[test]
    fn reads_timeml_with_its_creation_date() {
        let input = "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-03-14\" functionInDocument=\"CREATION_TIME\">March 14, 2025</TIMEX3></DCT><TEXT>Talks failed on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-03-11\">Tuesday</TIMEX3> &amp; resumed.</TEXT></TimeML>";
        let d = parse_timeml(input);
        assert_eq!(d.dct.as_deref(), Some("2025-03-14"));
        assert_eq!(d.text, "Talks failed on Tuesday & resumed.");
        assert_eq!(d.timexes, vec![(16, 23, "DATE".into(), "2025-03-11".into())]);
        let s = score_time(&[d]);
        assert_eq!((s.strict.tp, s.value_correct), (1, 1));
    }

    #[test]
    fn strict_scores_count_exact_spans_and_types_only() {
        let docs = parse_conll("Clashes O\nerupted O\nin O\nSyria B-LOC\nand O\nTurkey B-LOC\n.\tO\n").unwrap();
        let s = score_ner(&docs, &Options::default());
        assert_eq!(s["LOC"], Counts { tp: 2, fp: 0, fn_: 0 });
        assert_eq!(s["ALL"].prf().2, 1.0);
    }

    #[test]
    fn a_conll_file_with_an_index_first_is_refused_at_the_sentence() {
        let input = "Fighting O O\nin O O\nAleppo O B-LOC\n\n0\tParis\tB-LOC\n1\test\tO\n2\tbelle\tO\n\n";
        let e = parse_conll(input).unwrap_err();
        assert_eq!(e.line, 5, "{e}");
        assert!(e.to_string().starts_with("line 5: the first column is a word index"), "{e}");
        // At the end of the file too, without a blank line after the sentence.
        assert_eq!(parse_conll("1 Paris B-LOC\n2 est O\n3 belle O").unwrap_err().line, 1);
    }

    #[test]
    fn numbers_as_tokens_are_not_taken_for_an_index() {
        // Two columns only: a number is a token with its tag.
        assert!(parse_conll("12 O\n13 O\n14 O\n").is_ok());
        // Fewer than three lines.
        assert!(parse_conll("12 CD O\n000 CD O\n").is_ok());
        // Some lines start with a word.
        let docs = parse_conll("12 CD O\ncivilians NNS O\n3 CD O\n").unwrap();
        assert_eq!(docs[0].text, "12 civilians 3");
        // A sentence of numbers out of order: a results table, not an index.
        assert!(parse_conll("3 CD I-NP O\n1 CD I-NP O\n2 CD I-NP O\n").is_ok());
    }

    #[test]
    fn a_document_that_cannot_be_analysed_misses_its_entities() {
        let docs = parse_conll("Clashes O\nin O\nSyria B-LOC\nand O\nTurkey B-LOC\n").unwrap();
        let too_small = Options { max_input_bytes: 5, ..Options::default() };
        let s = score_ner(&docs, &too_small);
        assert_eq!(s["LOC"], Counts { tp: 0, fp: 0, fn_: 2 });
        assert_eq!(s["ALL"], Counts { tp: 0, fp: 0, fn_: 2 });
    }

    fn sentence(words: &str, tags: &[Upos]) -> (Vec<String>, Vec<Upos>) {
        (words.split(' ').map(String::from).collect(), tags.to_vec())
    }

    #[test]
    fn pos_scores_count_gold_predicted_and_correct_per_tag() {
        use Upos::*;
        let sentences = [
            sentence("The army shelled Aleppo .", &[Det, Noun, Verb, Propn, Punct]),
            sentence("Rebels fled", &[Noun, Verb]),
        ];
        // A tagger that calls every capitalised word a proper noun and "." punctuation.
        let tagger = |words: &[&str]| -> Vec<Upos> {
            words
                .iter()
                .map(|&w| match w {
                    w if w.starts_with(char::is_uppercase) => Propn,
                    "." => Punct,
                    _ => Verb,
                })
                .collect()
        };
        let s = score_pos(&sentences, tagger);
        assert_eq!((s.correct, s.total), (4, 7));
        assert!((s.accuracy() - 4.0 / 7.0).abs() < 1e-12);
        assert_eq!(s.tags["PROPN"], Counts { tp: 1, fp: 2, fn_: 0 });
        assert_eq!(s.tags["DET"], Counts { tp: 0, fp: 0, fn_: 1 });
        assert_eq!(s.tags["NOUN"], Counts { tp: 0, fp: 0, fn_: 2 });
        assert_eq!(s.tags["VERB"], Counts { tp: 2, fp: 1, fn_: 0 });
        assert_eq!(s.tags["PUNCT"], Counts { tp: 1, fp: 0, fn_: 0 });
        // Gold counts add up to the words, predicted counts too.
        assert_eq!(s.tags.values().map(|c| c.tp + c.fn_).sum::<usize>(), 7);
        assert_eq!(s.tags.values().map(|c| c.tp + c.fp).sum::<usize>(), 7);
        let (p, r, f) = s.tags["PROPN"].prf();
        assert_eq!((p, r), (1.0 / 3.0, 1.0));
        assert!((f - 0.5).abs() < 1e-12);
    }

    #[test]
    fn a_word_without_a_predicted_tag_is_a_miss() {
        let mut s = PosScores::default();
        s.add(&[Upos::Noun, Upos::Punct], &[Upos::Noun]);
        assert_eq!((s.correct, s.total), (1, 2));
        assert_eq!(s.tags["PUNCT"], Counts { tp: 0, fp: 0, fn_: 1 });
        assert_eq!(PosScores::default().accuracy(), 0.0);
    }

    #[test]
    fn pos_scores_with_the_shipped_tagger() {
        use Upos::*;
        let en = crate::lang::find("en").unwrap();
        let s = score_pos_in(en, &[sentence("The army shelled the city .", &[Det, Noun, Verb, Det, Noun, Punct])]);
        assert_eq!(s.total, 6);
        assert_eq!(s.tags["DET"].tp, 2);
        assert_eq!(s.tags["PUNCT"].tp, 1);
    }
}
