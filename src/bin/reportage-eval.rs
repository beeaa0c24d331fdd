//! `reportage-eval ner FILE|DIR...`: entity-level strict P/R/F1 on CoNLL files.
//! `reportage-eval time FILE|DIR...`: TIMEX3 extents (strict, relaxed) and values on TimeML files.

use reportage::eval::{parse_conll, parse_timeml, score_ner, score_time};
use reportage::Options;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: reportage-eval ner [--lang en|fr] FILE|DIR...   (CoNLL: *.conll, *.iob in a DIR)\n       reportage-eval time FILE|DIR...              (TimeML: *.tml in a DIR)";

fn files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> =
            std::fs::read_dir(path).into_iter().flatten().flatten().map(|e| e.path()).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() || p.extension().is_some_and(|e| e == "conll" || e == "iob" || e == "tml") {
                files(&p, out);
            }
        }
    } else {
        out.push(path.to_path_buf());
    }
}

/// Reads and parses every file, or says which could not be read (exit 1) or that none was given (exit 2).
fn read_all<T>(paths: &[PathBuf], format: &str, parse: impl Fn(&str) -> T) -> Result<Vec<T>, ExitCode> {
    if paths.is_empty() {
        eprintln!("reportage-eval: no {format} file given or found\n{USAGE}");
        return Err(ExitCode::from(2));
    }
    paths
        .iter()
        .map(|p| {
            std::fs::read_to_string(p).map(|s| parse(&s)).map_err(|e| {
                eprintln!("reportage-eval: cannot read {}: {e}", p.display());
                ExitCode::from(1)
            })
        })
        .collect()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = args.first().map(String::as_str);
    if command == Some("time") {
        return time(&args[1..]);
    }
    if command != Some("ner") {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let mut options = Options::default();
    let mut paths = Vec::new();
    let mut it = args[1..].iter();
    while let Some(a) = it.next() {
        if a == "--lang" {
            if let Err(e) = it.next().map_or(Ok(()), |v| options.set_language(v).map(|_| ())) {
                eprintln!("reportage-eval: {e}");
                return ExitCode::from(2);
            }
        } else {
            files(Path::new(a), &mut paths);
        }
    }
    let docs = match read_all(&paths, "CoNLL", parse_conll) {
        Ok(docs) => docs.into_iter().flatten().collect::<Vec<_>>(),
        Err(code) => return code,
    };
    let scores = score_ner(&docs, &options);
    println!("{} documents from {} files; entity level, strict (GPE/LOC→LOC, NORP→MISC)", docs.len(), paths.len());
    println!("{:<6} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7}", "type", "tp", "fp", "fn", "P", "R", "F1");
    for (t, c) in &scores {
        let (p, r, f) = c.prf();
        println!("{t:<6} {:>6} {:>6} {:>6} {:>7.3} {:>7.3} {:>7.3}", c.tp, c.fp, c.fn_, p, r, f);
    }
    ExitCode::SUCCESS
}

fn time(args: &[String]) -> ExitCode {
    let mut paths = Vec::new();
    for a in args {
        files(Path::new(a), &mut paths);
    }
    let docs = match read_all(&paths, "TimeML", parse_timeml) {
        Ok(docs) => docs,
        Err(code) => return code,
    };
    let s = score_time(&docs);
    println!("{} TimeML documents; TIMEX3 extents and values (values over relaxed matches)", docs.len());
    println!("{:<8} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7}", "extent", "tp", "fp", "fn", "P", "R", "F1");
    for (name, c) in [("strict", s.strict), ("relaxed", s.relaxed)] {
        let (p, r, f) = c.prf();
        println!("{name:<8} {:>6} {:>6} {:>6} {:>7.3} {:>7.3} {:>7.3}", c.tp, c.fp, c.fn_, p, r, f);
    }
    let accuracy = if s.value_total == 0 { 0.0 } else { s.value_correct as f64 / s.value_total as f64 };
    println!("value accuracy {:.3} ({} of {})", accuracy, s.value_correct, s.value_total);
    ExitCode::SUCCESS
}
