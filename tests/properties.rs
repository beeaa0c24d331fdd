//! Properties that hold for any input: no panic, every span in bounds and slicing back to
//! its text in each offset unit, deterministic output.
// Native only: proptest is no dependency of the wasm32 build, whose tests (tests/web.rs) are
// all built by `wasm-pack test`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_spans;
use proptest::prelude::*;
use reportage::{extract, OffsetUnit, Options};

fn options(unit: OffsetUnit, language: u8, dated: bool) -> Options {
    let mut o = Options { offsets: unit, ..Options::default() };
    match language % 3 {
        1 => drop(o.set_language("en")),
        2 => drop(o.set_language("fr")),
        _ => {}
    }
    if dated {
        o.set_document_date("2025-01-04").unwrap();
    }
    o
}

fn holds_for(text: &str, language: u8, dated: bool) -> Result<(), TestCaseError> {
    for unit in [OffsetUnit::Utf8, OffsetUnit::Utf16, OffsetUnit::Codepoint] {
        let o = options(unit, language, dated);
        let first = serde_json::to_value(extract(text, &o).unwrap()).unwrap();
        let mut errors = Vec::new();
        check_spans(text, unit, &first, &mut errors);
        prop_assert!(errors.is_empty(), "{:?} in {:?}", errors, text);
        let second = serde_json::to_value(extract(text, &o).unwrap()).unwrap();
        prop_assert_eq!(first, second, "non-deterministic output");
    }
    Ok(())
}

/// Pieces of news text to mutate: quotes, figures, dates, names, page furniture.
const SEEDS: &[&str] = &[
    "Rebels seize town near Aleppo\n\nAt least 12 people were killed, according to the OSDH.\n\nPublished on 29/11/2024 11:18\n\n",
    "\u{201c}We are close,\u{201d} he said, \u{201c}very close.\u{201d} Army spokesman John Okafor told AFP: \"No comment.\"\n",
    "« Nous ne reculerons pas », a déclaré M. Dufour à l'AFP le 12 mai 2024 à 10h42. Plus de 1 200 personnes ont fui.\r\n",
    "Children wait near a camp in Khan Younis, southern Gaza, on March 3, 2025. (SAID KHATIB / AFP)\n",
    "-\n\nRead also: Why the war goes on\n\nShare this article\n",
    "Between 10 and 20 houses burned since Wednesday; hundreds fled. Moscow accused Kyiv of a provocation.\n",
    "Syrian President Bashar al-Assad's regime\u{a0}lost half a million \u{200b}soldiers\u{202f}%? 3,5 % 1.200 12h",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(256), .. ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode_never_breaks_extraction(text in "\\PC{0,400}", language in 0u8..3, dated: bool) {
        holds_for(&text, language, dated)?;
    }

    #[test]
    fn arbitrary_characters_including_controls_never_break_extraction(text in any::<String>(), language in 0u8..3) {
        holds_for(&text, language, false)?;
    }

    #[test]
    fn mutated_news_text_never_breaks_extraction(
        seeds in proptest::collection::vec(0usize..SEEDS.len(), 1..6),
        edits in proptest::collection::vec((any::<prop::sample::Index>(), 0u8..4, "\\PC{0,3}"), 0..12),
        language in 0u8..3,
        dated: bool,
    ) {
        let mut text: String = seeds.iter().map(|&i| SEEDS[i]).collect();
        for (at, op, insert) in edits {
            let mut pos = at.index(text.len() + 1);
            while !text.is_char_boundary(pos) { pos -= 1; }
            match op {
                0 => text.insert_str(pos, &insert),
                1 => { let mut end = (pos + 3).min(text.len()); while !text.is_char_boundary(end) { end += 1; } text.replace_range(pos..end, ""); }
                2 => text.insert_str(pos, ["\n\n", "\u{201c}", "»", "(", ")", " / ", "\r", "'s"][insert.len() % 8]),
                _ => { let upper = text[pos..].to_uppercase(); text.truncate(pos); text.push_str(&upper); }
            }
        }
        holds_for(&text, language, dated)?;
    }
}

#[test]
fn empty_and_whitespace_only_inputs_give_empty_results() {
    for text in ["", " ", "\n\n\n", "\r\n\t\u{a0}"] {
        let r = extract(text, &Options::default()).unwrap();
        assert!(r.paragraphs.is_empty() && r.entities.is_empty() && r.article.headline.is_none(), "{text:?}");
    }
}

#[test]
fn html_pasted_as_text_is_read_as_text() {
    let html = "<h1>Floods hit the north</h1>\n<p>At least 12 people died in <b>Mosul</b>, officials said.</p>";
    let r = extract(html, &Options::default()).unwrap();
    let mut errors = Vec::new();
    check_spans(html, OffsetUnit::Utf8, &serde_json::to_value(&r).unwrap(), &mut errors);
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn a_long_input_is_processed_and_an_oversized_one_refused() {
    let paragraph = "Shelling hit the town of Marea on Tuesday, killing at least 4 civilians, according to the OSDH. ";
    let text = paragraph.repeat(20_000); // about 2 MB on one line
    let r = extract(&text, &Options::default()).unwrap();
    assert!(r.casualties.iter().map(|c| c.mentions.len()).sum::<usize>() >= 20_000);
    let small = Options { max_input_bytes: 1000, ..Options::default() };
    let err = extract(&text, &small).unwrap_err();
    assert!(err.to_string().contains("over the limit of 1000 bytes"), "{err}");
}

/// Found by the property test: a role looked for after a curly quote sliced inside it.
#[test]
fn regression_role_before_a_name_after_a_curly_quote() {
    let text = "\u{201c}We are close, John Smith said.";
    let r = extract(text, &Options::default()).unwrap();
    let mut errors = Vec::new();
    check_spans(text, OffsetUnit::Utf8, &serde_json::to_value(&r).unwrap(), &mut errors);
    assert!(errors.is_empty(), "{errors:?}");
}

/// Found by the property test: a capital whose lower case is longer in UTF-8 ('Ⱥ') shifted
/// indices taken from a lower-cased copy.
#[test]
fn regression_lower_case_of_another_length_before_a_cue() {
    let text = "« Non », Ⱥ'a déclaré M. Dufour à l'AFP le 12 mai 2024 à 10h42.";
    let r = extract(text, &Options::default()).unwrap();
    let mut errors = Vec::new();
    check_spans(text, OffsetUnit::Utf8, &serde_json::to_value(&r).unwrap(), &mut errors);
    assert!(errors.is_empty(), "{errors:?}");
}
