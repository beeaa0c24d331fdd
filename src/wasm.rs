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

fn string_option(name: &str, value: &JsValue) -> Result<String, JsError> {
    value.as_string().ok_or_else(|| {
        option_error(Error::InvalidOption {
            option: name.to_string(),
            value: format!("{value:?}"),
            expected: "a string",
        })
    })
}

/// Reads a JS options object: `{language?, document_date? | documentDate?, offsets?,
/// max_input_bytes? | maxInputBytes?}`. Unknown keys are errors naming the key.
fn read_options(js: &JsValue) -> Result<Options, JsError> {
    let mut options = Options { offsets: OffsetUnit::Utf16, ..Options::default() };
    if js.is_undefined() || js.is_null() {
        return Ok(options);
    }
    if !js.is_object() {
        return Err(JsError::new(&format!("options must be an object, got {js:?}")));
    }
    let entries = js_sys::Object::entries(js.unchecked_ref());
    for entry in entries.iter() {
        let pair: js_sys::Array = entry.unchecked_into();
        let key = pair.get(0).as_string().unwrap_or_default();
        let value = pair.get(1);
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
                        value: format!("{value:?}"),
                        expected: "a number of bytes",
                    })
                })?;
                options.set_max_input_bytes(n).map_err(option_error)?;
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
    let text = text.as_string().ok_or_else(|| JsError::new(&format!("text must be a string, got {text:?}")))?;
    let options = read_options(&options)?;
    let result = crate::extract(&text, &options).map_err(option_error)?;
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&result, &serializer).map_err(|e| JsError::new(&e.to_string()))
}

/// The library's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
