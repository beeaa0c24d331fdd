//! Named entities: people, organisations, places and groups, with aliases, acronyms, roles
//! and one entity per real-world referent.
//!
//! Mentions come from four sources, read sentence by sentence in the article's own text
//! (never boilerplate): the names the entity tagger found, mended by rules (name particles
//! such as "bin" and "von der" and connectors such as "for" join names, titles before a name
//! become its role, an unknown name after "in" is a place); gazetteer matches (countries,
//! cities, demonyms, organisations and their acronyms in both languages), which give known
//! names their canonical form and type; acronyms defined in brackets; and group nouns
//! ("rebels", "jihadistes"). Photo credits add their photographer and agency. Mentions are
//! then clustered: defined acronyms, short forms of organisation names, surnames, and
//! capitals that stand for their state.

use crate::document::Document;
use crate::gazetteer::{is_first_name, is_first_name_worldwide, Hit, GAZETTEER};
use crate::lang::{self, Lexicon, Vocabulary, GENERIC_ACRONYMS, NAME_PARTICLES};
use crate::layout::title_case;
use crate::model::Span;
use crate::model::{Entity, EntityId, EntityType, Kind};
use crate::model::{EntityTag, Meaning, NameKind, Shape, Token, Upos, Zone};
use crate::sort;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Entry(usize),
    Name(String),
}

#[derive(Debug, Clone)]
struct Candidate {
    span: Span,
    /// `None`: a lone capitalised word whose type only clustering can tell.
    entity_type: Option<EntityType>,
    key: Key,
    /// The words of the name as written (possessive removed).
    words: Vec<String>,
    role: Option<String>,
    /// Followed or preceded by a verb of speech.
    speaks: bool,
    /// Found and typed by the entity tagger, not by a rule.
    tagged: bool,
}

struct Words<'a> {
    lexicon: &'a Lexicon,
    vocabulary: &'a Vocabulary,
}

fn lower(s: &str) -> String {
    s.to_lowercase()
}

fn is_acronym(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    (2..=7).contains(&w.chars().count())
        && letters >= 2
        && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
        && !GENERIC.contains(w)
}

/// Capitalised abbreviations that are common nouns, as a set.
static GENERIC: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| GENERIC_ACRONYMS.iter().copied().collect());

/// "al-Assad", "el-Sisi", "bin-Salman": a particle joined to a capitalised name.
fn is_particle_name(w: &str) -> bool {
    match w.split_once('-') {
        Some((p, rest)) => {
            NAME_PARTICLES.contains(&lower(p).as_str()) && rest.chars().next().is_some_and(char::is_uppercase)
        }
        None => false,
    }
}

fn without_particle(w: &str) -> &str {
    if is_particle_name(w) {
        w.split_once('-').map_or(w, |(_, r)| r)
    } else {
        w
    }
}

/// Context of one sentence being read.
struct Sentence<'t> {
    text: &'t str,
    lower: &'t str,
    tokens: &'t [Token],
}

impl<'t> Sentence<'t> {
    fn word(&self, i: usize) -> &str {
        self.tokens[i].text(self.text)
    }

    fn is_word(&self, i: usize) -> bool {
        i < self.tokens.len() && self.tokens[i].is_word()
    }

    /// The lower-case form of token `i`.
    fn lower(&self, i: usize) -> &'t str {
        self.tokens[i].span.of(self.lower)
    }

    /// Whether token `i` reads as a verb in lower case: tagged one, or tagged an adjective
    /// that takes a determiner after it ("Fatima sèche ses larmes").
    fn verb_at(&self, i: usize) -> bool {
        let Some(token) = self.tokens.get(i) else { return false };
        let object_after = || self.tokens.get(i + 1).is_some_and(|t| t.pos == Upos::Det);
        !token.shape.is(Shape::CAPITALISED)
            && (matches!(token.pos, Upos::Verb | Upos::Aux) || token.pos == Upos::Adj && object_after())
    }

    /// Whether token `i` is a word that alone has `meaning`.
    fn means(&self, i: usize, meaning: Meaning) -> bool {
        self.is_word(i) && self.tokens[i].means(meaning)
    }
}

/// Annotates entities on a segmented document.
pub fn annotate(doc: &Document<'_>) -> Vec<Entity> {
    let text = doc.text();
    let lexicon = lang::lexicon(doc.language);
    let words = Words { lexicon, vocabulary: Vocabulary::of(lexicon) };
    let mut candidates = Vec::new();
    for (sentence, names) in doc.sentences.iter().zip(&doc.gazetteer) {
        let s = Sentence { text, lower: &doc.lower, tokens: doc.tokens_of(sentence) };
        sentence_candidates(&s, sentence.span, names, &words, &mut candidates);
    }
    // The dateline's place and agency are read from the layout ("KYIV" is a city, not an acronym).
    if let Some(d) = doc.layout.dateline {
        candidates.retain(|c| !c.span.overlaps(d.place) && d.agency.is_none_or(|a| !c.span.overlaps(a)));
    }
    unless_told_again(doc, &mut candidates);
    credit_candidates(doc, &mut candidates);
    repeat_acronyms(doc, &mut candidates);
    sort::sort_by_key(&mut candidates, |c| (c.span.start, c.span.end));
    candidates.dedup_by(|b, a| a.span == b.span && a.entity_type == b.entity_type);
    join_region_nouns(doc, &mut candidates);
    inside_longer_names(&mut candidates);
    cluster(doc, candidates)
}

/// The most words of an organisation's full name in brackets after its short name.
const MAX_EXPANSION_TOKENS: usize = 10;

/// How many names starting before a tagged one are looked at for one that holds it.
const HOLDER_REACH: usize = 8;

/// "l'Etat du Kerala", "the State of Kogi": a capitalised region noun read alone, its "of"
/// and the place's name after it are one region's name, as the tagger reads it when it
/// knows the noun.
fn join_region_nouns(doc: &Document<'_>, candidates: &mut Vec<Candidate>) {
    let text = doc.text();
    let lexicon = lang::lexicon(doc.language);
    let joins = |a: &Candidate, b: &Candidate| {
        a.words.len() == 1
            && a.words[0].starts_with(char::is_uppercase)
            && lexicon.events.region_nouns.contains(&doc.lower(a.span))
            && b.span.start > a.span.end
            && lexicon.grammar.of.iter().any(|o| o.trim_end() == doc.lower(Span::new(a.span.end, b.span.start)).trim())
            && matches!(b.entity_type, Some(EntityType::Gpe | EntityType::Loc) | None)
            // "le chef de l'Etat du Mali", "coup d'Etat du Niger": a country's state is its
            // government, no region.
            && !GAZETTEER
                .lookup(b.span.of(text))
                .is_some_and(|e| matches!(GAZETTEER.entry(e).kind, Kind::Country(_)))
    };
    if !candidates.windows(2).any(|w| joins(&w[0], &w[1])) {
        return;
    }
    let mut joined: Vec<Candidate> = Vec::with_capacity(candidates.len());
    for b in candidates.drain(..) {
        match joined.last_mut() {
            Some(a) if joins(a, &b) => {
                let span = Span::new(a.span.start, b.span.end);
                let name = span.of(text).to_string();
                *a = Candidate {
                    span,
                    entity_type: Some(b.entity_type.unwrap_or(EntityType::Loc)),
                    key: Key::Name(name.clone()),
                    words: name.split_whitespace().map(str::to_string).collect(),
                    role: None,
                    speaks: b.speaks,
                    tagged: false,
                };
            }
            _ => joined.push(b),
        }
    }
    *candidates = joined;
}

/// A name the tagger found inside a longer one the gazetteer or a rule found ("Islamic State"
/// in "the Islamic State group") is part of that one. `candidates` are sorted by start.
fn inside_longer_names(candidates: &mut Vec<Candidate>) {
    let holders: Vec<Span> = candidates.iter().filter(|c| !c.tagged).map(|c| c.span).collect();
    candidates.retain(|c| {
        let to = holders.partition_point(|h| h.start <= c.span.start);
        !c.tagged || !holders[..to].iter().rev().take(HOLDER_REACH).any(|h| h.contains(c.span) && *h != c.span)
    });
}

/// The share of a headline's longer words that must open with a capital for it to be set in
/// title case, in percent.
const TITLE_CASE_PERCENT: usize = 75;

/// Whether a sentence is set in title case ("Nine Hurt in Raid on Customs Depot"):
/// most of its words of four letters or more open with a capital.
fn title_cased(doc: &Document<'_>, sentence: &crate::model::Sentence) -> bool {
    let words: Vec<&Token> =
        doc.tokens_of(sentence).iter().filter(|t| t.is_word() && t.text(doc.text()).chars().count() >= 4).collect();
    let capitalised = words.iter().filter(|t| t.shape.is(Shape::CAPITALISED)).count();
    words.len() >= 3 && capitalised * 100 >= words.len() * TITLE_CASE_PERCENT
}

/// In a headline set in title case capitals say little: a name the tagger found there stays
/// only if each of its words is part of a name found elsewhere in the text, or the gazetteer
/// knows it ("Raid on Customs Depot" is no organisation).
fn unless_told_again(doc: &Document<'_>, candidates: &mut Vec<Candidate>) {
    let headlines: Vec<Span> =
        doc.sentences.iter().filter(|s| s.zone == Zone::Headline && title_cased(doc, s)).map(|s| s.span).collect();
    if headlines.is_empty() {
        return;
    }
    let in_headline = |span: Span| headlines.iter().any(|h| h.contains(span));
    let elsewhere: FxHashSet<String> = candidates
        .iter()
        .filter(|c| !in_headline(c.span))
        .flat_map(|c| c.words.iter().flat_map(|w| w.split_whitespace()).map(lower))
        .collect();
    candidates.retain(|c| {
        !(c.tagged && in_headline(c.span))
            || c.words.iter().flat_map(|w| w.split_whitespace()).all(|w| elsewhere.contains(&lower(w)))
    });
}

/// An organisation's acronym, once named, names it wherever it is written, even where the
/// tagger saw no name ("Le RMS a dénoncé…").
fn repeat_acronyms(doc: &Document<'_>, candidates: &mut Vec<Candidate>) {
    let acronyms: FxHashSet<&str> = candidates
        .iter()
        .filter(|c| c.entity_type == Some(EntityType::Org) && c.words.len() == 1 && is_acronym(&c.words[0]))
        .map(|c| c.span.of(doc.text()))
        .collect();
    if acronyms.is_empty() {
        return;
    }
    let covered: FxHashSet<usize> = candidates.iter().map(|c| c.span.start).collect();
    let text = doc.text();
    for sentence in &doc.sentences {
        for t in doc.tokens_of(sentence) {
            let word = t.text(text);
            if acronyms.contains(word) && !covered.contains(&t.span.start) {
                candidates.push(Candidate {
                    span: t.span,
                    entity_type: Some(EntityType::Org),
                    key: Key::Name(word.to_string()),
                    words: vec![word.to_string()],
                    role: None,
                    speaks: false,
                    tagged: true,
                });
            }
        }
    }
}

/// Whether the word before token `k` is a lower-case noun of a natural feature ("fleuve",
/// "river") that names the name from `k` to `end`: not where the name opens a clause or a
/// noun phrase of its own ("across the river Russian troops…", "the plateau Syria lost").
fn feature_before(s: &Sentence<'_>, k: usize, end: usize, w: &Words<'_>) -> bool {
    let goes_on = s.tokens.get(end).is_some_and(|t| matches!(t.pos, Upos::Verb | Upos::Aux | Upos::Noun | Upos::Propn));
    k >= 1
        && !goes_on
        && s.is_word(k - 1)
        && !s.tokens[k - 1].shape.is(Shape::CAPITALISED)
        && w.lexicon.names.feature_nouns.contains(&s.lower(k - 1))
}

/// The natural feature named by the noun before token `k` and the name `name` after it.
fn feature_candidate(s: &Sentence<'_>, k: usize, name: Span, tagged: bool) -> Candidate {
    let span = Span::new(s.tokens[k - 1].span.start, name.end);
    let words = span.of(s.text).split_whitespace().map(str::to_string).collect();
    Candidate {
        span,
        entity_type: Some(EntityType::Loc),
        key: Key::Name(span.of(s.text).to_string()),
        words,
        role: None,
        speaks: false,
        tagged,
    }
}

fn hit_candidate(text: &str, span: Span, entry: usize) -> Candidate {
    let e = GAZETTEER.entry(entry);
    Candidate {
        span,
        entity_type: Some(e.entity_type),
        key: Key::Entry(entry),
        words: span.of(text).split_whitespace().map(str::to_string).collect(),
        role: None,
        speaks: false,
        tagged: false,
    }
}

/// `names` are the gazetteer's matches in the sentence `span` (offsets from its start).
fn sentence_candidates(s: &Sentence<'_>, span: Span, names: &[Hit], w: &Words<'_>, out: &mut Vec<Candidate>) {
    let text = s.text;
    // Checks against candidates look only at this sentence's, to keep the pass linear.
    let first = out.len();
    let first_candidate = first;
    let n = s.tokens.len();
    let hits: Vec<(Span, usize)> =
        names.iter().map(|h| (Span::new(span.start + h.start, span.start + h.end), h.entry)).collect();
    let token_at = |pos: usize| s.tokens.binary_search_by_key(&pos, |t| t.span.start).ok();
    let token_ending = |pos: usize| s.tokens.binary_search_by_key(&pos, |t| t.span.end).ok();
    let mut consumed = vec![false; hits.len()];

    let speech_near = |a: usize, b: usize| -> bool {
        let before = a.checked_sub(1);
        let after = (b < n).then_some(b);
        [before, after].into_iter().flatten().any(|k| s.means(k, Meaning::SpeechVerb))
    };

    // Names, as the entity tagger reads them; the rules below type and trim them.
    for (chunk_start, chunk_end, kind) in tagged_names(s, w) {
        // Titles tagged as part of the name come off its front ("President Joe Biden").
        let mut a = chunk_start;
        let mut role_start = None;
        loop {
            let title_len = title_at(s, a, chunk_end, w);
            if title_len == 0 {
                break;
            }
            role_start.get_or_insert(a);
            a += title_len;
            // "Gen." keeps its dot out of the name.
            while a < chunk_end && !s.is_word(a) {
                a += 1;
            }
        }
        // Titles just before it: "Syrian President", "army spokesman", "Gen.", "le ministre".
        let mut role_end = role_start.map(|_| a - 1);
        if role_start.is_none() {
            let (from, to) = title_before(s, chunk_start, w, &hits);
            if from < to {
                role_start = Some(from);
                role_end = Some(to - 1);
            }
        }
        // "M.", "Mr": a title of courtesy alone is no role.
        let courtesy = |r: usize, e: usize| {
            (r..=e).filter(|&k| s.is_word(k)).all(|k| w.lexicon.names.courtesy_titles.contains(&s.lower(k)))
        };
        let role = role_start
            .zip(role_end)
            .filter(|&(r, e)| !courtesy(r, e))
            .map(|(r, e)| Span::new(s.tokens[r].span.start, s.tokens[e].span.end).of(text).to_string());
        // A name ends on a word: no trailing dash or bracket.
        let mut b = chunk_end;
        while b > a && !s.is_word(b - 1) {
            b -= 1;
        }
        if a >= b {
            continue;
        }
        // "The SOHR" opening a sentence: its first word is capitalised anyway, is no noun or
        // adjective ("Real Madrid" keeps its "Real"), and the gazetteer knows the rest as a name.
        let grammatical = |k: usize| {
            matches!(s.tokens[k].pos, Upos::Det | Upos::Adp | Upos::Pron | Upos::Cconj | Upos::Sconj | Upos::Part)
                || lang::LANGUAGES.iter().any(|l| l.grammar.determiners.contains(&s.lower(k)))
        };
        if a == 0 && b >= 2 && grammatical(0) {
            let rest = Span::new(s.tokens[1].span.start, s.tokens[b - 1].span.end);
            if hits.iter().any(|&(h, _)| h == rest) {
                a = 1;
            }
        }
        let name = Span::new(s.tokens[a].span.start, s.tokens[b - 1].span.end);
        let inner: Vec<usize> = (0..hits.len()).filter(|&k| name.contains(hits[k].0)).collect();
        let exact = inner.iter().find(|&&k| hits[k].0 == name).copied();
        let name_words: Vec<String> = (a..b).filter(|&k| s.is_word(k)).map(|k| s.word(k).to_string()).collect();
        // "Clashes in Deir Hafer": an unknown name after "in" is a place, unless a first name leads it.
        // Not after a preposition that also introduces a person ("succède à", "a dit à").
        let locative = |k: usize| s.is_word(k) && w.lexicon.names.locative_prepositions.contains(&s.lower(k));
        // "près de Khan Younès", "outside of Kharkiv": a locative word and "of"/"de".
        let after_locative = a > 0
            && (locative(a - 1) || a >= 2 && s.means(a - 1, Meaning::Of) && locative(a - 2))
            && !s.means(a - 1, Meaning::AddresseeMarker);
        // "the town of Kalehe", "la colline de Mubambiro", "the provincial capital, Tarin
        // Kowt": so is one after a settlement's noun and "of" or a comma.
        // An adjective may follow the noun ("la capitale provinciale, Tarin Kowt").
        // So is one after a part of a town ("une plage de Jebiniana", "the market of Bakara").
        let place_noun = |k: usize| {
            let noun = s.lower(k);
            w.lexicon.names.place_nouns.contains(&noun) || w.lexicon.events.place_parts.contains(&noun)
        };
        // Not a name after a comma that a verb follows: the subject after an opening phrase
        // ("Dans le village, Ahmed compte les tombes").
        let verb_after = s.verb_at(b);
        let after_place_noun = a >= 2
            && (s.means(a - 1, Meaning::Of) || s.word(a - 1) == "," && !verb_after)
            && (place_noun(a - 2) || a >= 3 && s.tokens[a - 2].pos == Upos::Adj && place_noun(a - 3));
        // "la province d'Oudalan", "the region of Tigray": a name after a lower-case region's
        // noun and "of" is the region.
        let after_region_noun = a >= 2
            && s.means(a - 1, Meaning::Of)
            && !s.tokens[a - 2].shape.is(Shape::CAPITALISED)
            && w.lexicon.events.region_nouns.contains(&s.lower(a - 2));
        // "le maire de Ploumoguer, Yann Le Goff": a name set off after a role is the person
        // holding it, whatever the place before the comma led the tagger to read.
        let role_word = (a >= 2 && s.word(a - 1) == ",")
            .then(|| {
                (a.saturating_sub(8)..a - 1)
                    .rev()
                    .find(|&k| s.means(k, Meaning::Title) || s.means(k, Meaning::RoleNoun))
            })
            .flatten();
        // Only the role's own complement between it and the comma, no verb ("the minister
        // visited Goma, North Kivu").
        // A name of two words or more that no gazetteer entry and no keyword of an organisation
        // or a place claims.
        let unmarked = name_words.len() >= 2
            && exact.is_none()
            && !(a..b).any(|k| s.means(k, Meaning::OrgKeyword) || s.means(k, Meaning::LocKeyword));
        let apposed_to_role = role_word
            .is_some_and(|r| !(r + 1..a - 1).any(|k| matches!(s.tokens[k].pos, Upos::Verb | Upos::Aux)))
            && unmarked;
        // "senior official Ameer Khattak", "Rafiq Ul Hadi, deputy director of the clinic,": a
        // name right after a role noun, or with a role in apposition after it, is
        // the person holding it.
        let after_role_noun = a >= 1
            && s.is_word(a - 1)
            && s.means(a - 1, Meaning::RoleNoun)
            && !s.tokens[a - 1].shape.is(Shape::CAPITALISED);
        let role_apposed_after = role_phrase_after(text, name, w.lexicon);
        let holds_role = unmarked && (after_role_noun || role_apposed_after);
        // "le maire de la ville, Andriï Lysenko": the role wins over the settlement before it.
        let after_locative = after_locative || (after_place_noun || after_region_noun) && !apposed_to_role;
        // "Mme Aminata Diallo", "Mr Banda": a title of courtesy names a person.
        let courtesy_before = role_start.zip(role_end).is_some_and(|(r, e)| courtesy(r, e)) && unmarked;
        // "DSP Musa Adamu": so does a person's title, whatever the tagger read in the capitals.
        let titled = role.is_some() && unmarked;
        let kind = match kind {
            NameKind::Loc | NameKind::Org | NameKind::Misc
                if apposed_to_role
                    || holds_role
                    || courtesy_before
                    || titled
                    || aged_after(text, name, w.lexicon) && exact.is_none() =>
            {
                NameKind::Person
            }
            // "the town of Adan Yabaal": after a settlement's noun even a first name is a place's.
            NameKind::Person
                if after_locative
                    && role.is_none()
                    && (after_place_noun || after_region_noun || !name_words[0].split('-').any(is_first_name)) =>
            {
                NameKind::Loc
            }
            // "the Middle Shabelle region", "Haiti's Centre department": a name before a
            // lower-case region noun is that region.
            NameKind::Person | NameKind::Org
                if b < n
                    && !s.tokens[b].shape.is(Shape::CAPITALISED)
                    && w.lexicon.events.region_nouns.contains(&s.lower(b))
                    && !hits.iter().any(|&(h, _)| h.contains(name)) =>
            {
                NameKind::Loc
            }
            NameKind::Org
                if after_locative
                    && inner.is_empty()
                    && (name_words.len() >= 2 || after_region_noun)
                    && !(a..b).any(|k| s.means(k, Meaning::OrgKeyword)) =>
            {
                NameKind::Loc
            }
            // "Northern Islands Police": a person's name does not end in an organisation's noun.
            NameKind::Person
                if b - a >= 2
                    && s.means(b - 1, Meaning::OrgKeyword)
                    && s.tokens[b - 1].shape.is(Shape::CAPITALISED)
                    && !hits.iter().any(|&(h, _)| h.contains(name)) =>
            {
                NameKind::Org
            }
            // "Eid al-Adha", "la fête de l'Aïd": a festival is no place, person or body; but
            // "l'île de Pâques" is a place, and "Ramadan Kadyrov" a person, a name after it.
            NameKind::Person | NameKind::Org | NameKind::Loc
                if w.lexicon.names.festivals.contains(&s.lower(a))
                    && !(a..b).any(|k| s.means(k, Meaning::LocKeyword))
                    && !(after_place_noun || after_region_noun)
                    && !(a >= 2 && s.means(a - 1, Meaning::Of) && s.means(a - 2, Meaning::LocKeyword))
                    && !(kind == NameKind::Person && name_words.get(1).is_some_and(|n| !is_particle_name(n))) =>
            {
                NameKind::Misc
            }
            // "the Muslim festival", "a Sunni cleric": a faith or a people in one word is a group.
            NameKind::Person | NameKind::Org | NameKind::Loc if b - a == 1 && s.means(a, Meaning::GroupNoun) => {
                NameKind::Misc
            }
            // "Cyclone Amara", "l'ouragan Irma", "le cyclone Amara": a storm's name is no
            // person's, and no place's.
            NameKind::Person | NameKind::Org | NameKind::Loc
                if b - a >= 2 && storm_word(s, w, a) || a > 0 && storm_word(s, w, a - 1) =>
            {
                NameKind::Misc
            }
            // "Kursk Region", "Blue Nile State": a name ending in an area's noun is that area.
            NameKind::Org
                if b - a >= 2
                    && !hits.iter().any(|&(h, _)| h.contains(name))
                    && s.means(b - 1, Meaning::LocKeyword)
                    && !(a..b).any(|k| s.means(k, Meaning::OrgKeyword)) =>
            {
                NameKind::Loc
            }
            kind => kind,
        };
        // A name the gazetteer knows whole is read from the gazetteer matches below, with its
        // canonical name and type; a person who shares a place's name is still a person.
        let agrees = |e: usize| match GAZETTEER.entry(hits[e].1).entity_type {
            EntityType::Gpe | EntityType::Loc => kind == NameKind::Loc,
            // "deux Italiens": a people's name the model read as a place is the people.
            EntityType::Norp => kind == NameKind::Misc || kind == NameKind::Loc && name_words.len() == 1,
            _ => true,
        };
        // "le fleuve Congo", "la rivière Kwango": a name right after a lower-case noun of a
        // natural feature is the feature's, not a country's or a town's.
        let people = inner.iter().any(|&h| GAZETTEER.entry(hits[h].1).entity_type == EntityType::Norp);
        if kind == NameKind::Loc && !people && feature_before(s, a, b, w) {
            for &k in &inner {
                consumed[k] = true;
            }
            out.push(feature_candidate(s, a, name, true));
            continue;
        }
        if exact.is_some_and(agrees) {
            continue;
        }
        let area_after = b < n && s.means(b, Meaning::LocKeyword);
        let entity_type = match kind {
            NameKind::Person => EntityType::Person,
            NameKind::Org => EntityType::Org,
            NameKind::Loc if (a..b).any(|k| s.means(k, Meaning::LocKeyword)) => EntityType::Loc,
            NameKind::Loc => EntityType::Gpe,
            NameKind::Misc if (a..b).any(|k| s.means(k, Meaning::OrgKeyword)) => EntityType::Org,
            NameKind::Misc => {
                let demonym = inner.iter().any(|&h| matches!(GAZETTEER.entry(hits[h].1).kind, Kind::Demonym(_)))
                    || s.means(a, Meaning::GroupNoun);
                if demonym && name_words.len() == 1 {
                    EntityType::Norp
                } else {
                    EntityType::Misc
                }
            }
        };
        for &k in &inner {
            consumed[k] = true;
        }
        let speaks = entity_type == EntityType::Person && speech_near(a, b);
        let candidate = Candidate {
            span: name,
            entity_type: Some(entity_type),
            key: Key::Name(name_words.join(" ")),
            words: name_words,
            role: if entity_type == EntityType::Person { role } else { None },
            speaks,
            tagged: true,
        };
        // "Idlib province": the area, and the place it is named after.
        if entity_type == EntityType::Gpe && area_after {
            let area = Span::new(name.start, s.tokens[b].span.end);
            out.push(Candidate {
                span: area,
                entity_type: Some(EntityType::Loc),
                key: Key::Name(area.of(text).to_string()),
                words: area.of(text).split_whitespace().map(str::to_string).collect(),
                ..candidate.clone()
            });
        }
        let town = inner.iter().any(|&h| matches!(GAZETTEER.entry(hits[h].1).kind, Kind::City { .. }));
        if matches!(entity_type, EntityType::Gpe | EntityType::Loc) && !town {
            if let Some(d) = direction_of(s, a) {
                push_direction_area(s, d, name.end, first_candidate, out);
            }
        }
        out.push(candidate);
    }

    // "the SDF (Syrian Democratic Forces)", "Fodeli (Front pour la défense de Lubero)": the
    // full name in brackets after an organisation's short name is the organisation's too,
    // places in it included.
    for k in 1..n {
        if s.word(k) != "(" || !s.tokens.get(k + 1).is_some_and(|t| t.shape.is(Shape::CAPITALISED)) {
            continue;
        }
        let short = out[first..].iter().any(|c| {
            c.entity_type == Some(EntityType::Org) && c.span.end == s.tokens[k - 1].span.end && c.words.len() == 1
        });
        let close = (k + 2..n.min(k + 2 + MAX_EXPANSION_TOKENS)).find(|&j| s.word(j) == ")");
        let Some(close) = close.filter(|&j| short && j - k > 2 && (k + 1..j).all(|i| s.is_word(i))) else {
            continue;
        };
        let full = Span::new(s.tokens[k + 1].span.start, s.tokens[close - 1].span.end);
        push_organisation(text, full, &hits, &mut consumed, out);
    }

    // "le Réseau des médecins soudanais (RMS)": an organisation named in lower case before
    // the acronym it defines, from its capitalised keyword.
    for k in 2..n {
        // "la Commission électorale nationale autonome (Cena)": a capitalised word in brackets
        // right after an organisation's name is its short name, whatever the tagger read.
        let after_org = k >= 3
            && s.word(k - 2) == "("
            && s.word(k) == ")"
            && s.tokens[k - 1].shape.is(Shape::CAPITALISED)
            && out[first..].iter().any(|c| {
                c.entity_type == Some(EntityType::Org) && c.span.end == s.tokens[k - 3].span.end && c.words.len() >= 2
            });
        if after_org {
            let short = s.tokens[k - 1].span;
            for c in out[first..].iter_mut().filter(|c| c.span == short) {
                c.entity_type = Some(EntityType::Org);
            }
        }
        // "(RMS)", and "(GSIM, ou JNIM en arabe)" where a second form follows.
        let acronym_in_brackets = s.word(k - 2) == "("
            && s.is_word(k - 1)
            && (is_acronym(s.word(k - 1)) || after_org)
            && matches!(s.word(k), ")" | "," | ";");
        // The acronym itself names the organisation, whether or not the tagger saw a name in it.
        let known = |span: Span| hits.iter().any(|&(h, _)| h.contains(span));
        let acronym = s.tokens[k - 1].span;
        if acronym_in_brackets && !known(acronym) && !out[first..].iter().any(|c| c.span.contains(acronym)) {
            let word = s.word(k - 1).to_string();
            out.push(Candidate {
                span: s.tokens[k - 1].span,
                entity_type: Some(EntityType::Org),
                key: Key::Name(word.clone()),
                words: vec![word],
                role: None,
                speaks: false,
                tagged: true,
            });
        }
        if !acronym_in_brackets
            || k < 3
            || out[first..].iter().any(|c| c.span.end == s.tokens[k - 3].span.end && c.words.len() >= 2)
        {
            continue;
        }
        // Not past a clause: "The Committee announced that the Popular Front (PF)".
        let clause = |m: usize| {
            matches!(s.tokens[m].pos, Upos::Aux | Upos::Sconj | Upos::Pron) || s.means(m, Meaning::SpeechVerb)
        };
        let start = (k.saturating_sub(12)..k - 2)
            .rev()
            .take_while(|&m| (s.is_word(m) || matches!(s.word(m), "'" | "’" | "-")) && !clause(m))
            .filter(|&m| s.tokens[m].shape.is(Shape::CAPITALISED) && s.means(m, Meaning::OrgKeyword))
            .last();
        if let Some(m) = start {
            let name = Span::new(s.tokens[m].span.start, s.tokens[k - 3].span.end);
            push_organisation(text, name, &hits, &mut consumed, out);
        }
    }

    // Gazetteer matches, with areas around places ("Aleppo province", "northern Syria") and
    // capitals that stand for their state ("sponsored by Moscow").
    for (k, &(hit, entry)) in hits.iter().enumerate() {
        if consumed[k] {
            continue;
        }
        let e = GAZETTEER.entry(entry);
        let (first, last) = (token_at(hit.start), token_ending(hit.end));
        let (Some(first), Some(last)) = (first, last) else {
            continue;
        };
        // A demonym inside a capitalised name that is not a title ("Syrian Observatory") was
        // consumed above; lone upper-case demonyms at a sentence start are still groups.
        if e.entity_type == EntityType::Gpe {
            if last + 1 < n && s.means(last + 1, Meaning::LocKeyword) {
                let area = Span::new(hit.start, s.tokens[last + 1].span.end);
                out.push(Candidate {
                    span: area,
                    entity_type: Some(EntityType::Loc),
                    key: Key::Name(area.of(text).to_string()),
                    words: vec![],
                    role: None,
                    speaks: false,
                    tagged: false,
                });
            }
            if first > 0 && s.means(first - 1, Meaning::Direction) {
                let area = Span::new(s.tokens[first - 1].span.start, hit.end);
                let name = format!("{} {}", s.lower(first - 1), hit.of(text));
                out.push(Candidate {
                    span: area,
                    entity_type: Some(EntityType::Loc),
                    key: Key::Name(name),
                    words: vec![],
                    role: None,
                    speaks: false,
                    tagged: false,
                });
            }
            // A town has no parts of that kind: "l'Est de Goma" is east of it.
            let town = matches!(e.kind, Kind::City { .. });
            if let Some(d) = direction_of(s, first).filter(|_| !town) {
                push_direction_area(s, d, hit.end, first_candidate, out);
            }
        }
        if matches!(e.entity_type, EntityType::Gpe | EntityType::Loc) && feature_before(s, first, last + 1, w) {
            out.push(feature_candidate(s, first, hit, false));
            continue;
        }
        let mut c = hit_candidate(text, hit, entry);
        if let Kind::City { country, capital: true } = &e.kind {
            let by_agent = first > 0 && s.means(first - 1, Meaning::AgentMarker);
            let acts = last + 1 < n && s.means(last + 1, Meaning::StateVerb);
            if by_agent || acts {
                if let Some(state) = GAZETTEER.country(country) {
                    c.key = Key::Entry(state);
                }
            }
        }
        out.push(c);
    }

    // Groups named by common nouns: "rebels", "jihadistes".
    for k in 0..n {
        let inside_name = hits.iter().any(|&(h, _)| h.contains(s.tokens[k].span))
            || out[first..].iter().any(|c| c.span.contains(s.tokens[k].span));
        if s.means(k, Meaning::GroupNoun) && !inside_name {
            let word = s.lower(k);
            let stem = word.strip_suffix('s').unwrap_or(word).to_string();
            out.push(Candidate {
                span: s.tokens[k].span,
                entity_type: Some(EntityType::Norp),
                key: Key::Name(stem),
                words: vec![word.to_string()],
                role: None,
                speaks: false,
                tagged: false,
            });
        }
    }
}

/// An organisation a rule read whole (`name`): the gazetteer's names inside it are its words,
/// not names of their own.
fn push_organisation(text: &str, name: Span, hits: &[(Span, usize)], consumed: &mut [bool], out: &mut Vec<Candidate>) {
    for (h, &(hit, _)) in hits.iter().enumerate() {
        if name.contains(hit) {
            consumed[h] = true;
        }
    }
    out.push(Candidate {
        span: name,
        entity_type: Some(EntityType::Org),
        key: Key::Name(name.of(text).to_string()),
        words: name.of(text).split_whitespace().map(str::to_string).collect(),
        role: None,
        speaks: false,
        tagged: false,
    });
}

/// "l'Est de l'Afghanistan", "le Nord du Mali", "the East of England": the part of a place
/// named by a capitalised direction, from token `direction` to byte `end`. The direction alone,
/// which the tagger may have read as a place of its own, is no name.
fn push_direction_area(s: &Sentence<'_>, direction: usize, end: usize, first: usize, out: &mut Vec<Candidate>) {
    let alone = s.tokens[direction].span;
    let mut k = first;
    while k < out.len() {
        if out[k].span == alone {
            out.remove(k);
        } else {
            k += 1;
        }
    }
    let area = Span::new(alone.start, end);
    let name = area.of(s.text);
    out.push(Candidate {
        span: area,
        entity_type: Some(EntityType::Loc),
        key: Key::Name(name.to_string()),
        words: name.split_whitespace().map(str::to_string).collect(),
        role: None,
        speaks: false,
        tagged: true,
    });
}

/// The capitalised direction that names a part of the place starting at token `place`,
/// through "of" and an article ("l'Est de l'Afghanistan", "le Nord du Mali"), after its own
/// article: "North of Kabul, fighters…" says where from the place, not a part of it.
fn direction_of(s: &Sentence<'_>, place: usize) -> Option<usize> {
    let mut k = place.checked_sub(1)?;
    if s.means(k, Meaning::DefiniteArticle) {
        k = k.checked_sub(1)?;
    }
    if !s.means(k, Meaning::Of) {
        return None;
    }
    let d = k.checked_sub(1)?;
    // "l'Amérique du Nord du Nouveau-Mexique…": a direction after "of" ends a name of its own.
    let ends_a_name = d > 0 && s.means(d - 1, Meaning::Of);
    let after_article = d > 0 && s.means(d - 1, Meaning::DefiniteArticle);
    (s.means(d, Meaning::Direction) && s.tokens[d].shape.is(Shape::CAPITALISED) && !ends_a_name && after_article)
        .then_some(d)
}

/// The entity tags of a sentence's tokens, with two kinds of names the tagger can miss put back:
/// - a capitalised run around an organisation keyword is an organisation ("Syrian
///   Observatory", "Coordination for Displaced Persons"), joining a name it runs into;
/// - capitals joined to an organisation's name by a connector are part of it ("Coordination for
///   Displaced Persons");
/// - capitalised proper nouns just before a person's name are part of it ("Centrist Nicusor Dan"),
///   but not the sentence's first word, capitalised whatever it is.
fn mended_tags(s: &Sentence<'_>, w: &Words<'_>) -> Vec<EntityTag> {
    let n = s.tokens.len();
    let mut tags: Vec<EntityTag> = s.tokens.iter().map(|t| t.entity_tag).collect();
    // In a sentence set in capitals (a headline, a results table) capitals say nothing.
    let words = s.tokens.iter().filter(|t| t.is_word()).count();
    let shouting = s.tokens.iter().filter(|t| t.shape.is(Shape::ALL_CAPS)).count() * 2 > words;
    let capital = |k: usize| {
        s.is_word(k)
            && s.tokens[k].shape.is(Shape::CAPITALISED)
            && !shouting
            && ![Meaning::Title, Meaning::Month, Meaning::Weekday].iter().any(|&m| s.means(k, m))
    };
    let connector = |k: usize| {
        k + 1 < n && s.means(k, Meaning::NameConnector) && !s.means(k, Meaning::Conjunction) && capital(k + 1)
    };
    // "NIAMEY (AFP) - Huit villageois…", "- Deux Français…": a number word opening a name is
    // no part of it, though capitalised where the dateline leaves it inside its sentence.
    for k in 0..n {
        if !(tags[k].begins() && s.means(k, Meaning::NumberWord)) {
            continue;
        }
        let opening = tags[k];
        let alone = tags.get(k + 1).is_none_or(|t| t.kind() != opening.kind() || t.begins());
        // Inside a longer name only right after a dateline's dash: "One Day International".
        let after_dash = k > 0 && matches!(s.word(k - 1), "-" | "–" | "—");
        if !alone && !after_dash {
            continue;
        }
        tags[k] = EntityTag::O;
        if let Some(next) = tags.get_mut(k + 1).filter(|t| t.kind() == opening.kind() && !t.begins()) {
            *next = opening;
        }
    }
    // "le Premier ministre Jean Ndayisaba": the capital opening a title of several words,
    // the rest in lower case, is the title's, not a name of its own. Where the tagger ran
    // the title into the name after it ("la Première ministre Claire Dubreuil"), that name
    // is a person's.
    for k in 0..n {
        let len = w.vocabulary.match_at(s.tokens, s.lower, k, Meaning::Title);
        let rest_lower = len > 1 && (k + 1..k + len).all(|j| !s.tokens[j].shape.is(Shape::CAPITALISED));
        if !(rest_lower && tags[k].begins()) {
            continue;
        }
        let run = 1 + (k + 1..n).take_while(|&j| tags[j].kind() == tags[k].kind() && !tags[j].begins()).count();
        if run == 1 || run == len {
            for tag in &mut tags[k..k + run] {
                *tag = EntityTag::O;
            }
        } else if run > len && s.tokens[k + len].shape.is(Shape::CAPITALISED) {
            for tag in &mut tags[k..k + len] {
                *tag = EntityTag::O;
            }
            tags[k + len] = EntityTag::BeginPerson;
            for tag in &mut tags[k + len + 1..k + run] {
                *tag = EntityTag::InPerson;
            }
        }
    }
    // An abbreviated title and its dot ("Maj. Gen. Haider al-Obaidi", "M. Durand") is no name
    // of its own, and the capitalised name right after it is a person's.
    for k in 0..n.saturating_sub(1) {
        if !(s.means(k, Meaning::Title) && s.means(k, Meaning::Abbreviation) && s.word(k + 1) == ".") {
            continue;
        }
        tags[k] = EntityTag::O;
        let name = k + 2;
        if name < n && s.tokens[name].shape.is(Shape::CAPITALISED) && !s.means(name, Meaning::Title) {
            let run = 1 + (name + 1..n).take_while(|&j| tags[j].kind().is_some() && !tags[j].begins()).count();
            tags[name] = EntityTag::BeginPerson;
            for tag in &mut tags[name + 1..name + run] {
                *tag = EntityTag::InPerson;
            }
        }
    }
    // "Fatima sèche ses larmes", "In the village, Ahmed counted the graves": a common first
    // name standing alone right before a verb is the person doing it, whatever the tagger
    // read it as, unless the gazetteer knows the word as a name of its own ("Jordan said").
    for k in 0..n.saturating_sub(1) {
        // The tagger may have read the verb as the name's second word.
        let verb_after = s.verb_at(k + 1);
        let name_ends_at = |j: usize| tags.get(j).is_none_or(|t| t.kind().is_none());
        let alone_in_name = match tags[k].kind() {
            None => true,
            Some(NameKind::Loc | NameKind::Misc) => {
                tags[k].begins() && (name_ends_at(k + 1) || verb_after && !tags[k + 1].begins() && name_ends_at(k + 2))
            }
            Some(_) => false,
        };
        let starts_run = k == 0 || !(capital(k - 1) || tags[k - 1].kind().is_some());
        if alone_in_name
            && starts_run
            && verb_after
            && capital(k)
            && s.tokens[k].pos == Upos::Propn
            && !s.means(k, Meaning::Title)
            && is_first_name_worldwide(s.word(k))
            && GAZETTEER.lookup(s.word(k)).is_none()
        {
            tags[k] = EntityTag::BeginPerson;
            tags[k + 1] = EntityTag::O;
        }
    }
    // "l'hôpital Kivuli", "l'agence officielle Rahimi": one word the tagger read as a person's
    // name, right after a lower-case noun of an institution (and its adjectives) and with no
    // role before, names the institution.
    for k in 1..n {
        let lone_person = tags[k] == EntityTag::BeginPerson && tags.get(k + 1).is_none_or(|t| t.kind().is_none());
        if !lone_person {
            continue;
        }
        // Adjectives may stand between ("l'agence officielle Rahimi"), two at most.
        let noun = (k.saturating_sub(3)..k)
            .rev()
            .find(|&j| s.tokens[j].pos != Upos::Adj || s.tokens[j].shape.is(Shape::CAPITALISED));
        let institution =
            noun.is_some_and(|j| s.means(j, Meaning::OrgKeyword) && !s.tokens[j].shape.is(Shape::CAPITALISED));
        let role_before = (k.saturating_sub(6)..k).any(|r| s.means(r, Meaning::Title) || s.means(r, Meaning::RoleNoun));
        // Not the subject of a clause after the noun ("told the court Ahmed had planned it",
        // "the party Ahmed founded").
        let verb_after = s.tokens.get(k + 1).is_some_and(|t| matches!(t.pos, Upos::Verb | Upos::Aux));
        if institution && !role_before && !verb_after && capital(k) {
            tags[k] = EntityTag::BeginOrg;
        }
    }
    // "le gouverneur de la province du Sankuru Rémy Lukusa": after a role, a place's or a
    // region's noun and "of", a run the tagger read as one name is the place up to a first
    // name with more after it, and the person holding the role from there.
    let place_noun = |k: usize| {
        let noun = s.lower(k);
        s.is_word(k)
            && !s.tokens[k].shape.is(Shape::CAPITALISED)
            && (w.lexicon.names.place_nouns.contains(&noun) || w.lexicon.events.region_nouns.contains(&noun))
    };
    for (k, end, kind) in name_runs(&tags) {
        // Only after a role's complement: "the town of Santa Maria Tecoh" is one place.
        let after_noun = k >= 2
            && s.means(k - 1, Meaning::Of)
            && place_noun(k - 2)
            && (k.saturating_sub(6)..k - 2).any(|r| s.means(r, Meaning::Title) || s.means(r, Meaning::RoleNoun));
        if after_noun && end - k >= 3 && kind != NameKind::Misc {
            if let Some(first) = (k + 1..end - 1).find(|&j| capital(j) && is_first_name_worldwide(s.word(j))) {
                tags[k] = EntityTag::BeginLoc;
                tags[k + 1..first].fill(EntityTag::InLoc);
                tags[first] = EntityTag::BeginPerson;
                tags[first + 1..end].fill(EntityTag::InPerson);
            }
        }
    }
    // "le chef de l'État Paul Okoro", "the Minister of Defence Ali
    // Musa": right after a title's complement, a run the tagger read as one organisation or
    // place is the complement up to a first name with more after it, and the person from there.
    for (k, end, kind) in name_runs(&tags) {
        let of = (1..=2).find(|&d| k > d && s.means(k - d, Meaning::Of));
        let complement = of.is_some_and(|d| {
            (d == 1 || matches!(s.tokens[k - 1].pos, Upos::Det)) && s.means(k - d - 1, Meaning::Title)
        });
        if !complement || end - k < 3 || matches!(kind, NameKind::Person | NameKind::Misc) {
            continue;
        }
        // A first name known; or, after a one-word complement, two capitalised words no
        // gazetteer knows ("la République Paul Okoro", not "la République
        // Centrafricaine").
        let known_first = (k + 1..end - 1).find(|&j| capital(j) && is_first_name_worldwide(s.word(j)));
        // Followed by what a person's name is, not an organisation's bracketed acronym: a
        // verb, a comma or the sentence's end.
        let then_acts = s
            .tokens
            .get(end)
            .is_none_or(|t| matches!(t.pos, Upos::Verb | Upos::Aux) || matches!(s.lower(end), "," | "."));
        let unknown_pair = (end - k == 3
            && then_acts
            && (k + 1..end).all(|j| {
                capital(j) && GAZETTEER.lookup(s.word(j)).is_none() && s.is_word(j) && !s.means(j, Meaning::OrgKeyword)
            }))
        .then_some(k + 1);
        if let Some(first) = known_first.or(unknown_pair) {
            tags[first] = EntityTag::BeginPerson;
            tags[first + 1..end].fill(EntityTag::InPerson);
        }
    }
    // "St. Maarten", "Mt. Kenya": a place's abbreviated first word, its dot and the capitals after.
    for k in 0..n.saturating_sub(2) {
        let opens_place = tags[k] == EntityTag::BeginLoc
            && s.means(k, Meaning::Abbreviation)
            && !s.means(k, Meaning::Title)
            && s.word(k + 1) == ".";
        if opens_place && capital(k + 2) {
            let mut j = k + 1;
            while j < n && (j == k + 1 || capital(j)) {
                tags[j] = EntityTag::InLoc;
                j += 1;
            }
        }
    }
    let free = |tags: &[EntityTag], k: usize| tags[k] == EntityTag::O;
    let mut i = 0;
    while i < n {
        // A keyword the tagger left out, or read alone as some other name ("Commission").
        let alone =
            free(&tags, i) || tags[i] == EntityTag::BeginMisc && (i + 1 == n || tags[i + 1] != EntityTag::InMisc);
        let keyword = alone && capital(i) && s.means(i, Meaning::OrgKeyword);
        if !keyword {
            i += 1;
            continue;
        }
        let mut a = i;
        // Leftwards over free capitals, a nationality ("Syrian"), and connectors between
        // capitals; and over a place's or a person's name right before the keyword, which
        // names the organisation ("Northern Islands" + "Police").
        loop {
            if a > 0 && capital(a - 1) && (free(&tags, a - 1) || tags[a - 1] == EntityTag::BeginMisc) {
                a -= 1;
            } else if a > 1 && connector(a - 1) && capital(a - 2) && free(&tags, a - 2) {
                a -= 2;
            } else if a == i
                && a > 0
                && capital(a - 1)
                && matches!(tags[a - 1].kind(), Some(NameKind::Loc | NameKind::Person))
            {
                a -= 1;
                while a > 0 && !tags[a].begins() && tags[a - 1].kind().is_some() {
                    a -= 1;
                }
            } else {
                break;
            }
        }
        let mut b = i + 1;
        // Rightwards over capitals and connectors, into an organisation the tagger found.
        loop {
            if b < n && capital(b) && (free(&tags, b) || tags[b].kind() == Some(NameKind::Org)) {
                b += 1;
            } else if b + 1 < n && connector(b) && (free(&tags, b + 1) || tags[b + 1].kind() == Some(NameKind::Org)) {
                b += 2;
            } else {
                break;
            }
        }
        // One capitalised keyword alone ("Ministry") is no name.
        if b - a >= 2 {
            tags[a] = EntityTag::BeginOrg;
            tags[a + 1..b].fill(EntityTag::InOrg);
        }
        i = b;
    }
    // "le ministère de la Santé", "the ministry of Health": a lower-case organisation's noun,
    // "of" and a determiner, then capitals (with the adjectives after a one-word run:
    // "ministère des Affaires étrangères") name the organisation from the noun on.
    for k in 0..n {
        let lower_keyword = s.is_word(k)
            && !s.tokens[k].shape.is(Shape::CAPITALISED)
            && w.lexicon.names.institution_nouns.contains(&s.lower(k))
            && free(&tags, k);
        if !lower_keyword || k + 2 >= n || !s.means(k + 1, Meaning::Of) {
            continue;
        }
        let mut a = k + 2;
        if a < n && s.tokens[a].pos == Upos::Det && !s.tokens[a].shape.is(Shape::CAPITALISED) {
            a += 1;
        }
        let mut b = a;
        while b < n && capital(b) && (free(&tags, b) || tags[b].kind().is_some()) && !s.means(b, Meaning::Month) {
            b += 1;
        }
        if b == a {
            continue;
        }
        if b == a + 1 {
            while b < n && s.tokens[b].pos == Upos::Adj && !s.tokens[b].shape.is(Shape::CAPITALISED) {
                b += 1;
            }
        }
        tags[k] = EntityTag::BeginOrg;
        tags[k + 1..b].fill(EntityTag::InOrg);
    }
    // "the town of Saut-d'Eau": capitals the tagger left after a settlement's noun and "of"
    // name the settlement.
    for k in 0..n.saturating_sub(2) {
        let settlement = s.is_word(k)
            && !s.tokens[k].shape.is(Shape::CAPITALISED)
            && w.lexicon.names.place_nouns.contains(&s.lower(k))
            && s.means(k + 1, Meaning::Of);
        if !settlement || !capital(k + 2) || !free(&tags, k + 2) {
            continue;
        }
        let mut b = k + 3;
        while b < n && capital(b) && free(&tags, b) {
            b += 1;
        }
        tags[k + 2] = EntityTag::BeginLoc;
        tags[k + 3..b].fill(EntityTag::InLoc);
    }
    // "Coordination for" + "Displaced Persons": capitals joined to an organisation by a connector.
    for i in 2..n {
        // Not from the sentence's first word ("Shares of" + "Douglas & Lomason Co").
        if tags[i] == EntityTag::BeginOrg && i > 2 && connector(i - 1) && capital(i - 2) && free(&tags, i - 2) {
            let mut a = i - 2;
            while a > 1 && capital(a - 1) && free(&tags, a - 1) {
                a -= 1;
            }
            tags[a] = EntityTag::BeginOrg;
            tags[a + 1..=i].fill(EntityTag::InOrg);
        }
    }
    // "High" + "Commission": free capitals inside the sentence right before an organisation
    // are part of its name.
    for i in 2..n {
        if tags[i] == EntityTag::BeginOrg && capital(i - 1) && free(&tags, i - 1) {
            let mut a = i - 1;
            while a > 1 && capital(a - 1) && free(&tags, a - 1) {
                a -= 1;
            }
            tags[a] = EntityTag::BeginOrg;
            tags[a + 1..=i].fill(EntityTag::InOrg);
        }
    }
    // "High Commission" + "for Displaced People": capitals joined to the end of an
    // organisation by a connector (a capitalised participle the tagger left out of the name,
    // or read as a person's name though it opens with no first name).
    let joinable = |tags: &[EntityTag], k: usize| {
        free(tags, k) || matches!(tags[k], EntityTag::BeginPerson | EntityTag::BeginMisc) && !is_first_name(s.word(k))
    };
    let mut i = 1;
    while i + 2 < n {
        let org_ends = tags[i].kind() == Some(NameKind::Org) && tags[i + 1].kind() != Some(NameKind::Org);
        if org_ends && connector(i + 1) && joinable(&tags, i + 2) {
            let mut b = i + 3;
            while b < n && capital(b) && (free(&tags, b) || tags[b].kind().is_some() && !tags[b].begins()) {
                b += 1;
            }
            tags[i + 1..b].fill(EntityTag::InOrg);
            i = b;
        } else {
            i += 1;
        }
    }
    for i in 1..n {
        if tags[i] == EntityTag::BeginPerson {
            let mut a = i;
            // Not over the sentence's first word, capitalised whatever it is.
            // Names only: no title, office, weekday or initialism ("CEO Stephen Frater", "Friday
            // Mitchell", "Secretary of State John Kornblum").
            let given_name = |k: usize| {
                let t = &s.tokens[k];
                t.pos == Upos::Propn
                    && s.word(k).chars().count() > 1
                    && !t.shape.is(Shape::ALL_CAPS)
                    && ![Meaning::Month, Meaning::Weekday, Meaning::RoleNoun, Meaning::OrgKeyword, Meaning::LocKeyword]
                        .iter()
                        .any(|&m| t.means(m))
            };
            while a > 1 && capital(a - 1) && free(&tags, a - 1) && given_name(a - 1) {
                a -= 1;
            }
            if a < i {
                tags[a] = EntityTag::BeginPerson;
                tags[a + 1..=i].fill(EntityTag::InPerson);
            }
        }
    }
    tags
}

/// Whether token `k` is a noun of a storm ("cyclone", "ouragan").
fn storm_word(s: &Sentence<'_>, w: &Words<'_>, k: usize) -> bool {
    s.means(k, Meaning::EventTrigger)
        && lang::value_in(w.lexicon.events.triggers, s.lower, s.tokens[k].span)
            == Some(crate::model::SubEventType::Storm)
}

/// The runs of tags that make one name each, as `(first token, end, kind)`.
fn name_runs(tags: &[EntityTag]) -> Vec<(usize, usize, NameKind)> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        let Some(kind) = tags[i].kind() else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < tags.len() && !tags[j].begins() && tags[j].kind() == Some(kind) {
            j += 1;
        }
        runs.push((i, j, kind));
        i = j;
    }
    runs
}

/// The names the entity tagger found in a sentence, as `(first token, end, kind)`, mended
/// where the rules know better:
/// - name particles join the parts of a person's name ("Mohammed bin Salman", "Ursula von der
///   Leyen"), and "of", "for", "de" join the parts of an organisation's ("Coordination for
///   Displaced Persons");
/// - proper nouns at the end of a name that runs into a person's belong to the person
///   ("Centrist Nicusor" + "Dan");
/// - a lone compound adjective ("UK-based", but not "Bar-sur-Seine"), common acronym ("NGO"),
///   month, weekday or group noun is not a name.
fn tagged_names(s: &Sentence<'_>, w: &Words<'_>) -> Vec<(usize, usize, NameKind)> {
    let tags = mended_tags(s, w);
    let mut names: Vec<(usize, usize, NameKind)> = Vec::new();
    for (i, j, kind) in name_runs(&tags) {
        let joined = names.last().and_then(|&(a, b, previous)| {
            let between = b..i;
            let particles = between.clone().all(|k| s.means(k, Meaning::NameParticle));
            let connectors = between.clone().all(|k| {
                (s.means(k, Meaning::NameConnector) || s.means(k, Meaning::NameParticle))
                    && !s.means(k, Meaning::Conjunction)
            });
            // A capital alone before a full stop is an initial ("Mary-Jo K. Lindqvist").
            let initial = |k: usize| {
                let w = s.word(k);
                w.chars().count() == 1 && w.chars().all(char::is_uppercase) && s.word(k + 1) == "."
            };
            match () {
                _ if between.len() > 2 => None,
                // "Mary-Jo" + "K." + "Lindqvist", "George W." + "Bush": a middle initial inside one
                // person's name.
                _ if (between.len() == 2 && initial(b) || between.len() == 1 && s.word(b) == "." && initial(b - 1))
                    && (previous == NameKind::Person || kind == NameKind::Person) =>
                {
                    Some((a, NameKind::Person))
                }
                // "St" + "." + "Maarten": an abbreviated word opening a place's name.
                _ if between.len() == 1
                    && s.word(b) == "."
                    && b - a == 1
                    && s.means(a, Meaning::Abbreviation)
                    && !s.means(a, Meaning::Title)
                    && previous == NameKind::Loc =>
                {
                    Some((a, NameKind::Loc))
                }
                // "Abu" + "Mohammed al-Jolani": one person split in two.
                _ if between.is_empty() => (kind == NameKind::Person && previous == kind).then_some((a, kind)),
                // "Mohammed" + "bin" + "Salman": a particle between a person's name and more of it
                // (not an acronym: "James Wolfe-Murray le CIGS").
                // Into a name of another kind only across particles that are not prepositions of
                // the sentence ("Paula Buratti at Indosuez").
                _ if !between.is_empty()
                    && particles
                    && previous == NameKind::Person
                    && !s.tokens[i].shape.is(Shape::ALL_CAPS)
                    && (kind == NameKind::Person
                        || between
                            .clone()
                            .all(|k| !matches!(s.tokens[k].pos, Upos::Adp | Upos::Sconj | Upos::Det))) =>
                {
                    Some((a, NameKind::Person))
                }
                // "Ministry" + "of" + "Defence": one connector between two parts of one organisation.
                _ if between.len() == 1 && connectors && previous == NameKind::Org && kind == NameKind::Org => {
                    Some((a, NameKind::Org))
                }
                _ => None,
            }
        });
        match joined {
            Some((a, kind)) => {
                if let Some(last) = names.last_mut() {
                    *last = (a, j, kind);
                }
            }
            None => {
                // "Centrist Nicusor" + "Dan": the first names go to the person.
                if let Some(last) = names.last_mut().filter(|l| l.1 == i && kind == NameKind::Person) {
                    let mut first = i;
                    while first > last.0 + 1 && s.tokens[first - 1].pos == Upos::Propn {
                        first -= 1;
                    }
                    if first < i {
                        last.1 = first;
                        names.push((first, j, kind));
                        continue;
                    }
                }
                names.push((i, j, kind));
            }
        }
    }
    // Function words on the edges are not part of a name ("Selon l'" in "Selon l'OSDH"); a
    // capitalised article inside one is ("Le Monde").
    let function_word = |k: usize, edge_of_sentence: bool| {
        let pos = s.tokens[k].pos;
        let lower_case = !s.tokens[k].shape.is(Shape::CAPITALISED);
        let grammatical = matches!(pos, Upos::Adp | Upos::Sconj | Upos::Cconj | Upos::Pron | Upos::Aux | Upos::Punct);
        grammatical && (lower_case || edge_of_sentence) || pos == Upos::Det && lower_case
    };
    for name in &mut names {
        while name.0 + 1 < name.1 && function_word(name.0, name.0 == 0) {
            name.0 += 1;
        }
        while name.1 > name.0 + 1 && function_word(name.1 - 1, false) && s.tokens[name.1 - 1].pos != Upos::Punct {
            name.1 -= 1;
        }
    }
    // "ONG" + "Handicap International": a common acronym opening a longer name is a noun
    // before it.
    for name in &mut names {
        if name.1 - name.0 >= 2 && GENERIC.contains(s.word(name.0)) {
            name.0 += 1;
        }
    }
    // "Christmas Eve", "jour de l'An": a holiday is a time, not a name.
    let may_hold_holiday = !names.is_empty()
        && s.tokens.iter().any(|t| t.means(Meaning::Holiday) || t.phrase_starts.has(Meaning::Holiday));
    let holidays: Vec<(usize, usize)> = (0..s.tokens.len())
        .filter(|_| may_hold_holiday)
        .filter_map(|k| match w.vocabulary.match_at(s.tokens, s.lower, k, Meaning::Holiday) {
            0 => None,
            len => Some((k, k + len)),
        })
        .collect();
    names.retain(|&(a, b, _)| !holidays.iter().any(|&(from, to)| from <= a && b <= to));
    // A name has a capital or a digit somewhere: the tagger's "préfecture" is not one.
    names.retain(|&(a, b, _)| (a..b).any(|k| s.word(k).chars().any(|c| c.is_uppercase() || c.is_ascii_digit())));
    names.retain(|&(a, b, _)| {
        if b - a != 1 || !s.is_word(a) {
            return true;
        }
        let (token, word) = (&s.tokens[a], s.word(a));
        let compound_adjective = token.shape.is(Shape::HYPHENATED)
            && !is_particle_name(word)
            // "Saut-d'Eau" ends on a capital after its elided article.
            && word.rsplit_once('-').is_some_and(|(_, last)| {
                let last = last.rsplit_once(['\'', '’']).map_or(last, |(_, rest)| rest);
                last.chars().next().is_some_and(char::is_lowercase)
            });
        !(compound_adjective
            || GENERIC.contains(word)
            || token.means(Meaning::Month)
            || token.means(Meaning::Weekday)
            || token.means(Meaning::GroupNoun))
    });
    places_listed_with_their_noun(s, w, &mut names);
    names
}

/// "the Kadori, Tsami and Barku villages", "les localités de Kadori, Tsami et Barku": names
/// listed before a place's or a region's noun in lower case, or after it and "of", are
/// places, each of them. Names the tagger read as persons or organisations only: a people's
/// or a faith's stays its adjective ("Christian and Muslim villages"). A name alone before
/// such a noun keeps its type ("the Harris camp", "the Extinction Rebellion camp").
fn places_listed_with_their_noun(s: &Sentence<'_>, w: &Words<'_>, names: &mut [(usize, usize, NameKind)]) {
    let n = s.tokens.len();
    let place_noun = |k: usize| {
        if k >= n || s.tokens[k].shape.is(Shape::CAPITALISED) {
            return false;
        }
        let word = s.lower(k);
        let singular = word.strip_suffix(['s', 'x']).unwrap_or(word);
        [word, singular]
            .iter()
            .any(|form| w.lexicon.names.place_nouns.contains(form) || w.lexicon.events.region_nouns.contains(form))
    };
    // Two names of one list: only commas and conjunctions between them.
    let listed = |a: &(usize, usize, NameKind), b: &(usize, usize, NameKind)| {
        (1..=2).contains(&(b.0 - a.1)) && (a.1..b.0).all(|k| s.word(k) == "," || s.means(k, Meaning::Conjunction))
    };
    let place = |name: &mut (usize, usize, NameKind)| {
        if matches!(name.2, NameKind::Person | NameKind::Org) {
            name.2 = NameKind::Loc;
        }
    };
    for i in 0..names.len() {
        if place_noun(names[i].1) {
            let mut first = i;
            while first > 0 && listed(&names[first - 1], &names[first]) {
                first -= 1;
            }
            if first < i {
                names[first..=i].iter_mut().for_each(place);
            }
        }
        let a = names[i].0;
        if a >= 2 && s.means(a - 1, Meaning::Of) && place_noun(a - 2) {
            let mut j = i;
            place(&mut names[j]);
            while j + 1 < names.len() && listed(&names[j], &names[j + 1]) {
                j += 1;
                place(&mut names[j]);
            }
        }
    }
}

/// The title just before token `start`, as a range of tokens: "Syrian President", "army
/// spokesman", "Gen." (an empty range when there is none).
fn title_before(s: &Sentence<'_>, start: usize, w: &Words<'_>, hits: &[(Span, usize)]) -> (usize, usize) {
    // An abbreviated title's dot: "Gen. Lee".
    let mut to = if start > 0 && s.word(start - 1) == "." { start - 1 } else { start };
    // "l'amiral italien Fabio Moretti": a lower-case adjective after the title.
    let adjective = to > 1
        && s.tokens[to - 1].pos == Upos::Adj
        && !s.tokens[to - 1].shape.is(Shape::CAPITALISED)
        && w.vocabulary.match_before(s.tokens, s.lower, to - 1, Meaning::Title) > 0;
    if adjective {
        to -= 1;
    }
    let mut from = to;
    loop {
        match w.vocabulary.match_before(s.tokens, s.lower, from, Meaning::Title) {
            0 => break,
            len => from -= len,
        }
        // Abbreviated titles in a row: "Maj. Gen.", "Lt. Col.".
        let dot = from.checked_sub(1).filter(|&d| s.word(d) == ".");
        if let Some(d) = dot.filter(|&d| w.vocabulary.match_before(s.tokens, s.lower, d, Meaning::Title) > 0) {
            from = d;
        }
    }
    if from == to {
        return (start, start);
    }
    // "Syrian President", "Army spokesman": a nationality or a capitalised word before the title.
    if from > 0 && s.is_word(from - 1) {
        let demonym = hits.iter().find(|&&(h, e)| {
            h.end == s.tokens[from - 1].span.end && matches!(GAZETTEER.entry(e).kind, Kind::Demonym(_))
        });
        if let Some(&(h, _)) = demonym {
            from = s.tokens[..from].partition_point(|t| t.span.start < h.start);
        } else if s.tokens[from - 1].shape.is(Shape::CAPITALISED)
            && matches!(s.tokens[from - 1].entity_tag.kind(), None | Some(NameKind::Misc))
        {
            from -= 1;
        }
    }
    (from, start)
}

/// Number of tokens from `i` that form a title ("prime minister", "gen").
fn title_at(s: &Sentence<'_>, i: usize, end: usize, w: &Words<'_>) -> usize {
    let mut best = 0;
    let mut phrase = String::new();
    for k in i..end.min(i + 4) {
        if !s.is_word(k) {
            break;
        }
        if k > i {
            phrase.push(' ');
        }
        phrase.push_str(s.lower(k));
        if w.lexicon.names.titles.contains(&phrase.as_str()) {
            best = k - i + 1;
        }
    }
    // A title must be followed by a name.
    if best > 0 && i + best < end {
        best
    } else {
        0
    }
}

fn credit_candidates(doc: &Document<'_>, out: &mut Vec<Candidate>) {
    let text = doc.text();
    if let Some(d) = doc.layout.dateline {
        let place = title_case(d.place.of(text));
        out.push(match GAZETTEER.lookup(&place) {
            Some(entry) => Candidate { words: vec![place], ..hit_candidate(text, d.place, entry) },
            None => Candidate {
                span: d.place,
                entity_type: Some(EntityType::Gpe),
                key: Key::Name(place.clone()),
                words: vec![place],
                role: None,
                speaks: false,
                tagged: false,
            },
        });
        if let Some(entry) = d.agency.and_then(|a| GAZETTEER.lookup(a.of(text).trim())) {
            out.push(hit_candidate(text, d.agency.unwrap(), entry));
        }
    }
    for credit in &doc.layout.credits {
        let mut offset = credit.span.start;
        for part in credit.span.of(text).split(['/', ',']) {
            let trimmed = part.trim();
            let start = offset + (part.len() - part.trim_start().len());
            offset += part.len() + 1;
            if trimmed.is_empty() {
                continue;
            }
            let span = Span::new(start, start + trimmed.len());
            let surface = trimmed.trim_start_matches('©').trim();
            match GAZETTEER.lookup(surface) {
                Some(entry) => out.push(hit_candidate(text, span, entry)),
                None if credit.photographer.as_deref().is_some_and(|p| p.eq_ignore_ascii_case(surface)) => {
                    let name = title_case(surface);
                    out.push(Candidate {
                        span,
                        entity_type: Some(EntityType::Person),
                        key: Key::Name(name.clone()),
                        words: name.split_whitespace().map(str::to_string).collect(),
                        role: None,
                        speaks: false,
                        tagged: false,
                    })
                }
                None => out.push(Candidate {
                    span,
                    entity_type: Some(EntityType::Org),
                    key: Key::Name(surface.to_string()),
                    words: vec![surface.to_string()],
                    role: None,
                    speaks: false,
                    tagged: false,
                }),
            }
        }
    }
}

/// "l'État de Katsina" … "Katsina": a region's name opened by its noun and the place named
/// alone are one entity, the place's, with the region's name as an alias. ("Kebbi state"
/// holds "Kebbi" as a place of its own already.)
fn merge_region_names(entities: &mut Vec<Entity>, lexicon: &Lexicon) {
    let is_place = |e: &Entity| matches!(e.entity_type, EntityType::Loc | EntityType::Gpe);
    let by_name: FxHashMap<String, usize> =
        entities.iter().enumerate().filter(|(_, e)| is_place(e)).map(|(i, e)| (e.name.clone(), i)).collect();
    let mut merged = vec![false; entities.len()];
    for i in 0..entities.len() {
        if !is_place(&entities[i]) {
            continue;
        }
        let Some(&j) = introduced_by_region_noun(&entities[i].name, lexicon).and_then(|p| by_name.get(&p)) else {
            continue;
        };
        if j == i || merged[j] {
            continue;
        }
        let region = std::mem::take(&mut entities[i].mentions);
        let name = entities[i].name.clone();
        let place = &mut entities[j];
        place.mentions.extend(region);
        sort::sort(&mut place.mentions);
        place.aliases.retain(|a| *a != name);
        place.aliases.push(name);
        merged[i] = true;
    }
    let mut keep = merged.iter().map(|m| !m);
    entities.retain(|_| keep.next().unwrap_or(true));
}

/// The name after a region noun and its "of" that open `name` ("État de Kebbi" →
/// "Kebbi", "Région d'Agadez" → "Agadez"), if it is capitalised.
fn introduced_by_region_noun(name: &str, lexicon: &Lexicon) -> Option<String> {
    let (noun, rest) = name.split_once(' ')?;
    if !lexicon.events.region_nouns.contains(&noun.to_lowercase().as_str()) {
        return None;
    }
    let of = lexicon.grammar.of.iter().filter(|o| rest.to_lowercase().starts_with(*o)).max_by_key(|o| o.len())?;
    let place = rest[of.len()..].trim_start();
    let elided = of.ends_with(['\'', '’']);
    let joined = elided || rest[of.len()..].starts_with(' ');
    (joined && place.starts_with(char::is_uppercase)).then(|| place.to_string())
}

/// The role in a phrase if its head (after a determiner) is a role noun.
fn role_phrase(phrase: &str, lexicon: &Lexicon) -> Option<String> {
    let phrase = phrase.trim();
    let mut words = phrase.split_whitespace();
    let mut first = words.next()?.to_lowercase();
    let mut start = 0;
    let opener = |l: &&Lexicon| {
        l.grammar.determiners.contains(&first.as_str()) || l.grammar.possessives.contains(&first.as_str())
    };
    if lang::LANGUAGES.iter().any(opener) {
        start = phrase.find(char::is_whitespace)? + 1;
        first = words.next()?.to_lowercase();
    }
    // An elided determiner glued to the head ("l'envoyé").
    if let Some((head, rest)) = first.split_once(['\'', '’']) {
        let elided =
            lang::LANGUAGES.iter().flat_map(|l| l.grammar.determiners).any(|d| d.strip_suffix('\'') == Some(head));
        if elided && !rest.is_empty() {
            start += first.len() - rest.len();
            first = rest.to_string();
        }
    }
    let is_role = |w: &str| lexicon.names.role_nouns.contains(&w);
    let head_ok = lexicon
        .names
        .role_nouns
        .iter()
        .any(|r| r.strip_prefix(first.as_str()).is_some_and(|rest| rest.is_empty() || rest.starts_with(' ')));
    // Or a few lower-case words that end with the role's noun, a head that comes last ("the
    // interior minister", "the district commissioner").
    let words: Vec<&str> = phrase[start..].split_whitespace().collect();
    let head_last = words.len() >= 2
        && words.len() <= MAX_MODIFIED_ROLE_WORDS
        && words.iter().all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
        && words.last().is_some_and(|w| is_role(w))
        && !words[..words.len() - 1].iter().any(|w| {
            is_role(w) || lang::LANGUAGES.iter().any(|l| l.grammar.determiners.contains(w)) || lang::is_of_word(w)
        });
    let head_ok = head_ok || head_last;
    // At most ten words up to a comma, which only a title's list of complements holds.
    let title_words = phrase.split(',').next().unwrap_or(phrase).split_whitespace().count();
    let short = title_words <= 10 && phrase.split_whitespace().count() <= MAX_ROLE_WORDS;
    (head_ok && short && phrase.len() > 2).then(|| phrase[start..].trim().to_string())
}

/// Whether an age stands in apposition right after a name: "Tarwa, a 37-year-old farmer",
/// "Ahmed, 32, said", "Awa, 19 ans, a raconté".
fn aged_after(text: &str, name: Span, lexicon: &Lexicon) -> bool {
    let Some(after) = text[name.end..].strip_prefix(", ") else { return false };
    let mut words = after.split_whitespace();
    let first = words.next().unwrap_or("");
    let articled = lexicon.grammar.indefinite_articles.contains(&first.to_lowercase().as_str());
    let word = if articled { words.next().unwrap_or("") } else { first };
    let lower = word.to_lowercase();
    if lexicon.casualties.age_endings.iter().any(|e| lower.trim_end_matches(',').ends_with(e)) {
        return true;
    }
    // A bare number of years, then a comma or a word for years.
    let digits = first.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &first[digits..];
    (1..=3).contains(&digits)
        && (rest == ","
            || rest.is_empty()
                && words.next().is_some_and(|u| lexicon.casualties.age_units.contains(&u.trim_end_matches(','))))
}

/// Whether a role stands in apposition right after a name ("X, director of the OSDH,").
fn role_phrase_after(text: &str, name: Span, lexicon: &Lexicon) -> bool {
    text[name.end..].strip_prefix(", ").and_then(|after| role_up_to_a_break(after, lexicon)).is_some()
}

/// The role that `after` opens with, up to the next comma, stop, bracket or quotation mark.
fn role_up_to_a_break(after: &str, lexicon: &Lexicon) -> Option<String> {
    let end = after.find([',', '.', ';', ':', '(', '\n', '"', '“', '”', '«', '»']).unwrap_or(after.len());
    role_phrase(&after[..end], lexicon)
}

/// A name's span widened over the title written before it and that title's determiner ("le
/// général Jean Dupont"), when the title is `role`.
fn with_title_before(text: &str, name: Span, role: Option<&str>, lexicon: &Lexicon) -> Span {
    let Some(role) = role else { return name };
    let before = text[..name.start].trim_end();
    let Some(at) = before.len().checked_sub(role.len()).filter(|&at| before.is_char_boundary(at)) else { return name };
    if before[at..].to_lowercase() != role.to_lowercase() {
        return name;
    }
    let head = before[..at].trim_end();
    let word = head.rfind(char::is_whitespace).map_or(0, |i| i + 1);
    let determiner = lexicon.grammar.determiners.contains(&head[word..].to_lowercase().as_str());
    Span::new(if determiner { word } else { at }, name.end)
}

/// Roles in apposition: "X, director of the OSDH," and "le porte-parole du ministère, X".
fn apposition_role(text: &str, name: Span, lexicon: &Lexicon) -> Option<String> {
    let mut before = &text[..name.start];
    // "la ministre des Sports, Mme X": a title of courtesy between the comma and the name.
    let trimmed = before.trim_end();
    let word_start = trimmed.char_indices().rev().find(|(_, c)| c.is_whitespace()).map_or(0, |(i, c)| i + c.len_utf8());
    let word = before[word_start..].trim_end().trim_end_matches('.').to_lowercase();
    if lexicon.names.courtesy_titles.contains(&word.as_str()) {
        before = &before[..word_start];
    }
    if let Some(head) = before.strip_suffix(", ") {
        let breaks = [',', '.', ';', ':', '(', '\n', '"', '“', '”', '«', '»'];
        let start_after = |i: usize| i + head[i..].chars().next().map_or(1, char::len_utf8);
        let mut from = head.rfind(breaks).map_or(0, start_after);
        let last_segment = from;
        // "la ministre de la Famille, de l'Enfance et des Sports, X": a title's list of
        // complements, each opened by "of", goes on across its commas.
        let opens_with_of = |piece: &str| {
            let first = piece.trim_start().split([' ', '\'', '’']).next().unwrap_or("").to_lowercase();
            lexicon.grammar.of.iter().any(|of| of.trim_end_matches(['\'', '’']) == first)
        };
        for _ in 0..MAX_LISTED_COMPLEMENTS {
            if !head[..from].ends_with(',') || !opens_with_of(&head[from..]) {
                break;
            }
            from = head[..from - 1].rfind(breaks).map_or(0, start_after);
        }
        // The role may follow the verb it is the subject of: "a annoncé le ministre de la
        // Défense, X"; its phrase is at most ten words, so only the last ten are tried.
        let piece = &head[from..];
        // With a list of complements, the title stands before its first comma.
        let title_end = if from < last_segment { piece.find(',').unwrap_or(piece.len()) } else { piece.len() };
        let starts: Vec<usize> = std::iter::once(0)
            .chain(piece.match_indices(char::is_whitespace).map(|(i, w)| i + w.len()))
            .filter(|&i| i < title_end && !piece[i..].starts_with(char::is_whitespace))
            .collect();
        let tried = &starts[starts.len().saturating_sub(10)..];
        if let Some(role) = tried.iter().find_map(|&i| role_phrase(&piece[i..], lexicon)) {
            return Some(role);
        }
    }
    let after = &text[name.end..];
    let after = after.strip_prefix(", ").or_else(|| after.strip_prefix(" , "))?;
    role_up_to_a_break(after, lexicon)
}

/// The most words of a role with its listed complements.
const MAX_ROLE_WORDS: usize = 24;

/// The most words of a role whose noun comes last ("deputy interior minister").
const MAX_MODIFIED_ROLE_WORDS: usize = 3;

/// The most complements of a title listed with commas ("de la Famille, de l'Enfance").
const MAX_LISTED_COMPLEMENTS: usize = 4;

/// The most words of an organisation's name whose short forms are looked for.
const MAX_SHORT_FORM_WORDS: usize = 8;

/// The organisations whose names hold a word: one, or several.
enum Owner {
    One(Key),
    Many,
}

/// Records that the name keyed `key` has `word`: its one owner, or many.
fn own(owners: &mut FxHashMap<String, Owner>, word: &str, key: &Key) {
    owners
        .entry(word.to_string())
        .and_modify(|owner| {
            if matches!(owner, Owner::One(k) if k != key) {
                *owner = Owner::Many;
            }
        })
        .or_insert_with(|| Owner::One(key.clone()));
}

fn cluster(doc: &Document<'_>, mut candidates: Vec<Candidate>) -> Vec<Entity> {
    let text = doc.text();
    let lexicon = lang::lexicon(doc.language);
    // Defined acronyms: "Full Name (ACR)".
    let mut alias_of: FxHashMap<Key, Key> = FxHashMap::default();
    // The longest multi-word candidate ending at each position.
    let mut ending_at: FxHashMap<usize, &Candidate> = FxHashMap::default();
    for a in candidates.iter().filter(|a| a.words.len() >= 2) {
        let slot = ending_at.entry(a.span.end).or_insert(a);
        if a.span.len() > slot.span.len() {
            *slot = a;
        }
    }
    for b in &candidates {
        let defined = b.words.len() == 1 && is_acronym(&b.words[0]) && text[b.span.end..].starts_with([')', ',', ';']);
        let before = text[..b.span.start].strip_suffix('(').map(str::trim_end);
        let (true, Some(before)) = (defined, before) else {
            continue;
        };
        if let Some(a) = ending_at.get(&before.len()) {
            alias_of.insert(b.key.clone(), a.key.clone());
        }
    }
    for c in candidates.iter_mut() {
        if let Some(k) = alias_of.get(&c.key) {
            c.key = k.clone();
        }
        // "- Le ministère de la Santé a indiqué": an article the model took into a body's
        // name before a common noun is no part of it (not "Le Monde").
        let article =
            c.words.first().is_some_and(|w| lexicon.grammar.definite_singulars.contains(&w.to_lowercase().as_str()));
        let common = c.words.get(1).is_some_and(|w| w.starts_with(char::is_lowercase));
        if c.entity_type == Some(EntityType::Org) && matches!(c.key, Key::Name(_)) && article && common {
            let second = text[c.span.start..c.span.end]
                .char_indices()
                .skip_while(|&(_, ch)| !ch.is_whitespace() && ch != '\'' && ch != '’')
                .find(|&(_, ch)| ch.is_alphanumeric())
                .map(|(i, _)| c.span.start + i);
            if let Some(start) = second {
                c.span = Span::new(start, c.span.end);
                c.words.remove(0);
                c.key = Key::Name(c.words.join(" "));
            }
        }
    }
    // Full names known in this document, to resolve short forms and surnames: every proper
    // prefix of an organisation's name, and every person's last name, mapped to its key.
    // Only names of up to MAX_SHORT_FORM_WORDS words are shortened: a longer capitalised run
    // is no organisation's name, and its prefixes would cost memory quadratic in its length.
    let mut org_prefixes: FxHashMap<Vec<String>, Key> = FxHashMap::default();
    let mut org_words: FxHashMap<String, Owner> = FxHashMap::default();
    let mut surnames: FxHashMap<String, Key> = FxHashMap::default();
    let mut compound_surnames: FxHashMap<String, Key> = FxHashMap::default();
    // Persons' first names, for those called by it alone ("Budi said", "Maria told us").
    let mut given_names: FxHashMap<String, Owner> = FxHashMap::default();
    for c in &candidates {
        if c.entity_type == Some(EntityType::Org) && (2..=MAX_SHORT_FORM_WORDS).contains(&c.words.len()) {
            let full: Vec<String> = match &c.key {
                Key::Entry(e) => GAZETTEER.entry(*e).canonical.split_whitespace().map(str::to_string).collect(),
                Key::Name(_) => c.words.clone(),
            };
            for n in 1..full.len() {
                org_prefixes.entry(full[..n].to_vec()).or_insert_with(|| c.key.clone());
            }
            for word in &full {
                own(&mut org_words, word, &c.key);
            }
        }
        if c.entity_type == Some(EntityType::Person) && c.words.len() >= 2 {
            if let Some(last) = c.words.last() {
                surnames.entry(without_particle(last).to_string()).or_insert_with(|| c.key.clone());
            }
            if let Some(first) = c.words.first() {
                own(&mut given_names, first, &c.key);
            }
            // "Maria Lopez Garcia", later "Ms Lopez Garcia": a surname of two words.
            if c.words.len() >= 3 {
                let compound = c.words[c.words.len() - 2..].join(" ");
                compound_surnames.entry(compound).or_insert_with(|| c.key.clone());
            }
        }
    }
    for c in candidates.iter_mut() {
        let Key::Name(_) = &c.key else { continue };
        if c.entity_type == Some(EntityType::Org) && !c.words.is_empty() {
            // "Syrian Observatory" is "Syrian Observatory for Human Rights".
            if let Some(k) = org_prefixes.get(&c.words).filter(|k| **k != c.key) {
                c.key = k.clone();
            } else if c.words.len() == 1 && !is_acronym(&c.words[0]) {
                // "the Observatory", "Forces": the one organisation whose name has that word, if
                // there is exactly one; a lone capitalised common noun otherwise.
                match org_words.get(c.words[0].as_str()) {
                    Some(Owner::One(only)) if *only != c.key => c.key = only.clone(),
                    _ if !c.tagged => c.entity_type = None,
                    _ => {}
                }
            }
        }
        // A surname the tagger read as an organisation ("Ullah said") is the person, when no
        // organisation of the page has that word and it is no acronym.
        let org_surname = c.entity_type == Some(EntityType::Org)
            && c.words.len() == 1
            && !is_acronym(&c.words[0])
            && !org_words.contains_key(c.words[0].as_str());
        if (matches!(c.entity_type, None | Some(EntityType::Person)) || org_surname) && c.words.len() == 1 {
            if let Some(k) = surnames.get(without_particle(&c.words[0])).filter(|k| **k != c.key) {
                c.key = k.clone();
                c.entity_type = Some(EntityType::Person);
            }
        }
        // "Budi Santoso Wirawan … Budi said": the one person of the page whose first name it
        // is, when it is no one's surname; read as a place, only when it speaks ("…, dit
        // Fatou"), since a place may share its first word with a name the tagger took for a
        // person's.
        // Not one with a title of its own ("le pape François").
        let lone = c.words.len() == 1 && matches!(c.key, Key::Name(_)) && c.role.is_none();
        let typed = match c.entity_type {
            None | Some(EntityType::Person | EntityType::Misc) => true,
            Some(EntityType::Gpe | EntityType::Loc) => c.speaks,
            _ => false,
        };
        if lone && typed && !surnames.contains_key(without_particle(&c.words[0])) {
            if let Some(Owner::One(k)) = given_names.get(c.words[0].as_str()) {
                if *k != c.key {
                    c.key = k.clone();
                    c.entity_type = Some(EntityType::Person);
                }
            }
        }
        if c.entity_type == Some(EntityType::Person) && c.words.len() == 2 {
            if let Some(k) = compound_surnames.get(&c.words.join(" ")).filter(|k| **k != c.key) {
                c.key = k.clone();
            }
        }
    }
    // A lone word that only clustering could type: a person when it speaks, else dropped.
    candidates.retain_mut(|c| {
        if c.entity_type.is_none() && c.speaks {
            c.entity_type = Some(EntityType::Person);
        }
        c.entity_type.is_some()
    });

    let mut order: Vec<Key> = Vec::new();
    let mut groups: FxHashMap<Key, Vec<Candidate>> = FxHashMap::default();
    for c in candidates {
        if !groups.contains_key(&c.key) {
            order.push(c.key.clone());
        }
        groups.entry(c.key.clone()).or_default().push(c);
    }
    let mut entities = Vec::new();
    for key in order {
        let members = &groups[&key];
        let (entity_type, name, kind) = match &key {
            Key::Entry(e) => {
                let entry = GAZETTEER.entry(*e);
                (entry.entity_type, entry.canonical.to_string(), Some(entry.kind))
            }
            Key::Name(n) => {
                let t = members.iter().find_map(|c| c.entity_type).unwrap_or(EntityType::Org);
                // The first of the fullest forms.
                let longest = members
                    .iter()
                    .fold(None::<&Candidate>, |best, c| match best {
                        Some(b) if b.words.len() >= c.words.len() => Some(b),
                        _ => Some(c),
                    })
                    .map(|c| c.span.of(text));
                let name = match (t, longest) {
                    (EntityType::Person, Some(l)) => title_case(l),
                    (EntityType::Norp, _) => members
                        .iter()
                        .map(|c| c.span.of(text).to_lowercase())
                        .max_by_key(|w| w.len())
                        .unwrap_or_else(|| n.clone()),
                    (_, Some(l)) => l.to_string(),
                    _ => n.clone(),
                };
                (t, name, None)
            }
        };
        let mut mentions: Vec<Span> = members.iter().map(|c| c.span).collect();
        // Longest first among mentions that start together, so containers come first.
        sort::sort_by(&mut mentions, |a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        mentions.dedup();
        // "Réseau" inside "Réseau des médecins soudanais" is not a second mention.
        let mut furthest_end = 0;
        mentions.retain(|m| {
            let contained = m.end <= furthest_end;
            furthest_end = furthest_end.max(m.end);
            !contained
        });
        sort::sort(&mut mentions);
        let kept: FxHashSet<Span> = mentions.iter().copied().collect();
        let members: Vec<&Candidate> = members.iter().filter(|c| kept.contains(&c.span)).collect();
        let mut aliases: Vec<String> = Vec::new();
        let mut roles: Vec<String> = Vec::new();
        for c in members {
            let surface = c.span.of(text).to_string();
            let is_name = surface == name || title_case(&surface) == name || entity_type == EntityType::Norp;
            if !is_name && !aliases.contains(&surface) && entity_type != EntityType::Person {
                aliases.push(surface);
            }
            // A title before the name, and a role in apposition around the name and its title
            // ("the defence minister, General Jane Doe"): both are the person's.
            let apposed = (entity_type == EntityType::Person)
                .then(|| apposition_role(text, with_title_before(text, c.span, c.role.as_deref(), lexicon), lexicon))
                .flatten();
            for r in c.role.iter().chain(apposed.iter()) {
                if !roles.contains(r) {
                    roles.push(r.clone());
                }
            }
        }
        // "l'État de Kebbi": the place a capitalised region noun introduces goes by its name too.
        if let Some(place) = (matches!(entity_type, EntityType::Loc | EntityType::Gpe))
            .then(|| introduced_by_region_noun(&name, lexicon))
            .flatten()
            .filter(|p| !aliases.iter().any(|a| a == p))
        {
            aliases.push(place);
        }
        entities.push(Entity { id: EntityId::new(0), entity_type, name, aliases, roles, mentions, kind });
    }
    merge_region_names(&mut entities, lexicon);
    sort::sort_by_key(&mut entities, |e| e.mentions[0]);
    for (i, e) in entities.iter_mut().enumerate() {
        e.id = EntityId::new(i);
    }
    link_regime(doc, &mut entities);
    entities
}

/// "the regime of President X", "X's regime", "the X regime": every "the regime" of the article
/// then names X's rule, and is reported as a mention of X.
fn link_regime(doc: &Document<'_>, entities: &mut [Entity]) {
    // Person mentions by position, to find the person at a token by binary search.
    let mut people: Vec<(Span, usize)> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.entity_type == EntityType::Person)
        .flat_map(|(i, e)| e.mentions.iter().map(move |&m| (m, i)))
        .collect();
    sort::sort(&mut people);
    let person_at = |t: &Token| {
        let to = people.partition_point(|(m, _)| m.start <= t.span.start);
        people[..to].iter().rev().take(4).find(|(m, _)| m.contains(t.span)).map(|&(_, i)| i)
    };
    let mut regime_words = Vec::new();
    let mut ruler = None;
    for sentence in &doc.sentences {
        let tokens = doc.tokens_of(sentence);
        for (k, t) in tokens.iter().enumerate() {
            if !t.means(Meaning::RegimeNoun) {
                continue;
            }
            regime_words.push(t.span);
            if ruler.is_some() {
                continue;
            }
            // The person named within a few words after "regime of" / "régime de", or just before.
            let window_after = tokens
                .get(k + 1)
                .filter(|n| n.means(Meaning::Of))
                .and_then(|_| tokens.get(k + 2..(k + 7).min(tokens.len())));
            let window_before = tokens.get(k.saturating_sub(3)..k);
            ruler = [window_after, window_before].into_iter().flatten().flatten().find_map(person_at);
        }
    }
    if let (Some(i), Some(&first)) = (ruler, regime_words.first()) {
        let alias = doc.lower(first).to_string();
        let e = &mut entities[i];
        e.mentions.extend(regime_words);
        sort::sort(&mut e.mentions);
        e.mentions.dedup();
        if !e.aliases.contains(&alias) {
            e.aliases.push(alias);
        }
    }
}

/// Whether the place named at `mention` is one a border faces, not where things happened:
/// "near the border with Chad", "the border between Niger and Mali", "the Chad border",
/// « aux abords de la frontière du Tchad ».
pub fn across_a_border(doc: &Document<'_>, mention: Span) -> bool {
    let borders = lang::lexicon(doc.language).events.border_nouns;
    let border = |t: &Token| t.pos == Upos::Noun && borders.contains(&doc.lower(t.span));
    let k = doc.token_from(mention.start);
    let after = doc.token_from(mention.end);
    if doc.tokens.get(after).is_some_and(border) {
        return true;
    }
    // Back over a determiner, a conjunction and another place ("between Niger and"), to the
    // preposition after the border's noun.
    let place = |t: &Token| doc.overlaps_mention(t.span) && t.pos == Upos::Propn;
    let preposition = |t: &Token| t.pos == Upos::Adp || t.means(Meaning::Of);
    let skipped = |t: &Token| !preposition(t) && (matches!(t.pos, Upos::Det | Upos::Cconj) || place(t));
    let mut j = k;
    while j > 0 && k - j < BORDER_LOOKBACK_TOKENS && skipped(&doc.tokens[j - 1]) {
        j -= 1;
    }
    j >= 2 && preposition(&doc.tokens[j - 1]) && border(&doc.tokens[j - 2])
}

/// The most tokens between a border's preposition and the place it faces ("between the
/// Central African Republic and").
const BORDER_LOOKBACK_TOKENS: usize = 8;

/// The country code of a place entity, when the gazetteer knows it, or knows the country its
/// name holds ("eastern Congo", "le nord du Mali").
pub fn country_code(doc: &Document<'_>, e: EntityId) -> Option<&'static str> {
    let entity = doc.entity(e);
    match entity.kind {
        Some(Kind::Country(c)) | Some(Kind::City { country: c, .. }) | Some(Kind::Demonym(c)) => Some(c),
        Some(_) => None,
        // An area: the country named inside it ("l'Est de la République démocratique du
        // Congo" is in that Congo, not the one its last word names), else one of its words.
        None => {
            let inside = entity.mentions.first().and_then(|&m| {
                doc.mentions_in(m).find_map(|(_, inner)| match doc.entity(inner).kind {
                    Some(Kind::Country(c)) if inner != e => Some(c),
                    _ => None,
                })
            });
            inside.or_else(|| {
                entity.name.split_whitespace().find_map(|w| {
                    match GAZETTEER.lookup(w).map(|i| GAZETTEER.entry(i).kind) {
                        Some(Kind::Country(c)) => Some(c),
                        _ => None,
                    }
                })
            })
        }
    }
}
