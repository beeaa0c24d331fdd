//! Checks the extraction of every `*.gold.json` article under the shared evaluation data
//! (`../shared/eval`, or `$REPORTAGE_EVAL_DIR`). Skipped, with a note, where the data is absent.
//! The checks follow each gold file's own fields; this file knows nothing of any one article.

use reportage::{extract, Options};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn gold_files() -> Vec<PathBuf> {
    let dir = std::env::var_os("REPORTAGE_EVAL_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval"));
    let mut out = Vec::new();
    let mut stack = vec![dir];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.to_string_lossy().ends_with(".gold.json") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn text_of(v: &Value) -> Option<&str> {
    v.get("text").and_then(Value::as_str)
}

/// The article-layout part of a gold file: headline, standfirst, stamps, reading time,
/// captions with credits, body paragraphs and boilerplate.
fn check_article(gold: &Value, got: &Value, errors: &mut Vec<String>) {
    let (g, a) = (&gold["article"], &got["article"]);
    for key in ["headline", "standfirst"] {
        if let Some(want) = g.get(key).and_then(Value::as_str) {
            if text_of(&a[key]) != Some(want) {
                errors.push(format!("{key}: want {want:?}, got {}", a[key]));
            }
        }
    }
    for key in ["published", "updated"] {
        if let Some(want) = g.get(key).and_then(Value::as_str) {
            if a[key].get("value").and_then(Value::as_str) != Some(want) {
                errors.push(format!("{key}: want {want}, got {}", a[key]));
            }
        }
    }
    if let Some(want) = g.get("reading_time_minutes") {
        if &a["reading_time_minutes"] != want {
            errors.push(format!("reading_time_minutes: want {want}, got {}", a["reading_time_minutes"]));
        }
    }
    let captions = a["captions"].as_array().cloned().unwrap_or_default();
    for want in g["captions"].as_array().into_iter().flatten() {
        let prefix = want["text_starts_with"].as_str().unwrap_or("");
        let found = captions.iter().find(|c| text_of(c).is_some_and(|t| t.starts_with(prefix)));
        match found {
            None => errors.push(format!("no caption starting {prefix:?}")),
            Some(c) => {
                for part in ["photographer", "agency"] {
                    if want["credit"].get(part).is_some() && c["credit"][part] != want["credit"][part] {
                        errors.push(format!("caption credit {part}: want {}, got {}", want["credit"][part], c["credit"][part]));
                    }
                }
            }
        }
    }
    let paragraphs: Vec<&str> = got["paragraphs"].as_array().into_iter().flatten().filter_map(text_of).collect();
    if let Some(n) = g.get("body_paragraphs").and_then(Value::as_u64) {
        if paragraphs.len() as u64 != n {
            errors.push(format!("body paragraphs: want {n}, got {}", paragraphs.len()));
        }
    }
    if let Some(start) = g.get("body_first_paragraph_starts_with").and_then(Value::as_str) {
        if !paragraphs.first().is_some_and(|p| p.starts_with(start)) {
            errors.push(format!("first body paragraph should start {start:?}: {:?}", paragraphs.first()));
        }
    }
    let boilerplate: Vec<&str> = a["boilerplate"].as_array().into_iter().flatten().filter_map(text_of).collect();
    for want in g["boilerplate"].as_array().into_iter().flatten().filter_map(Value::as_str) {
        if !boilerplate.contains(&want) {
            errors.push(format!("boilerplate {want:?} not reported"));
        }
        if want.chars().filter(|c| c.is_alphanumeric()).count() > 3 && paragraphs.iter().any(|p| p.contains(want)) {
            errors.push(format!("boilerplate {want:?} inside a body paragraph"));
        }
    }
}

fn strings(v: &Value) -> Vec<&str> {
    v.as_array().into_iter().flatten().filter_map(Value::as_str).collect()
}

/// Entities: type and name (or any of the names), mention counts, roles and aliases; and the
/// entities that must not be reported.
fn check_entities(gold: &Value, got: &Value, errors: &mut Vec<String>) {
    let entities = got["entities"].as_array().cloned().unwrap_or_default();
    for want in gold["entities"].as_array().into_iter().flatten() {
        let mut names = strings(&want["any_of_names"]);
        if let Some(n) = want["name"].as_str() {
            names.push(n);
        }
        let found = entities.iter().find(|e| e["type"] == want["type"] && names.iter().any(|n| e["name"] == *n));
        let Some(e) = found else {
            errors.push(format!("no {} entity named {names:?}", want["type"]));
            continue;
        };
        let mentions = e["mentions"].as_array().map_or(0, Vec::len) as u64;
        if let Some(min) = want["mentions_at_least"].as_u64() {
            if mentions < min {
                errors.push(format!("{names:?}: {mentions} mentions, want at least {min}"));
            }
        }
        let roles = strings(&e["roles"]);
        let wanted_roles = strings(&want["roles_any_of"]);
        if !wanted_roles.is_empty() && !wanted_roles.iter().any(|r| roles.contains(r)) {
            errors.push(format!("{names:?}: roles {roles:?}, want one of {wanted_roles:?}"));
        }
        let aliases = strings(&e["aliases"]);
        for a in strings(&want["aliases_must_include"]) {
            if !aliases.contains(&a) {
                errors.push(format!("{names:?}: aliases {aliases:?} lack {a:?}"));
            }
        }
        let any = strings(&want["aliases_any_of"]);
        if !any.is_empty() && !any.iter().any(|a| aliases.contains(a)) {
            errors.push(format!("{names:?}: aliases {aliases:?}, want one of {any:?}"));
        }
    }
    for not in gold["entities_must_not"].as_array().into_iter().flatten() {
        let bad = entities.iter().find(|e| e["name"] == not["name"] && (not.get("type").is_none() || e["type"] == not["type"]));
        if let Some(e) = bad {
            errors.push(format!("must not report {} as {}", not["name"], e["type"]));
        }
    }
}

#[test]
fn gold_articles_have_their_layout_and_entities() {
    let files = gold_files();
    if files.is_empty() {
        eprintln!("note: no *.gold.json under ../shared/eval (set REPORTAGE_EVAL_DIR); nothing to check");
        return;
    }
    let mut failures = Vec::new();
    for gold_path in &files {
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(gold_path).unwrap()).unwrap();
        let txt = gold_path.to_string_lossy().replace(".gold.json", ".txt");
        let Ok(text) = std::fs::read_to_string(&txt) else {
            failures.push(format!("{txt}: missing"));
            continue;
        };
        let mut options = Options::default();
        if let Some(lang) = gold.get("language").and_then(Value::as_str) {
            options.set_language(lang).unwrap();
        }
        let got = serde_json::to_value(extract(&text, &options).unwrap()).unwrap();
        let mut errors = Vec::new();
        if gold.get("article").is_some() {
            check_article(&gold, &got, &mut errors);
        }
        if gold.get("entities").is_some() {
            check_entities(&gold, &got, &mut errors);
        }
        if !errors.is_empty() {
            failures.push(format!("{}:\n  {}", gold_path.display(), errors.join("\n  ")));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
