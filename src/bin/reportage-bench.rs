//! `reportage-bench`: the benchmark corpus and the native benchmark.
//!
//! - `reportage-bench corpus DIR [--kb N]` writes a deterministic corpus of generated news
//!   articles of real length (0.5 to 3 KB, laid out as news pages are), in English and French,
//!   about N KB in all (default 320), as `DIR/*.txt` (see `bench_corpus`).
//! - `reportage-bench native [DIR] [--json FILE]` measures extraction on a corpus (generated
//!   in memory when no DIR is given): MB/s, ms per article (p50/p95), and how time grows with
//!   input size from 1 KB to 10 MB; then where the time goes, stage by stage (ms per MB and
//!   share of the total, the events stage's share of extraction on its own line).
//! - `reportage-bench --adversarial [--mem-mb N] [--timeout S] [--shapes a,b] [--sizes N,N]
//!   [--json FILE]` runs every hostile shape of `reportage::hostile` at 100 KB and 1 MB, each
//!   in a child process under a memory cap and a time limit, and prints time, growth and
//!   peak memory against the budgets.

mod bench_corpus;

use bench_corpus::corpus;
use reportage::hostile::{generate, Shape};
use reportage::{extract, extract_staged, OffsetUnit, Options, Stage};
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Removes the articles an earlier `corpus` run wrote (`NNN-en.txt`, `NNN-fr.txt`), so that
/// none of them is left over among the new ones; other files stay.
fn remove_generated(dir: &Path) {
    for entry in std::fs::read_dir(dir).expect("corpus directory").flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let generated = name.len() == 10
            && name.as_bytes()[..3].iter().all(u8::is_ascii_digit)
            && (name.ends_with("-en.txt") || name.ends_with("-fr.txt"));
        if generated {
            std::fs::remove_file(entry.path()).expect("remove an old article");
        }
    }
}

fn load(dir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus directory")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap_or_default())
        })
        .collect()
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn time_ms(text: &str, options: &Options) -> f64 {
    let t = Instant::now();
    let r = extract(text, options).expect("extract");
    std::hint::black_box(&r);
    t.elapsed().as_secs_f64() * 1000.0
}

fn native(articles: &[(String, String)], json: Option<&str>) {
    let options = Options { offsets: OffsetUnit::Utf16, ..Options::default() };
    let bytes: usize = articles.iter().map(|(_, t)| t.len()).sum();
    // Cold start, in two parts: the gazetteer automaton, then the first extraction (which
    // compiles every pattern once).
    let t = Instant::now();
    let gazetteer_entries = reportage::gazetteer::GAZETTEER.len();
    let gazetteer_ms = t.elapsed().as_secs_f64() * 1000.0;
    let cold = time_ms(&articles[0].1, &options);
    let rounds = 5;
    let mut per_article = Vec::new();
    let t = Instant::now();
    for _ in 0..rounds {
        for (_, text) in articles {
            per_article.push(time_ms(text, &options));
        }
    }
    let total = t.elapsed().as_secs_f64();
    per_article.sort_by(|a, b| a.total_cmp(b));
    let mbps = (bytes * rounds) as f64 / 1e6 / total;
    println!("native: {} articles, {:.0} KB, {} rounds", articles.len(), bytes as f64 / 1024.0, rounds);
    println!("  cold start: gazetteer ({gazetteer_entries} entries) {gazetteer_ms:.1} ms, then first extraction {cold:.1} ms");
    println!(
        "  throughput {mbps:.2} MB/s; per article p50 {:.2} ms, p95 {:.2} ms",
        percentile(&per_article, 0.5),
        percentile(&per_article, 0.95)
    );
    let all: String = articles.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join("\n\n");
    println!("  scaling (one input of each size):");
    println!("  {:>10} {:>10} {:>8}", "bytes", "ms", "MB/s");
    let mut scaling = Vec::new();
    for size in [1_000usize, 10_000, 100_000, 1_000_000, 10_000_000] {
        let mut text = String::with_capacity(size + all.len());
        while text.len() < size {
            text.push_str(&all);
            text.push_str("\n\n");
        }
        let mut cut = size;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
        let ms = time_ms(&text, &options);
        println!("  {:>10} {:>10.1} {:>8.2}", size, ms, size as f64 / 1e6 / (ms / 1000.0));
        scaling.push(format!("{{\"bytes\":{size},\"ms\":{ms:.3}}}"));
    }
    let stages = stage_split(articles, &options, rounds);
    if let Some(path) = json {
        let stages_json: Vec<String> = stages
            .iter()
            .map(|(stage, ms)| format!("{{\"stage\":\"{}\",\"ms_per_mb\":{ms:.3}}}", stage_name(*stage)))
            .collect();
        let body = format!(
            "{{\"articles\":{},\"bytes\":{},\"rounds\":{},\"gazetteer_build_ms\":{:.3},\"first_call_ms\":{:.3},\"mb_per_s\":{:.3},\"p50_ms\":{:.3},\"p95_ms\":{:.3},\"scaling\":[{}],\"stages\":[{}]}}\n",
            articles.len(), bytes, rounds, gazetteer_ms, cold, mbps, percentile(&per_article, 0.5), percentile(&per_article, 0.95), scaling.join(","), stages_json.join(",")
        );
        if let Some(dir) = Path::new(path).parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        std::fs::write(path, body).expect("write json");
        println!("  written {path}");
    }
}

/// A stage's name in the table: its variant's, in lower case.
fn stage_name(stage: Stage) -> String {
    format!("{stage:?}").to_lowercase()
}

/// Where the time goes: every article `rounds` times through [`extract_staged`], each stage's
/// time summed; prints ms per MB of input and the share of each stage, and returns the ms per
/// MB of each stage in order.
fn stage_split(articles: &[(String, String)], options: &Options, rounds: usize) -> Vec<(Stage, f64)> {
    let bytes: usize = articles.iter().map(|(_, t)| t.len()).sum();
    let mut seconds = [0.0f64; Stage::ALL.len()];
    for _ in 0..rounds {
        for (_, text) in articles {
            let mut last = Instant::now();
            let mut stage_done = |stage: Stage| {
                let now = Instant::now();
                let i = Stage::ALL.iter().position(|s| *s == stage).expect("a stage");
                seconds[i] += (now - last).as_secs_f64();
                last = now;
            };
            let out = extract_staged(text, options, &mut stage_done).expect("extract");
            std::hint::black_box(&out);
        }
    }
    let mb = (bytes * rounds) as f64 / 1e6;
    let ms_per_mb: Vec<(Stage, f64)> = Stage::ALL.iter().zip(seconds).map(|(&s, t)| (s, t * 1000.0 / mb)).collect();
    let total: f64 = ms_per_mb.iter().map(|(_, ms)| ms).sum();
    let json = ms_per_mb.iter().find(|(s, _)| *s == Stage::Json).map_or(0.0, |(_, ms)| *ms);
    let events = ms_per_mb.iter().find(|(s, _)| *s == Stage::Events).map_or(0.0, |(_, ms)| *ms);
    println!("  stages ({rounds} rounds, the clock read between stages):");
    println!("  {:<14} {:>10} {:>7}", "stage", "ms per MB", "share");
    for (stage, ms) in &ms_per_mb {
        println!("  {:<14} {:>10.1} {:>6.1}%", stage_name(*stage), ms, 100.0 * ms / total);
    }
    println!("  {:<14} {:>10.1} {:>6.1}%", "total", total, 100.0);
    println!(
        "  events: {:.1}% of extraction (every stage but json), {:.1}% with the JSON",
        100.0 * events / (total - json),
        100.0 * events / total
    );
    ms_per_mb
}

// --- Adversarial inputs --------------------------------------------------------------------

/// The hidden flag with which the bench re-executes itself to measure one input.
const CHILD_FLAG: &str = "--adversarial-child";

/// Peak memory: 64 MB plus 40 bytes per input byte.
fn memory_budget_bytes(input: usize) -> u64 {
    64 * 1024 * 1024 + 40 * input as u64
}

/// Time: one second per megabyte.
fn time_budget_seconds(input: usize) -> f64 {
    input as f64 / 1e6
}

/// Growth from the smaller size to the larger one: at most 1.2 times the ratio of sizes.
const GROWTH_SLACK: f64 = 1.2;

/// The peak resident set (VmHWM) of a process, in KB, from `/proc/PID/status`.
fn vm_hwm_kb(pid: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// In the child: extracts from one generated input (after a warm-up that compiles every
/// pattern), a few times when it is fast, and prints the median time and the peak memory.
fn adversarial_child(args: &[String]) {
    let shape = args.first().and_then(|s| Shape::from_name(s)).expect("shape");
    let bytes: usize = args.get(1).and_then(|s| s.parse().ok()).expect("size");
    // UTF-16 offsets, as the browser gets them.
    let options = Options { offsets: OffsetUnit::Utf16, ..Options::default() };
    std::hint::black_box(extract(&generate(Shape::Article, 4_000), &options).expect("warm-up"));
    let text = generate(shape, bytes);
    let mut times = Vec::new();
    let started = Instant::now();
    // Up to five runs, while they add up to less than two seconds.
    while times.len() < 5 && (times.is_empty() || started.elapsed().as_secs_f64() < 2.0) {
        times.push(time_ms(&text, &options) / 1000.0);
    }
    times.sort_by(|a, b| a.total_cmp(b));
    let median = times[times.len() / 2];
    let peak = vm_hwm_kb("self").unwrap_or(0);
    println!("adversarial-result seconds={median:.6} runs={} peak_kb={peak}", times.len());
}

/// How a measurement in a child process ended.
enum Outcome {
    /// Finished: median seconds, number of runs, peak memory in KB.
    Done { seconds: f64, runs: usize, peak_kb: u64 },
    /// Killed at the time limit; the peak seen until then.
    TimedOut { peak_kb: u64 },
    /// Stopped by the memory cap; the peak seen until then.
    OutOfMemory { peak_kb: u64 },
    /// Ended some other way.
    Failed(String),
}

impl Outcome {
    fn peak_kb(&self) -> Option<u64> {
        match *self {
            Outcome::Done { peak_kb, .. } | Outcome::TimedOut { peak_kb } | Outcome::OutOfMemory { peak_kb } => {
                Some(peak_kb)
            }
            Outcome::Failed(_) => None,
        }
    }
    fn seconds(&self) -> Option<f64> {
        match *self {
            Outcome::Done { seconds, .. } => Some(seconds),
            _ => None,
        }
    }
}

/// Runs this executable with [`CHILD_FLAG`] on one shape and size, under `ulimit -v` and a
/// time limit, watching its peak memory while it runs.
fn measure_in_child(shape: Shape, bytes: usize, mem_mb: u64, timeout: Duration) -> Outcome {
    let exe = std::env::current_exe().expect("current executable");
    let mut child = match Command::new("sh")
        .arg("-c")
        .arg(r#"ulimit -v "$1" && shift && exec "$@""#)
        .arg("sh")
        .arg((mem_mb * 1024).to_string())
        .arg(&exe)
        .arg(CHILD_FLAG)
        .arg(shape.name())
        .arg(bytes.to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) => return Outcome::Failed(format!("spawn: {e}")),
    };
    let pid = child.id().to_string();
    // Drain both pipes on threads so that a chatty child never blocks.
    let drain = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut s = String::new();
            let _ = pipe.read_to_string(&mut s);
            s
        })
    };
    let stdout = drain(Box::new(child.stdout.take().expect("stdout")));
    let stderr = drain(Box::new(child.stderr.take().expect("stderr")));
    let started = Instant::now();
    let mut peak_kb = 0;
    let status = loop {
        if let Some(kb) = vm_hwm_kb(&pid) {
            peak_kb = peak_kb.max(kb);
        }
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if started.elapsed() >= timeout => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => return Outcome::Failed(format!("wait: {e}")),
        }
    };
    let (stdout, stderr) = (stdout.join().unwrap_or_default(), stderr.join().unwrap_or_default());
    let Some(status) = status else { return Outcome::TimedOut { peak_kb } };
    if let Some(line) = stdout.lines().find(|l| l.starts_with("adversarial-result ")) {
        let field =
            |name: &str| line.split_whitespace().find_map(|kv| kv.strip_prefix(name)?.strip_prefix('=')).unwrap_or("0");
        return Outcome::Done {
            seconds: field("seconds").parse().unwrap_or(f64::NAN),
            runs: field("runs").parse().unwrap_or(0),
            peak_kb: field("peak_kb").parse::<u64>().unwrap_or(0).max(peak_kb),
        };
    }
    if stderr.contains("memory allocation") || stderr.contains("out of memory") {
        return Outcome::OutOfMemory { peak_kb };
    }
    let last = stderr.lines().last().unwrap_or("").chars().take(120).collect::<String>();
    Outcome::Failed(format!("{status}: {last}"))
}

fn commit() -> String {
    let git = |args: &[&str]| {
        Command::new("git").args(args).stderr(Stdio::null()).output().ok().filter(|o| o.status.success())
    };
    match git(&["rev-parse", "--short", "HEAD"]) {
        Some(o) => {
            let hash = String::from_utf8_lossy(&o.stdout).trim().to_string();
            let dirty = git(&["status", "--porcelain", "--untracked-files=no"]).is_some_and(|o| !o.stdout.is_empty());
            if dirty {
                format!("{hash} (with uncommitted changes)")
            } else {
                hash
            }
        }
        None => "unknown".into(),
    }
}

fn machine() -> String {
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, m)| m.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let memory = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|s| s.lines().next().and_then(|l| l.split_whitespace().nth(1)).and_then(|kb| kb.parse::<u64>().ok()))
        .map_or(String::new(), |kb| format!(", {:.0} GB", kb as f64 / 1024.0 / 1024.0));
    format!("{cores} cores ({cpu}){memory}")
}

fn size_label(bytes: usize) -> String {
    if bytes >= 1_000_000 && bytes % 1_000_000 == 0 {
        format!("{} MB", bytes / 1_000_000)
    } else if bytes >= 1000 && bytes % 1000 == 0 {
        format!("{} KB", bytes / 1000)
    } else {
        format!("{bytes} B")
    }
}

fn verdict(ok: bool) -> &'static str {
    if ok {
        "PASS"
    } else {
        "FAIL"
    }
}

/// The adversarial benchmark: every shape at each size, each in a capped child process.
fn adversarial(args: &[String]) {
    let flag = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let mem_mb: u64 = flag("--mem-mb").and_then(|v| v.parse().ok()).unwrap_or(2048);
    let timeout = Duration::from_secs_f64(flag("--timeout").and_then(|v| v.parse().ok()).unwrap_or(120.0));
    let mut sizes: Vec<usize> = flag("--sizes")
        .map(|v| v.split(',').filter_map(|s| s.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![100_000, 1_000_000]);
    sizes.sort_unstable();
    sizes.dedup();
    let shapes: Vec<Shape> = match flag("--shapes") {
        Some(list) => list
            .split(',')
            .map(|n| {
                Shape::from_name(n.trim()).unwrap_or_else(|| {
                    panic!(
                        "unknown shape {n:?}; known: {}",
                        Shape::all().map(Shape::name).collect::<Vec<_>>().join(", ")
                    )
                })
            })
            .collect(),
        None => Shape::all().collect(),
    };
    println!("adversarial bench: commit {}; machine: {}", commit(), machine());
    println!(
        "each input in its own process (release build) under ulimit -v {mem_mb} MB and a {:.0} s limit; seconds: median of up to 5 runs when fast",
        timeout.as_secs_f64()
    );
    println!(
        "budgets: peak memory <= 64 MB + 40 x input bytes; time <= 1 s per MB (checked at the largest size); growth <= {GROWTH_SLACK} x the size ratio\n"
    );
    let header = format!(
        "| {:<19} | {:>6} | {:>9} | {:>7} | {:>8} | {:>9} | {:>6} | {:>6} | {:>6} |",
        "shape", "size", "seconds", "growth", "peak MB", "budget MB", "memory", "time", "growth"
    );
    println!("{header}");
    println!("|{}|", header[1..header.len() - 1].split('|').map(|c| "-".repeat(c.len())).collect::<Vec<_>>().join("|"));
    let largest = *sizes.last().expect("a size");
    let mut failures = 0;
    let mut json_rows = Vec::new();
    for &shape in &shapes {
        let mut previous: Option<(usize, Outcome)> = None;
        for &bytes in &sizes {
            // After a smaller size hit a limit, a larger one would only hit it later.
            let skip = previous.as_ref().is_some_and(|(_, o)| !matches!(o, Outcome::Done { .. }));
            let outcome = if skip {
                Outcome::Failed("skipped: the smaller size hit a limit".into())
            } else {
                measure_in_child(shape, bytes, mem_mb, timeout)
            };
            let budget = memory_budget_bytes(bytes);
            let (seconds, mem_ok) = match &outcome {
                Outcome::Done { seconds, runs, peak_kb } => {
                    (format!("{seconds:.3}{}", if *runs > 1 { "" } else { "*" }), *peak_kb * 1024 <= budget)
                }
                Outcome::TimedOut { .. } => (format!(">{:.0}", timeout.as_secs_f64()), true),
                Outcome::OutOfMemory { .. } => ("-".into(), false),
                Outcome::Failed(_) => ("-".into(), false),
            };
            let peak = match &outcome {
                Outcome::Done { peak_kb, .. } => format!("{:.1}", *peak_kb as f64 / 1024.0),
                Outcome::TimedOut { peak_kb } => format!(">={:.0}", *peak_kb as f64 / 1024.0),
                Outcome::OutOfMemory { .. } => format!(">{mem_mb}"),
                Outcome::Failed(_) => "-".into(),
            };
            // A time-limited run still tells whether memory was in budget when it was killed.
            let mem_ok = mem_ok && outcome.peak_kb().is_some_and(|kb| kb * 1024 <= budget);
            let time_ok =
                (bytes == largest).then(|| outcome.seconds().is_some_and(|s| s <= time_budget_seconds(bytes)));
            let growth = previous.as_ref().and_then(|(small_bytes, small)| {
                let small_s = small.seconds()?;
                let allowed = GROWTH_SLACK * bytes as f64 / *small_bytes as f64;
                match outcome.seconds() {
                    Some(s) => Some((format!("{:.1}x", s / small_s), s / small_s <= allowed)),
                    None if matches!(outcome, Outcome::TimedOut { .. }) => Some((
                        format!(">{:.0}x", timeout.as_secs_f64() / small_s),
                        timeout.as_secs_f64() / small_s <= allowed,
                    )),
                    None => Some(("-".into(), false)),
                }
            });
            let memory_cell = if matches!(outcome, Outcome::Failed(_)) { "-" } else { verdict(mem_ok) };
            let time_cell = time_ok.map_or("-", verdict);
            let growth_cell = growth.as_ref().map_or("-", |(_, ok)| verdict(*ok));
            failures += [memory_cell, time_cell, growth_cell].iter().filter(|c| **c == "FAIL").count();
            println!(
                "| {:<19} | {:>6} | {:>9} | {:>7} | {:>8} | {:>9.0} | {:>6} | {:>6} | {:>6} |",
                shape.name(),
                size_label(bytes),
                seconds,
                growth.as_ref().map_or("-", |(g, _)| g.as_str()),
                peak,
                budget as f64 / 1024.0 / 1024.0,
                memory_cell,
                time_cell,
                growth_cell
            );
            if let Outcome::Failed(why) = &outcome {
                println!("|   ({}: {why})", shape.name());
            }
            json_rows.push(format!(
                "{{\"shape\":\"{}\",\"bytes\":{bytes},\"outcome\":\"{}\",\"seconds\":{},\"peak_kb\":{}}}",
                shape.name(),
                match outcome {
                    Outcome::Done { .. } => "done",
                    Outcome::TimedOut { .. } => "timeout",
                    Outcome::OutOfMemory { .. } => "out_of_memory",
                    Outcome::Failed(_) => "failed",
                },
                outcome.seconds().map_or("null".into(), |s| format!("{s:.6}")),
                outcome.peak_kb().map_or("null".into(), |k| k.to_string())
            ));
            previous = Some((bytes, outcome));
        }
    }
    println!("\n* one run only (the first took long enough). {failures} budget checks failed.");
    if let Some(path) = flag("--json") {
        if let Some(dir) = Path::new(&path).parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let body = format!(
            "{{\"commit\":\"{}\",\"machine\":\"{}\",\"mem_mb\":{mem_mb},\"timeout_s\":{},\"rows\":[{}]}}\n",
            commit(),
            machine().replace('"', "'"),
            timeout.as_secs_f64(),
            json_rows.join(",")
        );
        std::fs::write(&path, body).expect("write json");
        println!("written {path}");
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let positional = args.get(1).filter(|a| !a.starts_with("--")).cloned();
    match args.first().map(String::as_str) {
        Some(CHILD_FLAG) => adversarial_child(&args[1..]),
        Some("--adversarial" | "adversarial") => adversarial(&args[1..]),
        Some("corpus") => {
            let dir = positional.unwrap_or_else(|| "target/bench-corpus".into());
            let kb = flag("--kb").and_then(|k| k.parse().ok()).unwrap_or(320);
            std::fs::create_dir_all(&dir).expect("create corpus directory");
            remove_generated(Path::new(&dir));
            let articles = corpus(kb);
            for (name, text) in &articles {
                std::fs::write(Path::new(&dir).join(name), text).expect("write article");
            }
            let bytes: usize = articles.iter().map(|(_, t)| t.len()).sum();
            println!("corpus: {} articles, {} bytes in {dir}", articles.len(), bytes);
        }
        Some("native") => {
            let articles = match positional {
                Some(dir) => load(Path::new(&dir)),
                None => corpus(320),
            };
            if articles.is_empty() {
                eprintln!("reportage-bench: no .txt articles found");
                std::process::exit(2);
            }
            native(&articles, flag("--json").as_deref());
        }
        _ => {
            eprintln!(
                "usage: reportage-bench corpus DIR [--kb N] | reportage-bench native [DIR] [--json FILE]\n       \
                 reportage-bench --adversarial [--mem-mb N] [--timeout SECONDS] [--shapes a,b] [--sizes BYTES,BYTES] [--json FILE]"
            );
            std::process::exit(2);
        }
    }
}
