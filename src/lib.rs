//! # reportage
//!
//! Structured, source-aware facts from the text of a news article, in English and French,
//! entirely on the client: what the page is (headline, standfirst, publication stamps,
//! reading time, photo captions and credits, boilerplate), its paragraphs and sentences,
//! and — as the annotators land — who is named, who said what, according to whom, how many,
//! when, and what happened.
//!
//! ```
//! let text = "Floods cut roads in the north\n\n\
//!             Rivers burst their banks after three days of rain.\n\n\
//!             Published on 04/03/2025 09:30\n\n\
//!             Rescue teams reached the village of Marden on Tuesday. Two bridges were closed.";
//! let result = reportage::extract(text, &reportage::Options::default()).unwrap();
//! assert_eq!(result.article.headline.unwrap().text, "Floods cut roads in the north");
//! assert_eq!(result.article.published.unwrap().value.timeml(), "2025-03-04T09:30");
//! assert_eq!(result.paragraphs.len(), 1);
//! ```
//!
//! ## The pipeline
//!
//! [`extract`] runs one pipeline, top to bottom:
//!
//! 1. **normalise** ([`normalise`]): LF line ends, plain spaces, no invisible characters,
//!    with a map back to the caller's offsets;
//! 2. **layout** ([`layout`]): headline, standfirst, stamps, captions, body, boilerplate;
//! 3. **segment** ([`segment`]): sentences of the article's own text;
//! 4. **annotate**: one module per annotator, each reading earlier layers of the
//!    [`Document`] and adding its own;
//! 5. **output** ([`output`]): internal byte spans become the caller's offsets — UTF-8
//!    bytes, UTF-16 code units (JavaScript) or code points — once, at the boundary.
//!
//! Every span in the output is `{start, end, text}` with `text` equal to the slice of the
//! input between `start` and `end` in the chosen unit.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod annotate;
pub mod detect;
pub mod document;
pub mod error;
pub mod eval;
pub mod gazetteer;
pub mod hostile;
pub mod lang;
pub mod layout;
pub mod model;
pub mod normalise;
pub mod options;
pub mod output;
pub mod scan;
pub mod segment;
mod sort;
pub mod tagger;
pub mod tokens;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use document::Document;
pub use error::Error;
pub use model::Date;
pub use model::Language;
pub use options::{LanguageChoice, OffsetUnit, Options};
pub use output::Extraction;

use model::{Role, Sentence, Span, Zone};
use normalise::Normalised;

/// Extracts everything reportage knows how to find in `text`.
///
/// Fails only on an input larger than [`Options::max_input_bytes`]; any other text, however
/// odd, gives a result.
pub fn extract(text: &str, options: &Options) -> Result<Extraction, Error> {
    let doc = analyse(text, options)?;
    Ok(output::Renderer::new(&doc, options.offsets).extraction(options.tokens))
}

/// Runs the pipeline and returns the annotated document (internal byte spans).
pub fn analyse<'a>(text: &'a str, options: &Options) -> Result<Document<'a>, Error> {
    run(text, options, &mut |_| {})
}

/// A stage of the pipeline, in the order [`extract`] runs them: what
/// [`extract_staged`] reports the end of.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Normalising the text and lower-casing it.
    Normalise,
    /// The layout, the language and the document date.
    Layout,
    /// Sentences and their tokens.
    Segment,
    /// The gazetteer's names in each sentence.
    Gazetteer,
    /// Parts of speech and entity tags.
    Tag,
    /// Entities.
    Entities,
    /// Times.
    Times,
    /// Quantities.
    Quantities,
    /// Quotes.
    Quotes,
    /// Attributions.
    Attributions,
    /// Quotes that only a claim's source speaks for.
    Resolve,
    /// Casualties.
    Casualties,
    /// Events.
    Events,
    /// Internal spans to the caller's offsets: the [`Extraction`].
    Output,
    /// The extraction as a JSON string ([`output::to_json`]), as the command line and the
    /// WebAssembly build give it; not part of [`extract`].
    Json,
}

impl Stage {
    /// Every stage, in order.
    pub const ALL: [Stage; 15] = [
        Stage::Normalise,
        Stage::Layout,
        Stage::Segment,
        Stage::Gazetteer,
        Stage::Tag,
        Stage::Entities,
        Stage::Times,
        Stage::Quantities,
        Stage::Quotes,
        Stage::Attributions,
        Stage::Resolve,
        Stage::Casualties,
        Stage::Events,
        Stage::Output,
        Stage::Json,
    ];
}

/// [`extract`], then [`output::to_json`], calling `done` as each [`Stage`] ends, for the
/// benchmark, which reads its clock there (the library keeps none: there is no clock in
/// `wasm32-unknown-unknown`). Gives the extraction and its JSON.
#[doc(hidden)]
pub fn extract_staged(
    text: &str,
    options: &Options,
    done: &mut impl FnMut(Stage),
) -> Result<(Extraction, String), Error> {
    let doc = run(text, options, done)?;
    let extraction = output::Renderer::new(&doc, options.offsets).extraction(options.tokens);
    done(Stage::Output);
    let json = output::to_json(&extraction).unwrap_or_default();
    done(Stage::Json);
    Ok((extraction, json))
}

/// The pipeline itself, calling `done` as each stage ends ([`analyse`] with a `done` that
/// does nothing, which the compiler removes; [`extract_staged`] with the benchmark's clock).
fn run<'a>(text: &'a str, options: &Options, done: &mut impl FnMut(Stage)) -> Result<Document<'a>, Error> {
    if text.len() > options.max_input_bytes {
        return Err(Error::InputTooLarge { bytes: text.len(), limit: options.max_input_bytes });
    }
    // 1. normalise
    let normalised = Normalised::new(text);
    // The text lower-cased byte for byte, read by the layout and by every token.
    let lower = tokens::lowercase_aligned(&normalised.text);
    done(Stage::Normalise);
    // 2. layout
    let layout = layout::analyse(&normalised.text, &lower);
    let language = match options.language {
        LanguageChoice::Fixed(language) => language,
        LanguageChoice::Auto => detect::detect(&article_text(&lower, &layout)),
    };
    let document_date = options
        .document_date
        .or(layout.published.as_ref().map(|s| s.value.date))
        .or(layout.updated.as_ref().map(|s| s.value.date))
        .or(layout.dateline.and_then(|d| d.value));
    let mut doc = Document {
        original: text,
        normalised,
        language,
        document_date,
        layout,
        paragraphs: Vec::new(),
        sentences: Vec::new(),
        lower,
        tokens: Vec::new(),
        gazetteer: Vec::new(),
        entities: Vec::new(),
        mention_index: Vec::new(),
        mention_reach: Vec::new(),
        times: Vec::new(),
        quantities: Vec::new(),
        quotes: Vec::new(),
        attributions: Vec::new(),
        casualties: Vec::new(),
        events: Vec::new(),
    };
    done(Stage::Layout);
    // 3. segment, 4. tokens
    segment_document(&mut doc);
    done(Stage::Segment);
    // Once per sentence, for both the entity tagger and the entity rules.
    let text = doc.normalised.text.as_str();
    doc.gazetteer = doc.sentences.iter().map(|s| gazetteer::GAZETTEER.find(s.span.of(text))).collect();
    done(Stage::Gazetteer);
    // 5. tag: parts of speech and places in names
    tagger::tag_document(&mut doc);
    done(Stage::Tag);
    // 4. annotate: each annotator reads the layers above and adds its own.
    let entities = annotate::entities::annotate(&doc);
    doc.set_entities(entities);
    done(Stage::Entities);
    doc.times = annotate::times::annotate(&doc);
    // A page with no date of its own that opens by setting a full date in the present ("Ce
    // mardi 3 mars 2026, vers 4 h, …") is of that day: its times are read again from it.
    if doc.document_date.is_none() {
        if let Some(date) = annotate::times::present_date_of_opening(&doc) {
            doc.document_date = Some(date);
            doc.times = annotate::times::annotate(&doc);
        }
    }
    done(Stage::Times);
    doc.quantities = annotate::quantities::annotate(&doc);
    done(Stage::Quantities);
    doc.quotes = annotate::quotes::annotate(&doc);
    done(Stage::Quotes);
    doc.attributions = annotate::attributions::annotate(&doc);
    done(Stage::Attributions);
    // resolve: quotes that only a claim's source speaks for
    doc.quotes = annotate::quotes::speakers_from_claims(&doc);
    let attributions = std::mem::take(&mut doc.attributions);
    doc.attributions = annotate::attributions::without_quotes(&doc, attributions);
    // resolve: what pronouns that speak stand for
    annotate::antecedents::resolve(&mut doc);
    done(Stage::Resolve);
    doc.casualties = annotate::casualties::annotate(&doc);
    done(Stage::Casualties);
    doc.events = annotate::events::annotate(&doc);
    done(Stage::Events);
    Ok(doc)
}

/// The article's own words (no boilerplate), for language detection.
fn article_text(text: &str, layout: &model::Layout) -> String {
    // `text` may be the lower-cased text: the layout's spans hold in it too.
    let mut out = String::new();
    for line in layout.lines.iter().filter(|l| l.role != Role::Boilerplate).take(200) {
        out.push_str(line.span.of(text));
        out.push('\n');
    }
    out
}

/// The most tokens one sentence may have: a longer one (a list without full stops, a
/// paste with no punctuation) is cut into pieces of at most this many tokens for the
/// annotators, so that no rule ever looks at more than this many words at once.
pub const MAX_SENTENCE_TOKENS: usize = 200;

/// Fills the paragraph, sentence and token layers from the layout.
fn segment_document(doc: &mut Document<'_>) {
    let lexicon = lang::lexicon(doc.language);
    let vocabulary = lang::Vocabulary::of(lexicon);
    let lexicons = [lexicon];
    let text = doc.normalised.text.as_str();
    let mut sentences = Vec::new();
    let mut paragraphs = Vec::new();
    let mut all_tokens = Vec::new();
    let captions: Vec<Span> =
        doc.layout.captions.iter().flat_map(|c| std::iter::once(c.span).chain(c.repeats.iter().copied())).collect();
    for line in &doc.layout.lines {
        let (zone, spans) = match line.role {
            Role::Headline => (Zone::Headline, vec![line.span]),
            Role::Standfirst => (Zone::Standfirst, segment::sentences(text, line.span, &lexicons)),
            Role::Body => {
                paragraphs.push(line.span);
                (Zone::Body, segment::sentences(text, line.span, &lexicons))
            }
            Role::Caption => match captions.iter().find(|c| line.span.contains(**c)) {
                Some(&c) => (Zone::Caption, segment::sentences(text, c, &lexicons)),
                None => continue,
            },
            _ => continue,
        };
        let paragraph = (zone == Zone::Body).then(|| paragraphs.len() - 1);
        for span in spans {
            let tokens = tokens::tokenize(text, &doc.lower, span, vocabulary);
            for piece in segment::pieces(&tokens, MAX_SENTENCE_TOKENS) {
                let first = all_tokens.len();
                all_tokens.extend_from_slice(&tokens[piece.clone()]);
                let span = match piece.is_empty() {
                    true => span,
                    false => Span::new(tokens[piece.start].span.start, tokens[piece.end - 1].span.end),
                };
                sentences.push(Sentence { span, zone, paragraph, tokens: first..all_tokens.len() });
            }
        }
    }
    doc.paragraphs = paragraphs;
    doc.sentences = sentences;
    doc.tokens = all_tokens;
}
