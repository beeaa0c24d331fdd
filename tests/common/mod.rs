//! Helpers shared by the integration tests.
#![allow(dead_code)]

use reportage::OffsetUnit;
use serde_json::Value;

/// Checks that every `{start, end, text}` in `value` slices back out of `input`.
pub fn check_spans(input: &str, unit: OffsetUnit, value: &Value, errors: &mut Vec<String>) -> usize {
    let mut checked = 0;
    match value {
        Value::Array(items) => items.iter().map(|v| check_spans(input, unit, v, errors)).sum(),
        Value::Object(map) => {
            if let (Some(s), Some(e), Some(t)) = (
                map.get("start").and_then(Value::as_u64),
                map.get("end").and_then(Value::as_u64),
                map.get("text").and_then(Value::as_str),
            ) {
                let (s, e) = (s as usize, e as usize);
                let slice = match unit {
                    OffsetUnit::Utf8 => input.get(s..e).map(str::to_string),
                    OffsetUnit::Utf16 => {
                        let units: Vec<u16> = input.encode_utf16().collect();
                        units.get(s..e).map(String::from_utf16_lossy)
                    }
                    OffsetUnit::Codepoint => {
                        let chars: Vec<char> = input.chars().collect();
                        chars.get(s..e).map(|c| c.iter().collect())
                    }
                };
                if slice.as_deref() != Some(t) {
                    errors.push(format!("{unit:?} span {s}..{e} is {slice:?}, text says {t:?}"));
                }
                checked += 1;
            }
            checked + map.values().map(|v| check_spans(input, unit, v, errors)).sum::<usize>()
        }
        _ => 0,
    }
}
