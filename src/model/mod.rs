//! The ground floor: plain record types of every layer, and nothing else. Nothing here
//! imports anything above it; every other module builds on these.

pub mod calendar;
pub mod entity;
pub mod event;
pub mod figure;
pub mod ids;
pub mod language;
pub mod layout;
pub mod span;
pub mod speech;
pub mod tag;
pub mod text;
pub mod time;

pub use calendar::{Date, DateTime, Time};
pub use entity::{Entity, EntityType, Entry, Kind, Reference, Sex};
pub use event::{
    Actor, ActorRole, Certainty, Event, EventDate, EventLocation, EventType, Fatalities, Precision, SubEventType,
};
pub use figure::{Approx, Casualty, CasualtyKind, Count, Quantity};
pub use ids::{CasualtyId, EntityId, EventId, SentenceId, TimexId, TokenId};
pub use language::Language;
pub use layout::{Article, Caption, Credit, Dateline, Layout, Line, ReadingTime, Role, Stamp};
pub use span::{Span, TextSpan};
pub use speech::{Attribution, Quote, Source, SourceKind, Speaker};
pub use tag::{EntityTag, NameKind, Upos};
pub use text::{Meaning, Meanings, Sentence, Shape, TaggedToken, Token, Zone};
pub use time::{Timex, TimexType};
