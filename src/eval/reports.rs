//! Scoring on reports with a gold file (`NAME.txt` beside `NAME.gold.json`): events, casualty
//! figures, quote speakers, attributions and times, each as "right of all gold items", so that
//! a missed item counts against every figure.
//!
//! The gold format is documented in `tests/cases/reports/README.md`.

use serde_json::Value;
use std::fmt;

/// Right answers out of all gold items.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Items right.
    pub right: usize,
    /// All items.
    pub total: usize,
}

impl Tally {
    fn add(&mut self, right: bool) {
        self.total += 1;
        self.right += usize::from(right);
    }

    /// The share right, 0 when there is nothing to count.
    pub fn rate(self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.right as f64 / self.total as f64
        }
    }
}

impl std::ops::Add for Tally {
    type Output = Tally;
    fn add(self, o: Tally) -> Tally {
        Tally { right: self.right + o.right, total: self.total + o.total }
    }
}

impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:5.1} % ({}/{})", 100.0 * self.rate(), self.right, self.total)
    }
}

/// Declares [`ReportScores`] from one list of its figures, each with its doc line and its name
/// in tables, so that the struct, its sum and its rows cannot drift apart.
macro_rules! report_scores {
    ($($(#[$doc:meta])* $field:ident: $name:literal,)*) => {
        /// Every figure of one report or of a set.
        #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
        pub struct ReportScores {
            $($(#[$doc])* pub $field: Tally,)*
        }

        impl std::ops::Add for ReportScores {
            type Output = ReportScores;
            fn add(self, o: ReportScores) -> ReportScores {
                ReportScores { $($field: self.$field + o.$field,)* }
            }
        }

        impl ReportScores {
            /// The figures as `(name, tally)` rows, in the order a table prints them.
            pub fn rows(&self) -> Vec<(&'static str, Tally)> {
                vec![$(($name, self.$field),)*]
            }
        }
    };
}

report_scores! {
    /// Gold events found (one predicted event naming one of their words).
    events_found: "events found",
    /// Predicted events that are gold events.
    events_precise: "events precise",
    /// The same, leaving out the events the library tells as history beside the report's
    /// incident, which the gold leaves out too (matched ones still count).
    incident_events_precise: "incident events precise",
    /// Gold events found with the right event type.
    event_type: "event type right",
    /// Gold events found with the right sub-event type.
    event_sub_type: "event sub-type right",
    /// Gold events found with the right date (or rightly none).
    event_date: "event date right",
    /// Gold events found with the right place (or rightly none).
    event_location: "event location right",
    /// Gold events found with the right fatalities (or rightly none).
    event_fatalities: "event fatalities linked",
    /// Gold casualty figures found (same kind of harm, same value).
    casualties_found: "casualty figures found",
    /// Predicted casualty figures that are gold ones.
    casualties_precise: "casualty figures precise",
    /// The same, leaving out the figures the library tells as of an earlier incident, which
    /// the gold leaves out too (matched ones still count).
    incident_casualties_precise: "incident figures precise",
    /// Gold casualty figures with a source, found with that source.
    casualty_source: "casualty source right",
    /// Gold quotes found with the right speaker (or rightly none).
    quote_speaker: "quote speaker right",
    /// Gold attributions found with the right source.
    attribution_source: "attribution source right",
    /// Gold times found with the right value.
    time_value: "time value right",
}

fn str_of<'v>(v: &'v Value, key: &str) -> Option<&'v str> {
    v.get(key).and_then(Value::as_str)
}

/// The span of an output item: the item itself when it is `{start, end, text}`, else its
/// `text` (quotes, sources and times hold their span there).
fn span_of(v: &Value) -> &Value {
    match v.get("text") {
        Some(inner @ Value::Object(_)) => inner,
        _ => v,
    }
}

/// The words of an output span or of the item holding it.
fn text_of(v: &Value) -> &str {
    span_of(v).get("text").and_then(Value::as_str).unwrap_or("")
}

fn items<'v>(v: &'v Value, key: &str) -> &'v [Value] {
    v.get(key).and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

/// Lower case with curly apostrophes made straight and white space folded, for comparing names.
fn folded(s: &str) -> String {
    s.to_lowercase()
        .replace(['’', '\u{a0}', '\u{202f}'], " ")
        .replace("' ", "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether two phrases name the same thing: equal, or one inside the other.
fn same_phrase(a: &str, b: &str) -> bool {
    let (a, b) = (folded(a), folded(b));
    let strip = |s: &str| {
        let s =
            s.trim_start_matches("the ").trim_start_matches("le ").trim_start_matches("la ").trim_start_matches("les ");
        s.trim_start_matches("l'").to_string()
    };
    let (a, b) = (strip(&a), strip(&b));
    !a.is_empty() && !b.is_empty() && (a == b || a.contains(&b) || b.contains(&a))
}

/// The byte ranges where `needle` occurs in `text`.
fn occurrences(text: &str, needle: &str) -> Vec<(usize, usize)> {
    if needle.is_empty() {
        return Vec::new();
    }
    text.match_indices(needle).map(|(i, m)| (i, i + m.len())).collect()
}

/// Whether a span of the output (UTF-8 offsets) overlaps a byte range.
fn overlaps(span: &Value, (start, end): (usize, usize)) -> bool {
    let span = span_of(span);
    let s = span.get("start").and_then(Value::as_u64).unwrap_or(0) as usize;
    let e = span.get("end").and_then(Value::as_u64).unwrap_or(0) as usize;
    s < end && start < e
}

/// The names an output entity goes by: its name, aliases and the words of its mentions.
fn names_of<'v>(output: &'v Value, id: &str) -> Vec<&'v str> {
    let Some(e) = items(output, "entities").iter().find(|e| str_of(e, "id") == Some(id)) else { return Vec::new() };
    let mut names: Vec<&str> = str_of(e, "name").into_iter().collect();
    names.extend(items(e, "aliases").iter().filter_map(Value::as_str));
    names.extend(items(e, "mentions").iter().map(text_of));
    names
}

/// Whether a speaker or a source names `want`: by its words, its entity's names or the words
/// its pronoun stands for.
fn names(output: &Value, speaker: &Value, want: &str) -> bool {
    let named = str_of(speaker, "entity").map(|id| names_of(output, id)).unwrap_or_default();
    let antecedent = speaker.get("antecedent").filter(|a| !a.is_null()).map(text_of);
    same_phrase(text_of(speaker), want)
        || named.iter().any(|n| same_phrase(n, want))
        || antecedent.is_some_and(|a| same_phrase(a, want))
}

fn casualty_family(kind: &str) -> &str {
    match kind {
        "dead" => "killed",
        k => k,
    }
}

/// Scores one report: `text` as given to `extract`, its gold, and the output (offsets in UTF-8).
pub fn score_report(text: &str, gold: &Value, output: &Value) -> ReportScores {
    let mut s = ReportScores::default();
    score_events(text, gold, output, &mut s);
    score_casualties(gold, output, &mut s);
    // Quotes: the one whose words start as the gold's.
    for q in items(gold, "quotes") {
        // The gold's first words may keep the comma or stop that ends the quoted words inside
        // the marks ("“The water came so quickly,” he said"); the quote's words do not.
        let starts = folded(str_of(q, "starts").unwrap_or("")).trim_end_matches([',', '.', ';', ':']).to_string();
        let found = items(output, "quotes").iter().find(|p| {
            let t = folded(text_of(p));
            !starts.is_empty() && (t.starts_with(&starts) || t.contains(&starts))
        });
        let right = match (found, str_of(q, "speaker")) {
            (None, _) => false,
            (Some(p), None) => p.get("speaker").is_none_or(Value::is_null),
            (Some(p), Some(want)) => {
                p.get("speaker").filter(|v| !v.is_null()).is_some_and(|sp| names(output, sp, want))
            }
        };
        s.quote_speaker.add(right);
    }
    // Attributions: a claim holding the gold's first words, with a source naming the gold's.
    for a in items(gold, "attributions") {
        let starts = folded(str_of(a, "claim_starts").unwrap_or(""));
        let want = str_of(a, "source").unwrap_or("");
        let right = items(output, "attributions").iter().any(|p| {
            folded(text_of(&p["claim"])).contains(&starts)
                && items(p, "sources").iter().any(|src| names(output, src, want))
        });
        s.attribution_source.add(right);
    }
    // Times: one over the gold's words with the gold's value.
    for t in items(gold, "times") {
        let words = str_of(t, "text").unwrap_or("");
        let value = str_of(t, "value").unwrap_or("");
        let places = occurrences(text, words);
        let right = items(output, "times")
            .iter()
            .any(|p| str_of(p, "value") == Some(value) && places.iter().any(|&r| overlaps(p, r)));
        s.time_value.add(right);
    }
    s
}

fn score_events(text: &str, gold: &Value, output: &Value, s: &mut ReportScores) {
    let predicted = items(output, "events");
    let mut taken = vec![false; predicted.len()];
    for g in items(gold, "events") {
        let places: Vec<(usize, usize)> =
            items(g, "triggers").iter().filter_map(Value::as_str).flat_map(|t| occurrences(text, t)).collect();
        let by_words = predicted.iter().enumerate().position(|(i, p)| {
            !taken[i] && items(p, "mentions").iter().any(|m| places.iter().any(|&r| overlaps(m, r)))
        });
        // Else an event of the same sub-type at the same place.
        let found = by_words.or_else(|| {
            predicted.iter().enumerate().position(|(i, p)| {
                !taken[i] && str_of(p, "sub_type") == str_of(g, "sub_type") && location_right(p, g, output)
            })
        });
        s.events_found.add(found.is_some());
        let Some(i) = found else {
            for t in [
                &mut s.event_type,
                &mut s.event_sub_type,
                &mut s.event_date,
                &mut s.event_location,
                &mut s.event_fatalities,
            ] {
                t.add(false);
            }
            continue;
        };
        taken[i] = true;
        let p = &predicted[i];
        // ACLED leaves accidents and disasters out: the gold writes no type for them, which
        // our own types outside ACLED's ("Accidents", "Disasters") match.
        let outside_acled = str_of(g, "type").is_none() && NON_ACLED_TYPES.contains(&str_of(p, "type").unwrap_or(""));
        s.event_type.add(outside_acled || str_of(p, "type") == str_of(g, "type"));
        s.event_sub_type.add(outside_acled || str_of(p, "sub_type") == str_of(g, "sub_type"));
        let date = p.get("date").and_then(|d| str_of(d, "value"));
        s.event_date.add(match (date, str_of(g, "date")) {
            (None, None) => true,
            // The gold's value, or a finer one inside it: a day or a week of the gold's month.
            (Some(d), Some(want)) => {
                let prefix =
                    d.get(..want.len()) == Some(want) && (d.len() == want.len() || d.as_bytes()[want.len()] == b'T');
                let inside = match (crate::annotate::when::days_covered(d), crate::annotate::when::days_covered(want)) {
                    (Some((a, b)), Some((c, e))) => c <= a && b <= e,
                    _ => false,
                };
                prefix || inside
            }
            _ => false,
        });
        s.event_location.add(location_right(p, g, output));
        let fatalities = p.get("fatalities").and_then(|f| f.get("value")).and_then(Value::as_f64);
        let want = g.get("fatalities").and_then(Value::as_f64);
        s.event_fatalities.add(fatalities == want || fatalities.is_none() && want == Some(0.0));
    }
    for (taken, p) in taken.into_iter().zip(predicted.iter()) {
        s.events_precise.add(taken);
        if taken || !is_earlier(p) {
            s.incident_events_precise.add(taken);
        }
    }
}

/// Our event types for what ACLED does not record.
const NON_ACLED_TYPES: &[&str] = &["Accidents", "Disasters"];

/// Whether a predicted event's place is the gold's: the same name (or a name its entity goes
/// by), or both none.
fn location_right(p: &Value, g: &Value, output: &Value) -> bool {
    let want = str_of(g, "location");
    let got = p.get("location").filter(|l| !l.is_null());
    match (got, want) {
        (None, None) => true,
        (Some(l), Some(want)) => {
            let mut names: Vec<&str> = str_of(l, "name").into_iter().collect();
            if let Some(id) = str_of(l, "entity") {
                names.extend(names_of(output, id));
            }
            names.iter().any(|n| folded(n) == folded(want))
        }
        _ => false,
    }
}

fn score_casualties(gold: &Value, output: &Value, s: &mut ReportScores) {
    let predicted = items(output, "casualties");
    let mut taken = vec![false; predicted.len()];
    for g in items(gold, "casualties") {
        let kind = casualty_family(str_of(g, "kind").unwrap_or(""));
        let value = g.get("value").and_then(Value::as_f64);
        let found = predicted.iter().enumerate().position(|(i, p)| {
            !taken[i]
                && casualty_family(str_of(p, "kind").unwrap_or("")) == kind
                && p.get("count").and_then(|c| c.get("value")).and_then(Value::as_f64) == value
        });
        s.casualties_found.add(found.is_some());
        if let Some(i) = found {
            taken[i] = true;
        }
        if let Some(want) = str_of(g, "source") {
            let right =
                found.is_some_and(|i| items(&predicted[i], "sources").iter().any(|src| names(output, src, want)));
            s.casualty_source.add(right);
        }
    }
    for (taken, p) in taken.into_iter().zip(predicted.iter()) {
        s.casualties_precise.add(taken);
        // Figures the library tells as of an earlier incident, which the gold leaves out, are
        // not the incident's.
        if taken || !is_earlier(p) {
            s.incident_casualties_precise.add(taken);
        }
    }
}

/// Whether a predicted figure or event is told of an earlier incident than the report's.
fn is_earlier(item: &Value) -> bool {
    item.get("earlier").and_then(Value::as_bool).unwrap_or(false)
}

/// Why a report could not be scored.
#[derive(Debug)]
pub struct ReportError {
    /// The file at fault.
    pub path: std::path::PathBuf,
    /// What went wrong.
    pub message: String,
}

impl fmt::Display for ReportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

/// Extracts the report beside a gold file (`NAME.gold.json` → `NAME.txt`) with the default
/// options (the library finds the date and the language itself) and scores it; also returns
/// the language the library read.
pub fn score_file(gold_path: &std::path::Path) -> Result<(crate::Language, ReportScores), ReportError> {
    let err = |path: &std::path::Path, message: String| ReportError { path: path.to_path_buf(), message };
    let name = gold_path.to_string_lossy();
    let stem = name.strip_suffix(".gold.json").ok_or_else(|| err(gold_path, "not a .gold.json file".into()))?;
    let text_path = std::path::PathBuf::from(format!("{stem}.txt"));
    let gold_text = std::fs::read_to_string(gold_path).map_err(|e| err(gold_path, e.to_string()))?;
    let gold: Value = serde_json::from_str(&gold_text).map_err(|e| err(gold_path, e.to_string()))?;
    let text = std::fs::read_to_string(&text_path).map_err(|e| err(&text_path, e.to_string()))?;
    let extraction = crate::extract(&text, &crate::Options::default()).map_err(|e| err(&text_path, e.to_string()))?;
    let output = serde_json::to_value(&extraction).map_err(|e| err(&text_path, e.to_string()))?;
    Ok((extraction.language, score_report(&text, &gold, &output)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn scored(gold_type: Value, got_type: &str, got_sub_type: &str) -> ReportScores {
        let text = "A bus fell into a river on Monday.";
        let gold = json!({"events": [{"type": gold_type, "sub_type": gold_type, "triggers": ["fell"],
            "location": null, "date": null, "fatalities": null}]});
        let output = json!({"events": [{"type": got_type, "sub_type": got_sub_type,
            "mentions": [{"start": 6, "end": 10, "text": "fell"}]}]});
        score_report(text, &gold, &output)
    }

    #[test]
    fn an_event_acled_leaves_out_matches_our_types_outside_acled() {
        let s = scored(Value::Null, "Accidents", "Transport accident");
        assert_eq!((s.event_type.right, s.event_sub_type.right), (1, 1));
        let s = scored(Value::Null, "Battles", "Armed clash");
        assert_eq!((s.event_type.right, s.event_sub_type.right), (0, 0));
        let s = scored(json!("Battles"), "Accidents", "Transport accident");
        assert_eq!((s.event_type.right, s.event_sub_type.right), (0, 0));
    }
}
