//! Typed indices into the layers of a document, so an entity index is never taken for a
//! sentence index. Each is made by one macro and serialises as its output form.

macro_rules! id {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(u32);

        impl $name {
            /// The id of the item at `index` in its layer.
            pub fn new(index: usize) -> $name {
                $name(u32::try_from(index).expect("fewer than 2^32 items in a layer"))
            }

            /// The position of the item in its layer.
            pub fn index(self) -> usize {
                self.0 as usize
            }

            /// The id as the output writes it: the prefix and a count from 1 ("e1", "e2").
            pub fn label(self) -> String {
                format!(concat!($prefix, "{}"), self.0 + 1)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.label())
            }
        }
    };
}

id!(
    /// An entity of [`crate::Document::entities`]: "e1", "e2"…
    EntityId,
    "e"
);
id!(
    /// A sentence of [`crate::Document::sentences`].
    SentenceId,
    "s"
);
id!(
    /// A token of [`crate::Document::tokens`].
    TokenId,
    "t"
);
id!(
    /// A temporal expression of [`crate::Document::times`].
    TimexId,
    "t"
);
id!(
    /// A casualty figure of [`crate::Document::casualties`].
    CasualtyId,
    "c"
);
id!(
    /// An event of [`crate::Document::events`]: "v1", "v2"…
    EventId,
    "v"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_count_from_one_in_their_labels() {
        assert_eq!(EntityId::new(0).label(), "e1");
        assert_eq!(EntityId::new(41).index(), 41);
    }
}
