//! The command line: JSON out, options checked, batch mode.

use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: &str) -> (i32, String, String) {
    run_bytes(args, stdin.as_bytes())
}

#[test]
fn reads_standard_input_and_prints_json_with_utf16_offsets() {
    let (code, out, _) = run(&["-"], "Storm hits coast 🌊\n\nThree people died on Monday, officials said.");
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["article"]["headline"]["end"], 19, "the wave emoji counts two UTF-16 units");
}

#[test]
fn tokens_flag_adds_tokens_with_their_part_of_speech() {
    let text = "L'armée a bombardé Alep, où 12 civils sont morts.";
    let (code, out, err) = run(&["--lang", "fr", "--tokens"], text);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let alep = v["tokens"].as_array().unwrap().iter().find(|t| t["text"] == "Alep").expect("Alep");
    assert_eq!((&alep["start"], &alep["end"], &alep["pos"]), (&19.into(), &23.into(), &"PROPN".into()));
    let (_, plain, _) = run(&["--lang", "fr"], text);
    assert!(!plain.contains("\"tokens\""), "{plain}");
    // Every line of a batch.
    let (_, batch, _) = run(&["--jsonl", "--tokens"], "{\"id\": 1, \"text\": \"Rebels fled.\"}\n");
    assert_eq!(jsonl_lines(&batch)[0]["result"]["tokens"][0]["text"], "Rebels");
}

#[test]
fn bad_options_exit_2_naming_the_value() {
    for (args, needle) in [
        (vec!["--lang", "de"], "\"de\""),
        (vec!["--date", "2024-02-30"], "2024-02-30"),
        (vec!["--offsets", "utf32"], "utf32"),
        (vec!["--colour"], "--colour"),
    ] {
        let (code, _, err) = run(&args, "text");
        assert_eq!(code, 2, "{args:?}");
        assert!(err.contains(needle), "{err}");
    }
}

#[test]
fn jsonl_batch_gives_one_result_or_error_per_line() {
    let input = "{\"id\": 1, \"text\": \"Rebels took the town on Tuesday.\", \"date\": \"2025-03-14\"}\nnot json\n{\"id\": 3}\n";
    let (code, out, _) = run(&["--jsonl"], input);
    assert_eq!(code, 0);
    let lines: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["result"]["times"][0]["value"], "2025-03-11");
    assert!(lines[1]["error"].as_str().unwrap().contains("invalid JSON"));
    assert!(lines[2]["error"].as_str().unwrap().contains("text"));
}

/// Runs reportage with standard output going to `stdout`; returns (status, stderr).
fn run_into(args: &[&str], stdout: Stdio) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_reportage"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(Stdio::piped())
        .output()
        .expect("run reportage");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// The write end of a pipe whose reader has already gone.
fn closed_pipe() -> Stdio {
    let mut reader = Command::new("true").stdin(Stdio::piped()).spawn().expect("run true");
    let writer = reader.stdin.take().unwrap();
    reader.wait().unwrap();
    writer.into()
}

fn run_bytes(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_reportage"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run reportage");
    // The process may exit before reading (a bad option): a closed pipe is not a failure.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    let out = child.wait_with_output().unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code().unwrap_or(-1), text(&out.stdout), text(&out.stderr))
}

fn jsonl_lines(out: &str) -> Vec<serde_json::Value> {
    out.lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn help_and_version_on_a_closed_pipe_fail_quietly_without_panicking() {
    for flag in ["--help", "--version"] {
        let (code, err) = run_into(&[flag], closed_pipe());
        assert_eq!(code, 1, "{flag}: {err}");
        assert_eq!(err, "", "{flag}: a closed pipe is the reader's choice, not worth a message");
    }
}

#[test]
fn help_and_json_output_on_a_full_disk_fail_with_a_message_not_a_panic() {
    if !std::path::Path::new("/dev/full").exists() {
        return;
    }
    let batch = format!("{}/batch.jsonl", env!("CARGO_TARGET_TMPDIR"));
    std::fs::write(&batch, "{\"id\": 1, \"text\": \"Rebels took the town.\"}\n").unwrap();
    for args in [&["--help"][..], &["--version"], &["-"], &["--jsonl", &batch], &["--events-csv", "--jsonl", &batch]] {
        let full = std::fs::File::options().write(true).open("/dev/full").unwrap();
        let (code, err) = run_into(args, full.into());
        assert_eq!(code, 1, "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        if args[0].starts_with("--h") || args[0].starts_with("--v") {
            assert!(err.contains("cannot write output"), "{args:?}: {err}");
        }
    }
}

#[test]
fn json_output_on_a_closed_pipe_fails_quietly() {
    let (code, err) = run_into(&["-"], closed_pipe());
    assert_eq!(code, 1, "{err}");
    assert_eq!(err, "");
}

#[test]
fn jsonl_accepts_lone_surrogate_escapes_as_javascript_writes_them() {
    // JSON.stringify("a\ud800") is "a\ud800": a lone surrogate becomes U+FFFD, one UTF-16 unit,
    // as in the JavaScript API; a valid pair and an escaped backslash before "u" stay as they are.
    let input = r#"{"id": "x\udc00", "text": "Strikes hit \ud83d Aleppo on Friday \ud83c\udf0a, C:\\ud800."}"#;
    let (code, out, err) = run(&["--jsonl"], input);
    assert_eq!(code, 0, "{err}");
    let lines = jsonl_lines(&out);
    assert_eq!(lines[0]["id"], "x\u{fffd}", "{out}");
    let paragraph = &lines[0]["result"]["paragraphs"][0];
    assert_eq!(paragraph["text"], "Strikes hit \u{fffd} Aleppo on Friday 🌊, C:\\ud800.");
    assert_eq!(paragraph["end"], 44, "the lone surrogate counts one UTF-16 unit, the wave two");
    let aleppo =
        lines[0]["result"]["entities"].as_array().unwrap().iter().find(|e| e["name"] == "Aleppo").expect("Aleppo");
    assert_eq!(aleppo["mentions"][0]["start"], 14);
}

#[test]
fn jsonl_exits_1_only_when_no_line_succeeded() {
    let good = "{\"id\": 1, \"text\": \"Rebels took the town.\"}\n";
    let bad = "not json\n{\"id\": 2}\n";
    assert_eq!(run(&["--jsonl"], bad).0, 1, "every line failed");
    assert_eq!(run(&["--jsonl"], &format!("{bad}{good}")).0, 0, "one line succeeded");
    assert_eq!(run(&["--jsonl"], "").0, 0, "no line: nothing failed");
    assert_eq!(run(&["--jsonl"], "\n  \n").0, 0, "blank lines are skipped");
}

#[test]
fn jsonl_rejects_a_date_that_is_not_a_string() {
    let text = "\"text\": \"Rebels took the town on Tuesday.\"";
    for date in ["20240305", "{\"y\": 2024}", "true", "[\"2024-03-05\"]"] {
        let (code, out, _) = run(&["--jsonl"], &format!("{{\"id\": 1, {text}, \"date\": {date}}}\n"));
        assert_eq!(code, 1, "{date}");
        let error = jsonl_lines(&out)[0]["error"].as_str().unwrap().to_string();
        assert!(error.contains("\"date\"") && error.contains("string"), "{date}: {error}");
    }
    let (code, out, _) = run(&["--jsonl"], &format!("{{\"id\": 1, {text}, \"date\": null}}\n"));
    assert_eq!(code, 0, "a null date is no date: {out}");
    let (_, out, _) = run(&["--jsonl"], &format!("{{\"id\": 1, {text}, \"date\": \"2024-02-30\"}}\n"));
    let error = jsonl_lines(&out)[0]["error"].as_str().unwrap().to_string();
    assert!(error.contains("\"date\"") && error.contains("2024-02-30"), "{error}");
}

#[test]
fn date_takes_a_date_or_a_full_date_time_and_rejects_trailing_garbage() {
    for bad in [
        "2024-03-05xyz",
        "2024-03-05T25:99",
        "2024-03-05 nonsense",
        "2024-03-05T",
        "2024-03-05T10:30junk",
        "2024-03-05T10:30+25:00",
        "2024-03-05T10",
    ] {
        let (code, _, err) = run(&["--date", bad], "text");
        assert_eq!(code, 2, "{bad} should be refused");
        assert!(err.contains(bad), "{err}");
    }
    for good in [
        "2024-03-05",
        " 2024-03-05 ",
        "2024-03-05T10:30",
        "2024-03-05T10:30:00Z",
        "2024-03-05 10:30:59.250+01:00",
        "2024-03-05t23:59:60z",
    ] {
        let (code, out, err) = run(&["--date", good], "text");
        assert_eq!(code, 0, "{good}: {err}");
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["document_date"], "2024-03-05", "{good}");
    }
}

#[test]
fn input_that_is_not_utf8_is_refused_naming_the_byte_offset() {
    // Offsets in any unit would otherwise point into a converted text, not the input as given.
    for unit in ["utf8", "utf16"] {
        let (code, out, err) = run_bytes(&["--offsets", unit], b"Caf\xc3\xa9 \xff world");
        assert_eq!(code, 2, "{err}");
        assert_eq!(out, "");
        assert!(err.contains("not valid UTF-8") && err.contains("byte offset 6"), "{err}");
    }
}

#[test]
fn jsonl_line_that_is_not_utf8_gets_an_error_of_its_own() {
    let input = b"{\"id\": 1, \"text\": \"Caf\xe9\"}\n{\"id\": 2, \"text\": \"Rebels took the town.\"}\n";
    let (code, out, err) = run_bytes(&["--jsonl", "--offsets", "utf8"], input);
    assert_eq!(code, 0, "{err}");
    let lines = jsonl_lines(&out);
    assert_eq!(lines.len(), 2);
    let error = lines[0]["error"].as_str().unwrap();
    assert!(error.contains("not valid UTF-8") && error.contains("byte offset 22"), "{error}");
    assert_eq!(lines[0]["line"], 1);
    assert_eq!(lines[1]["id"], 2);
    assert!(lines[1]["result"].is_object());
}

#[test]
fn bench_corpus_is_deterministic_bilingual_and_of_real_length() {
    let exe = env!("CARGO_BIN_EXE_reportage-bench");
    let base = std::env::temp_dir().join(format!("reportage-bench-corpus-{}", std::process::id()));
    let write = |dir: &std::path::Path| {
        let out = Command::new(exe).args(["corpus", dir.to_str().unwrap(), "--kb", "40"]).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        files.into_iter().map(|p| (p.file_name().unwrap().to_owned(), std::fs::read(&p).unwrap())).collect::<Vec<_>>()
    };
    let a = write(&base.join("a"));
    // Over an earlier corpus with other names: none of the old articles is left, other files are.
    std::fs::create_dir_all(base.join("b")).unwrap();
    std::fs::write(base.join("b/999-fr.txt"), "old").unwrap();
    std::fs::write(base.join("b/notes.md"), "mine").unwrap();
    let mut b = write(&base.join("b"));
    let _ = std::fs::remove_dir_all(&base);
    assert_eq!(b.pop().map(|(n, _)| n), Some("notes.md".into()));
    assert_eq!(a, b, "the same corpus every time");
    let total: usize = a.iter().map(|(_, t)| t.len()).sum();
    assert!(total >= 40 * 1024 && a.len() >= 15, "{} articles, {total} bytes", a.len());
    for (name, text) in &a {
        assert!((500..=3072).contains(&text.len()), "{name:?}: {} bytes", text.len());
        assert!(std::str::from_utf8(text).is_ok());
    }
    for lang in ["-en.txt", "-fr.txt"] {
        assert!(a.iter().any(|(n, _)| n.to_string_lossy().ends_with(lang)), "some {lang}");
    }
}

#[test]
fn jsonl_refuses_unknown_fields_and_keeps_the_single_file_key_order() {
    let batch = "{\"id\": \"a\", \"text\": \"Two soldiers were killed on Friday.\"}\n{\"id\": \"b\", \"text\": \"x\", \"lang\": \"fr\"}\n";
    let (status, out, _) = run(&["--jsonl"], batch);
    assert_eq!(status, 0);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("{\"id\":\"a\",\"result\":{\"language\":"), "{}", lines[0]);
    assert!(lines[1].contains("unknown field \\\"lang\\\"") && lines[1].contains("\"line\":2"), "{}", lines[1]);
    let (_, single, _) = run(&["-"], "Two soldiers were killed on Friday.");
    let batch_result = &lines[0][lines[0].find("\"result\":").unwrap() + 9..lines[0].len() - 1];
    assert_eq!(batch_result, single.trim_end());
}

#[test]
fn whole_numbers_print_without_a_decimal_point() {
    let (_, out, _) = run(&["-"], "Officials said 35 people were wounded.");
    assert!(out.contains("\"value\":35,"), "{out}");
    assert!(!out.contains("35.0"), "{out}");
}

#[test]
fn a_bad_flag_gets_one_line_naming_it_not_the_usage() {
    let (status, _, err) = run(&["--colour"], "");
    assert_eq!(status, 2);
    assert!(err.contains("--colour") && err.lines().count() == 1, "{err}");
}

/// Writes `files` (name, contents) into a fresh directory, runs reportage-eval with `args`
/// (where `{dir}` stands for it), removes the directory; returns (status, stdout, stderr).
fn run_eval(files: &[(&str, &str)], args: &[&str]) -> (i32, String, String) {
    static RUNS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let run = RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("reportage-eval-{}-{run}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let dir_name = dir.to_str().unwrap().to_string();
    let args: Vec<String> = args.iter().map(|a| a.replace("{dir}", &dir_name)).collect();
    let out = Command::new(env!("CARGO_BIN_EXE_reportage-eval")).args(&args).output().expect("run reportage-eval");
    let _ = std::fs::remove_dir_all(&dir);
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code().unwrap_or(-1), text(&out.stdout), text(&out.stderr))
}

#[test]
fn eval_pos_scores_a_treebank_and_ends_with_the_accuracy() {
    let row = |i: usize, word: &str, upos: &str| format!("{i}\t{word}\t_\t{upos}\t_\t_\t0\t_\t_\t_\n");
    let treebank = format!(
        "# text = The army shelled the city.\n{}{}{}{}{}{}\n",
        row(1, "The", "DET"),
        row(2, "army", "NOUN"),
        row(3, "shelled", "VERB"),
        row(4, "the", "DET"),
        row(5, "city", "NOUN"),
        row(6, ".", "PUNCT")
    );
    let (code, out, err) = run_eval(&[("t.conllu", &treebank)], &["pos", "--lang", "en", "{dir}/t.conllu"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.lines().any(|l| l.starts_with("PUNCT ") && l.split_whitespace().nth(3) == Some("1")), "{out}");
    let last = out.lines().last().unwrap();
    let accuracy = last.strip_prefix("upos accuracy: ").and_then(|r| r.strip_suffix(" (6 tokens)")).unwrap_or("");
    assert!(accuracy.len() == 5 && accuracy.parse::<f64>().is_ok_and(|a| a > 0.5), "{last}");
    // A file that is not CoNLL-U: one line naming it and the line, exit 1.
    let (code, _, err) = run_eval(&[("bad.conllu", "1\tDo\tdo\tAUX\n")], &["pos", "{dir}/bad.conllu"]);
    assert_eq!(code, 1);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("bad.conllu: line 1:"), "{err}");
}

#[test]
fn eval_ner_refuses_a_file_with_an_index_before_the_token() {
    let file = "EU B-ORG\nrejects O\n\n0\tParis\tB-LOC\n1\test\tO\n2\tbelle\tO\n";
    let (code, out, err) = run_eval(&[("indexed.conll", file)], &["ner", "{dir}/indexed.conll"]);
    assert_eq!(code, 1, "{out}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("indexed.conll: line 4:") && err.contains("word index"), "{err}");
}

/// Reads CSV as RFC 4180 writes it (quoted fields may hold commas, doubled quotes and line
/// breaks), checking that every record has as many fields as the first.
fn csv_records(csv: &str) -> Vec<Vec<String>> {
    let (mut records, mut record, mut field) = (Vec::new(), Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, csv.chars().peekable());
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            '"' if quoted => quoted = false,
            '"' if field.is_empty() => quoted = true,
            ',' if !quoted => record.push(std::mem::take(&mut field)),
            '\n' if !quoted => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            c => field.push(c),
        }
    }
    assert!(!quoted && field.is_empty() && record.is_empty(), "unfinished record in {csv:?}");
    assert!(records.iter().all(|r| r.len() == records[0].len()), "{records:?}");
    records
}

const EVENT_CSV_HEADER: &str = "document,event_date,event_type,sub_event_type,actor1,actor2,country,admin1,location,\
fatalities,source,notes";

/// The row of `records` (header first) for the column `column`.
fn column<'r>(records: &'r [Vec<String>], row: usize, column: &str) -> &'r str {
    let at = records[0].iter().position(|c| c == column).unwrap_or_else(|| panic!("no column {column}"));
    &records[row][at]
}

#[test]
fn events_csv_writes_acled_columns_and_quotes_the_notes() {
    let text = "An airstrike by Russian jets killed 12 people, among them \"three children\", in Aleppo on \
                Tuesday, rescuers said.";
    let (code, out, err) = run(&["--events-csv", "--date", "2024-03-07"], text);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().next(), Some(EVENT_CSV_HEADER));
    let records = csv_records(&out);
    assert_eq!(records.len(), 2, "{out}");
    for (name, value) in [
        ("document", "-"),
        ("event_date", "2024-03-05"),
        ("event_type", "Explosions/Remote violence"),
        ("sub_event_type", "Air/drone strike"),
        ("location", "Aleppo"),
        ("country", "Syria"),
        ("fatalities", "12"),
        ("source", "rescuers"),
        ("notes", text),
    ] {
        assert_eq!(column(&records, 1, name), value, "{name}: {out}");
    }
    // The note holds commas and quotes: quoted, its quotes doubled.
    let quoted = "\"An airstrike by Russian jets killed 12 people, among them \"\"three children\"\", in Aleppo";
    assert!(out.lines().nth(1).unwrap().ends_with(&format!("{quoted} on Tuesday, rescuers said.\"")), "{out}");
}

#[test]
fn events_csv_names_actors_by_their_entity_and_counts_no_figure_as_0() {
    // "russe" is a mention of an entity: the actor is written by the entity's name.
    let text = "L'aviation russe a bombardé Kharkiv mardi 5 mars 2024, tuant huit civils, selon le parquet régional.";
    let (code, out, err) = run(&["--events-csv", "--lang", "fr"], text);
    assert_eq!(code, 0, "{err}");
    let records = csv_records(&out);
    assert_eq!(records.len(), 2, "{out}");
    let (_, json, _) = run(&["--lang", "fr"], text);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let actor = &v["events"][0]["actors"][0];
    assert_eq!((&actor["text"]["text"], &actor["role"]), (&"russe".into(), &"actor1".into()), "{json}");
    let entity = v["entities"].as_array().unwrap().iter().find(|e| e["id"] == actor["entity"]).unwrap();
    assert_eq!(column(&records, 1, "actor1"), entity["name"].as_str().unwrap());
    for (name, value) in [
        ("event_date", "2024-03-05"),
        ("event_type", "Explosions/Remote violence"),
        ("location", "Kharkiv"),
        ("country", "Ukraine"),
        ("fatalities", "8"),
        ("source", "le parquet régional"),
        ("notes", text),
    ] {
        assert_eq!(column(&records, 1, name), value, "{name}: {out}");
    }
    // An actor that is no entity is written by its words; an event without a toll has 0 dead.
    let (_, out, _) = run(&["--events-csv"], "Thousands of protesters marched through Nairobi on Tuesday.");
    let records = csv_records(&out);
    assert_eq!(column(&records, 1, "event_type"), "Protests", "{out}");
    assert_eq!((column(&records, 1, "actor1"), column(&records, 1, "fatalities")), ("protesters", "0"));
    assert_eq!(column(&records, 1, "event_date"), "", "no document date, no date: {out}");
}

#[test]
fn events_csv_takes_several_files_with_one_header_and_skips_the_unreadable() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("events-csv");
    std::fs::create_dir_all(&dir).unwrap();
    let (strike, protest, missing) = (dir.join("strike.txt"), dir.join("protest.txt"), dir.join("missing.txt"));
    std::fs::write(&strike, "An airstrike by Russian jets killed 12 people in Aleppo on Tuesday.").unwrap();
    std::fs::write(&protest, "Thousands of protesters marched through Nairobi on Tuesday.").unwrap();
    let _ = std::fs::remove_file(&missing);
    let [strike, protest, missing] = [&strike, &protest, &missing].map(|p| p.to_str().unwrap().to_string());
    let (code, out, err) = run(&["--events-csv", &strike, &missing, &protest], "");
    assert_eq!(code, 1, "an unreadable file: {err}");
    assert!(err.contains("cannot read") && err.contains(&missing) && err.lines().count() == 1, "{err}");
    let records = csv_records(&out);
    assert_eq!(records.len(), 3, "one header, one event from each readable file: {out}");
    assert_eq!(out.matches("document,").count(), 1, "{out}");
    assert_eq!((column(&records, 1, "document"), column(&records, 2, "document")), (&strike[..], &protest[..]));
    // Several files are for the CSV only.
    let (code, _, err) = run(&[&strike, &protest], "");
    assert_eq!(code, 2);
    assert!(err.contains("--events-csv") && err.lines().count() == 1, "{err}");
}

#[test]
fn events_csv_with_jsonl_writes_each_record_id_and_reports_failed_lines() {
    let batch = "{\"id\": \"kenya-1\", \"text\": \"Thousands of protesters marched through Nairobi on Tuesday.\"}\n\
                 not json\n\
                 {\"id\": 7, \"text\": \"An airstrike by Russian jets killed 12 people in Aleppo on Tuesday.\", \
                 \"date\": \"2024-03-07\"}\n\
                 {\"text\": \"Gunmen attacked villagers in Zamfara on Monday, killing 9 people, police said.\"}\n\
                 {\"id\": \"no text\"}\n";
    let (code, out, err) = run(&["--events-csv", "--jsonl"], batch);
    assert_eq!(code, 0, "{err}");
    let records = csv_records(&out);
    assert_eq!(out.lines().next(), Some(EVENT_CSV_HEADER));
    let documents: Vec<&str> = (1..records.len()).map(|row| column(&records, row, "document")).collect();
    assert_eq!(documents, ["kenya-1", "7", ""], "a string id as it is, a number as JSON, no id empty: {out}");
    assert_eq!(column(&records, 2, "event_date"), "2024-03-05", "each line's date: {out}");
    assert!(err.contains("line 2: invalid JSON") && err.contains("line 5 (id \"no text\")"), "{err}");
    assert_eq!(err.lines().count(), 2, "{err}");
    let (code, out, _) = run(&["--events-csv", "--jsonl"], "not json\n");
    assert_eq!((code, out.trim_end()), (1, EVENT_CSV_HEADER), "every line failed");
}

#[test]
fn events_csv_refuses_flags_that_do_nothing_to_it() {
    for flag in [&["--pretty"][..], &["--tokens"], &["--offsets", "utf8"]] {
        let args: Vec<&str> = ["--events-csv"].iter().chain(flag).copied().collect();
        let (code, out, err) = run(&args, "Rebels took the town.");
        assert_eq!((code, out.as_str()), (2, ""), "{args:?}");
        assert!(err.contains(flag[0]) && err.contains("--events-csv") && err.lines().count() == 1, "{err}");
    }
    let (code, _, err) = run(&["--events-csv", "--jsonl", "a.jsonl", "b.jsonl"], "");
    assert_eq!(code, 2);
    assert!(err.contains("--jsonl") && err.contains("b.jsonl"), "{err}");
}
