//! When a fact happened: the time of its sentence nearest to the words naming it, leaving out
//! the time of a statement ("said on Friday", "a indiqué jeudi"), times that are no dates, and
//! the start of a period long ago ("since 2020"). Events and casualty figures read it alike.

use crate::document::Document;
use crate::lang::Vocabulary;
use crate::model::{EventDate, Meaning, Precision, Span, Timex, TimexType, Token, Upos};

/// The date of a fact named at `words` in `clause`: the nearest of the clause's placed times
/// that is not a statement's, an open period ("since Wednesday") counting as nearer.
pub fn date_near(
    doc: &Document<'_>,
    tokens: &[Token],
    vocabulary: &Vocabulary,
    words: Span,
    clause: Span,
) -> Option<EventDate> {
    let mut best: Option<(usize, &Timex)> = None;
    for t in doc.times_in(clause) {
        if !matches!(t.timex_type, TimexType::Date | TimexType::Time) || precision(&t.value).is_none() {
            continue;
        }
        // Nor a deadline: "on alert until Saturday".
        if of_a_statement(doc, tokens, vocabulary, t.span)
            || says_before(doc, tokens, vocabulary, t.span, words)
            || sequenced_before(doc, tokens, t.span, words)
            || crate::annotate::times::an_end_point(doc, t)
        {
            continue;
        }
        let distance =
            if t.span.start >= words.end { t.span.start - words.end } else { words.start.saturating_sub(t.span.end) };
        // An open period's start ("since Wednesday") is when the fact began; one long ago is a
        // comparison ("the worst fighting since 2020").
        // Not an edge of a period ("fin 2019", "late March"): that is a time of its own.
        // "since July, when 23 guards were killed": the clause after it tells of that time, for
        // what it holds ("40 have died since July, when the offensive began" is a total).
        let open = t.modifier == Some(crate::model::time::timeml::ON_OR_AFTER)
            && !when_clause(doc, t.span).is_some_and(|c| c.contains(words));
        if open && long_before(doc, &t.value) {
            continue;
        }
        let distance = if open { distance / 2 } else { distance };
        if best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, t));
        }
    }
    best.and_then(|(_, t)| {
        Some(EventDate { time: Some(t.id), value: t.value.clone(), precision: precision(&t.value)? })
    })
}

/// Whether token `k` opens a verb of speech ("said", "a indiqué") or a verb whose object is
/// the claim ("reported").
pub fn is_speech(doc: &Document<'_>, tokens: &[Token], vocabulary: &Vocabulary, k: usize) -> bool {
    let t = &tokens[k];
    t.means(Meaning::SpeechVerb)
        || t.means(Meaning::ObjectCue)
        || t.phrase_starts.has(Meaning::SpeechVerb)
            && vocabulary.match_at(tokens, &doc.lower, k, Meaning::SpeechVerb) > 0
}

/// Whether a time is that of a verb of speech next to it ("announced on Friday", "a indiqué
/// jeudi", "said Sunday"), or of a claim of responsibility ("a été revendiquée mardi").
pub fn of_a_statement(doc: &Document<'_>, tokens: &[Token], vocabulary: &Vocabulary, time: Span) -> bool {
    let speech = |k: usize| {
        is_speech(doc, tokens, vocabulary, k)
            || vocabulary.match_at(tokens, &doc.lower, k, Meaning::ResponsibilityClaim) > 0
    };
    let k = tokens.partition_point(|t| t.span.start < time.start);
    let end = tokens.partition_point(|t| t.span.start < time.end);
    let before = (k.saturating_sub(3)..k).any(speech);
    // "…on Sunday said": the verb right after the time, with no comma between.
    let after = end < tokens.len() && speech(end);
    before || after
}

/// The tokens between a time and the fact's words after it, as `(first, end)` indices; `None`
/// when the time does not come first.
fn between(tokens: &[Token], time: Span, words: Span) -> Option<(usize, usize)> {
    (time.end <= words.start).then(|| {
        (tokens.partition_point(|t| t.span.start < time.end), tokens.partition_point(|t| t.span.start < words.start))
    })
}

/// Whether a verb of speech stands between a time and the fact's words, with no other verb
/// before it, and a definite article names the fact as one told before: "On Wednesday the
/// group said the strike had killed 16" dates the saying ("On Tuesday, police said 12 people
/// died" may date either, and keeps the time).
fn says_before(doc: &Document<'_>, tokens: &[Token], vocabulary: &Vocabulary, time: Span, words: Span) -> bool {
    let Some((from, to)) = between(tokens, time, words) else { return false };
    let articles = crate::lang::lexicon(doc.language).names.definite_articles;
    if to == 0 || !articles.contains(&doc.lower(tokens[to - 1].span)) {
        return false;
    }
    for k in from..to {
        if is_speech(doc, tokens, vocabulary, k) {
            return true;
        }
        if matches!(tokens[k].pos, Upos::Verb | Upos::Aux) {
            return false;
        }
    }
    false
}

/// Whether a word ordering two events ("after", "après") stands between a time and the fact's
/// verb: "called off the search on Wednesday after the boat sank" dates the search ("took the
/// town on Friday after two days of fighting" names fighting that lasted until then).
fn sequenced_before(doc: &Document<'_>, tokens: &[Token], time: Span, words: Span) -> bool {
    let Some((from, to)) = between(tokens, time, words) else { return false };
    if tokens.get(to).is_none_or(|t| t.pos != Upos::Verb) {
        return false;
    }
    let markers = crate::lang::lexicon(doc.language).events.sequence_markers;
    let Some(marker) = tokens[from..to].iter().rposition(|t| markers.contains(&doc.lower(t.span))) else {
        return false;
    };
    // "100 people were killed on Monday after soldiers clashed": deaths told before the word
    // of a verb it brings in right away are that event's own, at its time.
    let toll = tokens[from..from + marker].iter().any(|t| t.means(Meaning::CasualtyWord));
    let next_verb = !tokens[from + marker + 1..to].iter().any(|t| t.pos == Upos::Verb);
    !(toll && next_verb)
}

/// The precision of a TimeML date value, if it is a placed date ("2024-11-27" but not "PAST_REF"
/// or "XXXX-11-29").
pub fn precision(value: &str) -> Option<Precision> {
    let year = value.get(..4)?;
    if !year.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let rest = &value[4..];
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    Some(match rest.get(..1) {
        None => Precision::Year,
        Some(_) if value.contains('T') => Precision::Time,
        Some("-") => {
            let part = &rest[1..];
            match part.as_bytes().first() {
                Some(b'W') => Precision::Week,
                Some(b'Q') => Precision::Quarter,
                Some(b'S' | b'F') => Precision::Season,
                _ if part.len() == 2 && digits(part) => Precision::Month,
                _ if part.len() == 5 && digits(&part[..2]) && digits(&part[3..]) => Precision::Day,
                _ => return None,
            }
        }
        _ => return None,
    })
}

/// The first and last days a placed date value covers: a day (with or without a time of
/// day; a night, that day and the next), an ISO week or its weekend, a month or a year. `None` for other values.
pub fn days_covered(value: &str) -> Option<(i64, i64)> {
    use crate::model::Date;
    let number = |s: Option<&str>| s.and_then(|s| s.parse::<u32>().ok());
    let year: i32 = value.get(..4)?.parse().ok()?;
    let rest = value.get(4..).unwrap_or("");
    let day = |m: u32, d: u32| Date::new(year, m, d).map(Date::to_days);
    match precision(value)? {
        Precision::Year => Some((day(1, 1)?, day(12, 31)?)),
        Precision::Month => {
            let m = number(rest.get(1..3))?;
            let first = day(m, 1)?;
            let next = if m == 12 { Date::new(year + 1, 1, 1) } else { Date::new(year, m + 1, 1) };
            Some((first, next?.to_days() - 1))
        }
        Precision::Day | Precision::Time => {
            let d = day(number(rest.get(1..3))?, number(rest.get(4..6))?)?;
            // A night runs into the next day.
            Some((d, if crate::model::time::timeml::is_night(value) { d + 1 } else { d }))
        }
        Precision::Week => {
            let week = i64::from(number(rest.get(2..4))?);
            // ISO week 1 holds the year's first Thursday.
            let jan4 = day(1, 4)?;
            let monday = jan4 - i64::from(Date::from_days(jan4)?.weekday()) + 7 * (week - 1);
            if rest.ends_with(crate::model::time::timeml::WEEKEND_SUFFIX) {
                Some((monday + 5, monday + 6))
            } else {
                Some((monday, monday + 6))
            }
        }
        _ => None,
    }
}

/// How many days before the document date an open period may start and still be an event's.
const MAX_PERIOD_DAYS: i64 = 62;

/// Whether a date value starts more than [`MAX_PERIOD_DAYS`] before the document date.
pub fn long_before(doc: &Document<'_>, value: &str) -> bool {
    days_before_report(doc, value).is_some_and(|days| days > MAX_PERIOD_DAYS)
}

/// Whether a date value is a month or more before the report's date: a past incident the
/// report recalls, not its own.
pub fn before_the_report(doc: &Document<'_>, value: &str) -> bool {
    days_before_report(doc, value).is_some_and(|days| days > EARLIER_THAN_REPORT_DAYS)
}

/// How many days before the report's date a date value (its first day) is.
fn days_before_report(doc: &Document<'_>, value: &str) -> Option<i64> {
    let today = doc.document_date?;
    let year: i32 = value.get(..4).and_then(|y| y.parse().ok()).unwrap_or(today.year);
    let month: u32 = value.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(1);
    let day: u32 = value.get(8..10).and_then(|d| d.parse().ok()).unwrap_or(1);
    crate::model::Date::new(year, month, day).map(|d| today.to_days() - d.to_days())
}

/// How many days before the incident the report's opening dates a figure must be to be told
/// of an earlier one.
pub const EARLIER_FIGURE_DAYS: i64 = 3;

/// The same for an event: the start of the incident itself may come days before the opening's
/// day ("the clashes erupted on Wednesday", in a report of their fifth day).
pub const EARLIER_EVENT_DAYS: i64 = 14;

/// The days a month covers at the least, past its first (a period this long is a month or
/// more).
const MIN_MONTH_DAYS: i64 = 27;

/// How many days before the report a fact must be, when its opening dates no incident.
const EARLIER_THAN_REPORT_DAYS: i64 = 30;

/// How many days before the first day the opening names a fact must be, when no fact of the
/// opening is dated.
const DAY_NAMED_MARGIN_DAYS: i64 = 7;

/// The first day named in the body of the opening (before `opening_end`), not after `today`
/// and not the start of an open period ("since June 9").
fn first_day_named(doc: &Document<'_>, opening_end: usize, today: i64) -> Option<(i64, i64)> {
    let in_body = |at: usize| doc.sentence_at(at).is_some_and(|s| s.zone == crate::model::Zone::Body);
    doc.times
        .iter()
        .take_while(|t| t.span.start < opening_end)
        .filter(|t| t.timex_type == crate::model::TimexType::Date && t.modifier.is_none() && in_body(t.span.start))
        .filter(|t| matches!(precision(&t.value), Some(Precision::Day | Precision::Time)))
        .find_map(|t| days_covered(&t.value).filter(|&(_, last)| last <= today))
}

/// How many days before the day the opening names a fact told in a simple past must be to be
/// earlier.
const FAR_BEFORE_NAMED_DAY_DAYS: i64 = 14;

/// Whether the sentence at `start` tells its fact in the past of the past ("had killed",
/// "avait fait").
fn told_in_the_past_of_the_past(doc: &Document<'_>, start: usize) -> bool {
    let auxiliaries = crate::lang::lexicon(doc.language).calendar.pluperfect_auxiliaries;
    doc.sentence_at(start)
        .is_some_and(|s| doc.tokens_in(s.span).iter().any(|t| auxiliaries.contains(&doc.lower(t.span))))
}

/// How many body sentences open the report, with its headline and standfirst.
const OPENING_SENTENCES: usize = 3;

/// The incident a report is about, as its opening dates it: what tells a fact of that
/// incident from history told as background ("In March 2024, a fire at a nearby depot killed
/// 14 people", "En 2019, un séisme avait fait 14 morts").
#[derive(Debug, Clone, Copy)]
pub struct Incident {
    /// Where the opening (headline, standfirst and first body sentences) ends.
    opening_end: usize,
    /// The incident's days: those of the first dated fact of the opening.
    days: Option<(i64, i64)>,
    /// A fact that ends on or before this day is earlier.
    before: i64,
    /// Whether the days are those the opening names rather than a fact's: a fact a week
    /// before them is earlier only when told in the past of the past ("had killed") or two
    /// weeks before ("Survivors of the floods protested on Tuesday… The floods on February 24
    /// killed 40").
    named_day: bool,
}

impl Incident {
    /// The incident of a report, from its facts of one kind (casualty figures, events): where
    /// each is first mentioned and its date, in text order; a fact is earlier when dated
    /// `margin` days or more before the incident. `None` when the report has no date.
    pub fn read<'a>(
        doc: &Document<'_>,
        facts: impl Iterator<Item = (usize, Option<&'a EventDate>)>,
        margin: i64,
    ) -> Option<Incident> {
        let today = doc.document_date?;
        let opening_end = doc
            .sentences
            .iter()
            .filter(|s| s.zone == crate::model::Zone::Body)
            .nth(OPENING_SENTENCES)
            .map_or(usize::MAX, |s| s.span.start);
        let dated = facts.filter(|&(start, _)| start < opening_end).find_map(|(_, date)| days_told(doc, date?));
        // No fact of the opening is dated: the first day its body names stands for the
        // incident's, with a week's margin, since it may be the day a statement was made, days
        // after the incident ("…, the government said on Tuesday, June 18").
        let (days, margin) = match dated {
            Some(days) => (Some(days), margin),
            None => (first_day_named(doc, opening_end, today.to_days()), margin.max(DAY_NAMED_MARGIN_DAYS)),
        };
        let named_day = dated.is_none() && days.is_some();
        let before = match days {
            Some((first, _)) => first - margin,
            None => today.to_days() - EARLIER_THAN_REPORT_DAYS,
        };
        Some(Incident { opening_end, days, before, named_day })
    }

    /// Whether a fact first mentioned at `start`, outside the opening, is a running total from
    /// a time long gone that the sentence before names ("…in 2014. Since then, more than 500
    /// have been kidnapped"): that time a month or more before the incident (or the report).
    pub fn counts_from_long_ago(&self, doc: &Document<'_>, start: usize) -> bool {
        if self.in_opening(start) {
            return false;
        }
        let here = doc.sentence_index(start);
        if here >= doc.sentences.len() {
            return false;
        }
        let sentence = doc.sentences[here].span;
        let opening = &doc.lower[sentence.start..sentence.end];
        let words = crate::lang::lexicon(doc.language).calendar.since_then;
        let since_then = words.iter().any(|w| {
            opening.strip_prefix(w).is_some_and(|rest| rest.chars().next().is_none_or(|c| !c.is_alphanumeric()))
        });
        let Some(before) = here.checked_sub(1).map(|i| doc.sentences[i].span).filter(|_| since_then) else {
            return false;
        };
        let from = self.days.map_or(self.before + EARLIER_THAN_REPORT_DAYS, |(day, _)| day);
        doc.times_in(before)
            .filter(|t| t.timex_type == TimexType::Date)
            .filter_map(|t| days_covered(&t.value))
            .any(|(_, last)| last + EARLIER_THAN_REPORT_DAYS <= from)
    }

    /// Whether a fact first mentioned at `start` is in the report's opening.
    pub fn in_opening(&self, start: usize) -> bool {
        start < self.opening_end
    }

    /// Whether a fact first mentioned at `start` with `date` is told of an earlier incident:
    /// outside the opening, dated days before the incident (or, when the opening dates none,
    /// a month before the report). A month or more named apart ("Last month, a lorry
    /// overturned…") is another period once it ends before the incident's day, without the
    /// margin a day needs.
    pub fn is_earlier(&self, doc: &Document<'_>, start: usize, date: Option<&EventDate>) -> bool {
        let Some((first, last)) = date.and_then(|d| days_told(doc, d)) else { return false };
        // In the opening, only what a clause of a time long gone tells ("the worst raid since
        // July, when 23 guards were killed"), a month or more before the incident's first day.
        if self.in_opening(start) {
            let time = date.and_then(|d| time_of(doc, d));
            let told_then =
                time.is_some_and(|t| when_clause(doc, t.span).is_some_and(|c| c.contains(Span::new(start, start))));
            return told_then && self.days.is_some_and(|(day, _)| last + EARLIER_THAN_REPORT_DAYS <= day);
        }
        if self.named_day && last <= self.before {
            let far = self.days.is_some_and(|(day, _)| last + FAR_BEFORE_NAMED_DAY_DAYS <= day);
            return far || told_in_the_past_of_the_past(doc, start);
        }
        last <= self.before || last - first >= MIN_MONTH_DAYS && self.days.is_some_and(|(day, _)| last < day)
    }
}

/// The days a fact's date puts it in: an edge of a period covers a third of it ("earlier this
/// month", "début mars"). `None` for an open period or a running total ("since last month,
/// 200 have been killed" holds the incident's dead).
fn days_told(doc: &Document<'_>, date: &EventDate) -> Option<(i64, i64)> {
    use crate::model::time::timeml;
    let (first, last) = days_covered(&date.value)?;
    let third = (last - first) / 3;
    let time = time_of(doc, date);
    let modifier = time.and_then(|t| t.modifier);
    let lexicon = crate::lang::lexicon(doc.language);
    let since_words = lexicon.calendar.since_words;
    let after_since = time.is_some_and(|t| {
        let before = doc.lower[..t.span.start].trim_end();
        // "depuis le 15 février": an article may stand between.
        let article = lexicon
            .grammar
            .definite_singulars
            .iter()
            .find_map(|a| before.strip_suffix(a).filter(|head| head.ends_with(' ')).map(str::trim_end));
        let before = article.unwrap_or(before);
        since_words.iter().any(|w| {
            before.strip_suffix(w).is_some_and(|head| head.chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
        })
    });
    let told_then = || time.is_some_and(|t| when_clause(doc, t.span).is_some());
    if (modifier == Some(timeml::ON_OR_AFTER) || after_since) && !told_then() {
        return None;
    }
    Some(match modifier {
        Some(timeml::START) => (first, first + third),
        Some(timeml::MID) => (first + third, last - third),
        Some(timeml::END) => (last - third, last),
        _ => (first, last),
    })
}

/// The time expression a fact's date was read from, if any.
fn time_of<'d>(doc: &'d Document<'_>, date: &EventDate) -> Option<&'d Timex> {
    date.time.and_then(|id| doc.times.get(id.index()))
}

/// The relative clause of a time that follows it ("since July, when 23 guards were killed",
/// "depuis mars, lorsque…"), which tells what happened then: from its word to the next comma
/// or the sentence's end.
fn when_clause(doc: &Document<'_>, time: Span) -> Option<Span> {
    let rest = &doc.lower[time.end..];
    let after = rest.trim_start();
    let after = after.strip_prefix(',').unwrap_or(after).trim_start();
    let start = doc.lower.len() - after.len();
    let word = crate::lang::lexicon(doc.language)
        .calendar
        .when_words
        .iter()
        .find(|w| after.strip_prefix(**w).is_some_and(|rest| rest.starts_with(|c: char| !c.is_alphanumeric())))?;
    let sentence = doc.sentence_at(time.start)?.span;
    let end = doc.lower[start + word.len()..sentence.end.max(start + word.len())]
        .find([',', ';'])
        .map_or(sentence.end, |i| start + word.len() + i);
    Some(Span::new(start, end.max(start)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_covered_spans_days_weeks_weekends_months_and_years() {
        let day = |y, m, d| crate::model::Date::new(y, m, d).unwrap().to_days();
        assert_eq!(days_covered("2022-01-22TEV"), Some((day(2022, 1, 22), day(2022, 1, 22))));
        assert_eq!(days_covered("2022-01-22TNI"), Some((day(2022, 1, 22), day(2022, 1, 23))));
        // ISO week 3 of 2022 runs from Monday 17 to Sunday 23 January.
        assert_eq!(days_covered("2022-W03"), Some((day(2022, 1, 17), day(2022, 1, 23))));
        assert_eq!(days_covered("2022-W03-WE"), Some((day(2022, 1, 22), day(2022, 1, 23))));
        assert_eq!(days_covered("2024-02"), Some((day(2024, 2, 1), day(2024, 2, 29))));
        assert_eq!(days_covered("2024"), Some((day(2024, 1, 1), day(2024, 12, 31))));
        assert_eq!(days_covered("PAST_REF"), None);
    }

    #[test]
    fn precision_reads_timeml_values() {
        assert_eq!(precision("2024"), Some(Precision::Year));
        assert_eq!(precision("2024-11"), Some(Precision::Month));
        assert_eq!(precision("2024-11-27"), Some(Precision::Day));
        assert_eq!(precision("2024-W48"), Some(Precision::Week));
        assert_eq!(precision("2025-W10-WE"), Some(Precision::Week));
        assert_eq!(precision("2024-Q3"), Some(Precision::Quarter));
        assert_eq!(precision("2024-SU"), Some(Precision::Season));
        assert_eq!(precision("2024-11-27T19:00"), Some(Precision::Time));
        assert_eq!(precision("PAST_REF"), None);
        assert_eq!(precision("XXXX-11-29"), None);
    }
}
