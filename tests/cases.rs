//! Extraction cases kept as data: every `tests/cases/**/NAME.txt` is extracted and compared
//! with `NAME.expect.json`.
//!
//! The expectation is a subset of the output: objects list only the keys that matter;
//! arrays match element by element and must have the same length; `{"$len": N}` checks an
//! array's length only; `{"$contains": [...]}` asks that each listed item match some element.
//! An optional top-level `"options"` object sets `language` and `document_date`.
//! Every case is also run in each offset unit to check that all spans slice back.
//!
//! A report with a gold file instead (`tests/cases/reports/**/NAME.gold.json`) is a
//! development report: it is scored, not matched (see `tests/reports.rs`), and here only its
//! spans are checked in every unit.

mod common;

use common::check_spans;
use reportage::{extract, OffsetUnit, Options};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn cases(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("cases directory") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            cases(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
}

/// Differences between `expected` and `actual`, as `path: message` lines.
fn compare(expected: &Value, actual: &Value, path: &str, errors: &mut Vec<String>) {
    match (expected, actual) {
        (Value::Object(e), Value::Array(a)) if e.contains_key("$len") || e.contains_key("$contains") => {
            if let Some(n) = e.get("$len") {
                if n.as_u64() != Some(a.len() as u64) {
                    errors.push(format!("{path}: expected {n} items, got {}: {actual}", a.len()));
                }
            }
            for want in e.get("$contains").and_then(Value::as_array).into_iter().flatten() {
                let found = a.iter().any(|item| {
                    let mut errs = Vec::new();
                    compare(want, item, path, &mut errs);
                    errs.is_empty()
                });
                if !found {
                    errors.push(format!("{path}: no item matches {want}"));
                }
            }
        }
        (Value::Object(e), Value::Object(a)) => {
            for (key, want) in e {
                match a.get(key) {
                    Some(got) => compare(want, got, &format!("{path}.{key}"), errors),
                    None => errors.push(format!("{path}.{key}: missing")),
                }
            }
        }
        (Value::Array(e), Value::Array(a)) => {
            if e.len() != a.len() {
                errors.push(format!("{path}: expected {} items, got {}: {actual}", e.len(), a.len()));
            }
            for (i, (want, got)) in e.iter().zip(a).enumerate() {
                compare(want, got, &format!("{path}[{i}]"), errors);
            }
        }
        (e, a) if e == a => {}
        (e, a) => errors.push(format!("{path}: expected {e}, got {a}")),
    }
}

#[test]
fn extraction_cases_match_their_expectations() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files = Vec::new();
    cases(&root, &mut files);
    files.sort();
    assert!(!files.is_empty(), "no cases under {}", root.display());
    let mut failures = Vec::new();
    for txt in &files {
        let input = std::fs::read_to_string(txt).expect("case text");
        let expect_path = txt.with_extension("expect.json");
        let expected: Value = match std::fs::read_to_string(&expect_path) {
            Ok(text) => serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", expect_path.display())),
            Err(_) if txt.with_extension("gold.json").exists() => Value::Object(serde_json::Map::new()),
            Err(e) => panic!("{}: {e}", expect_path.display()),
        };
        let mut options = Options::default();
        if let Some(o) = expected.get("options") {
            if let Some(l) = o.get("language").and_then(Value::as_str) {
                options.set_language(l).unwrap();
            }
            if let Some(d) = o.get("document_date").and_then(Value::as_str) {
                options.set_document_date(d).unwrap();
            }
        }
        let mut errors = Vec::new();
        for unit in [OffsetUnit::Utf8, OffsetUnit::Utf16, OffsetUnit::Codepoint] {
            options.offsets = unit;
            let actual = serde_json::to_value(extract(&input, &options).expect("extract")).unwrap();
            if check_spans(&input, unit, &actual, &mut errors) == 0 {
                errors.push("no span in the output".into());
            }
            if unit == OffsetUnit::Utf8 {
                let mut wanted = expected.clone();
                if let Value::Object(m) = &mut wanted {
                    m.remove("options");
                }
                compare(&wanted, &actual, "", &mut errors);
            }
        }
        if !errors.is_empty() {
            failures.push(format!("{}:\n  {}", txt.strip_prefix(&root).unwrap().display(), errors.join("\n  ")));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), files.len(), failures.join("\n"));
}
