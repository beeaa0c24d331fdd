//! Sourced claims: "CLAIM, according to X and Y", "selon X, CLAIM", "X said that CLAIM",
//! "CLAIM, X announced", "CLAIM, a indiqué X", "X reported CLAIM".

use crate::annotate::sources::{
    after_clause_boundary, apposed_person, attribution_marker, holds_verb, identified, impersonal_inversion,
    inversion as inversion_at, kind_of, names_a_role, names_no_one, names_something, opens_with_determiner,
    past_abbreviated_title, past_addressee, past_as_word, past_asides, past_relay, phrase_after, phrase_end,
    reads_as_noun_phrase, record_issuers, source_of_speaker, sources_in, speech_verbs, stands_for_a_body,
    subject_before, verb_group_start, view_marker, without_leading_time, without_trailing_record, Cue,
    MAX_SOURCE_WORDS, MAX_WORDS_BEFORE_AGENT,
};
use crate::annotate::{quotes, when};
use crate::document::Document;
use crate::lang;
use crate::lang::Vocabulary;
use crate::model::Span;
use crate::model::{
    Attribution, EntityId, EntityType, Kind, Meaning, Reference, Source, SourceKind, Token, Upos, Zone,
};
use crate::sort;
use crate::tokens::possessive_after;

/// The most words a subject with a determiner may have to be taken as a source.
const MAX_SUBJECT_WORDS: usize = 6;

/// The most words of a phrase that opens a sentence only to link it to the one before ("De leur
/// côté", "For their part").
const MAX_OPENER_WORDS: usize = 4;

/// Quotation marks, straight and typographic.
const QUOTE_MARKS: [char; 5] = ['"', '“', '”', '«', '»'];

/// How far before a pronoun, in bytes, the claim or quote whose person it stands for may end.
const PRONOUN_WINDOW: usize = 600;

/// The most words of a source a headline names at its end.
const HEADLINE_SOURCE_WORDS: usize = 4;

/// A headline's claim and the sources it names at its end, after a colon or a dash or in
/// brackets: a kind of source or a name the text knows, in a few words. Also the mark that
/// sets them off, as the claim's cue.
fn headline_source(doc: &Document<'_>, span: Span) -> Option<(Span, Vec<Source>, &'static str)> {
    trailing_headline_source(doc, span).or_else(|| leading_headline_source(doc, span))
}

/// "Officials: 38 dead, 15 missing after ferry capsizes", "Police : 12 morts dans l'explosion":
/// a headline's source before a colon, a kind of source (never a place: "Mali : 21 villageois
/// tués" is where).
fn leading_headline_source(doc: &Document<'_>, span: Span) -> Option<(Span, Vec<Source>, &'static str)> {
    let text = doc.text();
    let s = span.of(text);
    let at = s.find(':')?;
    let source = Span::new(span.start, span.start + at).trim(text);
    let words = source.of(text).split_whitespace().count();
    let sources = sources_in(doc, source);
    let place =
        |x: &Source| x.entity.is_some_and(|e| matches!(doc.entity(e).entity_type, EntityType::Gpe | EntityType::Loc));
    let kind_of_source = !sources.is_empty() && sources.iter().all(|x| x.kind != SourceKind::Other && !place(x));
    let claim = trim_claim(text, Span::new(span.start + at + 1, span.end));
    (words > 0 && words <= HEADLINE_SOURCE_WORDS && kind_of_source && claim.len() > 10).then_some((claim, sources, ":"))
}

/// A headline's claim and its sources named at its end (see [`headline_source`]).
fn trailing_headline_source(doc: &Document<'_>, span: Span) -> Option<(Span, Vec<Source>, &'static str)> {
    let text = doc.text();
    let s = span.of(text).trim_end_matches(['.', ' ']);
    let (claim_end, source, mark) = if let Some(inner) = s.strip_suffix(')') {
        let open = inner.rfind('(')?;
        (open, Span::new(span.start + open + 1, span.start + inner.len()), "()")
    } else {
        let (at, sep) = [": ", " - ", " — ", " – "]
            .iter()
            .filter_map(|sep| s.rfind(sep).map(|i| (i, *sep)))
            .max_by_key(|&(i, _)| i)?;
        (at, Span::new(span.start + at + sep.len(), span.start + s.len()), sep.trim())
    };
    let source = source.trim(text);
    let words = source.of(text).split_whitespace().count();
    let sources = sources_in(doc, source);
    let claim = trim_claim(text, Span::new(span.start, span.start + claim_end));
    let named = identified(&sources) || doc.mentions_in(source).any(|(m, _)| m == source);
    // A verb, or a figure: "85 hurt in clashes – Red Cross".
    let says = holds_verb(doc, claim) || doc.tokens_in(claim).iter().any(|t| t.pos == Upos::Num);
    (words > 0 && words <= HEADLINE_SOURCE_WORDS && named && says && claim.len() > 10).then_some((claim, sources, mark))
}

/// A claim with its sources; its place and date are read once all claims are found.
/// A source named only by a pronoun ("he", "il", "they"), resolved with the other pronouns.
fn pronoun_source(span: Span) -> Source {
    Source { span, entity: None, kind: SourceKind::Other, antecedent: None }
}

/// "A medical source set the toll at eleven, citing early counts", « Un élu a chiffré le bilan
/// à neuf morts, citant l'hôpital »: a participle of citing set off after a clause whose
/// subject can speak makes that subject the source of what its verb says, from the verb to
/// the comma; the one cited is where the subject had it from.
fn cited_by_subject(doc: &Document<'_>, span: Span, marker: &Cue<'_>) -> Option<Attribution> {
    let text = doc.text();
    let citing = lang::lexicon(doc.language).speech.citing_participles;
    let first = doc.tokens_in(marker.span).first()?;
    if !citing.contains(&doc.lower(first.span)) {
        return None;
    }
    let lead = Span::new(span.start, marker.span.start);
    if !lead.of(text).trim_end().ends_with(',') {
        return None;
    }
    let tokens = doc.tokens_in(lead);
    // The clause's main verb: the first one, after the subject.
    let verb = tokens.iter().position(|t| t.pos == Upos::Verb)?;
    let group = verb_group_start(doc, tokens, verb);
    let subject = subject_before(doc, span, tokens[group].span.start)?;
    let sources = sources_in(doc, subject);
    let can_speak = sources.iter().any(|s| {
        s.kind != SourceKind::Other
            || s.entity.is_some_and(|e| matches!(doc.entity(e).entity_type, EntityType::Person | EntityType::Org))
    });
    if !can_speak || !reads_as_noun_phrase(doc, subject) {
        return None;
    }
    let claim = trim_claim(text, Span::new(tokens[verb].span.end, marker.span.start));
    (!claim.is_empty()).then(|| claimed(claim, sources, tokens[verb].span.of(text).to_string()))
}

/// Where the verb of a subject that a marker and its source interrupt starts, inside the
/// source phrase `written`: the lead before the marker is a noun phrase with no verb and no
/// comma after it, and a verb (not a participle before its agent) follows the source's words.
fn subject_verb_after_source(doc: &Document<'_>, lead: Span, written: Span) -> Option<usize> {
    let text = doc.text();
    let lead_tokens = doc.tokens_in(lead);
    let subject = !lead_tokens.is_empty()
        && !lead.of(text).trim_end().ends_with(',')
        && lead_tokens.iter().any(|t| matches!(t.pos, Upos::Noun | Upos::Propn))
        // A participle or an adjective read as a verb may qualify the noun ("le bilan
        // provisoire").
        && !lead_tokens.iter().enumerate().any(|(i, t)| match t.pos {
            Upos::Aux | Upos::Punct => true,
            Upos::Verb => i == 0 || !matches!(lead_tokens[i - 1].pos, Upos::Noun | Upos::Propn),
            _ => false,
        });
    // "Les manifestations, qui selon les autorités ont fait cinq morts": a relative pronoun is
    // the subject too.
    let relative = lead_tokens.last().is_some_and(|t| t.means(Meaning::RelativePronoun));
    if !subject && !relative {
        return None;
    }
    let tokens = doc.tokens_in(written);
    // A verb of speech first ("fait état de"); else a verb that is no name of a people read
    // as one ("le ministre camerounais") nor a participle before its agent ("sources quoted
    // by").
    let spoken = speech_verbs(doc, written)
        .map(|v| tokens.partition_point(|t| t.span.start < v.span.start))
        .find(|&k| k > 0 && k < tokens.len());
    let k = spoken.or_else(|| {
        (1..tokens.len()).find(|&k| {
            let qualifies = doc.overlaps_mention(tokens[k].span)
                || tokens.get(k + 1).is_some_and(|t| t.means(Meaning::AgentMarker));
            matches!(tokens[k].pos, Upos::Verb | Upos::Aux) && !qualifies
        })
    })?;
    // With its auxiliary or clitic: "s'élève à".
    let mut group = verb_group_start(doc, tokens, k).max(1);
    if group > 1 && tokens[group - 1].pos == Upos::Pron && doc.lower(tokens[group - 1].span).ends_with(['\'', '’']) {
        group -= 1;
    }
    (k + 1 < tokens.len()).then(|| tokens[group].span.start)
}

/// The sources of a record named right before a relative pronoun that ends at `at` (the
/// start of a verb of speech or of a marker), when the sentence says who issued it: "The
/// union released a report, which stated", « Le syndicat a diffusé un rapport selon lequel ».
fn issuer_of_record_before(doc: &Document<'_>, span: Span, at: usize) -> Option<Vec<Source>> {
    let records = lang::lexicon(doc.language).speech.record_nouns;
    let tokens = doc.tokens_in(Span::new(span.start, at));
    // "which (also) said": adverbs may stand between.
    let mut k = tokens.iter().rposition(|t| t.pos != Upos::Adv)?;
    if !tokens[k].means(Meaning::RelativePronoun) {
        // "un rapport selon lequel": the marker stands between the record and its pronoun.
        k = tokens.len();
    }
    let before = tokens[..k].iter().rposition(|t| doc.lower(t.span) != ",")?;
    let record = &tokens[before];
    if !records.contains(&doc.lower(record.span)) {
        return None;
    }
    // Whoever issues a record is a body or a person, named or not ("the union").
    let issuer = record_issuers(doc, Span::new(span.start, record.span.end)).into_iter().last()?;
    let sources = sources_in(doc, issuer);
    (!sources.is_empty()).then_some(sources)
}

/// « Le syndicat a diffusé un rapport selon lequel CLAIM », "a report according to which CLAIM": a
/// marker and a relative pronoun after a record whose issuer the sentence names.
fn record_by_relative_marker(doc: &Document<'_>, span: Span) -> Option<Attribution> {
    let vocabulary = Vocabulary::of(lang::lexicon(doc.language));
    let tokens = doc.tokens_in(span);
    // Most sentences hold no relative pronoun: no need to look for markers there.
    if !tokens.iter().any(|t| t.means(Meaning::RelativePronoun)) {
        return None;
    }
    (0..tokens.len()).find_map(|k| {
        let cue = vocabulary.phrase_at(tokens, &doc.lower, k, Meaning::AttributionMarker)?;
        let next = tokens.partition_point(|t| t.span.start < cue.end);
        let pronoun = tokens.get(next).filter(|t| t.means(Meaning::RelativePronoun))?;
        let sources = issuer_of_record_before(doc, span, cue.start)?;
        let claim = trim_claim(doc.text(), Span::new(pronoun.span.end, span.end));
        (!claim.is_empty()).then(|| claimed(claim, sources, cue.of(doc.text()).to_string()))
    })
}

/// "CLAIM, lit-on dans le communiqué de l'armée": an impersonal inversion after the claim's
/// comma, which names the record the claim is read in.
fn read_in_record(doc: &Document<'_>, span: Span) -> Option<Attribution> {
    let text = doc.text();
    let comma = span.of(text).rfind(',')?;
    let after = Span::new(span.start + comma + 1, span.end);
    let (cue, source) = impersonal_inversion(doc, after)?;
    let source = source.filter(|s| !s.is_empty())?;
    let claim = trim_claim(text, Span::new(span.start, span.start + comma));
    (claim.len() > 10).then(|| claimed(claim, sources_in(doc, source), cue.as_str().to_string()))
}

/// "The fire, reports the local daily, may have been started…", « L'incendie, rapporte le
/// journal, aurait été provoqué… »: a verb of speech and its subject set off by commas between
/// the sentence's subject and its verb. The claim is the sentence, as for "The fire, police
/// said, was…".
fn inverted_aside(doc: &Document<'_>, span: Span) -> Option<Attribution> {
    let text = doc.text();
    let lexicon = lang::lexicon(doc.language);
    let s = span.of(text);
    let open = s.find(", ")?;
    let aside = set_off_at(text, span.start + open, span.end)?;
    let verb = speech_verbs(doc, aside).next().filter(|v| v.span.start == aside.trim(text).start)?;
    let source = Span::new(verb.span.end, aside.end).trim(text);
    let subject = Span::new(span.start, span.start + open);
    let rest = Span::new(aside.end + 1, span.end);
    // "Le rapport, écrit par la police, a été publié": a participle and its agent qualify the
    // subject.
    let agent = doc.tokens_in(source).first().is_some_and(|t| t.means(Meaning::AgentMarker));
    let fits = !agent
        && !holds_verb(doc, subject)
        && !holds_verb(doc, source)
        && holds_verb(doc, rest)
        && names_something(source.of(text), lexicon)
        && source.of(text).split_whitespace().count() <= MAX_SOURCE_WORDS;
    fits.then(|| claimed(trim_claim(text, span), sources_in(doc, source), verb.as_str().to_string()))
}

fn claimed(claim: Span, sources: Vec<Source>, cue: String) -> Attribution {
    Attribution { claim, sources, cue, place: None, date: None }
}

fn trim_claim(text: &str, span: Span) -> Span {
    let s = span.of(text);
    let start = span.start + (s.len() - s.trim_start_matches([' ', ',', ':']).len());
    let end = span.end - (s.len() - s.trim_end_matches([' ', ',', '.', ';', ':']).len());
    Span::new(start, end.max(start))
}

/// Annotates sourced claims in the standfirst and body.
pub fn annotate(doc: &Document<'_>) -> Vec<Attribution> {
    let text = doc.text();
    let lexicon = lang::lexicon(doc.language);
    let mut out = Vec::new();
    for sentence in doc.sentences.iter().filter(|s| matches!(s.zone, Zone::Headline | Zone::Standfirst | Zone::Body)) {
        // A dateline ("KHARTOUM, April 12 (Reuters) -") is not part of any claim.
        let mut span = doc.without_dateline(sentence.span).trim(text);
        // "X said A, while Y reported B": each clause with a speaker of its own is a claim.
        // "This is according to police", "C'est ce qu'a annoncé la police": the sentence
        // before is the first claim.
        let opening = span.start;
        let mut found = back_reference(doc, span)
            .or_else(|| sentence_claim(doc, span, sentence.zone, opening))
            .or_else(|| read_in_record(doc, span))
            .or_else(|| inverted_aside(doc, span));
        for _ in 0..MAX_CLAIMS_PER_SENTENCE {
            let Some(mut claim) = found.take() else { break };
            // A boundary before the claim opens ("X said and added that…") splits nothing.
            let next = next_clauses(doc, span, &claim)
                .into_iter()
                .filter(|&(boundary, _)| boundary > claim.claim.start)
                .find_map(|(boundary, rest)| {
                    sentence_claim(doc, rest, sentence.zone, opening).map(|c| (boundary, rest, c))
                });
            if let Some((boundary, rest, mut next_claim)) = next {
                // "…, which also said": a relative pronoun left alone is the claim's source.
                let relative = |s: &Source| matches!(doc.tokens_in(s.span), [t] if t.means(Meaning::RelativePronoun));
                if matches!(next_claim.sources.as_slice(), [s] if relative(s)) {
                    next_claim.sources = claim.sources.clone();
                }
                if claim.claim.end > boundary {
                    claim.claim = trim_claim(text, Span::new(claim.claim.start, boundary));
                }
                span = rest;
                found = Some(next_claim);
            }
            out.push(claim);
        }
    }
    let continued = continued_claims(doc, &mut out);
    out.extend(continued);
    sort::sort_by_key(&mut out, |a| a.claim.start);
    // Resolve: where and when, as the claim says.
    let vocabulary = Vocabulary::of(lexicon);
    for a in &mut out {
        let tokens = doc.tokens_in(a.claim);
        a.date = when::date_near(doc, tokens, vocabulary, a.claim, a.claim);
        a.place = doc
            .mentions_in(a.claim)
            .find(|&(m, e)| {
                matches!(doc.entity(e).entity_type, EntityType::Gpe | EntityType::Loc)
                    && !a.sources.iter().any(|s| s.span.overlaps(m))
            })
            .map(|(m, e)| Reference { span: m, entity: Some(e) });
    }
    // Resolve: "he said", "a-t-il précisé": a singular pronoun stands for the person the
    // nearest quote or claim before it gives, else the subject of the sentence naming the
    // nearest person.
    for i in 0..out.len() {
        for k in 0..out[i].sources.len() {
            let source = &out[i].sources[k];
            let singular = lang::lookup(|l| l.speech.pronouns, source.span.of(text)) == Some(true);
            if !singular || source.entity.is_some() {
                continue;
            }
            // "…, a affirmé la source hospitalière. …, a-t-elle ajouté": right after a described
            // source, the pronoun stands for it (resolved below), not for a person named earlier.
            let described_before = i > 0
                && out[i - 1].claim.end + PRONOUN_WINDOW >= source.span.start
                && out[i - 1].sources.first().is_some_and(|s| {
                    s.entity.is_none() && lang::lookup(|l| l.speech.pronouns, s.span.of(text)).is_none()
                });
            if described_before {
                continue;
            }
            // Of the pronoun's sex, when both it and the person tell one ("she" is no "Mr Ruiz").
            let sex = quotes::pronoun_sex(doc, source.span);
            let agrees = |e: EntityId| sex.is_none_or(|sex| quotes::sex_of(doc, e).is_none_or(|other| other == sex));
            let person =
                |e: Option<EntityId>| e.filter(|&e| doc.entity(e).entity_type == EntityType::Person && agrees(e));
            let at = source.span.start;
            let near = |end: usize| end + PRONOUN_WINDOW >= at;
            let from_claim = out[..i]
                .iter()
                .rev()
                .take(2)
                .filter(|a| near(a.claim.end))
                .find_map(|a| a.sources.iter().find_map(|s| person(s.entity)));
            // Quotes are in text order: only those opening before the pronoun are looked at.
            let before = doc.quotes.partition_point(|q| q.span.start < at);
            let from_quote = doc.quotes[..before]
                .iter()
                .rev()
                .filter(|q| q.span.end <= at && near(q.span.end))
                .take(2)
                .find_map(|q| person(q.speaker.as_ref().and_then(|s| s.entity)));
            let entity = from_claim.or(from_quote).or_else(|| quotes::person_before(doc, at, sex));
            out[i].sources[k].entity = entity;
        }
    }
    // Resolve: "selon la même source" is the source named in the claim before, and so is a
    // pronoun no person was found for ("…, a affirmé la source hospitalière. …, a-t-elle ajouté"),
    // within reach: the words stay as written, with that source's entity and kind, and that
    // source follows them.
    for i in 1..out.len() {
        let words = out[i].sources.first().map(|s| doc.lower(s.span).trim().to_string()).unwrap_or_default();
        let unresolved_pronoun =
            out[i].sources.first().is_some_and(|s| s.entity.is_none() && names_by_pronoun(doc, s.span))
                && out[i - 1].claim.end + PRONOUN_WINDOW >= out[i].claim.start
                && out[i - 1].sources.iter().all(|s| lang::lookup(|l| l.speech.pronouns, s.span.of(text)).is_none());
        // "De même source, on précise que…": a sentence that opens by saying so.
        let opens_with_same =
            doc.sentence_at(out[i].claim.start).is_some_and(|s| {
                let lower = doc.lower(doc.without_dateline(s.span)).trim_start();
                lexicon.speech.same_source.iter().any(|same| {
                    lower.starts_with(same) && lower[same.len()..].starts_with(|c: char| !c.is_alphanumeric())
                })
            }) && out[i - 1].claim.end + PRONOUN_WINDOW >= out[i].claim.start;
        let again = out[i].sources.len() == 1
            && (lexicon.speech.same_source.contains(&words.as_str()) || unresolved_pronoun || opens_with_same);
        if !again {
            continue;
        }
        let before = out[i - 1].sources.clone();
        let Some(first) = before.first() else { continue };
        let same = &mut out[i].sources[0];
        same.entity = first.entity;
        same.kind = first.kind;
        out[i].sources.extend(before);
    }
    // "où l'on signale…": an impersonal pronoun left alone names no one.
    for a in &mut out {
        a.sources.retain(|s| s.entity.is_some() || !names_no_one(doc, s.span));
    }
    // "Malawi evacuated 8,000 people, it said": a body's pronoun with no source before it
    // stands for the body or the state the claim opens with.
    for a in &mut out {
        let [s] = a.sources.as_mut_slice() else { continue };
        if s.entity.is_some() || !stands_for_a_body(&lexicon.speech, doc.lower(s.span)) {
            continue;
        }
        let tokens = doc.tokens_in(a.claim);
        let start = tokens.iter().find(|t| t.pos != Upos::Det).map_or(a.claim.start, |t| t.span.start);
        // The body that acts, not one something befell ("Sudan has been hit by floods") nor
        // whose part acts ("Syria's Euphrates river").
        let acts = |m: Span| {
            let after = doc.tokens_in(Span::new(m.end, a.claim.end));
            let passive = after
                .iter()
                .take(2)
                .any(|t| t.pos == Upos::Aux && lexicon.speech.passive_auxiliaries.contains(&doc.lower(t.span)));
            !passive && !possessive_after(text, m.end)
        };
        let subject = doc.mentions_in(a.claim).next().filter(|&(m, _)| m.start == start && acts(m)).map(|(_, e)| e);
        let body = subject.filter(|&e| {
            let entity = doc.entity(e);
            entity.entity_type == EntityType::Org
                || entity.entity_type == EntityType::Gpe && matches!(entity.kind, Some(Kind::Country(_)))
        });
        if let Some(e) = body {
            s.entity = Some(e);
            s.kind = kind_of(doc, s.span, Some(e));
        }
    }
    // "…, it said" with no source before it to stand for: nobody is named. Unless a body
    // issued a record in that sentence or the one before ("The ministry issued a
    // statement. It said…"): the pronoun is resolved to it later.
    let issued_before = |at: usize| {
        let sentence = doc.sentence_index(at);
        (sentence.saturating_sub(1)..=sentence)
            .filter_map(|i| doc.sentences.get(i))
            .any(|s| record_issuers(doc, s.span).iter().any(|m| m.end <= at))
    };
    out.retain(|a| {
        !matches!(a.sources.as_slice(), [s] if s.entity.is_none()
            && stands_for_a_body(&lexicon.speech, doc.lower(s.span))
            && !issued_before(s.span.start))
    });
    // "It said nothing about…", "He said little": no claim is made.
    out.retain(|a| {
        let first = doc.tokens_in(a.claim).first().map_or("", |t| doc.lower(t.span));
        !lexicon.speech.empty_claims.contains(&first)
    });
    out
}

/// A sentence that opens with words pointing back ("This is according to…", "C'est ce qu'a
/// annoncé…") and names its source after its verb of speech: the claim is the sentence
/// before, in the same part of the page.
fn back_reference(doc: &Document<'_>, span: Span) -> Option<Attribution> {
    let text = doc.text();
    let lexicon = lang::lexicon(doc.language);
    let lower = doc.lower(span);
    let opener = lexicon.speech.back_references.iter().find(|w| {
        lower.starts_with(*w)
            && lower[w.len()..].starts_with(|c: char| !c.is_alphanumeric() || w.ends_with(['\'', '’']))
    })?;
    // The verb right after the opening words, past auxiliaries and adverbs: "This is
    // according to", "This was confirmed by", "C'est ce qu'a annoncé".
    let tokens = doc.tokens_in(Span::new(span.start + opener.len(), span.end));
    let first = tokens.iter().position(|t| !matches!(t.pos, Upos::Aux | Upos::Adv))?;
    let vocabulary = Vocabulary::of(lexicon);
    let (len, cue) = [Meaning::AttributionMarker, Meaning::SpeechVerb]
        .into_iter()
        .map(|meaning| vocabulary.match_at(tokens, &doc.lower, first, meaning))
        .find(|&len| len > 0)
        .map(|len| (len, Span::new(tokens[first].span.start, tokens[first + len - 1].span.end)))?;
    // "confirmed (on Monday) by the police": the agent.
    let after_cue = past_asides(doc, tokens.get(first + len).map_or(span.end, |t| t.span.start), span.end);
    let after = doc.tokens_in(Span::new(after_cue, span.end));
    let agent = usize::from(after.first().is_some_and(|t| t.means(Meaning::AgentMarker)));
    let from = after.get(agent).map_or(span.end, |t| t.span.start);
    let source = phrase_after(doc, past_asides(doc, from, span.end), span.end, lexicon);
    let sources = sources_in(doc, source);
    if source.is_empty() || sources.is_empty() || !names_something(source.of(text), lexicon) {
        return None;
    }
    let here = doc.sentence_index(span.start);
    let before = doc.sentences.get(here.checked_sub(1)?)?;
    if before.zone != doc.sentences.get(here)?.zone {
        return None;
    }
    let claim = trim_claim(text, doc.without_dateline(before.span).trim(text));
    // A sentence with a quote has its speaker: what confirms it is another matter.
    let quoted = claim.of(text).contains(QUOTE_MARKS);
    (claim.len() > 10 && !quoted).then(|| claimed(claim, sources, cue.of(text).to_string()))
}

/// Resolve, once quotes have taken their speakers from the claims: a claim that is a whole
/// quote ("« Nous resterons », a dit X") is that quote, not a claim besides it.
pub fn without_quotes(doc: &Document<'_>, attributions: Vec<Attribution>) -> Vec<Attribution> {
    let text = doc.text();
    let marks = |c: char| c.is_whitespace() || QUOTE_MARKS.contains(&c) || matches!(c, ',' | '.');
    let whole_quote = |a: &Attribution| {
        let words = a.claim.of(text);
        let end = a.claim.start + words.trim_end_matches(marks).len();
        let start = a.claim.start + (words.len() - words.trim_start_matches(marks).len());
        let words = Span::new(start, end.max(start));
        quotes::quote_around(&doc.quotes, words).is_some_and(|q| q.span.start >= start && q.span.end <= end)
    };
    attributions.into_iter().filter(|a| !whole_quote(a)).collect()
}

/// The last comma in `s` that a space follows, or the closing mark of a quote and a space
/// ("… the "running battle that followed," he said"): where it is, and where the words
/// after it start.
fn comma_before_cue(s: &str) -> Option<(usize, usize)> {
    let mut found = None;
    for (i, _) in s.match_indices(',') {
        let rest = &s[i + 1..];
        let closing = rest.strip_prefix(['"', '”']).unwrap_or(rest);
        if closing.starts_with(' ') {
            found = Some((i, s.len() - closing.len() + 1));
        }
    }
    found
}

/// The most words of an aside set off by commas between a verb of speech and its claim.
const MAX_ASIDE_WORDS: usize = 8;

/// Where a claim starts after an aside set off by commas right after its verb ("said, on
/// Monday, that…", "a affirmé, dans la soirée, que…"), or two ("a indiqué, dans une
/// déclaration, dimanche, que…"): past them when they hold no verb; `from` itself otherwise.
fn past_set_off_aside(doc: &Document<'_>, from: usize, limit: usize) -> usize {
    let past = past_one_set_off_aside(doc, from, limit);
    // Past the first aside's closing comma, with no "that": the comma may open a second.
    if past == from || !doc.text()[..past].ends_with(',') {
        return past;
    }
    match past_one_set_off_aside(doc, past - 1, limit) {
        second if second > past - 1 => second,
        _ => past,
    }
}

/// [`past_set_off_aside`] for one aside.
fn past_one_set_off_aside(doc: &Document<'_>, from: usize, limit: usize) -> usize {
    let text = doc.text();
    let Some(aside) = set_off_at(text, from, limit) else { return from };
    let words = aside.of(text).split_whitespace().count();
    if !(1..=MAX_ASIDE_WORDS).contains(&words) || holds_verb(doc, aside) || aside.of(text).contains(QUOTE_MARKS) {
        return from;
    }
    // And the "that" after it: "a affirmé, dans la soirée, que…".
    let after = doc.tokens_in(Span::new(aside.end + 1, limit));
    let complementizers = lang::lexicon(doc.language).speech.complementizers;
    match after.first() {
        Some(t) if complementizers.contains(&doc.lower(t.span)) => t.span.end,
        _ => aside.end + 1,
    }
}

/// The words between the comma that opens what follows `from` (past spaces) and the next
/// comma before `limit`, spaces kept: an aside set off by commas, if one opens there.
fn set_off_at(text: &str, from: usize, limit: usize) -> Option<Span> {
    let rest = text[from..limit].trim_start().strip_prefix(',')?;
    let start = limit - rest.len();
    rest.find(',').map(|close| Span::new(start, start + close))
}

/// The most words of a relative clause set off after a source ("selon le ministre, qui
/// s'est rendu sur place mardi, …").
const MAX_RELATIVE_ASIDE_WORDS: usize = 14;

/// Where a claim starts after an aside on the source set off by commas at `from`: a role
/// ("Jeanne Morel, porte-parole de l'ONG, …", "Hannah Berwick, a spokeswoman for the
/// agency, …") or a relative clause ("le ministre, qui s'est rendu sur place, …"); `from`
/// itself otherwise, and where no clause with its own subject follows.
fn past_source_aside(doc: &Document<'_>, from: usize, limit: usize) -> usize {
    let text = doc.text();
    let Some(set_off) = set_off_at(text, from, limit) else { return from };
    let aside = set_off.trim(text);
    let after = Span::new(set_off.end + 1, limit);
    let tokens = doc.tokens_in(aside);
    let words = aside.of(text).split_whitespace().count();
    let vocabulary = Vocabulary::of(lang::lexicon(doc.language));
    let relative =
        tokens.first().is_some_and(|t| t.means(Meaning::RelativePronoun)) && words <= MAX_RELATIVE_ASIDE_WORDS;
    // Any of its nouns: "a senior UN official" names a body before its role.
    let role = (1..=MAX_ASIDE_WORDS).contains(&words) && !holds_verb(doc, aside) && {
        (0..tokens.len()).filter(|&h| matches!(tokens[h].pos, Upos::Noun | Upos::Propn)).any(|h| {
            [Meaning::RoleNoun, Meaning::SourceHead, Meaning::Title]
                .iter()
                .any(|&m| vocabulary.phrase_at(tokens, &doc.lower, h, m).is_some())
        })
    };
    // What follows is a clause with its own subject before its verb, not another apposition
    // ("a spokesman for the rebels, Ali Nour, was killed") nor the claim's verb.
    let rest = doc.tokens_in(after);
    let verb = rest.iter().position(|t| matches!(t.pos, Upos::Verb | Upos::Aux) && !doc.overlaps_mention(t.span));
    let own_subject = verb.is_some_and(|v| {
        let lead = &rest[..v];
        let subject =
            |t: &Token| matches!(t.pos, Upos::Noun | Upos::Propn | Upos::Pron) && !t.means(Meaning::RelativePronoun);
        lead.iter().any(subject) && lead.iter().all(|t| doc.lower(t.span) != "," && !t.means(Meaning::RelativePronoun))
    });
    if (relative || role) && !aside.of(text).contains(QUOTE_MARKS) && own_subject {
        after.start
    } else {
        from
    }
}

/// A present participle among the first two words of `span` ("Speaking to…", "S'exprimant…").
fn opening_participle(doc: &Document<'_>, span: Span) -> Option<Span> {
    let endings = lang::lexicon(doc.language).grammar.present_participle_endings;
    doc.tokens_in(span)
        .iter()
        .take(2)
        .map(|t| (t, doc.lower(t.span)))
        .find_map(|(t, word)| (t.pos == Upos::Verb && lang::has_ending(word, endings, 2)).then_some(t.span))
}

/// "X confirmed the attack but said …", "Les secours ont dégagé trois corps et affirmé …": the
/// subject of the sentence's first verb, for a verb of speech right after a conjunction.
fn shared_subject(doc: &Document<'_>, sentence: Span, cue_start: usize) -> Option<Span> {
    let mut tokens = doc.tokens_in(Span::new(sentence.start, cue_start));
    // "Speaking to reporters, X confirmed…": the subject follows the participle's phrase.
    if opening_participle(doc, Span::new(sentence.start, cue_start)).is_some() {
        let comma = tokens.iter().position(|t| doc.lower(t.span) == ",")?;
        tokens = &tokens[comma + 1..];
    }
    let conjunction = tokens.iter().rev().find(|t| t.pos != Upos::Aux)?;
    if conjunction.pos != Upos::Cconj {
        return None;
    }
    let mut first_verb = tokens.iter().position(|t| matches!(t.pos, Upos::Verb | Upos::Aux))?;
    // "Le ministère n'a pas commenté", "Police later confirmed": an adverb before the verb is
    // the verb's.
    while first_verb > 1 && matches!(tokens[first_verb - 1].pos, Upos::Adv | Upos::Part) {
        first_verb -= 1;
    }
    let subject = Span::new(tokens.first()?.span.start, tokens[first_verb].span.start).trim(doc.text());
    let subject = after_clause_boundary(doc, subject);
    // Someone the text names, or by a role ("le chef d'état-major").
    let known = names_a_role(doc, subject) || identified(&sources_in(doc, subject));
    (first_verb > 0 && reads_as_noun_phrase(doc, subject) && known).then_some(subject)
}

/// The most claims one sentence gives, each clause with a speaker of its own.
const MAX_CLAIMS_PER_SENTENCE: usize = 4;

/// The most words between a relative pronoun and its verb of speech, auxiliaries and asides
/// ("which had also said", "qui a par ailleurs indiqué").
const MAX_WORDS_BEFORE_SPEECH_VERB: usize = 5;

/// The most clause boundaries looked at after a claim for another one.
const MAX_NEXT_CLAUSES: usize = 3;

/// Where a claim's sentence goes on, past its sources, with a clause that may have a speaker of
/// its own ("X said A, while Y reported B", "…, a indiqué X, tandis que Y a affirmé…"): a comma
/// or semicolon before a conjunction, or a semicolon alone, outside quotation marks; or a
/// relative clause of speech on the claim's source ("according to the ministry, which said
/// that…", "selon la police, qui a précisé que…"), whose words then run from that source, so
/// that the relative pronoun finds it. Each as the boundary's byte and the words after it.
fn next_clauses(doc: &Document<'_>, span: Span, claim: &Attribution) -> Vec<(usize, Span)> {
    let text = doc.text();
    let last_source = claim.sources.iter().map(|s| s.span).max_by_key(|s| s.end);
    let from = last_source.map_or(span.end, |s| s.end).max(span.start);
    let tokens = doc.tokens_in(Span::new(from, span.end));
    // "While police said that…, residents said that…": the comma that closes a subordinate
    // clause opening the sentence opens the main one, with no conjunction after it.
    let sentence = doc.tokens_in(span);
    let mut subordinate_open = sentence.first().is_some_and(|t| t.pos == Upos::Sconj)
        || matches!(sentence, [a, b, ..] if a.pos == Upos::Adv && b.pos == Upos::Sconj);
    let mut out = Vec::new();
    for (k, t) in tokens.iter().enumerate() {
        let mark = t.span.of(text);
        // The first comma followed by a subject and its verb of speech, before any other
        // mark: not "two fishermen, reported missing on Monday, were…", a participle with no
        // subject of its own.
        if subordinate_open && mark == "," {
            let reach = tokens[k + 1..].iter().take(MAX_WORDS_BEFORE_SPEECH_VERB).take_while(|u| u.pos != Upos::Punct);
            let reach_end = reach.last().map_or(t.span.end, |u| u.span.end);
            let speech_follows = tokens.get(k + 1).is_some_and(|first| {
                let clause = Span::new(first.span.start, span.end);
                speech_verbs(doc, clause).next().is_some_and(|c| {
                    let cue = clause.start + c.start();
                    cue > first.span.start && cue < reach_end
                })
            });
            if let Some(first) = tokens.get(k + 1).filter(|_| speech_follows) {
                subordinate_open = false;
                out.push((t.span.start, Span::new(first.span.start, span.end)));
                continue;
            }
        }
        // ", which said that…" right after the source: its relative clause says more.
        let relative_of_source = k == 0
            && mark == ","
            && tokens.get(1).is_some_and(|u| u.means(Meaning::RelativePronoun))
            && tokens[2..]
                .iter()
                .take(MAX_WORDS_BEFORE_SPEECH_VERB)
                .take_while(|u| u.pos != Upos::Punct)
                .find(|u| u.pos == Upos::Verb || u.means(Meaning::SpeechVerb))
                .is_some_and(|u| u.means(Meaning::SpeechVerb));
        if let Some(source) = last_source.filter(|s| relative_of_source && s.start >= span.start) {
            out.push((t.span.start, Span::new(source.start, span.end)));
            continue;
        }
        // "…confirmed the assault but said…": a conjunction before a verb of speech, whose
        // clause starts at the conjunction so that the verb finds the subject it shares.
        let auxiliaries = tokens[k + 1..].iter().take_while(|u| u.pos == Upos::Aux).count();
        let speech_follows = tokens.get(k + 1 + auxiliaries).is_some_and(|u| u.means(Meaning::SpeechVerb));
        // After a comma or a semicolon, past the conjunctions: "while", "and", "tandis que",
        // "alors que"; a semicolon needs none.
        let conjunction = |j: usize| {
            tokens.get(j).is_some_and(|t| {
                matches!(t.pos, Upos::Cconj | Upos::Sconj)
                    || t.pos == Upos::Adv && tokens.get(j + 1).is_some_and(|u| u.pos == Upos::Sconj)
            })
        };
        let opens = if t.pos == Upos::Cconj && speech_follows {
            Some(t)
        } else if matches!(mark, "," | ";") {
            let mut j = k + 1;
            while j < k + 4 && conjunction(j) {
                j += 1;
            }
            if j > k + 1 || mark == ";" {
                tokens.get(j)
            } else {
                None
            }
        } else {
            None
        };
        let Some(first) = opens else { continue };
        if inside_quote(span.of(text), t.span.start - span.start) {
            continue;
        }
        out.push((t.span.start, Span::new(first.span.start, span.end)));
        if out.len() == MAX_NEXT_CLAUSES {
            break;
        }
    }
    out
}

/// "X continue d'affirmer que", "X continues to insist that": where the verb whose
/// infinitive the verb of speech at `cue_start` is starts; its subject is the speaker.
fn verb_before_infinitive(doc: &Document<'_>, span: Span, cue_start: usize) -> Option<usize> {
    let tokens = doc.tokens_in(Span::new(span.start, cue_start));
    let n = tokens.len();
    let (verb, mark) = (n.checked_sub(2)?, &tokens[n - 1]);
    (matches!(mark.pos, Upos::Adp | Upos::Part) && tokens[verb].pos == Upos::Verb)
        .then(|| tokens[verb_group_start(doc, tokens, verb)].span.start)
}

/// The most words between a verb that quotes and the words that bring in what was said
/// ("quoted the deputy mayor of the town as saying").
const QUOTED_AS_WORDS: usize = 10;

/// "State radio quoted a witness as saying CLAIM": the one quoted, between the verb and the
/// words after it, is the source; "He was quoted as saying CLAIM": the subject is.
fn quoted_as_saying(doc: &Document<'_>, span: Span) -> Option<Attribution> {
    let text = doc.text();
    let tokens = doc.tokens_in(span);
    let lexicon = lang::lexicon(doc.language);
    lexicon.speech.quoted_as.iter().find_map(|&(verb, words)| {
        let k = tokens.iter().position(|t| doc.lower(t.span) == verb)?;
        let rest = Span::new(tokens[k].span.end, span.end);
        let lower = doc.lower(rest);
        let at = lower.match_indices(words).map(|(i, _)| rest.start + i).find(|&i| {
            let between = doc.tokens_in(Span::new(rest.start, i));
            between.len() <= QUOTED_AS_WORDS && between.iter().all(|t| t.is_word() || doc.lower(t.span) == "'s")
        })?;
        let said = Span::new(at + words.len(), span.end);
        let whom = Span::new(rest.start, at).trim(text);
        let source = if whom.is_empty() {
            subject_before(doc, span, tokens[verb_group_start(doc, tokens, k)].span.start)?
        } else {
            whom
        };
        let claim = trim_claim(text, said);
        let claim = match doc.tokens_in(claim).first() {
            Some(t) if t.means(Meaning::Complementizer) => trim_claim(text, Span::new(t.span.end, claim.end)),
            _ => claim,
        };
        let sources = sources_in(doc, source);
        (!claim.is_empty() && !sources.is_empty())
            .then(|| claimed(claim, sources, Span::new(tokens[k].span.start, at + words.len()).of(text).to_string()))
    })
}

/// The first sourced claim of a sentence (or of a clause of it, `span`, in the sentence opening
/// at `sentence_start`), if any.
fn sentence_claim(doc: &Document<'_>, span: Span, zone: Zone, sentence_start: usize) -> Option<Attribution> {
    let text = doc.text();
    let lexicon = lang::lexicon(doc.language);
    let s = span.of(text);
    // "according to X", "selon X"; not after a verb of speech with its own subject ("X wrote on
    // social media, citing information from the governor", "X said …, according to
    // information he had received"): that verb gives the claim.
    // A passive verb of speech ("were reported killed, according to X") gives no speaker.
    let marker = attribution_marker(doc, span).filter(|m| {
        !speech_verbs(doc, Span::new(span.start, span.start + m.start())).any(|v| {
            !inside_quote(s, v.start())
                && passive_cue(doc, span, v.span).is_none()
                && subject_before(doc, span, span.start + v.start()).is_some()
        })
    });
    // "The paper, citing sources, said CLAIM": a marker set off by commas right before the
    // sentence's verb of speech tells where the speaker had it from; the verb gives the claim.
    // So does one whose source has a name set off after it ("citing the mayor, Ali Rezaei,").
    let marker = marker.filter(|m| {
        let set_off = s[..m.start()].trim_end().ends_with(',');
        let closes = s[m.end()..].match_indices(',').take(2).map(|(i, _)| m.end() + i + 1);
        let verb_next = closes.into_iter().any(|c| {
            !holds_verb(doc, Span::new(span.start + m.end(), span.start + c))
                && speech_verbs(doc, Span::new(span.start + c, span.end))
                    .next()
                    .is_some_and(|v| s[c..c + v.start()].trim().is_empty())
        });
        !(set_off && verb_next)
    });
    // "Pour le préfet, CLAIM": whose view the sentence gives, when a person or a kind of
    // source, and no verb of speech later names who speaks.
    let marker = marker.or_else(|| {
        let (m, _) = view_marker(doc, span).filter(|&(_, phrase)| holds_a_view(doc, phrase))?;
        let rest = Span::new(m.span.end, span.end);
        let spoken = speech_verbs(doc, rest).any(|v| !inside_quote(s, v.span.start - span.start));
        (!spoken).then_some(m)
    });
    if let Some(found) = record_by_relative_marker(doc, span) {
        return Some(found);
    }
    // "A medical source set the toll at eleven, citing early counts": who cites gives the claim.
    if let Some(found) = marker.as_ref().and_then(|m| cited_by_subject(doc, span, m)) {
        return Some(found);
    }
    if let Some(m) = marker {
        let rest = &s[m.end()..];
        let at = span.start + m.end();
        let src_end = past_abbreviated_title(doc, at, at + phrase_end(rest), span.end);
        let mut src_len = past_relay(doc, src_end, span.end) - at;
        // "Reuters learned from the ministry that CLAIM": the source ends where the claim opens.
        let learnt = doc.tokens_in(m.span).iter().any(|t| t.means(Meaning::LearningVerb));
        if learnt {
            let after = doc.tokens_in(Span::new(span.start + m.end(), span.start + m.end() + src_len));
            if let Some(that) = after.iter().skip(1).find(|t| t.means(Meaning::Complementizer)) {
                src_len = that.span.start - (span.start + m.end());
            }
        }
        let written = Span::new(span.start + m.end(), span.start + m.end() + src_len).trim(text);
        // "Le bilan selon le ministre fait état de 30 morts", "The toll according to the
        // minister stands at 30": a marker inside the subject, whose verb follows the source.
        let verb_after_source = subject_verb_after_source(doc, Span::new(span.start, span.start + m.start()), written);
        let written = verb_after_source.map_or(written, |v| Span::new(written.start, v).trim(text));
        let mut src = without_trailing_record(doc, written);
        // "according to the governor's envoy, Jane Doe": the name set off after it is the source.
        if let Some((name, _)) = apposed_person(doc, src).filter(|(name, _)| name.end <= span.end) {
            src = Span::new(src.start, name.end);
        }
        // "Par ailleurs, selon X, CLAIM": words with no verb before the marker are no claim.
        let lead = Span::new(span.start, span.start + m.start());
        let after_source = Span::new(span.start + m.end() + src_len, span.end);
        let adverbial = doc.tokens_in(lead).iter().all(|t| {
            matches!(t.pos, Upos::Adv | Upos::Adp | Upos::Cconj | Upos::Punct) || doc.time_around(t.span).is_some()
        });
        // "De leur côté, selon des témoins, CLAIM", "For their part, according to aides, CLAIM":
        // a few words with no verb nor figure before the marker only link the sentence to the
        // one before, when a clause follows the source.
        let lead_tokens = doc.tokens_in(lead);
        let opener = s[..m.start()].trim_end().ends_with(',')
            && lead_tokens.iter().filter(|t| t.is_word()).count() <= MAX_OPENER_WORDS
            && !lead_tokens.iter().any(|t| matches!(t.pos, Upos::Verb | Upos::Aux | Upos::Num))
            && holds_verb(doc, after_source);
        let adverbial = adverbial || opener;
        // A dateline before the marker is no claim ("KINSHASA (Reuters) — According to X, …").
        let lead_words = doc.without_dateline(lead);
        let claim_first = !lead_words.of(text).trim().is_empty()
            && (!adverbial || !after_source.of(text).contains(char::is_alphanumeric));
        // "CLAIM, selon MSF, la Croix-Rouge et des sources locales.": after the claim, a
        // list of sources runs to the end of the sentence or to a relative clause.
        if claim_first {
            if let Some(list) = source_list(doc, Span::new(span.start + m.end(), span.end)) {
                src = list;
            }
        }
        let claim = if let Some(verb) = verb_after_source {
            // A relative clause's claim ends with the clause ("…, qui selon X ont fait cinq
            // morts, se poursuivent").
            let relative = doc.tokens_in(lead).last().is_some_and(|t| t.means(Meaning::RelativePronoun));
            let comma = text[verb..span.end].find(',').filter(|_| relative);
            Span::new(verb, comma.map_or(span.end, |c| verb + c))
        } else if claim_first {
            Span::new(span.start, span.start + m.start())
        } else {
            // What the source phrase said of its statement or day is no part of the claim, nor
            // what an aside says of the source ("selon Jeanne Morel, porte-parole de l'ONG, …").
            let source_end = src.end.max(written.end);
            let source_end = past_source_aside(doc, source_end, span.end);
            let after = doc.tokens_in(Span::new(source_end, span.end));
            let that = after.first().filter(|t| learnt && t.means(Meaning::Complementizer));
            Span::new(that.map_or(source_end, |t| t.span.end), span.end)
        };
        // Inside a quote, the claim ends with it.
        let claim = match quotes::quote_around(&doc.quotes, m.span) {
            Some(q) => Span::new(claim.start, claim.end.min(q.span.end).max(claim.start)),
            None => claim,
        };
        let claim = trim_claim(text, claim);
        let sources = record_owner(doc, src).unwrap_or_else(|| sources_in(doc, record_alone(doc, src).unwrap_or(src)));
        if !claim.is_empty() && !sources.is_empty() {
            return Some(claimed(claim, sources, m.as_str().to_string()));
        }
    }
    if let Some(found) = as_clause(doc, span) {
        return Some(found);
    }
    // "Army shells market, killing five: witnesses", "Bénin : trois otages libérés
    // (gendarmerie)": a headline names its source at its end.
    if zone == Zone::Headline {
        if let Some((claim, sources, mark)) = headline_source(doc, span) {
            return Some(claimed(claim, sources, mark.to_string()));
        }
    }
    // "State radio quoted a witness as saying CLAIM", "He was quoted as saying CLAIM".
    if let Some(found) = quoted_as_saying(doc, span) {
        return Some(found);
    }
    // Reporting verbs, outside quotation marks.
    // "X reported CLAIM": a noun phrase as the claim, kept unless a later verb of the sentence
    // gives a clause ("…confirmed the raid but said her unit…").
    let mut object_claim = None;
    for m in speech_verbs(doc, span) {
        if inside_quote(s, m.start()) {
            continue;
        }
        let after = &s[m.end()..];
        let lower_after = &doc.lower[span.start + m.end()..span.end];
        // "X said (on Friday) that CLAIM".
        let comp = lexicon
            .speech
            .complementizers
            .iter()
            .filter_map(|w| {
                lower_after
                    .match_indices(w)
                    .find(|(i, _)| {
                        *i < 40
                            && (*i == 0 || after[..*i].ends_with(' '))
                            // "said on Saturday, adding that…": the "that" of another verb.
                            && !after[..*i].contains(',')
                            // "said they were checking claims that…": nor a clause's; a
                            // participle on a noun is none ("in a statement released on Friday that").
                            && !holds_verb_besides_record_participles(doc, Span::new(span.start + m.end(), span.start + m.end() + *i))
                            // "qu'il": an elided complementizer runs into the next word.
                            && (w.ends_with(['\'', '’'])
                                || !lower_after[i + w.len()..].starts_with(char::is_alphanumeric))
                    })
                    .map(|(i, _)| i + w.len())
            })
            .min();
        let cue = m.as_str().to_string();
        if let Some(found) = set_off_cue(doc, span, &m) {
            return Some(found);
        }
        if let Some((first, end)) = passive_cue(doc, span, m.span) {
            if let Some((claim, sources)) = passive_claim(doc, span, first, end) {
                return Some(claimed(claim, sources, cue));
            }
            // "Nine villagers were reported wounded": a passive verb of speech that names no
            // agent says nothing of who spoke, and its subject is what was said.
            continue;
        }
        // "The union released a report, which stated that CLAIM": the record speaks for whoever
        // issued it.
        if let Some(end) = comp {
            if let Some(sources) = issuer_of_record_before(doc, span, span.start + m.start()) {
                let claim = trim_claim(text, Span::new(span.start + m.end() + end, span.end));
                if !claim.is_empty() {
                    return Some(claimed(claim, sources, cue));
                }
            }
        }
        // "The army chief confirmed the assault but said …": a verb joined to the sentence's first
        // shares its subject.
        let subject = shared_subject(doc, Span::new(sentence_start, span.end), span.start + m.start())
            .or_else(|| {
                verb_before_infinitive(doc, span, span.start + m.start()).and_then(|v| subject_before(doc, span, v))
            })
            .or_else(|| subject_before(doc, span, span.start + m.start()));
        // "told Reuters (that) CLAIM": whom it was told is no source, and the claim follows it.
        let addressed = m.tells(lexicon);
        let claim_start =
            if addressed { past_addressee(doc, span.start + m.end(), span.end) } else { span.start + m.end() };
        // "X said, late on Sunday, armed men…": an aside set off by commas.
        let claim_start = past_set_off_aside(doc, claim_start, span.end);
        if let (Some(end), Some(subject)) = (comp, subject) {
            let claim = trim_claim(text, Span::new(span.start + m.end() + end, span.end));
            return Some(claimed(claim, sources_in(doc, subject), cue));
        }
        // "CLAIM, X announced (on Friday)." / "CLAIM, a indiqué X."
        // Not where the sentence opens with its subject and the commas set off asides on it
        // ("The agency, citing the mayor, Ali Rezaei, said…").
        // So is one that opens with a time before its subject ("Mardi soir, le conseil, formé
        // de notables, a annoncé un accord").
        let opens_with_subject = subject.is_some_and(|subj| {
            let lead = Span::new(span.start, subj.start.max(span.start));
            doc.tokens_in(lead).iter().all(|t| !t.is_word() || doc.time_around(t.span).is_some())
        });
        let comma_before =
            comma_before_cue(&s[..m.start()]).filter(|_| !after_participle_aside(doc, span, &m) && !opens_with_subject);
        if let Some((ci, after)) = comma_before {
            let between = s[after..m.start()].trim();
            // "CLAIM, a-t-on précisé de même source": an impersonal verb's source follows it;
            // with none ("CLAIM, a-t-on indiqué"), the text names no one.
            if let Some((_, phrase)) = impersonal_inversion(doc, Span::new(span.start + after, span.end)) {
                let Some(phrase) = phrase else { continue };
                let claim = trim_claim(text, Span::new(span.start, span.start + ci));
                if phrase.is_empty() || claim.len() <= 10 {
                    continue;
                }
                return Some(claimed(claim, sources_in(doc, phrase), cue));
            }
            let mut claim_end = ci;
            // ", and he said the toll could rise": a new clause, whose claim follows the cue.
            let mut new_clause = false;
            // "CLAIM, comme l'a souligné X": "as" and an object pronoun stand where a subject
            // would, which follows the verb.
            let between_span = Span::new(span.start + after, span.start + m.start()).trim(text);
            let after_as = past_as_word(doc, between_span);
            let only_as = after_as
                .is_some_and(|rest| doc.tokens_in(rest).iter().all(|t| matches!(t.pos, Upos::Pron | Upos::Aux)));
            let source = if between.is_empty() || only_as {
                // "…, the governor, said in a video on his office's channel": where it was said, a
                // group opened by a preposition, names no one.
                let where_said = |p: Span| doc.tokens_in(p).first().is_some_and(|t| t.pos == Upos::Adp);
                let after_cue = if addressed {
                    Span::new(span.end, span.end)
                } else {
                    phrase_after(doc, past_asides(doc, span.start + m.end(), span.end), span.end, lexicon)
                };
                let after_cue = if where_said(after_cue) { Span::new(span.end, span.end) } else { after_cue };
                // "CLAIM, the agency, known as AFAD, said.": the subject before the aside.
                let set_off = subject.filter(|subj| after_cue.is_empty() && subj.start > span.start);
                match set_off.and_then(|subj| s[..subj.start - span.start].rfind(',').map(|c| (subj, c))) {
                    Some((subj, comma)) => {
                        claim_end = comma;
                        subj
                    }
                    None => after_cue,
                }
            } else {
                let between = Span::new(span.start + after, span.start + m.start()).trim(text);
                // "…, as unions said no deal had been reached": "as" opens a clause of its own.
                let subject = after_as.unwrap_or_else(|| after_clause_boundary(doc, between));
                new_clause = subject != between;
                subject
            };
            let claim = trim_claim(text, Span::new(span.start, span.start + claim_end));
            // "Later on Tuesday, the ministry said two had died": words with no verb before
            // the comma are no claim when a clause follows the cue.
            // Only the words up to the next comma: ", adding that…" is a clause of its own.
            let clause_end = s[m.end()..].find(", ").map_or(span.end, |i| span.start + m.end() + i);
            let clause_follows = holds_verb(doc, Span::new(span.start + m.end(), clause_end));
            // "Waiting for news of his family, X said he…": a participle opening the words
            // before the comma makes no clause.
            // "Speaking to reporters, X confirmed the attack", "S'exprimant devant la presse, X a
            // confirmé": a present participle opening them makes them an aside, whatever follows.
            let participle = opening_participle(doc, claim);
            let opener = participle
                .or_else(|| doc.tokens_in(claim).first().filter(|t| t.pos == Upos::Verb).map(|t| t.span))
                .map_or(claim.start, |t| t.end);
            let claim_holds_verb = holds_verb(doc, Span::new(opener, claim.end.max(opener)));
            // "…, while in March, the navy said it had…": words with no verb after the last
            // boundary before the comma open the clause that follows the cue.
            let claim_tokens = doc.tokens_in(claim);
            let boundary = claim_tokens.iter().rposition(|t| t.pos == Upos::Sconj || doc.lower(t.span) == ",");
            let opens_next = clause_follows
                && !between.is_empty()
                && boundary.is_some_and(|b| {
                    let tail = &claim_tokens[b + 1..];
                    !tail.is_empty() && !tail.iter().any(|t| matches!(t.pos, Upos::Verb | Upos::Aux))
                });
            // "De leur côté, des sources parlent de 200 morts", "For their part, sources reported
            // 200 dead": an object after a verb whose object is the claim leaves none before
            // the comma.
            let object_follows = takes_claim_as_object(m.as_str()) && {
                let after = doc.tokens_in(Span::new(span.start + m.end(), span.end));
                after.first().is_some_and(|t| matches!(t.pos, Upos::Num | Upos::Det | Upos::Noun | Upos::Adj))
                    || after.iter().take(3).any(|t| t.pos == Upos::Num)
            };
            let claim_is_clause =
                (claim_holds_verb || !clause_follows && !object_follows && participle.is_none()) && !opens_next;
            let words = source.of(text).split_whitespace().count();
            let sources = sources_in(doc, source);
            // "…, a local medical group said": a source before the verb is reliable; an
            // inverted "…, said X" must name someone (not "reported fifty localities").
            // "a-t-il ajouté": a pronoun inversion belongs to the quote, not a source.
            // "…, estime-t-elle": the cue itself may be the inversion.
            let inversion = between.split_whitespace().chain([m.as_str()]).any(|w| {
                lang::LANGUAGES.iter().any(|l| {
                    l.hooks.inverted_pronoun.is_some_and(|inverted| inverted(w).is_some_and(|i| !i.impersonal))
                })
            });
            let crosses_quote = between.contains(QUOTE_MARKS);
            // "X, a spokesman, said the raid hit…": words after the verb that hold a
            // verb of their own are the claim, not an inverted subject.
            // ("a affirmé la source jointe par l'AFP": a participle after its noun is no verb.)
            // "…, said three miners hurt in the blast were flown to the capital": the words
            // after the verb go on to an auxiliary of their own, so they are the claim.
            let goes_on_to_a_verb = || {
                doc.tokens_in(Span::new(source.end, span.end))
                    .iter()
                    .take_while(|t| {
                        t.pos != Upos::Punct && !t.means(Meaning::RelativePronoun) && !t.means(Meaning::ClauseMarker)
                    })
                    .any(|t| t.pos == Upos::Aux)
            };
            let clause_after = between.is_empty() && (!reads_as_noun_phrase(doc, source) || goes_on_to_a_verb());
            // "« … La police est intervenue », a déclaré X": the quote's last words are
            // the quote, not a claim of their own.
            let words_of_quote = {
                let inner = claim.of(text).trim_end_matches(|c: char| c.is_whitespace() || QUOTE_MARKS.contains(&c));
                let inner = Span::new(claim.start, claim.start + inner.len());
                !inner.is_empty() && quotes::quote_around(&doc.quotes, inner).is_some()
            };
            // "Les victimes avaient 20 ans, a-t-il ajouté": with no quote in the claim, or one
            // inside words of the text's own ("ont été tués dans « l'échange qui a suivi »"), the
            // inverted pronoun is the source, resolved with the other pronouns below.
            let within_quote = claim.of(text).trim_start().starts_with(QUOTE_MARKS) || words_of_quote;
            if inversion && !crosses_quote && !within_quote && claim_is_clause && claim.len() > 10 {
                if let Some((_, pronoun)) = inversion_at(doc, Span::new(span.start + after, span.end)) {
                    let source = pronoun_source(pronoun.span);
                    return Some(claimed(claim, vec![source], cue));
                }
            }
            // "…, they said", "…, it said": a pronoun names someone too.
            let pronoun = names_by_pronoun(doc, source) || names_untold_people(doc, source);
            let plausible = (names_something(source.of(text), lexicon) || pronoun)
                && !words_of_quote
                && !inversion
                && !crosses_quote
                && !clause_after
                && claim_is_clause
                && !new_clause
                && reads_as_noun_phrase(doc, source);
            // "X, the city's head of security, confirmed the attack": words after the verb
            // that name no one are its object, unless a clause stands before them.
            let object = between.is_empty() && !claim_holds_verb && !identified(&sources);
            // "Amina Yusuf, the district police chief, said on Friday bandits…": the words before
            // the comma are the verb's subject and its apposition, no claim.
            let subject_before_comma = between.is_empty()
                && !claim_holds_verb
                && subject.is_some_and(|subj| subj.start == claim.start && subj.end <= claim.end);
            let named = (identified(&sources) || opens_with_determiner(source.of(text))) && !object;
            if (1..=MAX_SOURCE_WORDS).contains(&words)
                && claim.len() > 10
                && plausible
                && !subject_before_comma
                && (!between.is_empty() || named)
            {
                return Some(claimed(claim, sources, cue));
            }
        }
        // "…, which reported four deaths, the agency said": a verb in a relative clause gives
        // no claim of its own when the sentence's own verb of speech is set off after it.
        // The verb in the relative clause, not after it ("X, which has been reporting more,
        // says…").
        let relative = subject.is_some_and(|subj| {
            let between = doc.tokens_in(Span::new(subj.end, span.start + m.start()));
            between
                .iter()
                .rposition(|t| t.means(Meaning::RelativePronoun))
                .is_some_and(|r| !between[r..].iter().any(|t| t.pos == Upos::Punct))
        });
        if relative
            && speech_verbs(doc, Span::new(span.start + m.end(), span.end)).any(|v| {
                let set_off = |at: usize| text[..at].trim_end().ends_with(',');
                // The sentence's last verb: "…, the agency said (on Monday)."
                !inside_quote(s, v.span.start - span.start)
                    && !holds_verb(doc, Span::new(v.span.end, span.end))
                    && (set_off(v.span.start)
                        || subject_before(doc, span, v.span.start).is_some_and(|subj| set_off(subj.start)))
            })
        {
            continue;
        }
        // "The Sudan Doctors Network said the group had shelled the camp": reported speech
        // without "that", from a source that names someone.
        if let Some(subject) = subject {
            let sources = sources_in(doc, subject);
            // "said on Tuesday gunmen were suspected": the time is the saying's; not "the
            // morning assault", a noun the time qualifies.
            let rest = Span::new(claim_start, span.end).trim(text);
            let past_time = without_leading_time(doc, rest);
            // "said on Thursday, gunmen attacked…": the comma that sets the time off.
            let past_time = if past_time != rest && past_time.of(text).starts_with(',') {
                Span::new(past_time.start + 1, past_time.end).trim(text)
            } else {
                past_time
            };
            let qualifies_noun = doc.tokens_in(rest).first().is_some_and(|t| t.pos == Upos::Det)
                && doc.tokens_in(past_time).first().is_some_and(|t| t.pos == Upos::Noun);
            let rest = if qualifies_noun { rest } else { past_time };
            let clause = rest.of(text).trim_start();
            // A clause of at least four words, or fewer with a verb ("Temu said 40 had died").
            let words = clause.split_whitespace().count();
            // Not a phrase opened by a preposition with no verb: "believe in the healer's powers".
            let prepositional = doc.tokens_in(rest).first().is_some_and(|t| t.pos == Upos::Adp);
            let opens_clause = clause.starts_with(|c: char| c.is_alphanumeric())
                && (words >= 4 && !prepositional || words >= 3 && holds_verb(doc, rest));
            // A source the text names, a phrase with a determiner ("The coast guard said"),
            // or a pronoun ("He said the toll could rise").
            let words = subject.of(text).split_whitespace().count();
            let pronoun = names_by_pronoun(doc, subject) || names_untold_people(doc, subject);
            // "One aid worker said", "Deux humanitaires ont affirmé": a count opens it as a
            // determiner would; not "One man said to be…", "Five villages described as…", a
            // participle that qualifies what is counted.
            let counted = {
                let tokens = doc.tokens_in(subject);
                let qualified = doc.tokens_in(rest).first().is_some_and(|t| matches!(t.pos, Upos::Part | Upos::Adp));
                tokens.len() >= 2
                    && tokens[0].pos == Upos::Num
                    && tokens[tokens.len() - 1].pos == Upos::Noun
                    && !qualified
            };
            let named = reads_as_noun_phrase(doc, subject) && identified(&sources)
                || pronoun
                || (opens_with_determiner(subject.of(text)) || counted)
                    && words <= MAX_SUBJECT_WORDS
                    && names_something(subject.of(text), lexicon);
            if opens_clause && named && (!addressed || claim_start > span.start + m.end()) {
                let rest = if after_relative(doc, subject, span.start + m.start()) {
                    inside_relative(doc, rest)
                } else {
                    rest
                };
                return Some(claimed(trim_claim(text, rest), sources, cue));
            }
        }
        // "X reported CLAIM".
        if takes_claim_as_object(&cue) {
            if let Some(subject) = subject {
                let claim = trim_claim(text, Span::new(span.start + m.end(), span.end));
                if !claim.is_empty() && object_claim.is_none() {
                    object_claim = Some(claimed(claim, sources_in(doc, subject), cue));
                }
            }
        }
    }
    object_claim.or_else(|| given_by(doc, span))
}

/// Whether words hold a verb other than a participle right after a record's noun ("a
/// statement released on Friday", « un communiqué publié samedi »).
fn holds_verb_besides_record_participles(doc: &Document<'_>, span: Span) -> bool {
    let records = lang::lexicon(doc.language).speech.record_nouns;
    let tokens = doc.tokens_in(span);
    let participle =
        |k: usize| tokens[k].pos == Upos::Verb && k > 0 && records.contains(&doc.lower(tokens[k - 1].span));
    holds_verb(doc, span)
        && (0..tokens.len()).any(|k| matches!(tokens[k].pos, Upos::Verb | Upos::Aux) && !participle(k))
}

/// Whether a cue is a verb whose object is the claim ("reported", "a fait état de"), or a
/// counting verb; the cue may hold an aside after its auxiliary ("a de son côté fait état de").
fn takes_claim_as_object(cue: &str) -> bool {
    let cue_lower = cue.to_lowercase();
    let object_cue = |c: &&str| cue_lower == *c || cue_lower.strip_suffix(*c).is_some_and(|head| head.ends_with(' '));
    lang::LANGUAGES.iter().any(|l| l.speech.object_cues.iter().chain(l.speech.counting_verbs).any(object_cue))
}

/// Whether a phrase is a pronoun that names who speaks: a person's ("he", "ils") or a body's
/// ("it").
fn names_by_pronoun(doc: &Document<'_>, phrase: Span) -> bool {
    lang::lookup(|l| l.speech.pronouns, phrase.of(doc.text())).is_some()
        || stands_for_a_body(&lang::lexicon(doc.language).speech, doc.lower(phrase))
}

/// Whether a phrase is a pronoun of an untold number of people ("Some", "Certains"): a
/// source of its own, never one named before.
fn names_untold_people(doc: &Document<'_>, phrase: Span) -> bool {
    lang::lexicon(doc.language).speech.quantity_pronouns.contains(&doc.lower(phrase))
}

/// Whether a relative pronoun stands between the subject and the verb of speech at `cue`
/// ("A woman who said…"): what was said is then inside the subject's relative clause.
fn after_relative(doc: &Document<'_>, subject: Span, cue: usize) -> bool {
    doc.tokens_in(Span::new(subject.end, cue)).iter().any(|t| t.means(Meaning::RelativePronoun))
}

/// The words said in a relative clause on the sentence's subject, up to the sentence's own
/// verb: "A woman who said she was a nurse at the clinic described the raid" said "she was a
/// nurse at the clinic". That verb (or its auxiliary) comes after the claim's first verb,
/// right after a noun.
fn inside_relative(doc: &Document<'_>, claim: Span) -> Span {
    let tokens = doc.tokens_in(claim);
    let Some(first_verb) = tokens.iter().position(|t| matches!(t.pos, Upos::Verb | Upos::Aux)) else {
        return claim;
    };
    // "… a décrit le raid": an auxiliary and its participle too.
    let verb = |k: usize| {
        tokens[k].pos == Upos::Verb
            || tokens[k].pos == Upos::Aux && tokens.get(k + 1).is_some_and(|t| matches!(t.pos, Upos::Verb | Upos::Aux))
    };
    let main =
        (first_verb + 2..tokens.len()).find(|&k| verb(k) && matches!(tokens[k - 1].pos, Upos::Noun | Upos::Propn));
    main.map_or(claim, |k| Span::new(claim.start, tokens[k - 1].span.end))
}

/// "The paper, citing sources, said…", "The minister, speaking to reporters, said…": an aside
/// opened by a participle right before the verb of speech, after a subject that is a noun
/// phrase. The subject stands before the aside, so the verb is no "CLAIM, said X".
fn after_participle_aside(doc: &Document<'_>, span: Span, cue: &Cue<'_>) -> bool {
    let s = span.of(doc.text());
    let endings = lang::lexicon(doc.language).grammar.present_participle_endings;
    s[..cue.start()].trim_end().strip_suffix(',').is_some_and(|b| {
        let open = b.rfind(',').map_or(0, |c| c + 1);
        let segment = Span::new(span.start + open, span.start + b.len());
        let participle = doc
            .tokens_in(segment)
            .first()
            .is_some_and(|t| t.pos == Upos::Verb && lang::has_ending(doc.lower(t.span), endings, 2));
        // The subject before it: a noun phrase, not a clause ("…ont été retrouvés, portant
        // le bilan à 80, a déclaré X" is a claim).
        let subject = &b[..open.saturating_sub(1)];
        participle
            && !subject.trim().is_empty()
            && !subject.contains(',')
            && !holds_verb(doc, Span::new(span.start, span.start + subject.len()))
    })
}

/// The most words before the record noun that opens a sentence ("Le dernier bilan").
const RECORD_LEAD_WORDS: usize = 3;

/// "The previous toll given by the ministry was 99", "Le bilan établi par la protection civile
/// était de 12 morts": a record that opens the sentence, with a participle and its agent,
/// is its agent's claim; the claim is the sentence.
fn given_by(doc: &Document<'_>, span: Span) -> Option<Attribution> {
    let lexicon = lang::lexicon(doc.language);
    let tokens = doc.tokens_in(span);
    let head = tokens
        .iter()
        .take(RECORD_LEAD_WORDS + 1)
        .position(|t| lexicon.speech.record_nouns.contains(&doc.lower(t.span)))?;
    let lead = tokens[..head].iter().all(|t| matches!(t.pos, Upos::Det | Upos::Adj));
    let participle = tokens.get(head + 1).is_some_and(|t| t.pos == Upos::Verb);
    if !lead || !participle || !tokens.get(head + 2).is_some_and(|t| t.means(Meaning::AgentMarker)) {
        return None;
    }
    // The owner runs to the sentence's verb, or a time before it; a figure follows.
    // The verb is a copula before the figure ("was 58", "était de 58"): "the toll given by the
    // ministry was disputed by…" says nothing of the ministry's.
    let verb = head + 3 + tokens[head + 3..].iter().position(|t| matches!(t.pos, Upos::Aux | Upos::Verb))?;
    let of = usize::from(tokens.get(verb + 1).is_some_and(|t| t.means(Meaning::Of)));
    let copula = tokens[verb].means(Meaning::Auxiliary) || tokens[verb].pos == Upos::Aux;
    if !copula || !tokens.get(verb + 1 + of).is_some_and(|t| t.pos == Upos::Num) {
        return None;
    }
    let end = tokens[head + 3..verb]
        .iter()
        .find(|t| doc.time_around(t.span).is_some())
        .map_or(verb, |t| tokens.partition_point(|u| u.span.start < t.span.start));
    let end = if end < verb && tokens[end - 1].pos == Upos::Adp { end - 1 } else { end };
    let phrase = Span::new(tokens[0].span.start, tokens[end].span.start).trim(doc.text());
    let sources = record_owner(doc, phrase)?;
    let cue = Span::new(tokens[head + 1].span.start, tokens[head + 2].span.end).of(doc.text()).to_string();
    Some(claimed(trim_claim(doc.text(), span), sources, cue))
}

/// The most words of a subject set off with its verb inside a claim ("The fire, the chief said, …").
const SET_OFF_SUBJECT_WORDS: usize = 4;

/// "The attackers, he said, fled into the forest", "Tous, disent-ils, ont fui les combats": a
/// verb of speech and its subject set off by commas inside the claim they give, which is the
/// sentence. The words before the aside hold no verb; the words after it do.
fn set_off_cue(doc: &Document<'_>, span: Span, cue: &Cue<'_>) -> Option<Attribution> {
    let text = doc.text();
    let lexicon = lang::lexicon(doc.language);
    let s = span.of(text);
    // A comma before the verb, and one after it (and after a time: "police said on Monday,
    // …"): most verbs have neither.
    let open = s[..cue.start()].rfind(',')?;
    let comma_after = |at: usize| text[at..span.end].trim_start().starts_with(',');
    let after_cue = span.start + cue.end();
    let after_time = if comma_after(after_cue) { after_cue } else { past_asides(doc, after_cue, span.end) };
    let inverted = lexicon.hooks.inverted_pronoun.is_some() && s[open + 1..cue.start()].contains('-');
    let subject_after = inverts_subject(doc, span, open, cue);
    if !inverted && !subject_after && !comma_after(after_time) {
        return None;
    }
    let (source, aside_end) = match inversion_at(doc, Span::new(span.start + open, span.end)) {
        Some((inverted, pronoun)) => {
            let source = pronoun_source(pronoun.span);
            (vec![source], inverted.span.end.max(pronoun.span.end))
        }
        None if subject_after => {
            // "Les assaillants, a indiqué la police, ont fui": the subject after a finite verb.
            let from = past_asides(doc, after_cue, span.end);
            let close = from + text[from..span.end].find(',')?;
            // "X, a dit à Reuters lundi que …, blessant …": a verb with "that" after it
            // introduces its claim; what follows is no subject.
            if doc.tokens_in(Span::new(from, close)).iter().any(|t| t.means(Meaning::Complementizer)) {
                return None;
            }
            // "a expliqué le maire à l'AFP": whom it was said to is no part of the subject.
            let subject = phrase_after(doc, from, close, lexicon);
            let words = subject.of(text).split_whitespace().count();
            if !(1..=SET_OFF_SUBJECT_WORDS).contains(&words)
                || holds_verb(doc, subject)
                || !names_something(subject.of(text), lexicon)
            {
                return None;
            }
            (sources_in(doc, subject), close)
        }
        None => {
            let subject = Span::new(span.start + open + 1, span.start + cue.start()).trim(text);
            // "…, comme l'a souligné le maire": a clause opened by "as" has no subject there.
            if past_as_word(doc, subject).is_some() {
                return None;
            }
            let words = subject.of(text).split_whitespace().count();
            let pronoun = lang::lookup(|l| l.speech.pronouns, subject.of(text)).is_some();
            let named =
                pronoun || (1..=SET_OFF_SUBJECT_WORDS).contains(&words) && names_something(subject.of(text), lexicon);
            if subject.is_empty() || !named {
                return None;
            }
            let sources = if pronoun { vec![pronoun_source(subject)] } else { sources_in(doc, subject) };
            // "police said on Monday, …": a time after the verb.
            (sources, after_time)
        }
    };
    let after = text[aside_end..span.end].trim_start();
    let rest = after.strip_prefix(',')?;
    let before = Span::new(span.start, span.start + open);
    let verb = |t: &Token| matches!(t.pos, Upos::Verb | Upos::Aux);
    let opens_with_words = before.of(text).contains(char::is_alphanumeric) && !doc.tokens_in(before).iter().any(verb);
    let rest = Span::new(span.end - rest.len(), span.end);
    // "…, the mayor said, adding that…": a participle after the aside opens a clause of its own.
    let participle = doc.tokens_in(rest).first().is_some_and(|t| {
        let word = doc.lower(t.span);
        lexicon.speech.continuing_cues.contains(&word)
            || lang::has_ending(word, lexicon.grammar.present_participle_endings, 2)
    });
    if !opens_with_words || participle || !holds_verb(doc, rest) || source.is_empty() {
        return None;
    }
    // "…, a indiqué la police, ont fui": the claim's own verb opens what follows the aside;
    // "…, a confirmé cette attaque, sans plus de détails" has an object, not a subject, after its verb.
    if subject_after && !doc.tokens_in(rest).first().is_some_and(|t| matches!(t.pos, Upos::Aux | Upos::Verb)) {
        return None;
    }
    Some(claimed(trim_claim(text, span), source, cue.as_str().to_string()))
}

/// "…, as police said on Monday", "Comme l'a indiqué la préfecture, …": a clause opened by
/// "as" (at the start of the sentence or after a comma) that ends with a verb of speech and its
/// subject names who says what the rest of the sentence says. Its subject stands before the
/// verb, or after it behind an object pronoun and an auxiliary ("comme l'a indiqué X").
fn as_clause(doc: &Document<'_>, span: Span) -> Option<Attribution> {
    let text = doc.text();
    let lexicon = lang::lexicon(doc.language);
    let tokens = doc.tokens_in(span);
    let comma = |t: &Token| doc.lower(t.span) == ",";
    for (k, t) in tokens.iter().enumerate() {
        // "…, just as officials had announced": an adverb may come first.
        let opening = k - usize::from(k > 0 && tokens[k - 1].pos == Upos::Adv);
        if !lexicon.speech.as_words.contains(&doc.lower(t.span)) || opening > 0 && !comma(&tokens[opening - 1]) {
            continue;
        }
        let close = tokens[k + 1..].iter().position(comma).map_or(tokens.len(), |p| k + 1 + p);
        let clause = Span::new(t.span.end, tokens.get(close).map_or(span.end, |u| u.span.start));
        let Some(cue) = speech_verbs(doc, clause).next() else { continue };
        let between = doc.tokens_in(Span::new(clause.start, cue.span.start));
        let pronoun = between.iter().find(|u| lang::lookup(|l| l.speech.pronouns, doc.lower(u.span)).is_some());
        let subject = match pronoun {
            Some(p) => p.span,
            None if between.iter().all(|u| matches!(u.pos, Upos::Pron | Upos::Aux)) => {
                // "Comme le dit souvent le président": past an adverb or a time.
                phrase_after(doc, past_asides(doc, cue.span.end, clause.end), clause.end, lexicon)
            }
            None => Span::new(clause.start, cue.span.start).trim(text),
        };
        // Nothing said after the verb but its subject, a time or an aside: "as the army said it
        // had retaken the town" is a clause of its own.
        let after = Span::new(cue.span.end.max(subject.end), clause.end);
        let words = subject.of(text).split_whitespace().count();
        if subject.is_empty()
            || holds_verb(doc, after)
            || holds_verb(doc, subject)
            || words > SET_OFF_SUBJECT_WORDS
            || pronoun.is_none() && !names_something(subject.of(text), lexicon)
        {
            continue;
        }
        let claim = match opening {
            0 => Span::new(clause.end, span.end),
            _ => Span::new(span.start, tokens[opening - 1].span.start),
        };
        // "As the president said, "We will rebuild," the crowd cheered": a quote is no claim.
        if !holds_verb(doc, claim) || claim.of(text).contains(QUOTE_MARKS) {
            continue;
        }
        let sources = match pronoun {
            Some(p) => vec![pronoun_source(p.span)],
            None => sources_in(doc, subject),
        };
        if !sources.is_empty() {
            return Some(claimed(trim_claim(text, claim), sources, cue.as_str().to_string()));
        }
    }
    None
}

/// Whether a set-off verb of speech comes straight after its comma and its auxiliary, and
/// its language puts the subject after such a verb ("…, a indiqué la police, …"). A participle
/// with no auxiliary ("…, écrit par…") qualifies a noun instead.
fn inverts_subject(doc: &Document<'_>, span: Span, open: usize, cue: &Cue<'_>) -> bool {
    let lexicon = lang::lexicon(doc.language);
    let before = Span::new(span.start + open + 1, cue.span.start);
    let verb = doc.tokens_in(Span::new(before.start, cue.span.end));
    lexicon.hooks.inverted_pronoun.is_some()
        && doc.tokens_in(before).iter().all(|t| t.pos == Upos::Aux)
        && verb.first().is_some_and(|t| t.pos == Upos::Aux)
        && verb.iter().all(|t| t.is_word())
}

/// "selon un bilan provisoire du RNDDH", "according to figures released by the ministry": a
/// record's owner, named after it, is the source; a record with no owner inside a quote is
/// its speaker's ("« Selon les premiers chiffres, six gardes… », ont indiqué les gendarmes").
fn record_owner(doc: &Document<'_>, phrase: Span) -> Option<Vec<Source>> {
    let text = doc.text();
    let tokens = doc.tokens_in(phrase);
    let head = record_head(doc, tokens)?;
    // The owner after "of"/"de"/"by"/"par", past what qualifies the record.
    let owner = tokens[head + 1..]
        .iter()
        .position(|t| t.means(Meaning::Of) || t.means(Meaning::AgentMarker))
        .map(|k| head + 1 + k)
        .filter(|&k| k + 1 < tokens.len())
        .map(|k| {
            // "un communiqué de l'ONG diffusé jeudi": the owner ends before a
            // participle or a time that qualifies the record.
            // A participle after a noun, apart from it ("U.S.-based" is one word).
            let participle = |j: usize| {
                tokens[j].pos == Upos::Verb
                    && matches!(tokens[j - 1].pos, Upos::Noun | Upos::Propn)
                    && tokens[j - 1].span.end < tokens[j].span.start
            };
            let stop = (k + 2..tokens.len()).find(|&j| participle(j) || doc.time_around(tokens[j].span).is_some());
            // "by the ministry on Monday": the time's preposition too.
            let stop = stop.map(|j| if j > k + 2 && tokens[j - 1].pos == Upos::Adp { j - 1 } else { j });
            let end = stop.map_or(phrase.end, |j| tokens[j].span.start);
            Span::new(tokens[k + 1].span.start, end).trim(text)
        })
        // "le bilan de l'incendie du marché": an event is no owner, whatever names follow it.
        .filter(|&owner| can_speak(doc, owner))
        .map(|owner| sources_in(doc, owner))
        .filter(|sources| identified(sources));
    if owner.is_some() {
        return owner;
    }
    let quote = quotes::quote_around(&doc.quotes, phrase)?;
    Some(vec![source_of_speaker(doc, quote.speaker.as_ref()?)])
}

/// Whether the head of a phrase (its first noun) is one who can speak: a name, or a kind of
/// source ("les autorités"), not an event ("l'incendie").
fn can_speak(doc: &Document<'_>, phrase: Span) -> bool {
    let head = doc.tokens_in(phrase).iter().find(|t| matches!(t.pos, Upos::Noun | Upos::Propn)).copied();
    head.is_some_and(|h| doc.mention_around(h.span).is_some() || names_a_kind_of_source(doc, &h))
}

/// Whether a word is one of the words of a kind of source of the document's language
/// ("autorités", "préfet", "envoy").
fn names_a_kind_of_source(doc: &Document<'_>, token: &Token) -> bool {
    let word = doc.lower(token.span);
    lang::lexicon(doc.language).speech.source_heads.iter().any(|(w, _)| w.split_whitespace().any(|x| x == word))
}

/// Whether a phrase names one whose view a sentence can give: a person by name or by role, or
/// a kind of source ("le préfet", "the UN envoy"), not a place, a team or a feast ("Pour Lyon", "Pour Noël").
fn holds_a_view(doc: &Document<'_>, phrase: Span) -> bool {
    doc.tokens_in(phrase).iter().filter(|t| matches!(t.pos, Upos::Noun | Upos::Propn)).any(|t| {
        let person = doc.mention_around(t.span).is_some_and(|(_, e)| doc.entity(e).entity_type == EntityType::Person);
        let role = t.means(Meaning::Title) || t.means(Meaning::RoleNoun);
        person || role || names_a_kind_of_source(doc, t)
    })
}

/// "le bilan de l'incendie du marché couvert": a record opening a phrase and told of
/// something that cannot speak is the source alone, without what it tells of.
fn record_alone(doc: &Document<'_>, phrase: Span) -> Option<Span> {
    let tokens = doc.tokens_in(phrase);
    let head = record_head(doc, tokens)?;
    // "un bilan provisoire de l'attaque": adjectives may follow the record.
    let adjectives = tokens[head + 1..].iter().take_while(|t| t.pos == Upos::Adj).count();
    let of = tokens.get(head + 1 + adjectives).filter(|t| t.means(Meaning::Of))?;
    // "un bilan de l'explosion communiqué par la préfecture": its agent owns it; kept whole.
    if tokens.iter().any(|t| t.means(Meaning::AgentMarker)) {
        return None;
    }
    let told_of = Span::new(of.span.end, phrase.end);
    (!can_speak(doc, told_of)).then(|| Span::new(phrase.start, tokens[head + adjectives].span.end))
}

/// Where a phrase's head is when it is a record: its first noun, or a record whatever the
/// tagger made of it ("figures" read as a verb).
fn record_head(doc: &Document<'_>, tokens: &[Token]) -> Option<usize> {
    let records = lang::lexicon(doc.language).speech.record_nouns;
    let record = |t: &Token| records.contains(&doc.lower(t.span));
    let head = tokens.iter().position(|t| matches!(t.pos, Upos::Noun | Upos::Propn) || record(t))?;
    record(&tokens[head]).then_some(head)
}

/// Noun phrases joined by commas and "and" from the start of `span` to its end or to a
/// relative clause ("the UN, which says…"), holding no verb and at least one separator.
fn source_list(doc: &Document<'_>, span: Span) -> Option<Span> {
    let text = doc.text();
    let and = lang::lexicon(doc.language).grammar.and;
    let tokens = doc.tokens_in(span);
    let relative = tokens.iter().position(|t| t.means(Meaning::RelativePronoun)).unwrap_or(tokens.len());
    let words = &tokens[..relative];
    let end = words.iter().rposition(|t| t.is_word() || doc.overlaps_mention(t.span))?;
    let words = &words[..=end];
    let verb = words.iter().any(|t| matches!(t.pos, Upos::Verb | Upos::Aux) && !doc.overlaps_mention(t.span));
    let quoted = words.iter().any(|t| matches!(t.span.of(text), "\"" | "“" | "”" | "«" | "»" | "(" | ")" | ";" | ":"));
    let joined = words.iter().any(|t| and.contains(&doc.lower(t.span)) && !doc.overlaps_mention(t.span));
    (!verb && !quoted && joined).then(|| Span::new(words[0].span.start, words[end].span.end))
}

/// When a verb of speech is passive ("were reported", "a été confirmé"): the first of its
/// auxiliaries and adverbs, and the token after it.
pub(crate) fn passive_cue(doc: &Document<'_>, sentence: Span, cue: Span) -> Option<(usize, usize)> {
    let speech = &lang::lexicon(doc.language).speech;
    let k = doc.token_from(cue.start);
    let end = doc.token_from(cue.end);
    // The auxiliaries, adverbs and negation before the participle, the cue's own included
    // ("was not immediately reported").
    let mut first = end.checked_sub(1)?;
    while first > 0
        && doc.tokens[first - 1].span.start >= sentence.start
        && matches!(doc.tokens[first - 1].pos, Upos::Aux | Upos::Adv | Upos::Part)
    {
        first -= 1;
    }
    // "was reporting": a participle of the present is no passive.
    let progressive = speech.continuing_cues.contains(&doc.lower(doc.tokens[end - 1].span));
    let passive =
        doc.tokens[first.min(k)..end - 1].iter().any(|t| speech.passive_auxiliaries.contains(&doc.lower(t.span)));
    // "Hostage's death confirmed by the ministry": a headline's participle with its agent.
    let headline = doc.sentence_at(sentence.start).is_some_and(|s| s.zone == Zone::Headline)
        && doc.tokens.get(end).is_some_and(|t| t.means(Meaning::AgentMarker));
    ((passive || headline) && !progressive).then_some((first, end))
}

/// "CLAIM was confirmed by X", "CLAIM a été confirmé par plusieurs sources": a passive verb of
/// speech whose agent is the source; the claim is the words before its auxiliaries. `first`
/// and `end` are where [`passive_cue`] found the verb's auxiliaries start and the verb end.
fn passive_claim(doc: &Document<'_>, sentence: Span, first: usize, end: usize) -> Option<(Span, Vec<Source>)> {
    let text = doc.text();
    // A time or an adverb may stand between the participle and its agent ("annoncées lundi
    // soir par la mairie", "confirmed late on Monday by").
    let in_time = |t: &crate::model::Token| doc.time_around(t.span).is_some();
    let skipped = doc.tokens[end.min(doc.tokens.len())..]
        .iter()
        .take(MAX_WORDS_BEFORE_AGENT + 1)
        .take_while(|t| {
            sentence.contains(t.span) && (t.pos == Upos::Adv || in_time(t) || t.means(Meaning::DatePreposition))
        })
        .count();
    let end = end + if skipped <= MAX_WORDS_BEFORE_AGENT { skipped } else { 0 };
    let agent = doc.tokens.get(end).filter(|t| t.means(Meaning::AgentMarker) && sentence.contains(t.span))?;
    let source = phrase_after(doc, agent.span.end, sentence.end, lang::lexicon(doc.language));
    let claim = trim_claim(text, Span::new(sentence.start, doc.tokens[first].span.start));
    let sources = sources_in(doc, source);
    let named = identified(&sources)
        || opens_with_determiner(source.of(text))
        || source.of(text).split_whitespace().count() > 1;
    (named && claim.len() > 10 && reads_as_noun_phrase(doc, source)).then_some((claim, sources))
}

/// "The governor toured the camp, saying…", "Le maire a visité le site, affirmant que…": the
/// subject of the sentence's main clause, before its first verb, when it names a person, an
/// organisation, a role or a kind of source. Not where the clause is passive or names a
/// record the participle may be telling of ("received a letter from the union, warning…").
fn main_subject(doc: &Document<'_>, sentence: Span, cue_start: usize) -> Option<Vec<Source>> {
    let text = doc.text();
    let clause = doc.without_dateline(sentence);
    let tokens = doc.tokens_in(Span::new(clause.start, cue_start));
    let verb = tokens.iter().position(|t| matches!(t.pos, Upos::Verb | Upos::Aux))?;
    let records = lang::lexicon(doc.language).speech.record_nouns;
    // "…cited a report, saying": the record may be what says it; not a toll the subject
    // raises or revises ("raised the toll, saying…", "a revu le bilan, expliquant que…").
    let told_by_another = tokens[verb..]
        .iter()
        .any(|t| t.means(Meaning::AgentMarker) || records.contains(&doc.lower(t.span)) && !t.means(Meaning::TollNoun));
    // Without the clitics before the verb ("Le préfet s'est rendu"), and past a time or an
    // aside set off before the subject ("On Tuesday, the governor").
    let kept = verb - tokens[..verb].iter().rev().take_while(|t| t.pos == Upos::Pron).count();
    let subject = Span::new(clause.start, tokens[..kept].last()?.span.end);
    let subject = match subject.of(text).rfind(',') {
        Some(comma) => Span::new(subject.start + comma + 1, subject.end).trim(text),
        None => subject,
    };
    let words = subject.of(text).split_whitespace().count();
    let named = doc
        .mentions_in(subject)
        .any(|(_, e)| matches!(doc.entity(e).entity_type, EntityType::Person | EntityType::Org));
    let speaks = (1..=MAX_SUBJECT_WORDS).contains(&words)
        && !told_by_another
        && reads_as_noun_phrase(doc, subject)
        && (named || holds_a_view(doc, subject));
    speaks.then(|| sources_in(doc, subject))
}

/// "…, he said, adding that CLAIM", "…, a déclaré X, précisant que CLAIM": a participle of speech
/// after a comma goes on with the sources of the claim before it in its sentence; that claim
/// ends at the comma; with none, the main clause's subject that can speak.
fn continued_claims(doc: &Document<'_>, claims: &mut [Attribution]) -> Vec<Attribution> {
    let text = doc.text();
    let speech = &lang::lexicon(doc.language).speech;
    let mut out = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        if i == 0 || !speech.continuing_cues.contains(&doc.lower(t.span)) {
            continue;
        }
        let Some(sentence) = doc.sentence_at(t.span.start).map(|s| s.span) else { continue };
        // "…, en précisant que", "…, tout en indiquant que": a gerund's preposition after the
        // comma, an adverb before it at most.
        let gerund = i > 1 && doc.tokens[i - 1].pos == Upos::Adp && {
            let before = &doc.tokens[..i - 1];
            let adverb = usize::from(before.last().is_some_and(|t| t.pos == Upos::Adv));
            before.len() > adverb && before[before.len() - 1 - adverb].span.of(text) == ","
        };
        // "…, certains témoins affirmant que CLAIM": a participle with its own subject.
        if doc.tokens[i - 1].span.of(text) != "," && !gerund {
            // "…, with police saying (that) CLAIM": the preposition is no part of the subject.
            let after_comma = |at: usize| text[..at].trim_end().ends_with(',');
            let subject = subject_before(doc, sentence, t.span.start)
                .map(|s| match doc.tokens_in(s) {
                    [with, rest @ ..] if with.pos == Upos::Adp && !rest.is_empty() => {
                        Span::new(rest[0].span.start, s.end)
                    }
                    _ => s,
                })
                .filter(|&s| {
                    let k = doc.token_from(s.start);
                    let with = k > 0 && matches!(doc.tokens[k - 1].pos, Upos::Adp | Upos::Sconj);
                    s.start > sentence.start
                        && (after_comma(s.start) || with && after_comma(doc.tokens[k - 1].span.start))
                })
                .filter(|&s| {
                    reads_as_noun_phrase(doc, s) && doc.tokens_in(s).iter().any(|w| w.is_word() && w.pos != Upos::Adp)
                });
            // The claim opens after "that", or right after the participle where a clause follows.
            let after = Span::new(t.span.end, sentence.end);
            let next = doc.tokens.get(i + 1).filter(|n| sentence.contains(n.span)).and_then(|n| {
                if n.means(Meaning::Complementizer) {
                    Some(n.span.end)
                } else {
                    let opens = matches!(n.pos, Upos::Det | Upos::Pron | Upos::Noun | Upos::Propn | Upos::Num);
                    (opens && holds_verb(doc, after)).then_some(n.span.start)
                }
            });
            if let (Some(subject), Some(next)) = (subject, next) {
                // The claim runs to the next subject of the same kind, or to the end.
                let claim_end = doc.tokens[i + 2..]
                    .iter()
                    .take_while(|u| u.span.end <= sentence.end)
                    .find(|u| u.span.of(text) == ",")
                    .filter(|u| {
                        doc.tokens_in(Span::new(u.span.end, sentence.end))
                            .iter()
                            .any(|w| speech.continuing_cues.contains(&doc.lower(w.span)))
                    })
                    .map_or(sentence.end, |u| u.span.start);
                let claim = trim_claim(text, Span::new(next, claim_end));
                let sources = sources_in(doc, subject);
                if !claim.is_empty() && names_something(subject.of(text), lang::lexicon(doc.language)) {
                    out.push(claimed(claim, sources, t.span.of(text).to_string()));
                }
            }
            continue;
        }
        if inside_quote(Span::new(sentence.start, t.span.start).of(text), t.span.start - sentence.start) {
            continue;
        }
        // Claims and quotes are in text order: only those of this sentence before the cue count.
        let to = claims.partition_point(|a| a.claim.start < t.span.start);
        let before = claims[..to]
            .iter_mut()
            .rev()
            .take_while(|a| a.claim.start >= sentence.start)
            .find(|a| sentence.contains(a.claim));
        // "“…,” he said, adding that…": else the speaker of the quote before it.
        let quoted = || {
            let to = doc.quotes.partition_point(|q| q.span.start < t.span.start);
            doc.quotes[..to]
                .iter()
                .rev()
                .take_while(|q| q.span.start >= sentence.start)
                .filter(|q| q.span.end <= t.span.start && sentence.contains(q.span))
                .find_map(|q| q.speaker.as_ref())
                .map(|speaker| vec![source_of_speaker(doc, speaker)])
        };
        let sources = match before.as_ref() {
            Some(a) => a.sources.clone(),
            None => match quoted().or_else(|| main_subject(doc, sentence, t.span.start)) {
                Some(sources) => sources,
                None => continue,
            },
        };
        // "that"/"que" opens the claim; without it, English "saying the…" needs a clause.
        let next = doc.tokens.get(i + 1).filter(|n| sentence.contains(n.span));
        let complementizer = next.is_some_and(|n| n.means(Meaning::Complementizer));
        let from = match (complementizer, next) {
            (true, _) => doc.tokens.get(i + 2).map_or(sentence.end, |n| n.span.start),
            (false, Some(n)) => n.span.start,
            (false, None) => continue,
        };
        let claim = trim_claim(text, Span::new(from.min(sentence.end), sentence.end));
        if claim.is_empty() || !complementizer && !holds_verb(doc, claim) {
            continue;
        }
        if let Some(before) = before.filter(|a| a.claim.end > t.span.start) {
            let comma = if gerund { i - 2 } else { i - 1 };
            before.claim = trim_claim(text, Span::new(before.claim.start, doc.tokens[comma].span.start));
        }
        out.push(claimed(claim, sources, t.span.of(text).to_string()));
    }
    out
}

/// Whether byte `i` of `s` is inside quotation marks.
fn inside_quote(s: &str, i: usize) -> bool {
    let head = &s[..i];
    let opens = head.matches(['“', '«']).count();
    let closes = head.matches(['”', '»']).count();
    let straight = head.matches('"').count();
    opens > closes || straight % 2 == 1
}
