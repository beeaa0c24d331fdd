//! The taggers: the shipped models read and tag, and the training command is deterministic.
//! Training data is read from `../shared/train` (or `$REPORTAGE_DATA/train`); where it is
//! absent the training test is skipped with a note, unless `REPORTAGE_REQUIRE_DATA` is set.

use reportage::lang::LANGUAGES;
use reportage::model::Upos;
use reportage::tagger::pos_of_words;
use std::path::{Path, PathBuf};
use std::process::Command;

fn data_dir() -> PathBuf {
    std::env::var_os("REPORTAGE_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"))
}

/// FNV-1a over 64 bits: a digest of a model file.
fn digest(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// The digest of the model `train_slice` writes. It pins the features and the training: when
/// either changes on purpose, retrain every model in `data/models/` (see its README) and
/// write the new digest here.
const SLICE_MODEL_DIGEST: u64 = 0xafa8_ebb4_d8b4_1ae0;

fn train_slice(out: &Path) -> Vec<u8> {
    let status = Command::new(env!("CARGO_BIN_EXE_reportage-train"))
        .args(["pos", "en", "--slice", "300", "--epochs", "2", "--features", "1500", "--out"])
        .arg(out)
        .arg("--data")
        .arg(data_dir())
        .output()
        .expect("reportage-train runs");
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    std::fs::read(out).expect("the model was written")
}

#[test]
fn the_training_command_reproduces_a_small_model_exactly() {
    if !data_dir().join("train/ud-en-ewt").is_dir() {
        assert!(std::env::var_os("REPORTAGE_REQUIRE_DATA").is_none(), "no training data in {}", data_dir().display());
        eprintln!("skipped: no training data in {}", data_dir().display());
        return;
    }
    let dir = std::env::temp_dir().join(format!("reportage-train-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let first = train_slice(&dir.join("a.bin"));
    let second = train_slice(&dir.join("b.bin"));
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(first, second, "two runs on the same data differ");
    assert_eq!(digest(&first), SLICE_MODEL_DIGEST, "the slice model changed: digest {:#x}", digest(&first));
}

#[test]
fn every_shipped_model_reads_with_its_labels() {
    for lexicon in LANGUAGES {
        assert!(lexicon.models.pos().len() > 1000, "{}", lexicon.language.code());
        assert!(lexicon.models.entities().len() > 1000, "{}", lexicon.language.code());
    }
}

#[test]
fn the_english_tagger_reads_a_wire_sentence() {
    let words = ["Rebels", "seized", "the", "town", "on", "Tuesday", ",", "a", "monitor", "said", "."];
    let tags = pos_of_words(reportage::lang::find("en").unwrap(), &words);
    assert_eq!(tags[1], Upos::Verb);
    assert_eq!(tags[2], Upos::Det);
    assert_eq!(tags[3], Upos::Noun);
    assert_eq!(tags[4], Upos::Adp);
    assert_eq!(tags[5], Upos::Propn);
    assert_eq!(tags[6], Upos::Punct);
}

#[test]
fn the_french_tagger_reads_a_wire_sentence() {
    let words = ["Les", "rebelles", "ont", "pris", "la", "ville", "mardi", "."];
    let tags = pos_of_words(reportage::lang::find("fr").unwrap(), &words);
    assert_eq!(
        tags,
        vec![Upos::Det, Upos::Noun, Upos::Aux, Upos::Verb, Upos::Det, Upos::Noun, Upos::Noun, Upos::Punct]
    );
}
