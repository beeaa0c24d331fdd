//! `reportage-train pos|ner en|fr`: trains a tagger from the public treebanks in
//! `../shared/train/` (and, for English entities, the CoNLL-2003 dev split for choosing the
//! pass) and writes it to `data/models/`. Deterministic: the same data and seed give the
//! same bytes.

use reportage::tagger::train::{read_conllu, read_iob, train, Corpus, Settings, Task};
use reportage::tagger::Weights;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: reportage-train pos|ner en|fr [--data DIR] [--out FILE] [--epochs N] [--features N] [--lexicon MIN_COUNT (0: none)] [--seed N] [--slice SENTENCES]\n\
  DIR holds train/ and eval/ as in ../shared (default: ../shared, or $REPORTAGE_DATA)";

/// What one model is trained on: files under the data directory.
struct Recipe {
    train: &'static [&'static str],
    dev: &'static [&'static str],
    max_features: usize,
    /// Passes over the training data in each of the two rounds.
    epochs: usize,
    /// How often a word must be seen to enter the lexicon (parts of speech only).
    lexicon_min_count: Option<u32>,
}

fn recipe(task: &str, language: &str) -> Option<Recipe> {
    Some(match (task, language) {
        ("pos", "en") => Recipe {
            train: &["train/ud-en-ewt/en_ewt-ud-train.conllu"],
            dev: &["train/ud-en-ewt/en_ewt-ud-dev.conllu"],
            max_features: 7_000,
            epochs: 8,
            lexicon_min_count: Some(1),
        },
        ("pos", "fr") => Recipe {
            train: &["train/ud-fr-sequoia/fr_sequoia-ud-train.conllu", "train/ud-fr-gsd/fr_gsd-ud-dev.conllu"],
            dev: &["train/ud-fr-sequoia/fr_sequoia-ud-dev.conllu"],
            max_features: 4_000,
            epochs: 8,
            lexicon_min_count: Some(2),
        },
        ("ner", "en") => Recipe {
            train: &["train/ner-en-conll2003/eng.train.iob2.tsv"],
            dev: &["eval/conll2003/eng.testa.conll"],
            max_features: 19_000,
            // Its second round still gained on dev at the eighth pass.
            epochs: 12,
            lexicon_min_count: None,
        },
        ("ner", "fr") => Recipe {
            train: &["train/ner-fr-wikineural/wikineural-fr.train.tsv"],
            dev: &["train/ner-fr-wikineural/wikineural-fr.heldout.tsv"],
            max_features: 11_800,
            epochs: 8,
            lexicon_min_count: None,
        },
        _ => return None,
    })
}

fn read(data: &Path, files: &[&str], conllu: bool) -> Result<Corpus, String> {
    let mut corpus = Corpus::new();
    for f in files {
        let path = data.join(f);
        let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let read = if conllu { read_conllu(&text) } else { read_iob(&text) };
        corpus.extend(read.map_err(|e| format!("{}: {e}", path.display()))?);
    }
    Ok(corpus)
}

/// The first `n` sentences of a corpus, documents kept whole where they fit.
fn slice(corpus: Corpus, n: usize) -> Corpus {
    let mut left = n;
    let mut out = Corpus::new();
    for mut doc in corpus {
        if left == 0 {
            break;
        }
        doc.truncate(left);
        left -= doc.len();
        out.push(doc);
    }
    out
}

fn run(args: &[String]) -> Result<(), String> {
    let (task, language) = match args {
        [t, l, ..] => (t.as_str(), l.as_str()),
        _ => return Err(USAGE.into()),
    };
    let recipe = recipe(task, language).ok_or_else(|| format!("no model {task} {language}\n{USAGE}"))?;
    let mut data = std::env::var_os("REPORTAGE_DATA").map_or_else(|| PathBuf::from("../shared"), PathBuf::from);
    let mut out = PathBuf::from(format!("data/models/{task}-{language}.bin"));
    let mut settings = Settings {
        epochs: recipe.epochs,
        seed: 20_261_125,
        max_features: recipe.max_features,
        lexicon_min_count: recipe.lexicon_min_count,
    };
    let mut sentences = None;
    let mut it = args[2..].iter();
    while let Some(flag) = it.next() {
        let value = it.next().ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?;
        let number = || value.parse::<usize>().map_err(|_| format!("{flag}: {value:?} is not a number"));
        match flag.as_str() {
            "--data" => data = PathBuf::from(value),
            "--out" => out = PathBuf::from(value),
            "--epochs" => settings.epochs = number()?,
            "--features" => settings.max_features = number()?,
            "--lexicon" => settings.lexicon_min_count = Some(number()? as u32).filter(|&n| n > 0),
            "--seed" => settings.seed = number()? as u64,
            "--slice" => sentences = Some(number()?),
            _ => return Err(format!("unknown option {flag}\n{USAGE}")),
        }
    }
    let conllu = task == "pos";
    let mut train_set = read(&data, recipe.train, conllu)?;
    let mut dev_set = read(&data, recipe.dev, conllu)?;
    if let Some(n) = sentences {
        train_set = slice(train_set, n);
        dev_set = slice(dev_set, n / 4 + 1);
    }
    let pos_model;
    let task = match task {
        "pos" => Task::Pos,
        _ => {
            // The entity tagger reads the parts of speech of the language's model, as shipped.
            let path = out.with_file_name(format!("pos-{language}.bin"));
            let bytes = std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            pos_model = Weights::read(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
            let contractions =
                reportage::lang::find(language).map_or(&[][..], |l| reportage::lang::lexicon(l).grammar.contractions);
            Task::Entities { pos: &pos_model, contractions }
        }
    };
    let count =
        |c: &Corpus| (c.iter().map(Vec::len).sum::<usize>(), c.iter().flatten().map(|s| s.words.len()).sum::<usize>());
    let ((ts, tw), (ds, dw)) = (count(&train_set), count(&dev_set));
    eprintln!("training on {ts} sentences ({tw} words), choosing the pass on {ds} sentences ({dw} words)");
    let started = std::time::Instant::now();
    let trained = train(task, &train_set, &dev_set, settings);
    let scores: Vec<String> = trained.dev_scores.iter().map(|s| format!("{s:.4}")).collect();
    println!("dev score by pass: {}", scores.join(" "));
    println!(
        "kept pass {} (dev {:.4}); {} of {} features; {} bytes; {:.1} s",
        trained.epoch,
        trained.dev_scores.get(trained.epoch.wrapping_sub(1)).copied().unwrap_or(0.0),
        Weights::read(&trained.bytes).map(|w| w.len()).unwrap_or(0),
        trained.features_learnt,
        trained.bytes.len(),
        started.elapsed().as_secs_f64()
    );
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    std::fs::write(&out, &trained.bytes).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    println!("wrote {}", out.display());
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("reportage-train: {e}");
            ExitCode::from(2)
        }
    }
}
