//! Events: one record per thing that happened, typed as the ACLED codebook types them, with
//! when, where, who, how many dead and according to whom.
//!
//! - **find**: every word of the language's event table in the headline, standfirst and body
//!   is a mention; within a sentence, mentions of one event type are one mention, a generic
//!   "attack" gives way to a specific one, and a protest takes the sub-type its sentence
//!   shows (force used on it, violence by its participants, protesters killed);
//! - **resolve**: each mention reads its sentence: the nearest date that is not the date of
//!   a statement, the most specific place, the subject and the other side, the claims that
//!   hold it, hedges and future cues;
//! - **merge**: mentions of the same sub-type whose places and dates agree are one event (a
//!   headline and the body, a toll repeated); casualty figures are linked to the event of
//!   their sentence, or of the nearest sentence before them in the paragraph, and the latest
//!   toll is the event's fatalities.

use crate::annotate::entities::{across_a_border, country_code};
use crate::annotate::sources::{claim_sources, claims_by_start, same_source};
use crate::annotate::when::{self, long_before, precision};
use crate::document::Document;
use crate::gazetteer::GAZETTEER;
use crate::lang::{self, ActorKind, Lexicon, Vocabulary};
use crate::layout::title_case;
use crate::model::{
    Actor, ActorRole, Attribution, Casualty, CasualtyId, CasualtyKind, Certainty, EntityId, EntityType, Event,
    EventDate, EventId, EventLocation, EventType, Fatalities, Kind, Meaning, Shape, Source, Span, SubEventType,
    TimexType, Token, Upos, Zone,
};
use crate::sort;
use crate::tokens::possessive_after;

/// How many earlier events a mention is compared with when merging: work stays linear on a
/// page of a thousand strikes.
const MAX_MERGE_CANDIDATES: usize = 32;
/// How many sentences back a casualty figure without an event of its own looks for one.
const CASUALTY_REACH: usize = 2;
/// The most actors kept per event.
const MAX_ACTORS: usize = 6;
/// How far after an attack's word, in bytes, a crowd makes it force used on a protest
/// ("opened fire on the protesters").
const CROWD_REACH: usize = 24;

/// How many words before a fire a burning vehicle may be named ("the truck fell into a
/// ravine and caught fire").
const VEHICLE_BEFORE_FIRE: usize = 10;

/// The most words after a fire's preposition that may name the site it burns ("a fire at
/// a crowded night club").
const FIRE_SITE_WORDS: usize = 4;
/// The most words between what blows up by accident and the word of its explosion after it
/// ("A fuel tanker parked outside the market on Friday night suddenly exploded").
const EXPLOSION_SOURCE_BEFORE: usize = 12;
/// The most words after an explosion's "of" or "at" to what blew up ("explosion of a fuel
/// tanker", "explosion at a fuel depot").
const EXPLOSION_SOURCE_AFTER_OF: usize = 4;

/// The most tokens between those who gather and the word of their gathering ("plusieurs
/// centaines de partisans du parti X se sont rassemblés").
const GATHERERS_BEFORE: usize = 10;
/// How many names back a settlement noun ("the town") looks for the town it refers to.
const MAX_TOLD_BEFORE: usize = 24;

/// How specific a place is: a province beats a country, a city a province, and a place the
/// gazetteer does not know (a town too small for it, or a district) beats the city it is
/// named beside.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Country,
    Region,
    City,
    Town,
}

/// A place named for a mention.
#[derive(Debug, Clone, Copy)]
struct Place {
    entity: EntityId,
    level: Level,
    /// Where the text names it.
    mention: Span,
    /// Whether the text names it as a part of a town or a district ("the Kyivskyi district").
    part: bool,
    /// Whether it is only where a source spoke from ("a police officer in Basra").
    said: bool,
}

/// What the text tells of an event: when, where, who, according to whom. A mention reads
/// them in its sentence; an event gathers those of its mentions.
#[derive(Debug, Clone)]
struct Facts {
    date: Option<EventDate>,
    place: Option<Place>,
    /// A province named beside the place.
    region: Option<EntityId>,
    /// A country named beside the place.
    country: Option<EntityId>,
    actors: Vec<Actor>,
    sources: Vec<Source>,
}

impl Facts {
    /// Adds what another mention of the same event tells: a finer date, a more specific place,
    /// actors not yet known (a later first actor only when there was none), its sources.
    fn absorb(&mut self, other: &Facts) {
        // A clock time is finer than a part of the day ("overnight", then "shortly after 1 a.m.").
        let clock = |d: &EventDate| d.value.get(13..14) == Some(":");
        if self.date.is_none()
            || other
                .date
                .as_ref()
                .zip(self.date.as_ref())
                .is_some_and(|(a, b)| a.precision > b.precision || a.precision == b.precision && clock(a) && !clock(b))
        {
            self.date = other.date.clone().or(self.date.take());
        }
        if other.place.is_some_and(|p| self.place.is_none_or(|q| q.said || p.level > q.level && !p.said)) {
            self.place = other.place;
            self.region = other.region.or(self.region);
        }
        self.region = self.region.or(other.region);
        self.country = self.country.or(other.country);
        for a in &other.actors {
            if self.actors.len() < MAX_ACTORS && !self.actors.iter().any(|b| same_actor(b, a)) {
                let role = match a.role {
                    ActorRole::Actor1 if self.actors.iter().any(|b| b.role == ActorRole::Actor1) => {
                        ActorRole::Associate
                    }
                    r => r,
                };
                if role != ActorRole::Associate || a.role == ActorRole::Associate {
                    self.actors.push(Actor { role, ..a.clone() });
                }
            }
        }
        self.sources.extend(other.sources.iter().cloned());
    }
}

/// One mention of an event, resolved in its sentence.
#[derive(Debug, Clone)]
struct Mention {
    sub_type: SubEventType,
    /// Whether the word is generic ("attack", "l'attaque") and gives way to a specific one.
    generic: bool,
    trigger: Span,
    /// Other words naming the same event in the sentence.
    also: Vec<Span>,
    sentence: usize,
    zone: Zone,
    facts: Facts,
    hedged: bool,
    planned: bool,
    /// Whether a definite article opens it ("the storm"): it names an event told before.
    definite: bool,
    /// Whether it only names again an event told before, and is no event alone ("the blast").
    refers_back: bool,
    /// Disasters its sentence gives as its cause ("a landslide caused by floods").
    causes: Vec<SubEventType>,
}

/// An event being built from its mentions.
#[derive(Debug, Clone)]
struct Draft {
    sub_type: SubEventType,
    /// Whether every word naming it so far is generic.
    generic: bool,
    /// The sentence of its first mention, and where that sentence stands.
    first_sentence: usize,
    first_zone: Zone,
    /// Every word naming it, with its sentence.
    mentions: Vec<(Span, usize)>,
    facts: Facts,
    casualties: Vec<CasualtyId>,
    certainty: Certainty,
    /// The mention to report as the trigger: the first in the body, else the first.
    best: (Span, usize),
    /// Disasters told as its cause: named alone later, they name it.
    causes: Vec<SubEventType>,
}

/// Annotates events.
pub fn annotate(doc: &Document<'_>) -> Vec<Event> {
    let lexicon = lang::lexicon(doc.language);
    let vocabulary = Vocabulary::of(lexicon);
    let views = Views::new(doc);
    let mut mentions: Vec<Mention> = Vec::new();
    // The latest protest and its sentence: the sentences just after it tell how it ended
    // ("Police fired tear gas and arrested 45 people.").
    let mut protest: Option<(usize, usize)> = None;
    // Whether the report has told of a wildfire; whether it names burnt land anywhere, read
    // only when a fire needs it.
    let mut wildfire = false;
    let mut wild_land_report: Option<bool> = None;
    // Whether the report has told of a natural disaster.
    let mut disaster_seen = false;
    let mut quake_seen = false;
    for (index, sentence) in doc.sentences.iter().enumerate() {
        if sentence.zone == Zone::Caption {
            continue;
        }
        let tokens = doc.tokens_of(sentence);
        let r = Reader { doc, tokens, vocabulary, lexicon, clause: clause_of(doc, tokens) };
        // "Since March 2022, the fighting has killed 9,000 people": a toll since long ago sums a
        // war up; it is no event of its own.
        // Not when the sentence dates an event of its own ("tuées lundi … en dépit du
        // cessez-le-feu en vigueur depuis novembre").
        let since = crate::model::time::timeml::ON_OR_AFTER;
        let summary = doc.times_in(r.clause).any(|t| t.modifier == Some(since) && when::long_before(doc, &t.value))
            && !doc.times_in(r.clause).any(|t| t.modifier.is_none() && when::precision(&t.value).is_some());
        if summary && views.dead_in(r.clause) {
            continue;
        }
        let (mut triggers, escalation) = r.triggers(index, &views);
        // Houses that collapsed in an earthquake or a flood told before are its damage, not an
        // accident of their own; so are the landslides an earthquake set off ("roads cut by
        // landslides").
        if disaster_seen {
            triggers.retain(|w| w.sub_type != SubEventType::Collapse);
        }
        // Not one with a toll or a day of its own: "On Monday a landslide killed nine".
        if quake_seen && !views.dead_in(r.clause) && doc.times_in(r.clause).next().is_none() {
            triggers.retain(|w| w.sub_type != SubEventType::Landslide);
        }
        // A fire in a report of burnt land is a wildfire: "1,400 hectares went up in flames", then
        // "a shepherd died in the flames".
        if triggers.is_empty() {
            if let Some((first, len)) = r.fire_word().filter(|_| wildfire || r.names_wild_land()) {
                triggers.push(EventWord {
                    first,
                    len,
                    sub_type: SubEventType::Wildfire,
                    also: Vec::new(),
                    refers_back: false,
                    causes: Vec::new(),
                });
            }
        }
        // A fire of a report of burnt land ("l'incendie a parcouru 1 400 hectares") is a wildfire,
        // wherever the report tells of the land (a headline's "incendies" comes before it).
        let fire = triggers.iter().any(|w| w.sub_type == SubEventType::Fire);
        if fire && (wildfire || r.names_wild_land() || *wild_land_report.get_or_insert_with(|| names_wild_land(doc))) {
            for w in triggers.iter_mut().filter(|w| w.sub_type == SubEventType::Fire) {
                w.sub_type = SubEventType::Wildfire;
            }
        }
        wildfire |= triggers.iter().any(|w| w.sub_type == SubEventType::Wildfire);
        disaster_seen |= triggers.iter().any(|w| w.sub_type.event_type() == EventType::Disasters);
        quake_seen |= triggers.iter().any(|w| w.sub_type == SubEventType::Earthquake);
        let follows = protest.filter(|&(m, s)| {
            index - s <= 2
                && sentence.zone == Zone::Body
                && doc.sentences[s].paragraph == sentence.paragraph
                && m < mentions.len()
        });
        let mut own_protest = false;
        // Every event word of the sentence: a place beyond another event's word is that one's.
        let words: Vec<Span> = triggers.iter().map(|w| r.span(w.first, w.len)).collect();
        for word in triggers {
            let is_protest = matches!(word.sub_type.event_type(), EventType::Protests | EventType::Riots);
            if let Some((m, _)) = follows.filter(|_| !is_protest && absorbed_by_protest(word.sub_type)) {
                let p = &mut mentions[m];
                p.also.push(r.span(word.first, word.len));
                p.also.extend(word.also);
                p.sub_type = escalate(p.sub_type, protest_step(word.sub_type));
                continue;
            }
            own_protest |= is_protest;
            let trigger = r.span(word.first, word.len);
            let others: Vec<Span> = words.iter().copied().filter(|&w| w != trigger).collect();
            mentions.push(r.resolve(index, word, &others, &views));
            if is_protest {
                protest = Some((mentions.len() - 1, index));
            }
        }
        if let (Some((m, _)), Some(e), false) = (follows, escalation, own_protest) {
            mentions[m].sub_type = escalate(mentions[m].sub_type, e);
        }
    }
    let mut drafts = merge(doc, mentions);
    link_casualties(doc, &mut drafts);
    date_from_lead(doc, &mut drafts);
    drafts.iter_mut().for_each(|d| finish(doc, d));
    sort::sort_by_key(&mut drafts, |d| d.mentions.first().map_or(0, |m| m.0.start));
    let mut events: Vec<Event> =
        drafts.into_iter().enumerate().map(|(i, d)| record(doc, &views, EventId::new(i), d)).collect();
    mark_earlier(doc, &mut events);
    events
}

/// Earlier layers as every mention reads them, sorted once: spans that name who said
/// something rather than who did it (sources of claims, speakers of quotes and those spoken
/// to), the claims, the mentions of figures of the dead, and the country the report is about.
struct Views<'d> {
    asides: Vec<Span>,
    claims: Vec<&'d Attribution>,
    dead: Vec<Span>,
    story_country: std::cell::OnceCell<Option<String>>,
    story_country_entity: std::cell::OnceCell<Option<EntityId>>,
    /// Whether the report names an event by a word other than one for any mishap.
    other_incident: std::cell::OnceCell<bool>,
    /// Whether the report names any violence: battles, attacks, bombs, riots.
    violence: std::cell::OnceCell<bool>,
}

impl<'d> Views<'d> {
    /// Whether the report names an event by a word other than one for any mishap ("a fire
    /// broke out … the accident"): then such a word with no vehicle is that event again.
    fn other_incident(&self, doc: &Document<'_>, vocabulary: &Vocabulary, any_mishap_words: &[&str]) -> bool {
        *self.other_incident.get_or_init(|| {
            (0..doc.tokens.len()).any(|k| {
                let t = &doc.tokens[k];
                // Not a word of harm ("killed", "morts"), which any report of deaths has.
                (t.means(Meaning::EventTrigger) || t.phrase_starts.has(Meaning::EventTrigger))
                    && !t.means(Meaning::CasualtyWord)
                    && !any_mishap_words.contains(&doc.lower(t.span))
                    && vocabulary.match_at(&doc.tokens, &doc.lower, k, Meaning::EventTrigger) > 0
            })
        })
    }

    /// Whether the report names any violence: a battle, an attack, a bomb or a strike, a
    /// riot. Where it names none, an explosion at a building is taken for an accident.
    fn violence(&self, doc: &Document<'_>, vocabulary: &Vocabulary, events: &lang::Events) -> bool {
        *self.violence.get_or_init(|| {
            (0..doc.tokens.len()).any(|k| {
                let t = &doc.tokens[k];
                if !(t.means(Meaning::EventTrigger) || t.phrase_starts.has(Meaning::EventTrigger)) {
                    return false;
                }
                let len = vocabulary.match_at(&doc.tokens, &doc.lower, k, Meaning::EventTrigger);
                if len == 0 {
                    return false;
                }
                let span = Span::new(t.span.start, doc.tokens[k + len - 1].span.end);
                lang::value_in(events.triggers, &doc.lower, span).is_some_and(|sub| {
                    matches!(
                        sub.event_type(),
                        EventType::Battles
                            | EventType::ExplosionsRemoteViolence
                            | EventType::ViolenceAgainstCivilians
                            | EventType::Riots
                    )
                })
            })
        })
    }

    fn new(doc: &'d Document<'_>) -> Views<'d> {
        let mut asides: Vec<Span> = doc
            .attributions
            .iter()
            .flat_map(|a| a.sources.iter().map(|s| s.span))
            .chain(doc.quotes.iter().filter_map(|q| q.speaker.as_ref().map(|s| s.span)))
            .chain(doc.quotes.iter().filter_map(|q| q.to.map(|t| t.span)))
            .collect();
        // The person named in apposition after a source: "selon un responsable de la Défense
        // civile, Karim Haddad, …".
        let text = doc.text();
        let apposed: Vec<Span> = asides
            .iter()
            .filter_map(|s| {
                let after = text.get(s.end..)?;
                let gap = after.len() - after.strip_prefix(',')?.trim_start().len();
                let (m, e) = doc.mentions_in(Span::new(s.end + gap, (s.end + gap + 80).min(text.len()))).next()?;
                (m.start == s.end + gap && doc.entity(e).entity_type == EntityType::Person).then_some(m)
            })
            .collect();
        asides.extend(apposed);
        sort::sort_by_key(&mut asides, |s| s.start);
        let mut dead: Vec<Span> = doc
            .casualties
            .iter()
            .filter(|c| matches!(c.kind, CasualtyKind::Killed | CasualtyKind::Dead))
            .flat_map(|c| c.mentions.iter().copied())
            .collect();
        sort::sort_by_key(&mut dead, |s| s.start);
        Views {
            asides,
            claims: claims_by_start(doc),
            dead,
            story_country: std::cell::OnceCell::new(),
            story_country_entity: std::cell::OnceCell::new(),
            other_incident: std::cell::OnceCell::new(),
            violence: std::cell::OnceCell::new(),
        }
    }

    /// Whether `span` overlaps a source or a speaker.
    fn aside(&self, span: Span) -> bool {
        let to = self.asides.partition_point(|s| s.start < span.end);
        self.asides[..to].iter().rev().take(8).any(|s| s.overlaps(span))
    }

    /// Whether a figure of the dead is given inside `span`.
    fn dead_in(&self, span: Span) -> bool {
        let from = self.dead.partition_point(|s| s.start < span.start);
        self.dead[from..].iter().take_while(|s| s.start < span.end).any(|s| span.contains(*s))
    }

    /// The country the report is about: the dateline's, else the one it names most often.
    fn story_country(&self, doc: &Document<'_>) -> Option<String> {
        self.story_country.get_or_init(|| story_country(doc)).clone()
    }

    /// The entity of the country the report is about, looked up once.
    fn story_country_entity(&self, doc: &Document<'_>) -> Option<EntityId> {
        *self.story_country_entity.get_or_init(|| {
            let name = self.story_country(doc)?;
            let found = doc.entities.iter().position(|e| matches!(e.kind, Some(Kind::Country(_))) && e.name == name);
            found.map(EntityId::new)
        })
    }
}

/// The tokens of one sentence and the language's words.
struct Reader<'d> {
    doc: &'d Document<'d>,
    tokens: &'d [Token],
    vocabulary: &'d Vocabulary,
    lexicon: &'static Lexicon,
    /// The sentence's words, without the dateline that may open it.
    clause: Span,
}

/// Whether any sentence of the document names burnt land ("hectares", "forêt").
fn names_wild_land(doc: &Document<'_>) -> bool {
    let words = lang::lexicon(doc.language).events.wild_land_words;
    // In lower case: "Bush" is a name.
    doc.tokens.iter().any(|t| !t.shape.is(Shape::CAPITALISED) && words.contains(&doc.lower(t.span)))
}

/// The span of a sentence's tokens, without the dateline that may open it.
fn clause_of(doc: &Document<'_>, tokens: &[Token]) -> Span {
    let span = match (tokens.first(), tokens.last()) {
        (Some(a), Some(b)) => Span::new(a.span.start, b.span.end),
        _ => Span::new(0, 0),
    };
    doc.without_dateline(span)
}

impl Reader<'_> {
    fn at(&self, k: usize, meaning: Meaning) -> usize {
        self.vocabulary.match_at(self.tokens, &self.doc.lower, k, meaning)
    }

    fn span(&self, from: usize, len: usize) -> Span {
        Span::new(self.tokens[from].span.start, self.tokens[from + len - 1].span.end)
    }

    /// Where the phrase ending in token `k` opens: back over the tokens before it that
    /// `within` accepts (determiners, adjectives…).
    fn phrase_start(&self, k: usize, within: impl Fn(&Token) -> bool) -> usize {
        let mut j = k;
        while j > 0 && within(&self.tokens[j - 1]) {
            j -= 1;
        }
        j
    }

    /// The first word of a fire in the clause, as `(first token, length)`.
    fn fire_word(&self) -> Option<(usize, usize)> {
        let doc = self.doc;
        let words = self.lexicon.events.fire_words;
        (0..self.tokens.len()).filter(|&k| self.tokens[k].span.start >= self.clause.start).find_map(|k| {
            // Only where a fire phrase's first word stands.
            let word = doc.lower(self.tokens[k].span);
            let opens = |w: &&str| w.strip_prefix(word).is_some_and(|rest| rest.is_empty() || rest.starts_with(' '));
            if !words.iter().any(opens) {
                return None;
            }
            let rest = &doc.lower[self.tokens[k].span.start..];
            let whole = |w: &&&str| {
                rest.strip_prefix(**w).is_some_and(|after| after.chars().next().is_none_or(|c| !c.is_alphanumeric()))
            };
            let phrase = words.iter().filter(whole).max_by_key(|w| w.len())?;
            let end = self.tokens[k].span.start + phrase.len();
            let len = self.tokens[k..].iter().take_while(|t| t.span.end <= end).count();
            // "the fire service", "fire crews": a noun after it makes it a modifier.
            let modifier = self.tokens.get(k + len).is_some_and(|t| {
                t.pos == Upos::Noun
                    && ![Meaning::Weekday, Meaning::Month, Meaning::RelativeDay].iter().any(|&m| t.means(m))
            });
            (len > 0 && !modifier).then_some((k, len))
        })
    }

    /// Whether the clause names wild land or its measure ("hectares of forest").
    fn names_wild_land(&self) -> bool {
        let words = self.lexicon.events.wild_land_words;
        self.tokens.iter().any(|t| t.span.start >= self.clause.start && words.contains(&self.doc.lower(t.span)))
    }

    /// What the actor noun at `(k, len)` names ("gunmen": a non-state force).
    fn actor_noun_kind(&self, k: usize, len: usize) -> Option<ActorKind> {
        lang::value_in(self.lexicon.events.actor_nouns, &self.doc.lower, self.span(k, len))
    }

    /// Every match of `meaning` in the sentence, as `(first token, length)`.
    fn matches(&self, meaning: Meaning) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut k = 0;
        while k < self.tokens.len() {
            let t = &self.tokens[k];
            if t.means(meaning) || t.phrase_starts.has(meaning) {
                let len = self.at(k, meaning);
                if len > 0 {
                    out.push((k, len));
                    k += len;
                    continue;
                }
            }
            k += 1;
        }
        out
    }

    /// The event words of the sentence, one per event; and what the sentence shows of a
    /// protest's course.
    fn triggers(&self, sentence: usize, views: &Views<'_>) -> (Vec<EventWord>, Option<SubEventType>) {
        let doc = self.doc;
        let events = &self.lexicon.events;
        let mut found: Vec<(usize, usize, SubEventType)> = Vec::new();
        for (k, len) in self.matches(Meaning::EventTrigger) {
            let span = self.span(k, len);
            // A word inside a name ("the Election Commission") or a month ("March") names no
            // event; an event's own name ("Storm Ciarán") does.
            if inside_a_name(doc, span) || self.tokens[k].means(Meaning::Month) {
                continue;
            }
            // "un orage s'est abattu": after a reflexive, some harm words name none.
            let grammar = &self.lexicon.grammar;
            let reflexive =
                self.tokens[k.saturating_sub(3)..k].iter().any(|t| grammar.reflexives.contains(&doc.lower(t.span)));
            if reflexive && self.lexicon.casualties.reflexive_non_harms.contains(&doc.lower(span)) {
                continue;
            }
            let Some(sub) = lang::value_in(events.triggers, &doc.lower, span) else { continue };
            // "Gunmen storm a hotel", "Protesters flood the streets": a disaster's word right
            // after armed men or a crowd is what they do.
            let actor_before = k > 0 && self.tokens[k - 1].means(Meaning::ActorNoun);
            if sub.event_type() == EventType::Disasters && actor_before {
                continue;
            }
            // "le cyclone qui frappe l'île", "the storm strikes the coast": a strike's word right
            // after a disaster's, past a relative pronoun, auxiliaries and adverbs, is what the
            // disaster does (whatever the tagger read).
            let struck_by_disaster = sub == SubEventType::AirDroneStrike
                && found.last().is_some_and(|g| {
                    g.2.event_type() == EventType::Disasters
                        && self.tokens[g.0 + g.1..k]
                            .iter()
                            .all(|t| matches!(t.pos, Upos::Pron | Upos::Aux | Upos::Adv) || t.means(Meaning::Auxiliary))
                });
            if struck_by_disaster {
                continue;
            }
            // "avalanche risk", "flood warning", "risque d'inondation", "alerte aux crues": a
            // danger foretold, not a disaster.
            let hazard =
                |j: usize| self.tokens.get(j).is_some_and(|t| events.hazard_words.contains(&doc.lower(t.span)));
            let linking = |t: &Token| matches!(t.pos, Upos::Adp | Upos::Det) || t.means(Meaning::Of);
            let before = self.tokens[..k].iter().rev().take(2).take_while(|t| linking(t)).count();
            let foretold = hazard(k + len) || k > before && hazard(k - before - 1);
            if sub.event_type() == EventType::Disasters && foretold {
                continue;
            }
            // "an avalanche of criticism", "une avalanche de plaintes": a figure of speech; not
            // "an avalanche of earth", "une avalanche de boue", which slid.
            let mut sub = sub;
            if sub == SubEventType::Avalanche && self.tokens.get(k + len).is_some_and(|t| t.means(Meaning::Of)) {
                let material = self
                    .tokens
                    .get(k + len + 1)
                    .and_then(|t| lang::value_in(events.slide_materials, &doc.lower, t.span));
                match material {
                    Some(slid) => sub = slid,
                    None => continue,
                }
            }
            // "Les opérations de secours ont été arrêtées": an activity stopped, no arrest.
            let halted = || {
                self.tokens[..k]
                    .iter()
                    .rposition(|t| !matches!(t.pos, Upos::Aux | Upos::Adv))
                    .is_some_and(|j| events.halted_activities.contains(&doc.lower(self.tokens[j].span)))
            };
            if sub == SubEventType::Arrests && halted() {
                continue;
            }
            // "an inquiry into the accident", "une enquête sur l'accident": with no vehicle or
            // boat in its sentence, a word for any mishap is the report's incident again,
            // where the report names one by another word.
            let any_mishap = len == 1 && events.any_mishap_words.contains(&doc.lower(span));
            let conveyance = || {
                self.tokens.iter().any(|t| {
                    let w = doc.lower(t.span);
                    events.vehicle_nouns.contains(&w) || events.vessel_nouns.contains(&w)
                })
            };
            if any_mishap && !conveyance() && views.other_incident(doc, self.vocabulary, events.any_mishap_words) {
                continue;
            }
            found.push((k, len, sub));
        }
        // "the night club fire", "a fire at a crowded market", "le feu dans l'immeuble": a word
        // that also names gunfire is a fire beside the building it burns. Not "opened fire at
        // the hotel" nor "came under fire": only after a determiner, an adjective or the site.
        for k in 0..self.tokens.len() {
            if !events.fire_nouns.contains(&doc.lower(self.tokens[k].span))
                || found.iter().any(|f| f.0 <= k && k < f.0 + f.1)
            {
                continue;
            }
            let site = |j: usize| self.tokens.get(j).is_some_and(|t| events.fire_sites.contains(&doc.lower(t.span)));
            let site_before = k > 0 && site(k - 1);
            let opened = k == 0 || !(site_before || matches!(self.tokens[k - 1].pos, Upos::Det | Upos::Adj));
            // Not a modifier: "fire crews", "fire exits".
            let modifier = self.tokens.get(k + 1).is_some_and(|t| t.pos == Upos::Noun);
            if opened || modifier || inside_a_name(doc, self.tokens[k].span) {
                continue;
            }
            let site_after = self.tokens.get(k + 1).is_some_and(|t| t.pos == Upos::Adp)
                && (k + 2..(k + 2 + FIRE_SITE_WORDS).min(self.tokens.len()))
                    .take_while(|&j| matches!(self.tokens[j].pos, Upos::Det | Upos::Adj | Upos::Noun | Upos::Propn))
                    .any(site);
            if site_before || site_after {
                found.push((k, 1, SubEventType::Fire));
            }
        }
        // "A bus carrying pilgrims plunged into a ravine": a mishap verb a few words after a
        // vehicle, in the same clause, is a transport accident.
        // Not beside another event: "the lead vehicle hit a mine" is the mine's; but beside a
        // fire or an explosion ("the truck caught fire after it fell into a ravine").
        let burning = |sub: SubEventType| matches!(sub, SubEventType::Fire | SubEventType::Explosion);
        if found.iter().all(|f| burning(f.2)) {
            let vehicle = |k: usize| events.vehicle_nouns.contains(&doc.lower(self.tokens[k].span));
            let mishap = (1..self.tokens.len()).find(|&k| {
                events.vehicle_mishaps.contains(&doc.lower(self.tokens[k].span))
                    && (k.saturating_sub(5)..k).rev().take_while(|&j| self.tokens[j].is_word()).any(vehicle)
            });
            if let Some(k) = mishap {
                found.push((k, 1, SubEventType::TransportAccident));
            }
        }
        // "A fuel tanker parked outside the market exploded", "tanker explosion", "explosion
        // d'un camion-citerne", "an explosion at a fuel depot": an explosion word told of what
        // blows up by accident, before it in the same clause or after it and "of" or another
        // preposition, is an accidental explosion (dropped below beside violence).
        if found.iter().all(|f| burning(f.2) && f.2 != SubEventType::Explosion) {
            let source = |j: usize| events.explosion_sources.contains(&doc.lower(self.tokens[j].span));
            let told_of = |k: usize| {
                (k.saturating_sub(EXPLOSION_SOURCE_BEFORE)..k)
                    .rev()
                    .take_while(|&j| self.tokens[j].is_word())
                    .any(source)
                    || self.tokens.get(k + 1).is_some_and(|t| t.means(Meaning::Of) || t.pos == Upos::Adp)
                        && (k + 2..self.tokens.len().min(k + 2 + EXPLOSION_SOURCE_AFTER_OF))
                            .take_while(|&j| self.tokens[j].is_word())
                            .any(source)
            };
            let blast = (0..self.tokens.len())
                .find(|&k| events.explosion_words.contains(&doc.lower(self.tokens[k].span)) && told_of(k));
            // "An explosion at a hotel killed 30": one at a building, in a report that names no
            // violence, is an accident too.
            let at_a_site = || self.tokens.iter().any(|t| events.fire_sites.contains(&doc.lower(t.span)));
            let blast = blast.or_else(|| {
                // Not "an explosion of online sales", "l'explosion des prix": only with a harm
                // named in its sentence.
                let k = (0..self.tokens.len()).find(|&k| {
                    self.tokens[k].pos == Upos::Noun
                        && events.explosion_words.contains(&doc.lower(self.tokens[k].span))
                        && !self.tokens.get(k + 1).is_some_and(|t| t.means(Meaning::Of))
                })?;
                let harm = self.tokens.iter().any(|t| t.means(Meaning::CasualtyWord));
                (harm && at_a_site() && !views.violence(doc, self.vocabulary, events)).then_some(k)
            });
            if let Some(k) = blast {
                found.push((k, 1, SubEventType::Explosion));
            }
        }
        // A vehicle that burns or blows up in its crash is one transport accident: the
        // vehicle is named just before the fire ("the truck caught fire after it fell").
        let vehicle_before = |k: usize| {
            self.tokens[k.saturating_sub(VEHICLE_BEFORE_FIRE)..k]
                .iter()
                .any(|t| events.vehicle_nouns.contains(&doc.lower(t.span)))
        };
        if found.iter().any(|f| matches!(f.2, SubEventType::TransportAccident | SubEventType::Shipwreck)) {
            found.retain(|f| !(burning(f.2) && vehicle_before(f.0)));
        }
        // "Firefighters battled a blaze", "le combat contre les flammes": a battle whose object
        // is a fire or a disaster is the fight against it, no armed clash.
        // Its object, or what follows "against": not "under fire", "after the fire".
        let against_disaster = |k: usize, len: usize| {
            let mut j = k + len;
            if self.tokens.get(j).is_some_and(|t| events.against_markers.contains(&doc.lower(t.span))) {
                j += 1;
            }
            while self.tokens.get(j).is_some_and(|t| matches!(t.pos, Upos::Det | Upos::Adj)) {
                j += 1;
            }
            let Some(t) = self.tokens.get(j) else { return false };
            events.fire_words.contains(&doc.lower(t.span))
                || found
                    .iter()
                    .any(|g| g.0 == j && matches!(g.2.event_type(), EventType::Disasters | EventType::Accidents))
        };
        let fights: Vec<usize> = found
            .iter()
            .filter(|f| f.2.event_type() == EventType::Battles && against_disaster(f.0, f.1))
            .map(|f| f.0)
            .collect();
        found.retain(|f| !fights.contains(&f.0));
        // "les fidèles s'étaient rassemblés": a gathering is a protest only when protesters
        // gather, named in the words before it.
        let protesters_before = |k: usize| {
            self.tokens[k.saturating_sub(GATHERERS_BEFORE)..k].iter().any(|t| {
                let w = doc.lower(t.span);
                events.actor_nouns.iter().any(|&(noun, kind)| kind == ActorKind::Protesters && noun == w)
            })
        };
        found.retain(|f| !events.gathering_words.contains(&doc.lower(self.span(f.0, f.1))) || protesters_before(f.0));
        // A fire, a collapse or an explosion beside violence is its work ("a bomb caused an
        // explosion at a factory", "the building collapsed after the strike"), and a fire told
        // with an arson word was set ("an arson attack", "un incendie criminel").
        let violent = found.iter().any(|f| {
            matches!(
                f.2.event_type(),
                EventType::Battles
                    | EventType::ExplosionsRemoteViolence
                    | EventType::ViolenceAgainstCivilians
                    | EventType::Riots
                    | EventType::Protests
            )
        });
        let arson = self.tokens.iter().any(|t| events.arson_words.contains(&doc.lower(t.span)));
        found.retain(|f| match f.2 {
            SubEventType::Fire => !violent && !arson,
            SubEventType::Collapse | SubEventType::Explosion => !violent,
            _ => true,
        });
        // "their dinghy struck rocks": a boat's accident is a shipwreck.
        // Looked for only where an accident was found: most sentences have none.
        if found.iter().any(|f| f.2 == SubEventType::TransportAccident)
            && self.tokens.iter().any(|t| events.vessel_nouns.contains(&doc.lower(t.span)))
        {
            for f in found.iter_mut().filter(|f| f.2 == SubEventType::TransportAccident) {
                f.2 = SubEventType::Shipwreck;
            }
        }
        // "dispersed without incident", "s'est dispersé dans le calme": no force was used.
        let calm = |k: usize, len: usize| {
            let after = doc.lower[self.span(k, len).end..].trim_start();
            events.calm_markers.iter().any(|m| after.starts_with(m))
        };
        let escalations: Vec<SubEventType> = self
            .matches(Meaning::Escalation)
            .into_iter()
            .filter(|&(k, len)| !calm(k, len))
            .filter_map(|(k, len)| lang::value_in(events.escalations, &doc.lower, self.span(k, len)))
            .collect();
        let escalation = escalations.iter().copied().reduce(escalate);
        // "Police used tear gas on the demonstrators": force used on a crowd is a protest's,
        // though no word names the protest (arrests alone are not: "arrested three students").
        // Not in a headline, which sums up what the body tells one by one.
        // "Gunmen killed four guards": armed men who kill, with no word for the attack, attack.
        if found.is_empty() {
            let killed = self.matches(Meaning::CasualtyWord).into_iter().find(|&(k, len)| {
                lang::value_in(self.lexicon.casualties.casualty_words, &doc.lower, self.span(k, len))
                    == Some(CasualtyKind::Killed)
            });
            let armed_before = |at: usize| {
                self.matches(Meaning::ActorNoun).into_iter().any(|(k, len)| {
                    k + len <= at
                        && matches!(self.actor_noun_kind(k, len), Some(ActorKind::State | ActorKind::NonState))
                        && !self.candidate(k, self.span(k, len), None, None).introduced
                        && !(k + len..at).any(|j| self.is_speech(j))
                })
            };
            // The dead counted after the verb: "killed four guards", not "were killed by".
            let counted_after = |at: usize| {
                let from = self.span(at, 1).end;
                views.dead_in(Span::new(from, self.clause.end))
            };
            if let Some((k, len)) = killed.filter(|&(k, _)| armed_before(k) && counted_after(k)) {
                found.push((k, len, SubEventType::Attack));
            }
        }
        // "A crowd beat two men to death": a crowd that kills, as the subject of its sentence,
        // is mob violence.
        if found.is_empty() && views.dead_in(doc.sentences[sentence].span) {
            let mob = (0..self.tokens.len()).find(|&k| {
                let span = self.tokens[k].span;
                if !events.mob_nouns.contains(&doc.lower(span)) {
                    return false;
                }
                let j = self.phrase_start(k, |t| matches!(t.pos, Upos::Det | Upos::Adj));
                let subject = j == 0
                    || !matches!(self.tokens[j - 1].pos, Upos::Adp | Upos::Verb | Upos::Aux)
                        && !self.tokens[j - 1].means(Meaning::Of);
                // "Two men were beaten to death by a crowd."
                let agent = j > 0 && self.tokens[j - 1].means(Meaning::AgentMarker);
                subject && views.dead_in(Span::new(span.end, self.clause.end))
                    || agent && views.dead_in(Span::new(self.clause.start, span.start))
            });
            if let Some(k) = mob {
                found.push((k, 1, SubEventType::MobViolence));
            }
        }
        // "The blast happened on Friday", "deux explosions ont secoué la ville": an explosion
        // with no other word for an event in its sentence names the violent event the report
        // tells, before or after; it joins that one or is dropped ([`merge`]).
        let mut refers_back = None;
        if found.is_empty() {
            refers_back =
                (0..self.tokens.len()).find(|&k| events.explosion_words.contains(&doc.lower(self.tokens[k].span)));
            if let Some(k) = refers_back {
                found.push((k, 1, SubEventType::Attack));
            }
        }
        // A crowd crush may follow the force that set it off (below).
        let crush_only = found.iter().all(|f| f.2 == SubEventType::Stampede);
        if crush_only && doc.sentences[sentence].zone != Zone::Headline {
            let crowd = self
                .matches(Meaning::ActorNoun)
                .into_iter()
                .any(|(k, len)| self.actor_noun_kind(k, len) == Some(ActorKind::Protesters));
            let force = self
                .matches(Meaning::Escalation)
                .into_iter()
                .find(|&(k, len)| self.at(k, Meaning::CasualtyWord) != len && !calm(k, len));
            match force.filter(|_| crowd) {
                Some((k, len)) => found.push((k, len, SubEventType::PeacefulProtest)),
                None if found.is_empty() => return (Vec::new(), escalation),
                None => {}
            }
        }
        // "a blast triggered a stampede", "police fired tear gas, causing a crush": a crush
        // told with violence in its sentence is a part of that violence.
        if found.iter().any(|f| !matches!(f.2.event_type(), EventType::Disasters | EventType::Accidents)) {
            found.retain(|f| f.2 != SubEventType::Stampede);
        }
        // "Police opened fire on protesters": an attack on a crowd is force used on a protest.
        let crowds: Vec<Span> = self
            .matches(Meaning::ActorNoun)
            .into_iter()
            .filter(|&(k, len)| self.actor_noun_kind(k, len) == Some(ActorKind::Protesters))
            .map(|(k, len)| self.span(k, len))
            .collect();
        for f in &mut found {
            let end = self.span(f.0, f.1).end;
            if f.2 == SubEventType::Attack && crowds.iter().any(|c| c.start >= end && c.start - end <= CROWD_REACH) {
                f.2 = SubEventType::ExcessiveForceAgainstProtesters;
            }
        }
        // "A suicide bomber blew himself up at an election rally", "une explosion lors d'un
        // meeting": a gathering a preposition introduces beside a bombing is where the bombing
        // happened, not a protest of its own ("protested against the bombing" is one).
        if found.iter().any(|f| f.2.event_type() == EventType::ExplosionsRemoteViolence) {
            let introduced = |k: usize| {
                let j = self.phrase_start(k, |t| matches!(t.pos, Upos::Det | Upos::Adj | Upos::Noun | Upos::Propn));
                !matches!(self.tokens[k].pos, Upos::Verb | Upos::Aux) && j > 0 && self.tokens[j - 1].pos == Upos::Adp
            };
            found.retain(|f| !(matches!(f.2.event_type(), EventType::Protests | EventType::Riots) && introduced(f.0)));
        }
        let types: Vec<EventType> = found.iter().map(|f| f.2.event_type()).collect();
        let protest = types.iter().any(|&t| t == EventType::Protests || t == EventType::Riots);
        if protest {
            let killed = views.dead_in(doc.sentences[sentence].span);
            let has = |s: SubEventType| escalations.contains(&s) || found.iter().any(|f| f.2 == s);
            let sub = if has(SubEventType::ExcessiveForceAgainstProtesters) || killed && escalation.is_some() {
                SubEventType::ExcessiveForceAgainstProtesters
            } else if has(SubEventType::ViolentDemonstration) || types.contains(&EventType::Riots) {
                SubEventType::ViolentDemonstration
            } else if has(SubEventType::ProtestWithIntervention) || found.iter().any(|f| f.2 == SubEventType::Arrests) {
                SubEventType::ProtestWithIntervention
            } else {
                SubEventType::PeacefulProtest
            };
            // The arrests, the clash with the police, the fires are the protest's own story.
            found.retain(|f| !absorbed_by_protest(f.2));
            for f in &mut found {
                if matches!(f.2.event_type(), EventType::Protests | EventType::Riots)
                    && f.2 != SubEventType::MobViolence
                {
                    f.2 = sub;
                }
            }
        }
        let violent = |t: EventType| {
            matches!(t, EventType::Battles | EventType::ExplosionsRemoteViolence | EventType::ViolenceAgainstCivilians)
        };
        // A generic attack gives way to a strike, a battle or an abduction in the same sentence;
        // looting, to the violence that caused it.
        let specific = found.iter().any(|f| f.2 != SubEventType::Attack && violent(f.2.event_type()));
        let any_violent = found.iter().any(|f| violent(f.2.event_type()));
        found.retain(|f| {
            !(specific && f.2 == SubEventType::Attack || any_violent && f.2 == SubEventType::LootingPropertyDestruction)
        });
        // "killed in a strike despite the ceasefire": an agreement a concessive word introduces
        // is the circumstance of the other event, unless the sentence tells its making ("despite
        // a truce agreed in Luanda in July"); then a violent word opening the sentence ("The
        // fighting comes despite…") is the story's earlier event named again.
        let concessive = |k: usize| {
            let j = self.phrase_start(k, |t| t.pos == Upos::Det || t.means(Meaning::Determiner));
            let before = doc.lower[..self.tokens[j].span.start].trim_end();
            events.concessive_markers.iter().any(|m| {
                before.ends_with(m)
                    && before[..before.len() - m.len()].chars().next_back().is_none_or(|c| !c.is_alphanumeric())
            })
        };
        let made = |k: usize| {
            self.tokens[k..]
                .iter()
                .skip(1)
                .take(6)
                .take_while(|t| t.is_word())
                .any(|t| events.agreement_participles.contains(&doc.lower(t.span)))
        };
        if let Some(a) = found.iter().find(|f| f.2 == SubEventType::Agreement && concessive(f.0)).map(|f| f.0) {
            if made(a) {
                found.retain(|f| f.2 == SubEventType::Agreement || !(f.0 < a && self.first_phrase(f.0)));
            } else if found.iter().any(|f| f.2 != SubEventType::Agreement) {
                found.retain(|f| f.2 != SubEventType::Agreement);
            }
        }
        // A ceasefire "to end the fighting" is about the fighting, not another battle.
        if found.iter().any(|f| f.2 == SubEventType::Agreement && !concessive(f.0)) {
            found.retain(|f| f.2 == SubEventType::Agreement || !violent(f.2.event_type()));
        }
        // "seized nine hostages": people taken are an abduction, not territory.
        for f in &mut found {
            let taking =
                matches!(f.2, SubEventType::NonStateActorOvertakesTerritory | SubEventType::GovernmentRegainsTerritory);
            let mut object = (f.0 + f.1..(f.0 + f.1 + 4).min(self.tokens.len()))
                .take_while(|&j| !self.tokens[j].means(Meaning::AgentMarker));
            let people = object.any(|j| {
                self.tokens[j].means(Meaning::VictimNoun)
                    || lang::value_in(self.lexicon.casualties.casualty_words, &doc.lower, self.tokens[j].span)
                        == Some(CasualtyKind::Kidnapped)
            });
            if taking && people {
                f.2 = SubEventType::Abduction;
            }
        }
        // Weather a preposition introduces beside another event is its circumstance ("capsized
        // in a storm", "a chaviré dans la tempête").
        // So is a disaster of another kind ("rains from the typhoon triggered a landslide").
        let circumstance = |k: usize| {
            let j = self.phrase_start(k, |t| matches!(t.pos, Upos::Det | Upos::Adj));
            // "caused by floods": the agent of a passive too.
            j > 0
                && (self.tokens[j - 1].pos == Upos::Adp || self.tokens[j - 1].means(Meaning::AgentMarker))
                && !events.sequence_markers.contains(&doc.lower(self.tokens[j - 1].span))
        };
        let subs: Vec<SubEventType> = found.iter().map(|f| f.2).collect();
        let besides = |sub: SubEventType| subs.iter().any(|&s| s != sub);
        let disaster = |sub: SubEventType| sub.event_type() == EventType::Disasters;
        // A disaster that caused another is the other's; told again alone, it names that one
        // ([`same_event`]).
        let mut causes: Vec<SubEventType> = Vec::new();
        found.retain(|f| {
            let cause = disaster(f.2) && besides(f.2) && circumstance(f.0);
            if cause && subs.iter().any(|&s| s != f.2 && disaster(s)) {
                causes.push(f.2);
            }
            !cause
        });
        // A deployment is an armed force's: "400 firefighters had been deployed" is none.
        let armed = self
            .matches(Meaning::ActorNoun)
            .into_iter()
            .any(|(k, len)| matches!(self.actor_noun_kind(k, len), Some(ActorKind::State | ActorKind::NonState)));
        if !armed {
            found.retain(|f| !events.deployments.contains(&doc.lower(self.span(f.0, f.1))));
        }
        // An election beside another event is what it is about ("protesters demanding elections").
        if found.iter().any(|f| f.2.event_type() != EventType::Elections) {
            found.retain(|f| f.2.event_type() != EventType::Elections);
        }
        // One mention per event type: "airstrikes and shelling", "fighting … the clashes".
        let mut out: Vec<EventWord> = Vec::new();
        for (first, len, sub_type) in found {
            let span = self.span(first, len);
            let same = |o: &&mut EventWord| {
                o.sub_type.event_type() == sub_type.event_type() && compatible_in_sentence(o.sub_type, sub_type)
            };
            match out.iter_mut().find(same) {
                Some(o) => o.also.push(span),
                None => out.push(EventWord {
                    first,
                    len,
                    sub_type,
                    also: Vec::new(),
                    refers_back: refers_back == Some(first),
                    causes: if disaster(sub_type) { causes.clone() } else { Vec::new() },
                }),
            }
        }
        // What was done to a crowd ("opened fire", "tear gas") is a mention of its protest.
        for o in out.iter_mut().filter(|o| matches!(o.sub_type.event_type(), EventType::Protests | EventType::Riots)) {
            for (k, len) in self.matches(Meaning::Escalation) {
                let span = self.span(k, len);
                if !span.overlaps(self.span(o.first, o.len)) && !o.also.iter().any(|a| a.overlaps(span)) {
                    o.also.push(span);
                }
            }
        }
        (out, escalation)
    }

    /// A mention resolved in its sentence.
    fn resolve(&self, sentence: usize, word: EventWord, others: &[Span], views: &Views<'_>) -> Mention {
        let EventWord { first, len, sub_type, also, refers_back, causes } = word;
        let doc = self.doc;
        let trigger = self.span(first, len);
        let clause = self.clause;
        let (place, region, country) = self.places(clause, trigger, others, views);
        let place = place.or_else(|| self.settlement_told_before(clause)).or_else(|| self.country_told(clause, views));
        // Nature, accidents and votes have no parties ("Typhoon Sinag" is no actor).
        let acted =
            !matches!(sub_type.event_type(), EventType::Disasters | EventType::Accidents | EventType::Elections);
        let mut actors =
            if acted { self.actors(first, len, clause, place.map(|p| p.entity), views) } else { Vec::new() };
        let sub_type = territory_by_actor(doc, sub_type, &actors);
        actors.truncate(MAX_ACTORS);
        let hedged = !self.matches(Meaning::Hedge).is_empty();
        let future = self.tokens.iter().any(|t| t.means(Meaning::FutureCue));
        let date = self.date(first, len, clause);
        let after_today = |d: &EventDate| {
            doc.document_date.is_some_and(|today| d.value.get(..10).is_some_and(|v| v > today.to_string().as_str()))
        };
        let planned = future && date.as_ref().is_none_or(after_today) || date.as_ref().is_some_and(after_today);
        Mention {
            sub_type,
            generic: sub_type == SubEventType::Attack || {
                let key = lang::phrase_key(doc.lower(trigger));
                self.lexicon.events.generic_triggers.iter().any(|w| lang::is_key_of(w, &key))
            },
            trigger,
            also,
            sentence,
            zone: doc.sentences[sentence].zone,
            facts: Facts { date, place, region, country, actors, sources: claim_sources(&views.claims, trigger) },
            hedged,
            planned,
            definite: first > 0
                && self.lexicon.names.definite_articles.contains(&doc.lower(self.tokens[first - 1].span)),
            refers_back,
            causes,
        }
    }

    /// The date of the event named at `first` (see [`when::date_near`]).
    fn date(&self, first: usize, len: usize, clause: Span) -> Option<EventDate> {
        when::date_near(self.doc, self.tokens, self.vocabulary, self.span(first, len), clause)
    }

    fn is_speech(&self, k: usize) -> bool {
        when::is_speech(self.doc, self.tokens, self.vocabulary, k)
    }

    /// The most specific place of the sentence for an event at `trigger` (nearest on a tie),
    /// with a province and a country named beside it.
    fn places(
        &self,
        clause: Span,
        trigger: Span,
        others: &[Span],
        views: &Views<'_>,
    ) -> (Option<Place>, Option<EntityId>, Option<EntityId>) {
        let doc = self.doc;
        // How specific a place is: a part of a town ("the Kamenge district") comes after the
        // town named beside it, before a province.
        let rank = |level: Level, part: bool| match level {
            Level::Country => 0,
            Level::Region => 1,
            _ if part => 2,
            Level::City => 3,
            Level::Town => 4,
        };
        let mut best: Option<(u8, usize, Span, EntityId, Level, bool)> = None;
        let mut said_from: Option<Place> = None;
        let mut region = None;
        let mut country = None;
        for (m, e) in doc.mentions_in(clause) {
            let entity = doc.entity(e);
            if !matches!(entity.entity_type, EntityType::Gpe | EntityType::Loc) {
                continue;
            }
            // "Sudan's army", "Russia's offensive": a possessor is an actor, not the place.
            if possessive_after(doc.text(), m.end) || self.actor_noun_after(m.end) {
                continue;
            }
            // "near the border with Chad": the country across the border.
            if across_a_border(doc, m) {
                continue;
            }
            // The subject of the sentence is an actor ("Russia launched…"), unless introduced
            // by a preposition.
            let k = self.tokens.partition_point(|t| t.span.start < m.start);
            let introduced = k > 0 && self.introduced(k);
            if m.end <= trigger.start && !introduced && self.first_phrase(k) {
                continue;
            }
            // So is the subject of a clause inside it ("…said Russia had launched 86 drones").
            let after = self.tokens.partition_point(|t| t.span.start < m.end);
            let verb_next = self.tokens.get(after).is_some_and(|t| matches!(t.pos, Upos::Verb | Upos::Aux));
            if !introduced && verb_next {
                continue;
            }
            // "Le bateau, qui transportait des migrants d'Afrique subsaharienne, a chaviré": a
            // place inside a relative clause set off by commas describes, it does not place.
            // Nor does one in who said it ("le porte-parole de la Garde nationale").
            if self.in_relative_aside(m, trigger) || self.after_concession(m, trigger) || in_brackets(doc.text(), m) {
                continue;
            }
            // "The Vasco bridge collapsed": a name the gazetteer does not know, right before the
            // structure the event's words open with, names that structure, not where it stands
            // ("the Baltimore bridge" stands in Baltimore; "a Gaza strike": the word after the
            // name names the event itself).
            let next = self.tokens.partition_point(|t| t.span.start < m.end);
            let names_structure = entity.kind.is_none()
                && self.tokens.get(next).is_some_and(|t| {
                    t.span.start == trigger.start && t.pos == Upos::Noun && !t.means(Meaning::EventTrigger)
                });
            if names_structure {
                continue;
            }
            // Though where the source is ("a police officer in Basra") is the best guess left,
            // as is a place in a participle's phrase that opens the sentence ("Trapped in Rafah,
            // families said…"; "Formed over the Indian Ocean, the cyclone struck…" names another).
            if views.aside(m) || self.in_opening_participle(m, trigger) {
                if said_from.is_none() {
                    said_from =
                        Some(Place { entity: e, level: level_of(doc, e, m), mention: m, part: false, said: true });
                }
                continue;
            }
            // "The typhoon hit Isabela before a landslide buried Itogon": Itogon is the landslide's.
            let beyond =
                |o: &Span| trigger.end <= o.start && o.end <= m.start || m.end <= o.start && o.end <= trigger.start;
            if others.iter().any(beyond) {
                continue;
            }
            // "the road to Hombori", "fled towards Masisi": a destination; "après avoir quitté
            // une plage de Jebiniana": where the journey began.
            let destination = k >= 2 && {
                let mut j = k - 1;
                while j > 1 && self.tokens[j].pos == Upos::Det {
                    j -= 1;
                }
                // "refugees from Chad and Niger": the second of two places joined
                // by "and" shares the first one's marker.
                if j > 2 && self.tokens[j].pos == Upos::Cconj {
                    let mut i = j - 1;
                    while i > 1 && matches!(self.tokens[i].pos, Upos::Propn | Upos::Adj) {
                        i -= 1;
                    }
                    while i > 1 && self.tokens[i].pos == Upos::Det {
                        i -= 1;
                    }
                    if i + 1 < j {
                        j = i;
                    }
                }
                let events = &self.lexicon.events;
                let to = events.destination_markers.contains(&doc.lower(self.tokens[j].span))
                    && matches!(self.tokens[j - 1].pos, Upos::Noun | Upos::Verb);
                // "the route from Africa": where they came from; not "20 km from Goma".
                let from = events.origin_markers.contains(&doc.lower(self.tokens[j].span))
                    && self.tokens[j - 1].pos == Upos::Noun
                    && !events.distance_nouns.contains(&doc.lower(self.tokens[j - 1].span));
                // Over "une plage de" back to the verb.
                if j > 2 && self.tokens[j].means(Meaning::Of) && self.tokens[j - 1].pos == Upos::Noun {
                    j -= 2;
                    while j > 0 && self.tokens[j].pos == Upos::Det {
                        j -= 1;
                    }
                }
                to || from || events.departure_verbs.contains(&doc.lower(self.tokens[j].span))
            };
            if destination {
                continue;
            }
            let level = level_of(doc, e, m);
            match level {
                Level::Country => country = country.or(Some(e)),
                Level::Region => region = region.or(Some(e)),
                Level::Town | Level::City => {}
            }
            let distance =
                if m.start >= trigger.end { m.start - trigger.end } else { trigger.start - m.end.min(trigger.start) };
            let r = rank(level, matches!(level, Level::Town | Level::City) && self.part_before(k));
            // "le village de Dablo, dans la commune de Barsalogho": the village, then its commune.
            let municipal = |j: usize| {
                self.tokens.get(j).is_some_and(|t| self.lexicon.events.municipality_nouns.contains(&doc.lower(t.span)))
            };
            let municipality = municipal(after) || k >= 2 && municipal(k - 2) && self.tokens[k - 1].means(Meaning::Of);
            let r = if r == 4 && municipality { 3 } else { r };
            // A district may be a town's part: "the Kyivskyi district" beside Kharkiv.
            let district = |j: usize| {
                self.tokens.get(j).is_some_and(|t| self.lexicon.events.district_nouns.contains(&doc.lower(t.span)))
            };
            let part = r == 2
                || district(after)
                || after > k && district(after - 1)
                || k >= 2 && district(k - 2) && self.tokens[k - 1].means(Meaning::Of);
            if best.is_none_or(|(l, d, _, _, _, _)| r > l || r == l && distance < d) {
                best = Some((r, distance, m, e, level, part));
            }
        }
        let place = best
            .map(|(_, _, mention, entity, level, part)| Place { entity, level, mention, part, said: false })
            .or(said_from);
        let region = region.filter(|r| place.is_none_or(|p| p.entity != *r));
        let country = country.filter(|c| place.is_none_or(|p| p.entity != *c));
        (place, region, country)
    }

    /// The town a definite settlement noun of the clause refers back to ("la localité", "the
    /// city"): the last town or city named before the sentence, within a few paragraphs.
    fn settlement_told_before(&self, clause: Span) -> Option<Place> {
        let doc = self.doc;
        let nouns = self.lexicon.names.place_nouns;
        let articles = self.lexicon.names.definite_articles;
        let told = self.tokens.iter().enumerate().find(|&(k, t)| {
            t.span.start >= clause.start
                && k > 0
                && nouns.contains(&doc.lower(t.span))
                && (articles.contains(&doc.lower(self.tokens[k - 1].span))
                    || self.tokens[k - 1].pos == Upos::Det && self.tokens[k - 1].means(Meaning::Determiner))
                && !self.tokens.get(k + 1).is_some_and(|n| n.means(Meaning::Of))
        });
        let (_, noun) = told?;
        // "la capitale": the capital city the report named first.
        if self.lexicon.events.capital_nouns.contains(&doc.lower(noun.span)) {
            let capital = doc.entities.iter().take(MAX_TOLD_BEFORE).position(|e| {
                matches!(e.kind, Some(Kind::City { capital: true, .. }))
                    && e.mentions.first().is_some_and(|m| m.start < clause.start)
            });
            if let Some(i) = capital {
                let e = EntityId::new(i);
                let mention = doc.entity(e).mentions[0];
                return Some(Place { entity: e, level: Level::City, mention, part: false, said: false });
            }
        }
        let paragraph = doc.sentence_at(clause.start)?.paragraph?;
        doc.mentions_before(clause.start)
            .take(MAX_TOLD_BEFORE)
            .take_while(|(m, _)| doc.sentence_at(m.start).and_then(|s| s.paragraph).is_some_and(|p| p + 2 >= paragraph))
            .find_map(|(m, e)| {
                let level = level_of(doc, e, m);
                // A city the gazetteer knows, or a name the text placed things in ("in Sake").
                let before = doc.tokens_in(Span::new(m.start.saturating_sub(16), m.start));
                let placed = matches!(doc.entity(e).kind, Some(Kind::City { .. }))
                    || before.last().is_some_and(|t| {
                        t.pos == Upos::Adp || t.means(Meaning::LocativePreposition) || t.means(Meaning::Of)
                    });
                (doc.entity(e).entity_type == EntityType::Gpe && matches!(level, Level::Town | Level::City) && placed)
                    .then_some(Place { entity: e, level, mention: m, part: false, said: false })
            })
    }

    /// The country the report is about, where the clause names it "the country" ("withdrew
    /// from the country", "dans le nord du pays").
    fn country_told(&self, clause: Span, views: &Views<'_>) -> Option<Place> {
        let doc = self.doc;
        let nouns = self.lexicon.events.country_nouns;
        let told = self.tokens.iter().enumerate().any(|(k, t)| {
            t.span.start >= clause.start
                && k > 0
                && nouns.contains(&doc.lower(t.span))
                && (self.lexicon.names.definite_articles.contains(&doc.lower(self.tokens[k - 1].span))
                    || self.tokens[k - 1].means(Meaning::Of))
        });
        // Only a country the dateline gives: the most named one may be a party's.
        country_place(doc, views.story_country_entity(doc).filter(|_| told && doc.layout.dateline.is_some())?)
    }

    /// Whether `span` follows a concessive word the trigger does not follow ("…, en dépit du
    /// cessez-le-feu entre Israël et le Hamas"): the circumstance's words place nothing.
    fn after_concession(&self, span: Span, trigger: Span) -> bool {
        let doc = self.doc;
        let markers = self.lexicon.events.concessive_markers;
        let k = self.tokens.partition_point(|t| t.span.start < span.start);
        let Some(c) = (0..k).rev().find(|&j| {
            let rest = &doc.lower[self.tokens[j].span.start..];
            markers.iter().any(|m| rest.starts_with(m))
        }) else {
            return false;
        };
        trigger.end <= self.tokens[c].span.start
    }

    /// Whether `span` lies in a relative clause opened after a comma ("…, qui transportait…,")
    /// that does not hold `trigger`.
    fn in_relative_aside(&self, span: Span, trigger: Span) -> bool {
        let doc = self.doc;
        let comma = |j: usize| self.tokens[j].span.of(doc.text()) == ",";
        let k = self.tokens.partition_point(|t| t.span.start < span.start);
        let Some(c) = (0..k).rev().find(|&j| comma(j)) else { return false };
        let opens =
            self.tokens.get(c + 1).is_some_and(|t| self.lexicon.grammar.clause_markers.contains(&doc.lower(t.span)));
        if !opens {
            return false;
        }
        let end = (k..self.tokens.len()).find(|&j| comma(j)).map_or(self.clause.end, |j| self.tokens[j].span.start);
        !Span::new(self.tokens[c].span.start, end).contains(trigger)
    }

    /// Whether `span` lies in a participle's phrase that opens the sentence, set off by a comma
    /// before `trigger` ("Formed over the Indian Ocean, the cyclone struck…"): it tells of the
    /// subject before the event, not where the event happened.
    fn in_opening_participle(&self, span: Span, trigger: Span) -> bool {
        let doc = self.doc;
        let Some(first) = self.tokens.iter().position(Token::is_word) else { return false };
        let k = self.tokens.partition_point(|t| t.span.start < span.start);
        let comma = (k..self.tokens.len()).find(|&j| self.tokens[j].span.of(doc.text()) == ",");
        self.tokens[first].pos == Upos::Verb
            && !self.tokens[first..k].iter().any(|t| t.span.of(doc.text()) == ",")
            && comma.is_some_and(|c| self.tokens[c].span.end <= trigger.start)
    }

    /// Whether a noun naming a part of a town stands just before token `k` ("the Kamenge
    /// district" reads it after, "le quartier de Kamenge" before).
    fn part_before(&self, k: usize) -> bool {
        let parts = self.lexicon.events.place_parts;
        let is_part = |j: usize| self.tokens.get(j).is_some_and(|t| parts.contains(&self.doc.lower(t.span)));
        // "le quartier de Kamenge", "the district of Kamenge", not "the market in El Fasher".
        let linked =
            |j: usize| self.tokens.get(j).is_some_and(|t| t.means(Meaning::Of) || t.pos == Upos::Det || !t.is_word());
        // Not a noun that already follows a name: in "the Kinama neighbourhood of Bujumbura"
        // the part is Kinama.
        let part_of_k = |j: usize| is_part(j) && !(j > 0 && self.tokens[j - 1].shape.is(Shape::CAPITALISED));
        let before = k >= 1 && part_of_k(k - 1)
            || k >= 2 && part_of_k(k - 2) && linked(k - 1)
            || k >= 3 && part_of_k(k - 3) && linked(k - 2) && linked(k - 1);
        let after = self.tokens[k..]
            .iter()
            .take(4)
            .position(|t| !t.shape.is(Shape::CAPITALISED))
            .is_some_and(|n| is_part(k + n));
        before || after
    }

    /// Whether the word at token `k` is introduced by a preposition ("in Syria", "à Goma").
    fn introduced(&self, k: usize) -> bool {
        let before = &self.tokens[k - 1];
        // "as the army deployed…": a clause opens, no preposition.
        let opens_clause = |t: &Token| self.lexicon.events.subordinators.contains(&self.doc.lower(t.span));
        if opens_clause(before) || k >= 2 && before.pos == Upos::Det && opens_clause(&self.tokens[k - 2]) {
            return false;
        }
        before.pos == Upos::Adp
            || before.means(Meaning::LocativePreposition)
            || before.means(Meaning::DatePreposition)
            || before.means(Meaning::Of)
            || (before.pos == Upos::Det || before.means(Meaning::Determiner))
                && k >= 2
                && (self.tokens[k - 2].pos == Upos::Adp || self.tokens[k - 2].means(Meaning::Of))
    }

    /// Whether token `k` opens the sentence's first noun phrase (only determiners and
    /// adjectives before it).
    fn first_phrase(&self, k: usize) -> bool {
        let start = self.clause.start;
        self.tokens[..k]
            .iter()
            .filter(|t| t.span.start >= start)
            .all(|t| matches!(t.pos, Upos::Det | Upos::Adj | Upos::Punct | Upos::Propn) || !t.is_word())
    }

    /// Whether an actor noun follows byte `end` ("Russian forces", "Sudan's army").
    fn actor_noun_after(&self, end: usize) -> bool {
        let mut k = self.tokens.partition_point(|t| t.span.start < end);
        if self
            .tokens
            .get(k)
            .is_some_and(|t| t.pos == Upos::Part || t.span.of(self.doc.text()).ends_with('s') && !t.is_word())
        {
            k += 1;
        }
        self.at(k, Meaning::ActorNoun) > 0
    }

    /// The actors of the event at `first`: the subject before it (after any verb of speech),
    /// an agent after a passive, the other side after an opposition word, allies.
    fn actors(&self, first: usize, len: usize, clause: Span, place: Option<EntityId>, views: &Views<'_>) -> Vec<Actor> {
        let candidates = self.actor_candidates(clause, place, views);
        let trigger = self.span(first, len);
        // A verb of speech or "that" between the subject and the event: the subject is the
        // speaker's, not the event's.
        // So is a subordinating word: "Gangs seize a town as a Kenyan-led force sends
        // reinforcements".
        // Unless that clause names no actor of its own: "police fired tear gas as the opposition
        // took to the streets in demonstrations" keeps the police.
        let subordinator = |j: usize| self.lexicon.events.subordinators.contains(&self.doc.lower(self.tokens[j].span));
        let boundary = |subordinate: bool| {
            (0..first)
                .filter(|&j| {
                    let t = &self.tokens[j];
                    // "alors que", "tandis que": the "que" belongs to the subordinator.
                    let part_of_subordinator = j > 0 && subordinator(j - 1);
                    self.is_speech(j)
                        || t.means(Meaning::Complementizer) && (subordinate || !part_of_subordinator)
                        || subordinate && (t.pos == Upos::Sconj || subordinator(j))
                })
                .map(|j| self.tokens[j].span.end)
                .max()
                .unwrap_or(clause.start)
        };
        let before_from = |end: usize| -> Vec<&Candidate> {
            candidates.iter().filter(|c| c.span.end <= trigger.start && c.span.start >= end).collect()
        };
        let mut before = before_from(boundary(true));
        if before.is_empty() {
            before = before_from(boundary(false));
        }
        let mut out: Vec<Actor> = Vec::new();
        let after: Vec<&Candidate> = candidates.iter().filter(|c| c.span.start >= trigger.end).collect();
        // A passive's agent after the event word, before the clause ends: "attacked by gunmen",
        // "l'attaque d'un village par des hommes armés".
        let marker = self.tokens[first + len..]
            .iter()
            .take_while(|t| t.is_word() || !(t.shape.is(Shape::TERMINAL) || t.span.of(self.doc.text()) == ","))
            .find(|t| t.means(Meaning::AgentMarker))
            .map(|t| t.span.end);
        let agent = marker.and_then(|end| after.iter().copied().find(|c| c.span.start >= end));
        let subject = before.iter().copied().find(|c| !c.introduced && c.kind != Some(ActorKind::Ally));
        match agent {
            Some(a) => {
                out.push(a.actor(ActorRole::Actor1));
                // "sponsored by Moscow with Turkey", "par l'armée et ses alliés".
                let gap = |c: &Candidate| self.tokens_between(a.span.end, c.span.start) <= 2;
                if let Some(b) = after.iter().copied().find(|c| c.span.start > a.span.end && gap(c)) {
                    out.push(b.actor(ActorRole::Associate));
                }
                if let Some(s) = subject {
                    out.push(s.actor(ActorRole::Actor2));
                }
            }
            None => {
                if let Some(s) = subject {
                    out.push(s.actor(ActorRole::Actor1));
                }
                // "…against the regime", "clashes with the army", "between the army and rebels".
                let opposed = after.iter().copied().find(|c| c.opposed);
                if let Some(o) = opposed {
                    let role = if out.is_empty() { ActorRole::Actor1 } else { ActorRole::Actor2 };
                    out.push(o.actor(role));
                    if role == ActorRole::Actor1 {
                        let second = after.iter().copied().find(|c| c.span.start > o.span.end && !c.introduced);
                        if let Some(s) = second {
                            out.push(s.actor(ActorRole::Actor2));
                        }
                    }
                }
            }
        }
        // Allies: "and their allies", "backed by Russia".
        for c in candidates.iter().filter(|c| c.kind == Some(ActorKind::Ally) || c.associate) {
            if !out.iter().any(|a| a.span == c.span) && out.iter().any(|a| a.role == ActorRole::Actor1) {
                out.push(c.actor(ActorRole::Associate));
            }
        }
        out
    }

    /// Names and actor nouns of the clause that can be actors, in order.
    fn actor_candidates(&self, clause: Span, place: Option<EntityId>, views: &Views<'_>) -> Vec<Candidate> {
        let doc = self.doc;
        let mut out: Vec<Candidate> = Vec::new();
        for (m, e) in doc.mentions_in(clause) {
            let entity = doc.entity(e);
            let actorish =
                matches!(entity.entity_type, EntityType::Person | EntityType::Org | EntityType::Norp | EntityType::Gpe);
            // An outlet or an agency reports events; it takes no part in them.
            let outlet = matches!(entity.kind, Some(Kind::Agency | Kind::Media));
            // "northern Syria" is an area, not a party.
            let area = doc.tokens_in(m).iter().any(|t| t.means(Meaning::Direction));
            let outlet = outlet || area;
            if !actorish || outlet || Some(e) == place || views.aside(m) {
                continue;
            }
            // "Russian forces", "Sudan's army": the name and its noun.
            let mut span = m;
            let mut k = self.tokens.partition_point(|t| t.span.start < m.end);
            if self.tokens.get(k).is_some_and(|t| !t.is_word() || t.pos == Upos::Part)
                && possessive_after(doc.text(), m.end)
            {
                k += 1;
            }
            let noun = self.at(k, Meaning::ActorNoun);
            // A town is where things happen; only a state acts by its name alone ("Russia
            // struck…"), and neither does from a dateline ("KANDAHAR —", "Bamako (AFP) -").
            let town = entity.entity_type == EntityType::Gpe && !matches!(entity.kind, Some(Kind::Country(_)));
            let in_dateline = m.start < doc.without_dateline(clause).start;
            if noun > 0 {
                span = Span::new(m.start, self.span(k, noun).end);
            } else if entity.entity_type == EntityType::Gpe && possessive_after(doc.text(), m.end)
                || town
                || in_dateline
            {
                continue;
            }
            // "Mali : …", "Sudan: …": a headline's kicker names the story's country, not an actor.
            if doc.text()[span.end..].trim_start().starts_with(':') {
                continue;
            }
            let first = self.tokens.partition_point(|t| t.span.start < m.start);
            out.push(self.candidate(first, span, Some(e), None));
        }
        for (k, len) in self.matches(Meaning::ActorNoun) {
            let span = self.span(k, len);
            if span.start < clause.start
                || doc.overlaps_mention(span)
                || out.iter().any(|c| c.span.overlaps(span))
                || views.aside(span)
            {
                continue;
            }
            let kind = lang::value_in(self.lexicon.events.actor_nouns, &doc.lower, span);
            // "their allies": the possessive belongs to the phrase.
            let from = if k > 0 && self.tokens[k - 1].means(Meaning::Possessive) { k - 1 } else { k };
            let span = Span::new(self.tokens[from].span.start, span.end);
            out.push(self.candidate(from, span, None, kind));
        }
        sort::sort_by_key(&mut out, |c| c.span.start);
        out
    }

    /// How many tokens lie between two byte offsets of the sentence.
    fn tokens_between(&self, from: usize, to: usize) -> usize {
        let a = self.tokens.partition_point(|t| t.span.start < from);
        let b = self.tokens.partition_point(|t| t.span.start < to);
        b.saturating_sub(a)
    }

    fn candidate(&self, first: usize, span: Span, entity: Option<EntityId>, kind: Option<ActorKind>) -> Candidate {
        // Skip a determiner before the phrase when reading what introduces it.
        let mut k = first;
        while k > 0 && (self.tokens[k - 1].means(Meaning::Determiner) || self.tokens[k - 1].pos == Upos::Det) {
            k -= 1;
        }
        // "Hundreds of protesters", "des centaines de manifestants": the count is not a preposition.
        let counted = k >= 2
            && self.tokens[k - 1].means(Meaning::Of)
            && (self.tokens[k - 2].pos == Upos::Num
                || self.tokens[k - 2].means(Meaning::VagueMultiple)
                || self.tokens[k - 2].means(Meaning::NumberWord)
                || self.tokens[k - 2].means(Meaning::ApproximateNoun));
        let opposed =
            k > 0 && self.vocabulary.match_before(self.tokens, &self.doc.lower, k, Meaning::OppositionMarker) > 0;
        let associate =
            k > 0 && self.vocabulary.match_before(self.tokens, &self.doc.lower, k, Meaning::AssociateMarker) > 0;
        let introduced = k > 0 && !counted && (self.introduced(k) || opposed || associate);
        Candidate { span, entity, kind, opposed, associate, introduced }
    }
}

/// The word naming an event in a sentence: its first token, its length in tokens, the sub-type
/// it names, and the other words of the sentence naming the same event.
#[derive(Debug, Clone)]
struct EventWord {
    first: usize,
    len: usize,
    sub_type: SubEventType,
    also: Vec<Span>,
    /// Whether it only names again an event told before ("the blast").
    refers_back: bool,
    /// Disasters its sentence gives as its cause ("a landslide caused by floods").
    causes: Vec<SubEventType>,
}

/// A phrase that can be an actor.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    span: Span,
    entity: Option<EntityId>,
    kind: Option<ActorKind>,
    /// Introduced by an opposition word ("against", "contre").
    opposed: bool,
    /// Introduced by an alliance word ("backed by").
    associate: bool,
    /// Introduced by any preposition.
    introduced: bool,
}

impl Candidate {
    fn actor(&self, role: ActorRole) -> Actor {
        Actor { entity: self.entity, span: self.span, role }
    }
}

/// Whether `span` overlaps the name of a person, an organisation, a place or a group.
fn inside_a_name(doc: &Document<'_>, span: Span) -> bool {
    if !doc.overlaps_mention(span) {
        return false;
    }
    let to = doc.mention_index.partition_point(|(m, _)| m.start < span.end);
    doc.mention_index[..to]
        .iter()
        .rev()
        .take(8)
        .any(|&(m, e)| m.overlaps(span) && doc.entity(e).entity_type != EntityType::Misc)
}

/// Whether a sub-type's words in a protest sentence are the protest's own story.
fn absorbed_by_protest(sub: SubEventType) -> bool {
    matches!(
        sub,
        SubEventType::Arrests
            | SubEventType::ArmedClash
            | SubEventType::Attack
            | SubEventType::LootingPropertyDestruction
            | SubEventType::ChangeToGroupActivity
    )
}

/// What another event word says of a protest it follows: arrests are an intervention, a clash
/// or fires a riot, shots deadly force.
fn protest_step(sub: SubEventType) -> SubEventType {
    match sub {
        SubEventType::ArmedClash | SubEventType::LootingPropertyDestruction => SubEventType::ViolentDemonstration,
        SubEventType::Attack => SubEventType::ExcessiveForceAgainstProtesters,
        _ => SubEventType::ProtestWithIntervention,
    }
}

/// The graver of two courses of a protest: peaceful, then force used on it, then a riot, then
/// deadly force.
fn escalate(a: SubEventType, b: SubEventType) -> SubEventType {
    let rank = |s: SubEventType| match s {
        SubEventType::ProtestWithIntervention => 1,
        SubEventType::ViolentDemonstration => 2,
        SubEventType::ExcessiveForceAgainstProtesters => 3,
        SubEventType::MobViolence => 4,
        _ => 0,
    };
    if rank(b) > rank(a) {
        b
    } else {
        a
    }
}

/// Whether a mention stands alone in brackets: "(Finul)" names what precedes it, "Quimper
/// (Finistère)" the province of the town before.
fn in_brackets(text: &str, m: Span) -> bool {
    text[..m.start].trim_end().ends_with('(') && text[m.end..].trim_start().starts_with(')')
}

/// The crowd first in its own protest or riot ("Protesters" then "police"), second where force
/// was used on it, as ACLED orders them.
fn order_crowd_actors(doc: &Document<'_>, d: &mut Draft) {
    if !matches!(d.sub_type.event_type(), EventType::Protests | EventType::Riots)
        || d.sub_type == SubEventType::MobViolence
    {
        return;
    }
    let lexicon = lang::lexicon(doc.language);
    let crowd = |a: &Actor| actor_kind(lexicon, doc.lower(a.span)) == Some(ActorKind::Protesters);
    let actors = &mut d.facts.actors;
    let Some(c) = actors.iter().position(crowd) else { return };
    let (first, second) = if d.sub_type == SubEventType::ExcessiveForceAgainstProtesters {
        let Some(force) = actors.iter().position(|a| !crowd(a) && a.role != ActorRole::Associate) else { return };
        (force, c)
    } else {
        (c, usize::MAX)
    };
    for (i, a) in actors.iter_mut().enumerate() {
        a.role = match a.role {
            _ if i == first => ActorRole::Actor1,
            _ if i == second => ActorRole::Actor2,
            ActorRole::Actor1 | ActorRole::Actor2 => ActorRole::Actor2,
            r => r,
        };
    }
    // Actor one, then two, then associates, each in text order.
    sort::sort_by_key(actors, |a| match a.role {
        ActorRole::Actor1 => 0,
        ActorRole::Actor2 => 1,
        ActorRole::Associate => 2,
    });
}

/// Whether two sub-types named in one sentence are one event: the same type, and neither a
/// battle beside a change of territory nor two kinds of disaster.
fn compatible_in_sentence(a: SubEventType, b: SubEventType) -> bool {
    let territory = |s: SubEventType| {
        matches!(s, SubEventType::GovernmentRegainsTerritory | SubEventType::NonStateActorOvertakesTerritory)
    };
    // A storm and the landslide it set off are two disasters.
    let disaster = |s: SubEventType| s.event_type() == EventType::Disasters;
    a == b || territory(a) == territory(b) && !(disaster(a) && disaster(b))
}

/// A change of territory by state forces is the government regaining it; by anyone else, a
/// non-state actor taking it.
fn territory_by_actor(doc: &Document<'_>, sub: SubEventType, actors: &[Actor]) -> SubEventType {
    let taking =
        matches!(sub, SubEventType::GovernmentRegainsTerritory | SubEventType::NonStateActorOvertakesTerritory);
    let Some(actor) = actors.iter().find(|a| a.role == ActorRole::Actor1).filter(|_| taking) else { return sub };
    let noun = actor_kind(lang::lexicon(doc.language), doc.lower(actor.span));
    let state = match (noun, actor.entity.map(|e| doc.entity(e))) {
        (Some(ActorKind::State), _) => true,
        (Some(_), _) => false,
        (None, Some(e)) => e.entity_type == EntityType::Gpe,
        (None, None) => return sub,
    };
    if state {
        SubEventType::GovernmentRegainsTerritory
    } else {
        SubEventType::NonStateActorOvertakesTerritory
    }
}

/// The kind of actor a phrase names by its last words ("the Congolese army": state forces), if
/// its language's table knows them.
fn actor_kind(lexicon: &Lexicon, phrase: &str) -> Option<ActorKind> {
    let key = lang::phrase_key(phrase);
    lexicon.events.actor_nouns.iter().find(|(w, _)| key.ends_with(&lang::phrase_key(w))).map(|&(_, k)| k)
}

/// How specific an entity is as a place.
fn level_of(doc: &Document<'_>, e: EntityId, mention: Span) -> Level {
    let entity = doc.entity(e);
    match entity.kind {
        Some(Kind::Country(_)) => return Level::Country,
        Some(Kind::Region) => return Level::Region,
        Some(Kind::City { .. }) => return Level::City,
        _ => {}
    }
    let tokens = doc.tokens_in(mention);
    if tokens.iter().any(|t| t.means(Meaning::Direction)) {
        // "northern Syria", "le nord du Mali": a part of a country.
        return Level::Country;
    }
    // A place that is no settlement ("the Andes", "the Sahel") is an area as wide as a province.
    let area = entity.entity_type == EntityType::Loc && entity.kind.is_none();
    if area || tokens.iter().any(|t| t.means(Meaning::LocKeyword)) || named_as_area(doc, e) {
        return Level::Region;
    }
    Level::Town
}

/// Whether the text writes a place as a province or an area, in one of its first mentions:
/// - a lower-case region noun after it ("Isabela province", "Isabela and Cagayan provinces") or
///   introducing it ("la région de Hiiraan");
/// - an area's noun after it, not a district's ("the Sirba river", "the Nuba mountains");
/// - for a place the gazetteer does not know, a lower-case definite article of its own ("la
///   Manche", "au Nord-Kivu", "the Sahel") or a region's preposition ("en Kabylie"): provinces
///   and areas take them, towns do not ("Le Havre" writes its own with a capital).
fn named_as_area(doc: &Document<'_>, e: EntityId) -> bool {
    let lexicon = lang::lexicon(doc.language);
    let events = &lexicon.events;
    let text = doc.text();
    let entity = doc.entity(e);
    let lower_case = |t: &Token| !t.shape.is(Shape::CAPITALISED);
    let region_noun = |t: &Token| lower_case(t) && events.region_nouns.contains(&doc.lower(t.span));
    let article =
        |w: &str| {
            lexicon.names.definite_articles.contains(&w)
                || events.region_prepositions.contains(&w)
                || lexicon.grammar.contractions.iter().any(|(c, parts)| {
                    *c == w && parts.last().is_some_and(|p| lexicon.names.definite_articles.contains(p))
                })
        };
    entity.mentions.iter().take(8).any(|m| {
        let after = doc.tokens_in(Span::new(m.end, (m.end + 48).min(text.len())));
        let before = doc.tokens_in(Span::new(m.start.saturating_sub(32), m.start));
        let follows = match after {
            [c, name, rest @ ..] if c.means(Meaning::Conjunction) && name.shape.is(Shape::CAPITALISED) => rest,
            _ => after,
        }
        .first()
        .is_some_and(|t| {
            region_noun(t)
                || lower_case(t) && t.means(Meaning::LocKeyword) && !events.district_nouns.contains(&doc.lower(t.span))
        });
        let introduces = match before {
            [.., noun, of] if of.means(Meaning::Of) => region_noun(noun),
            [.., noun, of, det] if of.means(Meaning::Of) && det.pos == Upos::Det => region_noun(noun),
            _ => false,
        };
        // The article is the name's own, not a noun's after it ("the Naivasha market").
        let own_article = entity.kind.is_none()
            && !after.first().is_some_and(|t| t.pos == Upos::Noun)
            && before.last().is_some_and(|t| lower_case(t) && t.span.end + 1 >= m.start && article(doc.lower(t.span)));
        follows || introduces || own_article
    })
}

/// Whether two dates can be one event's: one unknown, or one within the other ("last weekend"
/// and "Saturday evening").
fn dates_agree(a: &Option<EventDate>, b: &Option<EventDate>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => {
            let within = |(a, b): (i64, i64), (c, d): (i64, i64)| c <= a && b <= d;
            x.value.starts_with(&y.value)
                || y.value.starts_with(&x.value)
                || match (when::days_covered(&x.value), when::days_covered(&y.value)) {
                    (Some(p), Some(q)) => within(p, q) || within(q, p),
                    _ => false,
                }
        }
        _ => true,
    }
}

/// Whether two places can be one event's: one unknown, the same, or one inside the other.
fn places_agree(doc: &Document<'_>, a: &Facts, b: &Facts) -> bool {
    let (Some(x), Some(y)) = (a.place, b.place) else { return true };
    if x.entity == y.entity || a.region == Some(y.entity) || b.region == Some(x.entity) {
        return true;
    }
    // A place the gazetteer does not know beside a city it knows may be a part of it (a
    // district, a beach, a camp): only two places both known, or both unknown, are apart.
    let known = |p: Place| doc.entity(p.entity).kind.is_some();
    // A river, a lake or a mountain runs by many places ("fled into the river Ituri").
    if natural_feature(doc, x.entity) || natural_feature(doc, y.entity) {
        return true;
    }
    // A country and a part of it named by a direction ("Pakistan", "northwestern Pakistan").
    let one_country = x.level == Level::Country
        && y.level == Level::Country
        && country_code(doc, x.entity).is_some_and(|c| country_code(doc, y.entity) == Some(c));
    if one_country {
        return true;
    }
    // A town and its country.
    let inside = |outer: Place, inner: Place| {
        outer.level < inner.level
            && outer.level == Level::Country
            && country_code(doc, outer.entity).is_some_and(|c| country_code(doc, inner.entity).is_none_or(|d| d == c))
    };
    // A province, then a village the gazetteer does not know, told after it on the same day
    // with no other province ("in Kasai province", then "the hamlet of Bakwa Ndaye"); `a` is
    // told first.
    let village_after = a.date.is_some()
        && b.date.is_some()
        && x.level == Level::Region
        && y.level >= Level::Town
        && !known(y)
        && b.region.is_none_or(|r| r == x.entity);
    // So is a part of a town the text names as one ("the Kyivskyi district") beside a city.
    let district = |p: Place, q: Place| {
        p.part
            && q.level == Level::City
            && match (country_code(doc, p.entity), country_code(doc, q.entity)) {
                (Some(c), Some(d)) => c == d,
                _ => true,
            }
    };
    let part_of =
        x.level >= Level::Town && y.level >= Level::Town && known(x) != known(y) || district(x, y) || district(y, x);
    // A town's name shortened after its first mention: "Fada N'Gourma", then "Fada".
    let shortened = |long: &str, short: &str| long.strip_prefix(short).is_some_and(|rest| rest.starts_with(' '));
    let (a, b) = (&doc.entity(x.entity).name, &doc.entity(y.entity).name);
    inside(x, y) || inside(y, x) || village_after || part_of || shortened(a, b) || shortened(b, a)
}

/// Whether an entity is a natural feature named with its noun ("fleuve Niger", "Lake Chad").
fn natural_feature(doc: &Document<'_>, e: EntityId) -> bool {
    let entity = doc.entity(e);
    let nouns = lang::lexicon(doc.language).names.feature_nouns;
    let mut words = entity.name.split_whitespace();
    let is_noun = |w: Option<&str>| w.is_some_and(|w| nouns.contains(&w.to_lowercase().as_str()));
    entity.entity_type == EntityType::Loc && (is_noun(words.next()) || is_noun(words.next_back()))
}

/// Whether a mention can be of an event already drafted.
fn same_event(doc: &Document<'_>, d: &Draft, m: &Mention) -> bool {
    // A generic attack is the strike, the battle or the attack named elsewhere.
    let armed = |s: SubEventType| {
        s == SubEventType::Attack || matches!(s.event_type(), EventType::Battles | EventType::ExplosionsRemoteViolence)
    };
    let kinds = d.sub_type == m.sub_type || (m.generic || d.generic) && armed(m.sub_type) && armed(d.sub_type);
    let crowd = |s: SubEventType| matches!(s.event_type(), EventType::Protests | EventType::Riots);
    let kinds = kinds || crowd(m.sub_type) && crowd(d.sub_type);
    // "The blast" names again a bombing or an explosion by accident.
    let kinds = kinds || m.refers_back && d.sub_type == SubEventType::Explosion;
    // "A car bomb exploded … the attack was carried out by a suicide bomber": one bombing,
    // told more precisely.
    let kinds = kinds || bombings_told_apart(d.sub_type, m.sub_type);
    // "the floods" name again the landslide they caused.
    let kinds = kinds || d.causes.contains(&m.sub_type);
    let (a, b) = (&d.facts, &m.facts);
    // A disaster strikes many places at once: its towns are one event's.
    // "The storm made landfall near Palanan" names, with no date, the storm told before.
    // So does an accident told again with no date ("…when it left the road near Huanta");
    // not one a month or more before the report, which the report recalls beside its own
    // ("three months after the one of 9 May").
    let recalled = |x: &Option<EventDate>, y: &Option<EventDate>| {
        x.is_none() && y.as_ref().is_some_and(|d| when::before_the_report(doc, &d.value))
    };
    let anywhere = m.sub_type.event_type() == EventType::Disasters
        && (a.date.is_some() == b.date.is_some() || b.date.is_none() && m.definite)
        || m.sub_type.event_type() == EventType::Accidents
            && (a.date.is_none() || b.date.is_none())
            && !recalled(&a.date, &b.date)
            && !recalled(&b.date, &a.date)
            && d.sub_type == m.sub_type;
    // A headline names the body's first event of its kind more loosely: a city where the
    // body gives a beach or a district in it, or the country where the body gives the town.
    // So does the standfirst beside the headline.
    let told_again = d.first_zone == Zone::Headline
        && m.zone != Zone::Headline
        && d.mentions.iter().all(|&(_, s)| doc.sentences[s].zone == Zone::Headline)
        || d.first_zone != Zone::Body
            && m.zone == Zone::Body
            && d.mentions.iter().all(|&(_, s)| doc.sentences[s].zone != Zone::Body);
    let told_again = told_again && d.sub_type == m.sub_type && same_country(doc, a, b);
    kinds && dates_agree(&a.date, &b.date) && (anywhere || told_again || places_agree(doc, a, b))
}

/// Whether two kinds are one bombing, told once as an explosive and once as a suicide bomb.
fn bombings_told_apart(a: SubEventType, b: SubEventType) -> bool {
    use SubEventType::{RemoteExplosive, SuicideBomb};
    matches!((a, b), (RemoteExplosive, SuicideBomb) | (SuicideBomb, RemoteExplosive))
}

/// Whether two places are in one country, as far as the gazetteer knows (one unknown agrees).
fn same_country(doc: &Document<'_>, a: &Facts, b: &Facts) -> bool {
    let (Some(x), Some(y)) = (a.place, b.place) else { return true };
    match (country_code(doc, x.entity), country_code(doc, y.entity)) {
        (Some(c), Some(d)) => c == d,
        _ => true,
    }
}

/// Mentions into events.
fn merge(doc: &Document<'_>, mentions: Vec<Mention>) -> Vec<Draft> {
    let mut drafts: Vec<Draft> = Vec::new();
    // Mentions that only name again an event told elsewhere, waiting for one told later.
    let mut waiting = Vec::new();
    for m in mentions {
        let found = drafts.iter().rev().take(MAX_MERGE_CANDIDATES).position(|d| same_event(doc, d, &m));
        // A disaster named alone after it was given as another's cause is its own event when
        // that was told too ("Floods killed 20 … a landslide caused by the floods … the floods
        // destroyed 500 homes").
        let found = found.map(|back| {
            let d = &drafts[drafts.len() - 1 - back];
            let by_cause = d.sub_type != m.sub_type && d.causes.contains(&m.sub_type);
            let own = || {
                drafts
                    .iter()
                    .rev()
                    .take(MAX_MERGE_CANDIDATES)
                    .position(|o| o.sub_type == m.sub_type && same_event(doc, o, &m))
            };
            if by_cause {
                own().unwrap_or(back)
            } else {
                back
            }
        });
        match found {
            Some(back) => {
                let i = drafts.len() - 1 - back;
                join(doc, &mut drafts[i], m);
            }
            None if m.refers_back => waiting.push(m),
            None => drafts.push(draft(m)),
        }
    }
    // "Two explosions shook the city … in what officials called a terrorist attack": told
    // before the event they belong to.
    for m in waiting {
        if let Some(d) = drafts.iter_mut().find(|d| same_event(doc, d, &m)) {
            join(doc, d, m);
            d.mentions.sort_by_key(|&(span, _)| span.start);
        }
    }
    drafts
}

/// Adds a mention to the event it names.
fn join(doc: &Document<'_>, d: &mut Draft, m: Mention) {
    // The body's place is the event's where the headline only named one as wide
    // ("northwestern Syria" for the headline's "Syria").
    let summary_only = d.mentions.iter().all(|&(_, s)| doc.sentences[s].zone != Zone::Body);
    // So is it where the headline's place is never named in the body ("in Peru's Andes").
    let in_body = |e: EntityId| {
        doc.entity(e).mentions.iter().any(|x| doc.sentence_at(x.start).is_some_and(|s| s.zone == Zone::Body))
    };
    let body_place = m.facts.place.filter(|p| {
        summary_only && m.zone == Zone::Body && d.facts.place.is_none_or(|q| p.level >= q.level || !in_body(q.entity))
    });
    d.mentions.extend(words_of(&m));
    d.causes.extend(m.causes.iter().filter(|&&c| c != d.sub_type));
    d.facts.absorb(&m.facts);
    if body_place.is_some() {
        d.facts.place = body_place;
    }
    d.certainty = stronger(d.certainty, certainty_of(&m));
    if d.generic && !m.generic {
        d.sub_type = m.sub_type;
        d.generic = false;
    }
    if bombings_told_apart(d.sub_type, m.sub_type) {
        d.sub_type = SubEventType::SuicideBomb;
    }
    // An attack told as explosions was a bombing, until a word says what kind.
    if m.refers_back && d.generic && d.sub_type == SubEventType::Attack {
        d.sub_type = SubEventType::RemoteExplosive;
    }
    if matches!(m.sub_type.event_type(), EventType::Protests | EventType::Riots) {
        d.sub_type = escalate(d.sub_type, m.sub_type);
    }
    if d.first_zone != Zone::Body && m.zone == Zone::Body && d.best.1 == d.first_sentence {
        d.best = (m.trigger, m.sentence);
    }
}

fn same_actor(a: &Actor, b: &Actor) -> bool {
    a.entity.is_some() && a.entity == b.entity || a.span == b.span
}

fn certainty_of(m: &Mention) -> Certainty {
    if m.planned {
        Certainty::Planned
    } else if m.hedged {
        Certainty::Hedged
    } else if !m.facts.sources.is_empty() {
        Certainty::Attributed
    } else {
        Certainty::Asserted
    }
}

/// The firmer of two: a fact stated anywhere is stated.
fn stronger(a: Certainty, b: Certainty) -> Certainty {
    let rank = |c: Certainty| match c {
        Certainty::Asserted => 3,
        Certainty::Attributed => 2,
        Certainty::Hedged => 1,
        Certainty::Planned => 0,
    };
    if rank(b) > rank(a) {
        b
    } else {
        a
    }
}

/// The words of a mention, each with its sentence.
fn words_of(m: &Mention) -> impl Iterator<Item = (Span, usize)> + '_ {
    std::iter::once(m.trigger).chain(m.also.iter().copied()).map(|w| (w, m.sentence))
}

fn draft(m: Mention) -> Draft {
    Draft {
        sub_type: m.sub_type,
        generic: m.generic,
        first_sentence: m.sentence,
        first_zone: m.zone,
        mentions: words_of(&m).collect(),
        casualties: Vec::new(),
        certainty: certainty_of(&m),
        best: (m.trigger, m.sentence),
        causes: m.causes,
        facts: m.facts,
    }
}

/// Whether an event of this sub-type can have casualties of this kind.
fn can_have(sub: SubEventType, kind: CasualtyKind) -> bool {
    match sub.event_type() {
        EventType::Elections => false,
        EventType::StrategicDevelopments => match sub {
            SubEventType::Arrests => kind == CasualtyKind::Arrested,
            SubEventType::Other => true,
            _ => false,
        },
        _ => true,
    }
}

/// Links each casualty figure to the events of its sentence, or to the nearest event named
/// before it in its paragraph (within [`CASUALTY_REACH`] sentences).
fn link_casualties(doc: &Document<'_>, drafts: &mut [Draft]) {
    // Each sentence's events: (sentence, draft, trigger start).
    let mut by_sentence: Vec<(usize, usize, usize)> =
        drafts.iter().enumerate().flat_map(|(i, d)| d.mentions.iter().map(move |&(m, s)| (s, i, m.start))).collect();
    sort::sort(&mut by_sentence);
    for c in &doc.casualties {
        let mut linked: Vec<usize> = Vec::new();
        for &m in &c.mentions {
            let Some(s) = doc.sentences.partition_point(|x| x.span.start <= m.start).checked_sub(1) else { continue };
            let paragraph = doc.sentences[s].paragraph;
            // "In July 2018, a fire killed 104 people": a figure its own sentence dates to long
            // ago is not the toll of an event of another date.
            // The figure's own date when it has one: another date of the sentence may be a
            // circumstance's ("despite the truce in force since June").
            let dated = match &c.date {
                Some(d) => vec![d.value.clone()],
                None => dates_in(doc, doc.without_dateline(doc.sentences[s].span)),
            };
            let fits = |d: &Draft| {
                dated.iter().all(|v| {
                    !long_before(doc, v)
                        || d.facts
                            .date
                            .as_ref()
                            .is_some_and(|e| e.value.starts_with(v.as_str()) || v.starts_with(e.value.as_str()))
                })
            };
            let mut choice = None;
            for back in 0..=CASUALTY_REACH {
                let Some(t) = s.checked_sub(back) else { break };
                if back > 0 && doc.sentences[t].paragraph != paragraph {
                    break;
                }
                let from = by_sentence.partition_point(|e| e.0 < t);
                let here = by_sentence[from..]
                    .iter()
                    .take_while(|e| e.0 == t)
                    .filter(|e| can_have(drafts[e.1].sub_type, c.kind) && fits(&drafts[e.1]));
                // In the same sentence, the event named nearest before the figure, else after it.
                let nearest = here
                    .min_by_key(|e| if e.2 <= m.start { m.start - e.2 } else { usize::MAX / 2 + e.2 - m.start })
                    .map(|e| e.1);
                if nearest.is_some() {
                    choice = nearest;
                    break;
                }
            }
            // A toll raised further on ("AFAD had raised the death toll to 14") is the toll of
            // the last event before it that has one.
            if choice.is_none() && c.update {
                // The latest drafts only, as merging looks back: bounded work on a long page.
                choice = (drafts.len().saturating_sub(MAX_MERGE_CANDIDATES)..drafts.len())
                    .filter(|&i| drafts[i].mentions.iter().any(|&(w, _)| w.start < m.start))
                    .filter(|&i| can_have(drafts[i].sub_type, c.kind) && fits(&drafts[i]))
                    .filter(|&i| drafts[i].casualties.iter().any(|k| is_dead(doc.casualties[k.index()].kind)))
                    .max_by_key(|&i| drafts[i].mentions.iter().map(|&(w, _)| w.start).filter(|&w| w < m.start).max());
            }
            if let Some(i) = choice {
                if !linked.contains(&i) {
                    linked.push(i);
                }
            }
        }
        for i in linked {
            drafts[i].casualties.push(c.id);
        }
    }
}

/// The most sentences before an undated event's first one that may give its day.
const LEAD_SENTENCES: usize = 2;

/// Dates an undated event by the sentence that leads into it in its paragraph, when that
/// sentence names no event of its own and gives one day, not long ago: "Au petit matin du
/// lundi 3 mai, des hommes armés sont entrés dans le hameau. L'attaque a fait dix morts."
fn date_from_lead(doc: &Document<'_>, drafts: &mut [Draft]) {
    // Whether each sentence names an event.
    let mut told = vec![false; doc.sentences.len()];
    for &(_, s) in drafts.iter().flat_map(|d| &d.mentions) {
        told[s] = true;
    }
    for d in drafts.iter_mut().filter(|d| d.facts.date.is_none()) {
        let Some(s) = d.mentions.iter().map(|&(_, s)| s).filter(|&s| doc.sentences[s].zone == Zone::Body).min() else {
            continue;
        };
        for p in (s.saturating_sub(LEAD_SENTENCES)..s).rev() {
            if doc.sentences[p].paragraph != doc.sentences[s].paragraph
                || doc.sentences[p].zone != Zone::Body
                || told[p]
            {
                break;
            }
            let span = doc.without_dateline(doc.sentences[p].span);
            let days: Vec<EventDate> = doc
                .times_in(span)
                .filter(|t| {
                    matches!(t.timex_type, TimexType::Date | TimexType::Time) && !when::long_before(doc, &t.value)
                })
                .filter_map(|t| {
                    let precision = when::precision(&t.value).filter(|&p| p >= crate::model::Precision::Day)?;
                    Some(EventDate { time: Some(t.id), value: t.value.clone(), precision })
                })
                .collect();
            if let [day] = &days[..] {
                d.facts.date = Some(day.clone());
                break;
            }
        }
    }
}

/// The placed dates of a sentence's time expressions ("2018-07", "2025-03-02").
fn dates_in(doc: &Document<'_>, sentence: Span) -> Vec<String> {
    doc.times_in(sentence)
        .filter(|t| matches!(t.timex_type, TimexType::Date | TimexType::Time) && precision(&t.value).is_some())
        .map(|t| t.value.get(..10).unwrap_or(&t.value).to_string())
        .collect()
}

fn is_dead(kind: CasualtyKind) -> bool {
    matches!(kind, CasualtyKind::Dead | CasualtyKind::Killed)
}

/// The sources of the event and of its figures, each once, and its words in text order.
fn finish(doc: &Document<'_>, d: &mut Draft) {
    order_crowd_actors(doc, d);
    let figures = d.casualties.iter().flat_map(|c| doc.casualties[c.index()].sources.iter().cloned());
    let all: Vec<Source> = d.facts.sources.drain(..).chain(figures).collect();
    for s in all {
        if !d.facts.sources.iter().any(|x| same_source(doc.text(), x, &s)) {
            d.facts.sources.push(s);
        }
    }
    sort::sort_by_key(&mut d.mentions, |m| m.0.start);
}

/// The place's record: its name, province and country.
fn location(doc: &Document<'_>, views: &Views<'_>, d: &Draft) -> Option<EventLocation> {
    let national = d.sub_type.event_type() == EventType::Elections;
    let place = if national { national_place(doc, views, d) } else { None };
    if national && place.is_none() {
        // A country the report is about but never names ("LUSAKA, Oct 10 (AFP) - Zambian
        // voters…").
        if let Some(name) = views.story_country(doc) {
            return Some(EventLocation { entity: None, name: name.clone(), admin1: None, country: Some(name) });
        }
    }
    let place =
        place.or(d.facts.place).or_else(|| dateline_place(doc, d)).or_else(|| story_country_place(doc, views, d))?;
    let entity = doc.entity(place.entity);
    let name = |e: EntityId| doc.entity(e).name.clone();
    let (admin1, country) = match place.level {
        Level::Country => (None, Some(entity.name.clone())),
        Level::Region => (Some(entity.name.clone()), None),
        Level::Town | Level::City => (d.facts.region.map(name), None),
    };
    let admin1 = admin1.or_else(|| {
        (place.level == Level::City).then(|| GAZETTEER.admin1_of(&entity.name)).flatten().map(str::to_string)
    });
    let known = country_code(doc, place.entity)
        .and_then(|c| GAZETTEER.country(c))
        .map(|i| GAZETTEER.entry(i).canonical.to_string());
    // "northwestern Syria" is in Syria: the gazetteer's country first.
    let country = known.or(country).or_else(|| d.facts.country.map(name)).or_else(|| views.story_country(doc));
    // The name as the text writes it ("Mogadiscio" in French, "Basra" where the gazetteer has
    // "Basrah"), in title case when set in capitals (a dateline).
    let written = place.mention.of(doc.text());
    let name = if written.chars().any(char::is_lowercase) { written.to_string() } else { title_case(written) };
    Some(EventLocation { entity: Some(place.entity), name, admin1, country })
}

/// The country the report is about: the dateline's, else the one it names most often.
fn story_country(doc: &Document<'_>) -> Option<String> {
    let of_dateline = doc.layout.dateline.and_then(|d| doc.mentions_in(d.span).find_map(|(_, e)| country_code(doc, e)));
    let code = of_dateline.or_else(|| {
        let mut counts: Vec<(&'static str, usize)> = Vec::new();
        for e in &doc.entities {
            if let Some(Kind::Country(c)) = e.kind {
                counts.push((c, e.mentions.len()));
            }
        }
        // The most named; on a tie, the first named.
        counts.iter().rev().max_by_key(|c| c.1).map(|c| c.0)
    })?;
    GAZETTEER.country(code).map(|i| GAZETTEER.entry(i).canonical.to_string())
}

/// The country the report is about, as a place, for an event whose words and dateline give
/// none: its first mention in the text. Not where the event's own sentences name that country
/// and it was left out there as an actor ("…said Russia had launched 86 drones").
/// A vote is held across its country: the country its sentences name, else the report's
/// ("the referendum … in Lusaka" is Zambia's).
fn national_place(doc: &Document<'_>, views: &Views<'_>, d: &Draft) -> Option<Place> {
    let named = d.facts.place.filter(|p| p.level == Level::Country).map(|p| p.entity).or(d.facts.country);
    country_place(doc, named.or_else(|| views.story_country_entity(doc))?)
}

/// A country as a place, named where the text first names it.
fn country_place(doc: &Document<'_>, id: EntityId) -> Option<Place> {
    let mention = *doc.entity(id).mentions.first()?;
    Some(Place { entity: id, level: Level::Country, mention, part: false, said: false })
}

fn story_country_place(doc: &Document<'_>, views: &Views<'_>, d: &Draft) -> Option<Place> {
    let id = views.story_country_entity(doc)?;
    let entity = doc.entity(id);
    let named_there =
        d.mentions.iter().any(|&(_, s)| entity.mentions.iter().any(|m| doc.sentences[s].span.contains(*m)));
    if named_there {
        return None;
    }
    country_place(doc, id)
}

/// The dateline's place, for an event of the days around the report whose sentence names none.
fn dateline_place(doc: &Document<'_>, d: &Draft) -> Option<Place> {
    let dateline = doc.layout.dateline?;
    // The dateline places the story's lead, not every event the report recalls.
    let lead = doc.sentences[d.first_sentence].paragraph.is_none_or(|p| p == 0);
    if !lead {
        return None;
    }
    let recent = match (&d.facts.date, doc.document_date) {
        (None, _) => true,
        (Some(date), Some(today)) => date.value.get(..7) == Some(&today.to_string()[..7]),
        (Some(_), None) => false,
    };
    if !recent {
        return None;
    }
    let (m, e) = doc.mentions_in(dateline.place).next()?;
    let level = level_of(doc, e, m);
    Some(Place { entity: e, level, mention: m, part: false, said: false })
}

/// The event record.
fn record(doc: &Document<'_>, views: &Views<'_>, id: EventId, d: Draft) -> Event {
    let dead: Vec<&Casualty> = d
        .casualties
        .iter()
        .map(|c| &doc.casualties[c.index()])
        .filter(|c| matches!(c.kind, CasualtyKind::Killed | CasualtyKind::Dead))
        .collect();
    // A figure only the headline gives may sum several events up ("Typhoon and landslide
    // kill 18"): the body's figures come first.
    let told = |c: &&Casualty| {
        c.mentions
            .iter()
            .any(|m| doc.sentence_at(m.start).is_some_and(|s| matches!(s.zone, Zone::Body | Zone::Standfirst)))
    };
    let dead: Vec<&Casualty> = if dead.iter().any(told) { dead.iter().copied().filter(told).collect() } else { dead };
    // The latest toll: an update if there is one, else the largest figure.
    let toll = dead
        .iter()
        .filter(|c| c.update)
        .max_by(|a, b| a.count.value.total_cmp(&b.count.value))
        .or_else(|| dead.iter().max_by(|a, b| a.count.value.total_cmp(&b.count.value)))
        .copied();
    let fatalities = toll.map(|c| Fatalities { value: c.count.value, approx: c.count.approx, casualty: c.id });
    let other_casualties =
        d.casualties.iter().copied().filter(|&c| Some(c) != fatalities.map(|f| f.casualty)).collect();
    let location = location(doc, views, &d);
    // Protesters killed: deadly force against the protest.
    let lexicon = lang::lexicon(doc.language);
    let protesters_hurt = d.casualties.iter().any(|c| {
        doc.casualties[c.index()]
            .victims
            .as_deref()
            .is_some_and(|v| actor_kind(lexicon, v) == Some(ActorKind::Protesters))
    });
    // The kind of actor each of the dead and wounded is, if any.
    let hit: Vec<Option<ActorKind>> = d
        .casualties
        .iter()
        .map(|c| &doc.casualties[c.index()])
        .filter(|c| matches!(c.kind, CasualtyKind::Killed | CasualtyKind::Dead | CasualtyKind::Wounded))
        .map(|c| c.victims.as_deref().and_then(|v| actor_kind(lexicon, v)))
        .collect();
    // Soldiers or police among the dead or wounded of an attack: in ACLED's terms an attack on
    // the state's forces is an armed clash, not violence against civilians.
    let forces_hit = hit.contains(&Some(ActorKind::State));
    // "Gunmen ambushed a bus, killing eight passengers": a fight only one side waged, with no
    // armed man among those hit and someone else hit, is an attack on civilians.
    let events = &lexicon.events;
    let one_sided = d.mentions.iter().all(|&(m, _)| {
        events.one_sided_clashes.contains(&lang::phrase_key(doc.lower(m)).as_str())
            || lang::value_in(events.triggers, &doc.lower, m) != Some(SubEventType::ArmedClash)
    });
    let civilians_only =
        !hit.is_empty() && hit.iter().all(|k| !matches!(k, Some(ActorKind::State | ActorKind::NonState)));
    let sub_type = match d.sub_type.event_type() {
        EventType::Battles if d.sub_type == SubEventType::ArmedClash && one_sided && civilians_only => {
            SubEventType::Attack
        }
        EventType::Protests if fatalities.is_some() => SubEventType::ExcessiveForceAgainstProtesters,
        EventType::ViolenceAgainstCivilians if protesters_hurt => SubEventType::ExcessiveForceAgainstProtesters,
        EventType::ViolenceAgainstCivilians if d.sub_type == SubEventType::Attack && forces_hit => {
            SubEventType::ArmedClash
        }
        _ => d.sub_type,
    };
    Event {
        id,
        event_type: sub_type.event_type(),
        sub_type,
        trigger: d.best.0,
        sentence: d.best.1,
        date: d.facts.date,
        location,
        actors: d.facts.actors,
        fatalities,
        other_casualties,
        sources: d.facts.sources,
        mentions: d.mentions.into_iter().map(|m| m.0).collect(),
        certainty: d.certainty,
        earlier: false,
    }
}

/// Marks the events told as history beside the report's incident, as the casualty figures
/// are ([`when::Incident`]): "The 2015 earthquake killed 9,000", "En 2019, un incendie avait
/// ravagé le marché". An undated event whose dead are an earlier incident's is one too.
fn mark_earlier(doc: &Document<'_>, events: &mut [Event]) {
    let first = |e: &Event| e.mentions.first().map_or(usize::MAX, |m| m.start);
    let facts = events.iter().map(|e| (first(e), e.date.as_ref()));
    let Some(incident) = when::Incident::read(doc, facts, when::EARLIER_EVENT_DAYS) else { return };
    for e in events.iter_mut() {
        let dead_earlier = e.date.is_none()
            && !incident.in_opening(first(e))
            && e.fatalities.is_some_and(|f| doc.casualties.get(f.casualty.index()).is_some_and(|c| c.earlier));
        e.earlier = dead_earlier || incident.is_earlier(doc, first(e), e.date.as_ref());
    }
}
