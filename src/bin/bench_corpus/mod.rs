//! The benchmark corpus: generated news articles of real length (0.5 to 3 KB), in English
//! and French, laid out as news pages are (headline, standfirst, byline, stamps, dateline,
//! captions, page furniture, subheads, lists, trailer).
//!
//! Every sentence is written here, never taken from a real article. Articles are built from
//! sentence patterns with slots (`{person}`, `{when}`, `{big}`…) filled from word pools; the
//! pools and patterns of each language are data, in [`en`] and [`fr`]; names and places
//! shared by both languages are in [`names`]. A fixed seed makes the corpus the same
//! everywhere.

mod en;
mod fr;
mod names;

use names::{FEMALE, LAST, MALE};

/// A small deterministic generator (PCG-style LCG), so the corpus is the same everywhere.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() as usize) % items.len()]
    }
    fn index(&mut self, len: usize) -> usize {
        (self.next() as usize) % len
    }
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }
    /// True `percent` times in a hundred.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// A city with its country, and the forms the country takes after "in" and "of" (French
/// needs "au Mali", "du Mali"; English mostly repeats the name).
pub struct Place {
    pub city: &'static str,
    pub country: &'static str,
    pub in_country: &'static str,
    pub of_country: &'static str,
}

/// The subject of an article: its words and its own sentences.
pub struct Topic {
    /// Section labels printed above a headline.
    pub kickers: &'static [&'static str],
    pub headlines: &'static [&'static str],
    /// Noun phrases for what happened ("the floods"), usable in the generic patterns.
    pub events: &'static [&'static str],
    /// Who acts ("rescue teams"), usable in the generic patterns.
    pub actors: &'static [&'static str],
    pub sentences: &'static [&'static str],
    pub quotes: &'static [&'static str],
    pub subheads: &'static [&'static str],
}

/// Everything one language needs to write an article.
pub struct Lang {
    pub code: &'static str,
    pub weekdays: [&'static str; 7],
    pub months: [&'static str; 12],
    pub months_short: [&'static str; 12],
    /// Numbers two to twelve in words.
    pub number_words: [&'static str; 11],
    /// "second" to "sixth".
    pub ordinals: [&'static str; 5],
    pub places: &'static [Place],
    pub topics: &'static [Topic],
    /// Body sentences that fit any topic (through `{event}` and `{actor}`).
    pub generic: &'static [&'static str],
    /// Short sentences, for rhythm.
    pub short: &'static [&'static str],
    /// Quotes that fit any topic.
    pub quotes: &'static [&'static str],
    /// How a quote is attributed: speaker before, after, in the middle; `{quote}` is filled.
    pub quote_frames: &'static [&'static str],
    /// Roles, as (masculine, feminine).
    pub roles: &'static [(&'static str, &'static str)],
    /// Ordinary people quoted: occupations, as (masculine, feminine).
    pub occupations: &'static [(&'static str, &'static str)],
    /// Anonymous or collective sources ("local officials").
    pub sources: &'static [&'static str],
    pub orgs: &'static [&'static str],
    pub agencies: &'static [&'static str],
    /// Verbs of saying, past tense, usable as "X {said}." and "…, {said} X."
    pub said: &'static [&'static str],
    /// "at least", "nearly"…
    pub approx: &'static [&'static str],
    /// Vague quantities ("dozens of").
    pub vague: &'static [&'static str],
    /// When things happened, as patterns ("on {weekday} morning").
    pub when: &'static [&'static str],
    pub datelines: &'static [&'static str],
    pub bylines: &'static [&'static str],
    pub stamps: &'static [&'static str],
    pub captions: &'static [&'static str],
    pub credits: &'static [&'static str],
    /// Stand-alone page lines ("Advertisement", "Partager").
    pub furniture: &'static [&'static str],
    /// Links to other articles; `{headline}` is another headline.
    pub read_more: &'static [&'static str],
    pub list_intros: &'static [&'static str],
    pub trailers: &'static [&'static str],
    pub tags: &'static [&'static str],
}

/// What an article keeps from slot to slot: its place, its date, who was named last.
struct Ctx<'a> {
    lang: &'a Lang,
    topic: &'a Topic,
    place: &'a Place,
    /// Publication date: year, month (1-12), day.
    date: (u64, u64, u64),
    agency: &'static str,
    /// The person named last: surname and whether female.
    last: Option<(&'static str, bool)>,
    /// Straight quotes in English, no-break spaces in French: one choice per article.
    plain_typography: bool,
    /// The sentence patterns used so far, so that an article seldom repeats itself.
    used: Vec<&'static str>,
}

/// Days since 1970-01-01 for a civil date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// Monday = 0.
fn weekday(date: (u64, u64, u64)) -> usize {
    (days_from_civil(date.0 as i64, date.1 as i64, date.2 as i64) + 3).rem_euclid(7) as usize
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Thousands grouped as the language writes them: "12,500" or "12 500".
fn group(n: u64, fr: bool, narrow: bool) -> String {
    let digits = n.to_string();
    let sep = if !fr {
        ","
    } else if narrow {
        "\u{202f}"
    } else {
        " "
    };
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(ch);
    }
    out
}

impl Ctx<'_> {
    fn fr(&self) -> bool {
        self.lang.code == "fr"
    }

    fn new_person(&mut self, r: &mut Rng) -> String {
        let female = r.chance(45);
        let first = r.pick(if female { FEMALE } else { MALE });
        let last = r.pick(LAST);
        self.last = Some((last, female));
        format!("{first} {last}")
    }

    fn female(&self) -> bool {
        self.last.is_some_and(|(_, f)| f)
    }

    fn gendered(&self, pair: (&'static str, &'static str)) -> &'static str {
        if self.female() {
            pair.1
        } else {
            pair.0
        }
    }

    fn date_phrase(&self, (y, m, d): (u64, u64, u64), with_year: bool) -> String {
        let month = self.lang.months[m as usize - 1];
        let d = if self.fr() && d == 1 { "1er".to_string() } else { d.to_string() };
        match (self.fr(), with_year) {
            (true, true) => format!("{d} {month} {y}"),
            (true, false) => format!("{d} {month}"),
            (false, true) => format!("{month} {d}, {y}"),
            (false, false) => format!("{month} {d}"),
        }
    }

    /// A day shortly before publication.
    fn recent_day(&self, r: &mut Rng) -> (u64, u64, u64) {
        let back = r.range(0, 4);
        let (y, m, d) = self.date;
        if d > back {
            (y, m, d - back)
        } else if m > 1 {
            (y, m - 1, 28 - back + d)
        } else {
            (y - 1, 12, 28 - back + d)
        }
    }

    fn time(&self, r: &mut Rng) -> String {
        let (h, mi) = (r.range(0, 23), [0, 5, 10, 15, 20, 30, 40, 45, 50, 55][r.index(10)]);
        if self.fr() {
            match r.range(0, 3) {
                0 => format!("{h}h{mi:02}"),
                1 => format!("{h} h {mi:02}"),
                2 => format!("{h} heures"),
                _ => format!("{h}h{mi:02} GMT"),
            }
        } else {
            let (h12, ampm) = match h {
                0 => (12, "a.m."),
                1..=11 => (h, "a.m."),
                12 => (12, "p.m."),
                _ => (h - 12, "p.m."),
            };
            match r.range(0, 3) {
                0 => format!("{h12}:{mi:02} {ampm}"),
                1 => format!("{h:02}{mi:02} GMT"),
                2 => format!("{h12} {ampm} local time"),
                _ => format!("{h}:{mi:02} GMT"),
            }
        }
    }

    /// A figure in one of the many ways articles write them.
    fn number(&self, r: &mut Rng) -> String {
        let fr = self.fr();
        match r.range(0, 9) {
            0 | 1 => r.range(2, 60).to_string(),
            2 => self.lang.number_words[r.index(11)].to_string(),
            3 => r.range(60, 999).to_string(),
            4 | 5 => group(r.range(1, 99) * 100 + r.range(0, 1) * r.range(0, 99), fr, r.chance(30)),
            6 => group(r.range(1000, 250_000), fr, r.chance(30)),
            7 => {
                let (a, b) = (r.range(1, 9), r.range(1, 9));
                if fr {
                    format!("{a},{b} million")
                } else {
                    format!("{a}.{b} million")
                }
            }
            8 => r.range(100, 9999).to_string(),
            _ => (r.range(1, 40) * 50).to_string(),
        }
    }

    fn money(&self, r: &mut Rng) -> String {
        let (a, b) = (r.range(1, 950), r.range(0, 9));
        let fr = self.fr();
        match (r.range(0, 4), fr) {
            (0, false) => format!("${a}.{b} billion"),
            (1, false) => format!("€{a} million"),
            (2, false) => format!("£{}", group(r.range(1000, 90_000), false, false)),
            (3, false) => format!("{a}.{b}bn dollars"),
            (_, false) => format!("${a}m"),
            (0, true) => format!("{a},{b} milliards d'euros"),
            (1, true) => format!("{a} millions de dollars"),
            (2, true) => format!("{} euros", group(r.range(1000, 90_000), true, r.chance(30))),
            (3, true) => format!("{a},{b} Md€"),
            (_, true) => format!("{a} M$"),
        }
    }

    fn percent(&self, r: &mut Rng) -> String {
        let (a, b) = (r.range(1, 60), r.range(0, 9));
        match (self.fr(), r.chance(50)) {
            (false, true) => format!("{a}.{b}%"),
            (false, false) => format!("{a} percent"),
            (true, true) => format!("{a},{b}\u{a0}%"),
            (true, false) => format!("{a} %"),
        }
    }

    /// Several distinct cities, as a list in running text.
    fn cities(&self, r: &mut Rng) -> String {
        let n = r.range(2, 5) as usize;
        let mut picked: Vec<&str> = Vec::new();
        while picked.len() < n {
            let c = self.lang.places[r.index(self.lang.places.len())].city;
            if !picked.contains(&c) && c != self.place.city {
                picked.push(c);
            }
        }
        let last = picked.pop().expect("a city");
        format!("{} {} {last}", picked.join(", "), if self.fr() { "et" } else { "and" })
    }

    fn slot(&mut self, name: &str, r: &mut Rng) -> String {
        let l = self.lang;
        let fr = self.fr();
        match name {
            "person" => self.new_person(r),
            "surname" => match self.last {
                Some((s, _)) => s.to_string(),
                None => self.new_person(r),
            },
            // "Mr Diallo", "Mme Diallo"; a full name when nobody was named yet.
            "mr" => match self.last {
                Some((s, female)) => match (fr, female) {
                    (true, true) => format!("Mme {s}"),
                    (true, false) => format!("M. {s}"),
                    (false, true) => format!("Ms {s}"),
                    (false, false) => format!("Mr {s}"),
                },
                None => self.new_person(r),
            },
            "he" => (if fr { ["il", "elle"] } else { ["he", "she"] })[self.female() as usize].into(),
            "his" => (if fr { ["son", "sa"] } else { ["his", "her"] })[self.female() as usize].into(),
            // French agreement: "e" after a feminine subject.
            "e" => (if self.female() { "e" } else { "" }).into(),
            "role" => {
                let pair = l.roles[r.index(l.roles.len())];
                self.gendered(pair).into()
            }
            "occupation" => {
                let pair = l.occupations[r.index(l.occupations.len())];
                self.gendered(pair).into()
            }
            "age" => r.range(19, 84).to_string(),
            "source" => r.pick(l.sources).into(),
            "org" => r.pick(l.orgs).into(),
            "agency" => self.agency.into(),
            "said" => r.pick(l.said).into(),
            "approx" => r.pick(l.approx).into(),
            "vague" => r.pick(l.vague).into(),
            "event" => r.pick(self.topic.events).into(),
            "actor" => r.pick(self.topic.actors).into(),
            "quote" => {
                if r.chance(60) {
                    r.pick(self.topic.quotes).into()
                } else {
                    r.pick(l.quotes).into()
                }
            }
            "when" => r.pick(l.when).into(),
            "city" => self.place.city.into(),
            "CITY" => self.place.city.to_uppercase(),
            "country" => self.place.country.into(),
            "in_country" => self.place.in_country.into(),
            "of_country" => self.place.of_country.into(),
            "city2" => loop {
                let p = &l.places[r.index(l.places.len())];
                if p.city != self.place.city {
                    break p.city.into();
                }
            },
            "country2" => l.places[r.index(l.places.len())].country.into(),
            "cities" => self.cities(r),
            "n" => r.range(2, 60).to_string(),
            "n2" => r.range(61, 900).to_string(),
            "nw" => l.number_words[r.index(11)].into(),
            "ordinal" => l.ordinals[r.index(5)].into(),
            "big" => group(r.range(1, 99) * 1000 + r.range(0, 9) * 100, fr, r.chance(25)),
            "num" => self.number(r),
            "pct" => self.percent(r),
            "dec" => {
                let (a, b) = (r.range(0, 9), r.range(1, 9));
                if fr {
                    format!("{a},{b}")
                } else {
                    format!("{a}.{b}")
                }
            }
            "money" => self.money(r),
            "score" => format!("{}-{}", r.range(0, 5), r.range(0, 4)),
            "time" => self.time(r),
            "weekday" => l.weekdays[weekday(self.recent_day(r))].into(),
            "weekday_pub" => l.weekdays[weekday(self.date)].into(),
            "month" => l.months[self.date.1 as usize - 1].into(),
            "year" => self.date.0.to_string(),
            "year0" => r.range(self.date.0 - 30, self.date.0 - 1).to_string(),
            "date" => {
                let day = self.recent_day(r);
                self.date_phrase(day, false)
            }
            "pubdate" => self.date_phrase(self.date, true),
            "dd" => format!("{:02}", self.date.2),
            "mm" => format!("{:02}", self.date.1),
            "d" => self.date.2.to_string(),
            "mon" => l.months_short[self.date.1 as usize - 1].into(),
            "hh" => format!("{:02}", r.range(5, 23)),
            "mi" => format!("{:02}", r.range(0, 59)),
            "h12" => r.range(1, 12).to_string(),
            "ago" => r.range(2, 11).to_string(),
            "minutes" => r.range(2, 9).to_string(),
            "reporter" => {
                let female = r.chance(45);
                format!("{} {}", r.pick(if female { FEMALE } else { MALE }), r.pick(LAST))
            }
            "REPORTER" => {
                let female = r.chance(45);
                format!("{} {}", r.pick(if female { FEMALE } else { MALE }), r.pick(LAST)).to_uppercase()
            }
            "credit" => r.pick(l.credits).into(),
            "headline" => {
                let topic = &l.topics[r.index(l.topics.len())];
                let saved = (self.topic, self.last);
                self.topic = topic;
                let h = self.fill(r.pick(topic.headlines), r);
                (self.topic, self.last) = saved;
                h
            }
            "tag" => r.pick(l.tags).into(),
            other => {
                // `{Slot}`: the value of `{slot}` with a capital.
                let lower = other.to_lowercase();
                if other.chars().next().is_some_and(char::is_uppercase) && lower != other {
                    capitalise(&self.slot(&lower, r))
                } else {
                    panic!("unknown slot {{{other}}}")
                }
            }
        }
    }

    /// Fills every `{slot}` of a pattern; a value may itself hold slots.
    fn fill(&mut self, pattern: &str, r: &mut Rng) -> String {
        let mut out = String::new();
        let mut rest = pattern;
        while let Some(i) = rest.find('{') {
            out.push_str(&rest[..i]);
            let j = rest[i..].find('}').map(|j| i + j).expect("a closing brace");
            let value = self.slot(&rest[i + 1..j], r);
            if value.contains('{') {
                let filled = self.fill(&value, r);
                out.push_str(&filled);
            } else {
                out.push_str(&value);
            }
            rest = &rest[j + 1..];
        }
        out.push_str(rest);
        out
    }

    /// A pattern of `list` not used yet in this article, if a few draws find one.
    fn fresh(&mut self, list: &'static [&'static str], r: &mut Rng) -> String {
        let mut pattern = r.pick(list);
        for _ in 0..6 {
            if !self.used.iter().any(|u| std::ptr::eq(*u, pattern)) {
                break;
            }
            pattern = r.pick(list);
        }
        self.used.push(pattern);
        self.fill(pattern, r)
    }

    /// One sentence of the body: the topic's own, a generic one, a quote or a short one.
    fn sentence(&mut self, r: &mut Rng) -> String {
        let list = match r.range(0, 99) {
            0..=39 => self.topic.sentences,
            40..=64 => self.lang.generic,
            65..=89 => self.lang.quote_frames,
            _ => self.lang.short,
        };
        self.fresh(list, r)
    }

    /// The typography of the article: French elision, curly or straight quotes, no-break
    /// spaces before French punctuation.
    fn typeset(&self, text: String) -> String {
        let text = if self.fr() { elide(&text) } else { text };
        if !self.plain_typography {
            if self.fr() {
                return text.replace("« ", "«\u{a0}").replace(" »", "\u{a0}»").replace(" :", "\u{a0}:");
            }
            return text;
        }
        if self.fr() {
            text.replace('\u{2019}', "'")
        } else {
            text.replace(['\u{201c}', '\u{201d}'], "\"").replace('\u{2019}', "'")
        }
    }
}

/// French elision and contraction, after filling: "de Alep" becomes "d'Alep", "que il"
/// "qu'il", "de le" "du".
fn elide(text: &str) -> String {
    let text = text
        .replace(" de le ", " du ")
        .replace(" de les ", " des ")
        .replace(" à le ", " au ")
        .replace(" à les ", " aux ");
    let words: Vec<&str> = text.split(' ').collect();
    let mut out = String::with_capacity(text.len());
    let mut glue = false;
    for (i, word) in words.iter().enumerate() {
        if i > 0 && !glue {
            out.push(' ');
        }
        let next = words.get(i + 1).copied().unwrap_or("");
        let vowel = next.starts_with(|c: char| "aeiouéèêîôAEIOUÉÈÊÎÔ".contains(c)) && !next.starts_with("onze");
        let elided = match *word {
            "de" => "d'",
            "De" => "D'",
            "que" => "qu'",
            "Que" => "Qu'",
            _ => "",
        };
        glue = vowel && !elided.is_empty();
        out.push_str(if glue { elided } else { word });
    }
    out
}

/// Article sizes in bytes.
const MIN_BYTES: usize = 500;
const MAX_BYTES: usize = 3 * 1024;

/// One article: page furniture around a body of `target` bytes or so.
fn article(r: &mut Rng, lang: &Lang) -> String {
    let topic = &lang.topics[r.index(lang.topics.len())];
    let place = &lang.places[r.index(lang.places.len())];
    let date = (r.range(2022, 2025), r.range(1, 12), r.range(1, 28));
    let mut c = Ctx {
        lang,
        topic,
        place,
        date,
        agency: r.pick(lang.agencies),
        last: None,
        plain_typography: r.chance(30),
        used: Vec::new(),
    };
    // 0.5 to 3 KB, most often around 1.7 KB (the sum of two draws).
    let target = MIN_BYTES + (r.range(0, 1100) + r.range(0, 1100)) as usize;

    let mut head: Vec<String> = Vec::new();
    if r.chance(40) {
        head.push(r.pick(topic.kickers).into());
    }
    head.push(c.fill(r.pick(topic.headlines), r));
    if r.chance(70) {
        head.push(c.fresh(topic.sentences, r));
    }
    let byline = r.chance(85).then(|| c.fill(r.pick(lang.bylines), r));
    let stamp = r.chance(90).then(|| c.fill(r.pick(lang.stamps), r));
    if r.chance(50) {
        head.extend(byline);
        head.extend(stamp);
    } else {
        head.extend(stamp);
        head.extend(byline);
    }
    if r.chance(15) {
        head.push(r.pick(lang.furniture).into());
    }
    let caption = |c: &mut Ctx, r: &mut Rng| {
        let text = c.fill(r.pick(lang.captions), r);
        let credit = c.fill(r.pick(lang.credits), r);
        // The credit after the caption (most often), on a line of its own, or before it.
        match r.range(0, 3) {
            0 | 1 => format!("{text} {credit}"),
            2 => format!("{text}\n{credit}"),
            _ => format!("{credit}\n{text}"),
        }
    };
    if r.chance(55) {
        head.push(caption(&mut c, r));
    }

    let mut body: Vec<String> = Vec::new();
    let mut size: usize = head.iter().map(|s| s.len() + 2).sum();
    let trailer = r.chance(60).then(|| c.fill(r.pick(lang.trailers), r));
    let tags = r.chance(20).then(|| {
        let n = r.range(2, 4);
        let list: Vec<String> = (0..n).map(|_| c.fill(r.pick(lang.tags), r)).collect();
        format!("{} {}", if lang.code == "fr" { "Sujets :" } else { "Topics:" }, list.join(", "))
    });
    size += trailer.as_ref().map_or(0, |t| t.len() + 2) + tags.as_ref().map_or(0, |t| t.len() + 2);
    let mut first = true;
    let mut since_break = 0;
    // Now and then a live page: each entry under its time, latest first.
    let mut live = r.chance(8).then(|| r.range(15 * 60, 23 * 60));
    while size < target || body.is_empty() {
        let block = if !first && since_break >= 2 && r.chance(35) {
            since_break = 0;
            match r.range(0, 5) {
                1 => r.pick(lang.furniture).into(),
                2 => c.fill(r.pick(lang.read_more), r),
                3 => caption(&mut c, r),
                4 => {
                    let n = r.range(3, 5);
                    let bullet = ["- ", "• ", "* "][r.index(3)];
                    let mut items = vec![c.fill(r.pick(lang.list_intros), r)];
                    for _ in 0..n {
                        let s = c.fresh(topic.sentences, r);
                        items.push(format!("{bullet}{s}"));
                    }
                    items.join("\n")
                }
                // A subhead, two times in six.
                _ => c.fill(r.pick(topic.subheads), r),
            }
        } else {
            since_break += 1;
            // One to three sentences; a long paragraph now and then.
            let n = if r.chance(15) { r.range(3, 5) } else { r.range(1, 3) };
            let mut p: Vec<String> = (0..n).map(|_| c.sentence(r)).collect();
            if first {
                first = false;
                if r.chance(65) {
                    let dateline = c.fill(r.pick(lang.datelines), r);
                    p[0] = format!("{dateline} {}", p[0]);
                }
            }
            let text = p.join(" ");
            match live.as_mut() {
                Some(clock) => {
                    let stamp = if lang.code == "fr" {
                        format!("{}h{:02}", *clock / 60, *clock % 60)
                    } else {
                        format!("{:02}:{:02} GMT", *clock / 60, *clock % 60)
                    };
                    *clock -= r.range(4, 50);
                    format!("{stamp}\n{text}")
                }
                None => text,
            }
        };
        if size + block.len() + 2 > MAX_BYTES && !body.is_empty() {
            break;
        }
        size += block.len() + 2;
        body.push(block);
    }
    let mut parts = head;
    parts.extend(body);
    parts.extend(trailer);
    parts.extend(tags);
    let text = c.typeset(parts.join("\n\n") + "\n");
    // Whatever the draw, within bounds.
    if text.len() > MAX_BYTES {
        let mut cut = MAX_BYTES - 1;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let cut = text[..cut].rfind("\n\n").unwrap_or(cut);
        return text[..cut].to_string() + "\n";
    }
    text
}

/// The corpus: (file name, text), about `total_kb` KB in all, English and French about half
/// each.
pub fn corpus(total_kb: usize) -> Vec<(String, String)> {
    let mut r = Rng(0x5eed_2025);
    let mut out = Vec::new();
    let mut size = 0;
    // Bytes of French and English so far: the language behind gets the next article, so that
    // each has about half the corpus.
    let (mut fr_bytes, mut en_bytes) = (0, 0);
    let mut i = 0;
    while size < total_kb * 1024 {
        let fr = fr_bytes < en_bytes || (fr_bytes == en_bytes && r.chance(50));
        let text = article(&mut r, if fr { &fr::LANG } else { &en::LANG });
        size += text.len();
        *(if fr { &mut fr_bytes } else { &mut en_bytes }) += text.len();
        out.push((format!("{:03}-{}.txt", i, if fr { "fr" } else { "en" }), text));
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays() {
        // 2025-03-03 was a Monday; 2024-02-29 a Thursday.
        assert_eq!(weekday((2025, 3, 3)), 0);
        assert_eq!(weekday((2024, 2, 29)), 3);
    }

    #[test]
    fn elision() {
        assert_eq!(elide("au nord de Alep et de le port, dit que il"), "au nord d'Alep et du port, dit qu'il");
        assert_eq!(elide("de onze et de Goma"), "de onze et de Goma");
    }

    #[test]
    fn grouping() {
        assert_eq!(group(1234567, false, false), "1,234,567");
        assert_eq!(group(12500, true, false), "12 500");
        assert_eq!(group(999, true, false), "999");
    }

    #[test]
    fn every_pattern_fills() {
        let mut r = Rng(1);
        for lang in [&en::LANG, &fr::LANG] {
            for topic in lang.topics {
                let mut c = Ctx {
                    lang,
                    topic,
                    place: &lang.places[0],
                    date: (2024, 1, 2),
                    agency: lang.agencies[0],
                    last: None,
                    plain_typography: false,
                    used: Vec::new(),
                };
                let lists = [
                    topic.headlines,
                    topic.sentences,
                    topic.quotes,
                    topic.subheads,
                    lang.generic,
                    lang.short,
                    lang.quotes,
                    lang.quote_frames,
                    lang.when,
                    lang.datelines,
                    lang.bylines,
                    lang.stamps,
                    lang.captions,
                    lang.credits,
                    lang.read_more,
                    lang.list_intros,
                    lang.trailers,
                    lang.tags,
                ];
                for list in lists {
                    for p in list {
                        let s = c.fill(p, &mut r);
                        assert!(!s.contains(['{', '}']), "{s}");
                    }
                }
            }
        }
    }

    #[test]
    fn shape() {
        let articles = corpus(320);
        let bytes: usize = articles.iter().map(|(_, t)| t.len()).sum();
        assert!((150..=250).contains(&articles.len()), "{} articles", articles.len());
        assert!(bytes >= 320 * 1024);
        for (name, text) in &articles {
            assert!((MIN_BYTES..=MAX_BYTES).contains(&text.len()), "{name}: {} bytes", text.len());
        }
        let fr: usize = articles.iter().filter(|(n, _)| n.ends_with("-fr.txt")).map(|(_, t)| t.len()).sum();
        assert!(fr * 100 >= bytes * 45 && fr * 100 <= bytes * 55, "{fr} bytes of French in {bytes}");
        assert_eq!(corpus(320), articles, "deterministic");
    }
}
