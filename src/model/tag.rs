//! The labels the taggers give each token: a universal part of speech, and a place in a
//! named entity (begin / inside / outside, with the entity's kind).

use serde::Serialize;

macro_rules! labels {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $label:literal,)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        #[repr(u8)]
        pub enum $name {
            $($(#[$vdoc])* $variant,)*
        }

        impl $name {
            /// Every label, in the order of its number.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The label as treebanks and the output write it ("NOUN", "B-PER").
            pub fn label(self) -> &'static str {
                match self {
                    $($name::$variant => $label,)*
                }
            }

            /// The label written `label`.
            pub fn from_label(label: &str) -> Option<$name> {
                match label {
                    $($label => Some($name::$variant),)*
                    _ => None,
                }
            }

            /// The label numbered `n` (its place in [`Self::ALL`]).
            pub fn from_index(n: u8) -> Option<$name> {
                Self::ALL.get(usize::from(n)).copied()
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.label())
            }
        }
    };
}

labels!(
    /// A universal part-of-speech tag (Universal Dependencies' UPOS).
    Upos {
        /// Not tagged, or not assignable to any other class.
        #[default]
        X = "X",
        /// Adjective.
        Adj = "ADJ",
        /// Adposition.
        Adp = "ADP",
        /// Adverb.
        Adv = "ADV",
        /// Auxiliary.
        Aux = "AUX",
        /// Coordinating conjunction.
        Cconj = "CCONJ",
        /// Determiner.
        Det = "DET",
        /// Interjection.
        Intj = "INTJ",
        /// Noun.
        Noun = "NOUN",
        /// Numeral.
        Num = "NUM",
        /// Particle.
        Part = "PART",
        /// Pronoun.
        Pron = "PRON",
        /// Proper noun.
        Propn = "PROPN",
        /// Punctuation.
        Punct = "PUNCT",
        /// Subordinating conjunction.
        Sconj = "SCONJ",
        /// Symbol.
        Sym = "SYM",
        /// Verb.
        Verb = "VERB",
    }
);

labels!(
    /// A token's place in a named entity, as the entity tagger reads it (IOB2).
    EntityTag {
        /// Outside any name.
        #[default]
        O = "O",
        /// First word of a person's name.
        BeginPerson = "B-PER",
        /// Later word of a person's name.
        InPerson = "I-PER",
        /// First word of an organisation's name.
        BeginOrg = "B-ORG",
        /// Later word of an organisation's name.
        InOrg = "I-ORG",
        /// First word of a place name.
        BeginLoc = "B-LOC",
        /// Later word of a place name.
        InLoc = "I-LOC",
        /// First word of another name (nationalities, groups, events, works).
        BeginMisc = "B-MISC",
        /// Later word of another name.
        InMisc = "I-MISC",
    }
);

/// The kind of name an [`EntityTag`] belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameKind {
    /// A person.
    Person,
    /// An organisation.
    Org,
    /// A place.
    Loc,
    /// Anything else with a name.
    Misc,
}

impl EntityTag {
    /// The kind of name, or `None` outside one.
    pub fn kind(self) -> Option<NameKind> {
        match self {
            EntityTag::O => None,
            EntityTag::BeginPerson | EntityTag::InPerson => Some(NameKind::Person),
            EntityTag::BeginOrg | EntityTag::InOrg => Some(NameKind::Org),
            EntityTag::BeginLoc | EntityTag::InLoc => Some(NameKind::Loc),
            EntityTag::BeginMisc | EntityTag::InMisc => Some(NameKind::Misc),
        }
    }

    /// Whether the tag opens a name.
    pub fn begins(self) -> bool {
        matches!(self, EntityTag::BeginPerson | EntityTag::BeginOrg | EntityTag::BeginLoc | EntityTag::BeginMisc)
    }

    /// Whether a token tagged `self` may follow one tagged `previous`: an "inside" tag only
    /// continues a name of its own kind.
    pub fn may_follow(self, previous: EntityTag) -> bool {
        self.begins() || self == EntityTag::O || (previous.kind() == self.kind())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_read_back_to_their_tags() {
        for &t in Upos::ALL {
            assert_eq!(Upos::from_label(t.label()), Some(t));
            assert_eq!(Upos::from_index(t as u8), Some(t));
        }
        for &t in EntityTag::ALL {
            assert_eq!(EntityTag::from_label(t.label()), Some(t));
        }
        assert_eq!(Upos::from_label("NOUNS"), None);
    }

    #[test]
    fn an_inside_tag_continues_only_its_own_kind() {
        assert!(EntityTag::InPerson.may_follow(EntityTag::BeginPerson));
        assert!(!EntityTag::InPerson.may_follow(EntityTag::BeginOrg));
        assert!(!EntityTag::InLoc.may_follow(EntityTag::O));
        assert!(EntityTag::BeginLoc.may_follow(EntityTag::InPerson));
    }
}
