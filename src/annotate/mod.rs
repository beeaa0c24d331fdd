//! The annotators: each reads the layers of the [`crate::Document`] made before it (tokens,
//! sentences, layout, earlier annotations) and returns its own, as find → resolve → merge.
//! They speak of meanings (a month, a verb of speech), never of spellings: every word of a
//! language comes from its folder under `src/lang/`.

pub mod antecedents;
pub mod attributions;
pub mod casualties;
pub mod dates;
pub mod entities;
pub mod events;
pub mod numbers;
pub mod quantities;
pub mod quotes;
pub mod sources;
pub mod times;
pub mod when;
