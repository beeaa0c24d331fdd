//! The language boundary: annotators and pipeline stages contain no word of any language.
//! Every word they need comes from a language's folder under `src/lang/`, by meaning, so
//! that adding a language never means editing an annotator.

use std::fs;
use std::path::Path;

/// The modules that must speak of meanings only.
const CHECKED: &[&str] = &[
    "src/annotate",
    "src/layout.rs",
    "src/segment.rs",
    "src/tokens.rs",
    "src/detect.rs",
    "src/normalise.rs",
    "src/document.rs",
    "src/lib.rs",
];

/// The source without its test module, comments and the messages of `expect`/`panic`.
fn code_of(source: &str) -> String {
    let code = source.split("#[cfg(test)]").next().unwrap_or("");
    code.lines()
        .map(|l| match l.find("//") {
            Some(i) if !l[..i].contains('"') => &l[..i],
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// String literals of `code` (plain and raw), in order.
fn literals(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let bytes = code.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let raw = code[i..].starts_with("r\"") || code[i..].starts_with("r#\"");
        if raw && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric() && bytes[i - 1] != b'_') {
            let hashes = code[i + 1..].bytes().take_while(|&b| b == b'#').count();
            let open = i + 1 + hashes + 1;
            let close = format!("\"{}", "#".repeat(hashes));
            let end = code[open..].find(&close).map_or(code.len(), |e| open + e);
            out.push(code[open..end].to_string());
            i = end + close.len();
        } else if bytes[i] == b'\'' && code[i..].len() >= 3 {
            // A char literal ('"', '\'') must not open a string.
            let len = if bytes[i + 1] == b'\\' {
                code[i + 2..].find('\'').map_or(1, |e| e + 3)
            } else {
                1 + code[i + 1..].chars().next().map_or(1, char::len_utf8) + 1
            };
            i += if code[i..].get(len - 1..len) == Some("'") { len } else { 1 };
        } else if bytes[i] == b'"' {
            let mut j = i + 1;
            while j < bytes.len() && bytes[j] != b'"' {
                j += if bytes[j] == b'\\' { 2 } else { 1 };
            }
            out.push(code[i + 1..j.min(code.len())].to_string());
            i = j + 1;
        } else {
            i += 1;
        }
    }
    out
}

/// Whether a literal holds a word: two letters in a row once regex syntax, format
/// placeholders and escapes are taken out.
fn has_word(literal: &str) -> bool {
    let mut s = literal.to_string();
    for pattern in [r"\p{", r"\P{"] {
        while let Some(i) = s.find(pattern) {
            let end = s[i..].find('}').map_or(s.len(), |e| i + e + 1);
            s.replace_range(i..end, " ");
        }
    }
    for (open, close) in [("(?P<", ">"), ("(?<", ">"), ("{", "}")] {
        while let Some(i) = s.find(open) {
            let end = s[i + open.len()..].find(close).map_or(s.len(), |e| i + open.len() + e + close.len());
            s.replace_range(i..end, " ");
        }
    }
    // Escapes (\d, \s, \b, \n, \u) and inline flags ((?i), (?-u:)).
    let chars: Vec<char> = s.chars().collect();
    let mut run = 0;
    let mut k = 0;
    while k < chars.len() {
        let c = chars[k];
        if c == '\\' || c == '?' && k > 0 && chars[k - 1] == '(' {
            // Skip the escape or the flags.
            k += 1;
            while k < chars.len() && (chars[k].is_ascii_alphabetic() || chars[k] == '-') {
                k += 1;
            }
            run = 0;
            continue;
        }
        run = if c.is_alphabetic() { run + 1 } else { 0 };
        if run >= 2 {
            return true;
        }
        k += 1;
    }
    false
}

fn rust_files(path: &Path, out: &mut Vec<std::path::PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<_> = fs::read_dir(path).unwrap().map(|e| e.unwrap().path()).collect();
        entries.sort();
        for e in entries {
            rust_files(&e, out);
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        out.push(path.to_path_buf());
    }
}

#[test]
fn annotators_and_stages_contain_no_word_of_any_language() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for c in CHECKED {
        rust_files(&root.join(c), &mut files);
    }
    assert!(files.len() >= 10, "the checked modules are where this test expects them");
    let mut found = Vec::new();
    for file in files {
        let code = code_of(&fs::read_to_string(&file).unwrap());
        // Regex group names, expect() messages and cfg values are not words of a language.
        for literal in literals(&code) {
            let names_a_group = code.contains(&format!("name(\"{literal}\")"));
            let is_message = code.contains(&format!("expect(\"{literal}\")"));
            let is_cfg = code.contains(&format!("target_arch = \"{literal}\""));
            if has_word(&literal) && !names_a_group && !is_message && !is_cfg {
                found.push(format!("{}: {literal:?}", file.strip_prefix(root).unwrap().display()));
            }
        }
    }
    assert!(found.is_empty(), "words of a language outside src/lang/ ({}):\n{}", found.len(), found.join("\n"));
}

#[test]
fn the_checker_sees_words_but_not_regex_syntax() {
    assert!(has_word("according to"));
    assert!(has_word("(?i)^(?:said|told)"));
    assert!(!has_word(r"(?i)(?-u:\b)(?P<n>\d+)\s*(?P<u>{units})\p{L}"));
    assert!(!has_word("{first} {second}"));
    assert!(!has_word("'s"));
    assert_eq!(literals("let a = \"x\"; let b = r#\"y\"#; let c = '\"';"), vec!["x", "y"]);
}
