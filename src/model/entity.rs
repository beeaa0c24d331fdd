//! Named entities and what the gazetteer knows of them.

use super::ids::EntityId;
use super::span::Span;
use serde::Serialize;

/// The kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum EntityType {
    /// A person.
    #[serde(rename = "PERSON")]
    Person,
    /// An organisation, armed group, institution, agency or outlet.
    #[serde(rename = "ORG")]
    Org,
    /// A place with a government: country, city, region.
    #[serde(rename = "GPE")]
    Gpe,
    /// A geographic area: "Aleppo province", "northern Syria".
    #[serde(rename = "LOC")]
    Loc,
    /// A nationality, religious or political group: "Syrian", "rebels".
    #[serde(rename = "NORP")]
    Norp,
    /// Any other name: an event, a law, a work, a product ("Ramadan", "World Cup").
    #[serde(rename = "MISC")]
    Misc,
}

/// One real-world referent and every place the article names it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entity<S = Span> {
    /// Its id: "e1", "e2"… in order of first mention.
    pub id: EntityId,
    /// Its type.
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// Its name: the canonical name when the gazetteer knows it, else the fullest form used.
    pub name: String,
    /// Other forms used for it (acronyms, short forms, a capital standing for its state).
    pub aliases: Vec<String>,
    /// Roles and titles given to it ("Syrian President", "director of the OSDH").
    pub roles: Vec<String>,
    /// Mentions in text order.
    pub mentions: Vec<S>,
    /// What the gazetteer says it is, when it knows it.
    #[serde(skip)]
    pub kind: Option<Kind>,
}

/// A person's sex, as a text shows it: by a title, a noun of kin or office, or a pronoun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sex {
    /// "Mrs", "her husband's widow", "she", "elle".
    Female,
    /// "Mr", "his brother", "he", "il".
    Male,
}

/// What a gazetteer entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A country; its ISO code.
    Country(&'static str),
    /// A city; the ISO code of its country, and whether it is that country's capital.
    City {
        /// ISO code of its country.
        country: &'static str,
        /// Whether it is that country's capital.
        capital: bool,
    },
    /// A nationality adjective or noun; the ISO code of its country.
    Demonym(&'static str),
    /// An organisation, armed group or institution.
    Organisation,
    /// A news agency.
    Agency,
    /// A news outlet.
    Media,
    /// A geographic region.
    Region,
}

/// One real-world referent and its canonical name.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    /// The name to report ("Syrian Observatory for Human Rights").
    pub canonical: &'static str,
    /// The entity type of a mention of it.
    pub entity_type: EntityType,
    /// What it is.
    pub kind: Kind,
}

/// Words in the text and the entity they name, when they name a known one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Reference<S = Span> {
    /// The entity named, if any.
    pub entity: Option<EntityId>,
    /// The words.
    #[serde(rename = "text")]
    pub span: S,
}
