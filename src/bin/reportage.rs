//! `reportage`: extract facts from news articles on the command line.

use reportage::{extract, Error, Extraction, OffsetUnit, Options};
use std::io::{self, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "\
usage: reportage [FILE|-] [--lang auto|en|fr] [--date YYYY-MM-DD] [--offsets utf16|utf8|codepoint]
                 [--tokens] [--pretty] [--jsonl] [--max-bytes N]
       reportage --events-csv [FILE...|-] [--lang L] [--date D] [--jsonl] [--max-bytes N]

Reads an article (FILE, or standard input when FILE is - or absent) and prints its extraction
as JSON. Offsets default to utf16, the unit of JavaScript strings.

  --lang L       language of the text: auto (default), en, fr
  --date D       document date for relative expressions (default: the article's published date):
                 YYYY-MM-DD, or a date and time such as 2024-03-05T10:30 or 2024-03-05T10:30:00Z
                 (the time and time zone are checked, then ignored)
  --offsets U    unit of every start/end: utf16 (default), utf8, codepoint
  --tokens       add \"tokens\": every token of the sentences in order, {start, end, text, pos},
                 pos a Universal Dependencies tag (NOUN, PROPN, VERB...); off by default
  --pretty       indent the JSON
  --jsonl        batch mode: each input line is {\"id\": ..., \"text\": ..., \"date\"?: ...}, with
                 \"date\" a string as for --date (or null); each output line is
                 {\"id\": ..., \"result\": ...} or {\"id\": ..., \"line\": N, \"error\": ...};
                 any other field is an error for its line.
                 A lone surrogate escape (\"\\ud800\", as JavaScript's JSON.stringify writes it)
                 becomes U+FFFD, one UTF-16 unit, as in the JavaScript API.
  --events-csv   write the events as CSV instead of JSON (RFC 4180 quoting, LF line ends): a
                 header, then one line per event, in the columns document (the FILE as given,
                 - for standard input, or the --jsonl line's id), then ACLED's event_date,
                 event_type, sub_event_type, actor1, actor2, country, admin1, location,
                 fatalities (0 when the text gives no figure), source and notes (the event's
                 sentence). Takes several FILEs: one that cannot be read or is refused is
                 reported on standard error and skipped, as is a --jsonl line that fails.
                 Not with --pretty, --tokens or --offsets, which do nothing to the CSV.
  --max-bytes N  refuse inputs larger than N bytes (default 16 MiB)
  -h, --help     this text
  -V, --version  the version

The input must be UTF-8: other input is refused, naming the byte offset of the first invalid
sequence, so that offsets in every unit (utf8 included) point into the input as given. With
--jsonl, a line that is not UTF-8 gets an error line of its own.

Exit status: 0 done; 1 the input could not be read, the output could not be written (a closed
pipe included, silently), or --jsonl had lines and none succeeded; 2 a bad flag or option, or
input refused (not UTF-8, over --max-bytes). With --events-csv and several FILEs, the status of
the first that failed (the others are still written).";

struct Cli {
    /// The input files as given; none means standard input. More than one only with
    /// `--events-csv`.
    inputs: Vec<String>,
    options: Options,
    pretty: bool,
    jsonl: bool,
    events_csv: bool,
}

/// What the arguments ask for.
enum Action {
    Help,
    Version,
    Run(Cli),
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Action, String> {
    let mut options = Options { offsets: OffsetUnit::Utf16, ..Options::default() };
    let (mut inputs, mut pretty, mut jsonl, mut events_csv, mut offsets) = (Vec::new(), false, false, false, false);
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            inline.clone().or_else(|| args.next()).ok_or_else(|| format!("{name} needs a value"))
        };
        let checked = |r: Result<&mut Options, Error>| r.map(|_| ()).map_err(|e| e.to_string());
        match flag.as_str() {
            "-h" | "--help" => return Ok(Action::Help),
            "-V" | "--version" => return Ok(Action::Version),
            "--lang" | "--language" => checked(options.set_language(&value("--lang")?))?,
            "--date" => checked(options.set_document_date(&value("--date")?))?,
            "--offsets" => {
                checked(options.set_offsets(&value("--offsets")?))?;
                offsets = true;
            }
            "--max-bytes" => {
                let v = value("--max-bytes")?;
                let n: f64 =
                    v.parse().map_err(|_| format!("invalid value {v:?} for --max-bytes: expected a number"))?;
                checked(options.set_max_input_bytes(n))?
            }
            "--tokens" => options.tokens = true,
            "--pretty" => pretty = true,
            "--jsonl" => jsonl = true,
            "--events-csv" => events_csv = true,
            f if f.starts_with('-') && f != "-" => return Err(format!("unknown flag {f}")),
            _ => inputs.push(arg),
        }
    }
    if let Some(extra) = inputs.get(1) {
        if !events_csv {
            return Err(format!("unexpected argument {extra:?}: only one input file, or several with --events-csv"));
        }
        if jsonl {
            return Err(format!("unexpected argument {extra:?}: --jsonl reads one input file"));
        }
    }
    if events_csv {
        for (given, flag, why) in [
            (pretty, "--pretty", "it indents JSON"),
            (options.tokens, "--tokens", "the CSV has no tokens"),
            (offsets, "--offsets", "the CSV has no offsets"),
        ] {
            if given {
                return Err(format!("{flag} does not go with --events-csv: {why}"));
            }
        }
    }
    Ok(Action::Run(Cli { inputs, options, pretty, jsonl, events_csv }))
}

/// Reports a problem on standard error. A failure to write it is ignored: there is nowhere
/// left to report it, and the exit status still tells.
fn report(message: std::fmt::Arguments) {
    let _ = writeln!(io::stderr(), "reportage: {message}");
}

fn read_input(path: Option<&str>) -> io::Result<Vec<u8>> {
    match path {
        None | Some("-") => {
            let mut bytes = Vec::new();
            io::stdin().read_to_end(&mut bytes)?;
            Ok(bytes)
        }
        Some(p) => std::fs::read(p),
    }
}

/// Why the input is not UTF-8, naming the offset of its first invalid sequence.
fn not_utf8(e: &std::str::Utf8Error) -> String {
    format!("not valid UTF-8: invalid byte sequence at byte offset {}", e.valid_up_to())
}

/// JSON as the library writes it for JavaScript: fields in order, whole numbers without ".0".
fn to_json<T: serde::Serialize>(value: &T, pretty: bool) -> String {
    let json = if pretty { reportage::output::to_json_pretty(value) } else { reportage::output::to_json(value) };
    json.unwrap_or_else(|e| format!("{{\"error\":{:?}}}", e.to_string()))
}

/// A `--jsonl` output line for a record that was extracted.
#[derive(serde::Serialize)]
struct ResultLine<'a> {
    id: &'a serde_json::Value,
    result: &'a Extraction,
}

/// A `--jsonl` output line for a line that failed, with the record's id when it was read.
#[derive(serde::Serialize)]
struct ErrorLine<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a serde_json::Value>,
    line: usize,
    error: &'a str,
}

/// The fields a `--jsonl` record may have.
const RECORD_FIELDS: [&str; 3] = ["id", "text", "date"];

fn is_high_surrogate(unit: u16) -> bool {
    (0xD800..=0xDBFF).contains(&unit)
}

fn is_low_surrogate(unit: u16) -> bool {
    (0xDC00..=0xDFFF).contains(&unit)
}

/// The UTF-16 unit of a `\uXXXX` escape starting at `at` (at its backslash), if there is one.
fn unicode_escape(json: &[u8], at: usize) -> Option<u16> {
    match json.get(at..at + 6)? {
        [b'\\', b'u', hex @ ..] if hex.iter().all(u8::is_ascii_hexdigit) => {
            // Four ASCII hex digits: valid UTF-8 and a valid u16.
            u16::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()
        }
        _ => None,
    }
}

/// Replaces `\uXXXX` escapes of lone UTF-16 surrogates inside the JSON strings of `json` by
/// `\ufffd`, which is what a JavaScript string holding them becomes on its way into the library.
/// Valid surrogate pairs, other escapes (`\\ud800` is a backslash and "ud800") and everything
/// outside strings are left as they are.
fn replace_lone_surrogate_escapes(json: &str) -> std::borrow::Cow<'_, str> {
    let bytes = json.as_bytes();
    let mut out = String::new();
    let (mut copied, mut i, mut in_string) = (0, 0, false);
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                in_string = !in_string;
                i += 1;
            }
            b'\\' if in_string => match unicode_escape(bytes, i) {
                Some(unit) if is_high_surrogate(unit) && unicode_escape(bytes, i + 6).is_some_and(is_low_surrogate) => {
                    i += 12;
                }
                Some(unit) if is_high_surrogate(unit) || is_low_surrogate(unit) => {
                    // `i` is at an ASCII backslash and `i + 6` just after six ASCII bytes:
                    // both are character boundaries.
                    out.push_str(&json[copied..i]);
                    out.push_str("\\ufffd");
                    i += 6;
                    copied = i;
                }
                Some(_) => i += 6,
                None => i += 2,
            },
            _ => i += 1,
        }
    }
    if copied == 0 {
        return std::borrow::Cow::Borrowed(json);
    }
    out.push_str(&json[copied..]);
    std::borrow::Cow::Owned(out)
}

/// The name of a JSON value's type, with its article, for error messages.
fn json_type(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// Extracts one `--jsonl` record: its `text`, with its `date` (a string, or null or absent).
fn extract_record(record: &serde_json::Value, options: &Options) -> Result<Extraction, String> {
    let fields =
        record.as_object().ok_or_else(|| format!("each line must be a JSON object, got {}", json_type(record)))?;
    if let Some(unknown) = fields.keys().find(|k| !RECORD_FIELDS.contains(&k.as_str())) {
        return Err(format!("unknown field {unknown:?}: a line may have \"id\", \"text\" and \"date\""));
    }
    let text = record.get("text").and_then(|t| t.as_str()).ok_or("each line needs a string field \"text\"")?;
    let mut options = options.clone();
    match record.get("date") {
        None | Some(serde_json::Value::Null) => {}
        Some(serde_json::Value::String(date)) => {
            options.set_document_date(date).map_err(|e| format!("field \"date\": {e}"))?;
        }
        Some(other) => {
            return Err(format!("field \"date\" must be a string such as \"2024-03-05\", got {}", json_type(other)))
        }
    }
    extract(text, &options).map_err(|e| e.to_string())
}

/// What became of one `--jsonl` line: its number (from 1), the record's id when the line was
/// read as JSON (`null` when it has none), and the extraction or why there is none.
struct Record<'a> {
    line: usize,
    id: Option<&'a serde_json::Value>,
    result: Result<Extraction, String>,
}

/// Reads a `--jsonl` batch, calling `each` for every non-blank line. Returns how many lines
/// succeeded and how many failed.
fn each_record(
    input: &[u8],
    options: &Options,
    mut each: impl FnMut(Record) -> io::Result<()>,
) -> io::Result<(usize, usize)> {
    let (mut succeeded, mut failed) = (0, 0);
    for (n, line) in input.split(|&b| b == b'\n').enumerate() {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.trim_ascii().is_empty() {
            continue;
        }
        let parsed =
            std::str::from_utf8(line).map_err(|e| format!("line is {} of the line", not_utf8(&e))).and_then(|line| {
                serde_json::from_str::<serde_json::Value>(&replace_lone_surrogate_escapes(line))
                    .map_err(|e| format!("invalid JSON: {e}"))
            });
        let record = match parsed {
            Ok(record) => record,
            Err(error) => {
                failed += 1;
                each(Record { line: n + 1, id: None, result: Err(error) })?;
                continue;
            }
        };
        let result = extract_record(&record, options);
        match result {
            Ok(_) => succeeded += 1,
            Err(_) => failed += 1,
        }
        each(Record { line: n + 1, id: Some(record.get("id").unwrap_or(&serde_json::Value::Null)), result })?;
    }
    Ok((succeeded, failed))
}

/// Batch mode: one result or error line per non-blank input line. Returns how many lines
/// succeeded and how many failed.
fn run_jsonl(input: &[u8], cli: &Cli, out: &mut impl Write) -> io::Result<(usize, usize)> {
    each_record(input, &cli.options, |record| {
        let written = match &record.result {
            Ok(result) => {
                let id = record.id.unwrap_or(&serde_json::Value::Null);
                to_json(&ResultLine { id, result }, false)
            }
            Err(error) => to_json(&ErrorLine { id: record.id, line: record.line, error }, false),
        };
        writeln!(out, "{written}")
    })
}

/// The `document` column of `--events-csv` for a `--jsonl` id: a string as it is, nothing for
/// null, any other value as JSON (`7`, `[1,2]`).
fn id_column(id: &serde_json::Value) -> String {
    match id {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Writes the `--events-csv` lines of one document's events.
fn write_event_rows(out: &mut impl Write, document: &str, result: &Extraction) -> io::Result<()> {
    for row in result.event_rows() {
        let fields = std::iter::once(document).chain(row.iter().map(String::as_str));
        writeln!(out, "{}", reportage::output::csv_record(fields))?;
    }
    Ok(())
}

/// `--events-csv`: the header, then the events of every input file, or of every line of a
/// `--jsonl` batch. A file or line that fails is reported on standard error and skipped.
/// Returns the exit status: that of the first file that failed, as if it had been alone; with
/// `--jsonl`, 1 when there were lines and none succeeded.
fn run_events_csv(cli: &Cli, out: &mut impl Write) -> io::Result<ExitCode> {
    let header = std::iter::once("document").chain(reportage::output::EVENT_COLUMNS);
    writeln!(out, "{}", reportage::output::csv_record(header))?;
    let stdin = ["-".to_string()];
    let inputs = if cli.inputs.is_empty() { &stdin[..] } else { &cli.inputs[..] };
    let mut status = None;
    for name in inputs {
        let input = match read_input(Some(name)) {
            Ok(bytes) => bytes,
            Err(e) => {
                report(format_args!("cannot read {}: {e}", input_name(name)));
                status.get_or_insert(ExitCode::from(1));
                continue;
            }
        };
        if cli.jsonl {
            let (succeeded, failed) = each_record(&input, &cli.options, |record| match &record.result {
                Ok(result) => write_event_rows(out, &id_column(record.id.unwrap_or(&serde_json::Value::Null)), result),
                Err(error) => {
                    match record.id {
                        Some(id) if !id.is_null() => report(format_args!("line {} (id {id}): {error}", record.line)),
                        _ => report(format_args!("line {}: {error}", record.line)),
                    }
                    Ok(())
                }
            })?;
            if let Some(failed) = batch_status(succeeded, failed) {
                status.get_or_insert(failed);
            }
            continue;
        }
        let result = utf8_text(&input, input_name(name))
            .and_then(|text| extract(text, &cli.options).map_err(|e| format!("{}: {e}", input_name(name))));
        match result {
            Ok(result) => write_event_rows(out, name, &result)?,
            Err(e) => {
                report(format_args!("{e}"));
                status.get_or_insert(ExitCode::from(2));
            }
        }
    }
    Ok(status.unwrap_or(ExitCode::SUCCESS))
}

/// The input as text, or the message saying where it is not UTF-8 (`name` names the input).
fn utf8_text<'i>(input: &'i [u8], name: &str) -> Result<&'i str, String> {
    std::str::from_utf8(input).map_err(|e| format!("{name} is {}", not_utf8(&e)))
}

/// The exit status of a `--jsonl` batch: 1 when it had lines and none succeeded.
fn batch_status(succeeded: usize, failed: usize) -> Option<ExitCode> {
    (succeeded == 0 && failed > 0).then(|| ExitCode::from(1))
}

/// How messages name an input: its path, or "standard input" for `-`.
fn input_name(path: &str) -> &str {
    if path == "-" {
        "standard input"
    } else {
        path
    }
}

/// Standard output could not be written: exit 1, saying why unless the reader closed the
/// pipe (its choice, as with `| head`).
fn output_failed(e: io::Error) -> ExitCode {
    if e.kind() != io::ErrorKind::BrokenPipe {
        report(format_args!("cannot write output: {e}"));
    }
    ExitCode::from(1)
}

/// Writes `text` and a newline to standard output.
fn print_line(text: &str) -> ExitCode {
    let mut out = io::stdout().lock();
    match writeln!(out, "{text}").and_then(|_| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => output_failed(e),
    }
}

fn main() -> ExitCode {
    let cli = match parse_args(std::env::args().skip(1)) {
        Ok(Action::Run(cli)) => cli,
        Ok(Action::Help) => return print_line(USAGE),
        Ok(Action::Version) => return print_line(&format!("reportage {}", env!("CARGO_PKG_VERSION"))),
        Err(e) => {
            report(format_args!("{e} (reportage --help lists the flags)"));
            return ExitCode::from(2);
        }
    };
    if cli.events_csv {
        let mut out = io::BufWriter::new(io::stdout().lock());
        return match run_events_csv(&cli, &mut out).and_then(|status| out.flush().map(|_| status)) {
            Ok(status) => status,
            Err(e) => output_failed(e),
        };
    }
    let input_path = cli.inputs.first().map(String::as_str);
    let input = match read_input(input_path) {
        Ok(bytes) => bytes,
        Err(e) => {
            report(format_args!("cannot read {}: {e}", input_path.unwrap_or("standard input")));
            return ExitCode::from(1);
        }
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut status = ExitCode::SUCCESS;
    let written = if cli.jsonl {
        run_jsonl(&input, &cli, &mut out).map(|(succeeded, failed)| {
            if let Some(failed) = batch_status(succeeded, failed) {
                status = failed;
            }
        })
    } else {
        let text = match utf8_text(&input, input_path.unwrap_or("standard input")) {
            Ok(text) => text,
            Err(e) => {
                report(format_args!("{e}"));
                return ExitCode::from(2);
            }
        };
        match extract(text, &cli.options) {
            Ok(result) => writeln!(out, "{}", to_json(&result, cli.pretty)),
            Err(e) => {
                report(format_args!("{e}"));
                return ExitCode::from(2);
            }
        }
    };
    match written.and_then(|_| out.flush()) {
        Ok(()) => status,
        Err(e) => output_failed(e),
    }
}
