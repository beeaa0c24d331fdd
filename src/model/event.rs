//! Event records: one per thing that happened, in the terms of the ACLED codebook, each
//! pointing to the entities, figures, times and sources it rests on.

use super::figure::Approx;
use super::ids::{CasualtyId, EntityId, EventId, TimexId};
use super::span::Span;
use super::speech::Source;
use serde::Serialize;

/// What kind of thing happened: ACLED's six event types, and three of our own for the
/// non-conflict events wire reports carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventType {
    /// Armed, organised groups fighting each other.
    Battles,
    /// One-sided violence with weapons that reach from afar: strikes, shelling, bombs.
    ExplosionsRemoteViolence,
    /// Violence by an organised group against unarmed people.
    ViolenceAgainstCivilians,
    /// A public demonstration without violence by its participants.
    Protests,
    /// A violent demonstration or a mob.
    Riots,
    /// Non-violent acts that shape a conflict: agreements, arrests, deployments.
    StrategicDevelopments,
    /// Natural disasters (not an ACLED type).
    Disasters,
    /// Shipwrecks, transport accidents, fires, collapses and accidental explosions (not an
    /// ACLED type).
    Accidents,
    /// Elections and referendums (not an ACLED type).
    Elections,
}

/// The sub-event type: ACLED's, and ours under our own types. Each belongs to one
/// [`EventType`] ([`SubEventType::event_type`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SubEventType {
    /// Battles: two armed groups fight.
    ArmedClash,
    /// Battles: state forces take back territory.
    GovernmentRegainsTerritory,
    /// Battles: a non-state group takes territory.
    NonStateActorOvertakesTerritory,
    /// Explosions: an air or drone strike.
    AirDroneStrike,
    /// Explosions: shelling, artillery, missiles or rockets.
    ShellingArtilleryMissileAttack,
    /// Explosions: a remote explosive, landmine or IED.
    RemoteExplosive,
    /// Explosions: a suicide bombing.
    SuicideBomb,
    /// Explosions: a grenade.
    Grenade,
    /// Violence against civilians: an attack.
    Attack,
    /// Violence against civilians: an abduction or forced disappearance.
    Abduction,
    /// Violence against civilians: sexual violence.
    SexualViolence,
    /// Protests: a peaceful protest.
    PeacefulProtest,
    /// Protests: a protest that forces dispersed or arrested, without deadly force.
    ProtestWithIntervention,
    /// Protests: force that kills or maims protesters.
    ExcessiveForceAgainstProtesters,
    /// Riots: demonstrators turn violent.
    ViolentDemonstration,
    /// Riots: a mob.
    MobViolence,
    /// Strategic developments: a ceasefire, truce or deal.
    Agreement,
    /// Strategic developments: arrests.
    Arrests,
    /// Strategic developments: deployments, withdrawals, reinforcements, curfews.
    ChangeToGroupActivity,
    /// Strategic developments: a base or headquarters set up.
    HeadquartersOrBaseEstablished,
    /// Strategic developments: looting or destruction of property.
    LootingPropertyDestruction,
    /// Strategic developments: territory handed over without fighting.
    NonViolentTransferOfTerritory,
    /// Strategic developments: anything else.
    Other,
    /// Disasters: an earthquake.
    Earthquake,
    /// Disasters: a flood.
    Flood,
    /// Disasters: a storm, cyclone or hurricane.
    Storm,
    /// Disasters: a wildfire.
    Wildfire,
    /// Disasters: a landslide.
    Landslide,
    /// Disasters: an avalanche of snow or ice.
    Avalanche,
    /// Accidents: a boat sinks or capsizes.
    Shipwreck,
    /// Accidents: a crash of a plane, train, bus or car.
    TransportAccident,
    /// Accidents: a fire in a building, a market, a mine or a vehicle (not a wildfire).
    Fire,
    /// Accidents: a building, a bridge, a roof or a mine gives way.
    Collapse,
    /// Accidents: an explosion no one set off on purpose (gas, a boiler, a plant).
    Explosion,
    /// Accidents: a crowd crush or stampede.
    Stampede,
    /// Elections: a vote for offices.
    Election,
    /// Elections: a referendum.
    Referendum,
}

impl SubEventType {
    /// The event type this sub-type belongs to.
    pub fn event_type(self) -> EventType {
        use SubEventType::*;
        match self {
            ArmedClash | GovernmentRegainsTerritory | NonStateActorOvertakesTerritory => EventType::Battles,
            AirDroneStrike | ShellingArtilleryMissileAttack | RemoteExplosive | SuicideBomb | Grenade => {
                EventType::ExplosionsRemoteViolence
            }
            Attack | Abduction | SexualViolence => EventType::ViolenceAgainstCivilians,
            PeacefulProtest | ProtestWithIntervention | ExcessiveForceAgainstProtesters => EventType::Protests,
            ViolentDemonstration | MobViolence => EventType::Riots,
            Agreement
            | Arrests
            | ChangeToGroupActivity
            | HeadquartersOrBaseEstablished
            | LootingPropertyDestruction
            | NonViolentTransferOfTerritory
            | Other => EventType::StrategicDevelopments,
            Earthquake | Flood | Storm | Wildfire | Landslide | Avalanche => EventType::Disasters,
            Shipwreck | TransportAccident | Fire | Collapse | Explosion | Stampede => EventType::Accidents,
            Election | Referendum => EventType::Elections,
        }
    }

    /// The name ACLED (or this library, for its own types) writes.
    pub fn name(self) -> &'static str {
        match self {
            SubEventType::ArmedClash => "Armed clash",
            SubEventType::GovernmentRegainsTerritory => "Government regains territory",
            SubEventType::NonStateActorOvertakesTerritory => "Non-state actor overtakes territory",
            SubEventType::AirDroneStrike => "Air/drone strike",
            SubEventType::ShellingArtilleryMissileAttack => "Shelling/artillery/missile attack",
            SubEventType::RemoteExplosive => "Remote explosive/landmine/IED",
            SubEventType::SuicideBomb => "Suicide bomb",
            SubEventType::Grenade => "Grenade",
            SubEventType::Attack => "Attack",
            SubEventType::Abduction => "Abduction/forced disappearance",
            SubEventType::SexualViolence => "Sexual violence",
            SubEventType::PeacefulProtest => "Peaceful protest",
            SubEventType::ProtestWithIntervention => "Protest with intervention",
            SubEventType::ExcessiveForceAgainstProtesters => "Excessive force against protesters",
            SubEventType::ViolentDemonstration => "Violent demonstration",
            SubEventType::MobViolence => "Mob violence",
            SubEventType::Agreement => "Agreement",
            SubEventType::Arrests => "Arrests",
            SubEventType::ChangeToGroupActivity => "Change to group/activity",
            SubEventType::HeadquartersOrBaseEstablished => "Headquarters or base established",
            SubEventType::LootingPropertyDestruction => "Looting/property destruction",
            SubEventType::NonViolentTransferOfTerritory => "Non-violent transfer of territory",
            SubEventType::Other => "Other",
            SubEventType::Earthquake => "Earthquake",
            SubEventType::Flood => "Flood",
            SubEventType::Storm => "Storm",
            SubEventType::Wildfire => "Wildfire",
            SubEventType::Landslide => "Landslide",
            SubEventType::Avalanche => "Avalanche",
            SubEventType::Shipwreck => "Shipwreck",
            SubEventType::TransportAccident => "Transport accident",
            SubEventType::Fire => "Fire",
            SubEventType::Collapse => "Collapse",
            SubEventType::Explosion => "Explosion",
            SubEventType::Stampede => "Stampede",
            SubEventType::Election => "Election",
            SubEventType::Referendum => "Referendum",
        }
    }
}

/// Both types serialise as their names.
macro_rules! serialize_as_name {
    ($($name:ident),*) => {$(
        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.name())
            }
        }
    )*};
}
serialize_as_name!(EventType, SubEventType);

impl EventType {
    /// The name ACLED (or this library, for its own types) writes.
    pub fn name(self) -> &'static str {
        match self {
            EventType::Battles => "Battles",
            EventType::ExplosionsRemoteViolence => "Explosions/Remote violence",
            EventType::ViolenceAgainstCivilians => "Violence against civilians",
            EventType::Protests => "Protests",
            EventType::Riots => "Riots",
            EventType::StrategicDevelopments => "Strategic developments",
            EventType::Disasters => "Disasters",
            EventType::Accidents => "Accidents",
            EventType::Elections => "Elections",
        }
    }
}

/// What an actor did in an event, as ACLED counts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorRole {
    /// The one who acted: the attacker, the protesters, the party that signed.
    Actor1,
    /// The one acted on or fought: the target, the other side.
    Actor2,
    /// An ally acting alongside the first actor ("and their allies", "backed by").
    Associate,
}

/// An actor of an event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Actor<S = Span> {
    /// The entity, when the actor is one.
    pub entity: Option<EntityId>,
    /// The words naming it ("rebels", "Russia").
    #[serde(rename = "text")]
    pub span: S,
    /// What it did in the event.
    pub role: ActorRole,
}

/// How finely an event's date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// A year: "2020".
    Year,
    /// A season of a year: "2024-SU".
    Season,
    /// A quarter of a year: "2024-Q3".
    Quarter,
    /// A month: "2020-03".
    Month,
    /// A week or a weekend: "2024-W48".
    Week,
    /// A day: "2024-11-27".
    Day,
    /// A time of a day: "2024-11-27T19:00".
    Time,
}

/// When an event happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EventDate {
    /// The temporal expression it comes from.
    pub time: Option<TimexId>,
    /// Its TimeML value ("2024-11-27", "2020-03").
    pub value: String,
    /// How finely it is known.
    pub precision: Precision,
}

/// Where an event happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EventLocation {
    /// The place's entity.
    pub entity: Option<EntityId>,
    /// The place's name: the entity's name.
    pub name: String,
    /// Its province, state or region, when the text or the gazetteer says.
    pub admin1: Option<String>,
    /// Its country, when the text or the gazetteer says.
    pub country: Option<String>,
}

/// The dead an event caused, from one casualty figure.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Fatalities {
    /// How many.
    pub value: f64,
    /// How the count is qualified.
    pub approx: Option<Approx>,
    /// The casualty figure it comes from.
    pub casualty: CasualtyId,
}

/// How firmly the text states an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Certainty {
    /// Stated as fact by the article.
    Asserted,
    /// Stated by a source the article names.
    Attributed,
    /// Reported with a hedge ("reportedly", "suspected", "aurait").
    Hedged,
    /// Announced or expected, not yet happened ("will vote on Sunday").
    Planned,
}

/// One thing that happened.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event<S = Span> {
    /// Its id: "v1", "v2"… in order of first mention.
    pub id: EventId,
    /// Its event type.
    #[serde(rename = "type")]
    pub event_type: EventType,
    /// Its sub-event type.
    pub sub_type: SubEventType,
    /// The word that names it where it is best described.
    pub trigger: S,
    /// The sentence of that word: its index in the sentences.
    pub sentence: usize,
    /// When it happened, if the text says.
    pub date: Option<EventDate>,
    /// Where it happened, if the text says.
    pub location: Option<EventLocation>,
    /// Who took part.
    pub actors: Vec<Actor<S>>,
    /// The dead it caused, from the latest figure.
    pub fatalities: Option<Fatalities>,
    /// Its other casualty figures (the wounded, the missing, earlier tolls).
    pub other_casualties: Vec<CasualtyId>,
    /// According to whom.
    pub sources: Vec<Source<S>>,
    /// Every word that names it, in text order.
    pub mentions: Vec<S>,
    /// How firmly the text states it.
    pub certainty: Certainty,
    /// Told as history beside the report's incident: dated, outside the report's opening,
    /// two weeks or more before the incident the opening dates ("the 2005 earthquake that
    /// killed 73,000"); or undated, with dead that are an earlier incident's.
    pub earlier: bool,
}
