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
    assert_eq!(
        get(&result, "article.headline.text").as_string().unwrap(),
        "Storm 🌀 “Ines” floods the coast of Brittany 🇫🇷"
    );
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
    for field in [
        "language",
        "article",
        "paragraphs",
        "sentences",
        "entities",
        "quotes",
        "attributions",
        "quantities",
        "casualties",
        "times",
        "events",
    ] {
        assert!(Reflect::has(&result, &JsValue::from_str(field)).unwrap(), "missing {field}");
    }
    assert_eq!(get(&result, "article.published.value").as_string().unwrap(), "2025-02-12T07:45");
}

/// JSON has no infinities: a figure too large for a double must still come out as a number
/// (`Infinity`), in quantities, ranges and casualty counts alike, never as `null`.
#[wasm_bindgen_test]
fn figures_too_large_for_a_double_are_infinity_not_null() {
    let huge = "9".repeat(400);
    let text = format!(
        "At least {huge} people were killed in the floods, the ministry said.\n\n\
         The road runs for between 5 and {huge} km, officials said.\n"
    );
    let result = extract(&text, JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&result, "quantities.0.value").as_f64(), Some(f64::INFINITY));
    assert_eq!(get(&result, "quantities.1.value").as_f64(), Some(5.0));
    assert_eq!(get(&result, "quantities.1.range.0").as_f64(), Some(5.0));
    assert_eq!(get(&result, "quantities.1.range.1").as_f64(), Some(f64::INFINITY));
    assert!(Array::is_array(&get(&result, "quantities.1.range")));
    assert_eq!(get(&result, "casualties.0.count.value").as_f64(), Some(f64::INFINITY));
    assert_eq!(get(&result, "casualties.0.count.approx").as_string().unwrap(), "at_least");
}

#[wasm_bindgen_test]
fn bad_options_throw_errors_naming_option_and_value() {
    let cases: [(&str, JsValue, &[&str]); 6] = [
        ("language", "de".into(), &["language", "de"]),
        ("offsets", "utf32".into(), &["offsets", "utf32"]),
        ("document_date", "2024-02-30".into(), &["document_date", "2024-02-30"]),
        ("colour", "red".into(), &["colour"]),
        ("maxInputBytes", "lots".into(), &["maxInputBytes"]),
        ("tokens", "yes".into(), &["tokens", "yes", "true or false"]),
    ];
    for (key, value, words) in cases {
        let message = extract("Some text.", options(&[(key, value)])).unwrap_err();
        for w in words {
            assert!(message.contains(w), "{message:?} should mention {w:?}");
        }
    }
}

#[wasm_bindgen_test]
fn tokens_on_request_slice_back_and_carry_their_part_of_speech() {
    let text = "L'armée a bombardé Alep, où 12 civils sont morts.";
    let plain = extract(text, options(&[("language", "fr".into())])).unwrap();
    assert!(!Reflect::has(&plain, &JsValue::from_str("tokens")).unwrap(), "no tokens key by default");
    let off = extract(text, options(&[("language", "fr".into()), ("tokens", false.into())])).unwrap();
    assert!(!Reflect::has(&off, &JsValue::from_str("tokens")).unwrap());
    let result = extract(text, options(&[("language", "fr".into()), ("tokens", true.into())])).unwrap();
    let tokens = Array::from(&get(&result, "tokens"));
    assert_eq!(tokens.length(), 12);
    let input = JsString::from(text);
    assert_eq!(spans_ok(&input, &get(&result, "tokens")), 12);
    let alep = tokens.get(4);
    assert_eq!(get(&alep, "text").as_string().unwrap(), "Alep");
    assert_eq!((get(&alep, "start").as_f64(), get(&alep, "end").as_f64()), (Some(19.0), Some(23.0)));
    assert_eq!(get(&alep, "pos").as_string().unwrap(), "PROPN");
}

#[wasm_bindgen_test]
fn input_over_the_size_limit_is_refused_not_truncated() {
    let message = extract("a".repeat(100).as_str(), options(&[("maxInputBytes", 10.into())])).unwrap_err();
    assert!(message.contains("100 bytes") && message.contains("limit of 10"), "{message}");
}

#[wasm_bindgen_test]
fn non_string_text_is_an_error_not_a_panic() {
    let err = extract_js(JsValue::from_f64(3.0), JsValue::UNDEFINED).expect_err("error");
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
    let aleppo = Array::from(&get(&result, "entities"))
        .iter()
        .find(|e| get(e, "name").as_string().as_deref() == Some("Aleppo"))
        .expect("Aleppo");
    let m = Array::from(&get(&aleppo, "mentions")).get(0);
    assert_eq!(
        String::from(input.slice(get(&m, "start").as_f64().unwrap() as u32, get(&m, "end").as_f64().unwrap() as u32)),
        "Aleppo"
    );
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
    let paragraph =
        "Shelling hit the town of Marea on Tuesday, killing at least 4 civilians, according to the OSDH.\n\n";
    let text = paragraph.repeat(4_000); // about 400 KB
    let result = extract(&text, JsValue::UNDEFINED).unwrap();
    assert_eq!(Array::from(&get(&result, "paragraphs")).length(), 4_000);
    let huge = paragraph.repeat(100_000); // about 10 MB
    let message = extract(&huge, options(&[("max_input_bytes", 5_000_000.into())])).unwrap_err();
    assert!(message.contains("over the limit of 5000000 bytes"), "{message}");
}

/// Options that throw when read (getters, revoked Proxies, Proxy traps) or are not plain
/// objects: `[label, options, words the error must contain]`.
const HOSTILE_OPTIONS: &str = r#"
const revocable = Proxy.revocable({}, {});
revocable.revoke();
const boom = (what) => () => { throw new Error(what + " boom"); };
return [
  ["throwing getter", { get language() { throw new Error("getter boom"); } }, ["language", "getter boom"]],
  ["getter throwing a string", { get offsets() { throw "thrown string"; } }, ["offsets", "thrown string"]],
  ["getter throwing an object whose message throws", { get language() { throw new Proxy({}, { get: boom("message") }); } }, ["language"]],
  ["revoked Proxy", revocable.proxy, ["options", "revoked"]],
  ["Proxy whose ownKeys throws", new Proxy({}, { ownKeys: boom("ownKeys") }), ["options", "ownKeys boom"]],
  ["Proxy whose get throws", new Proxy({ language: "en" }, { get: boom("get") }), ["language", "get boom"]],
  ["Proxy whose getOwnPropertyDescriptor throws", new Proxy({ language: "en" }, { getOwnPropertyDescriptor: boom("descriptor") }), ["language", "descriptor boom"]],
  ["Proxy whose getPrototypeOf throws", new Proxy({}, { getPrototypeOf: boom("prototype") }), ["options", "prototype boom"]],
  ["Map", new Map([["language", "en"]]), ["plain object", "Map"]],
  ["array", ["en"], ["plain object", "Array"]],
  ["Proxy of an array", new Proxy([], {}), ["plain object", "Array"]],
  ["function", function language() {}, ["plain object", "function"]],
  ["class instance", new (class Settings { constructor() { this.language = "en"; } })(), ["plain object", "Settings"]],
  ["Date", new Date(0), ["plain object", "Date"]],
  ["string", "en", ["plain object"]],
  ["option value that is a revoked Proxy", { language: revocable.proxy }, ["language", "a string"]],
];
"#;

#[wasm_bindgen_test]
fn options_that_throw_or_are_not_plain_objects_are_errors_that_leave_the_module_working() {
    let cases = Array::from(&js_sys::Function::new_no_args(HOSTILE_OPTIONS).call0(&JsValue::NULL).unwrap());
    for round in 0..2_000 {
        for case in cases.iter() {
            let case = Array::from(&case);
            let label = case.get(0).as_string().unwrap();
            let Err(message) = extract("Rebels took the town.", case.get(1)) else {
                panic!("{label}: accepted");
            };
            if round == 0 {
                for word in Array::from(&case.get(2)).iter() {
                    let word = word.as_string().unwrap();
                    assert!(message.contains(&word), "{label}: {message:?} should mention {word:?}");
                }
            }
        }
    }
    let result =
        extract("Rebels took the town on Tuesday.", options(&[("document_date", "2025-03-14".into())])).unwrap();
    assert_eq!(get(&result, "times.0.value").as_string().unwrap(), "2025-03-11");
}

#[wasm_bindgen_test]
fn text_that_throws_when_read_is_an_error_not_a_crash() {
    let revoked = js_sys::Function::new_no_args("const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy;");
    let revoked = revoked.call0(&JsValue::NULL).unwrap();
    for _ in 0..2_000 {
        let Err(err) = extract_js(revoked.clone(), JsValue::UNDEFINED) else {
            panic!("a revoked Proxy was taken as text");
        };
        let message: String = JsValue::from(err).unchecked_into::<js_sys::Error>().message().into();
        assert!(message.contains("text must be a string"), "{message}");
    }
    let result = extract("Rebels took the town.", JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&result, "paragraphs.0.end").as_f64(), Some(21.0));
}

#[wasm_bindgen_test]
fn document_date_takes_a_date_or_a_full_date_time_and_rejects_trailing_garbage() {
    for bad in ["2024-03-05xyz", "2024-03-05T25:99", "2024-03-05 nonsense", "2024-03-05T10:30junk"] {
        let message = extract("Some text.", options(&[("document_date", bad.into())])).unwrap_err();
        assert!(message.contains("document_date") && message.contains(bad), "{message}");
    }
    // The last one is what `new Date(...).toISOString()` writes.
    for good in ["2024-03-05", "2024-03-05T10:30", "2024-03-05T10:30:00Z", "2024-03-05T10:30:00.000Z"] {
        let result = extract("Some text.", options(&[("documentDate", good.into())])).unwrap();
        assert_eq!(get(&result, "document_date").as_string().unwrap(), "2024-03-05", "{good}");
    }
}
