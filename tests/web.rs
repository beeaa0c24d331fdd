//! The JavaScript API in a real browser (headless Chromium): offsets that JavaScript can use
//! directly, plain objects out, clear errors for bad options.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Object, Reflect};
use reportage::wasm::extract_js;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A report with emoji, a ZWJ sequence, a flag, curly quotes, French spacing, NBSP and CRLF.
const ARTICLE: &str = "Storm 🌀 “Ines” floods the coast of Brittany 🇫🇷\r\n\r\n\
Thousands of homes lost power overnight, the grid operator said.\r\n\r\n\
Published on 12/02/2025 07:45\r\n\r\n\
Families 👨\u{200d}👩\u{200d}👧 sheltered in a gym in Brest. (JEAN MARTIN / AFP)\r\n\r\n\
“We have never seen water this high,” said a fisherman 🎣 in Roscoff. \
The mayor’s office counted 1\u{a0}200 calls before midnight.\r\n\r\n\
« C’est du jamais vu », a déclaré une habitante à Brest.\r\n\r\n\
Read also: Why Atlantic storms are getting stronger 📈";

fn extract(text: &str, options: JsValue) -> Result<JsValue, String> {
    extract_js(JsValue::from_str(text), options).map_err(|e| {
        let v: JsValue = e.into();
        v.unchecked_into::<js_sys::Error>().message().into()
    })
}

fn get(v: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(v.clone(), |acc, key| Reflect::get(&acc, &JsValue::from_str(key)).unwrap())
}

fn options(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &JsValue::from_str(k), v).unwrap();
    }
    o.into()
}

/// Visits every `{start, end, text}` object in `value`.
fn each_span(value: &JsValue, visit: &mut dyn FnMut(f64, f64, String)) {
    if Array::is_array(value) {
        for item in Array::from(value).iter() {
            each_span(&item, visit);
        }
    } else if value.is_object() {
        let (start, end, text) = (get(value, "start"), get(value, "end"), get(value, "text"));
        if let (Some(s), Some(e), Some(t)) = (start.as_f64(), end.as_f64(), text.as_string()) {
            visit(s, e, t);
        }
        for entry in Object::entries(value.unchecked_ref()).iter() {
            each_span(&Array::from(&entry).get(1), visit);
        }
    }
}

#[wasm_bindgen_test]
fn every_span_slices_back_with_utf16_offsets() {
    let result = extract(ARTICLE, JsValue::UNDEFINED).unwrap();
    let input = JsString::from(ARTICLE);
    let mut checked = 0;
    each_span(&result, &mut |s, e, text| {
        assert_eq!(String::from(input.slice(s as u32, e as u32)), text, "span {s}..{e}");
        checked += 1;
    });
    assert!(checked >= 10, "only {checked} spans checked");
    assert_eq!(get(&result, "article.headline.text").as_string().unwrap(), "Storm 🌀 “Ines” floods the coast of Brittany 🇫🇷");
    assert_eq!(get(&result, "article.captions.0.credit.photographer").as_string().unwrap(), "Jean Martin");
}

#[wasm_bindgen_test]
fn codepoint_offsets_index_array_from_of_the_text() {
    let result = extract(ARTICLE, options(&[("offsets", "codepoint".into())])).unwrap();
    let chars: Vec<char> = ARTICLE.chars().collect();
    let mut checked = 0;
    each_span(&result, &mut |s, e, text| {
        assert_eq!(chars[s as usize..e as usize].iter().collect::<String>(), text);
        checked += 1;
    });
    assert!(checked >= 10);
}

#[wasm_bindgen_test]
fn result_is_a_plain_object_with_every_field() {
    let result = extract(ARTICLE, JsValue::UNDEFINED).unwrap();
    assert_eq!(Object::get_prototype_of(&result), Object::get_prototype_of(&Object::new().into()));
    for field in ["language", "article", "paragraphs", "sentences", "entities", "quotes", "attributions",
        "quantities", "casualties", "times", "events"] {
        assert!(Reflect::has(&result, &JsValue::from_str(field)).unwrap(), "missing {field}");
    }
    assert_eq!(get(&result, "article.published.value").as_string().unwrap(), "2025-02-12T07:45");
}

#[wasm_bindgen_test]
fn bad_options_throw_errors_naming_option_and_value() {
    let cases: [(&str, JsValue, &[&str]); 5] = [
        ("language", "de".into(), &["language", "de"]),
        ("offsets", "utf32".into(), &["offsets", "utf32"]),
        ("document_date", "2024-02-30".into(), &["document_date", "2024-02-30"]),
        ("colour", "red".into(), &["colour"]),
        ("maxInputBytes", "lots".into(), &["maxInputBytes"]),
    ];
    for (key, value, words) in cases {
        let message = extract("Some text.", options(&[(key, value)])).unwrap_err();
        for w in words {
            assert!(message.contains(w), "{message:?} should mention {w:?}");
        }
    }
}

#[wasm_bindgen_test]
fn input_over_the_size_limit_is_refused_not_truncated() {
    let message = extract("a".repeat(100).as_str(), options(&[("maxInputBytes", 10.into())])).unwrap_err();
    assert!(message.contains("100 bytes") && message.contains("limit of 10"), "{message}");
}

#[wasm_bindgen_test]
fn non_string_text_is_an_error_not_a_panic() {
    let err = extract_js(JsValue::from_f64(3.0), JsValue::UNDEFINED).err().expect("error");
    let v: JsValue = err.into();
    assert!(v.unchecked_into::<js_sys::Error>().message().as_string().unwrap().contains("string"));
}

/// Checks every span of `result` against `input` (UTF-16 offsets); returns how many.
fn spans_ok(input: &JsString, result: &JsValue) -> usize {
    let mut n = 0;
    each_span(result, &mut |s, e, text| {
        let sliced = String::from(input.slice(s as u32, e as u32));
        // A lone surrogate arrives in Rust as U+FFFD: compare through the same conversion.
        assert_eq!(sliced.replace('\u{fffd}', "?"), text.replace('\u{fffd}', "?"), "span {s}..{e}");
        n += 1;
    });
    n
}

#[wasm_bindgen_test]
fn lone_surrogates_keep_later_offsets_right() {
    let mut units: Vec<u16> = "Strikes hit ".encode_utf16().collect();
    units.push(0xD83D); // a high surrogate with no low one
    units.extend(" Aleppo on Friday, killing at least 9 civilians, according to the OSDH.".encode_utf16());
    let input = JsString::from_char_code(&units);
    let result = extract_js(input.clone().into(), JsValue::UNDEFINED).map_err(JsValue::from).unwrap();
    assert!(spans_ok(&input, &result) >= 3);
    let aleppo = Array::from(&get(&result, "entities")).iter().find(|e| get(e, "name").as_string().as_deref() == Some("Aleppo")).expect("Aleppo");
    let m = Array::from(&get(&aleppo, "mentions")).get(0);
    assert_eq!(String::from(input.slice(get(&m, "start").as_f64().unwrap() as u32, get(&m, "end").as_f64().unwrap() as u32)), "Aleppo");
}

#[wasm_bindgen_test]
fn rtl_text_zwj_emoji_nbsp_and_narrow_nbsp() {
    let text = "Protesters in Beirut 🇱🇧 chanted «\u{202f}حرية\u{202f}» as 1\u{a0}200 people 👩\u{200d}👩\u{200d}👦 marched, witnesses told Reuters.\r\nOn dit que 3\u{202f}000 personnes ont défilé.";
    let input = JsString::from(text);
    let result = extract(text, JsValue::UNDEFINED).unwrap();
    assert!(spans_ok(&input, &result) >= 4);
}

#[wasm_bindgen_test]
fn empty_input_and_html_pasted_as_text() {
    let empty = extract("", JsValue::UNDEFINED).unwrap();
    assert_eq!(Array::from(&get(&empty, "paragraphs")).length(), 0);
    let html = "<div class=\"story\"><h1>Talks stall</h1><p>Negotiators left Doha on Sunday, officials said.</p></div>";
    let result = extract(html, JsValue::UNDEFINED).unwrap();
    assert!(spans_ok(&JsString::from(html), &result) >= 1);
}

#[wasm_bindgen_test]
fn a_long_article_completes_and_a_ten_megabyte_one_meets_the_size_limit() {
    let paragraph = "Shelling hit the town of Marea on Tuesday, killing at least 4 civilians, according to the OSDH.\n\n";
    let text = paragraph.repeat(4_000); // about 400 KB
    let result = extract(&text, JsValue::UNDEFINED).unwrap();
    assert_eq!(Array::from(&get(&result, "paragraphs")).length(), 4_000);
    let huge = paragraph.repeat(100_000); // about 10 MB
    let message = extract(&huge, options(&[("max_input_bytes", 5_000_000.into())])).unwrap_err();
    assert!(message.contains("over the limit of 5000000 bytes"), "{message}");
}

#[wasm_bindgen_test]
fn document_date_takes_a_date_or_a_full_date_time_and_rejects_trailing_garbage() {
    for bad in [
        "2024-03-05xyz",
        "2024-03-05T25:99",
        "2024-03-05 nonsense",
        "2024-03-05T10:30junk",
    ] {
        let message = extract("Some text.", options(&[("document_date", bad.into())])).unwrap_err();
        assert!(
            message.contains("document_date") && message.contains(bad),
            "{message}"
        );
    }
    // The last one is what `new Date(...).toISOString()` writes.
    for good in [
        "2024-03-05",
        "2024-03-05T10:30",
        "2024-03-05T10:30:00Z",
        "2024-03-05T10:30:00.000Z",
    ] {
        let result = extract("Some text.", options(&[("documentDate", good.into())])).unwrap();
        assert_eq!(
            get(&result, "document_date").as_string().unwrap(),
            "2024-03-05",
            "{good}"
        );
    }
}
