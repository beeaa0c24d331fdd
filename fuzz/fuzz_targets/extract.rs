//! Fuzzes `extract` with every option: the first byte chooses language, offset unit and
//! document date; the rest is the text. Any panic, or a span that does not slice back to its
//! text, is a crash.
#![no_main]

#[path = "../../tests/common/mod.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use reportage::{extract, OffsetUnit, Options};

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let mut options = Options::default();
    options.offsets = [OffsetUnit::Utf8, OffsetUnit::Utf16, OffsetUnit::Codepoint][usize::from(selector % 3)];
    options.set_language(["auto", "en", "fr"][usize::from(selector / 3 % 3)]).unwrap();
    if selector & 0x80 != 0 {
        options.set_document_date("2024-02-29").unwrap();
    }
    if selector & 0x40 != 0 {
        options.max_input_bytes = 1 + rest.len() / 2;
    }
    match extract(&text, &options) {
        Ok(result) => {
            let value = serde_json::to_value(&result).expect("serialises");
            let mut errors = Vec::new();
            common::check_spans(&text, options.offsets, &value, &mut errors);
            assert!(errors.is_empty(), "{errors:?}");
        }
        Err(e) => assert!(text.len() > options.max_input_bytes, "unexpected error {e}"),
    }
});
