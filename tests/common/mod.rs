//! Helpers shared by the integration tests.
#![allow(dead_code)]

use reportage::OffsetUnit;
use serde_json::Value;

/// Checks that every `{start, end, text}` in `value` slices back out of `input`.
///
/// The input is split into UTF-16 units or code points once per call, not once per span, so
/// that checking a large output stays linear.
pub fn check_spans(input: &str, unit: OffsetUnit, value: &Value, errors: &mut Vec<String>) -> usize {
    let units: Vec<u16> = if unit == OffsetUnit::Utf16 { input.encode_utf16().collect() } else { Vec::new() };
    let chars: Vec<char> = if unit == OffsetUnit::Codepoint { input.chars().collect() } else { Vec::new() };
    check(&Unit { input, unit, units: &units, chars: &chars }, value, errors)
}

/// The input in the unit being checked.
struct Unit<'a> {
    input: &'a str,
    unit: OffsetUnit,
    units: &'a [u16],
    chars: &'a [char],
}

fn check(u: &Unit<'_>, value: &Value, errors: &mut Vec<String>) -> usize {
    let mut checked = 0;
    match value {
        Value::Array(items) => items.iter().map(|v| check(u, v, errors)).sum(),
        Value::Object(map) => {
            if let (Some(s), Some(e), Some(t)) = (
                map.get("start").and_then(Value::as_u64),
                map.get("end").and_then(Value::as_u64),
                map.get("text").and_then(Value::as_str),
            ) {
                let (s, e) = (s as usize, e as usize);
                let slice = match u.unit {
                    OffsetUnit::Utf8 => u.input.get(s..e).map(str::to_string),
                    OffsetUnit::Utf16 => u.units.get(s..e).map(String::from_utf16_lossy),
                    OffsetUnit::Codepoint => u.chars.get(s..e).map(|c| c.iter().collect()),
                };
                if slice.as_deref() != Some(t) {
                    errors.push(format!("{:?} span {s}..{e} is {slice:?}, text says {t:?}", u.unit));
                }
                checked += 1;
            }
            checked + map.values().map(|v| check(u, v, errors)).sum::<usize>()
        }
        _ => 0,
    }
}
