//! Casualty figures: how many were killed, wounded, displaced..., who they were, who caused
//! it, where, and according to whom. The same figure repeated (standfirst and body) is one
//! item with several mentions; a toll that rises keeps both figures, the later one marked.

use crate::annotate::sources::kind_of;
use crate::document::Document;
use crate::lang::{self, Lexicon};
use crate::model::{Casualty, CasualtyKind, EntityId, EntityType, Reference, Source, Span, Zone};
use crate::tokens::{find_whole_word, lowercase_aligned, possessive_after};

/// The longest entry of `table` that `s` starts with, as a whole word.
fn starts_with<'t, T: Copy>(table: &'t [(&'static str, T)], s: &str) -> Option<(usize, T)> {
    table
        .iter()
        .filter(|(w, _)| s.starts_with(w) && !s[w.len()..].starts_with(char::is_alphanumeric))
        .max_by_key(|(w, _)| w.len())
        .map(|&(w, t)| (w.len(), t))
}

fn ends_with<T: Copy>(table: &[(&'static str, T)], s: &str) -> Option<(usize, T)> {
    table
        .iter()
        .filter(|(w, _)| s.ends_with(w) && !s[..s.len() - w.len()].ends_with(char::is_alphanumeric))
        .max_by_key(|(w, _)| w.len())
        .map(|&(w, t)| (w.len(), t))
}

fn word_list(list: &'static [&'static str]) -> Vec<(&'static str, ())> {
    list.iter().map(|w| (*w, ())).collect()
}

/// Words that only introduce a count ("leaving 10 dead") and are not a kind by themselves.
fn is_lead_only(word: &str) -> bool {
    matches!(word, "leaving" | "left" | "faisant")
}

fn family(kind: CasualtyKind) -> CasualtyKind {
    match kind {
        CasualtyKind::Dead => CasualtyKind::Killed,
        k => k,
    }
}

/// Annotates casualty figures.
pub fn annotate(doc: &Document<'_>) -> Vec<Casualty> {
    let text = doc.text();
    let lexicon: &Lexicon = lang::lexicon(doc.language);
    let victims_table = word_list(lexicon.casualties.victim_nouns);
    let aux_table = word_list(lexicon.casualties.auxiliaries);
    let mut found: Vec<Casualty> = Vec::new();
    for q in &doc.quantities {
        if q.unit.is_some_and(|u| u != "people") {
            continue;
        }
        let Some(sentence) =
            doc.sentence_at(q.span.start).filter(|s| s.span.contains(q.span) && s.zone != Zone::Caption)
        else {
            continue;
        };
        // Lower case with the same byte offsets, so positions found here point into `text`.
        let after = lowercase_aligned(&text[q.span.end..sentence.span.end]);
        let before = lowercase_aligned(&text[sentence.span.start..q.span.start]);
        let mut rest = after.trim_start();
        // "des centaines de personnes", "dozens of civilians".
        for of in ["of ", "de ", "d'", "d’"] {
            if let Some(r) = rest.strip_prefix(of) {
                if starts_with(&victims_table, r.trim_start()).is_some() {
                    rest = r.trim_start();
                }
            }
        }
        let mut victims = if q.unit == Some("people") { Some("people".to_string()) } else { None };
        if let Some((len, ())) = starts_with(&victims_table, rest) {
            victims = Some(rest[..len].to_string());
            rest = rest[len..].trim_start();
        }
        // "45 personnes, dont 12 enfants, ont été tuées": skip the aside after the victims.
        if victims.is_some() {
            if let Some(aside) = rest.strip_prefix(',') {
                if let Some(close) = aside.find(',').filter(|&i| i < 60) {
                    rest = aside[close + 1..].trim_start();
                }
            }
        }
        for _ in 0..2 {
            if let Some((len, ())) = starts_with(&aux_table, rest) {
                rest = rest[len..].trim_start();
            }
        }
        let after_kind =
            starts_with(lexicon.casualties.casualty_words, rest).filter(|&(len, _)| !is_lead_only(&rest[..len]));
        let before_trimmed = before.trim_end();
        let before_kind = ends_with(lexicon.casualties.casualty_words, before_trimmed);
        let update = lexicon.casualties.toll_updates.iter().any(|u| before_trimmed.ends_with(u))
            && (before.contains("toll") || before.contains("bilan"));
        let kind = match (after_kind, before_kind) {
            (Some((_, k)), _) => k,
            (None, Some((len, k))) if !is_lead_only(&before_trimmed[before_trimmed.len() - len..]) => k,
            (None, Some(_)) if victims.is_some() => CasualtyKind::Dead,
            _ if update => CasualtyKind::Dead,
            _ => continue,
        };
        // A participle after the main clause ("…, killing at least 19") or a verb with the
        // figure as object: the perpetrator is the sentence's subject.
        let perpetrator = before_kind.filter(|_| after_kind.is_none()).and_then(|_| {
            let clause = &text[sentence.span.start..q.span.start];
            // "the conflict which left … and displaced millions": the subject is in the relative clause.
            let relative = [" which ", " that ", " who ", " qui ", " dont "].iter().any(|r| clause.contains(r));
            if relative {
                return None;
            }
            // The clause starts after a dateline ("KHARTOUM, April 12 (Reuters) -").
            let start = doc.without_dateline(sentence.span).start;
            let first = text[start..q.span.start].find(',').map_or(q.span.start, |i| start + i);
            let head = Span::new(start, first.max(start));
            // "Sudan's Rapid Support Forces killed …": the possessor is not the perpetrator.
            let actors: Vec<(Span, EntityId)> = doc
                .mentions_in(head)
                .filter(|&(_, i)| {
                    matches!(doc.entity(i).entity_type, EntityType::Gpe | EntityType::Org | EntityType::Person)
                })
                .collect();
            actors
                .iter()
                .find(|(m, _)| !possessive_after(text, m.end))
                .or(actors.first())
                .map(|&(m, i)| Reference { span: m, entity: Some(i) })
        });
        // A passive with its agent: "were killed by Russian shelling", "tués par des frappes".
        let passive_agent = after_kind.and_then(|(len, _)| {
            let tail = rest[len..].trim_start();
            let marker = lexicon.names.agent_markers.iter().find(|m| tail.starts_with(&format!("{m} ")))?;
            let from = q.span.end + (after.len() - tail.len()) + marker.len() + 1;
            let window = Span::new(from, (from + 80).min(sentence.span.end).max(from));
            doc.mentions_in(window)
                .find(|&(_, i)| {
                    matches!(
                        doc.entity(i).entity_type,
                        EntityType::Gpe | EntityType::Org | EntityType::Person | EntityType::Norp
                    )
                })
                .map(|(m, i)| Reference { span: m, entity: Some(i) })
        });
        let perpetrator = passive_agent.or(perpetrator);
        let lower_sentence = sentence.span.of(text).to_lowercase();
        let cause = lexicon
            .casualties
            .casualty_causes
            .iter()
            .filter_map(|c| find_whole_word(&lower_sentence, c).map(|i| (i, *c)))
            .min()
            .map(|(_, c)| c.to_string());
        let location = doc
            .mentions_in(doc.without_dateline(sentence.span))
            .filter(|&(_, i)| matches!(doc.entity(i).entity_type, EntityType::Gpe | EntityType::Loc))
            .find(|(m, _)| perpetrator.is_none_or(|p| !p.span.overlaps(*m)))
            .map(|(m, i)| Reference { span: m, entity: Some(i) });
        let mut sources: Vec<Source> = doc
            .attributions
            .iter()
            .filter(|a| a.claim.contains(q.span))
            .flat_map(|a| a.sources.iter().cloned())
            .collect();
        if sources.is_empty() {
            if let Some(sp) = doc.quotes.iter().find(|qt| qt.span.contains(q.span)).and_then(|qt| qt.speaker.as_ref()) {
                sources.push(Source { span: sp.span, entity: sp.entity, kind: kind_of(doc, sp.span, sp.entity) });
            }
        }
        found.push(Casualty {
            kind,
            value: q.value,
            approx: q.approx,
            victims,
            perpetrator,
            cause,
            location,
            sources,
            mentions: vec![q.span],
            update,
        });
    }
    // One item per figure: same kind of harm, same count.
    let mut out: Vec<Casualty> = Vec::new();
    for c in found {
        match out.iter_mut().find(|o| {
            family(o.kind) == family(c.kind) && o.value == c.value && o.approx == c.approx && o.update == c.update
        }) {
            Some(o) => {
                o.mentions.extend(c.mentions);
                for s in c.sources {
                    let dup = o.sources.iter().any(|x| x.entity.is_some() && x.entity == s.entity || x.span == s.span);
                    if !dup {
                        o.sources.push(s);
                    }
                }
                o.victims = o.victims.take().or(c.victims);
                o.perpetrator = o.perpetrator.or(c.perpetrator);
                o.cause = o.cause.take().or(c.cause);
                o.location = o.location.or(c.location);
            }
            None => out.push(c),
        }
    }
    out
}
