//! Who a statement comes from: source phrases resolved to entities where one is named,
//! typed as NGO, state media, agency, government and so on, and the reporting-verb patterns
//! shared by the quote and attribution annotators.

use crate::document::Document;
use crate::lang::{self, Lexicon, Vocabulary};
use crate::model::{
    Attribution, EntityId, EntityType, Kind, Meaning, Shape, Source, SourceKind, Span, Speaker, Token, Upos,
};
use crate::sort;
use crate::tokens::possessive_after;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// A cue found among the tokens of a span: where it is, relative to the span's start as
/// well as in the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue<'t> {
    /// The cue in the document text.
    pub span: Span,
    base: usize,
    text: &'t str,
}

impl<'t> Cue<'t> {
    fn new(doc: &'t Document<'_>, base: usize, span: Span) -> Cue<'t> {
        Cue { span, base, text: doc.text() }
    }

    /// Its start, in bytes from the start of the span it was found in.
    pub fn start(&self) -> usize {
        self.span.start - self.base
    }

    /// Its end, in bytes from the start of the span it was found in.
    pub fn end(&self) -> usize {
        self.span.end - self.base
    }

    /// Its words as written.
    pub fn as_str(&self) -> &'t str {
        self.span.of(self.text)
    }

    /// Whether the cue names whom it was said to after it ("told", "a dit à"): the words after
    /// it are the addressee, not the speaker.
    pub fn tells(&self, lexicon: &Lexicon) -> bool {
        lexicon.speech.addressee_markers.contains(&self.as_str().to_lowercase().as_str())
    }
}

/// The length of the words at the start of `s` that tell how words reached the reporter ("by
/// phone", « par téléphone »), followed by a space or a punctuation mark.
fn channel_at(lexicon: &Lexicon, s: &str) -> Option<usize> {
    lexicon.speech.channels.iter().find_map(|c| {
        let head = s.get(..c.len())?;
        let ends = s[c.len()..].chars().next().is_none_or(|ch| !ch.is_alphanumeric());
        (head.eq_ignore_ascii_case(c) && ends).then_some(c.len())
    })
}

/// Verbs of speech among the tokens of `span` ("said", "a déclaré"), left to right, the
/// longest at each place; a word that opens an attribution marker ("according") is none.
pub fn speech_verbs<'d>(doc: &'d Document<'_>, span: Span) -> impl Iterator<Item = Cue<'d>> + 'd {
    let lexicon = lang::lexicon(doc.language);
    let vocabulary = Vocabulary::of(lexicon);
    let speech = &lexicon.speech;
    let particles = speech.verb_particles;
    let tokens = doc.tokens_in(span);
    let mut k = 0;
    std::iter::from_fn(move || {
        while k < tokens.len() {
            // "The statement read: …": some verbs speak only after a record.
            // "It read: …": a body's pronoun stands for the record.
            let record_before = |j: usize| {
                let word = doc.lower(tokens[j].span);
                speech.record_nouns.contains(&word)
                    || stands_for_a_body(speech, word) && tokens.get(k + 1).is_some_and(|t| doc.lower(t.span) == ":")
            };
            let after_record =
                k > 0 && speech.record_verbs.contains(&doc.lower(tokens[k].span)) && record_before(k - 1);
            // "Rescuers recorded five deaths", "ont recensé 40 blessés": a verb that counts speaks
            // before a figure.
            // The figure opens the object: only words like "at least" before it.
            let counting = || match vocabulary.match_at(tokens, &doc.lower, k, Meaning::CountingVerb) {
                0 => 0,
                len => {
                    let figure = tokens[(k + len).min(tokens.len())..]
                        .iter()
                        .take(COUNTED_FIGURE_GAP)
                        .take_while(|t| t.is_word() && !matches!(t.pos, Upos::Noun | Upos::Propn | Upos::Verb))
                        .any(|t| t.pos == Upos::Num);
                    if figure {
                        len
                    } else {
                        0
                    }
                }
            };
            // "…, estime-t-elle", "disent-ils": a verb of speech with its pronoun after it.
            let inverted = || {
                if !tokens[k].shape.is(Shape::HYPHENATED) {
                    return None;
                }
                let word = doc.lower(tokens[k].span);
                let found = lexicon.hooks.inverted_pronoun.and_then(|read| read(word))?;
                (!found.auxiliary && vocabulary.word(&word[..found.verb]).0.has(Meaning::SpeechVerb)).then_some(1)
            };
            // "Local media are reporting that…": a participle of speech after an auxiliary, with
            // what was said after it ("was claiming benefits" claims no words).
            let progressive = k > 0
                && tokens[k - 1].pos == Upos::Aux
                && speech.continuing_cues.contains(&doc.lower(tokens[k].span))
                && tokens.get(k + 1).is_some_and(|t| t.means(Meaning::Complementizer));
            // "He mentioned that…", « a mentionné que… »: some verbs speak only before a clause.
            let before_clause = || match vocabulary.match_at(tokens, &doc.lower, k, Meaning::ClauseVerb) {
                0 => None,
                n => tokens.get(k + n).is_some_and(|t| t.means(Meaning::Complementizer)).then_some(n),
            };
            let len = match vocabulary.match_at(tokens, &doc.lower, k, Meaning::SpeechVerb) {
                0 if after_record || progressive => 1,
                0 => match before_clause() {
                    Some(n) => n,
                    None => inverted().unwrap_or_else(counting),
                },
                len => len,
            };
            let marker = vocabulary.match_at(tokens, &doc.lower, k, Meaning::AttributionMarker);
            let opens_marker = len == 1 && tokens[k].phrase_starts.has(Meaning::AttributionMarker);
            // "called off the hunt": a particle after the verb makes another verb.
            // Not "said of the attack": what was said is about it.
            let phrasal = len > 0
                && tokens.get(k + len).is_some_and(|t| particles.contains(&doc.lower(t.span)))
                && !(len == 1 && speech.topic_verbs.contains(&doc.lower(tokens[k].span)));
            // "smoke continues to rise": before an infinitive it is no verb of speech.
            let infinitive = len > 0
                && tokens.get(k + len).is_some_and(|t| t.pos == Upos::Part)
                && tokens.get(k + len + 1).is_some_and(|t| t.pos == Upos::Verb);
            // "auxquels s'ajoutent 33 blessés": a reflexive makes another verb too.
            let reflexive = len == 1 && k > 0 && lexicon.grammar.reflexives.contains(&doc.lower(tokens[k - 1].span));
            // "the nine Sahel states": a noun after its determiner or modifier is no verb.
            let noun = len == 1
                && tokens[k].pos == Upos::Noun
                && k > 0
                && matches!(tokens[k - 1].pos, Upos::Det | Upos::Num | Upos::Adj | Upos::Propn | Upos::Noun)
                // "a-t-elle ajouté", whatever the tagger makes of it.
                && lexicon.hooks.inverted_pronoun.is_none_or(|inverted| inverted(tokens[k - 1].span.of(doc.text())).is_none())
                // "the agency estimates between 3,000 and…", "the ministry reports 12
                // deaths": a figure or a determiner after it makes it a verb again.
                && !opens_an_object(tokens, k + 1);
            // "one of the five worst-hit regions in": after a figure and its adjective, a word is
            // the noun they qualify, whatever the tagger read ("three injured said" speak).
            let noun = noun
                || len == 1
                    && k > 1
                    && tokens[k - 2].pos == Upos::Num
                    && tokens[k - 1].pos == Upos::Adj
                    && !tokens[k - 1].means(Meaning::CasualtyWord)
                    && !lexicon.casualties.others.contains(&doc.lower(tokens[k - 1].span));
            // "the latest reported escalation", "its alleged role": a participle between a
            // determiner or an adjective and its noun qualifies the noun.
            // After an article, or an article and an adjective ("Many said…", "Some said…" speak).
            let article = |j: usize| {
                let w = doc.lower(tokens[j].span);
                lexicon.grammar.definite_singulars.contains(&w) || lexicon.grammar.indefinite_articles.contains(&w)
            };
            // So does one after a figure that is itself an object ("led to four confirmed
            // fatalities", "caused 12 reported deaths"); not a figure that is a subject ("Two
            // told reporters…").
            let attributive = || speech.attributive_participles.contains(&doc.lower(tokens[k].span));
            let counted_object = |j: usize| {
                tokens[j].pos == Upos::Num
                    && j > 0
                    && matches!(tokens[j - 1].pos, Upos::Adp | Upos::Det | Upos::Verb | Upos::Aux)
                    && attributive()
            };
            // Or after "of": "the number of confirmed deaths", "reports of alleged abuses".
            let after_of = |j: usize| tokens[j].means(Meaning::Of) && attributive();
            let modifier = len == 1
                && k > 0
                && (article(k - 1)
                    // Not "the official told reporters": after an adjective, only a participle
                    // that qualifies nouns.
                    || tokens[k - 1].pos == Upos::Adj && k > 1 && article(k - 2) && attributive()
                    || counted_object(k - 1)
                    || after_of(k - 1))
                && tokens.get(k + 1).is_some_and(|t| t.pos == Upos::Noun);
            // "a suspect reported by neighbours", "un suspect signalé par des voisins": a
            // participle with its agent after a noun qualifies the noun.
            // A headline says it with no verb of its own: "Toll confirmed by the ministry".
            // In a language that tells the past with an auxiliary, a bare participle after a noun
            // qualifies it, agent or not ("la mort annoncée hier"), and a time may stand before
            // the agent ("le bilan confirmé lundi par la police"); not where the past has the
            // participle's form ("Police said Monday by phone that…").
            // Read only where the rest of the test may hold: most tokens are no verb of speech.
            let participle = || {
                let word = doc.lower(tokens[k].span);
                lexicon.grammar.past_participle_endings.iter().any(|e| word.ends_with(e))
            };
            let in_time = |t: &Token| doc.time_around(t.span).is_some();
            // "another resident said by phone": how the words came is no agent.
            let by_channel = |t: &Token| channel_at(lexicon, &doc.text()[t.span.start..span.end]).is_some();
            let agent_after = |participle: bool| {
                tokens[(k + 1).min(tokens.len())..]
                    .iter()
                    .take(MAX_WORDS_BEFORE_AGENT + 1)
                    .find(|t| !(participle && (t.pos == Upos::Adv || in_time(t) || t.means(Meaning::DatePreposition))))
                    .is_some_and(|t| t.means(Meaning::AgentMarker) && !by_channel(t))
            };
            let passive_modifier = len == 1
                && k > 0
                && matches!(tokens[k - 1].pos, Upos::Noun | Upos::Propn)
                && lexicon
                    .hooks
                    .inverted_pronoun
                    .is_none_or(|inverted| inverted(tokens[k - 1].span.of(doc.text())).is_none())
                && (participle() || agent_after(false))
                && verb_group_start(doc, tokens, k) == k
                && doc.sentence_at(tokens[k].span.start).is_none_or(|s| s.zone != crate::model::Zone::Headline);
            // "the United States Geological Survey": a word inside a name is no verb.
            let in_name = len == 1
                && k > 0
                && doc.mention_around(tokens[k].span).is_some_and(|(m, _)| m.start < tokens[k].span.start);
            // "four confirmed dead": a longer phrase of harm holds the verb.
            let harm = len > 0 && vocabulary.match_at(tokens, &doc.lower, k, Meaning::CasualtyWord) > len;
            // "have claimed more than 2,000 lives": lives taken, not words said.
            let lives_taken = len > 0 && {
                let after = &tokens[(k + len).min(tokens.len())..];
                after.iter().take(LIFE_VERB_GAP + 1).zip(after.iter().skip(1)).any(|(number, noun)| {
                    number.pos == Upos::Num && lexicon.casualties.lives.contains(&doc.lower(noun.span))
                })
            };
            if len == 0
                || marker == len
                || opens_marker
                || phrasal
                || infinitive
                || noun
                || modifier
                || passive_modifier
                || reflexive
                || harm
                || lives_taken
                || in_name
            {
                k += 1;
                continue;
            }
            let first = verb_group_start(doc, tokens, k);
            let cue = Span::new(tokens[first].span.start, tokens[k + len - 1].span.end);
            k += len;
            return Some(Cue::new(doc, span.start, cue));
        }
        None
    })
}

/// Whether a lower-case word is a pronoun that stands only for a body, never for a person
/// ("it"; not French "il", which is also a person's).
pub fn stands_for_a_body(speech: &lang::Speech, word: &str) -> bool {
    speech.organisation_pronouns.contains(&word) && !speech.pronouns.iter().any(|(p, _)| *p == word)
}

/// The most words of a time or adverbs between a participle of speech and its agent.
pub const MAX_WORDS_BEFORE_AGENT: usize = 4;

/// The most words a source may have ("le Bureau de la coordination des affaires humanitaires
/// de l'ONU", "l'Agence de secours et de protection civile de la région du Kivu occidental").
pub const MAX_SOURCE_WORDS: usize = 16;

/// Whether the tokens from `k` open what only follows a verb: a number, a determiner, or a
/// preposition before a number ("between 3,000 and 4,000").
fn opens_an_object(tokens: &[Token], k: usize) -> bool {
    let pos = |k: usize| tokens.get(k).map(|t| t.pos);
    match pos(k) {
        Some(Upos::Num | Upos::Det) => true,
        Some(Upos::Adp) => pos(k + 1) == Some(Upos::Num),
        _ => false,
    }
}

/// Where the verb group of the verb at token `k` starts: the auxiliary and adverbs before a
/// participle belong to it ("ont affirmé", "a également indiqué", "has also said", as the
/// tagger reads them), and so does an auxiliary before a listed aside ("a de son côté
/// avancé", whatever the tagger makes of the participle).
pub fn verb_group_start(doc: &Document<'_>, tokens: &[Token], k: usize) -> usize {
    if tokens[k].pos == Upos::Verb {
        // Adverbs and a time may stand between them ("a lundi précisé"), whatever the tagger
        // makes of the time.
        let in_time = |t: &Token| doc.time_around(t.span).is_some();
        let mut j = k;
        while j > 0 && (tokens[j - 1].pos == Upos::Adv || in_time(&tokens[j - 1])) {
            j -= 1;
        }
        if j > 0 && tokens[j - 1].pos == Upos::Aux {
            return j - 1;
        }
    }
    aside_after_auxiliary(doc, tokens, k, lang::lexicon(doc.language).speech.verb_asides).unwrap_or(k)
}

/// The most words between a verb that counts and its figure ("recorded at least").
const COUNTED_FIGURE_GAP: usize = 4;

/// The most tokens between a verb and the lives it took ("claimed more than 2,000": a
/// figure with a separator is three).
const LIFE_VERB_GAP: usize = 6;

/// The longest aside between a verb of speech and the auxiliary before it.
const MAX_VERB_ASIDE_TOKENS: usize = 6;

/// The auxiliary before the participle at `k`, when only one of `asides` stands between them,
/// with or without commas ("a pour sa part indiqué", "a, de son côté, souligné"). The
/// auxiliary is one as the tagger reads it or as the language lists it: set apart from its
/// participle, "a" may be read as a verb of its own.
fn aside_after_auxiliary(doc: &Document<'_>, tokens: &[Token], k: usize, asides: &[&str]) -> Option<usize> {
    let from = k.saturating_sub(MAX_VERB_ASIDE_TOKENS + 1);
    let aux = (from..k).rev().find(|&j| tokens[j].pos == Upos::Aux || tokens[j].means(Meaning::Auxiliary))?;
    // The words between, commas aside, against each aside's words (an elided word is a token
    // of its own: "d'abord" is "d'" and "abord"), without building strings on this hot path.
    let words = tokens[aux + 1..k].iter().map(|t| doc.lower(t.span)).filter(|w| *w != ",");
    let matches = |aside: &&str| words.clone().eq(aside.split(' ').flat_map(|w| w.split_inclusive('\'')));
    // A time is an aside too: "a lundi précisé", "a, dans la matinée, précisé".
    let in_time = |t: &Token| doc.time_around(t.span).is_some();
    let between = &tokens[aux + 1..k];
    let timed = between.iter().any(in_time)
        && between.iter().all(|t| doc.lower(t.span) == "," || in_time(t) || matches!(t.pos, Upos::Adp | Upos::Det));
    (k > aux + 1 && (timed || asides.iter().any(matches))).then_some(aux)
}

/// The first attribution marker among the tokens of `span` ("according to", "selon"), or
/// the reporter's clause that says whom it learnt the claim from ("AFP learned from",
/// "a-t-on appris mardi auprès de").
pub fn attribution_marker<'d>(doc: &'d Document<'_>, span: Span) -> Option<Cue<'d>> {
    let vocabulary = Vocabulary::of(lang::lexicon(doc.language));
    let tokens = doc.tokens_in(span);
    (0..tokens.len())
        .find_map(|k| {
            let cue = learned_from(doc, vocabulary, tokens, k)
                .or_else(|| vocabulary.phrase_at(tokens, &doc.lower, k, Meaning::AttributionMarker))?;
            // "de sources officielles": the marker's own noun heads the source it names.
            let own_noun = tokens[k..]
                .iter()
                .take_while(|t| t.span.end <= cue.end)
                .last()
                .filter(|t| t.span.start > cue.start && t.pos == Upos::Noun && t.means(Meaning::SourceHead));
            let cue = own_noun.map_or(cue, |t| Span::new(cue.start, t.span.start).trim(doc.text()));
            // "selon laquelle": a relative clause follows, not a source.
            let next = tokens.partition_point(|t| t.span.start < cue.end);
            // "as per usual": an adjective alone names no one, unless it qualifies the marker's
            // own noun ("de source hospitalière").
            let idiom = next > 0
                && tokens[next - 1].pos != Upos::Noun
                && tokens.get(next).is_some_and(|t| matches!(t.pos, Upos::Adj | Upos::Adv))
                && tokens.get(next + 1).is_none_or(|t| t.pos == Upos::Punct);
            (!tokens.get(next).is_some_and(|t| t.means(Meaning::RelativePronoun)) && !idiom).then_some(cue)
        })
        .map(|cue| Cue::new(doc, span.start, cue))
}

/// "Pour le préfet, CLAIM", "In the view of the mayor, CLAIM": a marker of whose
/// view a sentence gives, opening it after words with no verb, and the phrase after it up
/// to its comma. The caller tells whether that phrase names one who can speak.
pub fn view_marker<'d>(doc: &'d Document<'_>, span: Span) -> Option<(Cue<'d>, Span)> {
    let vocabulary = Vocabulary::of(lang::lexicon(doc.language));
    let tokens = doc.tokens_in(span);
    let k = tokens.iter().position(|t| !matches!(t.pos, Upos::Adv | Upos::Cconj | Upos::Punct))?;
    let cue = vocabulary.phrase_at(tokens, &doc.lower, k, Meaning::ViewMarker)?;
    let rest = &doc.text()[cue.end..span.end];
    let end = past_abbreviated_title(doc, cue.end, cue.end + phrase_end(rest), span.end) - cue.end;
    let phrase = Span::new(cue.end, cue.end + end).trim(doc.text());
    (rest[end..].starts_with(',') && !phrase.is_empty()).then(|| (Cue::new(doc, span.start, cue), phrase))
}

/// The most words between a verb of learning and the words that name its source ("appris
/// mardi soir auprès de").
const LEARNED_FROM_GAP: usize = 3;

/// The most words of the reporter's clause before its verb of learning ("Reuters has").
const REPORTER_WORDS: usize = 4;

/// "…, AFP learned from", "…, a-t-on appris mardi auprès de": where tokens `k…` introduce the
/// source of a verb of learning a few words before, the cue from the start of the
/// reporter's clause (after a comma, or the start of `tokens`) to the end of those words.
fn learned_from(doc: &Document<'_>, vocabulary: &Vocabulary, tokens: &[Token], k: usize) -> Option<Span> {
    let marker = vocabulary.phrase_at(tokens, &doc.lower, k, Meaning::LearnedFrom)?;
    let words = |from: usize, to: usize| tokens[from..to].iter().all(Token::is_word);
    let verb = (k.saturating_sub(LEARNED_FROM_GAP + 1)..k)
        .rev()
        .find(|&j| tokens[j].means(Meaning::LearningVerb) && words(j + 1, k))?;
    let comma = (verb.saturating_sub(REPORTER_WORDS + 1)..verb).rev().find(|&j| !tokens[j].is_word());
    let start = match comma {
        Some(j) if doc.lower(tokens[j].span) == "," && words(j + 1, verb) => tokens[j + 1].span.start,
        None if verb <= REPORTER_WORDS => tokens[0].span.start,
        _ => tokens[verb].span.start,
    };
    Some(Span::new(start, marker.end))
}

/// A verb with its subject inverted at the start of `span`, after an optional comma
/// ("…», a-t-il ajouté", "…, estime-t-elle"): the cue and the pronoun. An impersonal
/// pronoun ("a-t-on appris") names no one and is not one.
pub fn inversion<'d>(doc: &'d Document<'_>, span: Span) -> Option<(Cue<'d>, Cue<'d>)> {
    let (cue, pronoun, found) = inverted_verb(doc, span)?;
    (!found.impersonal).then(|| (Cue::new(doc, span.start, cue), Cue::new(doc, span.start, pronoun)))
}

/// The cue of an inverted verb at the start of `span` (with its participle after an
/// auxiliary), the pronoun's span, and what the language says of it.
fn inverted_verb(doc: &Document<'_>, span: Span) -> Option<(Span, Span, lang::Inversion)> {
    let inverted = lang::lexicon(doc.language).hooks.inverted_pronoun?;
    let tokens = doc.tokens_in(span);
    let k = usize::from(tokens.first().is_some_and(|t| t.span.of(doc.text()) == ","));
    let word = tokens.get(k).filter(|t| t.is_word())?;
    let found = inverted(word.span.of(doc.text()))?;
    let pronoun = Span::new(word.span.start + found.pronoun, word.span.end);
    let participle = tokens.get(k + 1).filter(|t| found.auxiliary && t.is_word() && t.shape.is(Shape::SPACE_BEFORE));
    let cue = Span::new(word.span.start, participle.map_or(word.span.end, |p| p.span.end));
    Some((cue, pronoun, found))
}

/// An impersonal inverted verb at the start of `span` ("…», a-t-on précisé de même source",
/// "…, a-t-on appris mardi auprès de la police"): its cue, and the phrase that names the
/// source after the preposition that gives it, when the verb's few next words hold one.
pub fn impersonal_inversion<'d>(doc: &'d Document<'_>, span: Span) -> Option<(Cue<'d>, Option<Span>)> {
    let (cue, _, found) = inverted_verb(doc, span)?;
    if !found.impersonal {
        return None;
    }
    let lexicon = lang::lexicon(doc.language);
    let vocabulary = Vocabulary::of(lexicon);
    let tokens = doc.tokens_in(Span::new(cue.end, span.end));
    let source = (0..tokens.len().min(LEARNED_FROM_GAP + 1))
        .take_while(|&k| tokens[..k].iter().all(Token::is_word))
        .find_map(|k| vocabulary.phrase_at(tokens, &doc.lower, k, Meaning::LearnedFrom))
        .map(|marker| phrase_after(doc, past_asides(doc, marker.end, span.end), span.end, lexicon));
    // "…», lit-on dans le rapport", « peut-on lire dans le communiqué »: the record read.
    // With its issuer when a complement names it: « dans le communiqué de l'armée ».
    let record = || match tokens {
        [adp, det, noun, ..] if adp.pos == Upos::Adp && !adp.means(Meaning::Of) && det.pos == Upos::Det => {
            let phrase = phrase_after(doc, det.span.start, span.end, lexicon);
            lexicon.speech.record_nouns.contains(&doc.lower(noun.span)).then_some(phrase)
        }
        _ => None,
    };
    Some((Cue::new(doc, span.start, cue), source.or_else(record)))
}

/// Whether a phrase is an inverted verb whose pronoun names no one ("a-t-on").
pub fn is_impersonal_inversion(doc: &Document<'_>, phrase: Span) -> bool {
    let inverted = lang::lexicon(doc.language).hooks.inverted_pronoun;
    inverted.and_then(|read| read(phrase.of(doc.text()))).is_some_and(|i| i.impersonal)
}

/// Whether a phrase names no one: an impersonal pronoun ("on") or an inverted verb with one
/// ("a-t-on").
pub fn names_no_one(doc: &Document<'_>, phrase: Span) -> bool {
    let lexicon = lang::lexicon(doc.language);
    let words = doc.lower(phrase);
    // "si l'on en croit…": the pronoun after an elided article.
    let unelided = words
        .split_once(['\'', '’'])
        .filter(|(head, _)| lexicon.hooks.elisions.contains(head))
        .map_or(words, |(_, rest)| rest);
    lexicon.speech.impersonal_pronouns.contains(&unelided) || is_impersonal_inversion(doc, phrase)
}

/// The first entity (not a nationality) with a mention inside `span`.
pub fn entity_in(doc: &Document<'_>, span: Span) -> Option<EntityId> {
    let text = doc.text();
    let named: Vec<(Span, EntityId)> =
        doc.mentions_in(span).filter(|&(_, i)| doc.entity(i).entity_type != EntityType::Norp).collect();
    // "Kenya Red Cross spokesman Peter Otieno": the person, when one is named.
    let person = named.iter().rev().find(|&&(_, i)| doc.entity(i).entity_type == EntityType::Person);
    // "Russia's Defense Ministry": the possessor is not the one named; "Ohio's governor"
    // names no entity but by a role.
    person
        .or_else(|| named.iter().find(|(m, _)| !possessive_after(text, m.end)))
        .or_else(|| {
            named.first().filter(|&&(m, i)| {
                !(possessive_after(text, m.end)
                    && names_a_role(doc, span)
                    && matches!(doc.entity(i).entity_type, EntityType::Gpe | EntityType::Loc))
            })
        })
        .map(|&(_, i)| i)
}

/// "a ajouté l'amiral", "the minister said": a role after a definite article stands for the
/// person the text last gave that role.
pub fn person_with_role(doc: &Document<'_>, phrase: Span, before: usize) -> Option<EntityId> {
    let tokens = doc.tokens_in(phrase);
    let (first, rest) = tokens.split_first()?;
    if !lang::lexicon(doc.language).grammar.definite_singulars.contains(&doc.lower(first.span)) {
        return None;
    }
    let role = rest.iter().find(|t| t.means(Meaning::RoleNoun) || t.means(Meaning::Title))?;
    let word = doc.lower(role.span);
    let holds = |e: EntityId| {
        let entity = doc.entity(e);
        entity.entity_type == EntityType::Person
            && entity
                .roles
                .iter()
                .any(|r| r.to_lowercase().split(|c: char| !c.is_alphanumeric() && c != '-').any(|w| w == word))
    };
    doc.mentions_before(before).take(super::quotes::PRONOUN_REACH).find(|&(_, e)| holds(e)).map(|(_, e)| e)
}

/// The kind of source a phrase names.
pub fn kind_of(doc: &Document<'_>, phrase: Span, entity: Option<EntityId>) -> SourceKind {
    // Heads of every language by key, with their rank (longest first, then table order).
    static HEADS: LazyLock<FxHashMap<String, (usize, SourceKind)>> = LazyLock::new(|| {
        let mut heads: Vec<_> = lang::LANGUAGES.iter().flat_map(|l| l.speech.source_heads.iter()).collect();
        sort::sort_by_key(&mut heads, |(w, _)| std::cmp::Reverse(w.len()));
        let mut by_key = FxHashMap::default();
        for (rank, (w, k)) in heads.into_iter().enumerate() {
            by_key.entry(lang::phrase_key(w)).or_insert((rank, *k));
        }
        by_key
    });
    let heads = &*HEADS;
    // The longest head of a source among the phrase's words ("state media" before "media").
    let vocabulary = Vocabulary::of(lang::lexicon(doc.language));
    let tokens = doc.tokens_in(phrase);
    let head_in_phrase = (0..tokens.len())
        .filter_map(|k| vocabulary.phrase_at(tokens, &doc.lower, k, Meaning::SourceHead))
        .max_by_key(|span| (span.len(), std::cmp::Reverse(span.start)))
        .and_then(|span| heads.get(&lang::phrase_key(doc.lower(span))).map(|&(_, k)| k));
    let by_words = head_in_phrase;
    if let Some(k) = by_words {
        if k == SourceKind::StateMedia || entity.is_none() {
            return k;
        }
    }
    let Some(e) = entity.map(|i| doc.entity(i)) else {
        return SourceKind::Other;
    };
    match (&e.kind, e.entity_type) {
        (Some(Kind::Agency), _) => SourceKind::Agency,
        (Some(Kind::Media), _) => SourceKind::Media,
        (_, EntityType::Gpe) => SourceKind::Government,
        (_, EntityType::Person) if !e.roles.is_empty() => SourceKind::Official,
        (_, EntityType::Person) => SourceKind::Other,
        _ => {
            let name = e.name.to_lowercase();
            // "Doctors Without Borders", "Médecins sans frontières": an organisation named by an
            // NGO's word is one, whatever kind of source its words name alone.
            let ngo = matches!(e.kind, Some(Kind::Organisation))
                && lang::LANGUAGES.iter().any(|l| l.speech.ngo_words.iter().any(|w| name.contains(w)));
            if ngo {
                return SourceKind::Ngo;
            }
            let k =
                name.split(|c: char| !c.is_alphanumeric()).filter_map(|t| heads.get(t)).min_by_key(|(rank, _)| *rank);
            k.map(|&(_, k)| k).or(by_words).unwrap_or(SourceKind::Other)
        }
    }
}

/// The subjects of verbs that issue a record in a sentence ("The ministry issued a
/// statement", "Le comité a publié un communiqué"): what they issued speaks for them.
pub fn record_issuers(doc: &Document<'_>, sentence: Span) -> Vec<Span> {
    let records = lang::lexicon(doc.language).speech.record_nouns;
    let tokens = doc.tokens_in(sentence);
    let nominal = |s: Span| doc.tokens_in(s).iter().any(|t| matches!(t.pos, Upos::Noun | Upos::Propn));
    let mut out = Vec::new();
    for (k, t) in tokens.iter().enumerate() {
        if t.pos != Upos::Noun || !records.contains(&doc.lower(t.span)) {
            continue;
        }
        let verb =
            (k.saturating_sub(RECORD_VERB_REACH)..k).rev().find(|&j| !matches!(tokens[j].pos, Upos::Det | Upos::Adj));
        let Some(verb) = verb.filter(|&j| tokens[j].pos == Upos::Verb) else { continue };
        // With its auxiliary: "a publié".
        let group = tokens[verb_group_start(doc, tokens, verb)].span.start;
        if let Some(subject) = subject_before(doc, sentence, group) {
            if reads_as_noun_phrase(doc, subject) && nominal(subject) {
                out.push(subject);
            }
        }
    }
    out
}

/// The most words between a verb and the record it issued ("issued a short statement").
const RECORD_VERB_REACH: usize = 3;

/// Whether a phrase holds a title or a role noun ("the defence minister", "le chef d'état-major").
pub fn names_a_role(doc: &Document<'_>, phrase: Span) -> bool {
    doc.tokens_in(phrase).iter().any(|t| t.means(Meaning::RoleNoun) || t.means(Meaning::Title))
}

/// A phrase naming one or more sources ("an NGO and Syrian state media") as sources: cut at
/// the language's "and" and at commas, outside the names the text knows ("the Doctors and
/// Nurses Union" stays whole).
pub fn sources_in(doc: &Document<'_>, phrase: Span) -> Vec<Source> {
    let text = doc.text();
    let phrase = past_words_of(doc, phrase);
    // "la radio qui cite un élu", "the radio citing an official": the one cited
    // first, as the words' origin, then the one who relays them.
    if let Some((cited, relaying)) = relayed(doc, phrase) {
        let mut out = sources_in(doc, cited);
        out.extend(sources_in(doc, relaying));
        return out;
    }
    let and = lang::lexicon(doc.language).grammar.and;
    let mut pieces = Vec::new();
    let mut from = phrase.start;
    let tokens = doc.tokens_in(phrase);
    // "l'Office de la pêche et d'aquaculture", "l'Institut de géologie, de sismologie et
    // d'hydrologie": complements joined after a noun are one name; "de la
    // mairie et de l'hôpital", opened by the same word, are two sources.
    let opens_with_of = tokens.first().is_some_and(|t| t.means(Meaning::Of));
    for (k, t) in tokens.iter().enumerate() {
        let word = doc.lower(t.span);
        // A comma between words, not inside a number ("1,200").
        let comma = word == "," && text[t.span.end..].starts_with(char::is_whitespace);
        let separator = comma || and.contains(&word);
        // The complement is a bare noun after "de" ("et d'aquaculture", "de sismologie"), not
        // another body with its article ("et de la gendarmerie", "et des sources locales").
        // Nor a source of its own: "et de source hospitalière", "et d'habitants du quartier".
        let complement = !opens_with_of
            && tokens.get(k + 1).is_some_and(|n| n.means(Meaning::Of) && n.pos != Upos::Det)
            && tokens
                .get(k + 2)
                .is_some_and(|n| n.pos == Upos::Noun && kind_of(doc, n.span, None) == SourceKind::Other);
        if separator && !complement && !doc.overlaps_mention(t.span) {
            pieces.push(Span::new(from, t.span.start));
            from = t.span.end;
        }
    }
    pieces.push(Span::new(from, phrase.end));
    // Adjectives alone qualify the noun of the piece after them ("local and regional
    // officials") or, last, before them ("des sources sécuritaires et locales").
    let adjectives = |piece: Span| {
        let tokens = doc.tokens_in(piece.trim(text));
        !tokens.is_empty() && tokens.iter().all(|t| t.pos == Upos::Adj)
    };
    let mut joined: Vec<Span> = Vec::new();
    let mut open: Option<usize> = None;
    for (i, &piece) in pieces.iter().enumerate() {
        let last = i + 1 == pieces.len();
        if adjectives(piece) && !last {
            open = open.or(Some(piece.start));
            continue;
        }
        let start = open.take().unwrap_or(piece.start);
        match joined.last_mut() {
            Some(before) if adjectives(piece) => *before = Span::new(before.start, piece.end),
            _ => joined.push(Span::new(start, piece.end)),
        }
    }
    let mut out: Vec<Source> = Vec::with_capacity(joined.len());
    // "auprès de la mairie et de l'hôpital", "from the army and from medics": the preposition
    // repeated after the conjunction is no part of the second source.
    // So is "d'après" in "selon X et d'après Y".
    let past_preposition = |i: usize, span: Span| {
        if i == 0 {
            return span;
        }
        let tokens = doc.tokens_in(span);
        let n = tokens.iter().take(2).take_while(|t| t.pos == Upos::Adp).count();
        match tokens.get(n) {
            Some(t) if n > 0 => Span::new(t.span.start, span.end),
            _ => span,
        }
    };
    // "un policier sous couvert d'anonymat, et X": the condition a source spoke on
    // is no part of it (one of several words, which a phrase may hold before another source).
    let without_condition = |span: Span| {
        let conditions = lang::LANGUAGES.iter().flat_map(|l| l.speech.source_conditions).filter(|c| c.contains(' '));
        let cut = conditions.filter_map(|c| spaced_word(doc.lower(span), c)).min();
        cut.map_or(span, |i| Span::new(span.start, span.start + i).trim(text))
    };
    let several = joined.len() > 1;
    let spans = joined.into_iter().enumerate().map(|(i, span)| {
        let span = past_preposition(i, span.trim(text)).trim(text);
        if several {
            without_condition(span)
        } else {
            span
        }
    });
    // Where the last piece read ends, when it described the person before it.
    let mut described: Option<usize> = None;
    for span in spans.filter(|span| !span.is_empty()) {
        // "according to Serge Dumas, an opponent of the mayor and organiser of the rally": what
        // a comma sets off after a person's name, with an indefinite article or none, describes
        // that person, and so does what "and" joins to it.
        if let Some(named) =
            out.last().filter(|s| s.entity.is_some_and(|e| doc.entity(e).entity_type == EntityType::Person))
        {
            let between = doc.lower(Span::new(described.unwrap_or(named.span.end), span.start)).trim();
            let joined = if described.is_some() { and.contains(&between) } else { between == "," };
            if joined && describes_someone(doc, span) {
                described = Some(span.end);
                continue;
            }
        }
        described = None;
        let entity = entity_in(doc, span);
        // "the defence minister, General Jane Doe": a role and the name set off after it are one
        // source, the person.
        let person = entity.filter(|&e| doc.entity(e).entity_type == EntityType::Person);
        if let (Some(e), Some(role)) = (person, out.last_mut()) {
            let comma_between = text[role.span.end..span.start].trim() == ",";
            let names_role = names_a_role(doc, role.span);
            let role_is_person = role.entity.is_some_and(|r| doc.entity(r).entity_type == EntityType::Person);
            if comma_between && !role_is_person && names_role {
                role.span = Span::new(role.span.start, span.end);
                role.entity = Some(e);
                role.kind = kind_of(doc, role.span, Some(e));
                continue;
            }
        }
        // "the minister said": the person the text gave that role.
        let entity = entity.or_else(|| person_with_role(doc, span, span.start));
        out.push(Source { span, entity, kind: kind_of(doc, span, entity), antecedent: None });
    }
    out
}

/// Whether a phrase reads as a description of one person: an indefinite article and a noun in
/// the singular ("a critic of the governor"), or such a noun alone that names no body
/// (« opposant au maire »; not "witnesses" nor "police").
fn describes_someone(doc: &Document<'_>, span: Span) -> bool {
    let grammar = &lang::lexicon(doc.language).grammar;
    let tokens = doc.tokens_in(span);
    let article = tokens.first().is_some_and(|t| grammar.indefinite_articles.contains(&doc.lower(t.span)));
    let Some(noun) = tokens.get(usize::from(article)) else { return false };
    let word = doc.lower(noun.span);
    noun.pos == Upos::Noun
        && !noun.shape.is(Shape::CAPITALISED)
        && !grammar.plural_endings.iter().any(|e| word.ends_with(e))
        && (article || matches!(kind_of(doc, span, None), SourceKind::Other | SourceKind::Official))
}

/// The most words of a name before an apposition and a clause set off after it.
const SET_OFF_NAME_WORDS: usize = 5;

/// The most words of a name held at a distance in quotation marks ("le « conseil des sages »").
const HELD_WORDS: usize = 4;

/// A source phrase that relays another: "la radio qui cite un élu", "the radio citing an
/// official": the one cited and the one relaying, each with words.
fn relayed(doc: &Document<'_>, phrase: Span) -> Option<(Span, Span)> {
    let citing = lang::lexicon(doc.language).speech.citing_participles;
    let tokens = doc.tokens_in(phrase);
    let k = (1..tokens.len().saturating_sub(1)).find(|&k| citing.contains(&doc.lower(tokens[k].span)))?;
    let mut end = k;
    while end > 0 && (tokens[end - 1].means(Meaning::RelativePronoun) || doc.lower(tokens[end - 1].span) == ",") {
        end -= 1;
    }
    (end > 0).then(|| {
        let relaying = Span::new(phrase.start, tokens[end - 1].span.end);
        (Span::new(tokens[k + 1].span.start, phrase.end), relaying)
    })
}

/// Where a source phrase ending at `end` ends with the source it relays set off after a comma:
/// "according to the radio, which cited an official", « selon la radio, qui cite un élu ».
/// `end` itself when no citing word follows.
pub fn past_relay(doc: &Document<'_>, end: usize, limit: usize) -> usize {
    let citing = lang::lexicon(doc.language).speech.citing_participles;
    let text = doc.text();
    let tokens = doc.tokens_in(Span::new(end, limit));
    let comma = tokens.first().is_some_and(|t| doc.lower(t.span) == ",");
    let relative = usize::from(tokens.get(1).is_some_and(|t| t.means(Meaning::RelativePronoun)));
    let cites = tokens.get(1 + relative).is_some_and(|t| citing.contains(&doc.lower(t.span)));
    match tokens.get(2 + relative).filter(|_| comma && cites) {
        Some(first) => first.span.start + phrase_end(&text[first.span.start..limit]),
        None => end,
    }
}

/// Whether the words `inner`, in quotation marks opening at `open`, are a name the writer
/// holds at a distance inside a sentence rather than anyone's words: a few words ending no
/// sentence or clause, right after a determiner ("the "council of elders"", "le « conseil
/// des sages »").
pub fn held_at_a_distance(doc: &Document<'_>, open: usize, inner: Span) -> bool {
    let words = inner.of(doc.text());
    let determiner = doc.tokens_in(Span::new(open.saturating_sub(HELD_DETERMINER_BYTES), open)).last();
    (1..=HELD_WORDS).contains(&words.split_whitespace().count())
        && !words.contains(['.', ',', '!', '?', ':', ';'])
        && determiner.is_some_and(|t| t.pos == Upos::Det && t.span.end + 1 >= open)
}

/// How far before quotation marks their determiner is looked for, in bytes.
const HELD_DETERMINER_BYTES: usize = 8;

/// Where the quotation marks open around words closed at `close` in `b` (which starts at
/// `origin` in the text), when they hold a name at a distance ([`held_at_a_distance`]).
fn scare_quote_opening(doc: &Document<'_>, origin: usize, b: &str, close: usize) -> Option<usize> {
    let (open, inner) = marks_closed_at(b, close)?;
    held_at_a_distance(doc, origin + open, Span::new(origin + inner, origin + close)).then_some(open)
}

/// Where the quotation marks closed at `close` in `b` open, and where the words inside them start.
fn marks_closed_at(b: &str, close: usize) -> Option<(usize, usize)> {
    if !b[close..].starts_with(['”', '»', '"']) {
        return None;
    }
    let open = b[..close].rfind(['“', '«', '"'])?;
    Some((open, open + b[open..].chars().next()?.len_utf8()))
}

/// Where the quotation marks open around a few words closed at `close` in `b` that a citing
/// participle brings in ("citing “reliable reports,”").
fn cited_words_opening(doc: &Document<'_>, b: &str, close: usize) -> Option<usize> {
    let (open, inner) = marks_closed_at(b, close)?;
    let inner = &b[inner..close];
    let before = b[..open].trim_end().to_lowercase();
    let citing = lang::lexicon(doc.language).speech.citing_participles;
    let cited = citing.iter().any(|c| before.ends_with(c) && before[..before.len() - c.len()].ends_with([' ', ',']));
    (cited && inner.split_whitespace().count() <= HELD_WORDS).then_some(open)
}

/// The subject of a reporting verb at `cue_start` in `sentence`: the last comma-separated
/// phrase before it, or the sentence's opening phrase when the last one is an apposition
/// ("The Observatory, a UK-based NGO, reported ..."), without the object pronoun that may
/// stand before the verb ("Le maire l'a confirmé").
pub fn subject_before(doc: &Document<'_>, sentence: Span, cue_start: usize) -> Option<Span> {
    let subject = phrase_before_verb(doc, sentence, cue_start)?;
    let grammar = &lang::lexicon(doc.language).grammar;
    let objects = grammar.object_pronouns;
    let tokens = doc.tokens_in(subject);
    // "1,500 people marched and chanted": a verb joined by "and" to one before shares its
    // subject, the words before that first verb.
    if tokens.last().is_some_and(|t| grammar.and.contains(&doc.lower(t.span))) {
        let first_verb = tokens.iter().position(|t| matches!(t.pos, Upos::Verb | Upos::Aux));
        if let Some(v) = first_verb.filter(|&v| v > 0) {
            return Some(Span::new(subject.start, tokens[v - 1].span.end));
        }
    }
    match tokens {
        [.., before, last] if last.pos == Upos::Pron && objects.contains(&doc.lower(last.span)) => {
            Some(Span::new(subject.start, before.span.end))
        }
        _ => Some(subject),
    }
}

/// [`subject_before`], object pronoun included.
fn phrase_before_verb(doc: &Document<'_>, sentence: Span, cue_start: usize) -> Option<Span> {
    let text = doc.text();
    let b = Span::new(sentence.start, cue_start).of(text);
    // A short name in brackets stays in the subject: "the electoral commission (INEC) said".
    let mut cut = b.len();
    let cut = loop {
        let Some(i) = b[..cut].rfind([';', ':', '“', '”', '«', '»', '"', '(', ')', '—']) else { break 0 };
        let short_group = b[i..].starts_with(')')
            && b[..i].rfind('(').is_some_and(|open| {
                let words = b[open + 1..i].split_whitespace();
                open > 0 && words.clone().count() <= 3 && words.clone().all(|w| w.starts_with(char::is_uppercase))
            });
        if let (true, Some(open)) = (short_group, b[..i].rfind('(')) {
            cut = open;
            continue;
        }
        // "le « conseil des sages », formé de notables, a annoncé": a few words in quotation
        // marks after a determiner are a name the writer holds at a distance, inside the subject.
        if let Some(open) = scare_quote_opening(doc, sentence.start, b, i) {
            cut = open;
            continue;
        }
        // "X, citing “reliable reports,” said": a few words quoted after a citing participle
        // are what the subject cites, inside its aside.
        if let Some(open) = cited_words_opening(doc, b, i) {
            cut = open;
            continue;
        }
        break i + b[i..].chars().next().map_or(1, char::len_utf8);
    };
    // "- Le ministère a déclaré…": a list's dash or bullet opening the sentence is no part of it.
    let bullet = b.strip_prefix(['-', '–', '•', '·', '*']).filter(|rest| rest.starts_with(char::is_whitespace));
    let cut = match bullet {
        Some(rest) if cut == 0 => b.len() - rest.len(),
        _ => cut,
    };
    let mut segments: Vec<Span> = Vec::new();
    let mut at = sentence.start + cut;
    // Not the comma inside a number: "some 1,500 people chanted".
    let rest = &b[cut..];
    let digit_at = |i: usize| rest.as_bytes().get(i).is_some_and(u8::is_ascii_digit);
    let commas = rest.match_indices(',').map(|(i, _)| i).filter(|&i| !(i > 0 && digit_at(i - 1) && digit_at(i + 1)));
    for end in commas.chain([rest.len()]) {
        let span = Span::new(at, sentence.start + cut + end).trim(text);
        at = sentence.start + cut + end + 1;
        if !span.is_empty() {
            segments.push(span);
        }
    }
    // "The agency, citing the mayor, Ali Rezaei, said…", "L'agence, de son côté, citant le
    // maire, a indiqué…": whom the subject cites is an aside, and so are the words that only
    // link the sentence to the one before; the subject is the phrase before them.
    let markers = lang::lexicon(doc.language).speech.citing_participles;
    let cites = |span: Span| {
        let words = span.of(text).to_lowercase();
        markers.iter().any(|m| words.strip_prefix(m).is_some_and(|rest| rest.starts_with(' ')))
    };
    if let Some(citing) = segments.iter().skip(1).position(|&s| cites(s)).map(|i| i + 1) {
        let linking = |span: Span| {
            let tokens = doc.tokens_in(span);
            tokens.first().is_some_and(|t| t.pos == Upos::Adp)
                || !tokens.iter().any(|t| matches!(t.pos, Upos::Noun | Upos::Propn))
        };
        let mut k = citing - 1;
        while k > 0 && linking(segments[k]) {
            k -= 1;
        }
        let before = after_clause_boundary(doc, segments[k]);
        if !holds_verb(doc, before)
            && reads_as_noun_phrase(doc, before)
            && !linking(before)
            && before.of(text).split_whitespace().count() <= MAX_SOURCE_WORDS
        {
            return Some(before);
        }
    }
    let mut last = *segments.last()?;
    let mut ends_with_comma = b.trim_end().ends_with(',');
    // "Le maire, Yann Le Goff, se dit…": the reflexive is no subject; the phrase before it is.
    let reflexive =
        lang::LANGUAGES.iter().any(|l| l.grammar.reflexives.contains(&last.of(text).to_lowercase().as_str()));
    if reflexive && segments.len() > 1 {
        segments.pop();
        last = *segments.last()?;
        ends_with_comma = true;
    }
    // "X, addressing reporters in the capital, also said…": an adverb of the verb is no subject;
    // the aside before it is set off as if the comma came right before the verb.
    let adverbs = doc.tokens_in(last);
    // "X, however, said": an adverb set off alone leaves X the whole subject.
    if segments.len() > 1 && !adverbs.is_empty() && adverbs.iter().all(|t| t.pos == Upos::Adv) {
        segments.pop();
        last = *segments.last()?;
        ends_with_comma = segments.len() > 1;
    }
    // "…, Romuald Dossou, qui affirme que": the relative pronoun stands for the phrase before it,
    // or the name that ends it.
    let relative = doc.tokens_in(last).len() == 1 && doc.tokens_in(last)[0].means(Meaning::RelativePronoun);
    if relative && segments.len() > 1 {
        let antecedent = after_clause_boundary(doc, segments[segments.len() - 2]);
        if !holds_verb(doc, antecedent) {
            return Some(antecedent);
        }
        return doc.mentions_in(antecedent).last().filter(|(m, _)| m.end == antecedent.end).map(|(m, _)| m);
    }
    // "President Jane Doe, who visited the camp said…": a relative clause whose closing comma
    // the writer left out, after a person's name.
    // Not when the verb belongs to a clause inside it ("who met the man who said…", "who
    // visited the camp that officials said…").
    let inner_clause = doc.tokens_in(last).iter().skip(1).any(|t| {
        t.means(Meaning::RelativePronoun)
            || t.means(Meaning::ClauseMarker)
            || t.means(Meaning::Complementizer)
            || t.pos == Upos::Sconj
    });
    let opens_relative = doc.tokens_in(last).first().is_some_and(|t| t.means(Meaning::RelativePronoun));
    if opens_relative && !inner_clause && !ends_with_comma && segments.len() > 1 {
        let antecedent = after_clause_boundary(doc, segments[segments.len() - 2]);
        let person = doc
            .mentions_in(antecedent)
            .any(|(m, e)| m.end == antecedent.end && doc.entity(e).entity_type == EntityType::Person);
        if person && !holds_verb(doc, antecedent) {
            return Some(antecedent);
        }
    }
    let lower = last.of(text).to_lowercase();
    // "Le MRP, parti de l'opposant évoque…": a bare noun and its complement open an
    // apposition whose closing comma the writer left out; so does a participle ("arrivé de
    // la capitale"), and the tagger may read such a noun as one.
    let bare_noun = match doc.tokens_in(last) {
        [noun, of, _, ..] => {
            matches!(noun.pos, Upos::Noun | Upos::Verb)
                && !noun.shape.is(Shape::CAPITALISED)
                && of.means(Meaning::Of)
                && !holds_verb(doc, Span::new(of.span.start, last.end))
        }
        _ => false,
    };
    let apposition = ends_with_comma
        || bare_noun
        || lang::LANGUAGES.iter().any(|l| lang::opens_with(&lower, l.grammar.indefinite_articles))
            && entity_in(doc, last).is_none();
    // "Le ministre de l'Intérieur, Paul Martin, a promis": a role, then the person who holds it.
    let person_after_role = doc.mentions_in(last).any(|(_, e)| doc.entity(e).entity_type == EntityType::Person)
        && names_a_role(doc, segments[0]);
    // A phrase opening with a preposition is neither ("aux abords du hameau de Kora, près de la
    // frontière, a affirmé la source").
    let opens_with_preposition = |span: Span| doc.tokens_in(span).first().is_some_and(|t| t.pos == Upos::Adp);
    // A name, known or not ("Le MRP"): a capital after the phrase's first word.
    let named = |span: Span| {
        entity_in(doc, span).is_some()
            || doc.tokens_in(span).iter().skip(1).any(|t| t.shape.is(Shape::CAPITALISED) || t.shape.is(Shape::ALL_CAPS))
    };
    if apposition
        && !person_after_role
        && segments.len() == 2
        && named(segments[0])
        && !holds_verb(doc, segments[0])
        && (reads_as_noun_phrase(doc, last) || bare_noun)
        && !opens_with_preposition(segments[0])
        && !opens_with_preposition(last)
    {
        return Some(segments[0]);
    }
    // "Le porte-parole de la police, Désiré Niyonkuru, a affirmé": a role and the person
    // named after it.
    if ends_with_comma && segments.len() > 1 {
        let whole = Span::new(segments[segments.len() - 2].start, last.end);
        let person = doc.mentions_in(last).any(|(_, e)| doc.entity(e).entity_type == EntityType::Person);
        if person && whole.of(text).split_whitespace().count() <= MAX_SOURCE_WORDS && !holds_verb(doc, whole) {
            return Some(after_clause_boundary(doc, whole));
        }
    }
    // "the agency, known as AFAD, said", "The president, who won…, has said", "The Observatory,
    // a UK-based NGO, reported": the noun phrase before an aside set off by commas.
    if ends_with_comma && segments.len() > 1 && reads_as_aside(doc, last) {
        let before = after_clause_boundary(doc, segments[segments.len() - 2]);
        if !holds_verb(doc, before)
            && !opens_with_preposition(before)
            && before.of(text).split_whitespace().count() <= MAX_SOURCE_WORDS
        {
            // "Jane Moss, a police official in the district, where…, told": the name before an
            // apposition and the clause after it.
            let apposed = segments.len() > 2
                && reads_as_aside(doc, before)
                && !doc.mentions_in(before).any(|(_, e)| doc.entity(e).entity_type == EntityType::Person);
            let name = apposed.then(|| after_clause_boundary(doc, segments[segments.len() - 3])).filter(|&n| {
                named(n)
                    && !holds_verb(doc, n)
                    && !opens_with_preposition(n)
                    && n.of(text).split_whitespace().count() <= SET_OFF_NAME_WORDS
            });
            return Some(name.unwrap_or(before));
        }
    }
    // Words longer than a noun phrase are a clause, not a subject; "as" opening the clause
    // ("…, comme l'a souligné le maire") leaves the subject to the words after the verb.
    let subject = after_clause_boundary(doc, last);
    let subject = match past_as_word(doc, subject) {
        // "…, comme l'a souligné le maire": only an object pronoun stands before the verb.
        Some(rest) if doc.tokens_in(rest).iter().all(|t| matches!(t.pos, Upos::Pron | Upos::Aux)) => return None,
        // "…, as unions said": the words after "as".
        Some(rest) => rest,
        None => subject,
    };
    // "A woman who said she was a nurse…": the relative pronoun stands for the words before it.
    let subject = match doc.tokens_in(subject) {
        [.., before, relative] if relative.means(Meaning::RelativePronoun) => Span::new(subject.start, before.span.end),
        _ => subject,
    };
    // "clashes that officials say have killed four": a noun phrase right after a relative
    // pronoun or "that", with no verb of its own, is the subject of a verb of speech set inside
    // that clause.
    let inside_clause = noun_phrase_after_relative(doc, subject);
    let (subject, last) = match inside_clause {
        Some(inside) => (inside, inside),
        None => (subject, last),
    };
    // "…ne sera levée que samedi a annoncé le préfet": a time alone says when, never who.
    let only_a_time = !subject.is_empty() && doc.time_around(subject).is_some();
    (!ends_with_comma && !only_a_time && last.of(text).split_whitespace().count() <= MAX_SOURCE_WORDS)
        .then(|| without_trailing_time(doc, without_leading_time(doc, subject)))
}

/// The noun phrase closing `subject` after its last relative pronoun or "that", when it holds
/// no verb and no comma ("protests that officials").
fn noun_phrase_after_relative(doc: &Document<'_>, subject: Span) -> Option<Span> {
    let tokens = doc.tokens_in(subject);
    let r = tokens.iter().rposition(|t| t.means(Meaning::RelativePronoun) || t.means(Meaning::Complementizer))?;
    let inside = tokens.get(r + 1..).filter(|inside| r > 0 && !inside.is_empty())?;
    let noun_phrase = inside.iter().any(|t| matches!(t.pos, Upos::Noun | Upos::Propn | Upos::Pron))
        && !inside.iter().any(|t| matches!(t.pos, Upos::Verb | Upos::Aux) || t.span.of(doc.text()) == ",");
    noun_phrase.then(|| Span::new(inside[0].span.start, subject.end))
}

/// The words of `phrase` after the "as" that opens it ("as unions", "just as officials",
/// "comme l'"), if one does.
pub fn past_as_word(doc: &Document<'_>, phrase: Span) -> Option<Span> {
    let as_words = lang::lexicon(doc.language).speech.as_words;
    let tokens = doc.tokens_in(phrase);
    let adverbs = tokens.iter().take_while(|t| t.pos == Upos::Adv).count();
    let word = tokens.get(adverbs).filter(|t| as_words.contains(&doc.lower(t.span)))?;
    Some(Span::new(word.span.end, phrase.end.max(word.span.end)).trim(doc.text()))
}

/// A source phrase without how or when it spoke after it: "the army in a statement" → "the
/// army", "la police lundi" → "la police" (a group opened by a preposition other than "of"
/// whose noun is a record such as a statement after "a" or a possessive, or a time).
pub fn without_trailing_record(doc: &Document<'_>, phrase: Span) -> Span {
    let lexicon = lang::lexicon(doc.language);
    let tokens = doc.tokens_in(phrase);
    let record = |t: &Token| lexicon.speech.record_nouns.contains(&doc.lower(t.span));
    // "in a statement", "dans son communiqué": an indefinite or possessive determiner, and no
    // capital after it ("the Centre for Data on Conflict", "a reporter at the Post" are names).
    let grammar = &lexicon.grammar;
    let cut = (1..tokens.len()).find(|&k| {
        let t = &tokens[k];
        let determiner = tokens.get(k + 1).is_some_and(|u| {
            let w = doc.lower(u.span);
            grammar.indefinite_articles.contains(&w) || u.means(Meaning::Possessive)
        });
        t.pos == Upos::Adp
            && !t.means(Meaning::Of)
            && determiner
            && tokens.get(k + 2).is_some_and(record)
            && !tokens[k..].iter().any(|u| u.shape.is(Shape::CAPITALISED) || u.shape.is(Shape::ALL_CAPS))
    });
    let phrase = match cut {
        Some(k) => Span::new(phrase.start, tokens[k].span.start).trim(doc.text()),
        None => phrase,
    };
    without_final_time(doc, phrase)
}

/// A subject without a time or adverbs after it: "the commission on Saturday night" → "the
/// commission", "Temu initially" → "Temu".
fn without_trailing_time(doc: &Document<'_>, subject: Span) -> Span {
    // "Temu initially said": an adverb before the verb is no part of its subject, nor is an
    // object pronoun ("le préfet lui a dit").
    let clitics = lang::lexicon(doc.language).grammar.object_clitics;
    let all = doc.tokens_in(subject);
    let adverbs = all
        .iter()
        .rev()
        .take_while(|t| t.pos == Upos::Adv || t.pos == Upos::Pron && clitics.contains(&doc.lower(t.span)))
        .count();
    let subject = match all.len().checked_sub(adverbs + 1) {
        Some(last) if adverbs > 0 => Span::new(subject.start, all[last].span.end),
        _ => subject,
    };
    without_final_time(doc, subject)
}

/// A phrase without the time expression that ends it, and its preposition: "la police lundi"
/// → "la police".
fn without_final_time(doc: &Document<'_>, subject: Span) -> Span {
    let tokens = doc.tokens_in(subject);
    let Some(last) = tokens.last() else { return subject };
    let Some(time) = doc.time_around(last.span).filter(|t| t.span.end == subject.end && t.span.start > subject.start)
    else {
        return subject;
    };
    let mut k = tokens.partition_point(|t| t.span.start < time.span.start);
    // "à la mi-journée": its determiner and its preposition.
    if k > 1 && tokens[k - 1].pos == Upos::Det && tokens[k - 2].pos == Upos::Adp {
        k -= 1;
    }
    if k > 0 && tokens[k - 1].pos == Upos::Adp {
        k -= 1;
    }
    match tokens.get(k) {
        Some(t) if k > 0 => Span::new(subject.start, t.span.start).trim(doc.text()),
        _ => subject,
    }
}

/// Whether a span holds a verb of its own, outside the names in it: a clause rather than a
/// noun phrase.
pub fn holds_verb(doc: &Document<'_>, span: Span) -> bool {
    let tokens = doc.tokens_in(span);
    // A possessive "'s", whatever the tagger read ("Kenya's acting minister", not "Kenya is
    // acting").
    let possessive = |j: usize| {
        tokens.get(j).is_some_and(|p| {
            matches!(p.pos, Upos::Part | Upos::Aux) && possessive_after(doc.text(), p.span.start) && p.span.len() <= 3
        })
    };
    // "in neighbouring Ogun state", "a burning car", "the country's acting president": a
    // participle inside a noun phrase.
    let modifier = |k: usize| {
        tokens[k].pos == Upos::Verb
            && k > 0
            && (matches!(tokens[k - 1].pos, Upos::Det | Upos::Adp | Upos::Sconj | Upos::Adj) || possessive(k - 1))
            && tokens.get(k + 1).is_some_and(|n| matches!(n.pos, Upos::Noun | Upos::Propn | Upos::Adj))
    };
    tokens.iter().enumerate().any(|(k, t)| {
        let in_noun_phrase = modifier(k) || possessive(k) && k + 1 < tokens.len() && modifier(k + 1);
        matches!(t.pos, Upos::Verb | Upos::Aux) && !in_noun_phrase && !doc.overlaps_mention(t.span)
    })
}

/// Whether a span reads as a noun phrase naming a source: no verb of its own before a relative
/// pronoun ("two sources who asked not to be named" is one; "a crowd beat and burned two men"
/// is not).
pub fn reads_as_noun_phrase(doc: &Document<'_>, span: Span) -> bool {
    let tokens = doc.tokens_in(span);
    let head = tokens.iter().position(|t| t.means(Meaning::RelativePronoun)).unwrap_or(tokens.len());
    // "which the authorities described", "dont les autorités ont souligné": a relative
    // clause, not a noun phrase.
    let clause_marker = tokens
        .first()
        .is_some_and(|t| lang::LANGUAGES.iter().any(|l| l.grammar.clause_markers.contains(&doc.lower(t.span))));
    // A participle that qualifies a noun is no verb of the phrase, whatever the tagger says:
    // before it ("aid groups", "state-run media") or after it with its complement ("officials
    // speaking on condition of anonymity", "residents reached by telephone").
    let words = &tokens[..head];
    let nominal =
        |t: Option<&crate::model::Token>| t.is_some_and(|t| matches!(t.pos, Upos::Noun | Upos::Propn | Upos::Adj));
    // A present participle with its object after a noun: "a militia fighting the army".
    let participle = |t: &crate::model::Token| {
        let lower = doc.lower(t.span);
        lang::LANGUAGES.iter().any(|l| l.grammar.present_participle_endings.iter().any(|e| lower.ends_with(e)))
    };
    let modifier = |k: usize| {
        let before = k.checked_sub(1).and_then(|j| words.get(j));
        let after = words.get(k + 1);
        nominal(after) && !before.is_some_and(|b| b.pos == Upos::Cconj)
            || nominal(before) && after.is_none_or(|a| a.pos == Upos::Adp)
            || nominal(before) && after.is_some_and(|a| a.pos == Upos::Det) && participle(&words[k])
    };
    head > 0
        && !clause_marker
        && !words
            .iter()
            .enumerate()
            .any(|(k, t)| (t.pos == Upos::Aux || t.pos == Upos::Verb && !modifier(k)) && !doc.overlaps_mention(t.span))
}

/// Whether words set off by commas read as an aside about the phrase before them: a relative
/// clause ("who won the vote"), a participle ("known as AFAD") or a noun phrase ("a UK-based
/// NGO"), rather than a clause of their own ("83 arrests were made").
fn reads_as_aside(doc: &Document<'_>, span: Span) -> bool {
    let tokens = doc.tokens_in(span);
    // "s'exprimant sous couvert d'anonymat": a reflexive participle too.
    let reflexive = lang::lexicon(doc.language).grammar.reflexives;
    let participle = |k: usize| tokens.get(k).is_some_and(|t| t.pos == Upos::Verb);
    let first = tokens.first();
    // "where the bus overturned", "où le car s'est renversé": a clause of place or time too.
    let relative_adverbs = lang::lexicon(doc.language).grammar.relative_adverbs;
    first.is_some_and(|t| {
        t.means(Meaning::RelativePronoun) || t.pos == Upos::Verb || relative_adverbs.contains(&doc.lower(t.span))
    }) || first.is_some_and(|t| reflexive.contains(&doc.lower(t.span))) && participle(1)
        || reads_as_noun_phrase(doc, span)
}

/// The part of a subject after the last word that closes a clause before it: "and he" → "he"
/// ("…on two floors, and he said"), "as police" → "police". A conjunction between two nouns
/// ("the army and police") joins them instead.
pub fn after_clause_boundary(doc: &Document<'_>, subject: Span) -> Span {
    let tokens = doc.tokens_in(subject);
    let lexicon = lang::lexicon(doc.language);
    let relative_adverbs = lexicon.grammar.relative_adverbs;
    let mut from = 0;
    for (k, t) in tokens.iter().enumerate() {
        // "…province, where doctors said": a clause of place or time opens there too.
        let relative = relative_adverbs.contains(&doc.lower(t.span));
        // "It comes as the government said": "as" after a verb opens a clause, whatever the
        // tagger read it as.
        let verb_before = || tokens[from..k].iter().any(|u| matches!(u.pos, Upos::Verb | Upos::Aux));
        let as_word = lexicon.speech.as_words.contains(&doc.lower(t.span));
        // "…, during which he said", « au cours de laquelle il a dit »: a relative after its
        // preposition opens a clause whose subject follows.
        let relative_object = t.means(Meaning::RelativePronoun) && k > 0 && tokens[k - 1].pos == Upos::Adp;
        // "was abducted a day after an aide accused": a conjunction of time after a verb.
        let time_conjunction = || lexicon.grammar.time_conjunctions.contains(&doc.lower(t.span)) && verb_before();
        let closes = match t.pos {
            _ if relative || relative_object => true,
            Upos::Adp | Upos::Sconj if time_conjunction() => true,
            _ if as_word => verb_before(),
            Upos::Sconj => true,
            Upos::Cconj => k == 0 || verb_before(),
            _ => false,
        };
        if closes && !doc.overlaps_mention(t.span) {
            from = k + 1;
        }
    }
    match tokens.get(from) {
        Some(t) if from > 0 => Span::new(t.span.start, subject.end),
        _ => subject,
    }
}

/// A subject (or a claim) without the time that opens its clause: "On Wednesday the group" →
/// "the group".
pub fn without_leading_time(doc: &Document<'_>, subject: Span) -> Span {
    let tokens = doc.tokens_in(subject);
    // "On Wednesday", "Early Tuesday".
    let skip = usize::from(tokens.first().is_some_and(|t| matches!(t.pos, Upos::Adp | Upos::Adv)));
    let Some(first) = tokens.get(skip) else { return subject };
    match doc.time_around(first.span).filter(|t| t.span.start == first.span.start && t.span.end < subject.end) {
        Some(time) => Span::new(time.span.end, subject.end).trim(doc.text()),
        None => subject,
    }
}

/// Where a noun phrase at the start of `s` ends: at a comma, semicolon, colon, bracket or
/// quotation mark, or at a full stop that is not inside an abbreviation ("U.N.", "U.S.").
pub fn phrase_end(s: &str) -> usize {
    let mut prev: Option<char> = None;
    let mut before_prev: Option<char> = None;
    for (i, c) in s.char_indices() {
        match c {
            ',' | ';' | ':' | '(' | '“' | '”' | '«' | '»' | '"' => return i,
            '.' => {
                let next = s[i + 1..].chars().next();
                // "U.N." / "U.S": a capital letter just before, after a dot or a space.
                let abbreviation = prev.is_some_and(char::is_uppercase)
                    && before_prev.is_none_or(|b| b == '.' || b.is_whitespace())
                    && next.is_none_or(|n| {
                        // "U.S.-based": a compound made on it.
                        n.is_alphabetic()
                            || n == '-'
                            || n.is_whitespace() && s[i + 1..].trim_start().starts_with(char::is_lowercase)
                    });
                if !abbreviation {
                    return i;
                }
            }
            _ => {}
        }
        before_prev = prev;
        prev = Some(c);
    }
    s.len()
}

/// Where a phrase from `from` that [`phrase_end`] ends at `end` ends with the person an
/// abbreviated title at its end names ("a déclaré M. Durand", "said Gen. Mark Ellis": the
/// title's dot ends the phrase too early); `end` itself otherwise.
pub fn past_abbreviated_title(doc: &Document<'_>, from: usize, end: usize, limit: usize) -> usize {
    let abbreviated_title = doc
        .tokens_in(Span::new(from, end))
        .last()
        .is_some_and(|t| t.means(Meaning::Title) && t.means(Meaning::Abbreviation));
    if !abbreviated_title {
        return end;
    }
    // "Maj. Gen. Tom Ward": past the titles that follow, each with its dot.
    let text = doc.text();
    let mut last_title = end;
    while let Some(t) = doc.tokens_in(Span::new((last_title + 1).min(limit), limit)).first().filter(|t| {
        t.means(Meaning::Title) && t.means(Meaning::Abbreviation) && text[t.span.end..limit].starts_with('.')
    }) {
        if t.span.start > last_title + 3 {
            break;
        }
        last_title = t.span.end;
    }
    let window = Span::new(last_title, (last_title + TITLED_NAME_BYTES).min(limit));
    doc.mentions_in(window)
        .find(|&(m, i)| m.start <= last_title + 3 && m.end <= limit && doc.entity(i).entity_type == EntityType::Person)
        .map_or(end, |(m, _)| m.end)
}

/// The most bytes after an abbreviated title in which the person it titles is looked for.
const TITLED_NAME_BYTES: usize = 80;

/// A source's phrase without the words that stand for what it said: "les mots du préfet" →
/// "préfet", "the words of the mayor" → "the mayor".
fn past_words_of(doc: &Document<'_>, phrase: Span) -> Span {
    let vocabulary = Vocabulary::of(lang::lexicon(doc.language));
    let first = doc.token_from(phrase.start);
    match vocabulary.phrase_at(&doc.tokens, &doc.lower, first, Meaning::WordsOf) {
        Some(words) if words.start == phrase.start && words.end < phrase.end => {
            Span::new(words.end, phrase.end).trim(doc.text())
        }
        _ => phrase,
    }
}

/// The phrase naming someone after a cue: "said Rami Abdel Rahmane, director…" →
/// "Rami Abdel Rahmane". An addressee first ("a déclaré à l'AFP X", "told Reuters X") is
/// skipped, and so is a time after it ("a déclaré X lundi").
pub fn phrase_after(doc: &Document<'_>, from: usize, limit: usize, lexicon: &Lexicon) -> Span {
    let text = doc.text();
    let lead = text[from..limit].trim_start();
    // The phrase opens at its first word: a condition word is only one after it ("le", "on").
    let mut from = limit - lead.len();
    // Only the opening words can be a marker: lower-case no more of them than that.
    let mut head = lead.len().min(64);
    while !lead.is_char_boundary(head) {
        head -= 1;
    }
    let lower = lead[..head].to_lowercase();
    let opens_with_marker = |m: &&&str| lower.strip_prefix(**m).is_some_and(|rest| rest.starts_with(' '));
    if let Some(marker) = lexicon.speech.addressee_markers.iter().find(opens_with_marker) {
        // Skip the marker and the outlet's word ("à l'AFP", "to Reuters").
        let after_marker = &lead[marker.len()..].trim_start();
        let word_len = after_marker.find(char::is_whitespace).unwrap_or(after_marker.len());
        // "a dit à RADIO-KIVU, le porte-parole": the comma after the outlet too.
        let word = after_marker[..word_len].trim_end_matches(',');
        let rest = after_marker[word.len()..].trim_start_matches([',', ' ']);
        from = limit - rest.len();
    }
    // "a affirmé à Reuters, depuis Tripoli, le porte-parole": a place or a means set off by
    // commas before the speaker.
    let lead = text[from..limit].trim_start_matches([' ', ',']);
    let tokens = doc.tokens_in(Span::new(limit - lead.len(), limit));
    if tokens.first().is_some_and(|t| t.pos == Upos::Adp && !t.means(Meaning::Of)) {
        let comma = tokens.iter().take(SET_OFF_PLACE_TOKENS).position(|t| doc.lower(t.span) == ",");
        if let Some(c) = comma.filter(|&c| c > 1 && c + 1 < tokens.len()) {
            if tokens[..c].iter().all(|t| t.is_word()) {
                from = tokens[c + 1].span.start;
            }
        }
    }
    // « a affirmé dans un communiqué publié le colonel X »: the record it was said in, with a
    // word or two qualifying it, is not who said it.
    let lead = text[from..limit].trim_start();
    let tokens = doc.tokens_in(Span::new(limit - lead.len(), limit));
    let records = lexicon.speech.record_nouns;
    if let [adp, det, noun, rest @ ..] = tokens {
        let in_record = adp.pos == Upos::Adp
            && !adp.means(Meaning::Of)
            && det.pos == Upos::Det
            && records.contains(&doc.lower(noun.span));
        let qualifiers = rest.iter().take(2).take_while(|t| matches!(t.pos, Upos::Adj | Upos::Verb)).count();
        let speaker_next = rest.get(qualifiers).is_some_and(|t| matches!(t.pos, Upos::Det | Upos::Propn | Upos::Noun));
        if in_record && speaker_next {
            from = rest[qualifiers].span.start;
        }
    }
    // "a indiqué par téléphone X": how it was said is not who said it.
    let lead = text[from..limit].trim_start();
    if let Some(channel) = channel_at(lexicon, lead) {
        from = limit - lead.len() + channel;
    }
    let s = &text[from..limit];
    let mut end = past_abbreviated_title(doc, from, from + phrase_end(s), limit) - from;
    // "un élu local sous couvert d'anonymat": the condition is not part of the name.
    let conditions = lang::LANGUAGES.iter().flat_map(|l| l.speech.source_conditions);
    // Not an article after the agent's preposition: "signé par le ministre".
    let after_preposition =
        |i: usize| doc.tokens_in(Span::new(from, from + i)).last().is_some_and(|t| t.means(Meaning::AgentMarker));
    for marker in conditions {
        if let Some(i) = spaced_words(&s[..end], marker).find(|&i| !after_preposition(i)) {
            end = end.min(i);
        }
    }
    // "la source hospitalière qui s'exprimait sous couvert d'anonymat": a relative clause is no part
    // of the name.
    // Nor one opened by a relative adverb: "la police de Nyon où se trouve l'école".
    for relative in lexicon.speech.relative_pronouns.iter().chain(lexicon.grammar.relative_adverbs) {
        if let Some(i) = spaced_word(&s[..end], relative) {
            end = end.min(i);
        }
    }
    // "a déclaré le ministre à l'AFP": whom it was said to, a name or a kind of source, is not
    // part of it ("le commissaire à l'information" is one title).
    for marker in lexicon.speech.addressee_markers {
        if let Some(i) = spaced_word(&s[..end], marker) {
            let after = from + i + 1 + marker.len();
            let addressee = s[i + 1 + marker.len()..end].trim_start();
            let addressee = lang::LANGUAGES
                .iter()
                .flat_map(|l| l.grammar.determiners.iter())
                .find_map(|d| {
                    addressee.strip_prefix(d).filter(|rest| d.ends_with(['\'', '’']) || rest.starts_with(' '))
                })
                .unwrap_or(addressee)
                .trim_start();
            let word_end = addressee.find(|c: char| !c.is_alphanumeric() && c != '-').unwrap_or(addressee.len());
            let word = &addressee[..word_end];
            if word.starts_with(char::is_uppercase) || is_source_head(&word.to_lowercase()) || after >= limit {
                end = end.min(i);
            }
        }
    }
    let phrase = without_trailing_time(doc, without_trailing_record(doc, Span::new(from, from + end).trim(text)));
    let phrase = past_words_of(doc, phrase);
    // "a annoncé le ministre de l'Intérieur, le général Paul Ndiaye": the name is part of it.
    match apposed_person(doc, phrase) {
        Some((m, _)) if m.end <= limit => Span::new(phrase.start, m.end),
        _ => phrase,
    }
}

/// The most tokens of a phrase set off by commas between a verb of speech and its speaker
/// ("depuis Tripoli", "from the capital").
const SET_OFF_PLACE_TOKENS: usize = 6;

/// The longest apposition read after a speaker's description, in words.
const APPOSITION_WORDS: usize = 6;
/// The longest group between a speaker's description and its apposition, in words.
const QUALIFIER_WORDS: usize = 4;

/// A person named right after `phrase` (or after a short group qualifying it), set off by a
/// comma, with at most a title before the name and nothing after it but the end of the
/// apposition (a comma, a full stop, a bracket).
pub fn apposed_person(doc: &Document<'_>, phrase: Span) -> Option<(Span, EntityId)> {
    let text = doc.text();
    let sentence = doc.sentence_at(phrase.start)?.span;
    let rest = Span::new(phrase.end, sentence.end.max(phrase.end));
    let after = rest.of(text);
    // A short group may still qualify the description: "le porte-parole de l'armée dans la
    // province, le lieutenant-colonel …".
    let qualifier = after.find(',').filter(|&i| {
        let group = &after[..i];
        group.split_whitespace().count() <= QUALIFIER_WORDS && !group.contains(['.', ';', ':', '«', '»', '“', '”', '"'])
    })?;
    let comma = &after[qualifier + 1..];
    let from = rest.end - comma.len();
    let end = past_abbreviated_title(doc, from, from + phrase_end(comma), rest.end);
    let segment = Span::new(from, end).trim(text);
    if segment.of(text).split_whitespace().count() > APPOSITION_WORDS {
        return None;
    }
    let (m, i) = doc.mentions_in(segment).last()?;
    (doc.entity(i).entity_type == EntityType::Person && m.end == segment.end).then_some((m, i))
}

/// The person a description is set off after: "Jeanne Morel, responsable du service de
/// secours" → "Jeanne Morel", so that "…, qui précise que…" after the description is hers.
pub fn person_before_apposition(doc: &Document<'_>, description: Span) -> Option<Span> {
    let before = doc.text()[..description.start].trim_end();
    let comma = before.strip_suffix(',')?.len();
    let (m, e) = doc.mentions_before(comma).next()?;
    // "le voisin de Paul Martin, un retraité": a name inside a complement is not the one described.
    let before = doc.tokens_in(Span::new(0, m.start)).last();
    let in_complement = before.is_some_and(|t| t.pos == Upos::Adp || t.means(Meaning::Of));
    (m.end == comma && !in_complement && doc.entity(e).entity_type == EntityType::Person).then_some(m)
}

/// Where the phrase naming a speaker or a source starts after a cue at `from`: past what may
/// stand between the verb and its subject ("a précisé dans la matinée le préfet", "ont affirmé samedi les
/// secours", "a déclaré à l'AFP le ministre"): a time expression, an adverb, or a group opened
/// by a preposition when a determiner or a proper noun follows it.
pub fn past_asides(doc: &Document<'_>, from: usize, limit: usize) -> usize {
    let tokens = doc.tokens_in(Span::new(from, limit));
    let mut i = 0;
    while let Some(t) = tokens.get(i) {
        if let Some(time) = doc.time_around(t.span) {
            i += tokens[i..].iter().take_while(|u| u.span.end <= time.span.end).count();
        } else if t.pos == Upos::Adv {
            i += 1;
        } else if let Some(after) = comma_aside_tokens(doc, &tokens[i..], limit) {
            // "a déclaré, mardi soir, le colonel": an aside between two commas.
            i += after;
        } else if t.pos == Upos::Det && tokens.get(i + 1).is_some_and(|u| u.pos == Upos::Adv) {
            // "un peu plus tôt": a determiner opening an adverb.
            i += 2;
        } else if t.pos == Upos::Adp && tokens.get(i + 1).is_some_and(|u| doc.time_around(u.span).is_some()) {
            // "on Saturday": the preposition of a time, skipped with it.
            i += 1;
        } else if t.pos == Upos::Adp {
            // The preposition, a determiner, adjectives, then the nouns of one noun phrase.
            let mut group = 1;
            if tokens.get(i + group).is_some_and(|u| u.pos == Upos::Det) {
                group += 1;
            }
            group += tokens[i + group..].iter().take_while(|u| matches!(u.pos, Upos::Adj | Upos::Num)).count();
            // A name's words whatever their tags ("Radio Télévision Nationale").
            group += tokens[i + group..]
                .iter()
                .take_while(|u| matches!(u.pos, Upos::Noun | Upos::Propn) || u.shape.is(Shape::CAPITALISED))
                .count();
            // Its acronym in brackets: "à Radio Télévision Nationale (RTN) un officier…".
            if tokens.get(i + group).is_some_and(|u| doc.lower(u.span) == "(") {
                let close =
                    tokens[i + group..].iter().take(MAX_BRACKETED_TOKENS).position(|u| doc.lower(u.span) == ")");
                if let Some(c) = close {
                    group += c + 1;
                }
            }
            // "a affirmé dans une déclaration Jeanne Morel, porte-parole…", "a indiqué sur place
            // Marie Dubois porte-parole de la police": a person's name right after the aside's
            // common noun is the subject.
            let named = (i + 2..i + group).find(|&k| {
                tokens[k - 1].pos == Upos::Noun
                    && !tokens[k - 1].shape.is(Shape::CAPITALISED)
                    && doc.mentions_in(Span::new(tokens[k].span.start, limit)).next().is_some_and(|(m, e)| {
                        m.start == tokens[k].span.start && doc.entity(e).entity_type == EntityType::Person
                    })
            });
            match tokens.get(i + group) {
                _ if named.is_some() => {
                    i = named.unwrap_or(i);
                    break;
                }
                // Another aside may follow: "a déclaré de son côté à l'AFP une source", or a
                // time ("a écrit sur X samedi soir la ministre").
                Some(next)
                    if group > 1
                        && (matches!(next.pos, Upos::Det | Upos::Propn | Upos::Adp)
                            || doc.time_around(next.span).is_some()) =>
                {
                    i += group
                }
                _ => break,
            }
        } else {
            break;
        }
    }
    tokens.get(i).filter(|_| i > 0).map_or(from, |t| t.span.start)
}

/// The most tokens of an acronym in brackets after a name, brackets included.
const MAX_BRACKETED_TOKENS: usize = 5;

/// How many tokens an aside set off by commas takes at the head of `tokens` ("…, mardi soir,"),
/// both commas included, when `tokens` opens with a comma and what follows it up to the next
/// comma is all aside ([`past_asides`]).
fn comma_aside_tokens(doc: &Document<'_>, tokens: &[Token], limit: usize) -> Option<usize> {
    let (comma, rest) = tokens.split_first()?;
    if doc.lower(comma.span) != "," {
        return None;
    }
    let close = rest.iter().position(|t| doc.lower(t.span) == ",")?;
    if close == 0 || rest[close].span.end > limit {
        return None;
    }
    // "se désole, inconsolable, Paul Kossi", "said, visibly shaken, the mayor": how the
    // speaker said it, a few adjectives and adverbs.
    let manner = close <= MAX_MANNER_WORDS && rest[..close].iter().all(|t| matches!(t.pos, Upos::Adj | Upos::Adv));
    let past = past_asides(doc, rest[0].span.start, rest[close].span.end);
    (manner || past == rest[close].span.start).then_some(close + 2)
}

/// The most words of an aside telling how a speaker spoke, between commas.
const MAX_MANNER_WORDS: usize = 3;

/// Where a claim starts after a verb that names whom it was said to ("told the Associated
/// Press on Saturday that…", "told reporters the raid…"): past the addressee, a time and the
/// complementizer; `from` itself when no addressee follows.
pub fn past_addressee(doc: &Document<'_>, from: usize, limit: usize) -> usize {
    let tokens = doc.tokens_in(Span::new(from, limit));
    let Some(first) = tokens.first() else { return from };
    let mut i = usize::from(first.pos == Upos::Det);
    // A name the text knows, or a noun phrase ("reporters", "a local radio station").
    let named = tokens
        .get(i)
        .and_then(|t| doc.mentions_in(Span::new(t.span.start, limit)).next().filter(|(m, _)| m.start == t.span.start));
    if let Some((m, _)) = named {
        i += tokens[i..].iter().take_while(|t| t.span.end <= m.end).count();
    } else {
        i += tokens[i..].iter().take_while(|t| t.pos == Upos::Adj).count();
    }
    // "Reuters news agency", "reporters" (whatever the tagger makes of a kind of source).
    i += tokens[i..]
        .iter()
        .take_while(|t| {
            (matches!(t.pos, Upos::Noun | Upos::Propn) || is_source_head(doc.lower(t.span)))
                && doc.time_around(t.span).is_none()
        })
        .count();
    if i == usize::from(first.pos == Upos::Det) {
        return from;
    }
    // "on Saturday", "by telephone".
    while let Some(t) = tokens.get(i) {
        if let Some(time) = doc.time_around(t.span) {
            i += tokens[i..].iter().take_while(|u| u.span.end <= time.span.end).count();
        } else if t.pos == Upos::Adp
            && tokens.get(i + 1).is_some_and(|u| doc.time_around(u.span).is_some() || u.pos == Upos::Noun)
            && tokens.get(i + 2).is_none_or(|u| u.pos != Upos::Adp)
        {
            i += 2;
        } else {
            break;
        }
    }
    if tokens.get(i).is_some_and(|t| t.means(Meaning::Complementizer)) {
        i += 1;
    }
    tokens.get(i).map_or(limit, |t| t.span.start)
}

/// Whether a lower-case word is, alone, the head of a kind of source in any language
/// ("reporters", "presse").
fn is_source_head(word: &str) -> bool {
    lang::LANGUAGES.iter().any(|l| l.speech.source_heads.iter().any(|(h, _)| *h == word))
}

/// Where `word` first stands between two spaces in `s`: the offset of the space before it.
fn spaced_word(s: &str, word: &str) -> Option<usize> {
    spaced_words(s, word).next()
}

/// Everywhere `word` stands between two spaces in `s`, in order: the offset of the space
/// before it.
fn spaced_words<'a>(s: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    s.match_indices(word)
        .filter(move |&(i, _)| s[..i].ends_with(' ') && s[i + word.len()..].starts_with(' '))
        .map(|(i, _)| i - 1)
}

/// Whether a phrase opens with a determiner ("la Défense civile", "an official").
pub fn opens_with_determiner(phrase: &str) -> bool {
    lang::LANGUAGES
        .iter()
        .any(|l| lang::opens_with(phrase, l.grammar.determiners) || lang::opens_with(phrase, l.grammar.indefinites))
}

/// Whether a phrase has a word that could name someone (not only "and", "has", "il"...).
pub fn names_something(phrase: &str, lexicon: &Lexicon) -> bool {
    phrase.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-').filter(|w| !w.is_empty()).any(|w| {
        let w: std::borrow::Cow<'_, str> =
            if w.bytes().all(|b| b.is_ascii_lowercase() || !b.is_ascii_alphabetic()) && w.is_ascii() {
                w.into()
            } else {
                w.to_lowercase().into()
            };
        !lexicon.casualties.auxiliaries.contains(&w.as_ref())
            && !lexicon.page.function_words.contains(&w.as_ref())
            && !lang::LANGUAGES.iter().any(|l| l.grammar.conjunctions.contains(&w.as_ref()))
    })
}

/// A quote's speaker as the source of what it says.
pub fn source_of_speaker(doc: &Document<'_>, speaker: &Speaker) -> Source {
    Source {
        span: speaker.span,
        entity: speaker.entity,
        kind: kind_of(doc, speaker.span, speaker.entity),
        antecedent: speaker.antecedent,
    }
}

/// Whether sources name someone: an entity, or a recognised kind of source.
pub fn identified(sources: &[Source]) -> bool {
    sources.iter().any(|s| s.entity.is_some() || s.kind != SourceKind::Other)
}

/// The document's claims, sorted by where they start, for [`claim_sources`].
pub fn claims_by_start<'d>(doc: &'d Document<'_>) -> Vec<&'d Attribution> {
    let mut claims: Vec<&Attribution> = doc.attributions.iter().collect();
    sort::sort_by_key(&mut claims, |a| a.claim.start);
    claims
}

/// The sources of the claims that hold `span` (claims sorted by start).
pub fn claim_sources(claims: &[&Attribution], span: Span) -> Vec<Source> {
    let to = claims.partition_point(|a| a.claim.start <= span.start);
    // Claims lie within one sentence: only the last few starting before the span can hold it.
    claims[..to]
        .iter()
        .rev()
        .take(8)
        .filter(|a| a.claim.contains(span))
        .rev()
        .flat_map(|a| a.sources.iter().cloned())
        .collect()
}

/// The claims inside `sentence` (claims sorted by start; a claim lies inside its sentence).
pub fn claims_in<'a, 'd>(claims: &'a [&'d Attribution], sentence: Span) -> impl Iterator<Item = &'d Attribution> + 'a {
    let from = claims.partition_point(|a| a.claim.start < sentence.start);
    claims[from..]
        .iter()
        .take_while(move |a| a.claim.start < sentence.end)
        .filter(move |a| sentence.contains(a.claim))
        .copied()
}

/// Whether two sources are one: the same words (in one place, or the same phrase again when
/// neither is an entity: "des sources hospitalières" in the headline and the body), or the
/// same entity.
pub fn same_source(text: &str, a: &Source, b: &Source) -> bool {
    a.span == b.span
        || a.entity.is_some() && a.entity == b.entity
        || a.entity.is_none() && b.entity.is_none() && a.span.of(text).eq_ignore_ascii_case(b.span.of(text))
}
