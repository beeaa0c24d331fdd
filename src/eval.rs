//! Evaluation against annotated corpora: CoNLL named-entity files scored at entity level.

use crate::model::EntityType;
use crate::{analyse, Options};
use std::collections::{BTreeMap, HashSet};

/// One document of a CoNLL file, rebuilt as text with its gold entity spans (byte offsets).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConllDocument {
    /// Tokens joined by spaces, sentences by newlines.
    pub text: String,
    /// `(start, end, type)` of each gold entity; types as in the file (PER, ORG, LOC, MISC).
    pub entities: Vec<(usize, usize, String)>,
}

/// Parses CoNLL (token first, IOB1 or IOB2 tag last; blank lines end sentences;
/// `-DOCSTART-` lines start documents).
pub fn parse_conll(input: &str) -> Vec<ConllDocument> {
    let mut docs = Vec::new();
    let mut text = String::new();
    let mut entities = Vec::new();
    let mut open: Option<(usize, usize, String)> = None;
    let mut at_sentence_start = true;
    let close = |open: &mut Option<(usize, usize, String)>, entities: &mut Vec<(usize, usize, String)>| {
        if let Some(e) = open.take() {
            entities.push(e);
        }
    };
    for line in input.lines() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.first() == Some(&"-DOCSTART-") {
            close(&mut open, &mut entities);
            if !text.trim().is_empty() {
                docs.push(ConllDocument { text: std::mem::take(&mut text), entities: std::mem::take(&mut entities) });
            }
            text.clear();
            entities.clear();
            at_sentence_start = true;
            continue;
        }
        if cols.is_empty() {
            close(&mut open, &mut entities);
            if !at_sentence_start {
                text.push('\n');
            }
            at_sentence_start = true;
            continue;
        }
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
    close(&mut open, &mut entities);
    if !text.trim().is_empty() {
        docs.push(ConllDocument { text, entities });
    }
    docs
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

impl Counts {
    /// Precision, recall and F1 (0 where undefined).
    pub fn prf(self) -> (f64, f64, f64) {
        let p = if self.tp + self.fp == 0 { 0.0 } else { self.tp as f64 / (self.tp + self.fp) as f64 };
        let r = if self.tp + self.fn_ == 0 { 0.0 } else { self.tp as f64 / (self.tp + self.fn_) as f64 };
        let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        (p, r, f)
    }
}

/// Entity-level strict scores per CoNLL type, and overall under the key `ALL`.
pub fn score_ner(docs: &[ConllDocument], options: &Options) -> BTreeMap<String, Counts> {
    let mut scores: BTreeMap<String, Counts> = BTreeMap::new();
    for d in docs {
        let Ok(doc) = analyse(&d.text, options) else {
            continue;
        };
        let mut predicted: HashSet<(usize, usize, String)> = HashSet::new();
        for e in &doc.entities {
            for m in &e.mentions {
                let (start, end) = (doc.normalised.start_to_original(m.start), doc.normalised.end_to_original(m.end));
                predicted.insert((start, end, conll_type(e.entity_type).to_string()));
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
    let all =
        scores.values().fold(Counts::default(), |a, c| Counts { tp: a.tp + c.tp, fp: a.fp + c.fp, fn_: a.fn_ + c.fn_ });
    scores.insert("ALL".into(), all);
    scores
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

/// Scores reportage's times against TimeML documents, each anchored at its DCT.
pub fn score_time(docs: &[TimemlDocument]) -> TimeScores {
    let mut s = TimeScores::default();
    for d in docs {
        // A DCT's value may carry more than a date ("1998-02-06TMO"): its date part anchors.
        let document_date = d.dct.as_deref().and_then(|v| v.get(..10)).and_then(crate::Date::parse_iso);
        let options = Options { document_date, ..Options::default() };
        let Ok(doc) = analyse(&d.text, &options) else {
            continue;
        };
        let predicted: Vec<(usize, usize, &str)> = doc
            .times
            .iter()
            .map(|t| {
                (
                    doc.normalised.start_to_original(t.span.start),
                    doc.normalised.end_to_original(t.span.end),
                    t.value.as_str(),
                )
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
        let docs = parse_conll(input);
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
        let docs = parse_conll("Clashes O\nerupted O\nin O\nSyria B-LOC\nand O\nTurkey B-LOC\n.\tO\n");
        let s = score_ner(&docs, &Options::default());
        assert_eq!(s["LOC"], Counts { tp: 2, fp: 0, fn_: 0 });
        assert_eq!(s["ALL"].prf().2, 1.0);
    }
}
