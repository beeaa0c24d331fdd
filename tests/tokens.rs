//! Tokens in the output on request: every token of the sentences with its part of speech, its
//! offsets in the caller's unit like every other span; no `tokens` key unless asked for.

mod common;

use common::check_spans;
use reportage::model::Upos;
use reportage::output::to_json;
use reportage::{extract, OffsetUnit, Options};

const TEXT: &str = "L'armée a bombardé Alep, où 12 civils sont morts.";

fn with_tokens(offsets: OffsetUnit) -> Options {
    let mut options = Options { offsets, tokens: true, ..Options::default() };
    options.set_language("fr").unwrap();
    options
}

#[test]
fn tokens_come_in_order_with_their_part_of_speech_in_utf16_offsets() {
    let result = extract(TEXT, &with_tokens(OffsetUnit::Utf16)).unwrap();
    let tokens = result.tokens.as_ref().expect("tokens asked for");
    let texts: Vec<&str> = tokens.iter().map(|t| t.span.text.as_str()).collect();
    assert_eq!(texts, ["L'", "armée", "a", "bombardé", "Alep", ",", "où", "12", "civils", "sont", "morts", "."]);
    // UTF-16 offsets: "é" is one unit (two bytes), so "Alep" starts at 19, not 21.
    let units: Vec<u16> = TEXT.encode_utf16().collect();
    for t in tokens {
        assert_eq!(String::from_utf16(&units[t.span.start..t.span.end]).unwrap(), t.span.text);
    }
    let alep = &tokens[4];
    assert_eq!((alep.span.start, alep.span.end), (19, 23));
    assert!(tokens.windows(2).all(|w| w[0].span.end <= w[1].span.start), "in order, without overlap");
    let pos = |text: &str| tokens.iter().find(|t| t.span.text == text).map(|t| t.pos);
    assert_eq!(pos("Alep"), Some(Upos::Propn));
    assert_eq!(pos("12"), Some(Upos::Num));
    assert_eq!(pos(","), Some(Upos::Punct));
    assert_eq!(pos("."), Some(Upos::Punct));
    // In the JSON: `{start, end, text, pos}` with the tag's label, after every other field.
    let json = to_json(&result).unwrap();
    assert!(json.contains(r#"{"start":19,"end":23,"text":"Alep","pos":"PROPN"}"#), "{json}");
    assert!(json.find("\"events\"") < json.find("\"tokens\""));
    assert!(json.ends_with("]}"), "tokens last");
}

#[test]
fn token_offsets_follow_the_chosen_unit() {
    for unit in [OffsetUnit::Utf8, OffsetUnit::Utf16, OffsetUnit::Codepoint] {
        let result = extract(TEXT, &with_tokens(unit)).unwrap();
        let value = serde_json::to_value(&result).unwrap();
        let mut errors = Vec::new();
        let checked = check_spans(TEXT, unit, &value["tokens"], &mut errors);
        assert!(errors.is_empty(), "{unit:?}: {errors:?}");
        assert_eq!(checked, 12, "{unit:?}");
    }
    let bytes = extract(TEXT, &with_tokens(OffsetUnit::Utf8)).unwrap();
    assert_eq!(bytes.tokens.unwrap()[4].span.start, TEXT.find("Alep").unwrap());
}

#[test]
fn tokens_are_absent_by_default() {
    let mut options = Options::default();
    options.set_language("fr").unwrap();
    let result = extract(TEXT, &options).unwrap();
    assert!(result.tokens.is_none());
    let json = to_json(&result).unwrap();
    assert!(!json.contains("\"tokens\""), "{json}");
    assert!(json.contains("\"events\":["), "{json}");
    // Asking for tokens adds the key and changes nothing else.
    let mut with = extract(TEXT, &Options { tokens: true, ..options }).unwrap();
    with.tokens = None;
    assert_eq!(with, result);
}

#[test]
fn french_contractions_and_typographic_apostrophes_are_tagged_as_treebanks_write_them() {
    // "au", "du" and "aux" are one token each but read as "à le", "de le", "à les"; "l’" as "l'".
    let text = "Le chef du village a parlé aux soldats de l’armée déployés au nord du pays.";
    let result = extract(text, &with_tokens(OffsetUnit::Utf8)).unwrap();
    let tokens = result.tokens.unwrap();
    let pos = |text: &str| tokens.iter().find(|t| t.span.text == text).map(|t| t.pos);
    for contraction in ["du", "aux", "au"] {
        assert_eq!(pos(contraction), Some(Upos::Adp), "{contraction}");
    }
    assert_eq!(pos("l’"), Some(Upos::Det));
    assert_eq!(pos("armée"), Some(Upos::Noun));
}
