//! English words.

use super::Lexicon;
use crate::options::Language;

/// The English table.
pub static LEXICON: Lexicon = Lexicon {
    language: Language::En,
    months: &[
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3),
        ("april", 4), ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7),
        ("august", 8), ("aug", 8), ("september", 9), ("sept", 9), ("sep", 9), ("october", 10),
        ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
    ],
    weekdays: &[
        ("monday", 0), ("mon", 0), ("tuesday", 1), ("tue", 1), ("tues", 1), ("wednesday", 2),
        ("wed", 2), ("thursday", 3), ("thu", 3), ("thurs", 3), ("friday", 4), ("fri", 4),
        ("saturday", 5), ("sat", 5), ("sunday", 6), ("sun", 6),
    ],
    date_prepositions: &["on", "the"],
    time_connectors: &["at"],
    abbreviations: &[
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr",
        "adm", "gov", "sen", "rep", "rev", "st", "mt", "ft", "no", "nos", "vs", "v", "etc", "e.g",
        "i.e", "inc", "ltd", "co", "corp", "jr", "sr", "u.s", "u.k", "u.n", "e.u", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est",
        "dept", "univ", "a.m", "p.m", "pres", "sec", "gov", "min",
    ],
    function_words: &[
        "the", "and", "of", "to", "in", "is", "was", "that", "for", "on", "with", "said", "have",
        "has", "are", "were", "by", "from", "it", "which", "who", "at", "be", "this", "their",
        "they", "not", "but", "an",
    ],
    published_labels: &["published", "first published", "posted", "published on", "published at"],
    updated_labels: &["updated", "last updated", "modified", "last modified", "updated on"],
    reading_time_labels: &["reading time", "read time", "estimated reading time", "time to read"],
    reading_time_suffixes: &["read", "reading"],
    byline_labels: &["by"],
    teaser_labels: &[
        "read also", "read more", "see also", "also read", "more on this story", "recommended",
        "most read", "related articles", "related stories", "you may also like", "you might also like",
        "continue reading", "advertisement", "sponsored content", "up next",
    ],
    weak_teaser_labels: &["next", "related", "watch", "video", "live", "sponsored", "more", "latest"],
    furniture_words: &[
        "share", "share this", "share on", "subscribe", "follow us", "follow", "sign up", "newsletter",
        "copy link", "link copied", "click here", "comments", "comment", "print", "email", "e-mail",
        "facebook", "twitter", "whatsapp", "linkedin", "telegram", "messenger", "reddit", "listen",
        "listen to this article", "save", "bookmark", "tags", "topics", "accept cookies", "cookie",
        "log in", "sign in", "download the app",
    ],
    photo_labels: &["photo", "photograph", "picture", "image", "credit", "photo credit"],
};
