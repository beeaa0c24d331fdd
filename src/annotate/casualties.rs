//! Casualty figures: how many were killed, wounded, displaced..., who they were, who caused
//! it, where, and according to whom. The same figure repeated (standfirst and body) is one
//! item with several mentions; a toll that rises keeps both figures, the later one marked.
//!
//! Every rule reads the tokens of the figure's sentence around the figure: the words after
//! it (victims, auxiliaries, the harm word, a passive agent) and before it (a harm word, a
//! toll update), each by meaning.

use crate::annotate::entities::{across_a_border, country_code};
use crate::annotate::quotes::{self, quote_around};
use crate::annotate::sources::{
    claim_sources, claims_by_start, claims_in, entity_in, kind_of, phrase_after, reads_as_noun_phrase, same_source,
    source_of_speaker, sources_in, subject_before, verb_group_start,
};
use crate::annotate::when;
use crate::document::Document;
use crate::lang::{self, ActorKind, Vocabulary};
use crate::model::{
    Approx, Attribution, Casualty, CasualtyId, CasualtyKind, Count, EntityId, EntityType, Kind, Meaning, Reference,
    Shape, Source, SourceKind, Span, Token, Upos, Zone,
};
use crate::sort;
use crate::tokens::possessive_after;
use rustc_hash::FxHashMap;
use std::borrow::Cow;

/// How far after the harm word a passive agent is looked for, in bytes.
const AGENT_WINDOW: usize = 80;
/// How many earlier items of the same kind and value a figure is compared with.
const MAX_SAME_VALUE: usize = 16;

/// How many figures of the headline and standfirst a body figure is compared with, as their
/// rounding of it.
const MAX_SUMMARY_FIGURES: usize = 8;

/// Whether a summary's approximate figure rounds a body's exact one ("Over 60" for "at
/// least 63", "Nearly 50" for 48, "Some 300" for 296).
/// Only a round number rounds ("dozens" or "at least 21" rounds nothing).
fn rounds(summary: &Count, body: &Count) -> bool {
    let (n, v) = (summary.value, body.value);
    if n < 10.0 || n % 5.0 != 0.0 {
        return false;
    }
    match summary.approx {
        Some(Approx::MoreThan) => v > n && v <= n * 1.25,
        Some(Approx::Almost) => v < n && v >= n * 0.8,
        Some(Approx::About) => (v - n).abs() <= n * 0.1 && v != n,
        _ => false,
    }
}
/// The most words between two parts of a figure told place by place ("six dans le
/// département du Gard, un …", "40 were arrested in the capital and 12 others in the
/// north").
const MAX_PLACE_TOKENS: usize = 12;
/// The most words between a verb of suffering and the harm it names ("sustained minor and
/// serious injuries").
const MAX_WORDS_BEFORE_INJURY: usize = 5;
/// The most words in brackets between an auxiliary and its participle ("ont (par ailleurs)
/// été tuées").
const MAX_BRACKETED_ASIDE_WORDS: usize = 3;
/// The longest aside between victims and their verb ("45 personnes, dont 12 enfants, ont…").
const ASIDE_BYTES: usize = 60;

/// The most groups joined to the first before their shared verb ("four Austrians, two
/// Italians, a Belgian and a Swede were…").
const MAX_JOINED_GROUPS: usize = 6;

/// The most words between a noun of remains and the "of" before the one whose they are
/// ("le corps d'un berger retrouvé sans vie").
const REMAINS_OF_WORDS: usize = 3;

/// The most words of a complement between a noun of one and its verb ("the driver of the
/// bus was killed").
const NOUN_COMPLEMENT_WORDS: usize = 4;

/// The most words of the complement of a part listed after a dash ("six people in the
/// village of Ambo").
const PART_COMPLEMENT_WORDS: usize = 16;

/// The most tokens between a figure and the dash or colon that opens the list of its parts
/// ("six people were killed –").
const DASH_AFTER_WHOLE: usize = 8;

/// The most parts of a list after a dash counted before the one read.
const DASHED_PARTS: usize = 6;

/// The most tokens of a list of parts before one of them, after its dash.
const MAX_DASHED_LIST_TOKENS: usize = 16;

/// How many words of a noun's complement start at token `from`, at most
/// [`NOUN_COMPLEMENT_WORDS`]: "(of) the bus", "(de) la réserve", "(of) his family".
fn complement_words(tokens: &[Token], from: usize) -> usize {
    tokens[from.min(tokens.len())..]
        .iter()
        .take(NOUN_COMPLEMENT_WORDS)
        .take_while(|t| {
            matches!(t.pos, Upos::Det | Upos::Noun | Upos::Propn | Upos::Adj) || t.means(Meaning::Possessive)
        })
        .count()
}

/// The most tokens of a figure inside quotation marks of its own ("up to 100").
const SCARE_QUOTED_TOKENS: usize = 4;

/// A sentence's tokens without the quotation marks around a figure alone ("killed 'up to 100'
/// people", "« plus de 200 » morts", "une « centaine » de blessés") or a figure and its noun ("l'interpellation de « 52
/// individus »"): they say whose words the figure is, and would hide the harm and the
/// victims from it.
fn without_scare_quotes(tokens: &[Token]) -> Cow<'_, [Token]> {
    let quote = |t: &Token| t.shape.is(Shape::QUOTE);
    let mut dropped = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let inside =
            if quote(&tokens[i]) { tokens[i + 1..].iter().take(SCARE_QUOTED_TOKENS + 1).position(quote) } else { None };
        match inside {
            Some(n)
                if n > 0
                    && tokens[i + 1..=i + n]
                        .iter()
                        .any(|t| t.pos == Upos::Num || t.means(Meaning::ApproximateNoun)) =>
            {
                let words = &tokens[i + 1..=i + n];
                if words
                    .iter()
                    .all(|t| matches!(t.pos, Upos::Num | Upos::Adv | Upos::Adp | Upos::Det | Upos::Adj | Upos::Noun))
                {
                    dropped.extend([i, i + n + 1]);
                }
                i += n + 2;
            }
            // "a été « légèrement » blessé": an adverb held at a distance between the auxiliary
            // and the harm word.
            Some(n @ 1..=2) if tokens[i + 1..=i + n].iter().all(|t| t.pos == Upos::Adv) => {
                dropped.extend([i, i + n + 1]);
                i += n + 2;
            }
            // "four officers "were injured while …"": quoted words that go on with the
            // sentence's subject, from its verb.
            _ if quote(&tokens[i]) && continues_subject(tokens, i) => {
                let close = tokens[i + 1..].iter().position(quote).map(|n| i + 1 + n);
                dropped.push(i);
                dropped.extend(close);
                i = close.map_or(tokens.len(), |c| c + 1);
            }
            _ => i += 1,
        }
    }
    if dropped.is_empty() {
        return Cow::Borrowed(tokens);
    }
    // `dropped` is in ascending order.
    Cow::Owned(tokens.iter().enumerate().filter(|(j, _)| dropped.binary_search(j).is_err()).map(|(_, t)| *t).collect())
}

/// The sentence's tokens with an adjective that a figure counts read as the noun it stands
/// for: "dix terroristes ont été tués", « plusieurs dizaines de rebelles », "two wounded Syrians"
/// is not one ("Syrians" follows).
/// A word of harm keeps its tag ("deux morts", "ten injured").
fn with_counted_nouns<'t>(doc: &Document<'_>, tokens: Cow<'t, [Token]>) -> Cow<'t, [Token]> {
    let numbers = &lang::lexicon(doc.language).numbers;
    let counted = |k: usize| {
        let figure = k > 0 && tokens[k - 1].pos == Upos::Num
            || k > 1 && tokens[k - 1].means(Meaning::Of) && numbers.counts_in_words(doc.lower(tokens[k - 2].span));
        figure
            && tokens[k].pos == Upos::Adj
            && !tokens[k].means(Meaning::CasualtyWord)
            && tokens.get(k + 1).is_none_or(|n| {
                n.means(Meaning::CasualtyWord) || !matches!(n.pos, Upos::Noun | Upos::Propn | Upos::Adj)
            })
    };
    let nouns: Vec<bool> = (0..tokens.len()).map(counted).collect();
    if !nouns.contains(&true) {
        return tokens;
    }
    let mut tokens = tokens.into_owned();
    for (t, noun) in tokens.iter_mut().zip(nouns) {
        if noun {
            t.pos = Upos::Noun;
        }
    }
    Cow::Owned(tokens)
}

/// Whether the quotation mark at `i` opens words that go on with the clause before it, from
/// a verb: "four officers "were injured"", "who were "guarding the checkpoint"", « deux gendarmes
/// "ont été blessés" ».
fn continues_subject(tokens: &[Token], i: usize) -> bool {
    let noun_before = i > 0 && matches!(tokens[i - 1].pos, Upos::Noun | Upos::Propn | Upos::Aux | Upos::Pron);
    let verb_after = tokens
        .get(i + 1)
        .is_some_and(|t| matches!(t.pos, Upos::Aux | Upos::Verb) && !t.shape.is(Shape::CAPITALISED) && t.is_word());
    noun_before && verb_after
}

/// How many tokens may stand between a figure and the colon that opens its parts ("310
/// people dead: 200 in …").
const MAX_BREAKDOWN_LEAD: usize = 3;

/// How many tokens before a figure a pronoun standing for its noun may be (« nous en avons
/// retiré six »).
const FIGURE_PRONOUN_TOKENS: usize = 4;

/// The most words of someone named between a harm verb and "and" before a figure ("killing
/// the head of the village council and 17 others").
const MAX_JOINED_PHRASE_WORDS: usize = 6;

/// The most tokens between two figures of one toll's list ("nine dead and 14 others
/// wounded").
const MAX_LISTED_GAP: usize = 6;

/// A dash or a colon that opens a list.
fn is_list_dash(token: &str) -> bool {
    matches!(token, "–" | "—" | "-" | ":")
}

/// The most words of a phrase that joins one figure to the next ("as well as", "ainsi qu'").
const MAX_JOINER_WORDS: usize = 3;

fn family(kind: CasualtyKind) -> CasualtyKind {
    match kind {
        CasualtyKind::Dead => CasualtyKind::Killed,
        k => k,
    }
}

/// The tokens of one sentence and the language's words, with the look-ups rules need.
struct Reader<'d> {
    doc: &'d Document<'d>,
    tokens: &'d [Token],
    vocabulary: &'d Vocabulary,
}

impl Reader<'_> {
    /// Tokens of the longest phrase with `meaning` at `k` (0 when none).
    fn at(&self, k: usize, meaning: Meaning) -> usize {
        self.vocabulary.match_at(self.tokens, &self.doc.lower, k, meaning)
    }

    /// Tokens of the longest phrase with `meaning` ending just before `k` (0 when none).
    fn before(&self, k: usize, meaning: Meaning) -> usize {
        self.vocabulary.match_before(self.tokens, &self.doc.lower, k, meaning)
    }

    fn span(&self, from: usize, len: usize) -> Span {
        Span::new(self.tokens[from].span.start, self.tokens[from + len - 1].span.end)
    }

    /// Whether the token at `k` is the name of a people, which counts like a noun of victims
    /// ("Twelve Bolivians drowned", "trois Maliens").
    fn names_a_people(&self, k: usize) -> bool {
        self.tokens.get(k).is_some_and(|t| {
            matches!(t.pos, Upos::Propn | Upos::Noun | Upos::Adj)
                && self.doc.mentions_in(t.span).any(|(_, id)| self.doc.entity(id).entity_type == EntityType::Norp)
        })
    }

    /// The index of the first token that starts at or after byte `pos`.
    fn token_from(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < pos)
    }

    fn kind(&self, from: usize, len: usize) -> Option<CasualtyKind> {
        if len == 0 || from + len > self.tokens.len() {
            return None;
        }
        let lexicon = lang::lexicon(self.doc.language);
        lang::value_in(lexicon.casualties.casualty_words, &self.doc.lower, self.span(from, len))
    }
}

/// Annotates casualty figures.
pub fn annotate(doc: &Document<'_>) -> Vec<Casualty> {
    let lexicon = lang::lexicon(doc.language);
    let vocabulary = Vocabulary::of(lexicon);
    // "according to a new toll", "selon un nouveau bilan": a toll is no one's word; a figure's
    // source, if any, is told elsewhere.
    let mut attributions = claims_by_start(doc);
    attributions.retain(|a| a.sources.iter().any(|s| !only_a_toll(doc, s)));
    let mut found: Vec<Casualty> = Vec::new();
    // Whether each found figure is of people hit, the outcome untold.
    let mut outcome_untold: Vec<bool> = Vec::new();
    // A part ("dont 11", "including two children") and the whole it is a part of, by mention.
    let mut parts: Vec<(Span, Span)> = Vec::new();
    let all_figures = figures(doc, vocabulary);
    let mut figure_ends: Vec<usize> = all_figures.iter().map(|f| f.span.end).collect();
    sort::sort_by_key(&mut figure_ends, |&end| end);
    // The tokens of the sentence of the figures read last: figures come in text order.
    // The sentence read last: its tokens, and whether it tells of what did not happen.
    let mut read: Option<(Span, Cow<'_, [Token]>, bool)> = None;
    for q in all_figures {
        if q.unit.is_some_and(|u| u != lang::PEOPLE) {
            continue;
        }
        let Some(sentence) =
            doc.sentence_at(q.span.start).filter(|s| s.span.contains(q.span) && s.zone != Zone::Caption)
        else {
            continue;
        };
        if read.as_ref().is_some_and(|(span, _, _)| *span != sentence.span) {
            read = None;
        }
        let (_, tokens, hypothetical) = read.get_or_insert_with(|| {
            let tokens = with_counted_nouns(doc, without_scare_quotes(doc.tokens_of(sentence)));
            let hypothetical = hypothetical(doc, &tokens, sentence.span);
            (sentence.span, tokens, hypothetical)
        });
        if *hypothetical {
            continue;
        }
        let r = Reader { doc, tokens, vocabulary };
        let first = r.token_from(q.span.start);
        // A number inside a longer word is no count: "a 47-year-old man".
        if r.tokens.get(first).is_some_and(|t| t.span.end > q.span.end) {
            continue;
        }
        // "shot 3 times", "blessé deux fois": repetitions, not people.
        let repeated = |j: usize| {
            r.tokens.get(j).is_some_and(|t| lexicon.casualties.repetition_words.contains(&doc.lower(t.span)))
        };
        if repeated(r.token_from(q.span.end)) {
            continue;
        }
        // "No one was hurt": a denied count.
        if first > 0 && lexicon.casualties.negations.contains(&doc.lower(r.tokens[first - 1].span)) {
            continue;
        }
        // "wounded by a sniper", "blessés par deux assaillants": the agent of a harm, not its
        // victims.
        // Not "marked by three deaths", "submergés par 300 blessés": the harm itself.
        let determiner = usize::from(first > 0 && r.tokens[first - 1].pos == Upos::Det && !q.noun_only);
        let harm_after = r.at(r.token_from(q.span.end), Meaning::CasualtyWord) > 0;
        if first > determiner && r.tokens[first - determiner - 1].means(Meaning::AgentMarker) && !harm_after {
            continue;
        }
        // "the cousin of one of those abducted", "le père d'un des élèves enlevés": one
        // of a group, named to tell of someone else, is no count of its own; "the death of one
        // of the hostages" is.
        let after = r.token_from(q.span.end);
        let one_of =
            q.value == 1.0 && r.tokens.get(after).is_some_and(|t| t.means(Meaning::Of) || t.means(Meaning::Partitive));
        if one_of && first > determiner + 1 {
            let of = first - determiner - 1;
            // "La fille de l'un des mineurs a été tuée": the one named is harmed in turn.
            let harmed_after = (after..(after + ONE_OF_GROUP_TOKENS).min(r.tokens.len()))
                .find(|&j| r.tokens[j].pos == Upos::Aux)
                .is_some_and(|aux| (aux..(aux + 3).min(r.tokens.len())).any(|j| r.at(j, Meaning::CasualtyWord) > 0));
            let related = r.tokens[of].means(Meaning::Of)
                && matches!(r.tokens[of - 1].pos, Upos::Noun | Upos::Propn)
                && r.before(of, Meaning::CasualtyWord) == 0
                && r.before(of + 1, Meaning::CasualtyWord) == 0
                && !harmed_after;
            if related {
                continue;
            }
        }
        // "four of the 12,000 gendarmes": the size of the group a part of which is counted.
        let mut lead = first;
        while lead > 0 && r.tokens[lead - 1].pos == Upos::Det && !r.tokens[lead - 1].means(Meaning::Of) {
            lead -= 1;
        }
        let counted_before =
            |j: usize| r.tokens[j].pos == Upos::Num || figure_ends.binary_search(&r.tokens[j].span.end).is_ok();
        if lead > 1 && r.tokens[lead - 1].means(Meaning::Of) && counted_before(lead - 2) {
            continue;
        }
        // "the owners of a lorry carrying forty farm workers were charged", "un car
        // transportant 50 pèlerins s'est renversé": a figure a participle carries is the load of
        // something named before it, and the verb after it, with its auxiliary, is that thing's.
        if lead > 0 && carried_by_participle(&r, lead - 1, after) {
            continue;
        }
        // After the count, or on the noun of an article's figure ("a local official").
        let mut k = if q.noun_only { r.token_from(q.mention.end) - 1 } else { r.token_from(q.span.end) };
        // "des centaines de personnes", "dozens of civilians", "des centaines de disparus".
        if r.tokens.get(k).is_some_and(|t| t.means(Meaning::Of))
            && (r.at(k + 1, Meaning::VictimNoun) > 0 || r.at(k + 1, Meaning::CasualtyWord) > 0)
        {
            k += 1;
        }
        // "two of the wounded", "two of those affected", "trois des morts": a part of those a
        // harm names, with the harm's kind; not "two of them injured" (a partitive).
        let of_the_harmed = r.tokens.get(k).is_some_and(|t| t.means(Meaning::Of))
            && r.tokens.get(k + 1).is_some_and(|t| matches!(t.pos, Upos::Det | Upos::Pron))
            && r.at(k, Meaning::Partitive) == 0
            // After the determiner the harm word is a noun, whatever the tagger read.
            && r.at(k + 2, Meaning::CasualtyWord) == 1;
        if of_the_harmed {
            k += 2;
        }
        // "eleven miners, five of whom were dead", "deux d'entre eux": a part of victims just named.
        k += r.at(k, Meaning::Partitive);
        // "two men, one of them fatally", "dont une mortellement": one of those hit, killed.
        let fatally = r.tokens.get(k).is_some_and(|t| lexicon.casualties.fatal_adverbs.contains(&doc.lower(t.span)));
        // "two of his sons", "one of the guards", "deux de ses filles", "l'un des gardiens": a
        // part of a group, whose noun names the victims.
        if !q.noun_only {
            k += of_a_group(r.tokens, k, |j| r.at(j, Meaning::VictimNoun) > 0);
        }
        // An adjective or a participle before the noun: "two suspected thieves", "three
        // unidentified men".
        let modifier = r.tokens.get(k).is_some_and(|t| {
            matches!(t.pos, Upos::Adj | Upos::Verb)
                // "suffered burns": a verb of suffering and its injury.
                && !lexicon.casualties.injury_verbs.contains(&doc.lower(t.span))
                && r.tokens.get(k + 1).is_some_and(|n| n.pos == Upos::Noun && doc.time_around(n.span).is_none())
                && r.at(k, Meaning::CasualtyWord) == 0
                && r.at(k, Meaning::VictimNoun) == 0
        });
        if modifier {
            k += 1;
        } else {
            // "eleven Ashaninka families", "12 Tuareg herders": a people's name or two before a
            // victim's noun, whatever the tagger read.
            let names = r.tokens[k.min(r.tokens.len())..]
                .iter()
                .take(2)
                .take_while(|t| t.pos == Upos::Propn && t.shape.is(Shape::CAPITALISED))
                .count();
            // Or a body's name of several words: "12 Saint Mary Secondary School pupils",
            // "two Institute of Mines and Geology students".
            let names = names.max(named_body_before_noun(&r, k));
            // Or a place's name before a noun the lists do not know: "two Kachin singers",
            // "three Lagos traders".
            let noun_after = |j: usize| {
                r.at(j, Meaning::VictimNoun) > 0
                    || r.tokens.get(j).is_some_and(|t| t.pos == Upos::Noun && doc.time_around(t.span).is_none())
                        && r.at(j, Meaning::CasualtyWord) == 0
                        && r.at(j, Meaning::ThingNoun) == 0
            };
            if names > 0 && noun_after(k + names) {
                k += names;
            }
        }
        let mut victims = q.unit.map(str::to_string);
        // "a 10-year-old": the age is the victim.
        if r.tokens.get(k).is_some_and(|t| names_an_age(doc, t))
            && !r.tokens.get(k + 1).is_some_and(|t| t.pos == Upos::Noun)
        {
            victims = Some(doc.lower(r.tokens[k].span).to_string());
            k += 1;
        }
        // Victim nouns in a row name one group: "deux autres personnes", "two other people".
        // So do two joined by a conjunction: "17 combatants and civilians".
        let victims_from = k;
        for _ in 0..2 {
            match r.at(k, Meaning::VictimNoun) {
                0 => break,
                len => k += len,
            }
        }
        // Or more with commas: "61 soldats, policiers et gendarmes".
        let listed_noun = |j: usize| match r.at(j, Meaning::VictimNoun) {
            0 if r.tokens.get(j).is_some_and(|t| t.pos == Upos::Noun)
                && r.at(j, Meaning::CasualtyWord) == 0
                && r.at(j, Meaning::ThingNoun) == 0
                && doc.time_around(r.tokens[j].span).is_none() =>
            {
                1
            }
            len => len,
        };
        let mut listed = false;
        for _ in 0..MAX_LISTED_VICTIM_NOUNS {
            let comma = is_comma(&r, k);
            let conjunction = r.tokens.get(k).is_some_and(|t| t.means(Meaning::Conjunction));
            // Two joined need both known as victims ("17 combatants and civilians").
            let next = if conjunction && !listed { r.at(k + 1, Meaning::VictimNoun) } else { listed_noun(k + 1) };
            // A comma goes on only to a list that a conjunction ends.
            let ended = || {
                let after = k + 1 + next;
                (r.tokens.get(after).is_some_and(|t| t.means(Meaning::Conjunction)) || is_comma(&r, after))
                    && listed_noun(after + 1) > 0
            };
            if k == victims_from || next == 0 || !(conjunction || comma && ended()) {
                break;
            }
            k += 1 + next;
            listed = true;
            if conjunction {
                break;
            }
        }
        // A noun the lists do not hold after them names them: "trois autres adolescents",
        // "un autre lycéen".
        let noun_after = k > victims_from
            && r.tokens.get(k).is_some_and(|t| t.pos == Upos::Noun && doc.time_around(t.span).is_none())
            && r.at(k, Meaning::CasualtyWord) == 0
            && r.at(k, Meaning::ThingNoun) == 0
            && !r.names_a_people(k);
        if noun_after {
            k += 1;
        }
        if k > victims_from {
            victims = Some(doc.lower(r.span(victims_from, k - victims_from)).to_string());
            // An adjective after them: "neuf réfugiés rohingyas", "civils maliens" (a people's
            // name, whatever the tagger read).
            while (r.tokens.get(k).is_some_and(|t| t.pos == Upos::Adj) || r.names_a_people(k))
                && r.at(k, Meaning::CasualtyWord) == 0
            {
                k += 1;
            }
        }
        let after_victims = k;
        // A noun the language's list does not hold ("45 demonstrators were detained"): the
        // victims, if a harm word follows.
        // The word right before an auxiliary is the noun, whatever the tagger read ("Douze
        // ouvriers avaient été tués").
        let before_auxiliary =
            r.tokens.get(k).is_some_and(|t| t.pos == Upos::Adj) && r.at(k + 1, Meaning::Auxiliary) > 0;
        let mut other_noun = (victims.is_none()
            && (r.tokens.get(k).is_some_and(|t| t.pos == Upos::Noun) || r.names_a_people(k) || before_auxiliary)
            && r.at(k, Meaning::CasualtyWord) == 0)
            .then_some(k);
        if other_noun.is_some() {
            k += 1;
            // A compound: "three truck drivers".
            if r.tokens.get(k).is_some_and(|t| t.pos == Upos::Noun && doc.time_around(t.span).is_none())
                && r.at(k, Meaning::CasualtyWord) == 0
            {
                other_noun = Some(k);
                k += 1;
            }
            // Its complement: "trois chauffeurs de camion".
            if r.tokens.get(k).is_some_and(|t| t.means(Meaning::Of))
                && r.tokens.get(k + 1).is_some_and(|t| t.pos == Upos::Noun)
            {
                k += 2;
            }
            // An adjective after it: "douze prisonniers évadés".
            if r.tokens.get(k).is_some_and(|t| t.pos == Upos::Adj) && r.at(k, Meaning::CasualtyWord) == 0 {
                k += 1;
            }
        }
        // "victimes d'un enlèvement": an article before a harm counts no one.
        // "an undetermined number of hikers", "un nombre inconnu de": an article before a
        // count counts no one.
        let count_noun = |j: usize| lexicon.casualties.count_nouns.contains(&doc.lower(r.tokens[j].span));
        if q.noun_only && (other_noun.is_some_and(count_noun) || count_noun(r.token_from(q.mention.end) - 1)) {
            continue;
        }
        if q.noun_only && other_noun.is_some_and(|j| harm_suffered(&r, j).is_some()) {
            continue;
        }
        // "30 rifles were seized", "deux pirogues ont disparu": things, not victims.
        if other_noun.is_some_and(|j| r.at(j, Meaning::ThingNoun) > 0) {
            continue;
        }
        // "Un automobiliste est mort", "killing a motorist": an article before a noun the
        // lists do not know counts one only where a harm word reads it; the noun may be the
        // harm word itself ("a fait un mort").
        if q.noun_only && other_noun.is_none() && victims.is_none() && r.at(k, Meaning::CasualtyWord) == 0 {
            continue;
        }
        // "As a result, four officers were hurt", « Au cours d'une patrouille, deux soldats… »:
        // an article in the phrase a sentence opens with, set off by a comma, is no subject.
        if q.noun_only && in_opening_phrase(&r, first) {
            continue;
        }
        // "four members of a police unit were hurt": an article after a noun and its "of" opens
        // that noun's complement, no victim of its own.
        // Not after a harm's noun: "le décès d'un pompier".
        let complement = first > 1
            && r.tokens[first - 1].means(Meaning::Of)
            && matches!(r.tokens[first - 2].pos, Upos::Noun | Upos::Propn)
            && r.before(first - 1, Meaning::CasualtyWord) == 0
            && r.before(first, Meaning::CasualtyWord) == 0;
        if q.noun_only && other_noun.is_some() && complement {
            continue;
        }
        // "The officer was shot" after "two officers were killed": the same one, counted.
        if q.definite {
            let noun = doc.lower(r.tokens[r.token_from(q.mention.end) - 1].span);
            let stem = |w: &str| {
                w.trim_end_matches(|c: char| lexicon.grammar.plural_endings.iter().any(|e| e.starts_with(c)))
                    .to_string()
            };
            // The latest figures only: work stays linear on a page of such sentences.
            let counted = found.iter().rev().take(MAX_SAME_VALUE * 4).any(|c| {
                c.victims.as_deref().and_then(|v| v.split_whitespace().last()).is_some_and(|v| stem(v) == stem(noun))
            });
            if counted {
                continue;
            }
        }
        // "which recorded two and five deaths, respectively", « deux et cinq morts »: a
        // bare number joined to the next one shares its harm noun.
        if victims.is_none() && other_noun.is_none() && !q.noun_only && k == r.token_from(q.span.end) {
            let conjunction = r.at(k, Meaning::Conjunction);
            let number = k + conjunction;
            if conjunction > 0 && r.tokens.get(number).is_some_and(|t| t.pos == Upos::Num) {
                let nouns = (1..=2).take_while(|&n| r.at(number + n, Meaning::VictimNoun) > 0).count();
                let harm = number + 1 + nouns;
                if r.at(harm, Meaning::CasualtyWord) > 0 && r.tokens[harm].pos != Upos::Verb {
                    k = harm;
                }
            }
        }
        // "45 personnes, dont 12 enfants, ont été tuées": skip the aside after the victims.
        let named = victims.is_some() || other_noun.is_some();
        let before_aside = k;
        // "seven civilians, a soldier and two attackers": an article counts one in a list.
        let counts_one =
            |t: &Token| t.pos == Upos::Num || lexicon.grammar.indefinite_articles.contains(&doc.lower(t.span));
        if named && r.tokens.get(k).is_some_and(|t| doc.lower(t.span) == ",") {
            // Not past more groups and their harm: "seven civilians, two soldiers and two
            // attackers were killed, an official said" has no aside; "trois villageois,
            // grièvement blessés, sont décédés" has one.
            let harmless = |c: usize| {
                let harm = (k + 1..c).any(|j| r.at(j, Meaning::CasualtyWord) > 0);
                let more = (k + 1..c).any(|j| counts_one(&r.tokens[j]));
                !(harm && more)
            };
            if let Some(c) = closing_comma(&r, k).filter(|&c| harmless(c)) {
                k = c + 1;
            }
        } else if named && r.tokens.get(k).is_some_and(|t| is_aside_dash(doc, t)) {
            // "six personnes – deux femmes et quatre hommes – ont péri".
            if let Some(c) = closing_mark(&r, k, |t| is_aside_dash(doc, t)) {
                k = c + 1;
            }
        }
        // "Two soldiers and a civilian were killed", "left one soldier and a militiaman
        // wounded": victims joined to another group share its verb (which counts its own).
        // "Four Austrians, two Italians and a Belgian were killed": a comma before a number
        // joins the next group as "and" does.
        // "According to a local official, 12 civilians were killed", "citing a witness, 12…":
        // whom a claim is had from is followed by a comma that joins nothing.
        let cited = first > 0
            && (r.before(first, Meaning::AttributionMarker) > 0
                || r.before(first, Meaning::SpeechVerb) > 0
                || lexicon.speech.citing_participles.contains(&doc.lower(r.tokens[first - 1].span)));
        let joint = |at: usize| match r.at(at, Meaning::Conjunction) {
            0 => usize::from(
                !cited
                    && r.tokens.get(at).is_some_and(|t| doc.lower(t.span) == ",")
                    && r.tokens.get(at + 1).is_some_and(counts_one),
            ),
            len => len,
        };
        let mut at = k;
        for _ in 0..MAX_JOINED_GROUPS {
            // "Two people in X, near Y, and three in Z had died": where a group was counted,
            // then the next group.
            // Only "and" or a comma before a number: not "pulled 11 survivors from the
            // rubble, but 334 people remained missing".
            let and = |j: usize| r.tokens.get(j).is_some_and(|t| lexicon.grammar.and.contains(&doc.lower(t.span)));
            if joint(at) == 0 {
                at = past_place(&r, at).filter(|&j| joint(j) > 0 && (and(j) || is_comma(&r, j))).unwrap_or(at);
            }
            let conjunction = joint(at);
            if !named || conjunction == 0 {
                break;
            }
            let noun = |j: usize| {
                r.at(j, Meaning::VictimNoun) > 0
                    || r.tokens.get(j).is_some_and(|t| t.pos == Upos::Noun) && r.at(j, Meaning::CasualtyWord) == 0
                    || r.names_a_people(j)
            };
            let mut j = at + conjunction;
            while j < at + conjunction + 3
                && (r.tokens.get(j).is_some_and(|t| {
                    matches!(t.pos, Upos::Det | Upos::Num | Upos::Adj) || t.means(Meaning::Possessive)
                }) || r.names_a_people(j))
                // The last word before the verb is the noun, whatever the tagger says.
                && (!noun(j) || noun(j + 1))
            {
                j += 1;
            }
            // "and dozens of militants", « et des dizaines de civils »: a count in words, then
            // its noun.
            if r.tokens.get(j).is_some_and(|t| lexicon.numbers.counts_in_words(doc.lower(t.span)))
                && r.tokens.get(j + 1).is_some_and(|t| t.means(Meaning::Of))
            {
                j += 2;
            }
            let mut nouns = 0;
            while nouns < 2 && noun(j) {
                j += 1;
                nouns += 1;
            }
            // "un garde nigérien", "un garde de la réserve": an adjective, then a
            // complement of the noun, before the shared verb.
            if nouns > 0 {
                while r.tokens.get(j).is_some_and(|t| t.pos == Upos::Adj) && r.at(j, Meaning::CasualtyWord) == 0 {
                    j += 1;
                }
                // "quatre miliciens Zaraguina", "two Anti-balaka fighters": the group's name after its noun.
                let named_group = (j..(j + 2).min(r.tokens.len()))
                    .take_while(|&n| r.tokens[n].pos == Upos::Propn && r.tokens[n].shape.is(Shape::CAPITALISED))
                    .count();
                if named_group > 0
                    && (r.at(j + named_group, Meaning::Auxiliary) > 0
                        || r.at(j + named_group, Meaning::CasualtyWord) > 0)
                {
                    j += named_group;
                }
                if r.tokens.get(j).is_some_and(|t| t.means(Meaning::Of)) {
                    let run = complement_words(r.tokens, j + 1);
                    if run > 0 && r.at(j + 1 + run, Meaning::Auxiliary) > 0 {
                        j += 1 + run;
                    }
                }
            }
            // "… and three in Z": a number whose noun is the first group's, and where.
            let elided = nouns == 0
                && j > at + conjunction
                && r.tokens[j - 1].pos == Upos::Num
                && r.tokens.get(j).is_some_and(|t| t.pos == Upos::Adp);
            if elided {
                let past = past_modifiers(&r, j);
                if past > j {
                    k = past;
                    break;
                }
            }
            if nouns == 0 {
                break;
            }
            // "Four nurses and a driver who were abducted": a relative clause on both.
            let relative = r.tokens.get(j).is_some_and(|t| t.means(Meaning::RelativePronoun));
            if r.at(j, Meaning::Auxiliary) > 0 || r.at(j, Meaning::CasualtyWord) > 0 || relative {
                k = j;
                break;
            }
            at = j;
        }
        // "six people – two women and four men – died": the last group of an aside
        // set off by dashes, then the verb after the closing dash.
        if k < at || k == before_aside {
            let opened = r.tokens[..first].iter().rposition(|t| is_aside_dash(doc, t));
            let closes = r.tokens.get(at).is_some_and(|t| is_aside_dash(doc, t));
            if opened.is_some_and(|o| (o + 1..first).all(|j| !is_aside_dash(doc, &r.tokens[j]))) && closes {
                let next = at + 1;
                if r.at(next, Meaning::Auxiliary) > 0 || r.at(next, Meaning::CasualtyWord) > 0 {
                    k = next;
                }
            }
        }
        // What qualifies the victims before their verb: "Quatre gardiens employés par une ONG
        // à Gao (nord) ont été tués", "Four members of a family
        // living near the border were killed". Taken only where it leads to an auxiliary or a
        // harm word, and never across a clause, a comma or a second verb.
        // One counted by an article only when an auxiliary follows: "un caméraman de la chaîne
        // a été blessé", not "un tir de roquette fait deux morts".
        if named && (!q.noun_only || victims.is_some()) {
            let past = past_modifiers(&r, k);
            if !q.noun_only || r.at(past, Meaning::Auxiliary) > 0 {
                k = past;
            }
        }
        // "two men who were swept away", "deux hommes qui ont été blessés": a relative clause
        // on the victims says what befell them; not what they did ("the two men who killed
        // him", "les hommes qui l'ont tué"): a clitic object, or an active harm verb right
        // after the pronoun.
        let mut after_relative = false;
        // "17 workers who ran from the plant or were carried out suffered burns": a relative
        // clause of no harm, then the victims' own verb.
        if let Some(main) = named.then(|| verb_after_relative(&r, k)).flatten() {
            k = main;
        } else if named
            && r.tokens.get(k).is_some_and(|t| t.means(Meaning::RelativePronoun) || t.means(Meaning::ClauseMarker))
            && r.tokens.get(k + 1).is_some_and(|t| t.pos != Upos::Pron)
        {
            k += 1;
            after_relative = true;
        }
        // "five herders and about 300 goats were abducted": the harm after things or animals
        // counted with the victims is the victims' too.
        if r.tokens.get(k).is_some_and(|t| t.means(Meaning::Conjunction)) {
            let figure = (k + 1..(k + 4).min(r.tokens.len())).find(|&j| r.tokens[j].pos == Upos::Num);
            if let Some(j) = figure {
                let things = r.at(j + 1, Meaning::ThingNoun);
                if things > 0 {
                    k = j + 1 + things;
                }
            }
        }
        // Adverbs between the victims, the auxiliaries and the harm word, as the tagger reads
        // them: "were also detained", "ont par ailleurs été blessés", "are still unaccounted for".
        // Not a relative adverb: "a monastery where displaced families sheltered".
        let relative = |k: usize| lexicon.grammar.relative_adverbs.contains(&doc.lower(r.tokens[k].span));
        let adverbs = |mut k: usize| loop {
            match r.tokens.get(k).map(|t| t.pos) {
                Some(Upos::Adv) if r.at(k, Meaning::CasualtyWord) == 0 && !relative(k) => k += 1,
                // A clitic before the auxiliary: "Trois personnes y ont été tuées".
                Some(Upos::Pron) if r.at(k + 1, Meaning::Auxiliary) > 0 && r.at(k, Meaning::CasualtyWord) == 0 => {
                    k += 1
                }
                Some(Upos::Adp) if r.tokens.get(k + 1).is_some_and(|t| t.pos == Upos::Adv) => k += 2,
                // "ont (par ailleurs) été tuées", "were (also) killed": a few words in brackets.
                Some(Upos::Punct) if r.doc.text()[r.tokens[k].span.start..].starts_with('(') => {
                    match (k + 1..(k + 2 + MAX_BRACKETED_ASIDE_WORDS).min(r.tokens.len()))
                        .find(|&j| r.doc.text()[r.tokens[j].span.start..].starts_with(')'))
                    {
                        Some(close) if r.tokens[k + 1..close].iter().all(|t| t.is_word()) => k = close + 1,
                        _ => return k,
                    }
                }
                // "The other four all died", « ils sont tous morts ».
                Some(_) if lexicon.grammar.floating_quantifiers.contains(&doc.lower(r.tokens[k].span)) => k += 1,
                _ => return k,
            }
        };
        for _ in 0..3 {
            k = adverbs(k);
            k += r.at(k, Meaning::Auxiliary);
        }
        k = adverbs(k);
        // "un orage s'est abattu": a harm word that names none after a reflexive.
        let reflexive =
            r.tokens[after_victims.min(k)..k].iter().any(|t| lexicon.grammar.reflexives.contains(&doc.lower(t.span)));
        if reflexive
            && r.tokens.get(k).is_some_and(|t| lexicon.casualties.reflexive_non_harms.contains(&doc.lower(t.span)))
        {
            continue;
        }
        // "were freed and rushed to hospital", "ont été dégagées et évacuées": a verb of no
        // harm joined to one that names it.
        let past_joined_verb = |k: usize| {
            let joined = r.tokens.get(k).is_some_and(|t| t.pos == Upos::Verb)
                && r.at(k, Meaning::CasualtyWord) == 0
                && r.tokens.get(k + 1).is_some_and(|t| t.means(Meaning::Conjunction))
                && r.at(adverbs(k + 2), Meaning::CasualtyWord) > 0;
            if joined {
                adverbs(k + 2)
            } else {
                k
            }
        };
        k = past_joined_verb(k);
        // "Two guards received light injuries", "deux pompiers ont subi de graves
        // blessures": a verb of suffering, then the harm it names after a determiner or an
        // adjective or two.
        // "suffered burns": a noun of injury counts only here.
        let mut injured = false;
        if lexicon.casualties.injury_verbs.contains(&r.tokens.get(k).map_or("", |t| doc.lower(t.span))) {
            let injury = |j: usize| lexicon.casualties.injury_nouns.contains(&doc.lower(r.tokens[j].span));
            let harm = (k + 1..(k + 1 + MAX_WORDS_BEFORE_INJURY).min(r.tokens.len()))
                // "souffraient de fractures", "suffered from burns": a preposition too after the verb.
                // "minor and serious injuries", « des blessures légères ou graves »: adjectives joined.
                .take_while(|&j| {
                    let joined = r.tokens[j - 1].pos == Upos::Cconj && r.tokens[j - 2].pos == Upos::Adj;
                    j == k + 1
                        || matches!(r.tokens[j - 1].pos, Upos::Det | Upos::Adj | Upos::Adv)
                        || j == k + 2 && r.tokens[k + 1].pos == Upos::Adp
                        || joined
                })
                .find_map(|j| match r.at(j, Meaning::CasualtyWord) {
                    0 if injury(j) => Some((j, 0)),
                    0 => None,
                    len => Some((j, len)),
                });
            if let Some((j, len)) = harm.filter(|&(j, len)| len == 0 || r.kind(j, len) == Some(CasualtyKind::Wounded)) {
                k = j;
                injured = len == 0;
            }
        }
        let mut after_len = if injured { 1 } else { r.at(k, Meaning::CasualtyWord) };
        // "quatre ouvriers sans vie", not "trois hameaux sans vie": a state told only of
        // people needs a noun of people right before it.
        let of_people_only = after_len > 0
            && lexicon
                .casualties
                .said_of_people_only
                .contains(&lang::phrase_key(doc.lower(r.span(k, after_len))).as_str());
        let people =
            q.unit == Some(lang::PEOPLE) || (victims_from..after_victims).any(|j| r.at(j, Meaning::VictimNoun) > 0);
        if of_people_only && !people {
            after_len = 0;
        }
        // "took nine workers hostage", not "5 hostage negotiators" nor "officers trained in hostage
        // negotiation": right after the victims, before no noun.
        let object_only =
            after_len > 0 && lexicon.casualties.after_object_only.contains(&doc.lower(r.span(k, after_len)));
        if object_only {
            let noun_after = r
                .tokens
                .get(k + after_len)
                .is_some_and(|t| matches!(t.pos, Upos::Noun | Upos::Propn) && doc.time_around(t.span).is_none());
            let right_after = k == after_victims || other_noun.is_some_and(|j| j + 1 == k);
            if !right_after || noun_after {
                after_len = 0;
            }
        }
        // "victimes d'un enlèvement": the harm the victims suffered is named after "of".
        let mut suffered = (after_len == 1
            && lexicon.casualties.harm_only_as_object.contains(&doc.lower(r.tokens[k].span)))
        .then(|| harm_of_victims(&r, k))
        .flatten()
        .map(|(noun, kind)| (k, noun, kind));
        // "Les trois victimes d'un enlèvement ont été tuées": a harm told of them after it wins.
        if let Some((_, noun, _)) = suffered {
            let mut j = noun + 1;
            for _ in 0..3 {
                j = adverbs(j);
                j += r.at(j, Meaning::Auxiliary);
            }
            let len = r.at(j, Meaning::CasualtyWord);
            if j > noun + 1 && len > 0 {
                (k, after_len, suffered) = (j, len, None);
            }
        }
        // "Two hostages were executed", "Deux otages ont été tués": a harm noun as the victims,
        // and the verb after it says what befell them.
        // "neuf autres victimes ont été évacuées": "others" names no one of its own.
        let others = |v: &Option<String>| v.as_deref().is_some_and(|v| lexicon.casualties.others.contains(&v));
        if after_len == 1 && (r.tokens[k].pos == Upos::Noun || of_the_harmed) && (victims.is_none() || others(&victims))
        {
            let mut j = k + 1;
            for _ in 0..3 {
                j = adverbs(j);
                j += r.at(j, Meaning::Auxiliary);
            }
            let j = past_joined_verb(j);
            let verb_len = r.at(j, Meaning::CasualtyWord);
            // "Trois blessés ont été évacués": the wounded, moved for care, are still wounded.
            let wounded_moved = r.kind(k, 1) == Some(CasualtyKind::Wounded)
                && verb_len > 0
                && r.kind(j, verb_len) == Some(CasualtyKind::Displaced);
            if (j > k + 1 || of_the_harmed) && verb_len > 0 && !wounded_moved {
                victims = Some(doc.lower(r.tokens[k].span).to_string());
                k = j;
                after_len = verb_len;
            } else if verb_len == 0 && subject_of_no_harm(&r, k, j) {
                after_len = 0;
            }
        }
        // "quelque 39 000 détenus": those a prison holds, named by the noun of the harm alone.
        let inmates = after_len == 1
            && victims.is_none()
            && k == r.token_from(q.span.end)
            && lexicon.casualties.inmate_nouns.contains(&doc.lower(r.tokens[k].span));
        if inmates {
            after_len = 0;
        }
        // "A bomb killed 12 people", "Trois assaillants ont blessé un garde": a harm verb with an
        // object makes the figure its subject, not its victims.
        let object = |j: usize| {
            r.tokens.get(j).is_some_and(|t| {
                matches!(t.pos, Upos::Det | Upos::Num | Upos::Noun | Upos::Propn)
                    && doc.time_around(t.span).is_none()
                    && !t.means(Meaning::Of)
            })
        };
        // Those who fled or went missing have places as objects: "ont fui la zone".
        let fled =
            after_len > 0 && matches!(r.kind(k, after_len), Some(CasualtyKind::Displaced | CasualtyKind::Missing));
        // "hurt at least nine more": the object's figure may open with an approximator.
        // Only before a figure: "tuées près de la côte" has no object.
        let approximator = r.at(k + after_len, Meaning::Approximator);
        let approximated = r.tokens.get(k + after_len + approximator).is_some_and(|t| t.pos == Upos::Num);
        let mut object_at = k + after_len + if approximated { approximator } else { 0 };
        // "ont abattu, jeudi soir, 12 villageois": an aside of time or place between the verb and
        // its object.
        if after_len > 0 {
            object_at = past_comma_aside(&r, object_at);
            // "ont abattu samedi 12 villageois": the verb's time before its object.
            let timed = |k: usize| r.tokens.get(k).is_some_and(|t| doc.time_around(t.span).is_some());
            // "est décédée le 3 mars", "ce dimanche": a preposition or a determiner the time
            // leaves out.
            if r.tokens.get(object_at).is_some_and(|t| matches!(t.pos, Upos::Adp | Upos::Det)) && timed(object_at + 1) {
                object_at += 1;
            }
            while timed(object_at) {
                object_at += 1;
            }
        }
        // "A gunman wounded two people": read as an adjective, a harm word with no auxiliary
        // before it and a figure after it is still a verb.
        let counted_object = r.tokens.get(object_at).is_some_and(|t| t.pos == Upos::Num)
            && r.before(k, Meaning::Auxiliary) == 0
            && k.checked_sub(1).is_none_or(|j| r.tokens[j].pos != Upos::Aux);
        let verb = after_len > 0 && (r.tokens[k + after_len - 1].pos == Upos::Verb || counted_object);
        if verb && !fled && object(object_at) && !repeated(object_at + 1) {
            after_len = 0;
        }
        // After "who": a harm done to someone ("who killed him", "who have wounded") is theirs.
        let done_to_someone = after_relative
            && after_len > 0
            && (r.tokens.get(k + after_len).is_some_and(|t| t.pos == Upos::Pron)
                || matches!(r.kind(k, after_len), Some(CasualtyKind::Killed | CasualtyKind::Wounded))
                    && r.before(k, Meaning::Auxiliary) == 0
                    && r.tokens[k - 1].pos != Upos::Aux);
        if done_to_someone {
            after_len = 0;
        }
        let mut after_kind = if injured {
            Some(CasualtyKind::Wounded)
        } else {
            (after_len > 0 && r.at(k, Meaning::CountLead) != after_len).then(|| r.kind(k, after_len)).flatten()
        };
        if let Some((_, _, kind)) = suffered.filter(|&(at, ..)| at == k && after_len > 0) {
            after_kind = Some(kind);
        }
        // "A guard wounded on Monday in the raid died in hospital", "Un gardien atteint lundi
        // lors du raid est décédé": the wound qualifies the victim, the verb after says what
        // befell him.
        if after_kind == Some(CasualtyKind::Wounded)
            && !injured
            && r.before(k, Meaning::Auxiliary) == 0
            && k.checked_sub(1).is_none_or(|j| r.tokens[j].pos != Upos::Aux)
        {
            if let Some(died) = death_after_participle(&r, k + after_len) {
                after_kind = Some(died);
            }
        }
        // "10 000 habitants sinistrés ont été évacués": those struck, then what befell them,
        // which says more.
        // Past what struck them: "sinistrés par la crue ont été évacués".
        if after_kind == Some(CasualtyKind::Affected) {
            let mut j = k + after_len;
            if r.tokens.get(j).is_some_and(|t| t.pos == Upos::Adp) {
                j += 1 + complement_words(r.tokens, j + 1);
            }
            // ", qui ont été évacués", ", who were evacuated".
            if r.tokens.get(j).is_some_and(|t| doc.lower(t.span) == ",")
                && r.tokens.get(j + 1).is_some_and(|t| t.means(Meaning::RelativePronoun))
            {
                j += 2;
            }
            // "two of those affected later died", "ont ensuite été évacués".
            for _ in 0..2 {
                while r.tokens.get(j).is_some_and(|t| t.pos == Upos::Adv) {
                    j += 1;
                }
                j += r.at(j, Meaning::Auxiliary);
            }
            let len = r.at(j, Meaning::CasualtyWord);
            if let Some(more) = (len > 0).then(|| r.kind(j, len)).flatten() {
                after_kind = Some(more);
            }
        }
        // A time between the harm word and the figure: "a tué mardi cinq personnes".
        let before_figure = first.checked_sub(1).map(|j| r.tokens[j].span);
        // A determiner too: "a tué l'un des gardiens", "killed the two guards".
        let mut verb_end = match before_figure.and_then(|w| doc.time_around(w).filter(|t| t.span.end == w.end)) {
            // "killed on Monday four guards": its preposition too, or its article ("a tué le 3
            // mars 12 villageois").
            Some(t) => {
                let at = r.token_from(t.span.start);
                at - usize::from(at > 0 && matches!(r.tokens[at - 1].pos, Upos::Adp | Upos::Det))
            }
            None if first > 0 && r.tokens[first - 1].pos == Upos::Det => first - 1,
            None => first,
        };
        // "ont abattu, jeudi soir, 12 villageois": an aside between the harm verb and the figure.
        verb_end = before_comma_aside(&r, verb_end);
        // "a tué « six villageois »", "killed "six villagers"": the object quoted.
        if verb_end > 1 && matches!(r.tokens[verb_end - 1].span.of(doc.text()), "\"" | "«" | "“") {
            verb_end -= 1;
        }
        // "killing the village head and 17 other villagers", « a tué le chef du village et 17
        // autres habitants »: someone named or described first, joined by "and", shares the
        // harm verb.
        if r.before(verb_end, Meaning::CasualtyWord) == 0
            && verb_end > 1
            && r.tokens[verb_end - 1].means(Meaning::Conjunction)
        {
            let and = verb_end - 1;
            let phrase = |j: usize| {
                let words = &r.tokens[j..and];
                words
                    .iter()
                    .all(|t| matches!(t.pos, Upos::Det | Upos::Noun | Upos::Propn | Upos::Adj) || t.means(Meaning::Of))
                    && words.iter().any(|t| matches!(t.pos, Upos::Noun | Upos::Propn))
                    && words.iter().all(|t| doc.time_around(t.span).is_none())
            };
            let start = (and.saturating_sub(MAX_JOINED_PHRASE_WORDS)..and)
                .find(|&j| r.before(j, Meaning::CasualtyWord) > 0 && r.tokens[j - 1].pos == Upos::Verb && phrase(j));
            if let Some(j) = start {
                verb_end = j;
            }
        }
        let mut before_len = r.before(verb_end, Meaning::CasualtyWord);
        // "Among the dead were 12 pupils": the harm word, then a copula before the figure.
        if before_len == 0 && !q.noun_only && (victims.is_some() || other_noun.is_some()) {
            let copula = r.before(verb_end, Meaning::Auxiliary);
            let harm = if copula > 0 { r.before(verb_end - copula, Meaning::CasualtyWord) } else { 0 };
            // "Among those killed were nine guards": a participle closing a phrase opened by a
            // preposition names those harmed too.
            let opened = harm > 0 && r.tokens[verb_end - copula - harm].pos == Upos::Adp;
            let noun = harm > 0 && (r.tokens[verb_end - copula - 1].pos != Upos::Verb || opened);
            if noun {
                verb_end -= copula;
                before_len = harm;
            }
        }
        // "killed 40 cattle and five herders", "affecting 120 homes and 900 people": people
        // joined to a figure of things take the harm verb before it.
        if before_len == 0 && !q.noun_only && victims.is_some() && other_noun.is_none() {
            if let Some(harm) = harm_before_things(&r, verb_end) {
                before_len = harm.1;
                verb_end = harm.0;
            }
        }
        // "treated for a fracture", "soignés pour une intoxication": what was treated, not who.
        // Nor where: "treated at a city hospital", "soignées à l'hôpital".
        let ailment = before_len > 0
            && (lexicon.casualties.ailment_prepositions.contains(&doc.lower(r.tokens[verb_end - 1].span))
                || taken_for_care(&r, verb_end - 1));
        // "the exodus of 3,000 residents", "réussi à abattre 7 assaillants"; not "la fuite de
        // 3 000 litres", "réussi à abattre 40 arbres": some harm words count only people the
        // lists know as victims. Inmates who flee are no displaced.
        let listed_only = before_len > 0
            && lexicon.casualties.listed_victims_only.contains(&doc.lower(r.span(verb_end - before_len, before_len)));
        let inmates = victims
            .as_deref()
            .is_some_and(|v| v.split_whitespace().any(|w| lexicon.casualties.inmate_nouns.contains(&w)));
        // Armed men are people too: "réussi à abattre 11 assaillants".
        let listed =
            victims.is_some() && other_noun.is_none() || r.names_a_people(after) || r.at(after, Meaning::ActorNoun) > 0;
        let before_harm = (before_len > 0).then(|| r.kind(verb_end - before_len, before_len)).flatten();
        let counts_people = !listed_only || listed && !(inmates && before_harm == Some(CasualtyKind::Displaced));
        let mut before_kind =
            (before_len > 0 && !ailment && counts_people).then_some((verb_end - before_len, before_harm));
        // "have claimed more than 2,000 lives", "a coûté 1 200 vies": lives a verb took are the
        // dead.
        let lives = lexicon
            .casualties
            .lives
            .contains(&r.tokens.get(r.token_from(q.span.end)).map_or("", |t| doc.lower(t.span)));
        if before_kind.is_none() && lives {
            let verb = (verb_end.saturating_sub(LIFE_VERB_WORDS)..verb_end)
                .rev()
                .find(|&j| lexicon.casualties.life_verbs.contains(&doc.lower(r.tokens[j].span)));
            if let Some(j) = verb {
                before_kind = Some((j, Some(CasualtyKind::Killed)));
            }
        }
        // "gave a death toll of at least nine villagers", "un bilan de 15 civils": a toll of the
        // figure counts the dead, and whoever gives it killed no one. Not "le bilan d'une
        // explosion": a toll of something.
        // "son bilan encore partiel de 40 morts": adjectives and adverbs may stand between.
        let toll_noun = (verb_end > 1 && r.tokens[verb_end - 1].means(Meaning::Of))
            .then(|| {
                (verb_end.saturating_sub(2 + MAX_TOLL_QUALIFIERS)..verb_end - 1)
                    .rev()
                    .find(|&j| !matches!(r.tokens[j].pos, Upos::Adj | Upos::Adv))
                    .filter(|&j| r.tokens[j].means(Meaning::TollNoun))
            })
            .flatten();
        // Only a toll right before its "of" tells the harm by itself: "un bilan provisoire de
        // 1 500" after a sentence on the wounded counts them.
        let toll_of = before_kind.is_none() && !q.noun_only && toll_noun.is_some_and(|t| t + 2 == verb_end);
        // Whoever gives the toll gives the figure, whatever word tells its harm.
        let of_a_toll = !q.noun_only && toll_noun.is_some();
        if let Some(toll) = toll_noun.filter(|_| toll_of) {
            before_kind = Some((toll, Some(CasualtyKind::Dead)));
        }
        // "the toll rose from 18 to 25", "to 31, from 27 earlier", "à 25, contre 18": the
        // toll before the new one, told beside it.
        let earlier_toll = earlier_toll(&r, first, r.token_from(q.span.end), found.last());
        if before_kind.is_none() {
            if let Some((from, kind, _)) = earlier_toll {
                before_kind = Some((from, Some(kind)));
            }
        }
        // Only where it gave the harm.
        let earlier_toll = earlier_toll.filter(|&(from, ..)| before_kind.is_some_and(|(at, _)| at == from));
        // "the body of a shepherd", "le corps d'un berger": the remains of the one counted.
        let remains_of = (before_kind.is_none() && victims.is_some() && verb_end > 1)
            .then(|| {
                let of = verb_end - 1;
                let noun = (of.saturating_sub(REMAINS_OF_WORDS)..of)
                    .find(|&j| lexicon.casualties.remains_nouns.contains(&doc.lower(r.tokens[j].span)))?;
                let words = r.tokens[noun + 1..of].iter().all(|t| t.is_word() && !t.means(Meaning::Of));
                (r.tokens[of].means(Meaning::Of) && words).then_some(noun)
            })
            .flatten();
        if let Some(noun) = remains_of {
            before_kind = Some((noun, Some(CasualtyKind::Dead)));
        }
        // "Storm kills nine in coastal towns": a headline tells a past event in the present.
        let headline_len = if sentence.zone == Zone::Headline { r.before(verb_end, Meaning::HeadlineVerb) } else { 0 };
        if before_kind.is_none() && headline_len > 0 {
            let at = verb_end - headline_len;
            let kind = lang::value_in(lexicon.casualties.headline_verbs, &doc.lower, r.span(at, headline_len));
            before_kind = Some((at, kind));
        }
        let toll_named = r.tokens[..first].iter().any(|t| t.means(Meaning::TollNoun));
        // "bringing the number of dead to 23": a toll phrase that names the dead itself.
        let update_len = r.before(first, Meaning::TollUpdate);
        let names_dead = r.tokens[first - update_len..first].iter().any(|t| t.means(Meaning::CasualtyWord));
        // "the number of people killed to 23", "porte à 23 le nombre d'habitants tués": a count
        // of victims and their harm word, before the figure or after it.
        let counted = counted_harm(&r, first, r.token_from(q.span.end));
        let of_people = || counts_people_or_nothing(&r, r.token_from(q.span.end));
        // "Earlier, a medic put the toll at one": a toll told as the earlier one.
        let told_earlier = sentence_opens_with(doc, sentence.span, lexicon.casualties.earlier_openers);
        let update = update_len > 0 && (toll_named || names_dead) && of_people()
            || counted.is_some()
            || toll_to_figure(&r, first) && of_people();
        // "including seven children", "dont sept enfants": a part of the figure just given.
        let inclusion_len = r.before(first, Meaning::Inclusion);
        let included = inclusion_len > 0;
        // "The dead included two prisoners", "Parmi les morts figurent deux enfants": a part of
        // those a harm word named before, with no figure of their own.
        let named_before = included
            .then(|| {
                (0..first - inclusion_len).rev().find_map(|j| {
                    let len = r.at(j, Meaning::CasualtyWord);
                    (len > 0 && j + len <= first - inclusion_len).then(|| r.kind(j, len)).flatten()
                })
            })
            .flatten();
        // Figures are found in text order: look back only over this sentence's.
        let whole_figure = included
            .then(|| {
                found
                    .iter()
                    .rev()
                    .take_while(|c| c.mentions.last().is_some_and(|m| m.start >= sentence.span.start))
                    .find(|c| c.mentions.last().is_some_and(|m| sentence.span.contains(*m)))
            })
            .flatten();
        let whole = whole_figure.map(|c| c.kind);
        let whole_mention = whole_figure.and_then(|c| c.mentions.last().copied());
        // "the arrest of 23 men and 6 women": a figure joined to the one just before it, with
        // its victims and no harm word of its own, is of the same kind.
        let numbered = q.mention == q.span;
        // "23 men, 6 women and two children": a comma joins a list as "and" does.
        // The joining word before the figure, or opening it ("et deux" is read as one number).
        let joins = |t: &Token| t.means(Meaning::Conjunction) || doc.lower(t.span) == ",";
        // "…, ainsi qu'une dizaine de pompiers": a joining phrase, with its comma.
        let phrase = (first.saturating_sub(MAX_JOINER_WORDS)..first.saturating_sub(1))
            .find(|&j| r.at(j, Meaning::Conjunction) == first - j);
        let joiner = if r.tokens.get(first).is_some_and(|t| t.means(Meaning::Conjunction)) {
            Some(first)
        } else if let Some(j) = phrase {
            Some(j.checked_sub(1).filter(|&c| doc.lower(r.tokens[c].span) == ",").unwrap_or(j))
        } else if first > 1 && r.tokens[first - 1].means(Meaning::Of) && joins(&r.tokens[first - 2]) {
            // ", de trois étudiants", "and of three residents": the preposition said again.
            Some(first - 2)
        } else {
            // "310 morts : 200 dans l'ouest, 90 dans…": a colon right after a figure opens its
            // parts.
            let breakdown = |j: usize| {
                doc.lower(r.tokens[j].span) == ":"
                    && found.last().and_then(|c| c.mentions.last()).is_some_and(|m| {
                        let after = r.token_from(m.end);
                        m.start >= sentence.span.start && after <= j && j - after <= MAX_BREAKDOWN_LEAD
                    })
            };
            first.checked_sub(1).filter(|&j| joins(&r.tokens[j]) || breakdown(j))
        };
        // "neuf disparus, sept dans le Var, deux dans l'Hérault": a bare number followed by where
        // it was counted is a part of the figure before it, of the same kind.
        // So is "12 others in the north", "9 autres dans le sud".
        let only_others = victims.as_deref().is_some_and(|v| lexicon.casualties.others.contains(&v));
        // "et 170 ailleurs", "and 40 elsewhere": an adverb of place too.
        let next = r.token_from(q.span.end);
        // Followed by where: "seriously", "instantly" qualify a part, not a place.
        let place_adverb = r.tokens.get(next).is_some_and(|t| t.pos == Upos::Adv)
            && r.tokens.get(next + 1).is_some_and(|t| t.pos == Upos::Adp);
        // "…, 3 personnes au quartier du marché, 2 à la gare": victims and where, too.
        let placed_after_victims = r.tokens.get(k).is_some_and(|t| t.pos == Upos::Adp && !t.means(Meaning::Of))
            && r.at(k, Meaning::CasualtyWord) == 0;
        let located = other_noun.is_none()
            && (victims.is_none() && (r.tokens.get(next).is_some_and(|t| t.pos == Upos::Adp) || place_adverb)
                || only_others && r.tokens.get(k).is_some_and(|t| t.pos == Upos::Adp)
                || victims.is_some() && !only_others && placed_after_victims);
        let joined_to = joiner
            // "eight guides, a cook and a porter": one person named with an article is a
            // part of a list only where the list goes on or the sentence ends after it.
            // A time may end it: "and a Ghanaian on Friday".
            .filter(|_| {
                let timed = |j: usize| r.tokens.get(j).is_some_and(|t| doc.time_around(t.span).is_some());
                numbered
                    || q.noun_only
                        && (r.tokens.get(k).is_none_or(|t| joins(t) || t.pos == Upos::Punct)
                            || timed(k)
                            || r.tokens.get(k).is_some_and(|t| t.pos == Upos::Adp) && timed(k + 1))
            })
            .filter(|_| victims.is_some() || other_noun.is_some() || located)
            // "38 dead and 116 survivors": those spared are no part of the dead.
            .filter(|_| {
                let noun = other_noun.map(|j| doc.lower(r.tokens[j].span)).or(victims.as_deref());
                !noun
                    .and_then(|v| v.split_whitespace().last())
                    .is_some_and(|v| lexicon.casualties.spared_nouns.contains(&v))
            })
            // "…, wounding two, two security sources said", "two witnesses and an official
            // said": those who speak are no part, past the rest of their list.
            .filter(|_| {
                // The words that lead to a verb from `from`: more of a list, auxiliaries,
                // adverbs, clitics ("two witnesses have said", "deux témoins l'ont confirmé").
                let speaks_from = |from: usize| {
                    // Not a relative pronoun: "two journalists who had reported…" are victims.
                    let leads = |t: &Token| {
                        !t.means(Meaning::RelativePronoun)
                            && !t.means(Meaning::ClauseMarker)
                            && (t.means(Meaning::Conjunction)
                                || matches!(
                                    t.pos,
                                    Upos::Det | Upos::Adj | Upos::Noun | Upos::Num | Upos::Aux | Upos::Adv | Upos::Pron
                                ))
                    };
                    let next = r.tokens[from.min(r.tokens.len())..].iter().take(SPEAKER_LIST_WORDS).find(|t| !leads(t));
                    next.is_some_and(|t| t.means(Meaning::SpeechVerb))
                };
                // Past an aside on the victims ("two officials, who asked not to be named,
                // said", "three officials, two of them police, said"), not past more figures
                // ("…, two Italians and one Belgian, police said") or a clause ("six
                // children, while 25 were injured, police said").
                let aside = &r.tokens[(before_aside + 1).min(k)..k];
                let more_figures = aside.first().is_some_and(|t| t.pos == Upos::Num)
                    && !aside.get(1).is_some_and(|t| t.means(Meaning::Of));
                let clause = aside.iter().take(2).any(|t| t.pos == Upos::Sconj);
                let set_off = r.tokens.get(before_aside).is_some_and(|t| doc.lower(t.span) == ",");
                !(speaks_from(before_aside)
                    || set_off && k > before_aside && !more_figures && !clause && speaks_from(k))
            })
            .and_then(|j| found.last().map(|c| (j, c)))
            .filter(|&(j, c)| {
                let end = c.mentions.last().map_or(0, |m| m.end);
                let from = r.token_from(end);
                let between = &r.tokens[from.min(j)..j];
                // "two teachers and three pupils", "two of his sons and two nephews"; a time may
                // follow the first ("23 students on Friday night and 9 others").
                let timed = |t: &Token| doc.time_around(t.span).is_some();
                let between: Vec<&Token> = between.iter().filter(|t| !timed(t)).collect();
                // "…, and 12 elsewhere": a comma before the joining word too.
                // "les corps de 13 élèves, de trois étudiants": the preposition said again too.
                let joining = |t: &&Token| t.pos == Upos::Adp || doc.lower(t.span) == ",";
                let trailing = between.iter().rev().take(2).take_while(|t| joining(t)).count();
                let trailing = if trailing == 2 && between[between.len() - 1].pos != Upos::Adp { 1 } else { trailing };
                let between = &between[..between.len() - trailing];
                // "two Spaniards and a Ghanaian": a people's name is such a noun.
                // "four Austrians, two Italians": a people's noun the tagger read as another
                // kind of name is one too.
                let people = |t: &Token| {
                    doc.mentions_in(t.span)
                        .any(|(_, id)| matches!(doc.entity(id).entity_type, EntityType::Norp | EntityType::Misc))
                };
                // "three University of Energy students and two residents": a name counts as
                // one word.
                let named = |t: &&Token| {
                    t.shape.is(Shape::CAPITALISED) && matches!(t.pos, Upos::Propn | Upos::Adj)
                        || doc.mention_around(t.span).is_some_and(|(_, e)| doc.entity(e).entity_type == EntityType::Org)
                };
                // "Institute of Mines and Geology": a joining word inside a name.
                let inside_name = |i: usize| {
                    let joining = between[i].means(Meaning::Of) || between[i].means(Meaning::Conjunction);
                    named(&between[i])
                        || joining && i > 0 && named(&between[i - 1]) && between.get(i + 1).is_some_and(named)
                };
                let between: Vec<&Token> =
                    (0..between.len()).filter(|&i| !inside_name(i)).map(|i| between[i]).collect();
                let nouns = between.len() <= 4
                    && between.iter().filter(|t| matches!(t.pos, Upos::Noun | Upos::Adj | Upos::Propn)).count() <= 2
                    && between.iter().all(|t| {
                        matches!(t.pos, Upos::Noun | Upos::Adj | Upos::Det | Upos::Pron)
                            || t.means(Meaning::VictimNoun)
                            || t.means(Meaning::Of)
                            || people(t)
                    });
                let place = located
                    && between.len() <= MAX_PLACE_TOKENS
                    && between.iter().all(|t| {
                        matches!(t.pos, Upos::Noun | Upos::Adj | Upos::Propn | Upos::Det | Upos::Adp)
                            || t.means(Meaning::VictimNoun)
                            || t.means(Meaning::CasualtyWord)
                            || t.means(Meaning::Auxiliary)
                            // "Three bodies were found at X, two near Y".
                            || t.pos == Upos::Verb
                            // "dans la région de Kessa (nord), quatre à…": a bracketed aside;
                            // "in X, near Y, and three in Z": one set off by commas.
                            || matches!(doc.lower(t.span), "(" | ")" | ",")
                            // "…, trois à Azrou dont un Belge et un Suisse, deux à…": the
                            // parts of the figure before.
                            || t.means(Meaning::Conjunction)
                            || t.means(Meaning::Inclusion)
                            || t.pos == Upos::Adv
                    });
                // "Sept personnes sont mortes, trois femmes et quatre hommes": the harm word of the
                // figure before, then its parts set off by a comma, as a list that goes on or
                // ends there ("three soldiers said" is no part).
                // The victims of the figure before, and a comma before "et"/"ainsi que", aside.
                let harm: Vec<&Token> = between
                    .iter()
                    .copied()
                    .skip_while(|t| matches!(t.pos, Upos::Noun | Upos::Adj) && !t.means(Meaning::CasualtyWord))
                    .collect();
                let harm = match harm.split_last() {
                    Some((t, rest)) if doc.lower(t.span) == "," => rest,
                    _ => &harm[..],
                };
                let harm_before = harm.last().is_some_and(|t| t.means(Meaning::CasualtyWord))
                    && harm.len() <= 4
                    && harm.iter().all(|t| {
                        matches!(t.pos, Upos::Aux | Upos::Adv)
                            || t.means(Meaning::Auxiliary)
                            || t.means(Meaning::CasualtyWord)
                    })
                    && r.tokens.get(k).is_none_or(|t| joins(t) || t.pos == Upos::Punct);
                sentence.span.contains(Span::new(end, end)) && (nouns || place || harm_before)
            })
            .map(|(_, c)| c.kind);
        // "we lost nine men", "nous avons perdu trois soldats": the dead, when victims are named.
        let lost = r.before(verb_end, Meaning::LossVerb) > 0 && victims.is_some() && other_noun.is_none();
        // "les quatre victimes – un berger, deux fillettes et leur mère –", "six died: two
        // women and four men": parts of the figure just before, listed after a dash or a colon.
        // The whole may come before parts already counted.
        // "… – two suspects are being questioned": a clause of its own, no part; the part ends
        // the list or goes on with it ("un berger de 60 ans, …": a complement of the part first).
        let ends_list = || {
            let complement = r.tokens[after_victims.min(r.tokens.len())..]
                .iter()
                .take(PART_COMPLEMENT_WORDS)
                // "six people in the village of Ambo": a place's name too.
                .take_while(|t| {
                    matches!(
                        t.pos,
                        Upos::Adp | Upos::Adv | Upos::Num | Upos::Noun | Upos::Propn | Upos::Adj | Upos::Det
                    )
                })
                .count();
            r.tokens.get(after_victims + complement).is_none_or(|t| {
                t.means(Meaning::Conjunction) || t.pos == Upos::Punct && !matches!(doc.lower(t.span), "(" | "[")
            })
        };
        let dashed = victims
            .is_some()
            .then(|| found.iter().rev().take(DASHED_PARTS))
            .into_iter()
            .flatten()
            .take_while(|c| c.mentions.last().is_some_and(|m| sentence.span.contains(*m)))
            .find_map(|c| {
                let from = r.token_from(c.mentions.last().map_or(0, |m| m.end));
                let dash = (from..(from + DASH_AFTER_WHOLE).min(first))
                    .find(|&j| is_list_dash(doc.lower(r.tokens[j].span)))?;
                // "--" typed for a dash is two tokens.
                let dash = dash + r.tokens[dash + 1..first].iter().take_while(|t| doc.lower(t.span) == "-").count();
                let list = &r.tokens[dash + 1..first];
                let parts = list.len() <= MAX_DASHED_LIST_TOKENS
                    && list.iter().all(|t| {
                        // "– a guide on the Rift ridge and eight…": a place's name in a part.
                        matches!(
                            t.pos,
                            Upos::Noun | Upos::Propn | Upos::Adj | Upos::Det | Upos::Num | Upos::Adp | Upos::Cconj
                        ) || t.means(Meaning::Conjunction)
                            || doc.lower(t.span) == ","
                    });
                parts.then_some(c.kind)
            })
            .filter(|_| ends_list());
        // « Lundi nous avons retiré 9 corps ; mardi, nous en avons retiré quatre »: "en" before
        // the verb stands for the noun of the figure before, in this sentence or the one before.
        let stood_for = (other_noun.is_none() && !q.noun_only && (victims.is_none() || only_others))
            .then(|| {
                (first.saturating_sub(FIGURE_PRONOUN_TOKENS)..first).find(|&j| {
                    r.tokens[j].pos == Upos::Pron
                        && lexicon.casualties.figure_noun_pronouns.contains(&doc.lower(r.tokens[j].span))
                })
            })
            .flatten()
            // Not « elle en a relâché six »: those freed are no more of the harmed.
            .filter(|&j| {
                !r.tokens[j..first].iter().any(|t| lexicon.casualties.release_words.contains(&doc.lower(t.span)))
            })
            .and_then(|_| {
                let here = doc.sentence_index(sentence.span.start);
                found
                    .last()
                    .filter(|c| c.mentions.last().is_some_and(|m| here - doc.sentence_index(m.start).min(here) <= 1))
            })
            .map(|c| (c.kind, c.victims.clone()));
        if let Some((_, Some(noun))) = stood_for.as_ref().filter(|_| victims.is_none()) {
            victims = Some(noun.clone());
        }
        let kind = match (after_kind, before_kind) {
            // "the body of a driver hit by gunfire": the remains of one who died.
            (Some(CasualtyKind::Wounded), Some((_, Some(CasualtyKind::Dead)))) if remains_of.is_some() => {
                CasualtyKind::Dead
            }
            // "Kidnappers who seized 30 students were arrested", "les ravisseurs qui ont enlevé
            // 30 élèves ont été arrêtés": a harm verb in a relative clause on someone else has
            // the figure as its object; the verb after is that someone's.
            (Some(_), Some((at, Some(k)))) if in_relative_clause(&r, at) => k,
            (Some(k), _) => k,
            (None, None) if lost => CasualtyKind::Dead,
            (None, Some((at, Some(k)))) if !r.tokens[at].means(Meaning::CountLead) => k,
            // Not "left 20,000 people without power", "leaving 300 families in the cold".
            (None, Some((at, _)))
                if victims.is_some()
                    && !q.noun_only
                    && !(r.tokens[at].means(Meaning::CountLead)
                        && r.tokens.get(after_victims).is_some_and(|t| t.pos == Upos::Adp)) =>
            {
                CasualtyKind::Dead
            }
            (None, None) if counted.is_some() => counted.as_ref().map_or(CasualtyKind::Dead, |c| c.0),
            _ if update => toll_harm(&r, first).unwrap_or(CasualtyKind::Dead),
            (None, None) if whole.is_some() => whole.unwrap_or(CasualtyKind::Dead),
            (None, None) if named_before.is_some() => named_before.unwrap_or(CasualtyKind::Dead),
            (None, None) if joined_to.is_some() => joined_to.unwrap_or(CasualtyKind::Dead),
            (None, None) if dashed.is_some() => dashed.unwrap_or(CasualtyKind::Dead),
            (None, None) if stood_for.is_some() => stood_for.as_ref().map_or(CasualtyKind::Dead, |s| s.0),
            _ => continue,
        };
        // "left four people, among them a boy, dead, and nine others hurt": a part set off
        // after the figure it belongs to has that figure's harm, whatever follows the aside.
        let set_off_part = included && r.tokens.get(after_victims).is_some_and(|t| doc.lower(t.span) == ",");
        let kind = match whole {
            Some(whole) if set_off_part => whole,
            _ => kind,
        };
        // "300 patients being treated at the hospital": the sick cared for, not the wounded.
        let patients = victims.as_deref().is_some_and(|v| lexicon.casualties.patient_nouns.contains(&v));
        let cared_for = after_kind.is_some()
            && doc
                .tokens_in(r.span(k, after_len))
                .iter()
                .any(|t| lexicon.casualties.care_words.contains(&doc.lower(t.span)));
        if kind == CasualtyKind::Wounded && patients && cared_for {
            continue;
        }
        if victims.is_none() {
            victims = counted.and_then(|c| c.1);
        }
        // "five aid workers held by gunmen", "détenus depuis mars par un groupe jihadiste":
        // those an armed group holds are hostages, not prisoners.
        // The harm word after the figure, wherever the victims' words ended.
        let harm_end = (first..(first + 6).min(r.tokens.len())).find_map(|j| match r.at(j, Meaning::CasualtyWord) {
            0 => None,
            len => Some(j + len),
        });
        let kind = if fatally && kind == CasualtyKind::Wounded {
            CasualtyKind::Killed
        } else if kind == CasualtyKind::Arrested && harm_end.is_some_and(|end| held_by_armed_group(&r, end)) {
            CasualtyKind::Kidnapped
        } else if kind == CasualtyKind::Displaced
            && after_kind.is_some()
            && !victims.as_deref().is_some_and(|v| lexicon.casualties.patient_nouns.contains(&v))
            && taken_for_care(&r, k + after_len)
        {
            CasualtyKind::Wounded
        } else {
            kind
        };
        // "50,000 people affected", "12 000 sinistrés", not "three districts affected": people
        // struck by a disaster are counted only where no other noun names what was struck.
        // And only where the sentence names a disaster or an attack ("affected by the floods"),
        // a toll or another harm ("14 morts et 2 300 sinistrés"), not a decision or a tax.
        let event_named = || {
            (0..r.tokens.len()).any(|j| {
                r.at(j, Meaning::EventTrigger) > 0
                    || r.tokens[j].means(Meaning::TollNoun)
                    || r.kind(j, r.at(j, Meaning::CasualtyWord)).is_some_and(|k| k != CasualtyKind::Affected)
            })
        };
        if kind == CasualtyKind::Affected && (other_noun.is_some() || !event_named()) {
            continue;
        }
        // "abducted two teachers", "two of his sons and two nephews": a noun after a harm verb's
        // figure, or after one joined to such a figure, names its victims too. So does one
        // after an inclusion ("the dead included four Austrians").
        let object_noun = before_len > 0;
        if let Some(noun) = other_noun.filter(|&j| {
            after_len > 0
                || q.noun_only
                || (object_noun || joined_to.is_some() || included) && doc.time_around(r.tokens[j].span).is_none()
        }) {
            victims = Some(doc.lower(r.tokens[noun].span).to_string());
        }
        // "police seized three suspects", "troops seized 12 militants": those sought by the
        // law, or taken by the state's forces, are arrested, unless an armed group holds them.
        // So are fighters of an armed group captured ("deux jihadistes ont été capturés").
        let fighters =
            |v: &str| lang::value_in(lexicon.events.actor_nouns, v, Span::new(0, v.len())) == Some(ActorKind::NonState);
        let kind = if kind == CasualtyKind::Kidnapped
            && (victims.as_deref().is_some_and(|v| lexicon.casualties.suspect_nouns.contains(&v) || fighters(v))
                || before_len > 0 && seized_by_the_state(&r, first))
            && !harm_end.is_some_and(|end| held_by_armed_group(&r, end))
        {
            CasualtyKind::Arrested
        } else {
            kind
        };
        // A participle after the main clause ("…, killing at least 19") or a verb with the
        // figure as object: the perpetrator is the sentence's subject.
        let perpetrator =
            before_kind.filter(|_| after_kind.is_none() && !toll_of && earlier_toll.is_none()).and_then(|_| {
                // "the conflict which left … and displaced millions": the subject is in the relative clause.
                if r.tokens[..first].iter().any(|t| t.means(Meaning::ClauseMarker)) {
                    return None;
                }
                // The clause starts after a dateline ("KHARTOUM, April 12 (Reuters) -").
                let start = doc.without_dateline(sentence.span).start;
                // The subject stands before the clause's first comma and its first verb: "Gunmen
                // attacked Kourou, killing 9" names no perpetrator, not the village.
                let comma = r.tokens[..first].iter().find(|t| {
                    t.span.start >= start && (doc.lower(t.span) == "," || matches!(t.pos, Upos::Verb | Upos::Aux))
                });
                let head = Span::new(start, comma.map_or(q.span.start, |t| t.span.start).max(start));
                // "Sudan's Rapid Support Forces killed …": the possessor is not the perpetrator.
                // Nor is a name after a preposition: "une attaque contre l'ONU", "an attack in Mali".
                let actors: Vec<(Span, EntityId)> = doc
                    .mentions_in(head)
                    .filter(|&(m, i)| {
                        matches!(doc.entity(i).entity_type, EntityType::Gpe | EntityType::Org | EntityType::Person)
                            && !after_preposition(&r, m)
                    })
                    .collect();
                let text = doc.text();
                let actor = actors.iter().find(|(m, _)| !possessive_after(text, m.end)).or(actors.first());
                actor.map(|&(m, i)| Reference { span: m, entity: Some(i) })
            });
        // A passive with its agent: "were killed by Russian shelling", "tués par des frappes".
        let passive_agent = (after_kind.is_some()
            && r.tokens.get(k + after_len).is_some_and(|t| t.means(Meaning::AgentMarker)))
        .then(|| {
            let from = r.tokens[k + after_len].span.end;
            let window = Span::new(from, (from + AGENT_WINDOW).min(sentence.span.end).max(from));
            doc.mentions_in(window)
                .find(|&(_, i)| {
                    let t = doc.entity(i).entity_type;
                    matches!(t, EntityType::Gpe | EntityType::Org | EntityType::Person | EntityType::Norp)
                })
                .map(|(m, i)| Reference { span: m, entity: Some(i) })
        })
        .flatten();
        let perpetrator = passive_agent.or(perpetrator);
        // "La Protection civile a annoncé la mort de 9 personnes": who tells of the dead did not
        // kill them.
        let speaker_subject =
            r.tokens[..first].iter().position(|t| matches!(t.pos, Upos::Verb | Upos::Aux)).is_some_and(|v| {
                let verbs = r.tokens[v..first].iter().take_while(|t| matches!(t.pos, Upos::Verb | Upos::Aux)).count();
                (v..v + verbs).any(|j| when::is_speech(doc, r.tokens, vocabulary, j))
            });
        let perpetrator = perpetrator.filter(|_| passive_agent.is_some() || !speaker_subject);
        let cause = (0..r.tokens.len()).find_map(|j| match r.at(j, Meaning::CasualtyCause) {
            0 => None,
            len => Some(lang::phrase_key(doc.lower(r.span(j, len)))),
        });
        let mut sources = claim_sources(&attributions, q.span);
        if sources.is_empty() {
            if let Some(sp) = quote_around(&doc.quotes, q.span).and_then(|qt| qt.speaker.as_ref()) {
                sources.push(source_of_speaker(doc, sp));
            }
        }
        // The earlier toll told after a new one is given by whoever gives the new one.
        if let Some(new) = earlier_toll.filter(|&(.., beside)| beside && sources.is_empty()).and(found.last()) {
            sources = new.sources.clone();
        }
        // "She raised the death toll to 15", "Local radio reports put the toll at 52", "an
        // official who gave a toll of 15": who updates or gives a toll is its source.
        if sources.is_empty() && (update || of_a_toll) {
            sources = toll_giver(doc, sentence.span, &r.tokens[..first]).unwrap_or_default();
        }
        // "An official put the toll at nine dead and 14 wounded", « a chiffré le bilan à neuf
        // morts et 14 blessés »: a figure listed after a sourced one, with no verb of its own
        // between them, has the same giver.
        if sources.is_empty() {
            if let Some(previous) = found.last().filter(|c| !c.sources.is_empty()) {
                let listed = previous.mentions.last().is_some_and(|m| {
                    sentence.span.contains(*m) && {
                        let between = &r.tokens[r.token_from(m.end)..first];
                        between.len() <= MAX_LISTED_GAP
                            && between
                                .iter()
                                .all(|t| !matches!(t.pos, Upos::Verb | Upos::Aux) || t.means(Meaning::CasualtyWord))
                            && !between
                                .iter()
                                .any(|t| matches!(doc.lower(t.span), ";" | ":") || t.means(Meaning::AttributionMarker))
                    }
                });
                if listed {
                    sources = previous.sources.clone();
                }
            }
        }
        // "La préfecture a revu le bilan à la hausse : 16 morts, 4 disparus", "The ministry
        // gave a new toll: 16 dead": figures listed after a toll and a colon are its giver's.
        if sources.is_empty() {
            let colon = (first.saturating_sub(TOLL_LIST_TOKENS)..first)
                .rev()
                .take_while(|&j| !matches!(r.tokens[j].pos, Upos::Verb | Upos::Aux))
                .find(|&j| doc.lower(r.tokens[j].span) == ":");
            let toll = colon.and_then(|c| r.tokens[..c].iter().rposition(|t| t.means(Meaning::TollNoun)));
            if let Some(toll) = toll {
                sources = toll_giver(doc, sentence.span, &r.tokens[..toll]).unwrap_or_default();
            }
        }
        // A figure in a clause the claim leaves out, in a sentence whose source is named ("…,
        // the ministry said on Saturday, adding that 40 others were wounded"): that source's;
        // not a toll someone else puts ("…, according to the UN, while a study estimates the
        // toll at 130,000").
        // So is a toll a participle set off after the sentence's source updates ("…, a précisé
        // le maire, confirmant un bilan de deux morts", "…, the ministry said, raising the toll
        // to 25").
        let participle_after_comma = || {
            let before = &r.tokens[..first];
            before
                .iter()
                .rposition(|t| matches!(t.pos, Upos::Verb | Upos::Aux) && !t.means(Meaning::CasualtyWord))
                .is_some_and(|v| v > 0 && doc.lower(before[v - 1].span) == ",")
        };
        if sources.is_empty() && (!update || participle_after_comma()) {
            // "held six lorries amid clashes that officials say have killed four": a
            // source set inside a clause opened after the figure speaks of that clause only.
            let in_later_clause = |a: &Attribution| {
                a.claim.start >= q.span.end
                    && a.sources.iter().all(|s| {
                        let k = doc.token_from(s.span.start);
                        s.span.start >= q.span.end
                            && k > 0
                            && (doc.tokens[k - 1].means(Meaning::RelativePronoun)
                                || doc.tokens[k - 1].means(Meaning::Complementizer))
                    })
            };
            let of_sentence = claims_in(&attributions, sentence.span).filter(|a| !in_later_clause(a)).find_map(|a| {
                let found: Vec<Source> = a.sources.iter().filter(|s| sentence.span.contains(s.span)).cloned().collect();
                (!found.is_empty()).then_some(found)
            });
            // "« … », a ajouté le directeur, annonçant un bilan de 17 morts": or the speaker of
            // a quote the sentence opened with, the toll a participle after its verb.
            let of_quote = || {
                participle_after_comma()
                    .then(|| {
                        let to = doc.quotes.partition_point(|qt| qt.span.start < q.span.start);
                        doc.quotes[..to]
                            .iter()
                            .rev()
                            // One that ends in this sentence, though it may open in the one before.
                            .take_while(|qt| qt.span.end > sentence.span.start)
                            .find_map(|qt| qt.speaker.as_ref())
                            .map(|sp| vec![source_of_speaker(doc, sp)])
                    })
                    .flatten()
            };
            sources = of_sentence.or_else(of_quote).unwrap_or_default();
        }
        // "She raised the death toll to 15. Two others were injured.": a figure told with no
        // source right after a sourced one, in the same paragraph and with no claim of its own
        // in its sentence, goes on with that source.
        if sources.is_empty() && claims_in(&attributions, sentence.span).next().is_none() {
            let paragraph = doc.paragraph_from(sentence.span.start).filter(|p| p.contains(sentence.span));
            let index = |at: usize| doc.sentence_index(at);
            // Only from a figure its own sentence sources, so that the source is not carried
            // further down a paragraph of unsourced figures, and of another kind of harm (the
            // dead, then the wounded): the same kind again is as often a figure of another time.
            let previous = found.last().filter(|c| {
                let Some(m) = c.mentions.last() else { return false };
                let sourced = c.update
                    || doc.sentence_at(m.start).is_some_and(|s| claims_in(&attributions, s.span).next().is_some());
                paragraph.is_some_and(|p| p.contains(*m))
                    && index(m.start) + 1 == index(sentence.span.start)
                    && sourced
                    && family(c.kind) != family(kind)
            });
            if let Some(c) = previous {
                sources = c.sources.clone();
            }
        }
        // "Police have arrested 14 people", « La gendarmerie a interpellé 14 personnes »: a
        // force of the state that made the arrests is who tells of them.
        if sources.is_empty() && kind == CasualtyKind::Arrested {
            let verb = before_kind.filter(|&(at, _)| at < first && r.tokens[at].pos == Upos::Verb).map(|(at, _)| at);
            let subject = verb.and_then(|at| {
                let group = verb_group_start(doc, r.tokens, at);
                subject_before(doc, sentence.span, r.tokens[group].span.start)
            });
            let force = subject.filter(|&s| {
                !s.is_empty()
                    && reads_as_noun_phrase(doc, s)
                    && matches!(
                        kind_of(doc, s, entity_in(doc, s)),
                        SourceKind::Military | SourceKind::Government | SourceKind::Official
                    )
            });
            if let Some(force) = force {
                sources = sources_in(doc, force);
            }
        }
        // "Le bilan publié mardi par la préfecture fait état de 9 morts": the agent of the
        // record the sentence opens with.
        if sources.is_empty() {
            sources = record_agent(doc, sentence.span, false).unwrap_or_default();
        }
        // "Eight dead and ten wounded. The toll was given by the minister.": the next sentence
        // says who gave it.
        // "At least 17 were killed in the north. Nine others died in the west, the officials
        // said.": a claim of others' toll right after goes on with this one, and its source.
        if sources.is_empty() && claims_in(&attributions, sentence.span).next().is_none() {
            // The claim that opens the next sentence of the paragraph, when it goes on with
            // this one: others' toll, an addition, a confirmation, or the toll itself.
            let claim_next = || {
                let next = next_in_paragraph(doc, sentence.span)?;
                let claim = claims_in(&attributions, next).next()?;
                let goes_on = tells_of_others(doc, next, claim)
                    || adds_to_before(doc, claim)
                    || confirms_before(doc, claim)
                    || gives_the_toll(doc, claim);
                goes_on.then(|| claim.sources.clone())
            };
            sources = given_in_next_sentence(doc, sentence.span)
                .filter(|s| !s.is_empty())
                .or_else(claim_next)
                .unwrap_or_default();
        }
        // Not a place that names the perpetrator or the source ("the country's interior ministry"),
        // nor one after the quote or claim that gives the figure, in the words that say who
        // gave it (« … », a déclaré X, le chef des secours du comté voisin).
        let told_until = quote_around(&doc.quotes, q.span)
            .map(|quote| quote.span.end)
            .or_else(|| claims_in(&attributions, sentence.span).find(|a| a.claim.contains(q.span)).map(|a| a.claim.end))
            .unwrap_or(usize::MAX);
        // Only in an apposition to the source: "…, police said, when gunmen stormed a church in
        // Owo" places the dead.
        let describes_source = |m: Span| {
            m.start >= told_until
                && sources.iter().any(|s| s.span.end <= m.start && in_apposition(doc, Span::new(s.span.end, m.start)))
        };
        let location = doc
            .mentions_in(doc.without_dateline(sentence.span))
            .filter(|&(_, i)| matches!(doc.entity(i).entity_type, EntityType::Gpe | EntityType::Loc))
            .find(|(m, _)| {
                perpetrator.is_none_or(|p| !p.span.overlaps(*m))
                    && !sources.iter().any(|s| s.span.overlaps(*m))
                    && !describes_source(*m)
                    && !across_a_border(doc, *m)
            })
            .map(|(m, i)| Reference { span: m, entity: Some(i) });
        // A figure inside a claim is dated by the words up to the claim's end: what follows the
        // verb of speech ("…, a déclaré X, qui dirige l'hôpital depuis février") is not its time.
        let clause = doc.without_dateline(sentence.span);
        let clause = claims_in(&attributions, sentence.span)
            .find(|a| a.claim.contains(q.span))
            .map_or(clause, |a| Span::new(clause.start, a.claim.end.max(clause.start)));
        let date = when::date_near(doc, r.tokens, vocabulary, q.mention, clause);
        // The adverb names no one: "dont une mortellement".
        if fatally && victims.as_deref().is_some_and(|v| lexicon.casualties.fatal_adverbs.contains(&v)) {
            victims = None;
        }
        // "shot four guards": hit, the outcome untold.
        let untold = |at: usize, len: usize| {
            len > 0
                && lexicon.casualties.outcome_untold.contains(&lang::phrase_key(doc.lower(r.span(at, len))).as_str())
        };
        let harm_word =
            if after_kind.is_some() { Some((k, after_len)) } else { before_kind.map(|(at, _)| (at, verb_end - at)) };
        // "2 000 décès chaque année", "an average of six deaths a day": a rate, no toll. Read
        // last: few figures get this far.
        if a_rate(&r, r.token_from(q.span.start), r.token_from(q.span.end)) {
            continue;
        }
        if q.pronoun && !matches!(kind, CasualtyKind::Killed | CasualtyKind::Dead | CasualtyKind::Wounded) {
            continue;
        }
        outcome_untold.push(kind == CasualtyKind::Wounded && harm_word.is_some_and(|(at, len)| untold(at, len)));
        // "dont 9 au marché et deux autres sur la route": the next of a list of parts is one.
        let whole_mention = whole_mention.or_else(|| {
            let previous = joined_to.and(found.last()).and_then(|c| c.mentions.last())?;
            parts.iter().find(|(part, _)| part == previous).map(|&(_, whole)| whole)
        });
        if let Some(whole) = whole_mention {
            parts.push((q.mention, whole));
        }
        found.push(Casualty {
            id: CasualtyId::new(0),
            kind,
            count: Count { value: q.value, approx: q.approx },
            victims,
            perpetrator,
            cause,
            location,
            date,
            sources,
            mentions: vec![q.mention],
            update: update && !told_earlier,
            earlier: false,
        });
    }
    let mut out = merge(doc, found, &outcome_untold);
    mark_earlier(doc, &mut out);
    toll_given_later(doc, &mut out);
    parts_told_by_their_whole(&mut out, &parts);
    for (i, c) in out.iter_mut().enumerate() {
        c.id = CasualtyId::new(i);
    }
    out
}

/// "Twenty died, the governor said. Twenty were killed in all, including 12 at the
/// market": a part with no source of its own is told by whoever told its whole, once the
/// figures said twice are one. `parts` pairs a part's mention with its whole's.
fn parts_told_by_their_whole(figures: &mut [Casualty], parts: &[(Span, Span)]) {
    for &(part, whole) in parts {
        let holding = |m: Span| figures.iter().position(|c| c.mentions.contains(&m));
        let (Some(p), Some(w)) = (holding(part), holding(whole)) else { continue };
        if p != w && figures[p].sources.is_empty() && !figures[w].sources.is_empty() {
            figures[p].sources = figures[w].sources.clone();
        }
    }
}

/// Whether a sentence, past its dateline, opens with one of `words` (lower case), a whole
/// word or phrase: "Earlier, …", « Ce bilan … ».
fn sentence_opens_with(doc: &Document<'_>, sentence: Span, words: &[&str]) -> bool {
    let opening = doc.lower(doc.without_dateline(sentence)).trim_start();
    words.iter().any(|w| opening.strip_prefix(w).is_some_and(|rest| rest.starts_with(|c: char| !c.is_alphanumeric())))
}

/// "Ce bilan, donné par la préfecture, reste provisoire", "These figures were
/// given by the governor": a later sentence that opens by pointing back to the toll gives
/// the agent of its first passive as the source of the figures told before it with none.
fn toll_given_later(doc: &Document<'_>, figures: &mut [Casualty]) {
    let lexicon = lang::lexicon(doc.language);
    let mut from = 0;
    for sentence in &doc.sentences {
        if !sentence_opens_with(doc, sentence.span, lexicon.casualties.toll_back_references) {
            continue;
        }
        let opening = doc.without_dateline(sentence.span);
        let tokens = doc.tokens_in(opening);
        // The agent of a participle: "annoncés par", "given by"; not "by far".
        let passive_agent =
            |k: usize| tokens[k].means(Meaning::AgentMarker) && k > 0 && tokens[k - 1].pos == Upos::Verb;
        let Some(agent) = (0..tokens.len()).find(|&k| passive_agent(k)) else { continue };
        let Some(sources) = agent_sources(doc, &tokens[agent..], opening.end) else { continue };
        for c in figures.iter_mut() {
            let before = c.mentions.first().is_some_and(|m| m.start >= from && m.end <= sentence.span.start);
            if before && c.sources.is_empty() && !c.earlier {
                c.sources = sources.clone();
            }
        }
        from = sentence.span.end;
    }
}

/// The most words between a verb that takes lives and the figure of them ("claimed more
/// than"), counted back from the figure.
const LIFE_VERB_WORDS: usize = 3;

/// The most words between a record's noun and the agent of its passive verb ("The toll was
/// given on Wednesday by").
const RECORD_AGENT_WORDS: usize = 8;

/// The sources a sentence names as the agent of a passive verb whose subject is a record
/// ("The toll was given by the minister", "Ces chiffres ont été communiqués par la
/// préfecture"), when that sentence follows `sentence` in its paragraph.
fn given_in_next_sentence(doc: &Document<'_>, sentence: Span) -> Option<Vec<Source>> {
    record_agent(doc, next_in_paragraph(doc, sentence)?, true)
}

/// The sentence after `sentence`, when it is in the same paragraph.
fn next_in_paragraph(doc: &Document<'_>, sentence: Span) -> Option<Span> {
    let next = doc.sentences.get(doc.sentences.partition_point(|s| s.span.start <= sentence.start))?;
    doc.paragraph_from(sentence.start)?.contains(next.span).then_some(next.span)
}

/// Whether the claim opening the next sentence (`next`) tells of others' toll: a figure, then
/// "others" ("Neuf autres ont succombé…, selon la police").
fn tells_of_others(doc: &Document<'_>, next: Span, claim: &Attribution) -> bool {
    let opening = doc.tokens_in(Span::new(next.start, claim.claim.end));
    let others = lang::lexicon(doc.language).casualties.others;
    claim.claim.start == doc.without_dateline(next).trim(doc.text()).start
        && matches!(opening, [figure, word, ..] if figure.pos == Upos::Num && others.contains(&doc.lower(word.span)))
}

/// Whether all a claim says is what was told before: "A student died in the protests. The
/// prosecutor confirmed the death.", « … Le procureur a confirmé cette tragédie. »
fn confirms_before(doc: &Document<'_>, claim: &Attribution) -> bool {
    let grammar = &lang::lexicon(doc.language).grammar;
    let [determiner, words @ ..] = doc.tokens_in(claim.claim) else { return false };
    let phrase = words.len() <= 3
        && words.iter().any(|t| t.pos == Upos::Noun)
        && words.iter().all(|t| matches!(t.pos, Upos::Noun | Upos::Adj));
    // "the death", "the news", "cette tragédie": what the sentence before told.
    let determiner = doc.lower(determiner.span);
    phrase && (grammar.demonstratives.contains(&determiner) || grammar.definite_singulars.contains(&determiner))
}

/// Whether a claim's verb adds to what was said before: "Ten soldiers died and 13 were hurt.
/// Several attackers were killed, the statement added."
fn adds_to_before(doc: &Document<'_>, claim: &Attribution) -> bool {
    lang::lexicon(doc.language).speech.adding_cues.contains(&claim.cue.to_lowercase().as_str())
}

/// Whether a claim is a toll with no figure of its own: "Douze villageois ont péri. Un bilan
/// encore partiel selon la gendarmerie.", "… A provisional toll, according to the army."
fn gives_the_toll(doc: &Document<'_>, claim: &Attribution) -> bool {
    let tokens = doc.tokens_in(claim.claim);
    tokens.iter().find(|t| !matches!(t.pos, Upos::Det | Upos::Adj)).is_some_and(|head| {
        head.means(Meaning::TollNoun) && !tokens.iter().any(|t| t.pos == Upos::Num || t.pos == Upos::Verb)
    })
}

/// The agent of the participle after a sentence's opening record ("Le bilan publié mardi par la
/// préfecture fait état de 9 morts", "The toll released by the army shows…"), or,
/// with `passive`, of its passive verb ("The toll was given by the minister"): the sources it
/// names.
fn record_agent(doc: &Document<'_>, sentence: Span, passive: bool) -> Option<Vec<Source>> {
    let lexicon = lang::lexicon(doc.language);
    let tokens = doc.tokens_in(sentence);
    let record = |t: &Token| t.means(Meaning::TollNoun) || lexicon.speech.record_nouns.contains(&doc.lower(t.span));
    // "Un précédent bilan fourni par…": adjectives may stand before the noun.
    let noun = tokens.iter().position(|t| !matches!(t.pos, Upos::Det | Upos::Adj)).filter(|&k| record(&tokens[k]))?;
    let after = &tokens[noun + 1..];
    let agent = after.iter().take(RECORD_AGENT_WORDS).position(|t| t.means(Meaning::AgentMarker))?;
    let auxiliary = after[..agent].iter().any(|t| t.pos == Upos::Aux || t.means(Meaning::Auxiliary));
    if !after[..agent].iter().any(|t| t.pos == Upos::Verb) || auxiliary != passive {
        return None;
    }
    agent_sources(doc, &after[agent..], sentence.end)
}

/// The sources an agent's words name, from the agent's marker opening `tokens` up to a comma,
/// the next verb or `limit`.
fn agent_sources(doc: &Document<'_>, tokens: &[Token], limit: usize) -> Option<Vec<Source>> {
    let marker = tokens.first()?;
    let end = tokens[1..]
        .iter()
        .find(|t| matches!(t.pos, Upos::Verb | Upos::Aux) || t.pos == Upos::Punct && doc.lower(t.span) == ",")
        .map_or(limit, |t| t.span.start);
    let source = phrase_after(doc, marker.span.end, end.max(marker.span.end), lang::lexicon(doc.language));
    let sources = sources_in(doc, source);
    (!sources.is_empty() && reads_as_noun_phrase(doc, source)).then_some(sources)
}

/// The subject of the verb that updates or gives a toll, when it names a source, a person or a
/// pronoun standing for one: "She raised the death toll to 15".
fn toll_giver(doc: &Document<'_>, sentence: Span, before: &[Token]) -> Option<Vec<Source>> {
    let text = doc.text();
    // The verb nearest the figure: "…, while a study estimates the toll at 130,000".
    // Not the harm of those counted: "raised the number of detainees killed to 27".
    // Nor a participle after a determiner, a possessive or a preposition: "raised their known
    // death toll", "the number of confirmed dead".
    let last = (0..before.len()).rev().find(|&k| {
        let t = &before[k];
        matches!(t.pos, Upos::Verb | Upos::Aux)
            && !t.means(Meaning::CasualtyWord)
            && !(k > 0
                && (matches!(before[k - 1].pos, Upos::Det | Upos::Adp) || before[k - 1].means(Meaning::Possessive)))
    })?;
    let first =
        before[..last].iter().rposition(|t| !matches!(t.pos, Upos::Verb | Upos::Aux | Upos::Adv)).map_or(0, |k| k + 1);
    let verb = &before[first];
    let subject = subject_before(doc, sentence, verb.span.start)?;
    // "The official toll announced by the agency was 62": the toll is the subject, and its
    // agent, if any, gives it.
    let subject_tokens = doc.tokens_in(subject);
    if subject_tokens.iter().any(|t| t.means(Meaning::TollNoun) || t.means(Meaning::CountNoun)) {
        let agent = subject_tokens.iter().position(|t| t.means(Meaning::AgentMarker))?;
        return agent_sources(doc, &subject_tokens[agent..], subject.end);
    }
    let words = subject.of(text);
    let singular = lang::lookup(|l| l.speech.pronouns, words);
    let named_inside = entity_in(doc, subject);
    let entity = match singular {
        Some(true) => Some(quotes::person_before(doc, subject.start, quotes::pronoun_sex(doc, subject))?),
        Some(false) => return None,
        None => named_inside,
    };
    let lexicon = lang::lexicon(doc.language);
    // "The development brought the toll to five", "The earthquake in Turkey raised the toll",
    // "Le bilan des inondations au Kenya s'élève à…": only a person, an organisation or a kind
    // of source gives a toll, never a record or a place.
    let record = doc
        .tokens_in(subject)
        .iter()
        .find(|t| matches!(t.pos, Upos::Noun | Upos::Propn))
        .is_some_and(|t| lexicon.speech.record_nouns.contains(&doc.lower(t.span)));
    let entity = entity.filter(|&e| matches!(doc.entity(e).entity_type, EntityType::Person | EntityType::Org));
    let kind = kind_of(doc, subject, entity);
    // "Papua New Guinea police", "Kenya's health ministry": a place that only says whose the
    // source is, before it and after no preposition.
    let whose = |e: EntityId| {
        doc.entity(e).entity_type == EntityType::Gpe
            && doc.mentions_in(subject).filter(|&(_, i)| i == e).all(|(m, _)| {
                m.end < subject.end
                    && !doc.tokens_in(Span::new(subject.start, m.start)).iter().any(|t| t.pos == Upos::Adp)
            })
    };
    // "The opposition coalition gave its own toll", « le collectif a dressé un bilan »: one
    // who issues a toll is its source, though no kind of source the lists know; not an event
    // or a cause ("The quake raised the toll").
    let issuing = lexicon.casualties.toll_issuing_verbs.contains(&doc.lower(before[last].span));
    let head = doc.tokens_in(subject).iter().rev().find(|t| t.pos == Upos::Noun).copied();
    let no_event = head.is_some_and(|h| !h.means(Meaning::CasualtyCause) && !h.means(Meaning::EventTrigger));
    let gives = !record
        && (entity.is_some()
            || kind != SourceKind::Other && named_inside.is_none_or(whose)
            || issuing && no_event && named_inside.is_none());
    gives.then(|| vec![Source { span: subject, entity, kind, antecedent: None }])
}

/// The most adjectives and adverbs between a toll's noun and its "of" ("its provisional toll
/// of", "son bilan encore partiel de").
const MAX_TOLL_QUALIFIERS: usize = 3;

/// The most tokens between the colon after a toll and a figure of its list ("…: 16 morts, 4").
const TOLL_LIST_TOKENS: usize = 8;

/// The comma that closes an aside opened by the comma at token `comma`, within
/// [`ASIDE_BYTES`].
fn closing_comma(r: &Reader<'_>, comma: usize) -> Option<usize> {
    closing_mark(r, comma, |t| r.doc.lower(t.span) == ",")
}

/// The next token after `open` that `closes` (the mark that ends an aside), within
/// [`ASIDE_BYTES`].
fn closing_mark(r: &Reader<'_>, open: usize, closes: impl Fn(&Token) -> bool) -> Option<usize> {
    let limit = r.tokens[open].span.end + ASIDE_BYTES;
    (open + 1..r.tokens.len()).take_while(|&c| r.tokens[c].span.end <= limit).find(|&c| closes(&r.tokens[c]))
}

/// How many tokens a phrase qualifying a figure's victims may run to.
const MAX_MODIFIER_TOKENS: usize = 24;

/// Where the verb of a figure's victims starts, when a phrase qualifying them stands between
/// (prepositional phrases, names, brackets, one participle with its complement): `k` is the
/// token after the victims. `k` itself when the words there do not lead to an auxiliary or a
/// harm word.
fn past_modifiers(r: &Reader<'_>, k: usize) -> usize {
    let leads = |j: usize| r.at(j, Meaning::Auxiliary) > 0 || r.at(j, Meaning::CasualtyWord) > 0;
    // Not "a family who fled the fighting": a harm word with an object is another clause.
    let ends_clause = |h: usize| {
        let len = r.at(h, Meaning::CasualtyWord);
        len > 0
            && r.tokens.get(h + len).is_none_or(|n| !matches!(n.pos, Upos::Det | Upos::Noun | Upos::Propn | Upos::Num))
    };
    // "des" after a noun is "of the", whatever the tagger read ("12 pêcheurs des villages voisins").
    let opens = |t: &Token| {
        t.pos == Upos::Adp || t.pos == Upos::Verb || t.means(Meaning::Of) || r.at(k, Meaning::Inclusion) > 0
    };
    // "parmi les blessés", "among the dead": a harm phrase right there, not a modifier.
    if r.tokens.get(k).is_none_or(|t| !opens(t) && !opens_aside(r, k)) || r.at(k, Meaning::CasualtyWord) > 0 {
        return k;
    }
    let mut participle = false;
    let mut depth = 0usize;
    let mut skip_to = k;
    for j in k..r.tokens.len().min(k + MAX_MODIFIER_TOKENS) {
        if j < skip_to {
            continue;
        }
        let t = &r.tokens[j];
        // A part of them named on the way: "cinq personnes parmi lesquelles une fillette ont été tuées".
        let inclusion = r.at(j, Meaning::Inclusion);
        if inclusion > 0 {
            skip_to = j + inclusion;
            continue;
        }
        let text = r.doc.lower(t.span);
        // Not "a doctor treating the wounded": a harm word after a determiner is an object.
        if depth == 0 && j > k && leads(j) && r.tokens[j - 1].pos != Upos::Det {
            return j;
        }
        // "three pupils were among seven people who drowned": a relative clause on the whole,
        // read by the caller as on the victims.
        if depth == 0
            && j > k
            && t.means(Meaning::RelativePronoun)
            && (r.at(j + 1, Meaning::Auxiliary) > 0 || ends_clause(j + 1) || verb_after_relative(r, j).is_some())
        {
            return j;
        }
        if t.means(Meaning::ClauseMarker) || t.means(Meaning::Conjunction) {
            return k;
        }
        // "Un caméraman de la chaîne, qui filmait à Mossoul, a été blessé": an aside set off
        // by commas, then the auxiliary or the harm word.
        if depth == 0 && j > k && text == "," {
            return closing_comma(r, j).filter(|&c| leads(c + 1)).map_or(k, |c| c + 1);
        }
        match t.pos {
            Upos::Adp | Upos::Det | Upos::Noun | Upos::Propn | Upos::Adj | Upos::Num => {}
            // "members of his family": a possessive before the complement's noun.
            Upos::Pron if t.means(Meaning::Possessive) => {}
            // One participle with its complement: "travaillant pour", "living near"; not a
            // verb of speech ("a witness said 14 villagers were abducted").
            Upos::Verb if !participle && r.at(j, Meaning::CasualtyWord) == 0 && !t.means(Meaning::SpeechVerb) => {
                participle = true
            }
            Upos::Punct if opens_aside(r, j) => depth += 1,
            Upos::Punct if matches!(text, ")" | "]") && depth > 0 => depth -= 1,
            Upos::Punct if matches!(text, "-" | "–") || depth > 0 => {}
            _ if depth > 0 => {}
            _ => return k,
        }
    }
    k
}

/// Where a place said of a group ends, from the preposition at `at`: "in Mutare", "from the
/// base", "à Beni, près de la frontière". None where no preposition and noun are there.
fn past_place(r: &Reader<'_>, at: usize) -> Option<usize> {
    let name = |j: usize| {
        r.tokens.get(j).is_some_and(|t| matches!(t.pos, Upos::Propn | Upos::Noun))
            && r.at(j, Meaning::CasualtyWord) == 0
    };
    // "près de", "close to": an adverb may lead the preposition.
    let place = |from: usize| {
        let mut j = from + usize::from(r.tokens.get(from).is_some_and(|t| t.pos == Upos::Adv));
        if r.tokens.get(j).is_none_or(|t| t.pos != Upos::Adp) {
            return None;
        }
        j += 1;
        while r.tokens.get(j).is_some_and(|t| t.pos == Upos::Det) {
            j += 1;
        }
        let start = j;
        while j < start + MAX_PLACE_NAME_TOKENS && (name(j) || r.tokens.get(j).is_some_and(|t| t.means(Meaning::Of))) {
            j += 1;
        }
        (j > start && name(j - 1)).then_some(j)
    };
    let end = place(at)?;
    // An aside on the place: ", near Harare", and the comma that closes it.
    let end = if is_comma(r, end) { place(end + 1).unwrap_or(end) } else { end };
    Some(if is_comma(r, end) && r.at(end + 1, Meaning::Conjunction) > 0 { end + 1 } else { end })
}

/// The most nouns after the first in a list of victims counted by one figure.
const MAX_LISTED_VICTIM_NOUNS: usize = 4;

/// The most words of a place's name after its preposition, in [`past_place`].
const MAX_PLACE_NAME_TOKENS: usize = 5;

/// The most words of a body's name between a figure and the noun it counts.
const MAX_BODY_NAME_TOKENS: usize = 7;

/// How many tokens from `k` make a name of capitalised words, with "of" or "and" between
/// two of them, that ends right before a common noun ("Methodist Senior High School
/// students"); 0 when the run ends on anything else.
fn named_body_before_noun(r: &Reader<'_>, k: usize) -> usize {
    let capitalised = |j: usize| {
        r.tokens
            .get(j)
            .is_some_and(|t| t.shape.is(Shape::CAPITALISED) && matches!(t.pos, Upos::Propn | Upos::Adj | Upos::Noun))
    };
    let joins = |j: usize| {
        r.tokens.get(j).is_some_and(|t| t.means(Meaning::Of) || t.means(Meaning::Conjunction)) && capitalised(j + 1)
    };
    let mut j = k;
    while j < k + MAX_BODY_NAME_TOKENS && (capitalised(j) || j > k && joins(j)) {
        j += 1;
    }
    let noun = r
        .tokens
        .get(j)
        .is_some_and(|t| t.pos == Upos::Noun && !t.shape.is(Shape::CAPITALISED) && r.doc.time_around(t.span).is_none());
    if noun && r.at(j, Meaning::CasualtyWord) == 0 && r.at(j, Meaning::ThingNoun) == 0 {
        j - k
    } else {
        0
    }
}

/// Where the victims' own verb starts after a relative clause on them that names no harm,
/// from the relative pronoun at `k`: an auxiliary, a harm word or a verb of suffering after the
/// clause's own verb, not joined to it by "and"/"or" ("who fled or were rescued were hurt")
/// nor by an auxiliary.
/// None across a punctuation mark, a clause or a verb of speech.
fn verb_after_relative(r: &Reader<'_>, k: usize) -> Option<usize> {
    if !r.tokens.get(k)?.means(Meaning::RelativePronoun) {
        return None;
    }
    let injury_verbs = lang::lexicon(r.doc.language).casualties.injury_verbs;
    let mut verb_seen = false;
    for j in k + 1..r.tokens.len().min(k + MAX_MODIFIER_TOKENS) {
        let t = &r.tokens[j];
        let harm = r.at(j, Meaning::CasualtyWord) > 0;
        let leads = harm || r.at(j, Meaning::Auxiliary) > 0 || injury_verbs.contains(&r.doc.lower(t.span));
        // A verb, not a noun ("who helped pull bodies"), and not the next of a chain of
        // auxiliaries ("who are being held").
        let verb = matches!(t.pos, Upos::Verb | Upos::Aux);
        let joined = matches!(r.tokens[j - 1].pos, Upos::Cconj | Upos::Det | Upos::Pron | Upos::Aux);
        if verb_seen && leads && verb && !joined {
            // Not "four men who robbed the bank fled": who flee after a clause are not told
            // apart from those who flee a crime.
            let h = j + r.at(j, Meaning::Auxiliary);
            let fled = r.kind(h, r.at(h, Meaning::CasualtyWord)) == Some(CasualtyKind::Displaced);
            return (!fled).then_some(j);
        }
        // "Ten rebels who ambushed the convoy": those who did harm are no victims; those who
        // were "guarding the checkpoint" may be.
        if harm
            || r.at(j, Meaning::EventTrigger) > 0 && t.pos != Upos::Noun
            || t.pos == Upos::Punct
            || t.means(Meaning::SpeechVerb)
            || t.means(Meaning::ClauseMarker)
            || t.means(Meaning::RelativePronoun)
        {
            return None;
        }
        verb_seen |= matches!(t.pos, Upos::Verb | Upos::Aux);
    }
    None
}

/// The most words of a figure of things a figure of people is joined to ("40 head of cattle").
const JOINED_THINGS_WORDS: usize = 4;

/// The end of a harm verb and its length, before a figure of things that the conjunction
/// ending at `at` joins to the next figure: "killed [40 cattle] and …", "affecting [some 120
/// homes] and …".
fn harm_before_things(r: &Reader<'_>, at: usize) -> Option<(usize, usize)> {
    let and = at.checked_sub(1)?;
    if !r.tokens[and].means(Meaning::Conjunction) {
        return None;
    }
    let number = (and.saturating_sub(JOINED_THINGS_WORDS)..and).rev().find(|&j| r.tokens[j].pos == Upos::Num)?;
    let things = &r.tokens[number + 1..and];
    let nouns = !things.is_empty()
        && things.iter().all(|t| matches!(t.pos, Upos::Noun | Upos::Adj) || t.means(Meaning::Of))
        && things.iter().all(|t| r.doc.time_around(t.span).is_none());
    if !nouns || (number + 1..and).any(|j| r.at(j, Meaning::CasualtyWord) > 0) {
        return None;
    }
    // An approximation before the number: "some", "about", "environ".
    let mut end = number;
    if end > 0 && matches!(r.tokens[end - 1].pos, Upos::Det | Upos::Adv) {
        end -= 1;
    }
    let len = r.before(end, Meaning::CasualtyWord);
    let verb = len > 0 && r.tokens[end - 1].pos == Upos::Verb;
    verb.then_some((end, len))
}

/// The death a victim's main verb tells after a participle of harm and its complements
/// (times, places, its agent), from token `k` after the participle: "(wounded) on Monday in the
/// raid died", "(blessé) lundi lors du raid est décédé". None when the words there lead
/// elsewhere (a punctuation mark, another verb, a clause).
fn death_after_participle(r: &Reader<'_>, k: usize) -> Option<CasualtyKind> {
    let mut j = k;
    // "quatre blessés – parmi eux un policier – qui sont morts ensuite": an aside between dashes.
    let dash = |t: &Token| matches!(r.doc.lower(t.span), "–" | "—" | "-");
    if r.tokens.get(j).is_some_and(dash) {
        let closing = r.tokens[j + 1..].iter().take(MAX_MODIFIER_TOKENS).position(dash);
        j += closing? + 2;
    }
    let end = r.tokens.len().min(j + MAX_WOUND_QUALIFIER_TOKENS);
    let reflexives = lang::lexicon(r.doc.language).grammar.reflexives;
    let complement = |t: &Token| {
        matches!(t.pos, Upos::Adp | Upos::Det | Upos::Noun | Upos::Propn | Upos::Adj | Upos::Num | Upos::Adv)
    };
    // Past a bracket ("(sud)"), an aside set off by commas and one participle ("se trouvant
    // à Kapata"): "l'un des mineurs blessés à Kolwezi (sud) près du puits se trouvant à
    // Kapata, dans le Lualaba, est décédé".
    let mut participle = false;
    let closing = |j: usize, mark: &str| {
        r.tokens[j + 1..end].iter().position(|t| r.doc.lower(t.span) == mark).map(|p| j + 1 + p + 1)
    };
    while j < end {
        let t = &r.tokens[j];
        let harm = r.at(j, Meaning::CasualtyWord) > 0;
        if harm && !complement(t) {
            break;
        }
        if harm || t.means(Meaning::Conjunction) {
            return None;
        }
        let next = match r.doc.lower(t.span) {
            "(" => closing(j, ")"),
            "," if j > k => closing(j, ","),
            _ if complement(t) => Some(j + 1),
            _ if t.pos == Upos::Verb && !participle && j > k => {
                participle = true;
                Some(j + 1)
            }
            // "se rendant à Gao".
            w if reflexives.contains(&w) && !participle && r.tokens.get(j + 1).is_some_and(|n| n.pos == Upos::Verb) => {
                Some(j + 1)
            }
            _ => None,
        };
        match next {
            Some(n) => j = n,
            None => break,
        }
    }
    // "three injured people who later died", "deux blessés qui sont décédés".
    if r.tokens.get(j).is_some_and(|t| t.means(Meaning::RelativePronoun)) {
        j += 1;
    }
    // At least one word between: "injured died" is no sentence.
    if j == k {
        return None;
    }
    for _ in 0..2 {
        j += r.at(j, Meaning::Auxiliary);
        while r.tokens.get(j).is_some_and(|t| t.pos == Upos::Adv) {
            j += 1;
        }
    }
    let len = r.at(j, Meaning::CasualtyWord);
    let verb = len > 0 && matches!(r.tokens[j + len - 1].pos, Upos::Verb | Upos::Adj);
    // Not "(wounded in the raid) killed his attacker": a death done to someone else.
    let object = r.tokens.get(j + len).is_some_and(|t| {
        matches!(t.pos, Upos::Det | Upos::Noun | Upos::Propn | Upos::Num | Upos::Pron)
            && r.doc.time_around(t.span).is_none()
    });
    (verb && !object).then(|| r.kind(j, len)).flatten().filter(|&kind| family(kind) == CasualtyKind::Killed)
}

/// How many tokens what tells where and how a wounded victim was hurt may run to, before
/// the verb that says the victim died.
const MAX_WOUND_QUALIFIER_TOKENS: usize = 32;

/// Whether a mention is inside a phrase a preposition opens: "contre l'ONU", "an attack on
/// Russia's western Bryansk region".
fn after_preposition(r: &Reader<'_>, mention: Span) -> bool {
    let k = r.tokens.partition_point(|t| t.span.start < mention.start);
    let mut j = k;
    while j > 0
        && (matches!(r.tokens[j - 1].pos, Upos::Det | Upos::Adj | Upos::Propn | Upos::Part)
            || possessive_after(r.doc.text(), r.tokens[j - 1].span.end) && r.tokens[j - 1].pos == Upos::Punct)
    {
        j -= 1;
    }
    j > 0 && r.tokens[j - 1].pos == Upos::Adp
}

/// Whether a token is a dash that sets off an aside ("six people – two women and four men –
/// died").
fn is_aside_dash(doc: &Document<'_>, t: &Token) -> bool {
    matches!(doc.lower(t.span), "–" | "—" | "-") && !t.is_word()
}

/// Whether token `j` opens a bracket.
fn opens_aside(r: &Reader<'_>, j: usize) -> bool {
    r.tokens.get(j).is_some_and(|t| matches!(r.doc.lower(t.span), "(" | "["))
}

/// A figure a casualty may be counted from.
struct Figure {
    /// The count: the number, or the article.
    span: Span,
    /// What is reported as the figure's mention: the number, or the article and its noun.
    mention: Span,
    value: f64,
    approx: Option<crate::model::Approx>,
    unit: Option<&'static str>,
    /// An article before a noun no list holds: a casualty only beside a harm word.
    noun_only: bool,
    /// A definite article before a noun of one ("the attacker"): one, unless already counted.
    definite: bool,
    /// A pronoun for one ("killing him"): only a death or a wound counts it.
    pronoun: bool,
}

/// How many tokens before a figure a rate's word may stand ("en moyenne près de 2 000").
const RATE_WORDS_BEFORE: usize = 5;

/// How many tokens after a figure a rate's word may stand, within its clause.
const RATE_WORDS_AFTER: usize = 10;

/// Whether the figure from `first` to `end` (tokens) is a rate or an average: a rate's
/// phrase a few words before it or after it in its clause ("an average of 3,500 deaths",
/// "8 000 blessés chaque année", "six deaths a day.", "30 deaths per 100,000 people").
fn a_rate(r: &Reader<'_>, first: usize, end: usize) -> bool {
    let stop = |j: usize| matches!(r.doc.lower(r.tokens[j].span), "," | ";" | "." | ":");
    let clause_end = |j: usize| r.tokens.get(j).is_none_or(|t| t.pos == Upos::Cconj) || stop(j);
    let limit = r.tokens.len().min(end + RATE_WORDS_AFTER);
    let after_end =
        (end..limit).find(|&j| stop(j) || matches!(r.doc.lower(r.tokens[j].span), "(" | ")")).unwrap_or(limit);
    // Within the figure's clause: not "… each year, and 12 died on Monday".
    let from = (first.saturating_sub(RATE_WORDS_BEFORE)..first)
        .rev()
        .find(|&j| stop(j) || r.tokens[j].pos == Upos::Cconj)
        .map_or(first.saturating_sub(RATE_WORDS_BEFORE), |j| j + 1);
    let per = lang::lexicon(r.doc.language).casualties.per_number;
    let per_number = |j: usize| {
        j + 1 < after_end && per.contains(&r.doc.lower(r.tokens[j].span)) && r.tokens[j + 1].pos == Upos::Num
    };
    (from..after_end).any(|j| {
        r.at(j, Meaning::RateMarker) > 0
            || j >= end && per_number(j)
            || j >= end && {
                let len = r.at(j, Meaning::RateAtClauseEnd);
                len > 0 && clause_end(j + len)
            }
    })
}

/// Whether a sentence tells of what did not happen: a counterfactual word opening it ("Sans
/// l'intervention des secours, …", "Without the wall, …") or a condition anywhere in it ("si le
/// barrage avait cédé", "if the dam had burst"), and an auxiliary of the conditional past.
fn hypothetical(doc: &Document<'_>, tokens: &[Token], sentence: Span) -> bool {
    let lexicon = lang::lexicon(doc.language);
    let (openers, anywhere, sourcing) = lexicon.casualties.counterfactuals;
    let at_word = |s: &str, w: &str| s.starts_with(w) && s[w.len()..].starts_with(|c: char| !c.is_alphanumeric());
    // Whether one of `words` opens at a token of the sentence.
    let at_a_token = |words: &[&str], except: &[&str]| {
        tokens.iter().any(|t| {
            let rest = &doc.lower[t.span.start..sentence.end];
            words.iter().any(|w| at_word(rest, w)) && !except.iter().any(|w| at_word(rest, w))
        })
    };
    let lower = doc.lower(doc.without_dateline(sentence)).trim_start();
    let opens = openers.iter().any(|w| at_word(lower, w));
    (opens || at_a_token(anywhere, sourcing)) && at_a_token(lexicon.casualties.conditionals, &[])
}

/// Whether the harm word at `at` opens the verb of a relative clause: a relative pronoun right
/// before it, past auxiliaries ("who seized", "qui ont enlevé").
fn in_relative_clause(r: &Reader<'_>, at: usize) -> bool {
    let mut j = at;
    while j > 0 && r.tokens[j - 1].pos == Upos::Aux {
        j -= 1;
    }
    j > 0 && r.tokens[j - 1].means(Meaning::RelativePronoun)
}

/// Whether the word at `verb`, right before a figure, is a present participle that carries it
/// as its object ("carrying", "transportant"), harming no one by itself, and a verb with an
/// auxiliary follows the figure within a few words: the figure is what the participle's noun
/// held, and the harm after is told of someone named before.
fn carried_by_participle(r: &Reader<'_>, verb: usize, after: usize) -> bool {
    let lexicon = lang::lexicon(r.doc.language);
    let t = &r.tokens[verb];
    let participle = t.pos == Upos::Verb
        && lang::has_ending(r.doc.lower(t.span), lexicon.grammar.present_participle_endings, 2)
        && r.at(verb, Meaning::CasualtyWord) == 0
        && r.before(verb + 1, Meaning::CasualtyWord) == 0
        && r.before(verb + 1, Meaning::Inclusion) == 0
        && !t.means(Meaning::CountLead)
        && !lexicon.casualties.life_verbs.contains(&r.doc.lower(t.span))
        // "…, saying 40 people have died": what a verb of speech tells, not a load.
        && !t.means(Meaning::SpeechVerb)
        && !lexicon.speech.continuing_cues.contains(&r.doc.lower(t.span));
    participle
        && r.tokens[after.min(r.tokens.len())..]
            .iter()
            .take(CARRIED_AUXILIARY_WORDS)
            .take_while(|t| t.pos != Upos::Punct)
            .any(|t| t.pos == Upos::Aux)
}

/// The most words between a carried figure and the auxiliary of the verb after it.
const CARRIED_AUXILIARY_WORDS: usize = 5;

/// Whether the last actor named before the figure at `first` in its sentence is one of the
/// state's forces ("Security forces seized 12 militants"), with no armed group named between
/// ("Police said gunmen seized 12 passengers").
fn seized_by_the_state(r: &Reader<'_>, first: usize) -> bool {
    let lexicon = lang::lexicon(r.doc.language);
    let mut last = None;
    let mut j = 0;
    while j < first {
        match r.at(j, Meaning::ActorNoun) {
            0 => j += 1,
            len => {
                last = lang::value_in(lexicon.events.actor_nouns, &r.doc.lower, r.span(j, len));
                j += len;
            }
        }
    }
    last == Some(ActorKind::State)
}

/// Whether the words from `k` give an armed group that is not the state as the agent of a
/// passive ("by gunmen", "depuis mars par un groupe jihadiste"): a time may come first.
fn held_by_armed_group(r: &Reader<'_>, mut k: usize) -> bool {
    let lexicon = lang::lexicon(r.doc.language);
    let since = |t: &Token| lexicon.calendar.since_words.contains(&r.doc.lower(t.span));
    while r.tokens.get(k).is_some_and(|t| {
        r.doc.time_around(t.span).is_some() || t.means(Meaning::DatePreposition) || t.means(Meaning::Month) || since(t)
    }) {
        k += 1;
    }
    if !r.tokens.get(k).is_some_and(|t| t.means(Meaning::AgentMarker)) {
        return false;
    }
    (k + 1..(k + 5).min(r.tokens.len())).any(|j| match r.at(j, Meaning::ActorNoun) {
        0 => false,
        len => lang::value_in(lexicon.events.actor_nouns, &r.doc.lower, r.span(j, len)) == Some(ActorKind::NonState),
    })
}

/// Whether the words between a source and a place describe the source: a comma, then a noun
/// phrase with no verb or clause ("…, a déclaré X, le chef des secours du comté de Kilifi",
/// "…, said X, a spokesman at the office in Leeds"), not "…, police said, when gunmen…".
fn in_apposition(doc: &Document<'_>, between: Span) -> bool {
    let tokens = doc.tokens_in(between);
    let Some((comma, rest)) = tokens.split_first() else { return false };
    doc.lower(comma.span) == ","
        && rest.first().is_some_and(|t| matches!(t.pos, Upos::Det | Upos::Noun | Upos::Adj | Upos::Propn))
        && rest.iter().all(|t| !matches!(t.pos, Upos::Verb | Upos::Aux | Upos::Sconj | Upos::Punct))
}

/// Whether the words from token `k` take those just evacuated to a place of care ("évacuées
/// d'urgence au CHU de Yopougon", "evacuated to a nearby hospital"): a preposition, then
/// within a few words a place of care, before any punctuation or verb; not to "other
/// hospitals", where patients are moved.
fn taken_for_care(r: &Reader<'_>, k: usize) -> bool {
    let casualties = &lang::lexicon(r.doc.language).casualties;
    let words = r.tokens.get(k..).unwrap_or_default();
    let place = words
        .iter()
        .take(CARE_PLACE_WORDS)
        .take_while(|t| !matches!(t.pos, Upos::Punct | Upos::Verb | Upos::Aux))
        .position(|t| casualties.care_places.contains(&r.doc.lower(t.span)));
    let other = |p: usize| p > 0 && casualties.others.contains(&r.doc.lower(words[p - 1].span));
    r.tokens.get(k).is_some_and(|t| t.pos == Upos::Adp) && place.is_some_and(|p| !other(p))
}

/// The most words from a verb of evacuation to the place of care it names.
const CARE_PLACE_WORDS: usize = 6;

/// Whether a source is only a toll with no one named: "a new toll", "un bilan
/// provisoire" (not "an AFP tally", whose agency is an entity, nor "le bilan des services de
/// secours", which names who keeps it).
fn only_a_toll(doc: &Document<'_>, source: &Source) -> bool {
    let tokens = doc.tokens_in(source.span);
    let noun = tokens.iter().position(|t| t.pos == Upos::Noun);
    source.entity.is_none()
        && noun.is_some_and(|n| tokens[n].means(Meaning::TollNoun) && !tokens[n..].iter().any(|t| t.means(Meaning::Of)))
}

/// The most words between a noun of remains and the verb that finds them ("un corps sans vie
/// a été retrouvé").
const REMAINS_VERB_WORDS: usize = 6;

/// The most words of a list of those who speak after a figure ("two witnesses and a local
/// official said").
const SPEAKER_LIST_WORDS: usize = 6;

/// The most words of what a toll counts, between its noun and the "to" of its figure.
const TOLL_OF_WORDS: usize = 9;

/// "lifting the death toll of the ferry disaster to 31", "porté le bilan de l'accident à
/// 12": the toll's noun stands a few words before the "to" of the figure at `first`, with
/// only what it counts between (no verb, no punctuation).
fn toll_to_figure(r: &Reader<'_>, first: usize) -> bool {
    let Some(to) = to_before(r, first) else { return false };
    // "the toll rose from 18 to 25": the earlier figure and its "from" before "to".
    let from = to.checked_sub(2).filter(|&j| r.tokens[j + 1].pos == Upos::Num && r.tokens[j].means(Meaning::TollFrom));
    toll_before(r, from.unwrap_or(to))
}

/// Whether a toll's noun stands right before `end`, past the words that count it and a verb
/// of change ("the death toll of the floods rose", "le bilan est passé").
fn toll_before(r: &Reader<'_>, end: usize) -> bool {
    let reflexives = lang::lexicon(r.doc.language).grammar.reflexives;
    for j in (end.saturating_sub(TOLL_OF_WORDS + 1)..end).rev() {
        let t = &r.tokens[j];
        // "the number of people killed in the attack has risen to": a count of the harmed.
        let count_of_harmed = t.means(Meaning::CountNoun)
            && r.tokens.get(j + 1).is_some_and(|n| n.means(Meaning::Of))
            && (j + 2..end).any(|k| r.at(k, Meaning::CasualtyWord) > 0);
        if t.means(Meaning::TollNoun) || count_of_harmed {
            return true;
        }
        let change = matches!(t.pos, Upos::Verb | Upos::Aux) && (t.means(Meaning::Auxiliary) || changes(r, j));
        // "le bilan s'est alourdi": the reflexive too.
        let reflexive = t.pos == Upos::Pron && reflexives.contains(&r.doc.lower(t.span));
        // "the toll in the province's north": a possessive too.
        // "son bilan encore partiel de 40 morts": an adverb on an adjective too.
        // "the toll announced by the agency": a participle with its agent.
        let participle = t.pos == Upos::Verb && r.tokens.get(j + 1).is_some_and(|n| n.means(Meaning::AgentMarker));
        // "the number of people killed in…": the harm the toll counts.
        let harm = r.at(j, Meaning::CasualtyWord) > 0;
        let counted = t.means(Meaning::Of)
            || participle
            || harm
            || matches!(t.pos, Upos::Det | Upos::Adj | Upos::Noun | Upos::Propn | Upos::Adp | Upos::Part | Upos::Adv)
            || change
            || reflexive
            // "le bilan des heurts de dimanche à 9 personnes": a time, whatever its tag.
            || r.doc.time_around(t.span).is_some();
        if !counted {
            return false;
        }
    }
    false
}

/// The most tokens between a new toll and its earlier figure's "from" ("25 dead, up from").
const MAX_WORDS_AFTER_NEW_TOLL: usize = 5;

/// The toll a figure at `first` stood at before a new one told beside it, with where its
/// "from" is, the harm, and whether it comes after the new one, `previous`: "the toll rose
/// from 18 to 25" (the harm the toll or the new figure names, else the dead), "raised the
/// number of miners held to 31, from 27" (the harm of `previous`, the figure just before).
/// Not a toll of another year ("contre 18 l'an dernier") nor a count of something else
/// ("from 4 villages").
fn earlier_toll(
    r: &Reader<'_>,
    first: usize,
    after: usize,
    previous: Option<&Casualty>,
) -> Option<(usize, CasualtyKind, bool)> {
    let from = first.checked_sub(r.before(first, Meaning::TollFrom)).filter(|&from| from < first)?;
    let lexicon = lang::lexicon(r.doc.language);
    let new_after = r.tokens.get(after).is_some_and(|t| t.means(Meaning::TollTo))
        && r.tokens.get(after + 1).is_some_and(|t| t.pos == Upos::Num);
    let named_after = match r.at(after + 2, Meaning::CasualtyWord) {
        0 => None,
        len => r.kind(after + 2, len),
    };
    if new_after && toll_before(r, from) {
        return Some((from, named_after.or_else(|| toll_harm(r, from)).unwrap_or(CasualtyKind::Dead), false));
    }
    // "the number of people arrested rose from 18 to 25": a count of those a harm names.
    if new_after {
        if let Some(kind) = toll_harm(r, from).filter(|_| counted_change(r, from)) {
            return Some((from, kind, false));
        }
    }
    let marker = lang::phrase_key(r.doc.lower(r.span(from, first - from)));
    let another_year = r.tokens.get(after).and_then(|t| r.doc.time_around(t.span)).is_some_and(|t| t.value.len() == 4);
    if !lexicon.casualties.earlier_toll_markers.contains(&marker.as_str())
        || !counts_people_or_nothing(r, after)
        || another_year
    {
        return None;
    }
    // Right after the new figure: its harm word and a comma between at most ("à 25 morts, contre 18").
    let previous = previous.filter(|c| c.update)?;
    let end = previous.mentions.last()?.end;
    let new_end = r.tokens.partition_point(|t| t.span.start < end);
    let between = new_end..from;
    let beside = between.len() <= MAX_WORDS_AFTER_NEW_TOLL
        && between.clone().all(|j| {
            let t = &r.tokens[j];
            // "to 12 on Friday, from 8": the new figure's time too.
            t.pos == Upos::Punct && r.doc.lower(t.span) == ","
                || r.at(j, Meaning::CasualtyWord) > 0
                || r.doc.time_around(t.span).is_some()
                || t.pos == Upos::Adp && r.tokens.get(j + 1).is_some_and(|n| r.doc.time_around(n.span).is_some())
        });
    beside.then_some((from, previous.kind, true))
}

/// Whether a verb of change stands right before `end` ("rose", "est passé").
fn counted_change(r: &Reader<'_>, end: usize) -> bool {
    end.checked_sub(1).is_some_and(|j| changes(r, j))
}

/// Whether token `j` is a verb of change alone ("rose") or the participle of one written with
/// its auxiliary ("passé" of "est passé").
fn changes(r: &Reader<'_>, j: usize) -> bool {
    let word = r.doc.lower(r.tokens[j].span);
    lang::lexicon(r.doc.language).numbers.change_verbs.iter().any(|c| c.rsplit(' ').next() == Some(word))
}

/// The harm a toll's words name before `end`, back to the toll's noun ("the toll of injured
/// rose", "le bilan des blessés est passé").
fn toll_harm(r: &Reader<'_>, end: usize) -> Option<CasualtyKind> {
    let start = end.saturating_sub(TOLL_OF_WORDS + 4);
    let noun =
        (start..end).rev().find(|&j| r.tokens[j].means(Meaning::TollNoun) || r.tokens[j].means(Meaning::CountNoun))?;
    (noun + 1..end).find_map(|j| match r.at(j, Meaning::CasualtyWord) {
        0 => None,
        len => r.kind(j, len),
    })
}

/// The language's "to" of a toll's figure ("to 23", "à 23") just before the figure at `first`,
/// or before an adverb that qualifies it ("at only five", "à seulement cinq").
fn to_before(r: &Reader<'_>, first: usize) -> Option<usize> {
    // "the number of dead at a hospital": an article is no figure there.
    if r.tokens.get(first).is_some_and(|t| t.pos == Upos::Det) {
        return None;
    }
    let before = first.checked_sub(1)?;
    let to = if r.tokens[before].pos == Upos::Adv { before.checked_sub(1)? } else { before };
    if r.tokens[to].means(Meaning::TollTo) {
        return Some(to);
    }
    // "the number of dead reached 35", "le nombre de morts atteint 35": a verb of reaching
    // stands where "to" would.
    let len = r.before(to + 1, Meaning::TollUpdate);
    if len > 0 {
        return Some(to + 1 - len);
    }
    // "the number of dead is 60", "le bilan était de 62": a copula after the toll's noun.
    copula_before(r, to + 1).filter(|&at| toll_before(r, at) || counts_before(r, at))
}

/// Where a toll's copula ends right before `end` starts ("was", "est de").
fn copula_before(r: &Reader<'_>, end: usize) -> Option<usize> {
    let len = r.before(end, Meaning::TollCopula);
    (len > 0).then(|| end - len)
}

/// Whether a count of harmed people ends right before `end` ("the provisional number of dead",
/// "le nombre de morts").
fn counts_before(r: &Reader<'_>, end: usize) -> bool {
    (end.saturating_sub(TOLL_OF_WORDS)..end).rev().any(|j| {
        // "le nombre officiel de morts": an adjective may stand before "of".
        let of = (j + 1..end).find(|&k| r.tokens[k].pos != Upos::Adj);
        r.tokens[j].means(Meaning::CountNoun)
            && of.is_some_and(|of| {
                r.tokens[of].means(Meaning::Of) && (of + 1..end).any(|k| r.at(k, Meaning::CasualtyWord) > 0)
            })
    })
}

/// Whether the words after a figure leave it a count of people: no noun, or a noun of victims
/// or harm ("à 14", "to 31 dead"; not "à 12 victoires", "à 12 millions d'euros").
fn counts_people_or_nothing(r: &Reader<'_>, after: usize) -> bool {
    let after = if r.tokens.get(after).is_some_and(|t| t.means(Meaning::Of)) { after + 1 } else { after };
    r.tokens.get(after).is_none_or(|t| {
        !matches!(t.pos, Upos::Noun | Upos::Propn)
            || r.doc.time_around(t.span).is_some()
            || r.at(after, Meaning::VictimNoun) > 0
            || r.at(after, Meaning::CasualtyWord) > 0
    })
}

/// A count of victims and their harm word around a figure given by the language's "to": before
/// it ("brought the number of people killed to 23") or after it ("porte à 23 le nombre
/// d'habitants tués"). Gives the kind of harm and the victims' words, if any stand between.
fn counted_harm(r: &Reader<'_>, first: usize, after: usize) -> Option<(CasualtyKind, Option<String>)> {
    let to = to_before(r, first)?;
    // The count's noun and "of", then the victims (three words at most) and the harm word.
    let read = |noun: usize, limit: usize| {
        // "le nombre officiel de morts": adjectives before "of".
        let adjectives = r.tokens[(noun + 1).min(r.tokens.len())..].iter().take_while(|t| t.pos == Upos::Adj).count();
        let of = noun + 1 + adjectives;
        let counts = r.tokens.get(noun)?.means(Meaning::CountNoun) && r.tokens.get(of)?.means(Meaning::Of);
        let from = of + 1;
        (from..limit.min(from + 4)).filter(|_| counts).find_map(|j| {
            let len = r.at(j, Meaning::CasualtyWord);
            if len == 0 {
                return None;
            }
            // "le nombre de prisonniers tués": a harm noun, then the harm that befell them.
            let (j, len) = match r.at(j + len, Meaning::CasualtyWord) {
                0 => (j, len),
                next => (j + len, next),
            };
            let kind = r.kind(j, len)?;
            // Not a word that only qualifies the count: "the number of confirmed deaths",
            // "known dead".
            let victims = (j > from && r.tokens[from..j].iter().any(|t| matches!(t.pos, Upos::Noun | Upos::Propn)))
                .then(|| r.doc.lower(r.span(from, j - from)).to_string());
            Some((kind, victims))
        })
    };
    let determiner = usize::from(r.tokens.get(after).is_some_and(|t| t.pos == Upos::Det));
    (to.saturating_sub(8)..to).find_map(|noun| read(noun, to)).or_else(|| read(after + determiner, r.tokens.len()))
}

/// Tokens of "of" and a determiner or possessive before a group's noun ("one of the guards",
/// "deux de ses fils"), starting at `j`: 0 when none follows. `listed` accepts a noun the
/// tagger may not read as one.
fn of_a_group(tokens: &[Token], j: usize, listed: impl Fn(usize) -> bool) -> usize {
    if !tokens.get(j).is_some_and(|t| t.means(Meaning::Of)) {
        return 0;
    }
    let mut det = usize::from(tokens.get(j + 1).is_some_and(|t| matches!(t.pos, Upos::Det | Upos::Pron)));
    // The group's size: "four of the 12,000 gendarmes", "quatre des 12 000 gendarmes" (a
    // separator between digits may be a token of its own).
    let number = |k: usize| tokens.get(k).is_some_and(|t| t.pos == Upos::Num);
    let separator = |k: usize| tokens.get(k).is_some_and(|t| t.span.len() == 1 && t.pos == Upos::Punct);
    while number(j + 1 + det) || det > 0 && separator(j + 1 + det) && number(j + det) && number(j + 2 + det) {
        det += 1;
    }
    // An adjective or a participle before the noun: "twelve of the escaped prisoners".
    let qualified = tokens.get(j + 1 + det).is_some_and(|t| matches!(t.pos, Upos::Adj | Upos::Verb))
        && tokens.get(j + 2 + det).is_some_and(|t| t.pos == Upos::Noun);
    let noun = j + 1 + det + usize::from(qualified);
    if tokens.get(noun).is_some_and(|t| t.pos == Upos::Noun) || listed(noun) {
        1 + det + usize::from(qualified)
    } else {
        0
    }
}

/// Whether the harm word at `k`, one that tells the harm only as an object, is instead the
/// subject of the verb at `verb` that says they lived: freed ("les victimes ont été
/// relâchées"), or doing something while another harm befell them ("les trois victimes
/// faisaient une randonnée quand elles ont été enlevées"). Not a verb that tells of the dead
/// ("les victimes seront inhumées"), nor a bare participle that qualifies them ("deux victimes
/// identifiées").
fn subject_of_no_harm(r: &Reader<'_>, k: usize, verb: usize) -> bool {
    let lexicon = lang::lexicon(r.doc.language);
    let word = |j: usize| r.doc.lower(r.tokens[j].span);
    let Some(v) = r.tokens.get(verb) else {
        return false;
    };
    // Most harm words tell the harm wherever they stand: the sentence is read only for these.
    if !lexicon.casualties.harm_only_as_object.contains(&word(k)) {
        return false;
    }
    let bare_participle =
        verb == k + 1 && lexicon.grammar.past_participle_endings.iter().any(|e| word(verb).ends_with(e));
    let freed = lexicon.casualties.release_words.contains(&word(verb));
    let other_harm = (verb + 1..r.tokens.len()).any(|j| match r.at(j, Meaning::CasualtyWord) {
        0 => false,
        len => !matches!(r.kind(j, len), Some(CasualtyKind::Dead | CasualtyKind::Killed) | None),
    });
    matches!(v.pos, Upos::Verb | Upos::Aux) && !bare_participle && (freed || other_harm)
}

/// The harm a noun of victims at `k` names after "of", past a determiner and adjectives,
/// when it is one the living suffer ("victimes d'un enlèvement sur la route": kidnapped): where
/// its noun is, and its kind.
fn harm_of_victims(r: &Reader<'_>, k: usize) -> Option<(usize, CasualtyKind)> {
    if !r.tokens.get(k + 1)?.means(Meaning::Of) {
        return None;
    }
    let j = (k + 2..r.tokens.len().min(k + 2 + MAX_WORDS_BEFORE_HARM_NOUN))
        .find(|&j| !matches!(r.tokens[j].pos, Upos::Det | Upos::Adj))?;
    harm_suffered(r, j).map(|kind| (j, kind))
}

/// The kind of harm the living suffer that the word at `j` names ("enlèvement": kidnapped).
fn harm_suffered(r: &Reader<'_>, j: usize) -> Option<CasualtyKind> {
    let word = r.doc.lower(r.tokens[j].span);
    let suffered = lang::lexicon(r.doc.language).casualties.harms_suffered;
    suffered.iter().find(|(w, _)| *w == word).map(|&(_, kind)| kind)
}

/// The most words (a determiner and adjectives) between "of" and the harm a victim suffered.
const MAX_WORDS_BEFORE_HARM_NOUN: usize = 3;

/// Whether a word names a person by their age ("a 10-year-old"), and so may stand for the
/// person ("the 42-year-old").
pub(crate) fn names_an_age(doc: &Document<'_>, word: &Token) -> bool {
    let lower = doc.lower(word.span);
    lang::lexicon(doc.language).casualties.age_endings.iter().any(|e| lower.len() > e.len() && lower.ends_with(e))
}

impl Figure {
    /// One, counted by a word with no noun of its own ("another", "l'un des…").
    fn one(span: Span) -> Figure {
        Figure {
            span,
            mention: span,
            value: 1.0,
            approx: None,
            unit: None,
            noun_only: false,
            definite: false,
            pronoun: false,
        }
    }
}

/// Whether digits right after a name are part of it, a model's number ("le minibus
/// Toyota 308", "a Boeing 737"), not a count: no date's month, no punctuation between.
fn names_a_model(doc: &Document<'_>, figure: Span) -> bool {
    let k = doc.token_from(figure.start);
    let digits = figure.of(doc.text()).bytes().all(|b| b.is_ascii_digit());
    k > 0 && digits && {
        let name = &doc.tokens[k - 1];
        name.pos == Upos::Propn
            && name.shape.is(Shape::CAPITALISED)
            && doc.text().get(name.span.end..figure.start) == Some(" ")
            && !name.means(Meaning::Month)
            && !name.means(Meaning::Weekday)
            && doc.time_around(figure).is_none()
    }
}

/// The article's figures, and "a"/"un" before a noun, which counts one ("A soldier was
/// killed", "Un automobiliste est mort"), in text order.
fn figures(doc: &Document<'_>, vocabulary: &Vocabulary) -> Vec<Figure> {
    let lexicon = lang::lexicon(doc.language);
    let articles = lexicon.grammar.indefinite_articles;
    let mut out: Vec<Figure> = doc
        .quantities
        .iter()
        .filter(|q| !names_a_model(doc, q.span))
        .map(|q| Figure {
            span: q.span,
            mention: q.span,
            value: q.value,
            approx: q.approx,
            unit: q.unit,
            noun_only: false,
            definite: false,
            pronoun: false,
        })
        .collect();
    for sentence in &doc.sentences {
        let tokens = doc.tokens_of(sentence);
        // Where the complement of a definite noun of one counted below ends.
        let mut complement_end = 0;
        for (k, t) in tokens.iter().enumerate() {
            if k < complement_end {
                continue;
            }
            // "wounding another", "and another was hurt": one more, with no noun.
            let lower = doc.lower(t.span);
            if t.is_word() && lexicon.casualties.one_more.contains(&lower) {
                // Nor "killed another eight": the number after it counts them.
                let noun = tokens
                    .get(k + 1)
                    .is_some_and(|n| matches!(n.pos, Upos::Noun | Upos::Propn | Upos::Adj | Upos::Num));
                if !noun {
                    out.push(Figure::one(t.span));
                }
            }
            // "killing him", « le tuant », « l'a blessée »: a pronoun for one, object of a harm;
            // not in a relative clause, which tells of someone counted before ("the men who
            // killed him").
            let relative = tokens[k.saturating_sub(3)..k].iter().any(|p| p.means(Meaning::RelativePronoun));
            if t.pos == Upos::Pron && lexicon.grammar.object_pronouns.contains(&lower) && !relative {
                let r = Reader { doc, tokens, vocabulary };
                let harm_before = r.before(k, Meaning::CasualtyWord) > 0
                    && tokens
                        .get(k + 1)
                        .is_none_or(|n| !matches!(n.pos, Upos::Noun | Upos::Propn | Upos::Adj | Upos::Num));
                let verb_after = k + 1 + r.at(k + 1, Meaning::Auxiliary);
                let harm_after = r.at(verb_after, Meaning::CasualtyWord) > 0
                    && tokens.get(verb_after).is_some_and(|v| v.pos == Upos::Verb);
                if harm_before || harm_after {
                    out.push(Figure { pronoun: true, ..Figure::one(t.span) });
                    continue;
                }
            }
            // "…, deux à Tiznit et une à Taroudant": an article alone in a list, before where
            // its one was counted, is a number too.
            let listed_one = t.is_word()
                && articles.contains(&lower)
                && k > 0
                && (tokens[k - 1].means(Meaning::Conjunction) || doc.lower(tokens[k - 1].span) == ",")
                && tokens.get(k + 1).is_some_and(|n| n.pos == Upos::Adp && !n.means(Meaning::Of))
                // Not "un à un", "une par une".
                && tokens.get(k + 2).is_some_and(|n| !articles.contains(&doc.lower(n.span)) && n.pos != Upos::Num);
            if listed_one {
                out.push(Figure::one(t.span));
            }
            // An article that opens a number ("une trentaine de personnes") counts nothing itself.
            let counted = || {
                let at = doc.quantities.partition_point(|q| q.span.end <= t.span.start);
                doc.quantities.get(at).is_some_and(|q| q.span.overlaps(t.span))
            };
            // "l'un des gardiens", "une de ses filles": one of a group, counted as a number is.
            // Read once: not again as an article before its noun.
            if t.is_word() && articles.contains(&lower) && of_a_group(tokens, k + 1, |_| false) > 0 && !counted() {
                out.push(Figure::one(t.span));
                continue;
            }
            // "another man": one more, as an article counts one.
            if t.is_word() && (articles.contains(&lower) || lexicon.casualties.one_more.contains(&lower)) && !counted()
            {
                let listed = vocabulary.match_at(tokens, &doc.lower, k + 1, Meaning::VictimNoun);
                // "a motorist", "a local official", "a 71-year-old man": one adjective or
                // hyphenated compound may come first.
                // A participle too, before a noun ("a suspected thief").
                // "a Nigerien soldier", "including a Canadian": a people's name, whatever the
                // tagger read.
                let people = |n: &Token| {
                    n.shape.is(Shape::CAPITALISED)
                        && doc
                            .mentions_in(n.span)
                            .any(|(m, e)| m == n.span && doc.entity(e).entity_type == EntityType::Norp)
                };
                let adjective = usize::from(tokens.get(k + 1).is_some_and(|n| {
                    n.pos == Upos::Adj
                        || people(n) && vocabulary.match_at(tokens, &doc.lower, k + 2, Meaning::VictimNoun) > 0
                        || n.shape.is(Shape::HYPHENATED)
                        || n.pos == Upos::Verb && tokens.get(k + 2).is_some_and(|m| m.pos == Upos::Noun)
                }));
                // A crowd is not one victim ("une foule a battu à mort deux hommes").
                let other = tokens.get(k + 1 + adjective).is_some_and(|n| {
                    n.pos == Upos::Noun
                        && doc.time_around(n.span).is_none()
                        && vocabulary.match_at(tokens, &doc.lower, k + 1 + adjective, Meaning::CasualtyWord) == 0
                        && !lexicon.events.mob_nouns.contains(&doc.lower(n.span))
                        // "in another attack", "dans un autre incident": an event, no one.
                        && vocabulary.match_at(tokens, &doc.lower, k + 1 + adjective, Meaning::EventTrigger) == 0
                        && vocabulary.match_at(tokens, &doc.lower, k + 1 + adjective, Meaning::ThingNoun) == 0
                        // "a family was abducted" counts no one; "a family member" one.
                        && !(lexicon.casualties.collective_nouns.contains(&doc.lower(n.span))
                            && tokens.get(k + 2 + adjective).is_none_or(|m| m.pos != Upos::Noun))
                });
                // "including a 10-year-old": an age alone names a person.
                let age = adjective == 1 && !other && tokens.get(k + 1).is_some_and(|n| names_an_age(doc, n));
                // "dont un Péruvien", "including a Canadian": a nationality alone names one of them.
                let nationality = !other
                    && tokens.get(k + 1).is_some_and(people)
                    && tokens.get(k + 2).is_none_or(|n| {
                        !matches!(n.pos, Upos::Noun | Upos::Propn) || doc.time_around(n.span).is_some()
                    });
                // "a border police officer", "a young police officer": nouns before a victim's
                // noun that ends their run.
                let from = k + 1 + adjective;
                let run = tokens[from.min(tokens.len())..]
                    .iter()
                    .take(3)
                    .take_while(|n| n.pos == Upos::Noun && doc.time_around(n.span).is_none())
                    .count();
                let compound = (listed == 0 && run > 1)
                    .then(|| {
                        (from + 1..from + run).find(|&j| {
                            vocabulary.match_at(tokens, &doc.lower, j, Meaning::VictimNoun) == from + run - j
                        })
                    })
                    .flatten()
                    .map(|_| from + run - k - 1);
                let listed = compound.unwrap_or(listed);
                // "a fait un mort", "un blessé grave": a noun of the dead, the wounded or the
                // missing right after the article is the one counted, as after a number ("deux
                // morts"); not a noun of an act ("un arrêté" is a decree).
                let harm_noun = listed == 0
                    && !age
                    && tokens.get(k + 1).is_some_and(|n| {
                        // "a toll" counts no one; "a body" only found ("was recovered").
                        let remains = lexicon.casualties.remains_nouns.contains(&doc.lower(n.span));
                        let found_after = tokens[(k + 2).min(tokens.len())..]
                            .iter()
                            .take(REMAINS_VERB_WORDS)
                            .find(|v| !matches!(v.pos, Upos::Aux | Upos::Adv | Upos::Adj | Upos::Adp | Upos::Noun))
                            .is_some_and(|v| v.pos == Upos::Verb);
                        n.pos == Upos::Noun
                            && !n.means(Meaning::TollNoun)
                            && (!remains || found_after)
                            && matches!(
                                lang::value_in(lexicon.casualties.casualty_words, &doc.lower, n.span),
                                Some(CasualtyKind::Dead | CasualtyKind::Killed | CasualtyKind::Wounded | CasualtyKind::Missing)
                            )
                    })
                    && vocabulary.match_at(tokens, &doc.lower, k + 1, Meaning::CasualtyWord) == 1
                    // Not the first noun of a compound ("a death toll").
                    && tokens.get(k + 2).is_none_or(|n| !matches!(n.pos, Upos::Noun | Upos::Propn));
                if harm_noun {
                    out.push(Figure::one(t.span));
                    continue;
                }
                let noun =
                    if listed > 0 || age || nationality { listed.max(1) } else { usize::from(other) * (1 + adjective) };
                if noun > 0 {
                    let mention = Span::new(t.span.start, tokens[k + noun].span.end);
                    let noun_only = (listed == 0 || compound.is_some()) && !age;
                    let figure = Figure {
                        span: t.span,
                        mention,
                        value: 1.0,
                        approx: None,
                        unit: None,
                        noun_only,
                        definite: false,
                        pronoun: false,
                    };
                    out.push(figure);
                }
            }
            // "The attacker was shot dead", "Le conducteur a été tué": a definite noun of one
            // opening a clause, before an auxiliary, counts one where a harm word reads it.
            // After a comma, a conjunction or a verb of speech ("said the gunman was shot dead").
            let opens_clause = k == 0
                || matches!(tokens[k - 1].pos, Upos::Punct | Upos::Cconj | Upos::Sconj)
                || tokens[k - 1].means(Meaning::SpeechVerb);
            // "leaving 14 dead, including the imam", "dont le chauffeur": one of those
            // just counted, named with nothing after it.
            let definite = t.is_word() && lexicon.grammar.definite_singulars.contains(&lower);
            let after_inclusion = definite && vocabulary.match_before(tokens, &doc.lower, k, Meaning::Inclusion) > 0;
            if definite && (opens_clause || after_inclusion) {
                let adjective = usize::from(
                    tokens.get(k + 1).is_some_and(|n| n.pos == Upos::Adj)
                        && tokens.get(k + 2).is_some_and(|n| n.pos == Upos::Noun),
                );
                let head = k + 1 + adjective;
                // A person: a victim's noun or a role ("the attacker", "le gendarme", "the minister").
                let person = vocabulary.match_at(tokens, &doc.lower, head, Meaning::VictimNoun) == 1
                    || tokens.get(head).is_some_and(|n| n.means(Meaning::RoleNoun) || n.means(Meaning::Title));
                let singular = person
                    && tokens.get(head).is_some_and(|n| {
                        let noun = doc.lower(n.span);
                        matches!(n.pos, Upos::Noun | Upos::Adj)
                            && !lexicon.grammar.plural_endings.iter().any(|e| noun.ends_with(e))
                            && !lexicon.grammar.unmarked_plurals.contains(&noun)
                            && vocabulary.match_at(tokens, &doc.lower, head, Meaning::CasualtyWord) == 0
                    });
                // "The driver of the bus was killed", "le conducteur du camion est décédé": a
                // complement of the noun may come before the auxiliary.
                let mut verb = head + 1;
                // "Le ravisseur présumé a été arrêté": an adjective after the noun.
                if tokens.get(verb).is_some_and(|t| t.pos == Upos::Adj)
                    && vocabulary.match_at(tokens, &doc.lower, verb + 1, Meaning::Auxiliary) > 0
                {
                    verb += 1;
                }
                if tokens.get(verb).is_some_and(|t| t.means(Meaning::Of) || t.pos == Upos::Adp) {
                    let run = complement_words(tokens, verb + 1);
                    if run > 0 {
                        verb += 1 + run;
                    }
                }
                // "The gunman also died", "le conducteur est mort": or a harm verb itself,
                // after adverbs.
                let adverbs = tokens[verb.min(tokens.len())..].iter().take_while(|t| t.pos == Upos::Adv).count();
                // With no object: "the gunman then killed his wife" is no victim.
                let harm_len = vocabulary.match_at(tokens, &doc.lower, verb + adverbs, Meaning::CasualtyWord);
                let harm_verb = tokens.get(verb + adverbs).is_some_and(|t| t.pos == Upos::Verb)
                    && harm_len > 0
                    && tokens.get(verb + adverbs + harm_len).is_some_and(|t| {
                        !matches!(t.pos, Upos::Det | Upos::Pron | Upos::Noun | Upos::Propn | Upos::Num)
                            && !t.means(Meaning::Possessive)
                    });
                let named_alone = after_inclusion && tokens.get(head + 1).is_none_or(|n| n.pos == Upos::Punct);
                if singular
                    && (named_alone
                        || vocabulary.match_at(tokens, &doc.lower, verb, Meaning::Auxiliary) > 0
                        || harm_verb)
                {
                    // "la femme d'un policier a été blessée": one, not the one in the complement.
                    complement_end = verb;
                    let mention = Span::new(t.span.start, tokens[head].span.end);
                    out.push(Figure {
                        span: t.span,
                        mention,
                        value: 1.0,
                        approx: None,
                        unit: None,
                        noun_only: true,
                        definite: true,
                        pronoun: false,
                    });
                }
            }
        }
    }
    sort::sort_by_key(&mut out, |f| f.span.start);
    out
}

/// Marks the figures told of an earlier incident than the report's: "In March 2024, a fire
/// at a nearby depot killed 14 people", "En 2019, un incendie avait fait 14 morts".
fn mark_earlier(doc: &Document<'_>, figures: &mut [Casualty]) {
    let first_mention = |c: &Casualty| c.mentions.first().map_or(usize::MAX, |m| m.start);
    let facts = figures.iter().map(|c| (first_mention(c), c.date.as_ref()));
    let Some(incident) = when::Incident::read(doc, facts, when::EARLIER_FIGURE_DAYS) else { return };
    for c in figures.iter_mut() {
        c.earlier = incident.is_earlier(doc, first_mention(c), c.date.as_ref())
            || incident.counts_from_long_ago(doc, first_mention(c));
    }
}

/// One item per figure: same kind of harm, same count. Those hit, the outcome untold
/// (`outcome_untold`, one flag per figure), are the dead of the same count when the report gives one.
fn merge(doc: &Document<'_>, found: Vec<Casualty>, outcome_untold: &[bool]) -> Vec<Casualty> {
    let mut out: Vec<Casualty> = Vec::new();
    // Where every figure is told, in text order ("Une personne" is one, though no quantity).
    let mut told: Vec<usize> = found.iter().flat_map(|c| c.mentions.iter().map(|m| m.start)).collect();
    sort::sort(&mut told);
    // Items by kind and value: only those can be the same figure.
    let mut index: FxHashMap<(CasualtyKind, u64), Vec<usize>> = FxHashMap::default();
    // Whether each item is of people hit, the outcome untold.
    let mut hit: Vec<bool> = Vec::new();
    // The items first told in the headline or standfirst.
    let mut summary: Vec<usize> = Vec::new();
    // The kinds of the figures the body has told so far.
    let mut body_kinds: Vec<CasualtyKind> = Vec::new();
    // The kind of the body's figure told last.
    let mut last_kind: Option<CasualtyKind> = None;
    let plurals = lang::lexicon(doc.language).grammar.plural_endings;
    // A headline or standfirst names the town where the body names the district: its place
    // does not tell two figures apart.
    let told_in_summary =
        |m: &Span| doc.sentence_at(m.start).is_some_and(|s| matches!(s.zone, Zone::Headline | Zone::Standfirst));
    let in_summary = |c: &Casualty| c.mentions.first().is_some_and(told_in_summary);
    // A summary's figure the body has not told again yet.
    let only_in_summary = |c: &Casualty| c.mentions.iter().all(told_in_summary);
    for (c, &untold) in found.into_iter().zip(outcome_untold) {
        // The same figure, said again with or without "at least", or restated as a toll, is one
        // item; the same value in two places or from two named sources is two.
        let key = (family(c.kind), c.count.value.to_bits());
        // The latest few only: work stays linear on a page of identical figures.
        // Two figures of one sentence are two ("dont un Canadien, deux à Azrou et une à Ifrane").
        let sentence_of = |m: Option<&Span>| m.and_then(|m| doc.sentence_at(m.start)).map(|s| s.span);
        let here = sentence_of(c.mentions.first());
        // "Eight guards were killed. Five other guards were wounded": "other" sets the wounded
        // apart from the dead just told, not from the headline's "wound 5".
        let contrasted = last_kind.is_some_and(|k| family(k) != key.0);
        // Figures come in text order: the last mention is the one that may share the sentence.
        let one_sentence = |o: &Casualty| here.is_some() && sentence_of(o.mentions.last()) == here;
        let same_in = |key: (CasualtyKind, u64), hit_only: bool| {
            index.get(&key)?.iter().rev().take(MAX_SAME_VALUE).copied().find(|&i| {
                family(out[i].kind) == key.0
                    && (!hit_only || hit[i])
                    && !one_sentence(&out[i])
                    && (in_summary(&out[i]) || !places_differ(doc, &out[i], &c))
                    && !sources_differ(&out[i], &c)
                    && !groups_differ(doc, &told, &out[i], &c, contrasted && only_in_summary(&out[i]))
            })
        };
        // Those hit, the outcome untold, and the dead of the same count, in either order.
        let dead = (CasualtyKind::Killed, key.1);
        let wounded = (CasualtyKind::Wounded, key.1);
        // Only of the same people: "shot two protesters … two police officers were killed" are two.
        let same_people = |i: usize| match (victims_head(&out[i]), victims_head(&c)) {
            (Some(a), Some(b)) => singular(a, plurals) == singular(b, plurals),
            _ => true,
        };
        // "Over 60 miners killed" over "at least 63 miners dead": the headline rounds the
        // body's figure, which is the one item.
        // Only the body's first figure of that kind: a round-up headline ("More than 20 killed
        // in attacks across the north") sums several.
        let summary_figure = in_summary(&c);
        let first_of_kind = !body_kinds.contains(&key.0);
        let rounded = || {
            (!summary_figure && first_of_kind)
                .then(|| {
                    summary.iter().copied().find(|&i| {
                        let o = &out[i];
                        family(o.kind) == key.0
                            && rounds(&o.count, &c.count)
                            && same_people(i)
                            && !sources_differ(o, &c)
                            && !groups_differ(doc, &told, o, &c, contrasted && only_in_summary(o))
                    })
                })
                .flatten()
        };
        let same = same_in(key, false)
            .or_else(|| untold.then(|| same_in(dead, false).filter(|&i| same_people(i))).flatten())
            .or_else(|| {
                (key.0 == CasualtyKind::Killed).then(|| same_in(wounded, true).filter(|&i| same_people(i))).flatten()
            })
            .or_else(rounded);
        if !summary_figure && first_of_kind {
            body_kinds.push(key.0);
        }
        if !summary_figure {
            last_kind = Some(key.0);
        }
        let Some(i) = same else {
            index.entry(key).or_default().push(out.len());
            if summary_figure && summary.len() < MAX_SUMMARY_FIGURES {
                summary.push(out.len());
            }
            out.push(c);
            hit.push(untold);
            continue;
        };
        // The body's exact figure, and its place, replace the summary's rounding of them.
        if rounds(&out[i].count, &c.count) && family(out[i].kind) == key.0 {
            out[i].count = c.count;
            out[i].location = c.location.or(out[i].location);
            summary.retain(|&j| j != i);
            index.entry(key).or_default().push(i);
        }
        if hit[i] && key.0 == CasualtyKind::Killed {
            hit[i] = false;
            out[i].kind = c.kind;
            index.entry(key).or_default().push(i);
        }
        let o = &mut out[i];
        o.mentions.extend(c.mentions);
        for s in c.sources {
            let dup = o.sources.iter().any(|x| same_source(doc.text(), x, &s));
            if !dup {
                o.sources.push(s);
            }
        }
        o.count.approx = o.count.approx.or(c.count.approx);
        o.victims = o.victims.take().or(c.victims);
        o.perpetrator = o.perpetrator.or(c.perpetrator);
        o.cause = o.cause.take().or(c.cause);
        o.location = o.location.or(c.location);
        o.date = o.date.take().or(c.date);
    }
    out
}

/// Whether two figures are placed in two different places ("In Kharkiv, three… In Odesa, three…").
/// A country and a place not known to be in another country are one: the lead's toll for the
/// country, restated for the province most struck.
fn places_differ(doc: &Document<'_>, a: &Casualty, b: &Casualty) -> bool {
    let (Some(x), Some(y)) = (a.location.and_then(|l| l.entity), b.location.and_then(|l| l.entity)) else {
        return false;
    };
    // A country, or an area named by its part of a country ("northern Mali", "l'Est du
    // Congo"), holds the towns of that country and those the gazetteer does not place.
    let inside = |outer: EntityId, inner: EntityId| match doc.entity(outer).kind {
        Some(Kind::Country(c)) => country_code(doc, inner).is_none_or(|i| i == c),
        None => country_code(doc, outer).is_some_and(|c| country_code(doc, inner).is_none_or(|i| i == c)),
        _ => false,
    };
    x != y && !inside(x, y) && !inside(y, x)
}

/// Whether a figure is told in a sentence about another thing of the kind the report is about:
/// its subject is "another" and a noun that counts no one ("Another boat capsized off the
/// north coast, killing 14", "Une autre attaque a fait 14 morts"), so its figure is that
/// incident's, whatever the figures before it.
fn of_another_incident(doc: &Document<'_>, c: &Casualty) -> bool {
    let lexicon = lang::lexicon(doc.language);
    let Some(sentence) = c.mentions.first().and_then(|m| doc.sentence_at(m.start)) else { return false };
    let tokens = doc.tokens_in(doc.without_dateline(sentence.span));
    let start = usize::from(tokens.first().is_some_and(|t| t.pos == Upos::Det));
    let [other, noun, ..] = tokens.get(start..).unwrap_or_default() else { return false };
    lexicon.casualties.others.contains(&doc.lower(other.span))
        && noun.pos == Upos::Noun
        && !noun.means(Meaning::VictimNoun)
        && !noun.means(Meaning::CasualtyWord)
}

/// Whether two figures count two groups: different victims in one sentence ("one soldier and
/// a militiaman wounded"), which says a figure once, or two different persons ("the driver"…
/// "the attacker").
/// `told` are where the text's figures start, in order.
///
/// `contrasted`: `a` is a headline's figure the body has not told yet, and the body's figure
/// told just before `b` is of another kind, so that "other" in `b` sets its people apart from
/// those, not from `a`'s.
fn groups_differ(doc: &Document<'_>, told: &[usize], a: &Casualty, b: &Casualty, contrasted: bool) -> bool {
    // "the body of another man", "un autre manifestant": one more, after the one counted;
    // "eight more died", "huit autres personnes": as many more.
    let others = lang::lexicon(doc.language).casualties.others;
    let another = b.count.value == 1.0
        && b.mentions.iter().all(|m| doc.tokens_in(*m).iter().skip(1).any(|t| others.contains(&doc.lower(t.span))));
    // Not "killing 22 and wounding 300 more": more than a figure before it in its sentence.
    let more = |c: &Casualty| {
        c.mentions.iter().all(|m| {
            let after = doc.token_from(m.end);
            let first_figure = doc.sentence_at(m.start).is_some_and(|s| {
                let from = doc.quantities.partition_point(|q| q.span.start < s.span.start);
                let figure = told.partition_point(|&t| t < s.span.start);
                doc.quantities.get(from).is_none_or(|q| q.span.start >= m.start)
                    && told.get(figure).is_none_or(|&t| t >= m.start)
            });
            first_figure && doc.tokens.get(after).is_some_and(|t| others.contains(&doc.lower(t.span)))
        })
    };
    // "Another 14 died later": as many more, told by the word before the figure.
    let one_more = lang::lexicon(doc.language).casualties.one_more;
    let another_before = |c: &Casualty| {
        c.mentions.iter().all(|m| {
            let at = doc.token_from(m.start);
            at > 0 && one_more.contains(&doc.lower(doc.tokens[at - 1].span))
        })
    };
    if another || more(b) && !more(a) && !contrasted || another_before(b) || of_another_incident(doc, b) {
        return true;
    }
    let sentence = |c: &Casualty| c.mentions.last().and_then(|m| doc.sentence_at(m.start)).map(|s| s.span);
    let one_sentence = sentence(a).is_some() && sentence(a) == sentence(b);
    // One named by a definite noun ("the attacker") is a person of its own; "one civilian"
    // and "one man" may be the same.
    let definite = |c: &Casualty| {
        let articles = lang::lexicon(doc.language).grammar.definite_singulars;
        c.mentions.iter().any(|m| doc.tokens_in(*m).first().is_some_and(|t| articles.contains(&doc.lower(t.span))))
    };
    // "A man was found dead… A woman died overnight": a man and a woman are two persons.
    let (men, women) = lang::lexicon(doc.language).casualties.sexed_nouns;
    let sex = |c: &Casualty| {
        let noun = c.victims.as_deref()?;
        let last = noun.split_whitespace().last()?;
        [men, women].iter().position(|nouns| nouns.contains(&noun) || nouns.contains(&last))
    };
    let one_each = a.count.value == 1.0
        && b.count.value == 1.0
        && (definite(a) || definite(b) || sex(a).zip(sex(b)).is_some_and(|(x, y)| x != y));
    // "two of his brothers" … "two daughters": nouns the victims' list does not hold are
    // particular groups, told apart by their noun in any two sentences; "11 civilians" and
    // "11 people" may be one group.
    let victim_nouns = lang::lexicon(doc.language).casualties.victim_nouns;
    // People in general (the unit every language's "people" is read as) are no particular group.
    let particular = |h: Option<&str>| h.is_some_and(|h| h != lang::PEOPLE && !victim_nouns.contains(&h));
    let (x, y) = (victims_head(a), victims_head(b));
    // Singular or plural: "one soldier", "two soldiers"; "one guard" is "one of the guards".
    let plurals = lang::lexicon(doc.language).grammar.plural_endings;
    let same_noun = x.zip(y).is_some_and(|(x, y)| singular(x, plurals) == singular(y, plurals));
    let two_particular = particular(x) && particular(y) && !same_noun;
    // "three rebels" … "three of its troops": the two sides of a fight are two groups.
    let actors = lang::lexicon(doc.language).events.actor_nouns;
    let side = |h: Option<&str>| {
        let h = h?;
        actors.iter().find(|(noun, _)| *noun == h || singular(noun, plurals) == h).map(|&(_, kind)| kind)
    };
    let two_sides = matches!((side(x), side(y)), (Some(p), Some(q)) if p != q);
    // "the three attackers" … "three civilians": armed men and civilians are two groups.
    let civilians = lang::lexicon(doc.language).casualties.civilian_nouns;
    let civilian = |h: Option<&str>| h.is_some_and(|h| civilians.contains(&h));
    let armed_and_civilians = side(x).is_some() && civilian(y) || side(y).is_some() && civilian(x);
    (one_sentence || one_each || two_particular || two_sides || armed_and_civilians)
        && a.victims.is_some()
        && b.victims.is_some()
        && a.victims != b.victims
        && !same_noun
}

/// The noun ending what names the victims ("guards" in "prison guards").
fn victims_head(c: &Casualty) -> Option<&str> {
    c.victims.as_deref().and_then(|v| v.split_whitespace().last())
}

/// A noun without the first of the language's plural endings it ends with ("soldiers" →
/// "soldier"), or the noun itself.
fn singular<'a>(noun: &'a str, plurals: &[&str]) -> &'a str {
    plurals.iter().find_map(|e| noun.strip_suffix(e)).unwrap_or(noun)
}

/// Whether two figures come from named sources that have none in common.
fn sources_differ(a: &Casualty, b: &Casualty) -> bool {
    let named = |c: &Casualty| c.sources.iter().filter_map(|s| s.entity).collect::<Vec<_>>();
    let (x, y) = (named(a), named(b));
    !x.is_empty() && !y.is_empty() && !x.iter().any(|e| y.contains(e))
}

/// The most tokens from "one" to the verb after its group ("one of the miners trapped was").
const ONE_OF_GROUP_TOKENS: usize = 6;

/// The most tokens of an aside set off by commas between a verb and its object.
const MAX_OBJECT_ASIDE_TOKENS: usize = 6;

/// The token after an aside set off by commas that opens at `at` ("killed, on Friday, 27
/// soldiers", "ont abattu, jeudi soir, 12 villageois"); `at` itself when none opens there.
fn past_comma_aside(r: &Reader<'_>, at: usize) -> usize {
    let close = (at + 1..(at + 2 + MAX_OBJECT_ASIDE_TOKENS).min(r.tokens.len())).find(|&j| !in_aside(&r.tokens[j]));
    match close {
        Some(j) if is_comma(r, at) && j > at + 1 && is_comma(r, j) => j + 1,
        _ => at,
    }
}

/// Where an aside set off by commas that closes right before `end` opens (its first comma);
/// `end` itself when none closes there.
fn before_comma_aside(r: &Reader<'_>, end: usize) -> usize {
    let Some(close) = end.checked_sub(1).filter(|&j| is_comma(r, j)) else { return end };
    let open = (close.saturating_sub(MAX_OBJECT_ASIDE_TOKENS + 1)..close).rev().find(|&j| !in_aside(&r.tokens[j]));
    match open {
        Some(j) if j + 1 < close && is_comma(r, j) => j,
        _ => end,
    }
}

/// Whether the token at `k` is in a phrase a preposition opens the sentence with and a comma
/// closes before any verb ("As a result, …", « Lors d'une patrouille, … »).
fn in_opening_phrase(r: &Reader<'_>, k: usize) -> bool {
    let verb = |j: usize| matches!(r.tokens[j].pos, Upos::Verb | Upos::Aux);
    k > 0
        && r.tokens[k - 1].pos == Upos::Adp
        && !(0..k).any(verb)
        && (k..r.tokens.len()).take_while(|&j| !verb(j)).any(|j| is_comma(r, j))
}

/// Whether token `j` is a comma.
fn is_comma(r: &Reader<'_>, j: usize) -> bool {
    r.tokens.get(j).is_some_and(|t| t.pos == Upos::Punct && r.doc.lower(t.span) == ",")
}

/// Whether a token may stand in an aside between a verb and its object: no verb, no figure,
/// no pronoun and no punctuation.
fn in_aside(t: &Token) -> bool {
    !matches!(t.pos, Upos::Verb | Upos::Aux | Upos::Num | Upos::Punct | Upos::Pron)
}
