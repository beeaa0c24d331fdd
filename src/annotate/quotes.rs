//! Direct quotes: text in “ ”, " ", « » or ‘ ’, with the speaker (named, anonymous or a
//! pronoun resolved to the nearest person), the cue verb and the outlet spoken to.
//! Quotes interrupted by their attribution, partial quotes inside reported speech and
//! quotes running over several paragraphs are handled.

use crate::annotate::sources::{
    apposed_person, attribution_marker, claims_by_start, claims_in, entity_in, held_at_a_distance, holds_verb,
    impersonal_inversion, inversion, names_a_role, names_no_one, names_something, past_asides,
    person_before_apposition, person_with_role, phrase_after, reads_as_noun_phrase, speech_verbs, stands_for_a_body,
    subject_before, verb_group_start, without_leading_time, Cue,
};
use crate::document::Document;
use crate::lang::{self, Lexicon};
use crate::model::Span;
use crate::model::{
    EntityId, EntityType, Meaning, Quote, Reference, Sex, Shape, Source, SourceKind, Speaker, Token, Upos, Zone,
};
use crate::tokens::whole_word;

fn closing_for(open: char) -> Option<char> {
    match open {
        '“' => Some('”'),
        '«' => Some('»'),
        '"' => Some('"'),
        '‘' => Some('’'),
        '„' => Some('“'),
        _ => None,
    }
}

/// Some pages open quotes with the closing mark too ("”The toll will rise,” he said"): a ”
/// at a word's start, before a letter or a digit, opens a quote it also closes.
fn closing_mark_opening(s: &str, i: usize, c: char) -> Option<char> {
    if c != '”' {
        return None;
    }
    let at_word_start = s[..i].chars().next_back().is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '['));
    let before_word = s[i + c.len_utf8()..].starts_with(char::is_alphanumeric);
    (at_word_start && before_word).then_some('”')
}

/// Quoted stretches of `block`: (outer span with marks, inner span, closed). After a block
/// whose last quote did not close, a closing mark before any opening one ends the quote that
/// goes on from there ("“… .\n\nThere are other areas…,” the minister said").
fn quoted(text: &str, block: Span, goes_on: bool) -> Vec<(Span, Span, bool)> {
    let s = block.of(text);
    let mut out = Vec::new();
    let mut chars = s.char_indices().peekable();
    if goes_on {
        let first_mark = s.char_indices().find(|&(_, c)| matches!(c, '“' | '«' | '"' | '”' | '»'));
        if let Some((e, close @ ('”' | '»'))) = first_mark {
            let inner = Span::new(block.start, block.start + e).trim(text);
            let inner = Span::new(inner.start, inner.end - trailing_punctuation_len(inner.of(text), true));
            let outer_end = e + close.len_utf8();
            out.push((Span::new(block.start, block.start + outer_end), inner, true));
            while chars.peek().is_some_and(|&(j, _)| j < outer_end) {
                chars.next();
            }
        }
    }
    while let Some((i, c)) = chars.next() {
        let (inner_start, inner_end, outer_end, closed) = if c == '\'' {
            // "'The toll may rise,' said X": straight single marks, told from apostrophes.
            let Some(inner) = single_quoted(s, i) else {
                continue;
            };
            (inner.start, inner.end, inner.end + 1, true)
        } else {
            let Some(close) = closing_for(c).or_else(|| closing_mark_opening(s, i, c)) else {
                continue;
            };
            // A straight quote or ‘ opens only at a word start.
            if (c == '"' || c == '‘') && s[..i].chars().next_back().is_some_and(char::is_alphanumeric) {
                continue;
            }
            let inner_start = i + c.len_utf8();
            let closing_at = |close: char| {
                s[inner_start..].char_indices().map(|(j, d)| (inner_start + j, d)).find_map(|(at, d)| {
                    let apostrophe =
                        close == '’' && s[at + d.len_utf8()..].chars().next().is_some_and(char::is_alphabetic);
                    (d == close && !apostrophe).then_some(at)
                })
            };
            // "\"We will rebuild the bridge,” he said": a page that mixes straight and curly marks
            // closes a quote with the other kind when its own never comes.
            let other = match c {
                '"' => Some('”'),
                '“' => Some('"'),
                _ => None,
            };
            let end =
                closing_at(close).map(|e| (e, close)).or_else(|| other.and_then(|o| closing_at(o).map(|e| (e, o))));
            match end {
                Some((e, close)) => (inner_start, e, e + close.len_utf8(), true),
                None => (inner_start, s.len(), s.len(), false),
            }
        };
        let inner = Span::new(block.start + inner_start, block.start + inner_end).trim(text);
        let inner = Span::new(inner.start, inner.end - trailing_punctuation_len(inner.of(text), closed));
        out.push((Span::new(block.start + i, block.start + outer_end), inner, closed));
        while chars.peek().is_some_and(|&(j, _)| j < outer_end) {
            chars.next();
        }
    }
    out
}

/// The longest quote in straight single marks: the search for its closing mark stops there,
/// so that a page of apostrophes costs linear time.
const MAX_SINGLE_QUOTE_BYTES: usize = 1500;

/// A quote in straight single marks opening at byte `open` of `s`, as the byte range of its
/// words in `s` (the closing mark right after them): it opens at a word's start and closes after the punctuation that ends what
/// was said (",'", ".'"), before a space or the end, within the block and over two words or
/// more. An apostrophe ("can't", "the boys' school", "'90s") is never a mark, and a mark
/// that does not close opens nothing.
fn single_quoted(s: &str, open: usize) -> Option<std::ops::Range<usize>> {
    let opens = !s[..open].chars().next_back().is_some_and(|p| !p.is_whitespace() && !matches!(p, '(' | '['));
    let inner_start = open + 1;
    if !opens || !s[inner_start..].starts_with(|c: char| c.is_alphabetic()) {
        return None;
    }
    let mut limit = (inner_start + MAX_SINGLE_QUOTE_BYTES).min(s.len());
    while !s.is_char_boundary(limit) {
        limit -= 1;
    }
    let close = s[inner_start..limit].char_indices().map(|(j, _)| inner_start + j).find(|&at| {
        s[at..].starts_with('\'')
            && s[..at].ends_with([',', '.', '!', '?'])
            && !s[at + 1..].starts_with(|c: char| c.is_alphanumeric())
    })?;
    (s[inner_start..close].split_whitespace().count() >= 2).then_some(inner_start..close)
}

/// A comma inside the closing mark belongs to the attribution, not the quote.
fn trailing_punctuation_len(s: &str, closed: bool) -> usize {
    if closed && s.ends_with(',') {
        1
    } else {
        0
    }
}

/// The sentence of the document that contains `pos`.
fn sentence_at(doc: &Document<'_>, pos: usize) -> Option<Span> {
    doc.sentence_at(pos).map(|s| s.span)
}

/// Whether a word is a personal pronoun, and if so whether it is singular.
fn is_pronoun(word: &str) -> Option<bool> {
    lang::lookup(|l| l.speech.pronouns, word)
}

/// How many mentions back a pronoun looks for the person it stands for.
pub(crate) const PRONOUN_REACH: usize = 64;

/// The sex a pronoun tells of the person it stands for ("she", "il"), if it tells one.
pub(crate) fn pronoun_sex(doc: &Document<'_>, pronoun: Span) -> Option<Sex> {
    let word = doc.lower(pronoun);
    lang::lexicon(doc.language).speech.pronoun_sexes.iter().find(|(p, _)| *p == word).map(|&(_, sex)| sex)
}

/// The sex the text gives a person, by a title or a noun of kin or office right before one
/// of its names ("Mrs Okafor", "spokeswoman Ana Lima", "her husband, Tomás Ruiz") or heading
/// an apposition right after it ("Tomás Ruiz, her husband"); none when it gives both.
pub(crate) fn sex_of(doc: &Document<'_>, person: EntityId) -> Option<Sex> {
    let names = &lang::lexicon(doc.language).names;
    let (sexed, courtesy) = (names.sexed_nouns, names.courtesy_titles);
    let sex_of_word = |t: &Token| sexed.iter().find(|(w, _)| *w == doc.lower(t.span)).map(|&(_, sex)| sex);
    let mut found: Option<Sex> = None;
    let text = doc.text();
    let possessive = |t: &Token| t.pos == Upos::Pron && pronoun_sex(doc, t.span).is_some();
    for &m in &doc.entity(person).mentions {
        let k = doc.token_from(m.start);
        let end = doc.token_from(m.end);
        // The first word of the name itself, a title the name holds ("Mr Tomás Ruiz").
        let title = doc.tokens.get(k).filter(|_| k < end).and_then(sex_of_word);
        let right_before = match doc.tokens[..k] {
            // "Mrs. Okafor": the stop of a title, not of a sentence.
            [.., ref word, ref stop] if stop.text(text) == "." => (word.span.end == stop.span.start
                && courtesy.contains(&doc.lower(word.span)))
            .then(|| sex_of_word(word))
            .flatten(),
            [.., ref noun, ref comma] if comma.text(text) == "," => sex_of_word(noun),
            [.., ref noun] => sex_of_word(noun),
            [] => None,
        };
        // ", her husband", ", la veuve de…": an apposition after the name headed by such a
        // noun, with only articles, possessives and adjectives before it.
        let after = doc.tokens.get(end).filter(|t| t.text(text) == ",").and_then(|_| {
            doc.tokens[end + 1..]
                .iter()
                .take(4)
                .find(|t| !(matches!(t.pos, Upos::Det | Upos::Adj) || possessive(t)))
                .filter(|t| t.pos == Upos::Noun)
                .and_then(sex_of_word)
        });
        for sex in [title, right_before, after].into_iter().flatten() {
            match found {
                Some(other) if other != sex => return None,
                _ => found = Some(sex),
            }
        }
    }
    found
}

/// The person a singular pronoun at `pos` stands for: the subject of the sentence of the
/// nearest person named before it in the text, of the pronoun's sex when it tells one.
pub fn person_before(doc: &Document<'_>, pos: usize, sex: Option<Sex>) -> Option<EntityId> {
    let in_text = |m: Span| doc.sentence_at(m.start).is_some_and(|s| matches!(s.zone, Zone::Body | Zone::Standfirst));
    let agrees = |i: EntityId| sex.is_none_or(|sex| sex_of(doc, i).is_none_or(|other| other == sex));
    let is_person = |i: EntityId| doc.entity(i).entity_type == EntityType::Person && agrees(i);
    let (nearest, id) = doc.mentions_before(pos).take(PRONOUN_REACH).find(|&(m, i)| is_person(i) && in_text(m))?;
    // The subject of that sentence rather than the nearest name: its first person not
    // introduced by a preposition ("Minister Saleh met envoy Smith. "…," he said" is Saleh).
    let sentence = doc.sentence_at(nearest.start)?;
    let before_preposition = |m: Span| {
        let tokens = doc.tokens_of(sentence);
        let k = tokens.partition_point(|t| t.span.start < m.start);
        k > 0 && tokens[k - 1].pos == Upos::Adp
    };
    let subject = doc
        .mentions_in(Span::new(sentence.span.start, nearest.end))
        .find(|&(m, i)| is_person(i) && !before_preposition(m))
        .map(|(_, i)| i);
    Some(subject.unwrap_or(id))
}

/// The organisation that opens the sentence before `pos` (or its own sentence), when no
/// person is named from there to `pos`.
fn organisation_before(doc: &Document<'_>, pos: usize) -> Option<EntityId> {
    let here = doc.sentence_index(pos);
    let from = doc.sentences.get(here.saturating_sub(1))?.span.start;
    let mut mentions = doc.mentions_in(Span::new(from, pos)).take(PRONOUN_REACH);
    let (at, first) = mentions.next()?;
    let person = |i: EntityId| doc.entity(i).entity_type == EntityType::Person;
    // It opens its sentence: no verb or pronoun before it there ("Il accuse l'église X" is
    // his words about X).
    let opens = doc.sentence_at(at.start).is_some_and(|s| {
        doc.tokens_in(Span::new(s.span.start, at.start))
            .iter()
            .all(|t| !matches!(t.pos, Upos::Verb | Upos::Aux | Upos::Pron))
    });
    (doc.entity(first).entity_type == EntityType::Org && opens && !person(first) && !mentions.any(|(_, i)| person(i)))
        .then_some(first)
}

/// The first role the article gives an entity.
fn role_of(doc: &Document<'_>, entity: Option<EntityId>) -> Option<String> {
    entity.and_then(|e| doc.entity(e).roles.first().cloned())
}

/// A speaker from the phrase naming it.
fn speaker_from(doc: &Document<'_>, phrase: Span, quote_start: usize) -> Option<Speaker> {
    let text = doc.text();
    let mut phrase = phrase.trim(text);
    // "Et la ministre d'appeler au calme : « … »": a phrase never ends with its preposition.
    while let Some(last) = doc.tokens_in(phrase).last().filter(|t| t.pos == Upos::Adp) {
        phrase = Span::new(phrase.start, last.span.start).trim(text);
    }
    // "le texte transmis mardi soir par le préfet de la région du Centre, Jean Roux": too long a
    // phrase, of a record and its agent, stands for the agent.
    // Only a record whose owner is not named before its agent ("le communiqué de la
    // préfecture diffusé par la radio" is the prefecture's).
    if phrase.of(text).split_whitespace().count() > MAX_SPEAKER_WORDS {
        let tokens = doc.tokens_in(phrase);
        let records = lang::lexicon(doc.language).speech.record_nouns;
        let head = tokens.iter().position(|t| matches!(t.pos, Upos::Noun | Upos::Propn));
        let agent = tokens.iter().position(|t| t.means(Meaning::AgentMarker)).filter(|&k| k + 1 < tokens.len());
        if let (Some(h), Some(k)) = (head, agent) {
            let record = records.contains(&doc.lower(tokens[h].span));
            if record && h < k && !tokens[h..k].iter().any(|t| t.means(Meaning::Of)) {
                phrase = Span::new(tokens[k + 1].span.start, phrase.end);
            }
        }
    }
    // "Le chef de la brigade de gendarmerie du canton de Nyarubé, le capitaine Paul Ndayé": too long a
    // role set before a person's name stands for the person.
    if phrase.of(text).split_whitespace().count() > MAX_SPEAKER_WORDS {
        if let Some(comma) = phrase.of(text).rfind(',') {
            let named = Span::new(phrase.start + comma + 1, phrase.end).trim(text);
            let person = doc
                .mentions_in(named)
                .any(|(m, e)| m.end == named.end && doc.entity(e).entity_type == EntityType::Person);
            if person {
                phrase = named;
            }
        }
    }
    let words = phrase.of(text).split_whitespace().count();
    if phrase.is_empty() || words > MAX_SPEAKER_WORDS {
        return None;
    }
    // "Par ailleurs, on précise que…", "a-t-on indiqué": an impersonal pronoun names no one.
    if names_no_one(doc, phrase) {
        return None;
    }
    // "…avant d'avoir évoqué une « trêve »": words that name no one are no speaker.
    let nominal = |t: &crate::model::Token| {
        matches!(t.pos, Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num)
            || crate::annotate::casualties::names_an_age(doc, t)
    };
    let tokens = doc.tokens_in(phrase);
    if !tokens.is_empty() && !tokens.iter().any(nominal) && is_pronoun(phrase.of(text)).is_none() {
        return None;
    }
    // "précisant que…" after "a-t-elle ajouté": the pronoun of the inverted verb.
    let inverted = lang::lexicon(doc.language).hooks.inverted_pronoun.and_then(|read| read(phrase.of(text)));
    if let Some(inversion) = inverted {
        phrase = Span::new(phrase.start + inversion.pronoun, phrase.end);
    }
    // "MSF a dépêché une équipe. Et elle alerte : « … »": the organisation the sentence before
    // opened with, when no person is named since.
    let for_organisation = lang::lexicon(doc.language).speech.organisation_pronouns.contains(&doc.lower(phrase));
    // Not a name inside the quote itself ("…7th and Broadway…,” it said").
    if let Some(org) = organisation_before(doc, phrase.start.min(quote_start)).filter(|_| for_organisation) {
        return Some(Speaker { span: phrase, entity: Some(org), named: true, role: None, antecedent: None });
    }
    if let Some(singular) = is_pronoun(phrase.of(text)) {
        let entity = if singular { person_before(doc, quote_start, pronoun_sex(doc, phrase)) } else { None };
        return Some(Speaker {
            span: phrase,
            entity,
            named: entity.is_some(),
            role: role_of(doc, entity),
            antecedent: None,
        });
    }
    // A person named in the phrase is the speaker ("Army spokesman Nadav Shoshani").
    let mut person =
        doc.mentions_in(phrase).find(|&(_, i)| doc.entity(i).entity_type == EntityType::Person).map(|(_, i)| i);
    // Or the person named in apposition right after it: "a déclaré le porte-parole de
    // l'armée, le lieutenant-colonel Didier Kambale", "said the mayor, Jan Novak".
    // (The phrase after a verb of speech already holds it: "a raconté un pêcheur, Idrissa Ba".)
    let mut apposed = doc
        .mentions_in(phrase)
        .any(|(m, i)| doc.entity(i).entity_type == EntityType::Person && text[phrase.start..m.start].contains(", "));
    if person.is_none() {
        if let Some((m, i)) = apposed_person(doc, phrase) {
            phrase = Span::new(phrase.start, m.end);
            person = Some(i);
            apposed = true;
        }
    }
    let entity = person
        .or_else(|| person_with_role(doc, phrase, quote_start))
        .or_else(|| {
            entity_in(doc, phrase).filter(|&e| matches!(doc.entity(e).entity_type, EntityType::Org | EntityType::Gpe))
        })
        .or_else(|| record_author(doc, phrase));
    // "a Syrian official": an entity inside a phrase with an indefinite head is not the speaker.
    let lower = phrase.of(text).to_lowercase();
    let indefinite = lang::LANGUAGES.iter().any(|l| lang::opens_with(&lower, l.grammar.indefinites));
    let entity = if indefinite && !apposed { None } else { entity };
    Some(Speaker { span: phrase, entity, named: entity.is_some(), role: role_of(doc, entity), antecedent: None })
}

/// How many sentences back "the statement" looks for the one that issued it.
const RECORD_SENTENCES: usize = 6;
/// How many tokens before "a statement" its issuer's name may end.
const RECORD_REACH: usize = 8;

/// "The statement read: “…”", "précise le communiqué": a record named with a definite article
/// is the one a sentence just before said someone issued ("X disclosed this in a statement",
/// "a indiqué le gouvernorat dans un communiqué"); its author is the name just before it.
/// "It read: “…”": a body's pronoun before a record's verb stands for the record issued just
/// before, whatever its noun.
fn record_author(doc: &Document<'_>, phrase: Span) -> Option<EntityId> {
    let lexicon = lang::lexicon(doc.language);
    let tokens = doc.tokens_in(phrase);
    let (first, rest) = tokens.split_first()?;
    let body_pronoun = rest.is_empty()
        && stands_for_a_body(&lexicon.speech, doc.lower(first.span))
        && doc
            .tokens
            .get(doc.token_from(first.span.end))
            .is_some_and(|t| lexicon.speech.record_verbs.contains(&doc.lower(t.span)));
    let record = if body_pronoun {
        None
    } else {
        let noun = rest.iter().find(|t| matches!(t.pos, Upos::Noun | Upos::Propn))?;
        let record = doc.lower(noun.span);
        if !lexicon.grammar.definite_singulars.contains(&doc.lower(first.span))
            || !lexicon.speech.record_nouns.contains(&record)
        {
            return None;
        }
        Some(record)
    };
    let here = doc.sentence_index(phrase.start);
    // "It read:" stands for a record of the sentence just before, not one past a banner.
    let back = if body_pronoun { 1 } else { RECORD_SENTENCES };
    doc.sentences[here.saturating_sub(back)..here].iter().rev().find_map(|sentence| {
        let tokens = doc.tokens_of(sentence);
        let at = tokens.iter().position(|t| match record {
            Some(record) => doc.lower(t.span) == record,
            None => lexicon.speech.record_nouns.contains(&doc.lower(t.span)),
        })?;
        let issued =
            tokens[..at].last().is_some_and(|t| lexicon.grammar.indefinite_articles.contains(&doc.lower(t.span)));
        // The name just before it, a few words away ("the Interior Ministry said in a
        // statement", "Dr. Grace Okafor, gave the figures in a statement"), not one elsewhere in
        // the sentence ("Police arrested Daniel Brooks, …").
        let reach = at.saturating_sub(RECORD_REACH);
        let near = Span::new(tokens[reach].span.start, tokens[at].span.start);
        let issuer =
            |e: EntityId| matches!(doc.entity(e).entity_type, EntityType::Person | EntityType::Org | EntityType::Gpe);
        let author = doc.mentions_in(near).filter(|&(_, e)| issuer(e)).last().map(|(m, e)| {
            // "X, the spokesman of the Police Command (PPC), confirmed it in a statement": a
            // body named in a description set off after a person is not who issued it.
            let set_off = doc.text()[m.end..tokens[at].span.start].contains(',');
            let described = set_off.then(|| described_person(doc, sentence.span, m)).flatten();
            described.unwrap_or(e)
        });
        // Or the agent after it: "a statement issued on Friday by the mayor, Jo Bako".
        let agent = || {
            let by = tokens[at + 1..].iter().take(RECORD_AGENT_REACH).position(|t| t.means(Meaning::AgentMarker))?;
            let from = tokens.get(at + 2 + by)?.span.start;
            // The agent's own phrase, a role and a comma at most before the name; a person
            // named there rather than the body the role names.
            let phrase = doc
                .mentions_in(Span::new(from, sentence.span.end))
                .take_while(|&(m, _)| doc.text()[from..m.start].split_whitespace().count() <= MAX_SPEAKER_WORDS);
            let mut found = phrase.filter(|&(_, e)| issuer(e)).map(|(_, e)| e);
            let first = found.next()?;
            let person = |e: &EntityId| doc.entity(*e).entity_type == EntityType::Person;
            Some(if person(&first) { first } else { found.find(person).unwrap_or(first) })
        };
        author.or_else(agent).filter(|_| issued)
    })
}

/// The person a description holding `mention` is set off after, in `sentence`: "Jo Bako, the
/// spokesman of the Police Command, …".
fn described_person(doc: &Document<'_>, sentence: Span, mention: Span) -> Option<EntityId> {
    let text = doc.text();
    text[sentence.start..mention.start].match_indices(',').rev().find_map(|(i, _)| {
        let description = Span::new(sentence.start + i + 1, mention.end);
        let person = person_before_apposition(doc, description)?;
        doc.mentions_in(person).find(|&(m, _)| m == person).map(|(_, e)| e)
    })
}

/// How many tokens after "a statement" the "by" before its issuer may stand ("a statement
/// issued on Friday by").
const RECORD_AGENT_REACH: usize = 4;

/// Whether a full stop in `phrase` ends a sentence: one that follows neither an abbreviation
/// ("Col.", "Brig. Gen.") nor a capital of an initialism ("U.N.").
fn ends_a_sentence(phrase: &str, lexicon: &Lexicon) -> bool {
    phrase.match_indices('.').any(|(i, _)| {
        let word = phrase[..i].rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
        let initial =
            word.rsplit('.').next().is_some_and(|w| w.chars().count() == 1 && w.chars().all(char::is_uppercase));
        let lower = word.to_lowercase();
        !initial && !lexicon.page.abbreviations.contains(&lower.as_str())
    })
}

/// A verb of speech after an aside set off by commas, with its subject after it ("…»,
/// chef-lieu de la région du Nord, précise le communiqué"): the cue and that subject.
fn inverted_after_aside<'d>(doc: &'d Document<'_>, after: Span, m: Cue<'d>) -> Option<(Cue<'d>, Span)> {
    let text = doc.text();
    let lexicon = lang::lexicon(doc.language);
    let between = Span::new(after.start, after.start + m.start()).of(text).trim();
    let set_off = between.len() > 1 && between.starts_with(',') && between.ends_with(',');
    if !set_off || between[1..between.len() - 1].contains([',', ';', '“', '«', '"']) {
        return None;
    }
    let phrase = phrase_after(doc, past_asides(doc, after.start + m.end(), after.end), after.end, lexicon);
    let ends_sentence =
        text[phrase.end..after.end].trim_start().starts_with(['.', '!', '?']) || phrase.end == after.end;
    // "le « conseil », formé de notables, a annoncé un accord pour…": a phrase with a verb of
    // its own is the verb's object, and the quote stood in its subject.
    (!phrase.is_empty() && ends_sentence && names_something(phrase.of(text), lexicon) && !holds_verb(doc, phrase))
        .then_some((m, phrase))
}

/// The most words that may carry a quoted sentence on after its marks.
const MAX_COMPLEMENT_WORDS: usize = 10;

/// An inverted verb after words that carry the quoted sentence on ("…» dans la commune,
/// a-t-il ajouté", "…» quand la vague est arrivée, a-t-elle confié"): a few words, no
/// punctuation, then a comma and the verb.
/// The comma may be left out before a verb whose pronoun is joined to it ("…» pour affiner le
/// bilan estime-t-il").
fn inversion_after_complement<'d>(doc: &'d Document<'_>, after: Span) -> Option<(Cue<'d>, Cue<'d>)> {
    let tokens = doc.tokens_in(after);
    let reach = &tokens[..tokens.len().min(MAX_COMPLEMENT_WORDS + 1)];
    let Some(comma) = reach.iter().position(|t| t.span.of(doc.text()) == ",") else {
        let words = reach.iter().take_while(|t| t.is_word()).count();
        return (1..words.min(reach.len()))
            .filter(|&k| reach[k].shape.is(Shape::HYPHENATED))
            .find_map(|k| inversion(doc, Span::new(reach[k].span.start, after.end)));
    };
    let carries_on = comma > 0 && tokens[..comma].iter().all(|t| t.is_word());
    carries_on.then(|| inversion(doc, Span::new(tokens[comma].span.start, after.end))).flatten()
}

/// The last verb bringing in quoted words in `span` ("urged", "a demandé"), as a whole word:
/// where it starts and its words.
fn quote_verb_in<'d>(doc: &'d Document<'_>, span: Span, after_quote: bool) -> Option<(usize, &'d str)> {
    let lower = doc.lower(span);
    let speech = &lang::lexicon(doc.language).speech;
    // A feeling voiced only after the quote: "Farmers complained that the "fund"…" is no speech.
    let feelings = if after_quote { speech.voiced_feelings } else { &[] };
    let verbs = speech.quote_verbs.iter().chain(feelings);
    // Not a verb with its pronoun joined to it ("estime-t-il"): an inversion, read as one.
    let bounded = |i: usize, len: usize| whole_word(lower, i, i + len) && !lower[i + len..].starts_with('-');
    let (at, len) = verbs
        .filter_map(|v| lower.rmatch_indices(v).find(|&(i, _)| bounded(i, v.len())).map(|(i, _)| (i, v.len())))
        .max_by_key(|&(i, len)| (i + len, len))?;
    Some((span.start + at, Span::new(span.start + at, span.start + at + len).of(doc.text())))
}

/// The most tokens of a verb that brings in quoted words, with a comma before it.
const MAX_QUOTE_VERB_TOKENS: usize = 4;

/// The subject of a verb that only brings in quoted words, told right after the quote and
/// ending its sentence ("…,” the crowd chanted."), or inverted after it ("…», scandaient les
/// manifestants."), with the verb.
fn quote_verb_after<'d>(doc: &'d Document<'_>, after: Span) -> Option<(Span, &'d str)> {
    let text = doc.text();
    let lexicon = lang::lexicon(doc.language);
    // The verb stands within a subject's words of the quote: only those are searched.
    let reach = doc.tokens_in(after).get(MAX_SUBJECT_WORDS + MAX_QUOTE_VERB_TOKENS).map_or(after.end, |t| t.span.start);
    let (start, cue) = quote_verb_in(doc, Span::new(after.start, reach), true)?;
    let lead = Span::new(after.start, start).trim(text);
    let lead =
        Span::new(lead.start + lead.of(text).len() - lead.of(text).trim_start_matches([',', ' ']).len(), lead.end);
    let rest = Span::new(start + cue.len(), after.end);
    if lead.is_empty() {
        // The phrase ends before where or when they shouted: "…», a hurlé une femme avant
        // l'effondrement", "…” shouted the crowd as the trucks arrived".
        // "…», a posté mardi sur Facebook la députée": past when and where first.
        let phrase = phrase_after(doc, past_asides(doc, rest.start, after.end), after.end, lexicon);
        let tokens = doc.tokens_in(phrase);
        let end = (1..tokens.len())
            .find(|&k| {
                let t = &tokens[k];
                t.pos == Upos::Adp && !t.means(Meaning::Of) || matches!(t.pos, Upos::Sconj | Upos::Verb | Upos::Punct)
            })
            .map_or(phrase.end, |k| tokens[k - 1].span.end);
        // "la militante contre la corruption Jeanne Roux": a person's name closing the
        // phrase keeps the description before it whole.
        let named_at_end = doc
            .mentions_in(phrase)
            .any(|(m, e)| m.start >= end && m.end == phrase.end && doc.entity(e).entity_type == EntityType::Person);
        let end = if named_at_end { phrase.end } else { end };
        let phrase = Span::new(phrase.start, end);
        return (!phrase.is_empty() && names_something(phrase.of(text), lexicon)).then_some((phrase, cue));
    }
    // The sentence ends there, or goes on with where or when they shouted ("…,” the crowd
    // chanted outside parliament", "the attacker shouted before opening fire").
    let where_or_when =
        doc.tokens_in(rest).first().is_some_and(|t| matches!(t.pos, Upos::Adp | Upos::Sconj | Upos::Adv));
    let ends = rest.of(text).trim().is_empty()
        || rest.of(text).trim_start().starts_with(['.', '!', '?', ',', ';'])
        || where_or_when;
    let subject = lead.of(text);
    let one_phrase =
        !subject.contains([',', ';', '“', '«', '"']) && subject.split_whitespace().count() <= MAX_SUBJECT_WORDS;
    (ends && one_phrase && names_something(subject, lexicon)).then_some((lead, cue))
}

/// The most words of a name set in quotation marks after its noun.
const MAX_NAME_IN_MARKS_WORDS: usize = 4;

/// Whether the words in marks name a thing after its common noun rather than quote anyone:
/// "le collectif « Vallée vivante »", "the campaign "Rivers Not Dams"": a few words opening
/// with a capital and ending no sentence, right after a noun in lower case.
fn names_in_marks(doc: &Document<'_>, inner: Span) -> bool {
    let text = doc.text();
    let words = inner.of(text);
    // The opening mark: the last character before the words.
    let open = text[..inner.start].trim_end();
    // A quote that goes on from the paragraph before has no opening mark of its own.
    if !open.ends_with(['“', '«', '"', '‘', '”', '\'']) {
        return false;
    }
    let outer = Span::new(open.char_indices().next_back().map_or(0, |(i, _)| i), inner.end);
    let capitalised = words.starts_with(char::is_uppercase);
    let few = words.split_whitespace().count() <= MAX_NAME_IN_MARKS_WORDS;
    let sentence = words.ends_with(['.', '!', '?', ',']);
    let tokens = doc.tokens_in(Span::new(outer.start.saturating_sub(NOUN_BEFORE_MARKS_BYTES), outer.start));
    // The tagger may read a noun right after its determiner as an adjective ("le collectif").
    let after_noun = match tokens {
        [.., before, t] | [before @ t] => {
            let noun = t.pos == Upos::Noun || t.pos == Upos::Adj && before.pos == Upos::Det;
            t.span.end + 1 >= outer.start && noun && !t.shape.is(Shape::CAPITALISED)
        }
        [] => false,
    };
    capitalised && few && !sentence && after_noun
}

/// How far back from a quotation mark the noun before it is looked for, in bytes.
const NOUN_BEFORE_MARKS_BYTES: usize = 40;

/// The outlet or person addressed: "to AFP", "told Reuters", "à l'AFP".
fn addressee(doc: &Document<'_>, window: Span) -> Option<Reference> {
    let text = doc.text();
    let lexicon = lang::lexicon(doc.language);
    let w = window.of(text);
    let lower = doc.lower(window);
    for marker in lexicon.speech.addressee_markers {
        for (i, _) in lower.match_indices(&format!("{marker} ")) {
            if i > 0 && w[..i].chars().next_back().is_some_and(char::is_alphanumeric) {
                continue;
            }
            let from = window.start + i + marker.len() + 1;
            let phrase = phrase_after(doc, from, window.end, lexicon);
            // The outlet: the first organisation named ("à l'AFP Karim Mansour").
            let entity =
                doc.mentions_in(phrase).map(|(_, e)| e).find(|&e| doc.entity(e).entity_type == EntityType::Org);
            if let Some(e) = entity {
                let mention = doc.entity(e).mentions.iter().find(|m| phrase.contains(**m)).copied().unwrap_or(phrase);
                return Some(Reference { span: mention, entity: Some(e) });
            }
        }
    }
    None
}

/// Annotates direct quotes.
pub fn annotate(doc: &Document<'_>) -> Vec<Quote> {
    let text = doc.text();
    let lexicon = lang::lexicon(doc.language);
    // The headline's quote too ("Cyclone : « Il reste des dangers », dit le préfet").
    let mut blocks: Vec<(Span, Option<usize>)> =
        doc.layout.headline.into_iter().chain(doc.layout.standfirst).map(|s| (s, None)).collect();
    blocks.extend(doc.paragraphs.iter().enumerate().map(|(i, &p)| (p, Some(i))));
    let mut quotes: Vec<Quote> = Vec::new();
    let mut continues_previous = Vec::new();
    let mut opens_paragraph = Vec::new();
    // Quotes that go on from their sentence's subject ("Le chauffeur « pense… »"): words of
    // the narration's, which the next quote does not go on from.
    let mut of_subject = Vec::new();
    let mut previous_unclosed = false;
    for (block, paragraph) in blocks {
        // The quotes before in the block, marks included: their words are no narration of the next.
        let mut earlier_quotes: Vec<Span> = Vec::new();
        let marked = quoted(text, block, previous_unclosed);
        for (k, &(outer, inner, closed)) in marked.iter().enumerate() {
            // Where the words in marks before end, one-word names in marks included.
            let after_previous = k.checked_sub(1).map_or(block.start, |j| marked[j].0.end);
            let starts_block = k == 0 && outer.start == block.start;
            continues_previous.push(previous_unclosed && starts_block);
            opens_paragraph.push(starts_block && paragraph.is_some());
            previous_unclosed = !closed;
            // One word is a quote when it is a word of speech ("would "review"", "se dit
            // « sidéré »"), not a name in quotation marks ("the «Aquarius»").
            let words = inner.of(text).split_whitespace().count();
            let spoken_word = words == 1 && {
                let w = inner.of(text).trim_matches(|c: char| !c.is_alphanumeric());
                w.chars().count() >= 3 && w.chars().all(char::is_alphabetic) && w.starts_with(char::is_lowercase)
            };
            if words < 2 && !spoken_word {
                continues_previous.pop();
                opens_paragraph.pop();
                continue;
            }
            let mut sentence = sentence_at(doc, outer.end.saturating_sub(1)).unwrap_or(block);
            let start_sentence = sentence_at(doc, outer.start).unwrap_or(block);
            // "“… are safe.” Okonkwo said, adding…": a quote that is whole sentences, then a
            // sentence that opens with who said it.
            let whole = text[start_sentence.start.min(outer.start)..outer.start].chars().all(|c| !c.is_alphanumeric())
                && sentence.end <= outer.end
                && inner.of(text).ends_with(['.', '!', '?']);
            let next_start = block.end - text[outer.end.min(block.end)..block.end].trim_start().len();
            if whole && next_start < block.end {
                let next = sentence_at(doc, next_start).filter(|n| n.start == next_start);
                let opens_with_speaker = next.is_some_and(|n| {
                    speech_verbs(doc, n).next().is_some_and(|v| {
                        let subject = &text[n.start..n.start + v.start()];
                        // "Okonkwo said, adding…", "X said."; not "Police said 200 homes…",
                        // a claim of its own.
                        let after = text[n.start + v.end()..n.end].trim_start();
                        let ends = after.is_empty() || after.starts_with([',', '.', ';']);
                        ends && !subject.contains(',') && subject.split_whitespace().count() <= MAX_SUBJECT_WORDS
                    })
                });
                if let Some(next) = next.filter(|_| opens_with_speaker) {
                    sentence = Span::new(sentence.start, next.end);
                }
            }
            let after = Span::new(outer.end, sentence.end.max(outer.end));
            // "Un élève raconte l'attaque :" closing the paragraph before, then the quote as a
            // paragraph of its own: that sentence leads in to it.
            let lead_in = paragraph
                .filter(|&i| starts_block && i > 0)
                .map(|i| doc.paragraphs[i - 1])
                .filter(|p| p.of(text).trim_end().ends_with(':'))
                .and_then(|p| sentence_at(doc, p.start + p.of(text).trim_end().len() - 1));
            let before = match lead_in {
                Some(lead) => Span::new(lead.start, outer.start),
                None => Span::new(start_sentence.start.min(outer.start), outer.start),
            };
            let after_previous = lead_in.map_or(after_previous, |lead| lead.start);
            // "«…», a déclaré X, dénonçant des «…»": the verbs inside an earlier quote of the
            // sentence are not the narration of this one.
            let narrated = |v: &Cue<'_>| {
                earlier_quotes
                    .iter()
                    .all(|q: &Span| !q.contains(Span::new(before.start + v.start(), before.start + v.end())))
            };
            let since_previous = Span::new(before.start.max(after_previous).min(outer.start), outer.start);
            let mut quote = Quote { span: inner, speaker: None, cue: None, to: None, paragraph };
            let after_text = after.of(text);
            // 1. "…” said X" / "…”, a déclaré X" / "…», a-t-il ajouté"; but "…, chanting: “…”,
            // the paper said" is the chanters'.
            let first_verb = speech_verbs(doc, after).next();
            // "Le « conseil des sages » a annoncé un accord": a few words in marks after a
            // determiner are a noun held at a distance, the subject of the verb after them, which
            // does not say who spoke them.
            let first_verb = first_verb.filter(|_| !held_at_a_distance(doc, outer.start, inner));
            // Words chanted are spoken, even when short and capitalised like a name.
            let mut chanted = false;
            if let Some((subject, cue)) =
                colon_participle_speaker(doc, since_previous).or_else(|| chanters(doc, since_previous))
            {
                quote.speaker = speaker_from(doc, subject, outer.start);
                quote.cue = quote.speaker.as_ref().map(|_| cue.to_string());
                chanted = quote.speaker.is_some();
            } else if let Some((cue, pronoun)) =
                inversion(doc, after).or_else(|| inversion_after_complement(doc, after))
            {
                quote.speaker = speaker_from(doc, pronoun.span, outer.start);
                quote.cue = Some(cue.as_str().to_string());
            } else if let Some((cue, source)) = impersonal_inversion(doc, after) {
                // "…», a-t-on précisé de même source": the source, if the verb gives one.
                quote.speaker = source.and_then(|p| speaker_from(doc, p, outer.start));
                quote.cue = Some(cue.as_str().to_string());
            } else if let Some(m) = first_verb.filter(|m| after_text[..m.start()].trim_matches([' ', ',']).is_empty()) {
                let from = past_asides(doc, after.start + m.end(), after.end);
                let phrase = phrase_after(doc, from, after.end, lexicon);
                quote.speaker = speaker_from(doc, phrase, outer.start);
                quote.cue = Some(m.as_str().to_string());
            } else if let Some((m, phrase)) = first_verb.and_then(|m| inverted_after_aside(doc, after, m)) {
                // "…», chef-lieu de la région, précise le communiqué": an aside about the quote's
                // last words, then the verb and its subject.
                quote.speaker = speaker_from(doc, phrase, outer.start);
                quote.cue = Some(m.as_str().to_string());
            } else if let Some(m) = first_verb {
                // 2. "…,” he said" / "…”, X told AFP".
                let subject = Span::new(after.start, after.start + m.start());
                // "…", the governor's spokesman told AFP: the comma after the quote is no part of it.
                let lead = subject.of(text).len() - subject.of(text).trim_start_matches([' ', ',']).len();
                let subject = Span::new(subject.start + lead, subject.end);
                let subject_text = subject.of(text).trim_matches([' ', ',']);
                // "…,” it said": a body's pronoun too.
                let names = names_something(subject_text, lexicon)
                    || is_pronoun(subject_text).is_some()
                    || stands_for_a_body(&lexicon.speech, &subject_text.to_lowercase());
                // "…» par les pillards, a ajouté la même source", "…» dépêché au village, a
                // précisé le juge", "…» captifs, a indiqué X": the quoted sentence goes on
                // after the marks, and the verb's subject comes after the verb; so it does after
                // the auxiliary and an aside ("…», a pour sa part indiqué X").
                let no_subject =
                    doc.tokens_in(subject).first().is_some_and(|t| matches!(t.pos, Upos::Adp | Upos::Aux | Upos::Verb));
                let one_phrase = !subject_text.contains([',', ';', '“', '«', '"']);
                let set_off = subject.of(text).trim_end().ends_with(',') && !m.tells(lexicon);
                let inverted = ((no_subject || set_off) && one_phrase)
                    .then(|| phrase_after(doc, past_asides(doc, after.start + m.end(), after.end), after.end, lexicon))
                    .filter(|p| {
                        let opens_clause = doc.tokens_in(*p).first().is_some_and(|t| t.means(Meaning::Complementizer));
                        !p.is_empty() && !opens_clause && names_something(p.of(text), lexicon)
                    });
                if let Some(phrase) = inverted {
                    quote.speaker = speaker_from(doc, phrase, outer.start);
                    quote.cue = Some(m.as_str().to_string());
                } else if names
                    && !no_subject
                    && one_phrase
                    && !ends_a_sentence(subject_text, lexicon)
                    && subject_text.split_whitespace().count() <= 8
                {
                    quote.speaker = speaker_from(doc, subject, outer.start);
                    quote.cue = Some(m.as_str().to_string());
                } else if !no_subject && !subject_text.contains([';', '“', '«', '"']) {
                    // "…,” Provincial governor, Jane Roe, told reporters": a role and the
                    // person set off after it.
                    let person = subject_before(doc, subject, after.start + m.start()).filter(|&s| {
                        reads_as_noun_phrase(doc, s)
                            && doc.mentions_in(s).any(|(_, e)| doc.entity(e).entity_type == EntityType::Person)
                    });
                    if let Some(person) = person {
                        quote.speaker = speaker_from(doc, person, outer.start);
                        quote.cue = Some(m.as_str().to_string());
                    }
                }
            }
            // 3. "X said: “…”", "X told AFP that the army “…”", "…, who assures that the attackers “…”".
            if quote.speaker.is_none() {
                let b = before.of(text);
                let relative = lexicon.speech.relative_pronouns.iter().find_map(|r| {
                    let pat = format!(", {r} ");
                    b.rfind(&pat).map(|i| (i, pat.len()))
                });
                let verbs: Vec<Cue<'_>> = speech_verbs(doc, before).filter(narrated).collect();
                let verb = verbs.last();
                if let (Some((ri, rlen)), Some(v)) = (relative, verb) {
                    if v.start() >= ri + rlen {
                        let ante = subject_before(doc, before, before.start + ri).or_else(|| {
                            let head = &b[..ri];
                            let from = head.rfind(|ch: char| [',', ';', ':'].contains(&ch)).map_or(0, |i| i + 1);
                            Some(Span::new(before.start + from, before.start + ri))
                        });
                        let ante =
                            ante.map(|a| strip_marker(doc, a)).map(|a| person_before_apposition(doc, a).unwrap_or(a));
                        quote.speaker = ante.and_then(|a| speaker_from(doc, a, outer.start));
                        quote.cue = Some(v.as_str().to_string());
                    }
                }
                if quote.speaker.is_none() {
                    // The last verb of speech whose subject reads as a noun phrase: "He said the
                    // rallies were over but promised to … “…”" is He's; else the last verb's subject.
                    let subject_of = |v: &Cue<'_>| subject_before(doc, before, before.start + v.start());
                    let found = verbs
                        .iter()
                        .rev()
                        .find_map(|v| subject_of(v).filter(|&s| reads_as_noun_phrase(doc, s)).map(|s| (v, s)))
                        .or_else(|| verb.and_then(|v| subject_of(v).map(|s| (v, s))));
                    if let Some((v, subject)) = found {
                        quote.speaker = speaker_from(doc, subject, outer.start);
                        quote.cue = Some(v.as_str().to_string());
                    }
                }
                // "X a prié les syndicats de « … »", "X urged residents to "…"".
                if quote.speaker.is_none() && verb.is_none() {
                    if let Some((start, cue)) = quote_verb_in(doc, before, false) {
                        // "a pour sa part exhorté": the subject stands before the auxiliary.
                        let tokens = doc.tokens_in(before);
                        let k = tokens.partition_point(|t| t.span.start < start);
                        let start =
                            if k < tokens.len() { tokens[verb_group_start(doc, tokens, k)].span.start } else { start };
                        if let Some(subject) = subject_before(doc, before, start) {
                            quote.speaker = speaker_from(doc, subject, outer.start);
                            quote.cue = Some(cue.to_string());
                        }
                    }
                }
            }
            // "…,” the crowd chanted", "…», scandaient les manifestants": a verb that only
            // brings in quoted words, right after the quote, with its subject on either side.
            if quote.speaker.is_none() {
                if let Some(subject) = quote_verb_after(doc, after) {
                    quote.speaker = speaker_from(doc, subject.0, outer.start);
                    quote.cue = quote.speaker.as_ref().map(|_| subject.1.to_string());
                }
            }
            // "le président Jean Kaboré a « ordonné aux forces… »": a quote that opens
            // right after an auxiliary is what its subject, a person, said.
            if quote.speaker.is_none() {
                let tokens = doc.tokens_in(before);
                let auxiliary = tokens.last().filter(|t| t.pos == Upos::Aux);
                let subject = auxiliary.and_then(|a| subject_before(doc, before, a.span.start));
                let person = subject.and_then(|s| {
                    doc.mentions_in(s).find(|&(m, e)| m.end == s.end && doc.entity(e).entity_type == EntityType::Person)
                });
                if let (Some(subject), Some(_)) = (subject, person) {
                    quote.speaker = speaker_from(doc, subject, outer.start);
                }
            }
            // "Le conducteur « croit avoir perdu le contrôle »", "The minister "regrets the loss"": a
            // quote that opens with a verb of speech or thought right after the sentence's
            // subject is that subject's words.
            let mut subject_words = false;
            if quote.speaker.is_none() {
                let opens_with_verb = speech_verbs(doc, inner).next().is_some_and(|v| v.start() == 0);
                let subject = Span::new(since_previous.start, outer.start).trim(text);
                let subject_text = subject.of(text);
                if opens_with_verb
                    && !subject.is_empty()
                    && !subject_text.contains([',', ';', ':'])
                    && subject_text.split_whitespace().count() <= MAX_SUBJECT_WORDS
                    && reads_as_noun_phrase(doc, subject)
                    && doc
                        .tokens_in(subject)
                        .first()
                        .is_some_and(|t| matches!(t.pos, Upos::Det | Upos::Propn | Upos::Noun))
                {
                    quote.speaker = speaker_from(doc, subject, outer.start);
                    subject_words = quote.speaker.is_some();
                }
            }
            // "Joint par téléphone, le maire se dit inquiet : « … »", "The mayor was
            // blunt: “…”": words a colon opens right after a clause are its subject's, when
            // that subject is a person or someone described.
            if quote.speaker.is_none() {
                if let Some(subject) = subject_before_colon(doc, since_previous) {
                    quote.speaker = speaker_from(doc, subject, outer.start);
                }
            }
            // "Le ministre a rejeté ce récit, dénonçant des « mensonges grossiers »": a
            // participle after the main clause quotes its subject's words.
            let marker = if quote.speaker.is_none() { attribution_marker(doc, sentence) } else { None };
            if quote.speaker.is_none() && marker.is_none() {
                if let Some((subject, cue)) = participle_speaker(doc, since_previous) {
                    quote.speaker = speaker_from(doc, subject, outer.start);
                    quote.cue = quote.speaker.as_ref().map(|_| cue.to_string());
                }
            }
            // 4. A partial quote in a sentence sourced with "according to X".
            if quote.speaker.is_none() {
                if let Some(m) = marker {
                    let phrase = phrase_after(doc, sentence.start + m.end(), sentence.end, lexicon);
                    quote.speaker = speaker_from(doc, phrase, outer.start);
                    quote.cue = Some(m.as_str().to_string());
                }
            }
            // 5. « …, a déclaré X. … »: who spoke, told inside the marks between two of the
            // quote's sentences, as French copy often sets it.
            if quote.speaker.is_none() {
                if let Some((phrase, cue)) = incise_in(doc, inner) {
                    quote.speaker = speaker_from(doc, phrase, outer.start);
                    quote.cue = quote.speaker.as_ref().map(|_| cue);
                }
            }
            if names_in_marks(doc, inner) && !chanted {
                quote.speaker = None;
                quote.cue = None;
            }
            if quote.speaker.is_some() {
                quote.to = addressee(doc, Span::new(outer.end, sentence.end.max(outer.end)))
                    .or_else(|| addressee(doc, before));
            }
            quotes.push(quote);
            of_subject.push(subject_words);
            earlier_quotes.push(outer);
        }
    }
    // Quotes that run over paragraphs, or are interrupted, take the speaker of the segment after.
    for k in (0..quotes.len().saturating_sub(1)).rev() {
        if quotes[k].speaker.is_none()
            && (continues_previous.get(k + 1).copied().unwrap_or(false)
                || same_sentence(doc, &quotes[k], &quotes[k + 1]))
        {
            quotes[k].speaker = quotes[k + 1].speaker.clone();
            quotes[k].cue = quotes[k + 1].cue.clone();
            quotes[k].to = quotes[k + 1].to;
        }
    }
    // A pronoun no person was found for ("« … », a-t-elle ajouté" after "« … », a déclaré
    // une source sécuritaire") stands for the speaker of the quote just before, within a
    // paragraph or two.
    // Quotes before it that took the pronoun from it (an interrupted quote) are resolved too.
    for k in 1..quotes.len() {
        let Some((pronoun, singular)) = quotes[k]
            .speaker
            .as_ref()
            .filter(|s| s.entity.is_none())
            .and_then(|s| is_pronoun(s.span.of(text)).map(|singular| (s.span, singular)))
        else {
            continue;
        };
        let near = |j: usize| match (quotes[j].paragraph, quotes[k].paragraph) {
            (Some(a), Some(b)) => b - a <= PRONOUN_PARAGRAPHS,
            _ => false,
        };
        let shares = |j: usize| quotes[j].speaker.as_ref().is_some_and(|s| s.span == pronoun);
        let antecedent = (0..k)
            .rev()
            .take(PRONOUN_REACH)
            .take_while(|&j| near(j))
            .filter(|&j| !shares(j))
            .find(|&j| quotes[j].speaker.is_some())
            // Someone who spoke since, of the pronoun's number, stands nearer ("« … », a dit un
            // habitant. Un médecin et un élu ont confirmé l'attaque. Ils ont accusé…"): the
            // pronoun is left for the antecedents.
            .filter(|&j| {
                let since =
                    quotes[j].speaker.as_ref().map_or(quotes[j].span.end, |s| s.span.end.max(quotes[j].span.end));
                let person = pronoun_sex(doc, pronoun).is_some();
                // A speaker named after the pronoun leaves nothing between.
                !spoke_between(doc, &quotes, Span::new(since.min(pronoun.start), pronoun.start), singular, person)
            })
            .and_then(|j| quotes[j].speaker.clone())
            // A pronoun before stands for someone only once resolved ("…, a-t-il déclaré" for
            // the prefect, then "…, a-t-il précisé").
            .filter(|s| is_pronoun(s.span.of(text)).is_none() || s.entity.is_some())
            // "ont-ils ajouté" stands for a group, not for one person.
            .filter(|s| singular || !s.entity.is_some_and(|e| doc.entity(e).entity_type == EntityType::Person));
        if let Some(antecedent) = antecedent {
            let from = (0..k).rev().take(PRONOUN_REACH).take_while(|&j| shares(j)).last().unwrap_or(k);
            for quote in &mut quotes[from..=k] {
                quote.speaker = Some(antecedent.clone());
            }
        }
    }
    for k in 1..quotes.len() {
        // A quote with no cue of its own right after an attributed one in the same paragraph
        // goes on with the same speaker ("“…,” said X. “…”").
        let same_paragraph = quotes[k].paragraph.is_some() && quotes[k].paragraph == quotes[k - 1].paragraph;
        if quotes[k].speaker.is_none()
            && (continues_previous.get(k).copied().unwrap_or(false)
                || same_paragraph && quotes[k].cue.is_none() && !of_subject[k - 1])
        {
            quotes[k].speaker = quotes[k - 1].speaker.clone();
            quotes[k].cue = quotes[k - 1].cue.clone();
        }
    }
    // "Spokesperson Jane Doe:\n\n“…”": a paragraph that only names someone and ends with a
    // colon introduces the quote that opens the next.
    for (k, quote) in quotes.iter_mut().enumerate() {
        let Some(p) = quote.paragraph.filter(|&p| p > 0) else { continue };
        if quote.speaker.is_some() || !opens_paragraph.get(k).copied().unwrap_or(false) {
            continue;
        }
        let before = doc.paragraphs[p - 1];
        let words = before.of(text).trim_end();
        let Some(phrase) = words.strip_suffix(':') else { continue };
        let phrase = Span::new(before.start, before.start + phrase.len());
        // Only a name, with its role: no verb ("Le ministre a ajouté :"), and someone named.
        let no_verb = doc.tokens_in(phrase).iter().all(|t| !matches!(t.pos, Upos::Verb | Upos::Aux));
        let named = doc
            .mentions_in(phrase)
            .any(|(_, e)| matches!(doc.entity(e).entity_type, EntityType::Person | EntityType::Org));
        if phrase.of(text).split_whitespace().count() <= MAX_INTRODUCING_WORDS
            && names_something(phrase.of(text), lexicon)
            && no_verb
            && named
        {
            quote.speaker = speaker_from(doc, phrase, quote.span.start);
            continue;
        }
        // "The minister added:", "Le ministre a ajouté :": a subject and a verb of speech that
        // end the paragraph.
        let verb = speech_verbs(doc, phrase).last().filter(|v| phrase.of(text)[v.end()..].trim().is_empty());
        if let Some(v) = verb.filter(|_| phrase.of(text).split_whitespace().count() <= MAX_INTRODUCING_WORDS) {
            let subject = subject_before(doc, phrase, phrase.start + v.start());
            if let Some(subject) = subject.filter(|s| names_something(s.of(text), lexicon)) {
                quote.speaker = speaker_from(doc, subject, quote.span.start);
                quote.cue = Some(v.as_str().to_string());
            }
        }
    }
    // "“…,” he said.\n\n“…”": a paragraph that opens with a quote no cue attributes goes on
    // with the speaker of the quote that closed the paragraph before.
    for k in 1..quotes.len() {
        let next_paragraph = match (quotes[k - 1].paragraph, quotes[k].paragraph) {
            (Some(a), Some(b)) => b == a + 1,
            _ => false,
        };
        if quotes[k].speaker.is_none()
            && quotes[k].cue.is_none()
            && opens_paragraph.get(k).copied().unwrap_or(false)
            && next_paragraph
        {
            quotes[k].speaker = quotes[k - 1].speaker.clone();
            quotes[k].cue = quotes[k - 1].cue.clone();
        }
    }
    // "The ministry said the king had promised families “any help they need”", "Le roi a
    // promis « toute l'aide nécessaire », a indiqué le ministère": words quoted inside what
    // someone else is reported to have said are that one's, not the reporter's.
    for quote in quotes.iter_mut() {
        let Some(current) = quote.speaker.as_ref().map(|s| s.span) else { continue };
        let Some(sentence) = sentence_at(doc, quote.span.start) else { continue };
        let open = text[..quote.span.start].trim_end_matches(|c: char| !c.is_alphanumeric());
        let before = Span::new(sentence.start, open.len().max(sentence.start));
        let Some(verb) = speech_verbs(doc, before).last() else { continue };
        // Only a clause that runs on to the quote: no stop or other quote in between.
        let between = &text[before.start + verb.end()..before.end];
        if between.contains(['.', ';', '«', '»', '“', '”', '"']) {
            continue;
        }
        let Some(subject) = subject_before(doc, sentence, before.start + verb.start()) else { continue };
        if subject.overlaps(current) || current.start < subject.start && current.end > before.end {
            continue;
        }
        // "X, …, qui précise que « … »": a relative clause on the speaker found already.
        let relative = doc
            .tokens_in(Span::new(sentence.start, before.start + verb.start()))
            .iter()
            .any(|t| t.means(Meaning::RelativePronoun) && t.span.start >= current.end.min(subject.start));
        if relative {
            continue;
        }
        let someone = crate::annotate::sources::identified(&crate::annotate::sources::sources_in(doc, subject))
            || names_a_role(doc, subject)
            || is_pronoun(subject.of(text)).is_some();
        if let Some(speaker) = speaker_from(doc, subject, quote.span.start).filter(|_| someone) {
            quote.speaker = Some(speaker);
            quote.cue = Some(verb.as_str().to_string());
        }
    }
    // A headline quotes words the body gives again with who said them ("Tempête : « Nous n'avons
    // plus rien », racontent des riverains" … "« Nous n'avons plus rien », dit Léa Roux"): the body's
    // speaker is the one.
    if let Some(headline) = doc.layout.headline {
        for k in 0..quotes.len() {
            if !headline.contains(quotes[k].span) {
                continue;
            }
            let words = quote_words(text, quotes[k].span);
            let again = quotes[k + 1..].iter().take(MAX_QUOTES_FOR_HEADLINE).find(|q| {
                q.speaker.is_some() && !headline.contains(q.span) && quote_words(text, q.span).starts_with(words)
            });
            if let Some(body) = again.cloned() {
                quotes[k].speaker = body.speaker;
                quotes[k].cue = body.cue;
            }
        }
    }
    quotes
}

/// Who spoke a quote, told inside its marks after a comma and before the end of one of its
/// sentences: "…, a précisé le maire, Jean Roy. …", "…, a-t-il ajouté. …". The
/// phrase naming the speaker (or the pronoun) and the cue.
fn incise_in(doc: &Document<'_>, inner: Span) -> Option<(Span, String)> {
    let text = doc.text();
    let lexicon = lang::lexicon(doc.language);
    let words = inner.of(text);
    let mut commas = words.match_indices(", ").map(|(i, _)| inner.start + i + 1);
    commas.find_map(|comma| {
        // The incise ends its sentence: a full stop before the quote goes on.
        let rest = &text[comma..inner.end];
        let stop = rest.find(". ").or_else(|| rest.strip_suffix('.').map(str::len))?;
        let after = Span::new(comma, comma + stop);
        if let Some((cue, pronoun)) = inversion(doc, after) {
            let tail = text[cue.span.end.max(pronoun.span.end)..after.end].trim();
            return tail.is_empty().then(|| (pronoun.span, cue.as_str().to_string()));
        }
        let verb = speech_verbs(doc, after).next()?;
        if !text[after.start..after.start + verb.start()].trim().is_empty() {
            return None;
        }
        let phrase = phrase_after(doc, past_asides(doc, after.start + verb.end(), after.end), after.end, lexicon);
        // The phrase runs to the full stop: a name or someone described, nothing more.
        let whole = text[phrase.end..after.end].trim().is_empty()
            || apposed_person(doc, Span::new(phrase.start, after.end)).is_some_and(|(m, _)| m.end == after.end);
        (!phrase.is_empty() && whole && names_something(phrase.of(text), lexicon) && !holds_verb(doc, phrase))
            .then(|| (phrase, verb.as_str().to_string()))
    })
}

/// The words of a quote without its marks and the spaces inside them.
fn quote_words(text: &str, span: Span) -> &str {
    span.of(text).trim_matches(|c: char| c.is_whitespace() || "\"“”«»‘’'".contains(c))
}

/// The most quotes of the body searched for a headline's quote told again.
const MAX_QUOTES_FOR_HEADLINE: usize = 64;

/// The subject of the clause that a colon right before a quote ends ("le préfet se montre
/// prudent :"), when it names a person or someone described; the clause's first verb marks
/// where the subject ends.
fn subject_before_colon(doc: &Document<'_>, before: Span) -> Option<Span> {
    let tokens = doc.tokens_in(before);
    if tokens.last().is_none_or(|t| doc.lower(t.span) != ":") {
        return None;
    }
    // Someone described: an official, a witness, a source; not any noun ("La situation est
    // grave :").
    let names_someone = |subject: Span| {
        let described = crate::annotate::antecedents::is_person_like(doc, subject)
            && crate::annotate::sources::kind_of(doc, subject, None) != SourceKind::Other;
        doc.mentions_in(subject).any(|(_, e)| doc.entity(e).entity_type == EntityType::Person)
            || described
            || is_pronoun(subject.of(doc.text())) == Some(true)
    };
    // The first verb with a subject: past a participle opening the sentence ("Joint par téléphone,").
    // Counted by verb group: "ont été inondés" is one.
    let verbal = |k: usize| matches!(tokens[k].pos, Upos::Verb | Upos::Aux);
    let verbs = (0..tokens.len()).filter(|&k| verbal(k) && (k == 0 || !verbal(k - 1)));
    verbs.take(MAX_VERBS_BEFORE_COLON).find_map(|k| {
        let mut group = verb_group_start(doc, tokens, k);
        // "le préfet se montre": the reflexive goes with its verb.
        let reflexives = lang::lexicon(doc.language).grammar.reflexives;
        if group > 0 && reflexives.contains(&doc.lower(tokens[group - 1].span)) {
            group -= 1;
        }
        // Not a verb inside a relative clause on the subject ("X, a farmer whose fields were
        // flooded, said:", "X, un paysan dont les champs ont été inondés, a déclaré :").
        // The person the description is set off after speaks, if one is named there.
        let subject = subject_before(doc, before, tokens[group].span.start)?;
        let relative =
            doc.tokens_in(subject).iter().any(|t| t.means(Meaning::RelativePronoun) || t.means(Meaning::Inclusion));
        if relative {
            return person_before_apposition(doc, subject);
        }
        (!subject.is_empty() && names_someone(subject)).then_some(subject)
    })
}

/// The most verbs looked at for the subject of a clause a colon ends.
const MAX_VERBS_BEFORE_COLON: usize = 2;

/// The most words between a quoting participle and the quote ("faisant état d'une très").
const PARTICIPLE_OBJECT_WORDS: usize = 8;

/// The subject of the main clause that a participle of speech after a comma goes on from,
/// when the words before a quote end with that participle's object ("The minister rejected the
/// report, calling it", "Le ministre a rejeté ce récit, dénonçant des"): the words before the
/// clause's first verb, when they name a person or an organisation. Also gives the participle.
/// "Protesters pelted the police with paint, chanting: “…”": words a participle of speech
/// opens with a colon right before them are its subject's, whoever reports them after; the
/// subject need only read as a noun phrase.
fn colon_participle_speaker<'d>(doc: &'d Document<'_>, before: Span) -> Option<(Span, &'d str)> {
    let tokens = doc.tokens_in(before);
    let [.., participle, colon] = tokens else { return None };
    if doc.lower(colon.span) != ":" {
        return None;
    }
    let speech = &lang::lexicon(doc.language).speech;
    if !speech.quoting_participles.contains(&doc.lower(participle.span)) {
        return None;
    }
    participle_subject(doc, before, tokens.len() - 3, true).map(|s| (s, participle.span.of(doc.text())))
}

/// "…students marched to parliament chanting “…”", "des manifestants qui défilaient en
/// scandant « … »": words a participle of chanting opens right before them are the people
/// nearest before it in the sentence, told by a noun of people (not a place or an
/// institution).
fn chanters<'d>(doc: &'d Document<'_>, before: Span) -> Option<(Span, &'d str)> {
    let tokens = doc.tokens_in(before);
    let (participle, rest) = tokens.split_last()?;
    let speech = &lang::lexicon(doc.language).speech;
    if !speech.quoting_participles.contains(&doc.lower(participle.span)) {
        return None;
    }
    let people = |t: &Token| match doc.mention_around(t.span) {
        Some((_, e)) => doc.entity(e).entity_type == EntityType::Person,
        None => t.means(Meaning::ActorNoun) || t.means(Meaning::VictimNoun) || t.means(Meaning::GroupNoun),
    };
    let head = rest.iter().rposition(|t| matches!(t.pos, Upos::Noun | Upos::Propn) && people(t))?;
    // The noun with its determiner and adjectives, not a count before it ("hundreds of
    // students", "des centaines de manifestants"): a figure is never a speaker.
    let start = rest[..head].iter().rposition(|t| !matches!(t.pos, Upos::Det | Upos::Adj)).map_or(0, |k| k + 1);
    Some((Span::new(rest[start].span.start, rest[head].span.end), participle.span.of(doc.text())))
}

/// The subject of the clause before the comma at token `comma` of `before`: the words before
/// its first verb, when they name someone (or, with `any_noun_phrase`, read as a noun phrase).
fn participle_subject(doc: &Document<'_>, before: Span, comma: usize, any_noun_phrase: bool) -> Option<Span> {
    let tokens = doc.tokens_in(before);
    if tokens.get(comma).is_none_or(|t| doc.lower(t.span) != ",") {
        return None;
    }
    let names_someone = |span: Span| {
        doc.mentions_in(span).any(|(_, e)| matches!(doc.entity(e).entity_type, EntityType::Person | EntityType::Org))
    };
    let verb = tokens[..comma].iter().position(|t| matches!(t.pos, Upos::Verb | Upos::Aux)).filter(|&v| v > 0)?;
    let subject = without_leading_time(doc, Span::new(tokens[0].span.start, tokens[verb - 1].span.end));
    let named =
        names_someone(subject) || names_a_role(doc, subject) || any_noun_phrase && reads_as_noun_phrase(doc, subject);
    (named && !subject.is_empty()).then_some(subject)
}

fn participle_speaker<'d>(doc: &'d Document<'_>, before: Span) -> Option<(Span, &'d str)> {
    let lexicon = lang::lexicon(doc.language);
    let tokens = doc.tokens_in(before);
    let comma = tokens.iter().rposition(|t| doc.lower(t.span) == ",")?;
    let participle = tokens.get(comma + 1)?;
    let word = doc.lower(participle.span);
    let speech = &lexicon.speech;
    if !speech.quoting_participles.contains(&word) && !speech.continuing_cues.contains(&word) {
        return None;
    }
    // Its object runs to the quote: no verb of its own, and no one else named whose words
    // they may be ("…, describing a UN finding of "…"").
    let object = &tokens[comma + 2..];
    if object.len() > PARTICIPLE_OBJECT_WORDS || object.iter().any(|t| matches!(t.pos, Upos::Verb | Upos::Aux)) {
        return None;
    }
    let names_someone = |span: Span| {
        doc.mentions_in(span).any(|(_, e)| matches!(doc.entity(e).entity_type, EntityType::Person | EntityType::Org))
    };
    if names_someone(Span::new(participle.span.end, before.end)) {
        return None;
    }
    participle_subject(doc, before, comma, false).map(|s| (s, participle.span.of(doc.text())))
}

/// Whether a noun phrase outside the quotes is the subject of a verb of speech within
/// `between`, singular or plural as asked, and someone rather than a body if asked ("Un
/// médecin et un maire ont confirmé l'attaque").
fn spoke_between(doc: &Document<'_>, quotes: &[Quote], between: Span, singular: bool, person: bool) -> bool {
    let text = doc.text();
    let first = doc.sentence_index(between.start);
    doc.sentences[first..].iter().take_while(|s| s.span.start < between.end).any(|sentence| {
        speech_verbs(doc, sentence.span)
            .filter(|cue| cue.span.start >= between.start && cue.span.end <= between.end)
            .filter_map(|cue| subject_before(doc, sentence.span, cue.span.start))
            .any(|subject| {
                subject.start >= between.start
                    && is_pronoun(subject.of(text)).is_none()
                    && quote_around(quotes, subject).is_none()
                    && reads_as_noun_phrase(doc, subject)
                    && doc.tokens_in(subject).iter().any(|t| matches!(t.pos, Upos::Noun | Upos::Propn))
                    && crate::annotate::antecedents::singular(doc, subject) == singular
                    && (!person || crate::annotate::antecedents::is_person_like(doc, subject) || {
                        entity_in(doc, subject).is_some_and(|e| doc.entity(e).entity_type == EntityType::Person)
                    })
            })
    })
}

/// The quote holding `span`, if any (quotes are in text order and do not overlap).
pub fn quote_around(quotes: &[Quote], span: Span) -> Option<&Quote> {
    let to = quotes.partition_point(|q| q.span.start <= span.start);
    quotes[..to].last().filter(|q| q.span.contains(span))
}

/// The most words before the verb of a sentence that names who said the quote before it
/// ("The district officer said, …").
const MAX_SUBJECT_WORDS: usize = 6;
/// The most words of a speaker's phrase.
const MAX_SPEAKER_WORDS: usize = 12;

/// The most words of a paragraph that introduces the quote after it ("Spokesperson Jane Doe:").
const MAX_INTRODUCING_WORDS: usize = 8;

/// How many paragraphs back a pronoun with no person before it looks for the speaker it stands for.
const PRONOUN_PARAGRAPHS: usize = 2;

fn same_sentence(doc: &Document<'_>, a: &Quote, b: &Quote) -> bool {
    sentence_at(doc, a.span.start).is_some_and(|s| s.contains(b.span))
}

/// "according to a Syrian official" → "a Syrian official".
fn strip_marker(doc: &Document<'_>, phrase: Span) -> Span {
    let text = doc.text();
    match attribution_marker(doc, phrase) {
        Some(m) => Span::new(phrase.start + m.end(), phrase.end).trim(text),
        None => phrase,
    }
}

/// Whether the words of a span outside its quotes name no one and nothing: no noun, no proper
/// noun ("et où passent « … »", not "but the fire chief warned of “…”").
fn names_none_outside_quotes(doc: &Document<'_>, span: Span) -> bool {
    let inverted = lang::lexicon(doc.language).hooks.inverted_pronoun;
    // Nor a pronoun after its verb ("se souvient-elle"), which names a speaker of its own.
    let inversion = |t: &crate::model::Token| inverted.is_some_and(|read| read(t.span.of(doc.text())).is_some());
    doc.tokens_in(span)
        .iter()
        .filter(|t| quote_around(&doc.quotes, t.span).is_none())
        .all(|t| !matches!(t.pos, Upos::Noun | Upos::Propn) && !inversion(t))
}

/// Resolve, once the claims are read: a quote nothing attributed, inside a sentence whose
/// claim names its source ("…, a annoncé le ministère dans un communiqué, évoquant des « actes
/// de vandalisme »"), is that source's; a paragraph that is one quote with no cue is the
/// person's whose claim ends the paragraph before.
pub fn speakers_from_claims(doc: &Document<'_>) -> Vec<Quote> {
    let text = doc.text();
    let mut quotes = doc.quotes.clone();
    let claims = claims_by_start(doc);
    // A person named, or someone described ("un policier", "the defence minister"), not a
    // record ("the statement").
    let records = lang::lexicon(doc.language).speech.record_nouns;
    let described = |s: &Source| {
        let head = doc.tokens_in(s.span).iter().find(|t| t.pos == Upos::Noun).map(|t| doc.lower(t.span));
        matches!(s.kind, SourceKind::Official | SourceKind::Witness)
            || crate::annotate::antecedents::is_person_like(doc, s.span) && head.is_none_or(|h| !records.contains(&h))
    };
    // The minister of a ministry named: the minister.
    let person = |s: &Source| s.entity.is_some_and(|e| doc.entity(e).entity_type == EntityType::Person) || described(s);
    let no_words = |from: usize, to: usize| text[from..to].chars().all(|c| !c.is_alphanumeric());
    for q in quotes.iter_mut().filter(|q| q.speaker.is_none() && !names_in_marks(doc, q.span)) {
        let Some(sentence) = doc.sentence_at(q.span.start).map(|s| s.span) else { continue };
        let source = claims_in(&claims, sentence).find_map(|a| {
            a.sources
                .iter()
                .find(|s| sentence.contains(s.span) && !s.span.overlaps(q.span) && !names_no_one(doc, s.span))
                .map(|s| (a, s))
        });
        // "Dube-Ncube said six people were still missing.\n\n“Sadly, …”": a paragraph that is
        // one quote with no cue goes on with the person whose claim ended the paragraph before.
        let paragraph = doc.paragraph_from(q.span.start).filter(|p| p.contains(q.span));
        let source = source.or_else(|| {
            let paragraph = paragraph?;
            let opens = no_words(paragraph.start, q.span.start);
            let whole = no_words(q.span.end, paragraph.end);
            // A sentence said, not a quoted line set as a heading ("«Décapité devant sa famille»").
            let said = text[q.span.start..paragraph.end].trim_end().contains(['.', '!', '?', '…']);
            let at = doc.paragraphs.partition_point(|p| p.end <= paragraph.start);
            let before = doc.paragraphs.get(at.checked_sub(1)?)?;
            let last = claims_in(&claims, *before).last()?;
            let s = last.sources.first().filter(|s| person(s))?;
            (opens && whole && said && q.cue.is_none()).then_some((last, s))
        });
        // "…, said John Mensah, the district chief. “We need…”": so does a sentence that is one
        // quote with no cue, right after a person's claim in the same paragraph.
        let source = source.or_else(|| {
            let paragraph = paragraph?;
            // The quote may run over several sentences: "“… hard. We keep going.”"
            let last = doc.sentence_at(q.span.end.saturating_sub(1)).map_or(sentence, |s| s.span);
            let opens = no_words(sentence.start, q.span.start);
            // Or it opens a sentence whose other words only carry on its own (« … » et où se
            // trouvent « … »): no claim and no one named.
            let carried_on = || {
                let after = Span::new(q.span.end.min(last.end), last.end);
                claims_in(&claims, sentence).next().is_none() && names_none_outside_quotes(doc, after)
            };
            let whole = opens && (no_words(q.span.end, last.end.max(q.span.end)) || carried_on());
            let last = claims_in(&claims, Span::new(paragraph.start, sentence.start)).last()?;
            let right_before = doc.sentence_at(last.claim.start).is_some_and(|s| no_words(s.span.end, sentence.start));
            let s = last.sources.first().filter(|s| person(s))?;
            (whole && right_before && q.cue.is_none()).then_some((last, s))
        });
        if let Some((a, s)) = source {
            q.speaker = Some(Speaker {
                entity: s.entity,
                span: s.span,
                named: s.entity.is_some(),
                role: role_of(doc, s.entity),
                antecedent: s.antecedent,
            });
            q.cue = Some(a.cue.clone());
        }
    }
    // A later quote of the same sentence with no cue and no one named before it goes on with
    // the speaker its first quote was given here (« … » et où passent « … »); so does the
    // next sentence of the paragraph when it is that quote alone, after a conjunction at
    // most ("Pour X, « … ». Mais « … »").
    for k in 1..quotes.len() {
        let (before, after) = quotes.split_at_mut(k);
        let (previous, q) = (&before[k - 1], &mut after[0]);
        let previous_sentence = doc.sentence_at(previous.span.start).map(|s| s.span);
        let same_sentence = previous_sentence.is_some_and(|s| s.contains(q.span));
        let next_sentence_alone = || {
            let (Some(first), Some(sentence)) = (previous_sentence, doc.sentence_at(q.span.start).map(|s| s.span))
            else {
                return false;
            };
            let same_paragraph = doc.paragraph_from(first.start).is_some_and(|p| p.contains(sentence));
            same_paragraph
                && first.end <= sentence.start
                && no_words(first.end, sentence.start)
                && previous.span.end <= first.end
                && names_none_outside_quotes(doc, Span::new(sentence.start, q.span.start))
                && no_words(q.span.end.min(sentence.end), sentence.end)
        };
        let same_sentence = same_sentence || next_sentence_alone();
        let between = Span::new(previous.span.end, q.span.start.max(previous.span.end));
        let given_here = doc.quotes.get(k - 1).is_some_and(|old| old.speaker.is_none());
        if q.speaker.is_none()
            && q.cue.is_none()
            && previous.speaker.is_some()
            && given_here
            && same_sentence
            && names_none_outside_quotes(doc, between)
            && !names_in_marks(doc, q.span)
        {
            q.speaker = previous.speaker.clone();
            q.cue = previous.cue.clone();
        }
    }
    // A noun held at a distance inside the phrase said to speak is no one's words ("le
    // « conseil », formé de notables, a annoncé…").
    for q in &mut quotes {
        if q.speaker.as_ref().is_some_and(|s| s.span.contains(q.span)) {
            q.speaker = None;
            q.cue = None;
        }
    }
    quotes
}
