// Shared by `build.rs` and `src/gazetteer.rs` (through `include!`), so that the forms are
// grouped and looked up by the same first word, and the filter of first words is built and
// read with the same hash.

/// The letters and digits a text opens with (empty when it opens with anything else): the
/// key a form is grouped under.
pub fn head(s: &str) -> &str {
    let end = s.char_indices().find(|(_, c)| !c.is_alphanumeric()).map_or(s.len(), |(i, _)| i);
    &s[..end]
}

/// How many bits the filter of first words has.
pub const HEAD_FILTER_BITS: usize = 1 << 16;

/// The filter bit of a first word (FNV-1a over its bytes).
pub fn head_bit(head: &str) -> usize {
    let mut h: u32 = 0x811c_9dc5;
    for &b in head.as_bytes() {
        h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    (h as usize) % HEAD_FILTER_BITS
}
