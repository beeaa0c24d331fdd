//! Named entities: people, organisations, places and groups, with aliases, acronyms, roles
//! and one entity per real-world referent.
//!
//! Mentions come from three sources, read sentence by sentence in the article's own text
//! (never boilerplate): gazetteer matches (countries, cities, demonyms, organisations and
//! their acronyms in both languages); runs of capitalised words (with name particles such as
//! "al-", "bin", "van der" and connectors such as "for" inside organisation names), typed by
//! their keywords and context; and group nouns ("rebels", "jihadistes"). Photo credits add
//! their photographer and agency. Mentions are then clustered: defined acronyms, short forms
//! of organisation names, surnames, and capitals that stand for their state.

use crate::document::Document;
use crate::gazetteer::{is_first_name, GAZETTEER};
use crate::lang::{self, Lexicon, GENERIC_ACRONYMS, NAME_PARTICLES};
use crate::layout::title_case;
use crate::model::Span;
use crate::model::{Entity, EntityId, EntityType, Kind};
use crate::model::{Meaning, Shape, Token};
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
}

struct Words<'a> {
    lexicon: &'a Lexicon,
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

impl Words<'_> {
    fn any(&self, list: impl Fn(&Lexicon) -> &'static [&'static str], word: &str) -> bool {
        let w = lower(word);
        list(self.lexicon).contains(&w.as_str())
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

    /// Whether token `i` is the first word of the sentence or of a quotation or clause.
    fn starts_clause(&self, i: usize) -> bool {
        i == 0
            || !self.tokens[i - 1].is_word()
                && matches!(self.word(i - 1), "“" | "\"" | "«" | "‘" | ":" | "(" | "—" | "–")
    }

    /// The lower-case form of token `i`.
    fn lower(&self, i: usize) -> &'t str {
        self.tokens[i].span.of(self.lower)
    }

    /// Whether token `i` is a word that alone has `meaning`.
    fn means(&self, i: usize, meaning: Meaning) -> bool {
        self.is_word(i) && self.tokens[i].means(meaning)
    }
}

/// Annotates entities on a segmented document.
pub fn annotate(doc: &Document<'_>) -> Vec<Entity> {
    let text = doc.text();
    let words = Words { lexicon: lang::lexicon(doc.language) };
    let mut candidates = Vec::new();
    for sentence in &doc.sentences {
        let s = Sentence { text, lower: &doc.lower, tokens: doc.tokens_of(sentence) };
        sentence_candidates(&s, sentence.span, &words, &mut candidates);
    }
    // The dateline's place and agency are read from the layout ("KYIV" is a city, not an acronym).
    if let Some(d) = doc.layout.dateline {
        candidates.retain(|c| !c.span.overlaps(d.place) && d.agency.is_none_or(|a| !c.span.overlaps(a)));
    }
    credit_candidates(doc, &mut candidates);
    sort::sort_by_key(&mut candidates, |c| (c.span.start, c.span.end));
    candidates.dedup_by(|b, a| a.span == b.span && a.entity_type == b.entity_type);
    cluster(doc, candidates)
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
    }
}

fn sentence_candidates(s: &Sentence<'_>, span: Span, w: &Words<'_>, out: &mut Vec<Candidate>) {
    let text = s.text;
    // Checks against candidates look only at this sentence's, to keep the pass linear.
    let first = out.len();
    let n = s.tokens.len();
    let hits: Vec<(Span, usize)> = GAZETTEER
        .find(span.of(text))
        .into_iter()
        .map(|h| (Span::new(span.start + h.start, span.start + h.end), h.entry))
        .collect();
    let token_at = |pos: usize| s.tokens.binary_search_by_key(&pos, |t| t.span.start).ok();
    let token_ending = |pos: usize| s.tokens.binary_search_by_key(&pos, |t| t.span.end).ok();
    let mut consumed = vec![false; hits.len()];

    let is_cap = |i: usize| -> bool {
        if !s.is_word(i) {
            return false;
        }
        let (token, word) = (&s.tokens[i], s.word(i));
        let particle = token.shape.is(Shape::HYPHENATED) && is_particle_name(word);
        let capital = token.shape.is(Shape::CAPITALISED) || particle;
        // "UK-based", "Kremlin-backed": a compound adjective, not a name.
        let compound_adjective = !particle
            && token.shape.is(Shape::HYPHENATED)
            && word.split_once('-').is_some_and(|(_, rest)| rest.chars().next().is_some_and(char::is_lowercase));
        capital
            && !compound_adjective
            && !token.shape.is(Shape::NUMBER)
            && !token.means(Meaning::Month)
            && !token.means(Meaning::Weekday)
            && !token.means(Meaning::GroupNoun)
            && !(s.starts_clause(i) && token.means(Meaning::SentenceOpener))
            && !GENERIC.contains(word)
    };
    let is_joiner = |i: usize| -> bool { s.means(i, Meaning::NameParticle) || s.means(i, Meaning::NameConnector) };
    let speech_near = |a: usize, b: usize| -> bool {
        let before = a.checked_sub(1);
        let after = (b < n).then_some(b);
        [before, after].into_iter().flatten().any(|k| s.means(k, Meaning::SpeechVerb))
    };

    let mut i = 0;
    while i < n {
        if !is_cap(i) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        loop {
            if j < n && is_cap(j) {
                j += 1;
            } else if j + 1 < n
                && is_joiner(j)
                && is_cap(j + 1)
                && !(s.is_word(j) && s.tokens[j].means(Meaning::Conjunction))
            {
                j += 2;
            } else if j + 2 < n && is_joiner(j) && is_joiner(j + 1) && is_cap(j + 2) {
                j += 3;
            } else if j + 1 < n && s.word(j) == "." && s.means(j - 1, Meaning::Title) && is_cap(j + 1) {
                // "Gov. Serhii Lysak", "Gen. Lee": the abbreviated title's dot.
                j += 2;
            } else {
                break;
            }
        }
        let (chunk_start, chunk_end) = (i, j);
        i = j;
        // Titles before the name: "Syrian President", "Foreign Minister", "Gen.".
        let mut a = chunk_start;
        let mut role_start = None;
        loop {
            let title_len = title_at(s, a, chunk_end, w);
            let demonym_then_title = hits.iter().any(|&(h, e)| {
                h.start == s.tokens[a].span.start
                    && matches!(GAZETTEER.entry(e).kind, Kind::Demonym(_))
                    && token_ending(h.end).is_some_and(|k| title_at(s, k + 1, chunk_end, w) > 0)
            });
            if title_len > 0 {
                role_start.get_or_insert(a);
                a += title_len;
                // "Gen." keeps its dot out of the name.
                while a < chunk_end && !s.is_word(a) {
                    a += 1;
                }
            } else if demonym_then_title && role_start.is_none() {
                role_start = Some(a);
                a += 1;
            } else {
                break;
            }
        }
        let mut role =
            role_start.map(|r| Span::new(s.tokens[r].span.start, s.tokens[a - 1].span.end).of(text).to_string());
        // A lower-case title just before the name: "army spokesman Nadav Shoshani".
        if role.is_none() && chunk_start > 0 && s.is_word(chunk_start - 1) && s.means(chunk_start - 1, Meaning::Title) {
            let title = chunk_start - 1;
            let from = if title > 0
                && s.is_word(title - 1)
                && s.word(title - 1).chars().next().is_some_and(char::is_uppercase)
            {
                title - 1
            } else {
                title
            };
            role = Some(Span::new(s.tokens[from].span.start, s.tokens[title].span.end).of(text).to_string());
        }
        if a >= chunk_end {
            continue;
        }
        let name = Span::new(s.tokens[a].span.start, s.tokens[chunk_end - 1].span.end);
        let inner: Vec<usize> = (0..hits.len()).filter(|&k| name.contains(hits[k].0)).collect();
        let exact = inner.iter().find(|&&k| hits[k].0 == name).copied();
        let name_words: Vec<String> = (a..chunk_end).filter(|&k| s.is_word(k)).map(|k| s.word(k).to_string()).collect();
        // "Central Electoral Bureau (BEC)": a name that defines an acronym is an organisation.
        let defines_acronym = chunk_end + 2 < n
            && s.word(chunk_end) == "("
            && s.is_word(chunk_end + 1)
            && is_acronym(s.word(chunk_end + 1))
            && matches!(s.word(chunk_end + 2), ")" | "," | ";");
        let has_org_keyword =
            defines_acronym && name_words.len() >= 2 || (a..chunk_end).any(|k| s.means(k, Meaning::OrgKeyword));
        let candidate = |entity_type: Option<EntityType>, speaks: bool| Candidate {
            span: name,
            entity_type,
            key: Key::Name(name_words.join(" ")),
            words: name_words.clone(),
            role: role.clone(),
            speaks,
        };
        // A name the gazetteer knows whole is read from the gazetteer matches below.
        if exact.is_some() {
            continue;
        }
        // "Israel Katz", "Jordan Bardella": a first name followed by another capitalised word
        // is a person, whatever else the first word can be.
        // Not when the rest is itself a known place ("North Darfur", "Victoria Falls").
        let rest_is_known = inner.iter().any(|&h| hits[h].0.start > s.tokens[a].span.start);
        let first_name_led = name_words.len() >= 2
            && is_first_name(&name_words[0])
            && !rest_is_known
            && !w.any(|l| l.names.directions, &name_words[0])
            && !name_words.iter().any(|x| {
                w.any(|l| l.names.org_keywords, x)
                    || w.lexicon.names.name_connectors.contains(&lower(x).as_str())
                        && !NAME_PARTICLES.contains(&lower(x).as_str())
            });
        if first_name_led {
            for &k in &inner {
                consumed[k] = true;
            }
            out.push(candidate(Some(EntityType::Person), speech_near(a, chunk_end)));
            continue;
        }
        if has_org_keyword && role.is_none() {
            for &k in &inner {
                consumed[k] = true;
            }
            out.push(candidate(Some(EntityType::Org), false));
            continue;
        }
        // Arabic-style particles make a person even around a place name ("Mohammed bin Salman");
        // "de", "du" do not ("Santé du Hamas").
        let particle_name = name_words.len() >= 2
            && name_words.iter().any(|x| is_particle_name(x) || lang::PERSON_PARTICLES.contains(&lower(x).as_str()));
        if !inner.is_empty() && (role.is_some() || particle_name) {
            // "Foreign Minister Hakan Fidan", "Mohammed bin Salman": a person whose name
            // happens to contain a place name.
            for &k in &inner {
                consumed[k] = true;
            }
            out.push(candidate(Some(EntityType::Person), speech_near(a, chunk_end)));
            continue;
        }
        if !inner.is_empty() {
            // Words outside the known names may be a name of their own: "AFP Mahmoud Bassal".
            let covered = |k: usize| inner.iter().any(|&h| hits[h].0.contains(s.tokens[k].span));
            let mut k = a;
            while k < chunk_end {
                if covered(k) || !s.is_word(k) {
                    k += 1;
                    continue;
                }
                let run_start = k;
                while k < chunk_end && !covered(k) {
                    k += 1;
                }
                // Trim joiners at either end ("Santé du" before "Hamas").
                let (mut from, mut to) = (run_start, k);
                while from < to && (is_joiner(from) || !s.is_word(from)) {
                    from += 1;
                }
                while to > from && (is_joiner(to - 1) || !s.is_word(to - 1)) {
                    to -= 1;
                }
                let words: Vec<String> = (from..to).filter(|&t| s.is_word(t)).map(|t| s.word(t).to_string()).collect();
                if words.len() >= 2 {
                    let span = Span::new(s.tokens[from].span.start, s.tokens[to - 1].span.end);
                    let keyword = words.iter().any(|x| w.any(|l| l.names.org_keywords, x));
                    out.push(Candidate {
                        span,
                        entity_type: Some(if keyword { EntityType::Org } else { EntityType::Person }),
                        key: Key::Name(words.join(" ")),
                        words,
                        role: None,
                        speaks: speech_near(from, to),
                    });
                }
            }
            continue;
        }
        // "Coordination for Displaced Persons": "for", "of", "the" inside a name make it an organisation.
        let has_connector = name_words.iter().any(|x| {
            let l = lower(x);
            w.lexicon.names.name_connectors.contains(&l.as_str()) && !NAME_PARTICLES.contains(&l.as_str())
        });
        if has_connector {
            out.push(candidate(Some(EntityType::Org), false));
            continue;
        }
        let prev = a.checked_sub(1).filter(|&k| s.is_word(k)).map(|k| s.lower(k));
        let next_is_loc_keyword = chunk_end < n && s.means(chunk_end, Meaning::LocKeyword);
        let after_locative = prev.is_some_and(|p| w.lexicon.names.locative_prepositions.contains(&p));
        let single = name_words.len() == 1;
        let speaks = speech_near(a, chunk_end);
        if role.is_some() {
            out.push(candidate(Some(EntityType::Person), speaks));
        } else if single && is_acronym(&name_words[0]) {
            out.push(candidate(Some(EntityType::Org), speaks));
        } else if next_is_loc_keyword {
            let area = Span::new(name.start, s.tokens[chunk_end].span.end);
            out.push(Candidate {
                span: area,
                key: Key::Name(area.of(text).to_string()),
                words: area.of(text).split_whitespace().map(str::to_string).collect(),
                ..candidate(Some(EntityType::Loc), false)
            });
            out.push(candidate(Some(EntityType::Gpe), false));
        } else if after_locative {
            out.push(candidate(Some(EntityType::Gpe), false));
        } else if !single {
            // Two or more capitalised words with no organisation or place cue: a person.
            out.push(candidate(Some(EntityType::Person), speaks));
        } else {
            // Typed later: a surname of a person named elsewhere, or a speaker.
            out.push(candidate(None, speaks));
        }
    }

    // "le Réseau des médecins soudanais (RMS)": an organisation named in lower case before
    // the acronym it defines, from its capitalised keyword.
    for k in 2..n {
        // "(RMS)", and "(GSIM, ou JNIM en arabe)" where a second form follows.
        let acronym_in_brackets = s.word(k - 2) == "("
            && s.is_word(k - 1)
            && is_acronym(s.word(k - 1))
            && matches!(s.word(k), ")" | "," | ";");
        if !acronym_in_brackets
            || k < 3
            || out[first..].iter().any(|c| c.span.end == s.tokens[k - 3].span.end && c.words.len() >= 2)
        {
            continue;
        }
        let start = (k.saturating_sub(12)..k - 2)
            .rev()
            .take_while(|&m| s.is_word(m) || matches!(s.word(m), "'" | "’" | "-"))
            .filter(|&m| s.tokens[m].shape.is(Shape::CAPITALISED) && s.means(m, Meaning::OrgKeyword))
            .last();
        if let Some(m) = start {
            let name = Span::new(s.tokens[m].span.start, s.tokens[k - 3].span.end);
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
            });
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
                });
            }
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
            });
        }
    }
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
                    })
                }
                None => out.push(Candidate {
                    span,
                    entity_type: Some(EntityType::Org),
                    key: Key::Name(surface.to_string()),
                    words: vec![surface.to_string()],
                    role: None,
                    speaks: false,
                }),
            }
        }
    }
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
    let head_ok = lexicon
        .names
        .role_nouns
        .iter()
        .any(|r| r.strip_prefix(first.as_str()).is_some_and(|rest| rest.is_empty() || rest.starts_with(' ')));
    (head_ok && phrase.split_whitespace().count() <= 10 && phrase.len() > 2).then(|| phrase[start..].trim().to_string())
}

/// Roles in apposition: "X, director of the OSDH," and "le porte-parole du ministère, X".
fn apposition_role(text: &str, name: Span, lexicon: &Lexicon) -> Option<String> {
    let before = &text[..name.start];
    if let Some(head) = before.strip_suffix(", ") {
        let from = head
            .rfind([',', '.', ';', ':', '(', '\n', '"', '“', '”', '«', '»'])
            .map_or(0, |i| i + head[i..].chars().next().map_or(1, char::len_utf8));
        if let Some(role) = role_phrase(&head[from..], lexicon) {
            return Some(role);
        }
    }
    let after = &text[name.end..];
    let after = after.strip_prefix(", ").or_else(|| after.strip_prefix(" , "))?;
    let end = after.find([',', '.', ';', ':', '(', '\n', '"', '“', '”', '«', '»']).unwrap_or(after.len());
    role_phrase(&after[..end], lexicon)
}

/// The most words of an organisation's name whose short forms are looked for.
const MAX_SHORT_FORM_WORDS: usize = 8;

/// The organisations whose names hold a word: one, or several.
enum Owner {
    One(Key),
    Many,
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
    }
    // Full names known in this document, to resolve short forms and surnames: every proper
    // prefix of an organisation's name, and every person's last name, mapped to its key.
    // Only names of up to MAX_SHORT_FORM_WORDS words are shortened: a longer capitalised run
    // is no organisation's name, and its prefixes would cost memory quadratic in its length.
    let mut org_prefixes: FxHashMap<Vec<String>, Key> = FxHashMap::default();
    let mut org_words: FxHashMap<String, Owner> = FxHashMap::default();
    let mut surnames: FxHashMap<String, Key> = FxHashMap::default();
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
                org_words
                    .entry(word.clone())
                    .and_modify(|owner| {
                        if matches!(owner, Owner::One(k) if *k != c.key) {
                            *owner = Owner::Many;
                        }
                    })
                    .or_insert_with(|| Owner::One(c.key.clone()));
            }
        }
        if c.entity_type == Some(EntityType::Person) && c.words.len() >= 2 {
            if let Some(last) = c.words.last() {
                surnames.entry(without_particle(last).to_string()).or_insert_with(|| c.key.clone());
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
                    _ => c.entity_type = None,
                }
            }
        }
        if matches!(c.entity_type, None | Some(EntityType::Person)) && c.words.len() == 1 {
            if let Some(k) = surnames.get(without_particle(&c.words[0])).filter(|k| **k != c.key) {
                c.key = k.clone();
                c.entity_type = Some(EntityType::Person);
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
            let role = c.role.clone().or_else(|| {
                (entity_type == EntityType::Person).then(|| apposition_role(text, c.span, lexicon)).flatten()
            });
            if let Some(r) = role {
                if !roles.contains(&r) {
                    roles.push(r);
                }
            }
        }
        entities.push(Entity { id: EntityId::new(0), entity_type, name, aliases, roles, mentions, kind });
    }
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
