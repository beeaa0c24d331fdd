//! The development reports (`tests/cases/reports/`, written for the project, each with a gold
//! file): every figure stays at or above the floor it has reached, so that a change that loses
//! ground on them fails. The floors are the figures measured when they were set, rounded down;
//! the goals of the project are higher (see the README's evaluation section).

use reportage::eval::reports::{score_file, ReportScores};
use std::path::{Path, PathBuf};

fn gold_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("reports directory") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            gold_files(&path, out);
        } else if path.to_string_lossy().ends_with(".gold.json") {
            out.push(path);
        }
    }
}

#[test]
fn development_reports_hold_their_floors() {
    let mut files = Vec::new();
    gold_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases/reports"), &mut files);
    assert!(files.len() >= 30, "the development set has {} reports", files.len());
    let all = files.iter().map(|f| score_file(f).unwrap().1).fold(ReportScores::default(), |a, b| a + b);
    let floors = [
        ("events found", 0.95),
        ("events precise", 0.84),
        ("event type right", 0.95),
        ("event sub-type right", 0.93),
        ("event date right", 0.90),
        ("event location right", 0.87),
        ("event fatalities linked", 0.89),
        ("casualty figures found", 0.91),
        ("casualty figures precise", 0.91),
        ("casualty source right", 0.86),
        ("quote speaker right", 0.94),
        ("attribution source right", 0.87),
        ("time value right", 0.89),
    ];
    let rows = all.rows();
    let mut below = Vec::new();
    for (name, floor) in floors {
        let (_, tally) = rows.iter().find(|(n, _)| *n == name).expect("a figure of that name");
        if tally.rate() < floor {
            below.push(format!("{name}: {tally} < {:.0} %", floor * 100.0));
        }
    }
    assert!(below.is_empty(), "below the floor:\n{}", below.join("\n"));
}
