//! The page layout: what each line of the page is.

use super::calendar::{Date, DateTime};
use super::span::Span;
use serde::Serialize;

/// What a line of the page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The article's title.
    Headline,
    /// The summary between headline and body.
    Standfirst,
    /// A publication or update stamp.
    Stamp,
    /// "Reading time: 3 min".
    ReadingTime,
    /// "By Jane Doe".
    Byline,
    /// A photo caption with its credit.
    Caption,
    /// A paragraph of the article's text.
    Body,
    /// Page furniture: separators, teasers for other articles, share buttons.
    Boilerplate,
}

/// A line (or hard-wrapped block) of the page and what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// The line, trimmed.
    pub span: Span,
    /// Its role.
    pub role: Role,
}

/// A date-time printed on the page, with its value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stamp<S = Span> {
    /// The date-time text ("29/11/2024 11:18"), without its label.
    #[serde(flatten)]
    pub span: S,
    /// Its value.
    #[serde(serialize_with = "super::calendar::serialize_timeml")]
    pub value: DateTime,
}

/// An estimated reading time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadingTime {
    /// The whole "Reading time: 3 min" text.
    pub span: Span,
    /// Minutes.
    pub minutes: u32,
}

/// A photo credit split into its parts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Credit<S = Span> {
    /// The credit as printed ("AAREF WATAD / AFP").
    #[serde(flatten)]
    pub span: S,
    /// The photographer's name, title-cased when printed in capitals.
    pub photographer: Option<String>,
    /// The agency or outlet.
    pub agency: Option<String>,
}

/// A photo caption.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Caption<S = Span> {
    /// The caption text without its credit.
    #[serde(flatten)]
    pub span: S,
    /// The credit, when there is one.
    pub credit: Option<Credit<S>>,
    /// Later lines that repeat this caption (pages often print it twice).
    pub repeats: Vec<S>,
}

/// A wire dateline opening the body: "KHARTOUM, April 12 (Reuters) -".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Dateline<S = Span> {
    /// The whole dateline, up to and including its dash.
    #[serde(flatten)]
    pub span: S,
    /// The place, as printed (usually in capitals).
    pub place: S,
    /// The date, when given.
    pub date: Option<S>,
    /// The agency, when given.
    pub agency: Option<S>,
    /// The date's value, when the dateline gives a full date ("14 juin 2025").
    #[serde(skip)]
    pub value: Option<Date>,
}

/// The layout of a whole page.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// Every non-empty line in order, with its role.
    pub lines: Vec<Line>,
    /// The headline.
    pub headline: Option<Span>,
    /// The standfirst.
    pub standfirst: Option<Span>,
    /// The byline.
    pub byline: Option<Span>,
    /// First publication.
    pub published: Option<Stamp>,
    /// Last update.
    pub updated: Option<Stamp>,
    /// Estimated reading time.
    pub reading_time: Option<ReadingTime>,
    /// Photo captions, each once.
    pub captions: Vec<Caption>,
    /// Every photo credit printed on the page, repeats included, in order.
    pub credits: Vec<Credit>,
    /// The dateline at the start of the body.
    pub dateline: Option<Dateline>,
}

impl Layout {
    /// Spans of the lines with a role, in order.
    pub fn spans(&self, role: Role) -> impl Iterator<Item = Span> + '_ {
        self.lines.iter().filter(move |l| l.role == role).map(|l| l.span)
    }
}

/// What the page is, as the output gives it: the layout's lines put in their places.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Article<S = Span> {
    /// The headline.
    pub headline: Option<S>,
    /// The standfirst.
    pub standfirst: Option<S>,
    /// The byline ("By Jane Doe").
    pub byline: Option<S>,
    /// First publication, value `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD`.
    pub published: Option<Stamp<S>>,
    /// Last update.
    pub updated: Option<Stamp<S>>,
    /// Estimated reading time in minutes.
    pub reading_time_minutes: Option<u32>,
    /// The reading-time line.
    pub reading_time: Option<S>,
    /// Photo captions, each once.
    pub captions: Vec<Caption<S>>,
    /// Page furniture excluded from every annotator.
    pub boilerplate: Vec<S>,
    /// A wire dateline opening the body ("KHARTOUM, April 12 (Reuters) -").
    pub dateline: Option<Dateline<S>>,
}
