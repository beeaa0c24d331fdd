//! `reportage-eval ner FILE|DIR...`: entity-level strict P/R/F1 on CoNLL files.
//! `reportage-eval time FILE|DIR...`: TIMEX3 extents (strict, relaxed) and values on TimeML files.
//! `reportage-eval pos [--lang en|fr] FILE|DIR...`: the part-of-speech tagger on CoNLL-U
//! treebanks (the words as the treebank splits them), per tag and overall; the last line is
//! `upos accuracy: 0.953 (24740 tokens)`.
//!
//! A file that cannot be read or parsed is an error naming it (exit 1); no file is a usage
//! error (exit 2).

use reportage::eval::{parse_conll, parse_timeml, score_ner, score_pos_in, score_time, Counts};
use reportage::model::Upos;
use reportage::tagger::train::read_conllu;
use reportage::Options;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str =
    "usage: reportage-eval ner [--lang en|fr] [--types PER,LOC,ORG] FILE|DIR...   (CoNLL: *.conll, *.iob in a DIR)
       reportage-eval time FILE|DIR...              (TimeML: *.tml in a DIR)
       reportage-eval pos [--lang en|fr] FILE|DIR...   (CoNLL-U: *.conllu in a DIR; language default en)
       reportage-eval reports [--each] FILE|DIR...    (reports with a gold file: *.gold.json beside *.txt)";

/// `path`, or the files under it (a directory) whose extension is one of `extensions`.
fn files(path: &Path, extensions: &[&str], out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> =
            std::fs::read_dir(path).into_iter().flatten().flatten().map(|e| e.path()).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() || p.extension().is_some_and(|e| extensions.iter().any(|x| e == *x)) {
                files(&p, extensions, out);
            }
        }
    } else {
        out.push(path.to_path_buf());
    }
}

/// Reads and parses every file, or says which could not be read or parsed (exit 1) or that
/// none was given (exit 2).
fn read_all<T, E: std::fmt::Display>(
    paths: &[PathBuf],
    format: &str,
    parse: impl Fn(&str) -> Result<T, E>,
) -> Result<Vec<T>, ExitCode> {
    if paths.is_empty() {
        eprintln!("reportage-eval: no {format} file given or found\n{USAGE}");
        return Err(ExitCode::from(2));
    }
    paths
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).map_err(|e| {
                eprintln!("reportage-eval: cannot read {}: {e}", p.display());
                ExitCode::from(1)
            })?;
            parse(&text).map_err(|e| {
                eprintln!("reportage-eval: {}: {e}", p.display());
                ExitCode::from(1)
            })
        })
        .collect()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("ner") => ner(&args[1..]),
        Some("time") => time(&args[1..]),
        Some("pos") => pos(&args[1..]),
        Some("reports") => reports(&args[1..]),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Scores reports against their gold files: a table per language and for all, every figure
/// as right out of all gold items.
fn reports(args: &[String]) -> ExitCode {
    use reportage::eval::reports::{score_file, ReportScores};
    let each = args.iter().any(|a| a == "--each");
    let mut paths = Vec::new();
    for a in args.iter().filter(|a| *a != "--each") {
        files(Path::new(a), &["json"], &mut paths);
    }
    paths.retain(|p| p.to_string_lossy().ends_with(".gold.json"));
    if paths.is_empty() {
        eprintln!("reportage-eval: no .gold.json file given\n{USAGE}");
        return ExitCode::from(2);
    }
    let mut by_language: BTreeMap<String, (usize, ReportScores)> = BTreeMap::new();
    for path in &paths {
        match score_file(path) {
            Ok((language, scores)) => {
                if each {
                    println!("{}", path.display());
                    for (name, t) in scores.rows().iter().filter(|(_, t)| t.total > 0 && t.right < t.total) {
                        println!("  {name:<26} {t}");
                    }
                }
                let slot = by_language.entry(language.code().to_string()).or_default();
                slot.0 += 1;
                slot.1 = slot.1 + scores;
            }
            Err(e) => {
                eprintln!("reportage-eval: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let all = by_language.values().fold((0, ReportScores::default()), |a, b| (a.0 + b.0, a.1 + b.1));
    let mut columns: Vec<(String, (usize, ReportScores))> = by_language.into_iter().collect();
    columns.push(("all".into(), all));
    print!("{:<26}", "");
    for (name, (n, _)) in &columns {
        print!(" {:>22}", format!("{name} ({n} reports)"));
    }
    println!();
    let rows: Vec<Vec<(&str, reportage::eval::reports::Tally)>> = columns.iter().map(|(_, (_, s))| s.rows()).collect();
    for r in 0..rows[0].len() {
        print!("{:<26}", rows[0][r].0);
        for column in &rows {
            print!(" {:>22}", column[r].1.to_string());
        }
        println!();
    }
    ExitCode::SUCCESS
}

fn ner(args: &[String]) -> ExitCode {
    let mut options = Options::default();
    let mut paths = Vec::new();
    let mut types: Option<Vec<String>> = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--lang" {
            if let Err(e) = it.next().map_or(Ok(()), |v| options.set_language(v).map(|_| ())) {
                eprintln!("reportage-eval: {e}");
                return ExitCode::from(2);
            }
        } else if a == "--types" {
            let Some(list) = it.next() else {
                eprintln!("reportage-eval: --types needs a list such as PER,LOC,ORG\n{USAGE}");
                return ExitCode::from(2);
            };
            types = Some(list.split(',').map(|t| t.trim().to_uppercase()).collect());
        } else {
            files(Path::new(a), &["conll", "iob"], &mut paths);
        }
    }
    let docs = match read_all(&paths, "CoNLL", parse_conll) {
        Ok(docs) => docs.into_iter().flatten().collect::<Vec<_>>(),
        Err(code) => return code,
    };
    let mut scores = score_ner(&docs, &options);
    // Only the types asked for, and ALL over them alone.
    if let Some(types) = &types {
        scores.retain(|t, _| types.contains(t));
        let all: Counts = scores.values().copied().sum();
        scores.insert("ALL".into(), all);
    }
    println!("{} documents from {} files; entity level, strict (GPE/LOC→LOC, NORP/MISC→MISC; mentions opening in lower case, such as \"rebels\", not scored)", docs.len(), paths.len());
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
        files(Path::new(a), &["tml"], &mut paths);
    }
    let docs = match read_all(&paths, "TimeML", |text| Ok::<_, std::convert::Infallible>(parse_timeml(text))) {
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
    // As TempEval-3 scores values: a right value on a relaxed match, over the expressions
    // found and over the gold ones.
    let found = s.relaxed.tp + s.relaxed.fp;
    let gold = s.relaxed.tp + s.relaxed.fn_;
    let values = Counts { tp: s.value_correct, fp: found - s.value_correct, fn_: gold - s.value_correct };
    let (p, r, f) = values.prf();
    println!("value F1 {f:.3} (P {p:.3}, R {r:.3})");
    ExitCode::SUCCESS
}

fn pos(args: &[String]) -> ExitCode {
    // English unless told otherwise; the first registered language is English.
    let mut language = reportage::lang::LANGUAGES[0].language;
    let mut paths = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--lang" {
            let value = it.next().map(String::as_str).unwrap_or_default();
            match reportage::lang::find(value) {
                Some(l) => language = l,
                None => {
                    eprintln!("reportage-eval: unknown language {value:?} for pos: expected a code such as en or fr");
                    return ExitCode::from(2);
                }
            }
        } else {
            files(Path::new(a), &["conllu"], &mut paths);
        }
    }
    let corpora = match read_all(&paths, "CoNLL-U", read_conllu) {
        Ok(corpora) => corpora,
        Err(code) => return code,
    };
    let sentences: Vec<(Vec<String>, Vec<Upos>)> = corpora
        .into_iter()
        .flatten()
        .flatten()
        .map(|s| (s.words, s.tags.into_iter().map(|t| Upos::from_index(t).unwrap_or_default()).collect()))
        .collect();
    let s = score_pos_in(language, &sentences);
    println!(
        "{} sentences from {} files; UPOS of the treebank's words, tagged in {}",
        sentences.len(),
        paths.len(),
        language.code()
    );
    println!("{:<6} {:>7} {:>7} {:>7} {:>7} {:>7} {:>7}", "tag", "gold", "pred", "correct", "P", "R", "F1");
    for (t, c) in &s.tags {
        let (p, r, f) = c.prf();
        println!("{t:<6} {:>7} {:>7} {:>7} {:>7.3} {:>7.3} {:>7.3}", c.tp + c.fn_, c.tp + c.fp, c.tp, p, r, f);
    }
    println!("upos accuracy: {:.3} ({} tokens)", s.accuracy(), s.total);
    ExitCode::SUCCESS
}
