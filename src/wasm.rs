//! The JavaScript surface: converts options in and results out, and nothing else.

use crate::{Error, OffsetUnit, Options};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("../www/reportage-types.d.ts");

/// Sends panics to the browser console with a readable message.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

fn option_error(e: Error) -> JsError {
    JsError::new(&e.to_string())
}

/// What `value` is, for error messages, read without running any of its code: no `toString`,
/// no getters that could throw. (Formatting a `JsValue` with `{:?}` runs both.)
fn describe(value: &JsValue) -> String {
    if let Some(s) = value.as_string() {
        return format!("{s:?}");
    }
    if let Some(n) = value.as_f64() {
        return match n {
            f64::INFINITY => "Infinity".to_string(),
            f64::NEG_INFINITY => "-Infinity".to_string(),
            n => n.to_string(),
        };
    }
    if let Some(b) = value.as_bool() {
        return b.to_string();
    }
    if value.is_undefined() {
        return "undefined".to_string();
    }
    if value.is_null() {
        return "null".to_string();
    }
    if value.is_symbol() {
        return "a symbol".to_string();
    }
    if value.is_bigint() {
        return "a bigint".to_string();
    }
    if value.is_function() {
        return "a function".to_string();
    }
    // An object: name its constructor when that can be read without an exception.
    let constructor = js_sys::Reflect::get_prototype_of(value)
        .and_then(|proto| js_sys::Reflect::get(&proto, &JsValue::from_str("constructor")))
        .and_then(|constructor| js_sys::Reflect::get(&constructor, &JsValue::from_str("name")));
    match constructor.ok().and_then(|name| name.as_string()).filter(|name| !name.is_empty()) {
        Some(name) if name.starts_with(['A', 'E', 'I', 'O', 'U']) => format!("an {name}"),
        Some(name) => format!("a {name}"),
        None => "an object".to_string(),
    }
}

/// The message of a JavaScript exception, read without letting a second one escape.
fn exception_message(exception: &JsValue) -> String {
    if let Some(s) = exception.as_string() {
        return s;
    }
    if exception.is_object() {
        let field =
            |name: &str| js_sys::Reflect::get(exception, &JsValue::from_str(name)).ok().and_then(|v| v.as_string());
        if let Some(message) = field("message") {
            return match field("name") {
                Some(name) if !name.is_empty() => format!("{name}: {message}"),
                _ => message,
            };
        }
    }
    format!("an exception ({})", describe(exception))
}

fn string_option(name: &str, value: &JsValue) -> Result<String, JsError> {
    value.as_string().ok_or_else(|| {
        option_error(Error::InvalidOption { option: name.to_string(), value: describe(value), expected: "a string" })
    })
}

/// Whether `js` (an object) is a plain object: made by `{...}`, `Object.create(null)` or
/// `JSON.parse`, in this realm or another. Maps, arrays, dates, class instances are not.
fn is_plain_object(js: &JsValue) -> Result<bool, JsValue> {
    let proto = js_sys::Reflect::get_prototype_of(js)?;
    Ok(proto.is_null() || js_sys::Reflect::get_prototype_of(&proto)?.is_null())
}

/// Reads a JS options object: `{language?, document_date? | documentDate?, offsets?,
/// max_input_bytes? | maxInputBytes?, tokens?}`. Unknown keys are errors naming the key.
///
/// Every read goes through an import that catches JavaScript exceptions (getters, Proxy traps,
/// revoked Proxies): an exception must become an error here, never unwind through the module.
fn read_options(js: &JsValue) -> Result<Options, JsError> {
    let mut options = Options { offsets: OffsetUnit::Utf16, ..Options::default() };
    if js.is_undefined() || js.is_null() {
        return Ok(options);
    }
    let unreadable = |e: JsValue| JsError::new(&format!("options could not be read: {}", exception_message(&e)));
    if !js.is_object() || !is_plain_object(js).map_err(unreadable)? {
        return Err(JsError::new(&format!(
            "options must be a plain object such as {{ language: \"en\" }}, got {}",
            describe(js)
        )));
    }
    let object: &js_sys::Object = js.unchecked_ref();
    for key in js_sys::Reflect::own_keys(js).map_err(unreadable)?.iter() {
        // Like `Object.entries`: own enumerable string keys only.
        let Some(key_name) = key.as_string() else {
            continue;
        };
        let unreadable =
            |e: JsValue| JsError::new(&format!("option `{key_name}` could not be read: {}", exception_message(&e)));
        let descriptor = js_sys::Reflect::get_own_property_descriptor(object, &key).map_err(unreadable)?;
        if descriptor.is_undefined()
            || !js_sys::Reflect::get(&descriptor, &JsValue::from_str("enumerable")).map_err(unreadable)?.is_truthy()
        {
            continue;
        }
        let value = js_sys::Reflect::get(js, &key).map_err(unreadable)?;
        let key = key_name;
        if value.is_undefined() || value.is_null() {
            continue;
        }
        match key.as_str() {
            "language" => {
                options.set_language(&string_option("language", &value)?).map_err(option_error)?;
            }
            "document_date" | "documentDate" => {
                options.set_document_date(&string_option(&key, &value)?).map_err(option_error)?;
            }
            "offsets" => {
                options.set_offsets(&string_option("offsets", &value)?).map_err(option_error)?;
            }
            "max_input_bytes" | "maxInputBytes" => {
                let n = value.as_f64().ok_or_else(|| {
                    option_error(Error::InvalidOption {
                        option: key.clone(),
                        value: describe(&value),
                        expected: "a number of bytes",
                    })
                })?;
                options.set_max_input_bytes(n).map_err(option_error)?;
            }
            "tokens" => {
                options.tokens = value.as_bool().ok_or_else(|| {
                    option_error(Error::InvalidOption {
                        option: key.clone(),
                        value: describe(&value),
                        expected: "true or false",
                    })
                })?;
            }
            _ => return Err(option_error(Error::UnknownOption { option: key })),
        }
    }
    Ok(options)
}

/// Extracts facts from the text of a news article. Offsets are UTF-16 code units unless
/// `options.offsets` says otherwise, so `text.slice(span.start, span.end) === span.text`.
/// Throws an `Error` naming the option on bad options, or when the input is too large.
#[wasm_bindgen(js_name = extract, unchecked_return_type = "Extraction")]
pub fn extract_js(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ExtractOptions")] options: JsValue,
) -> Result<JsValue, JsError> {
    let text =
        text.as_string().ok_or_else(|| JsError::new(&format!("text must be a string, got {}", describe(&text))))?;
    let options = read_options(&options)?;
    let result = crate::extract(&text, &options).map_err(option_error)?;
    to_js(&result)
}

/// The extraction as a plain JS object: serialised to JSON in wasm and parsed by the engine's
/// `JSON.parse`, which builds the objects faster than one import call per field (as
/// serde-wasm-bindgen does), and with less code.
fn to_js(result: &crate::Extraction) -> Result<JsValue, JsError> {
    let json = crate::output::to_json(result).map_err(|e| JsError::new(&e.to_string()))?;
    let value = js_sys::JSON::parse(&json).map_err(|e| JsError::new(&exception_message(&e)))?;
    restore_non_finite(result, &value);
    Ok(value)
}

/// JSON has no infinities: serde_json writes `null` for them, where a JS number must stay
/// (a figure of 400 digits is `Infinity`). These are the output's only floats; the rare
/// non-finite ones are put back by hand.
fn restore_non_finite(result: &crate::Extraction, value: &JsValue) {
    let set = |object: &JsValue, key: &str, n: f64| {
        let _ = js_sys::Reflect::set(object, &JsValue::from_str(key), &JsValue::from_f64(n));
    };
    let item = |list: &str, i: usize| {
        let list = js_sys::Reflect::get(value, &JsValue::from_str(list)).unwrap_or(JsValue::UNDEFINED);
        js_sys::Reflect::get_u32(&list, i as u32).unwrap_or(JsValue::UNDEFINED)
    };
    for (i, q) in result.quantities.iter().enumerate() {
        let range = q.range.filter(|(a, b)| !a.is_finite() || !b.is_finite());
        if q.value.is_finite() && range.is_none() {
            continue;
        }
        let js = item("quantities", i);
        if !q.value.is_finite() {
            set(&js, "value", q.value);
        }
        if let Some((a, b)) = range {
            let pair = js_sys::Array::of2(&JsValue::from_f64(a), &JsValue::from_f64(b));
            let _ = js_sys::Reflect::set(&js, &JsValue::from_str("range"), &pair);
        }
    }
    for (i, c) in result.casualties.iter().enumerate() {
        if !c.count.value.is_finite() {
            let count = js_sys::Reflect::get(&item("casualties", i), &JsValue::from_str("count"));
            set(&count.unwrap_or(JsValue::UNDEFINED), "value", c.count.value);
        }
    }
}

/// The library's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
