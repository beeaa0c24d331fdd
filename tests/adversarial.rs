//! Bounded work on hostile inputs: every shape of `reportage::hostile` at about 200 KB, each
//! in a child process (this test binary run again, filtered to the one case, with
//! `REPORTAGE_ADVERSARIAL_CHILD` set) under `ulimit -v` of 1 GB and killed after 60 s, so a
//! case that blows up fails without hanging the suite or eating the machine.
//!
//! Each case asserts:
//! - peak memory (VmHWM of the child) ≤ 64 MB + 40 × input bytes;
//! - time ≤ 15 × the time of an ordinary news article of the same size, measured the same
//!   way in the same run, + 2 s (relative, so that a noisy machine or a debug build does not
//!   matter);
//! - every span of the output (in UTF-16 offsets, as JavaScript gets them) slices back to
//!   its text.
//!
//! Cases marked `#[ignore = "not yet linear: …"]` fail today: the figure is what they
//! measured in a debug build on a 2-core machine, where the ordinary article took 0.4–0.5 s.
//! `cargo test --test adversarial -- --include-ignored` runs them (each is killed after 60 s
//! while it fails); un-ignore a case once it passes.

mod common;

use reportage::hostile::{generate, Shape};
use reportage::{extract, OffsetUnit, Options};
use std::io::Read;
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The size of every input.
const SIZE: usize = 200_000;
/// Set in a child: the shape it measures.
const CHILD_ENV: &str = "REPORTAGE_ADVERSARIAL_CHILD";
/// The child's address-space cap.
const MEMORY_CAP_KB: u64 = 1024 * 1024;
/// The child is killed after this.
const KILL_AFTER: Duration = Duration::from_secs(60);

fn memory_budget_kb(input: usize) -> u64 {
    (64 * 1024 * 1024 + 40 * input as u64) / 1024
}

fn vm_hwm_kb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// In the child: one extraction, timed; the peak memory read before the output is
/// serialised for the span check (whose JSON tree is the test's, not the library's).
fn child(shape: Shape) {
    let options = Options { offsets: OffsetUnit::Utf16, ..Options::default() };
    extract(&generate(Shape::Article, 4_000), &options).expect("warm-up");
    let text = generate(shape, SIZE);
    let started = Instant::now();
    let result = extract(&text, &options).expect("extract");
    let seconds = started.elapsed().as_secs_f64();
    let peak_kb = vm_hwm_kb();
    let value = serde_json::to_value(&result).expect("serialises");
    let mut errors = Vec::new();
    let spans = common::check_spans(&text, options.offsets, &value, &mut errors);
    // On a line of its own: libtest has already printed "test NAME ... " without a newline.
    println!("\nadversarial-result seconds={seconds:.6} peak_kb={peak_kb} spans={spans} errors={}", errors.len());
    for e in errors.iter().take(5) {
        println!("span-error {}", e.chars().take(300).collect::<String>());
    }
}

/// What a child reported.
#[derive(Debug, Clone)]
struct Measured {
    seconds: f64,
    peak_kb: u64,
    spans: usize,
    span_errors: Vec<String>,
}

/// Runs test `name` of this binary again in a child, as the measurement of `shape`.
fn measure(name: &str, shape: Shape) -> Result<Measured, String> {
    let exe = std::env::current_exe().expect("test executable");
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(r#"ulimit -v "$1" && shift && exec "$@""#)
        .arg("sh")
        .arg(MEMORY_CAP_KB.to_string())
        .arg(&exe)
        .args([name, "--exact", "--nocapture", "--test-threads=1", "--include-ignored"])
        .env(CHILD_ENV, shape.name())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn the test binary");
    let drain = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut s = String::new();
            let _ = pipe.read_to_string(&mut s);
            s
        })
    };
    let stdout = drain(Box::new(child.stdout.take().unwrap()));
    let stderr = drain(Box::new(child.stderr.take().unwrap()));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break Some(status);
        }
        if started.elapsed() >= KILL_AFTER {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let (stdout, stderr) = (stdout.join().unwrap_or_default(), stderr.join().unwrap_or_default());
    let Some(status) = status else {
        return Err(format!("{}: killed after {} s", shape.name(), KILL_AFTER.as_secs()));
    };
    let Some(line) = stdout.lines().find_map(|l| l.find("adversarial-result ").map(|i| &l[i..])) else {
        let oom = stderr.contains("memory allocation");
        let tail: Vec<&str> = stderr.lines().filter(|l| !l.starts_with("note:")).rev().take(3).collect();
        return Err(format!(
            "{}: child {status}{}: {}",
            shape.name(),
            if oom { " (out of its 1 GB address space)" } else { "" },
            tail.into_iter().rev().collect::<Vec<_>>().join(" | ")
        ));
    };
    let field = |key: &str| {
        line.split_whitespace().find_map(|kv| kv.strip_prefix(key)?.strip_prefix('=')).unwrap_or("0").to_string()
    };
    Ok(Measured {
        seconds: field("seconds").parse().unwrap_or(f64::NAN),
        peak_kb: field("peak_kb").parse().unwrap_or(u64::MAX),
        spans: field("spans").parse().unwrap_or(0),
        span_errors: stdout.lines().filter_map(|l| l.strip_prefix("span-error ")).map(str::to_string).collect(),
    })
}

/// The ordinary article of the same size, measured once per run.
fn baseline() -> &'static Measured {
    static BASELINE: OnceLock<Measured> = OnceLock::new();
    BASELINE.get_or_init(|| measure("ordinary_article", Shape::Article).expect("the ordinary article is measured"))
}

/// One case: in a child, measure; in the parent, spawn the child and check its figures.
fn run(name: &str, shape: Shape) {
    if let Ok(wanted) = std::env::var(CHILD_ENV) {
        assert_eq!(Shape::from_name(&wanted), Some(shape), "child for {wanted} ran {name}");
        child(shape);
        return;
    }
    let m = measure(name, shape).unwrap_or_else(|e| panic!("{e}"));
    let budget = memory_budget_kb(SIZE);
    assert!(m.span_errors.is_empty(), "{}: spans that do not slice back: {:?}", shape.name(), m.span_errors);
    assert!(m.spans > 0, "{}: no span checked", shape.name());
    assert!(
        m.peak_kb <= budget,
        "{}: peak memory {:.1} MB over the budget of {:.1} MB for {} bytes",
        shape.name(),
        m.peak_kb as f64 / 1024.0,
        budget as f64 / 1024.0,
        SIZE
    );
    if shape != Shape::Article {
        let ordinary = baseline().seconds;
        let bound = 15.0 * ordinary + 2.0;
        assert!(
            m.seconds <= bound,
            "{}: {:.2} s, over 15 x the ordinary article's {:.2} s + 2 s = {:.2} s",
            shape.name(),
            m.seconds,
            ordinary,
            bound
        );
    }
    eprintln!("{}: {:.3} s, peak {:.1} MB, {} spans", shape.name(), m.seconds, m.peak_kb as f64 / 1024.0, m.spans);
}

macro_rules! cases {
    ($($(#[$attr:meta])* $name:ident: $shape:expr;)*) => {
        $(
            #[test]
            $(#[$attr])*
            fn $name() {
                run(stringify!($name), $shape);
            }
        )*
    };
}

cases! {
    ordinary_article: Shape::Article;
    org_run: Shape::OrgRun;
    mr_repeated: Shape::MrRepeated;
    according_to: Shape::AccordingTo;
    no_full_stop: Shape::NoFullStop;
    dates: Shape::Dates;
    one_char_lines: Shape::OneCharLines;
    french_numbers: Shape::FrenchNumbers;
    no_spaces: Shape::NoSpaces;
    unbalanced_quotes: Shape::UnbalancedQuotes;
    casualties_en: Shape::CasualtiesEn;
    casualties_fr: Shape::CasualtiesFr;
    places: Shape::Places;
    acronyms: Shape::Acronyms;
    regime: Shape::Regime;
    captions: Shape::Captions;
    quotes_one_sentence: Shape::QuotesOneSentence;
    sourced_tolls: Shape::SourcedTolls;
    pronoun_quotes: Shape::PronounQuotes;
    long_name: Shape::LongName;
}

#[test]
fn every_hostile_shape_has_a_case() {
    let source = include_str!("adversarial.rs");
    for shape in Shape::HOSTILE {
        let case = format!("{}: Shape::{:?};", shape.name().replace('-', "_"), shape);
        assert!(source.contains(&case), "no case for {}", shape.name());
    }
}
