//! The output: the model's records with spans in the caller's unit, and the one place where
//! internal byte spans become offsets (UTF-8 bytes, UTF-16 code units or code points) into
//! the original text.
//!
//! There is no second schema: every output record is a record of [`crate::model`] whose span
//! type is [`TextSpan`] instead of [`Span`], made by [`Renderer`], and serialised as it is.
//! The TypeScript declarations in `www/reportage-types.d.ts` are checked against real output
//! by `npm test`.

use crate::document::Document;
use crate::model::{
    Actor, ActorRole, Article, Attribution, Caption, Casualty, Credit, Dateline, Entity, Event, Language, Quantity,
    Quote, Reference, Role, Sentence, Source, Span, Speaker, Stamp, TaggedToken, TextSpan, Timex,
};
use crate::options::OffsetUnit;
use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter};
use std::io;

/// Everything extracted from one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Extraction {
    /// The article's language.
    pub language: Language,
    /// The date relative expressions were resolved against (`YYYY-MM-DD`), if any.
    pub document_date: Option<String>,
    /// Headline, stamps, captions, boilerplate.
    pub article: Article<TextSpan>,
    /// Body paragraphs.
    pub paragraphs: Vec<TextSpan>,
    /// Sentences of headline, standfirst, body and captions.
    pub sentences: Vec<Sentence<TextSpan>>,
    /// Named people, organisations, places and groups.
    pub entities: Vec<Entity<TextSpan>>,
    /// Direct quotes.
    pub quotes: Vec<Quote<TextSpan>>,
    /// Claims and their sources.
    pub attributions: Vec<Attribution<TextSpan>>,
    /// Numbers.
    pub quantities: Vec<Quantity<TextSpan>>,
    /// Casualty figures.
    pub casualties: Vec<Casualty<TextSpan>>,
    /// Dates, times, durations.
    pub times: Vec<Timex<TextSpan>>,
    /// What happened: one record per event, in ACLED's terms.
    pub events: Vec<Event<TextSpan>>,
    /// Every token of the sentences, in order, with its part of speech: only when
    /// [`crate::Options::tokens`] asks for them. `None` is left out of the JSON (no key).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tokens: Option<Vec<TaggedToken<TextSpan>>>,
}

/// Converts byte offsets of the original text into the caller's unit, in O(1) amortised
/// per lookup via checkpoints every 64 bytes.
pub struct OffsetConverter<'a> {
    text: &'a str,
    unit: OffsetUnit,
    /// `(byte offset, offset in unit)` at character boundaries.
    checkpoints: Vec<(usize, usize)>,
    /// Whether offsets in the unit are byte offsets (UTF-8, or an ASCII text).
    identity: bool,
    /// The last conversion, `(byte, offset)`: spans come mostly in order, so counting
    /// goes on from there rather than from the checkpoint.
    last: std::cell::Cell<(usize, usize)>,
}

const CHECKPOINT_EVERY: usize = 64;

fn width(c: char, unit: OffsetUnit) -> usize {
    match unit {
        OffsetUnit::Utf8 => c.len_utf8(),
        OffsetUnit::Utf16 => c.len_utf16(),
        OffsetUnit::Codepoint => 1,
    }
}

impl<'a> OffsetConverter<'a> {
    /// A converter for `text` into `unit`.
    pub fn new(text: &'a str, unit: OffsetUnit) -> Self {
        let mut checkpoints = vec![(0, 0)];
        if unit != OffsetUnit::Utf8 && !text.is_ascii() {
            let mut count = 0;
            let mut next = CHECKPOINT_EVERY;
            for (i, c) in text.char_indices() {
                if i >= next {
                    checkpoints.push((i, count));
                    next = i + CHECKPOINT_EVERY;
                }
                count += width(c, unit);
            }
        }
        let identity = unit == OffsetUnit::Utf8 || text.is_ascii();
        OffsetConverter { text, unit, checkpoints, identity, last: std::cell::Cell::new((0, 0)) }
    }

    /// The offset in the chosen unit of a byte offset (a character boundary).
    pub fn convert(&self, byte: usize) -> usize {
        if self.identity {
            return byte;
        }
        let (mut b, mut n) = self.checkpoints[self.checkpoints.partition_point(|&(b, _)| b <= byte) - 1];
        let (last_byte, last_offset) = self.last.get();
        if (b..=byte).contains(&last_byte) {
            (b, n) = (last_byte, last_offset);
        }
        let offset = n + self.text[b..byte].chars().map(|c| width(c, self.unit)).sum::<usize>();
        self.last.set((byte, offset));
        offset
    }
}

/// Builds the output from a finished document: each record is the document's own, its
/// spans turned into the caller's offsets by [`Renderer::span`].
pub struct Renderer<'d, 'a> {
    doc: &'d Document<'a>,
    offsets: OffsetConverter<'a>,
}

impl<'d, 'a> Renderer<'d, 'a> {
    /// A renderer for `doc` with offsets in `unit`.
    pub fn new(doc: &'d Document<'a>, unit: OffsetUnit) -> Self {
        Renderer { doc, offsets: OffsetConverter::new(doc.original, unit) }
    }

    /// The caller's view of an internal span: the one mapping every output span goes through.
    pub fn span(&self, span: Span) -> TextSpan {
        let o = self.doc.normalised.to_original(span);
        TextSpan {
            start: self.offsets.convert(o.start),
            end: self.offsets.convert(o.end),
            text: self.doc.original[o.start..o.end].to_string(),
        }
    }

    fn spans(&self, spans: &[Span]) -> Vec<TextSpan> {
        spans.iter().map(|&s| self.span(s)).collect()
    }

    fn reference(&self, r: &Reference) -> Reference<TextSpan> {
        Reference { entity: r.entity, span: self.span(r.span) }
    }

    fn source(&self, s: &Source) -> Source<TextSpan> {
        Source {
            entity: s.entity,
            span: self.span(s.span),
            kind: s.kind,
            antecedent: s.antecedent.map(|a| self.span(a)),
        }
    }

    fn stamp(&self, s: &Stamp) -> Stamp<TextSpan> {
        Stamp { span: self.span(s.span), value: s.value.clone() }
    }

    fn credit(&self, c: &Credit) -> Credit<TextSpan> {
        Credit { span: self.span(c.span), photographer: c.photographer.clone(), agency: c.agency.clone() }
    }

    fn caption(&self, c: &Caption) -> Caption<TextSpan> {
        Caption {
            span: self.span(c.span),
            credit: c.credit.as_ref().map(|k| self.credit(k)),
            repeats: self.spans(&c.repeats),
        }
    }

    fn dateline(&self, d: &Dateline) -> Dateline<TextSpan> {
        Dateline {
            span: self.span(d.span),
            place: self.span(d.place),
            date: d.date.map(|s| self.span(s)),
            agency: d.agency.map(|s| self.span(s)),
            value: d.value,
        }
    }

    fn article(&self) -> Article<TextSpan> {
        let layout = &self.doc.layout;
        Article {
            headline: layout.headline.map(|s| self.span(s)),
            standfirst: layout.standfirst.map(|s| self.span(s)),
            byline: layout.byline.map(|s| self.span(s)),
            published: layout.published.as_ref().map(|s| self.stamp(s)),
            updated: layout.updated.as_ref().map(|s| self.stamp(s)),
            reading_time_minutes: layout.reading_time.map(|r| r.minutes),
            reading_time: layout.reading_time.map(|r| self.span(r.span)),
            captions: layout.captions.iter().map(|c| self.caption(c)).collect(),
            boilerplate: layout.spans(Role::Boilerplate).map(|s| self.span(s)).collect(),
            dateline: layout.dateline.as_ref().map(|d| self.dateline(d)),
        }
    }

    fn sentence(&self, s: &Sentence) -> Sentence<TextSpan> {
        Sentence { span: self.span(s.span), zone: s.zone, paragraph: s.paragraph, tokens: s.tokens.clone() }
    }

    fn entity(&self, e: &Entity) -> Entity<TextSpan> {
        Entity {
            id: e.id,
            entity_type: e.entity_type,
            name: e.name.clone(),
            aliases: e.aliases.clone(),
            roles: e.roles.clone(),
            mentions: self.spans(&e.mentions),
            kind: e.kind,
        }
    }

    fn quote(&self, q: &Quote) -> Quote<TextSpan> {
        Quote {
            span: self.span(q.span),
            speaker: q.speaker.as_ref().map(|sp| Speaker {
                entity: sp.entity,
                span: self.span(sp.span),
                named: sp.named,
                role: sp.role.clone(),
                antecedent: sp.antecedent.map(|a| self.span(a)),
            }),
            cue: q.cue.clone(),
            to: q.to.as_ref().map(|r| self.reference(r)),
            paragraph: q.paragraph,
        }
    }

    fn attribution(&self, a: &Attribution) -> Attribution<TextSpan> {
        Attribution {
            claim: self.span(a.claim),
            sources: a.sources.iter().map(|s| self.source(s)).collect(),
            cue: a.cue.clone(),
            place: a.place.as_ref().map(|r| self.reference(r)),
            date: a.date.clone(),
        }
    }

    fn quantity(&self, q: &Quantity) -> Quantity<TextSpan> {
        Quantity {
            span: self.span(q.span),
            number: q.number,
            value: q.value,
            approx: q.approx,
            unit: q.unit,
            range: q.range,
            vague: q.vague,
        }
    }

    fn casualty(&self, c: &Casualty) -> Casualty<TextSpan> {
        Casualty {
            id: c.id,
            kind: c.kind,
            count: c.count,
            victims: c.victims.clone(),
            perpetrator: c.perpetrator.as_ref().map(|r| self.reference(r)),
            cause: c.cause.clone(),
            location: c.location.as_ref().map(|r| self.reference(r)),
            date: c.date.clone(),
            sources: c.sources.iter().map(|s| self.source(s)).collect(),
            mentions: self.spans(&c.mentions),
            update: c.update,
            earlier: c.earlier,
        }
    }

    fn timex(&self, t: &Timex) -> Timex<TextSpan> {
        Timex {
            id: t.id,
            span: self.span(t.span),
            timex_type: t.timex_type,
            value: t.value.clone(),
            anchor: t.anchor,
            modifier: t.modifier,
        }
    }

    fn event(&self, e: &Event) -> Event<TextSpan> {
        Event {
            id: e.id,
            event_type: e.event_type,
            sub_type: e.sub_type,
            trigger: self.span(e.trigger),
            sentence: e.sentence,
            date: e.date.clone(),
            location: e.location.clone(),
            actors: e
                .actors
                .iter()
                .map(|a| Actor { entity: a.entity, span: self.span(a.span), role: a.role })
                .collect(),
            fatalities: e.fatalities,
            other_casualties: e.other_casualties.clone(),
            sources: e.sources.iter().map(|s| self.source(s)).collect(),
            mentions: self.spans(&e.mentions),
            certainty: e.certainty,
            earlier: e.earlier,
        }
    }

    /// Every token of the document's sentences, in order, with its part of speech.
    pub fn tokens(&self) -> Vec<TaggedToken<TextSpan>> {
        let doc = self.doc;
        doc.sentences
            .iter()
            .flat_map(|s| doc.tokens_of(s))
            .map(|t| TaggedToken { span: self.span(t.span), pos: t.pos })
            .collect()
    }

    /// The whole extraction, with the tokens when `tokens` is true.
    pub fn extraction(&self, tokens: bool) -> Extraction {
        let doc = self.doc;
        Extraction {
            language: doc.language,
            document_date: doc.document_date.map(|d| d.to_string()),
            article: self.article(),
            paragraphs: self.spans(&doc.paragraphs),
            sentences: doc.sentences.iter().map(|s| self.sentence(s)).collect(),
            entities: doc.entities.iter().map(|e| self.entity(e)).collect(),
            quotes: doc.quotes.iter().map(|q| self.quote(q)).collect(),
            attributions: doc.attributions.iter().map(|a| self.attribution(a)).collect(),
            quantities: doc.quantities.iter().map(|q| self.quantity(q)).collect(),
            casualties: doc.casualties.iter().map(|c| self.casualty(c)).collect(),
            times: doc.times.iter().map(|t| self.timex(t)).collect(),
            events: doc.events.iter().map(|e| self.event(e)).collect(),
            tokens: tokens.then(|| self.tokens()),
        }
    }
}

/// The columns of [`Extraction::event_rows`]: ACLED's names for them.
pub const EVENT_COLUMNS: [&str; 11] = [
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "location",
    "fatalities",
    "source",
    "notes",
];

impl Extraction {
    /// Each event as a row of [`EVENT_COLUMNS`], in the order of [`Extraction::events`]:
    ///
    /// - `event_date`: the date's TimeML value ("2024-03-05", "2024-03"), empty when unknown;
    /// - `event_type`, `sub_event_type`: their names ("Explosions/Remote violence");
    /// - `actor1`, `actor2`: the actors of that role, each by its entity's name when it is an
    ///   entity, else by its words, joined by "; " (associates have no column);
    /// - `country`, `admin1`, `location`: the place's, empty when unknown;
    /// - `fatalities`: the dead, 0 when the text gives no figure (ACLED's convention);
    /// - `source`: the words naming the sources, joined by "; ";
    /// - `notes`: the text of the event's sentence.
    ///
    /// A name given twice in one field is written once.
    pub fn event_rows(&self) -> Vec<[String; 11]> {
        self.events
            .iter()
            .map(|event| {
                let actors = |role: ActorRole| {
                    join_distinct(event.actors.iter().filter(|a| a.role == role).map(|a| {
                        a.entity
                            .and_then(|id| self.entities.get(id.index()).filter(|e| e.id == id))
                            .map_or(&a.span.text, |e| &e.name)
                    }))
                };
                let place = event.location.as_ref();
                [
                    event.date.as_ref().map(|d| d.value.clone()).unwrap_or_default(),
                    event.event_type.name().to_string(),
                    event.sub_type.name().to_string(),
                    actors(ActorRole::Actor1),
                    actors(ActorRole::Actor2),
                    place.and_then(|p| p.country.clone()).unwrap_or_default(),
                    place.and_then(|p| p.admin1.clone()).unwrap_or_default(),
                    place.map(|p| p.name.clone()).unwrap_or_default(),
                    event.fatalities.map_or(0.0, |f| f.value).to_string(),
                    join_distinct(event.sources.iter().map(|s| &s.span.text)),
                    self.sentences.get(event.sentence).map(|s| s.span.text.clone()).unwrap_or_default(),
                ]
            })
            .collect()
    }
}

/// `names` joined by "; ", each once, in order.
fn join_distinct<'n>(names: impl Iterator<Item = &'n String>) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for name in names {
        if !seen.contains(&name.as_str()) {
            seen.push(name);
        }
    }
    seen.join("; ")
}

/// `fields` as one CSV record (RFC 4180), without its line end: fields separated by commas,
/// a field holding a comma, a double quote, a CR or an LF put in double quotes, with its
/// double quotes doubled.
pub fn csv_record<S: AsRef<str>>(fields: impl IntoIterator<Item = S>) -> String {
    let mut record = String::new();
    for (i, field) in fields.into_iter().enumerate() {
        let field = field.as_ref();
        if i > 0 {
            record.push(',');
        }
        if field.contains([',', '"', '\r', '\n']) {
            record.push('"');
            record.push_str(&field.replace('"', "\"\""));
            record.push('"');
        } else {
            record.push_str(field);
        }
    }
    record
}

/// `value` as compact JSON, with the fields in declaration order and numbers written as
/// JavaScript writes them: a whole number without ".0" ("35", not "35.0"), other floats with
/// the shortest digits that read back to the same number.
pub fn to_json<T: Serialize>(value: &T) -> Result<String, serde_json::Error> {
    write_json(value, JsNumbers(CompactFormatter))
}

/// [`to_json`], indented.
pub fn to_json_pretty<T: Serialize>(value: &T) -> Result<String, serde_json::Error> {
    write_json(value, JsNumbers(serde_json::ser::PrettyFormatter::new()))
}

fn write_json<T: Serialize, F: Formatter>(value: &T, formatter: F) -> Result<String, serde_json::Error> {
    let mut json = Vec::with_capacity(4096);
    value.serialize(&mut serde_json::Serializer::with_formatter(&mut json, formatter))?;
    // serde_json writes UTF-8 only.
    Ok(String::from_utf8(json).unwrap_or_default())
}

/// A JSON formatter (`F`: compact or pretty) whose floats are written by `Display`: the
/// shortest digits that read back to the same number, with no ".0" on whole numbers, as
/// `JSON.stringify` writes them. The float formatting code is in the module already, where
/// serde_json's own would add 2.6 KB of tables to the wasm.
struct JsNumbers<F>(F);

impl<F: Formatter> Formatter for JsNumbers<F> {
    fn write_f64<W: ?Sized + io::Write>(&mut self, writer: &mut W, value: f64) -> io::Result<()> {
        write!(writer, "{value}")
    }
    fn begin_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_array(writer)
    }
    fn end_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array(writer)
    }
    fn begin_array_value<W: ?Sized + io::Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(writer, first)
    }
    fn end_array_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array_value(writer)
    }
    fn begin_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object(writer)
    }
    fn end_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object(writer)
    }
    fn begin_object_key<W: ?Sized + io::Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(writer, first)
    }
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object_value(writer)
    }
    fn end_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object_value(writer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_record_quotes_only_the_fields_that_need_it() {
        let fields = ["plain", "", "a, b", "say \"no\"", "two\nlines", "cr\r", "caf\u{e9}"];
        assert_eq!(csv_record(fields), "plain,,\"a, b\",\"say \"\"no\"\"\",\"two\nlines\",\"cr\r\",caf\u{e9}");
        assert_eq!(csv_record([""; 0]), "");
    }

    #[test]
    fn converter_counts_utf16_units_and_code_points() {
        let text = "a😀é".repeat(200) + "end";
        let byte = text.find("end").unwrap();
        assert_eq!(OffsetConverter::new(&text, OffsetUnit::Utf16).convert(byte), 200 * 4);
        assert_eq!(OffsetConverter::new(&text, OffsetUnit::Codepoint).convert(byte), 200 * 3);
        assert_eq!(OffsetConverter::new(&text, OffsetUnit::Utf8).convert(byte), byte);
    }
}
