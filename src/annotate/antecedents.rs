//! What the pronouns and the phrases such as "this source" that speak stand for, when the
//! quotes and claims gave them no entity: the nearest phrase before them that spoke, or that
//! is the subject of a verb of speech, and agrees with them in number ("Un policier … a
//! confirmé l'attaque. « Il était trop tard », a-t-il dit").
//!
//! find: the phrases that spoke; resolve: each anaphor's nearest one; merge: the anaphor
//! takes its entity, or its words as the antecedent.

use crate::annotate::attributions::passive_cue;
use crate::annotate::casualties::names_an_age;
use crate::annotate::quotes::quote_around;
use crate::annotate::sources::{
    entity_in, is_impersonal_inversion, kind_of, phrase_after, reads_as_noun_phrase, record_issuers, speech_verbs,
    stands_for_a_body, subject_before,
};
use crate::document::Document;
use crate::lang::{self, Epithet};
use crate::model::{EntityId, EntityType, Kind, Meaning, Shape, SourceKind, Span, Token, Upos, Zone};
use crate::tokens::whole_word;

/// How many sentences back an antecedent may be.
const MAX_SENTENCES_BACK: usize = 3;

/// How many sentences back the entity an epithet names again may be: a report keeps the
/// ones it is about in mind longer than a pronoun's antecedent.
const EPITHET_SENTENCES_BACK: usize = 6;

/// How many sentences back a person described by kin or age ("the 42-year-old") is looked
/// for.
const DESCRIBED_SENTENCES_BACK: usize = 2;

/// How many sentences back the phrase that spoke last may be for an epithet to name its
/// entity again ("The committee said … . The group said").
const NAMED_AGAIN_SENTENCES: usize = 2;

/// How many sentences back the person a title names again may be ("the police director"):
/// a title is rarer than an epithet, and a long quote may stand between.
const TITLE_SENTENCES_BACK: usize = 12;

/// A phrase that spoke: its words, its entity, whether it is singular, and its sentence.
#[derive(Debug, Clone, Copy)]
struct Speaking {
    span: Span,
    entity: Option<EntityId>,
    singular: bool,
    sentence: usize,
}

/// Gives the quotes' speakers and the claims' sources that are pronouns or anaphoric phrases
/// with no entity what they stand for.
pub fn resolve(doc: &mut Document<'_>) {
    // Epithets first: a pronoun may stand for a phrase that names someone again ("According
    // to the official, … . « … », he said").
    resolve_epithets(doc);
    // Most pages have none: the phrases that spoke are looked for only where one is. A
    // pronoun given the nearest person named is looked at again: someone described who
    // spoke since stands nearer ("…, a déclaré un étudiant. « … », a-t-il ajouté").
    let unresolved = |span: Span, entity: Option<EntityId>| {
        anaphor(doc, span).is_some_and(|number| entity.is_none() || number == Some(true))
    };
    // A quote's speaker is looked for back from where the quote opens: a quote of several
    // sentences may stand between ("Le chauffeur a indiqué… « … . … . … », a-t-il expliqué").
    let speakers = doc
        .quotes
        .iter()
        .filter_map(|q| q.speaker.as_ref().map(|s| (s.span, s.entity, q.span.start.min(s.span.start))));
    let sources = doc.attributions.iter().flat_map(|a| &a.sources).map(|s| (s.span, s.entity, s.span.start));
    let at: Vec<usize> = speakers
        .chain(sources)
        .filter(|&(span, entity, _)| unresolved(span, entity))
        .map(|(_, _, from)| doc.sentence_index(from))
        .collect();
    if at.is_empty() {
        return;
    }
    let speaking = find(doc, &at);
    let antecedent_of = |doc: &Document<'_>, span: Span, entity: Option<EntityId>, from: usize| -> Option<Speaking> {
        let number = anaphor(doc, span)?;
        let body = for_a_body(doc, span);
        // "…, ajoute le communiqué": who spoke in a sentence naming that record, if anyone did.
        let record = the_record(doc, span).then(|| doc.tokens_in(span).last().map(|t| doc.lower(t.span))).flatten();
        let names_record = |c: &Speaking| {
            record
                .is_none_or(|word| doc.tokens_of(&doc.sentences[c.sentence]).iter().any(|t| doc.lower(t.span) == word))
        };
        let issuer = record.is_some() && speaking.iter().any(|c| c.span.end <= span.start && names_record(c));
        let sentence = doc.sentence_index(from);
        let found = speaking
            .iter()
            .rev()
            .filter(|c| c.span.end <= span.start)
            .take_while(|c| sentence - c.sentence.min(sentence) <= MAX_SENTENCES_BACK)
            .find(|c| {
                let person = c.entity.is_some_and(|e| doc.entity(e).entity_type == EntityType::Person)
                    || c.entity.is_none() && is_person_like(doc, c.span);
                // "it" stands for a body that spoke in its sentence or the one before.
                let near = !body || sentence - c.sentence.min(sentence) <= 1;
                // A pronoun no one was found for stands for no one ("…, a-t-il déclaré" read as
                // a phrase with no entity): those before it are looked at.
                let inverted = lang::lexicon(doc.language)
                    .hooks
                    .inverted_pronoun
                    .is_some_and(|read| read(c.span.of(doc.text())).is_some_and(|i| !i.impersonal));
                let unresolved_anaphor = c.entity.is_none() && (anaphor(doc, c.span).is_some() || inverted);
                // "The committee said … They said": a body named in the singular may be spoken
                // of in the plural, in its sentence or the one after.
                let a_body = !person && c.entity.is_none_or(|e| doc.entity(e).entity_type == EntityType::Org);
                let collective = number == Some(false) && a_body && sentence - c.sentence.min(sentence) <= 1;
                (number.is_none_or(|singular| c.singular == singular) || collective)
                    && (!issuer || names_record(c))
                    && !(body && person)
                    && near
                    && !unresolved_anaphor
            })
            .copied()?;
        // A person's pronoun stands for the person, not for the place that person's words
        // name ("le gouverneur de la province de Kandi … a-t-il ajouté").
        let place = |e: EntityId| matches!(doc.entity(e).entity_type, EntityType::Gpe | EntityType::Loc);
        let found = if !body && found.entity.is_some_and(place) { Speaking { entity: None, ..found } } else { found };
        match entity {
            None => Some(found),
            Some(person) if found.entity == Some(person) => None,
            // Already given a person: only one described, with no name, who spoke after that
            // person was last named (or who spoke, when the name is further back than the
            // pronoun reaches), stands nearer.
            Some(person) => {
                let named_at = doc
                    .mentions_before(span.start)
                    .take(super::quotes::PRONOUN_REACH)
                    .find(|&(_, e)| e == person)
                    .map(|(m, _)| m.end);
                // Headed by a common noun: "un étudiant de l'école de Kessa" is no
                // school.
                let head =
                    doc.tokens_in(found.span).iter().find(|t| matches!(t.pos, Upos::Noun | Upos::Propn)).map(|t| t.pos);
                // Not an office ("the governor") when the person named before holds one: it
                // names that person again.
                let office = kind_of(doc, found.span, None) == SourceKind::Government;
                let holds_office = !doc.entity(person).roles.is_empty();
                let described =
                    head == Some(Upos::Noun) && is_person_like(doc, found.span) && !(office && holds_office);
                // "…, a déclaré le ministère. « … », a-t-il ajouté": where a pronoun may stand
                // for a body too, the body that spoke in this sentence or the one before stands
                // nearer than a person named before it who never spoke.
                let either = lang::lexicon(doc.language).speech.organisation_pronouns.contains(&doc.lower(span));
                let a_body = found.entity.map_or(!is_person_like(doc, found.span), |e| {
                    matches!(doc.entity(e).entity_type, EntityType::Org | EntityType::Gpe)
                });
                let person_spoke = speaking.iter().any(|c| c.entity == Some(person) && c.span.end <= span.start);
                let body_spoke = either
                    && a_body
                    && !person_spoke
                    && sentence - found.sentence.min(sentence) <= 1
                    && named_at.is_none_or(|at| found.span.start >= at);
                if body_spoke {
                    return Some(found);
                }
                // "…, selon Serge Dumas, opposant à Paul Biya. « … », a-t-il regretté": a person
                // named who spoke in this sentence or the one before stands nearer than one only
                // named since in the words that describe the speaker, who never spoke.
                let in_description = named_at.is_some_and(|at| {
                    at > found.span.end
                        && doc.sentence_index(at) == found.sentence
                        && !doc.tokens_in(Span::new(found.span.end, at)).iter().any(|t| t.pos == Upos::Aux)
                        && speech_verbs(doc, Span::new(found.span.end, at)).next().is_none()
                });
                let named_spoke = found.entity.is_some_and(|e| doc.entity(e).entity_type == EntityType::Person)
                    && !person_spoke
                    && in_description
                    && sentence - found.sentence.min(sentence) <= 1;
                if named_spoke {
                    return Some(found);
                }
                (described && named_at.is_none_or(|at| found.span.start >= at))
                    .then_some(Speaking { entity: None, ..found })
            }
        }
    };
    let speakers: Vec<Option<Speaking>> = doc
        .quotes
        .iter()
        .map(|q| q.speaker.as_ref().and_then(|s| antecedent_of(doc, s.span, s.entity, q.span.start.min(s.span.start))))
        .collect();
    let sources: Vec<Vec<Option<Speaking>>> = doc
        .attributions
        .iter()
        .map(|a| a.sources.iter().map(|s| antecedent_of(doc, s.span, s.entity, s.span.start)).collect())
        .collect();
    for (q, found) in doc.quotes.iter_mut().zip(speakers) {
        if let (Some(speaker), Some(found)) = (q.speaker.as_mut(), found) {
            speaker.entity = found.entity;
            speaker.named = found.entity.is_some();
            speaker.antecedent = found.entity.is_none().then_some(found.span);
        }
    }
    for (a, found) in doc.attributions.iter_mut().zip(sources) {
        for (source, found) in a.sources.iter_mut().zip(found) {
            if let Some(found) = found {
                source.entity = found.entity;
                source.antecedent = found.entity.is_none().then_some(found.span);
            }
        }
    }
}

/// Gives the speakers and sources named by an epithet and no entity ("selon cette
/// société", "l'élu a fait savoir") the entity the epithet names again.
fn resolve_epithets(doc: &mut Document<'_>) {
    let unnamed = |entity: Option<EntityId>, antecedent: Option<Span>| entity.is_none() && antecedent.is_none();
    // Every phrase that spoke, in text order: (span, quote or attribution, source), and the
    // entity of each phrase already named; an epithet may name again the one an epithet just
    // before named ("The committee said … The group said").
    let mut phrases: Vec<(Span, usize, Option<usize>, bool)> = Vec::new();
    for (i, q) in doc.quotes.iter().enumerate() {
        if let Some(s) = &q.speaker {
            phrases.push((s.span, i, None, unnamed(s.entity, s.antecedent)));
        }
    }
    for (i, a) in doc.attributions.iter().enumerate() {
        for (j, s) in a.sources.iter().enumerate() {
            phrases.push((s.span, i, Some(j), unnamed(s.entity, s.antecedent)));
        }
    }
    phrases.sort_by_key(|p| (p.0.start, p.0.end));
    let mut named: Vec<(Span, EntityId)> = Vec::new();
    let mut found: Vec<(usize, Option<usize>, EntityId)> = Vec::new();
    for &(span, i, j, open) in &phrases {
        let entity = if open {
            epithet_entity(doc, span, &named)
        } else {
            match j {
                None => doc.quotes[i].speaker.as_ref().and_then(|s| s.entity),
                Some(j) => doc.attributions[i].sources[j].entity,
            }
        };
        if let Some(e) = entity {
            if named.last().is_none_or(|&(last, _)| last != span) {
                named.push((span, e));
            }
            if open {
                found.push((i, j, e));
            }
        }
    }
    for (i, j, e) in found {
        match j {
            None => {
                if let Some(speaker) = doc.quotes[i].speaker.as_mut() {
                    speaker.entity = Some(e);
                    speaker.named = true;
                }
            }
            Some(j) => doc.attributions[i].sources[j].entity = Some(e),
        }
    }
}

/// The entity a phrase names again by an epithet: a determiner, adjectives, the epithet
/// and adjectives ("la puissante formation islamiste", "this company"), standing for the
/// most mentioned entity of the epithet's class named before it within
/// [`EPITHET_SENTENCES_BACK`] sentences, the nearest of them: a person with a political office
/// for "the politician", an organisation with a party's word in its name for "the party",
/// with a company's word for "the company", and one that is no government, army, outlet or
/// company for "the group". None for any other phrase ("the company's lawyer", "un groupe de
/// manifestants", "the group, made up of mothers").
fn epithet_entity(doc: &Document<'_>, span: Span, named: &[(Span, EntityId)]) -> Option<EntityId> {
    let lexicon = lang::lexicon(doc.language);
    let speech = &lexicon.speech;
    let tokens = doc.tokens_in(span);
    let (first, rest) = tokens.split_first()?;
    // A definite or demonstrative determiner: "a company" names a new one.
    let indefinite = lexicon.grammar.indefinite_articles.contains(&doc.lower(first.span));
    if first.pos != Upos::Det || indefinite {
        return None;
    }
    let adjectives = rest.iter().take_while(|t| t.pos == Upos::Adj).count();
    // "the 42-year-old": an age alone may stand for the noun.
    let head = match rest.get(adjectives) {
        Some(head) => head,
        None => rest.last().filter(|t| names_an_age(doc, t))?,
    };
    let adjectives = adjectives.min(rest.len() - 1);
    let words = &doc.lower[head.span.start..span.end];
    let epithet = speech
        .epithets
        .iter()
        .filter(|(e, _)| words.starts_with(e) && whole_word(words, 0, e.len()))
        .max_by_key(|(e, _)| e.len())
        .map(|&(e, class)| (e.len(), class));
    let epithet = epithet.or(names_an_age(doc, head).then_some((head.span.len(), Epithet::Described)));
    // Only after the definite article: "his mother" is someone else's.
    let definite = lexicon.grammar.definite_singulars.contains(&doc.lower(first.span));
    if epithet.is_some_and(|(_, class)| class == Epithet::Described) && !definite {
        return None;
    }
    // Or a person's office or trade, as the report gave it to someone named before ("John
    // Doe, the county coroner, … The coroner said").
    // A compound's last noun is its head ("the police director").
    let common = |t: &&Token| t.pos == Upos::Noun && !t.shape.is(Shape::CAPITALISED);
    let compound = rest[adjectives..].iter().take_while(common).count().max(1);
    let head = match epithet {
        Some(_) => head,
        None => &rest[adjectives + compound - 1],
    };
    let (end, class) = match epithet {
        Some((len, class)) => (head.span.start + len, Some(class)),
        None if common(&head) => (head.span.end, None),
        None => return None,
    };
    let role = doc.lower(head.span);
    // Adjectives after it, hyphenated ones too ("pro-iranienne").
    let text = doc.text();
    let joined = |t: &Token| text[..t.span.start].ends_with('-') || text[t.span.end..].starts_with('-');
    let qualified_after = rest
        .iter()
        .filter(|t| t.span.start >= end)
        .all(|t| matches!(t.pos, Upos::Adj | Upos::Punct | Upos::X) || joined(t));
    // "The group, made up of mothers, said": a description set off after it says who they are.
    let described = text[span.end..].trim_start().strip_prefix(',').is_some_and(|_| {
        doc.tokens_in(Span::new(span.end, text.len()))
            .iter()
            .find(|t| t.is_word())
            .is_some_and(|t| matches!(t.pos, Upos::Verb | Upos::Adj))
    });
    if !qualified_after || described {
        return None;
    }
    let name_has = |e: EntityId, list: &[&str]| {
        let entity = doc.entity(e);
        std::iter::once(entity.name.as_str())
            .chain(entity.aliases.iter().map(String::as_str))
            .any(|name| name.to_lowercase().split([' ', '-']).any(|w| list.contains(&w)))
    };
    // The head noun of the words set off after a mention: its last noun before a complement
    // ("John Doe, the county coroner,", "X, le préfet de la région,", "X, le président
    // tchadien,"); not "the opposition" for "the opposition leader".
    let apposition_head = |m: Span| {
        let after = text[m.end..].strip_prefix(", ")?;
        let end = after.find([',', '.', ';', '(', '"', '“', '«']).unwrap_or(after.len());
        let start = m.end + 2;
        let tokens = doc.tokens_in(Span::new(start, start + end));
        let before_complement = tokens.iter().skip(1).position(|t| t.pos == Upos::Adp).map_or(tokens.len(), |k| k + 1);
        let noun = tokens[..before_complement].iter().rev().find(|t| t.pos == Upos::Noun)?;
        Some((doc.lower(noun.span), &tokens[..before_complement]))
    };
    // Every word that qualifies the description is in the words set off: "the chief engineer"
    // is not "a senior engineer".
    let has_word =
        |phrase: &str, word: &str| phrase.match_indices(word).any(|(i, _)| whole_word(phrase, i, i + word.len()));
    let qualifiers: Vec<&str> = match class {
        Some(_) => &rest[..adjectives],
        None => &rest[..adjectives + compound - 1],
    }
    .iter()
    .map(|t| doc.lower(t.span))
    .collect();
    // The title written before a mention, in lower case ("Serbia's police director X").
    let title_before = |m: Span| {
        let before = doc.token_from(m.start);
        let from = doc.tokens[..before]
            .iter()
            .rposition(|t| !matches!(t.pos, Upos::Noun | Upos::Adj) || t.shape.is(Shape::CAPITALISED))
            .map_or(0, |k| k + 1);
        &doc.tokens[from..before]
    };
    // The title before a mention that the description repeats: its last noun is the head.
    let titled = |m: Span| {
        let words = title_before(m);
        words.iter().rev().find(|t| t.pos == Upos::Noun).is_some_and(|t| doc.lower(t.span) == role)
            && qualifiers.iter().all(|q| words.iter().any(|w| doc.lower(w.span) == *q))
    };
    let used_since = |m: Span| {
        doc.tokens_in(Span::new(m.end, span.start)).iter().any(|t| t.pos == Upos::Noun && doc.lower(t.span) == role)
    };
    let fits = |m: Span, e: EntityId| {
        let entity = doc.entity(e);
        // "The Kasai Youth Committee said … The committee said": a word of an
        // organisation's name of two words or more.
        let in_name = || {
            let name = entity.name.to_lowercase();
            let words = || name.split([' ', '-']);
            words().nth(1).is_some()
                && words().any(|w| w == role)
                && qualifiers.iter().all(|q| words().any(|w| w == *q))
        };
        let Some(class) = class else {
            return entity.entity_type == EntityType::Org && in_name()
                || entity.entity_type == EntityType::Person
                    && (apposition_head(m).is_some_and(|(head, words)| {
                        head == role && qualifiers.iter().all(|q| words.iter().any(|w| doc.lower(w.span) == *q))
                    }) || titled(m));
        };
        let holds = |titles: &[&str]| {
            entity.entity_type == EntityType::Person
                && entity.roles.iter().any(|role| {
                    let role = role.to_lowercase();
                    titles.iter().any(|t| has_word(&role, t))
                })
        };
        match class {
            // Only where the word was not used since of someone else ("a police officer
            // was hurt … the officer said").
            Epithet::Official | Epithet::Officer if used_since(m) => false,
            Epithet::Official => {
                entity.entity_type == EntityType::Person
                    && (!entity.roles.is_empty() || !title_before(m).is_empty() || apposition_head(m).is_some())
            }
            Epithet::Officer => {
                let ranked = |words: &str| speech.military_ranks.iter().any(|r| has_word(words, r));
                let title = title_before(m).iter().map(|t| doc.lower(t.span)).collect::<Vec<_>>().join(" ");
                holds(speech.military_ranks)
                    || entity.entity_type == EntityType::Person
                        && (ranked(&title) || apposition_head(m).is_some_and(|(head, _)| ranked(head)))
            }
            Epithet::Politician => holds(speech.political_titles),
            Epithet::HeadOfState => holds(speech.head_of_state_titles),
            Epithet::HeadOfGovernment => holds(speech.head_of_government_titles),
            Epithet::Described => entity.entity_type == EntityType::Person,
            Epithet::Party => entity.entity_type == EntityType::Org && name_has(e, speech.party_words),
            Epithet::Company => entity.entity_type == EntityType::Org && name_has(e, speech.company_words),
            Epithet::Group => {
                entity.entity_type == EntityType::Org
                    && kind_of(doc, m, Some(e)) == SourceKind::Other
                    && !name_has(e, speech.company_words)
                    && !name_has(e, speech.party_words)
            }
        }
    };
    let sentence = doc.sentence_index(span.start);
    // How many sentences before the epithet's a mention stands.
    let back = |m: Span| sentence - doc.sentence_index(m.start).min(sentence);
    // A name in the text, not in a caption.
    let told = |m: Span| doc.sentence_at(m.start).is_some_and(|s| s.zone != Zone::Caption);
    // The one a phrase that spoke just before named, if it fits: a report goes on about the
    // body it quoted last.
    let last_named =
        named.iter().rev().take_while(|(m, _)| back(*m) <= NAMED_AGAIN_SENTENCES).find(|(m, _)| m.end <= span.start);
    // A person described by kin or age is the one named last, close before: not whoever
    // spoke last, nor the one most named.
    if class == Some(Epithet::Described) {
        return doc
            .mentions_before(span.start)
            .take_while(|&(m, _)| back(m) <= DESCRIBED_SENTENCES_BACK)
            .find(|&(m, e)| told(m) && fits(m, e))
            .map(|(_, e)| e);
    }
    if let Some(&(_, e)) = last_named.filter(|&&(m, e)| class.is_some() && fits(m, e)) {
        return Some(e);
    }
    // The most mentioned of those named in the sentences before, then the nearest: a report
    // names again by an epithet the ones it is about.
    let mut best: Option<(usize, EntityId)> = None;
    for (m, e) in doc.mentions_before(span.start) {
        let reach = if class.is_none() { TITLE_SENTENCES_BACK } else { EPITHET_SENTENCES_BACK };
        if back(m) > reach {
            break;
        }
        let entity = doc.entity(e);
        // Not the outlet that reports it ("AFP", "told DPA"), nor a name in the page's
        // furniture (a dateline, a credit) or a caption.
        let outlet = matches!(entity.kind, Some(Kind::Agency | Kind::Media));
        if best.is_none_or(|(count, _)| entity.mentions.len() > count) && !outlet && told(m) && fits(m, e) {
            best = Some((entity.mentions.len(), e));
        }
    }
    best.map(|(_, e)| e)
}

/// The phrases that spoke, in text order: the speakers and sources already found that are no
/// anaphors, and the subjects of verbs of speech in the sentences up to an anaphor's (`at`,
/// their numbers).
fn find(doc: &Document<'_>, at: &[usize]) -> Vec<Speaking> {
    let mut out: Vec<Speaking> = Vec::new();
    let mut add = |doc: &Document<'_>, span: Span, entity: Option<EntityId>| {
        // "a-t-on ajouté": a verb whose pronoun names no one.
        if anaphor(doc, span).is_none() && !is_impersonal_inversion(doc, span) {
            // A place inside a description does not make it the place ("un étudiant de
            // l'école de Kessa").
            let entity = entity.or_else(|| {
                entity_in(doc, span)
                    .filter(|&e| !matches!(doc.entity(e).entity_type, EntityType::Gpe | EntityType::Loc))
            });
            out.push(Speaking {
                span,
                entity,
                singular: singular(doc, span),
                sentence: doc.sentence_index(span.start),
            });
        }
    };
    for q in &doc.quotes {
        if let Some(s) = &q.speaker {
            add(doc, s.span, s.entity);
        }
    }
    for a in &doc.attributions {
        for s in &a.sources {
            add(doc, s.span, s.entity);
        }
    }
    // The sentences up to an anaphor's, marked once.
    let mut near_anaphor = vec![false; doc.sentences.len()];
    for &a in at {
        let to = (a + 1).min(near_anaphor.len());
        let from = a.saturating_sub(MAX_SENTENCES_BACK).min(to);
        near_anaphor[from..to].fill(true);
    }
    let near = |i: usize| near_anaphor.get(i).copied().unwrap_or(false);
    let text = doc.text();
    // Not words inside a quote, and not a pronoun ("On estime…").
    let quoted = |s: Span| quote_around(&doc.quotes, s).is_some();
    let nominal = |s: Span| doc.tokens_in(s).iter().any(|t| matches!(t.pos, Upos::Noun | Upos::Propn));
    for (_, sentence) in doc.sentences.iter().enumerate().filter(|&(i, _)| near(i)) {
        // "Un policier du district, à cent kilomètres de là, a confirmé…": words set off by
        // commas before the verb are asides; the phrase the sentence opens with is the subject.
        let after_comma = |at: usize| text[sentence.span.start..at].trim_end().ends_with(',');
        for cue in speech_verbs(doc, sentence.span) {
            let subject = subject_before(doc, sentence.span, cue.span.start);
            // A noun phrase of words of the text's own: no quotation mark, no time ("Vers 19 h").
            let opening = text[sentence.span.start..cue.span.start]
                .find(',')
                .map(|comma| Span::new(sentence.span.start, sentence.span.start + comma).trim(text))
                .filter(|&o| {
                    let tokens = doc.tokens_in(o);
                    tokens.first().is_some_and(|t| matches!(t.pos, Upos::Det | Upos::Noun | Upos::Propn))
                        && tokens.iter().all(|t| t.is_word() && doc.time_around(t.span).is_none())
                });
            // "…, ajoute le communiqué": a subject after the verb leaves the opening words no
            // subject ("Côté ennemi, …").
            let from = doc.attributions.partition_point(|a| a.claim.start < sentence.span.start);
            let inverted = doc.attributions[from..]
                .iter()
                .take_while(|a| a.claim.start < sentence.span.end)
                .flat_map(|a| &a.sources)
                .any(|s| s.span.start >= cue.span.end && text[cue.span.end..s.span.start].trim().is_empty());
            let aside_before_verb = after_comma(cue.span.start) && !inverted;
            // Only where the aside ends right before the verb ("X, aside, confirmed"), not
            // where a subject does ("The fire, he said, started…").
            let subject = match (subject, opening) {
                (s, Some(o))
                    if aside_before_verb
                        && s.is_none_or(|s| after_comma(s.start))
                        && reads_as_noun_phrase(doc, o)
                        && nominal(o) =>
                {
                    Some(o)
                }
                (s, _) => s,
            };
            if let Some(subject) = subject.filter(|&s| reads_as_noun_phrase(doc, s) && !quoted(s) && nominal(s)) {
                add(doc, subject, None);
            }
            // "The attack was condemned by the president": the agent of a passive spoke.
            if let Some(agent) = passive_agent(doc, sentence.span, cue.span) {
                add(doc, agent, None);
            }
        }
        // "The ministry issued a statement. It said…": who issued a record spoke.
        for subject in record_issuers(doc, sentence.span) {
            if !quoted(subject) {
                add(doc, subject, None);
            }
        }
    }
    out.sort_by_key(|s| (s.span.start, s.span.end));
    out.dedup_by_key(|s| s.span);
    out
}

/// The agent of a verb of speech that ends at `cue` in `sentence`, when the verb is a participle
/// with "by" right after it ("was condemned by the president", « ont été condamnés par le
/// ministre »): the phrase after "by", up to its end.
fn passive_agent(doc: &Document<'_>, sentence: Span, cue: Span) -> Option<Span> {
    let next = doc.tokens_in(Span::new(cue.end, sentence.end)).first()?;
    if !next.means(Meaning::AgentMarker) || next.span.start > cue.end + 1 {
        return None;
    }
    // Only a passive ("was confirmed", « a été confirmé »): "X said by phone" is X's, and the
    // phone no speaker.
    passive_cue(doc, sentence, cue)?;
    let lexicon = lang::lexicon(doc.language);
    let agent = phrase_after(doc, next.span.end, sentence.end, lexicon);
    (!agent.is_empty() && quote_around(&doc.quotes, agent).is_none()).then_some(agent)
}

/// Whether a phrase is a pronoun or a phrase that names a source already named, and then
/// the number its antecedent must have: a pronoun's own ("il", "ils"); any for a source,
/// since "cette source" may stand for "les pompiers".
fn anaphor(doc: &Document<'_>, span: Span) -> Option<Option<bool>> {
    let speech = &lang::lexicon(doc.language).speech;
    let words = doc.lower(span);
    let pronoun = speech.pronouns.iter().find(|(p, _)| *p == words).map(|&(_, singular)| Some(singular));
    pronoun
        .or_else(|| speech.same_source.contains(&words).then_some(None))
        .or_else(|| for_a_body(doc, span).then_some(Some(true)))
        .or_else(|| the_record(doc, span).then_some(None))
}

/// Whether a phrase is a record named before, by its definite article ("… said in a
/// statement. …, the statement added", "… dans un communiqué. …, précise le communiqué"): it
/// stands for whoever issued it, when the record was named in the sentences just before.
fn the_record(doc: &Document<'_>, span: Span) -> bool {
    let lexicon = lang::lexicon(doc.language);
    let [article, noun] = doc.tokens_in(span) else {
        return false;
    };
    let word = doc.lower(noun.span);
    if !lexicon.grammar.definite_singulars.contains(&doc.lower(article.span))
        || !lexicon.speech.record_nouns.contains(&word)
    {
        return false;
    }
    let sentence = doc.sentence_index(span.start);
    let from = doc.sentences[sentence.saturating_sub(MAX_SENTENCES_BACK)].span.start;
    let tokens = doc.tokens_in(Span::new(from, span.start));
    tokens.iter().any(|t| doc.lower(t.span) == word)
}

/// Whether a pronoun stands only for a body, never for a person ("it said").
fn for_a_body(doc: &Document<'_>, span: Span) -> bool {
    stands_for_a_body(&lang::lexicon(doc.language).speech, doc.lower(span))
}

/// Whether a phrase describes someone rather than a body: a witness, an official, an
/// anonymous source or anyone else, not a government, an army, an organisation or a medium.
/// A governor or a minister is someone too, though of the government's kind of source.
pub(crate) fn is_person_like(doc: &Document<'_>, span: Span) -> bool {
    let tokens = doc.tokens_in(span);
    // "the 42-year-old": an age may stand for the noun.
    let head = tokens.iter().find(|t| t.pos == Upos::Noun).or_else(|| tokens.last().filter(|t| names_an_age(doc, t)));
    let office = tokens.iter().any(|t| t.pos == Upos::Noun && (t.means(Meaning::Title) || t.means(Meaning::RoleNoun)));
    head.is_some()
        && match kind_of(doc, span, None) {
            SourceKind::Official | SourceKind::Witness | SourceKind::Anonymous | SourceKind::Other => true,
            SourceKind::Government => office && singular(doc, span),
            _ => false,
        }
}

/// Whether a phrase names one ("a nurse"), not several ("nurses", "a nurse and a village
/// chief"): its first noun is a proper noun or has no plural ending, and no "and" joins two.
pub(crate) fn singular(doc: &Document<'_>, span: Span) -> bool {
    let grammar = &lang::lexicon(doc.language).grammar;
    let tokens = doc.tokens_in(span);
    // "Un infirmier et un chef de village": two joined are more than one.
    let nominal = |t: &Token| matches!(t.pos, Upos::Noun | Upos::Propn);
    let joined = tokens.iter().enumerate().any(|(k, t)| {
        grammar.and.contains(&doc.lower(t.span))
            && tokens[..k].iter().any(nominal)
            && tokens[k + 1..].iter().any(nominal)
    });
    !joined
        && tokens.iter().find(|t| nominal(t)).is_none_or(|t| {
            t.pos == Upos::Propn || !grammar.plural_endings.iter().any(|e| doc.lower(t.span).ends_with(e))
        })
}
