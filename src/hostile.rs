//! Hostile inputs: text shaped to find work that grows faster than the input (long runs
//! with no sentence end, one cue repeated thousands of times, unbalanced marks, a million
//! lines of one character), plus an ordinary news article to compare them with.
//!
//! One generator shared by the adversarial benchmark (`reportage-bench --adversarial`), the
//! test (`tests/adversarial.rs`) and the fuzz target. Deterministic: the same shape and size
//! give the same text everywhere.
//!
//! ```
//! use reportage::hostile::{generate, Shape};
//! let text = generate(Shape::MrRepeated, 1000);
//! assert!(text.len() <= 1000 && text.len() > 990);
//! assert!(text.starts_with("Mr. Mr. "));
//! ```
#![doc(hidden)]

/// A kind of hostile input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Shape {
    /// A realistic news article repeated to the size: the baseline, not hostile.
    Article,
    /// One run of capitalised words with an organisation keyword every few words
    /// ("Council", "Ministry", "Committee", "Forces"), no full stop.
    OrgRun,
    /// "Mr. " repeated.
    MrRepeated,
    /// "according to X, " repeated with varying names, no full stop.
    AccordingTo,
    /// Ordinary lower-case words and commas, no full stop anywhere.
    NoFullStop,
    /// Dates, weekdays, relative dates, clock times and durations everywhere, no full stop.
    Dates,
    /// Lines of one character (about 100,000 at 1 MB): letters of both cases, digits,
    /// punctuation and quotation marks, indented so that each line is about ten bytes.
    OneCharLines,
    /// French number words ("deux cent quarante-trois mille cinq cents …"), no full stop.
    FrenchNumbers,
    /// No spaces: one huge word of letters and digits, then one of punctuation.
    NoSpaces,
    /// Opening “ « " without closers, interleaved with text and "said".
    UnbalancedQuotes,
    /// One long paragraph of casualty figures with sources, in English, no full stop.
    CasualtiesEn,
    /// The same in French: "au moins 12 personnes ont été tuées …".
    CasualtiesFr,
    /// Places the gazetteer knows, one after another in one sentence.
    Places,
    /// Organisations defining acronyms, "the Relief Council (RC), …", in one sentence.
    Acronyms,
    /// "the regime" thousands of times, with people named often but never next to it (so
    /// that no one is found to be its ruler).
    Regime,
    /// Thousands of distinct photo captions with credits, one per line.
    Captions,
    /// Closed quotes with their speakers, "“…,” said X, “…,” said Y", in one sentence.
    QuotesOneSentence,
    /// Short sentences, each a distinct casualty figure with its own source.
    SourcedTolls,
    /// Quotes attributed to "he" in a text that names no person, only places.
    PronounQuotes,
    /// One capitalised word of half the size that "said" makes a speaker, then short
    /// sentences with figures and places.
    LongName,
}

impl Shape {
    /// Every hostile shape (not the baseline article), in the order reports list them.
    pub const HOSTILE: &'static [Shape] = &[
        Shape::OrgRun,
        Shape::MrRepeated,
        Shape::AccordingTo,
        Shape::NoFullStop,
        Shape::Dates,
        Shape::OneCharLines,
        Shape::FrenchNumbers,
        Shape::NoSpaces,
        Shape::UnbalancedQuotes,
        Shape::CasualtiesEn,
        Shape::CasualtiesFr,
        Shape::Places,
        Shape::Acronyms,
        Shape::Regime,
        Shape::Captions,
        Shape::QuotesOneSentence,
        Shape::SourcedTolls,
        Shape::PronounQuotes,
        Shape::LongName,
    ];

    /// The baseline article, then every hostile shape.
    pub fn all() -> impl Iterator<Item = Shape> {
        std::iter::once(Shape::Article).chain(Shape::HOSTILE.iter().copied())
    }

    /// A short name for tables and command lines.
    pub fn name(self) -> &'static str {
        match self {
            Shape::Article => "article",
            Shape::OrgRun => "org-run",
            Shape::MrRepeated => "mr-repeated",
            Shape::AccordingTo => "according-to",
            Shape::NoFullStop => "no-full-stop",
            Shape::Dates => "dates",
            Shape::OneCharLines => "one-char-lines",
            Shape::FrenchNumbers => "french-numbers",
            Shape::NoSpaces => "no-spaces",
            Shape::UnbalancedQuotes => "unbalanced-quotes",
            Shape::CasualtiesEn => "casualties-en",
            Shape::CasualtiesFr => "casualties-fr",
            Shape::Places => "places",
            Shape::Acronyms => "acronyms",
            Shape::Regime => "regime",
            Shape::Captions => "captions",
            Shape::QuotesOneSentence => "quotes-one-sentence",
            Shape::SourcedTolls => "sourced-tolls",
            Shape::PronounQuotes => "pronoun-quotes",
            Shape::LongName => "long-name",
        }
    }

    /// The shape with this [`Shape::name`].
    pub fn from_name(name: &str) -> Option<Shape> {
        Shape::all().find(|s| s.name() == name)
    }
}

/// A small deterministic generator (an LCG), so that inputs are the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const FIRST: &[&str] = &[
    "Amina",
    "Karim",
    "Leila",
    "Oleksandr",
    "Ahmed",
    "Marie",
    "Sofia",
    "Jean-Marc",
    "Rami",
    "Fatima",
    "Olena",
    "Moussa",
    "Hassan",
    "Claire",
    "Ibrahim",
    "Yusuf",
    "Nadia",
    "Pierre",
    "Samir",
    "Aisha",
];
const LAST: &[&str] = &[
    "Yusuf",
    "Benali",
    "Haddad",
    "Petrenko",
    "Salim",
    "Okafor",
    "Lindqvist",
    "Dufour",
    "Rahmane",
    "Traoré",
    "Kovalenko",
    "Diallo",
    "Mansour",
    "Girard",
    "Keita",
    "Nasser",
    "Boukari",
    "Laurent",
    "Tahir",
    "Mbeki",
];
const PLACES: &[&str] = &[
    "Kharkiv",
    "Goma",
    "Idlib",
    "Khartoum",
    "Mosul",
    "Rafah",
    "Bamako",
    "Mogadishu",
    "Aleppo",
    "Odesa",
    "Sanaa",
    "Kabul",
    "Syria",
    "Ukraine",
    "Sudan",
    "Mali",
    "Paris",
    "Damascus",
    "Beirut",
    "Gaza",
];
const SOURCES: &[&str] = &[
    "the health ministry",
    "local officials",
    "the United Nations",
    "witnesses",
    "state television",
    "a security source",
    "the Red Cross",
    "Human Rights Watch",
    "the army",
    "the regional governor",
];
const FR_SOURCES: &[&str] = &[
    "le ministère de la Santé",
    "des responsables locaux",
    "l'ONU",
    "des témoins",
    "la télévision d'État",
    "une source sécuritaire",
    "la Croix-Rouge",
    "Human Rights Watch",
    "l'armée",
    "le gouverneur",
];
const CAPITALISED: &[&str] = &[
    "Central",
    "National",
    "Northern",
    "Southern",
    "Relief",
    "Defence",
    "Health",
    "Supreme",
    "Joint",
    "Popular",
    "Revolutionary",
    "Federal",
    "Regional",
    "United",
    "Democratic",
    "Liberation",
    "Security",
    "Transitional",
    "Emergency",
    "Civil",
];
const ORG_KEYWORDS: &[&str] =
    &["Council", "Ministry", "Committee", "Forces", "Agency", "Front", "Brigade", "Commission"];
const LOWER: &[&str] = &[
    "the",
    "convoy",
    "reached",
    "village",
    "after",
    "a",
    "long",
    "delay",
    "road",
    "was",
    "closed",
    "for",
    "hours",
    "while",
    "families",
    "waited",
    "near",
    "river",
    "with",
    "little",
    "water",
    "and",
    "no",
    "news",
    "of",
    "their",
    "homes",
    "in",
    "hills",
    "where",
    "shelling",
    "continued",
    "through",
    "night",
    "as",
    "aid",
    "workers",
    "tried",
    "to",
    "reach",
    "those",
    "left",
    "behind",
];
const EN_NUMBER_WORDS: &[&str] =
    &["two", "three", "five", "seven", "twelve", "twenty", "forty", "a hundred", "dozens of"];
const FR_UNITS: &[&str] =
    &["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "seize"];
const FR_TENS: &[&str] =
    &["vingt", "trente", "quarante", "cinquante", "soixante", "soixante-dix", "quatre-vingt", "quatre-vingt-dix"];

/// Text of `shape` of about `bytes` bytes (never more; within a few bytes of it).
pub fn generate(shape: Shape, bytes: usize) -> String {
    let mut r = Rng(0x5eed_0bad ^ shape as u64);
    let mut out = String::with_capacity(bytes + 256);
    let mut n: usize = 0;
    while out.len() < bytes {
        piece(shape, &mut r, n, bytes, &mut out);
        n += 1;
    }
    let mut cut = bytes.min(out.len());
    while !out.is_char_boundary(cut) {
        cut -= 1;
    }
    out.truncate(cut);
    out
}

fn name(r: &mut Rng) -> String {
    format!("{} {}", r.pick(FIRST), r.pick(LAST))
}

/// A French number in words below a million ("deux cent quarante-trois mille cinq cents").
fn french_number(r: &mut Rng) -> String {
    let below_hundred = |r: &mut Rng| -> String {
        match r.below(3) {
            0 => r.pick(FR_UNITS).to_string(),
            1 => r.pick(FR_TENS).to_string(),
            _ => format!("{}-{}", r.pick(FR_TENS), r.pick(&FR_UNITS[1..9])),
        }
    };
    let below_thousand = |r: &mut Rng| -> String {
        match r.below(3) {
            0 => below_hundred(r),
            1 => format!("{} cent {}", r.pick(&FR_UNITS[1..9]), below_hundred(r)),
            _ => format!("{} cents", r.pick(&FR_UNITS[1..9])),
        }
    };
    match r.below(4) {
        0 => below_thousand(r),
        1 => format!("{} mille {}", below_thousand(r), below_thousand(r)),
        2 => format!("{} millions {} mille", r.pick(&FR_UNITS[1..9]), below_thousand(r)),
        _ => format!("une {}", ["dizaine", "vingtaine", "trentaine", "cinquantaine", "centaine"][r.below(5)]),
    }
}

/// Appends the `n`th piece of `shape` to a text that will be `target` bytes long.
fn piece(shape: Shape, r: &mut Rng, n: usize, target: usize, out: &mut String) {
    use std::fmt::Write;
    let w = out;
    // Figures that differ from piece to piece, so that nothing merges as a repeat.
    let big = 10 + n * 7 % 99_989;
    match shape {
        Shape::Article => article(r, n, w),
        Shape::OrgRun => {
            // Four words with a keyword last, never "and" (which would end the run).
            for _ in 0..3 {
                w.push_str(r.pick(CAPITALISED));
                w.push(' ');
            }
            w.push_str(r.pick(ORG_KEYWORDS));
            w.push(' ');
        }
        Shape::MrRepeated => w.push_str("Mr. "),
        Shape::AccordingTo => {
            let _ = write!(w, "according to {}, ", if n % 3 == 2 { r.pick(SOURCES).to_string() } else { name(r) });
        }
        Shape::NoFullStop => {
            for _ in 0..8 {
                w.push_str(r.pick(LOWER));
                w.push(' ');
            }
            w.pop();
            w.push_str(", ");
        }
        Shape::Dates => {
            let months = ["January", "March", "April", "June", "September", "December"];
            let days = ["Monday", "Friday", "Sunday", "Wednesday"];
            let _ = match n % 10 {
                0 => write!(w, "on {} {} {}, ", 1 + n % 28, r.pick(&months), 1990 + n % 35),
                1 => write!(w, "on {}, ", r.pick(&days)),
                2 => write!(w, "{} {}, ", 1 + n % 28, r.pick(&months)),
                3 => write!(w, "last week, "),
                4 => write!(w, "since {} {}, ", r.pick(&months), 2000 + n % 25),
                5 => write!(
                    w,
                    "on {:04}-{:02}-{:02} at {}:{:02}, ",
                    2000 + n % 25,
                    1 + n % 12,
                    1 + n % 28,
                    n % 24,
                    n % 60
                ),
                6 => write!(w, "for {} days, ", r.pick(EN_NUMBER_WORDS)),
                7 => write!(w, "next {}, ", r.pick(&days)),
                8 => write!(w, "le {} {} {}, ", 1 + n % 28, ["mars", "avril", "juin"][n % 3], 2000 + n % 25),
                _ => write!(w, "yesterday at {} p.m., every week, ", 1 + n % 12),
            };
        }
        Shape::OneCharLines => {
            const CHARS: &[&str] = &["a", "B", "7", ".", "“", "«", "\"", "é", "x", "Z", "-", "”", "?", "M", "»", "s"];
            let c = CHARS[n % CHARS.len()];
            // Indented so that each line is about ten bytes: 100,000 lines in 1 MB.
            w.push_str(&" ".repeat(9 - c.len()));
            w.push_str(c);
            w.push('\n');
        }
        Shape::FrenchNumbers => {
            w.push_str(&french_number(r));
            w.push_str(if n % 4 == 3 { ", " } else { " et " });
        }
        Shape::NoSpaces => {
            const ALNUM: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
            const PUNCT: &[&str] = &[
                ".", ",", "!", "?", ";", ":", "(", ")", "[", "]", "“", "”", "«", "»", "\"", "'", "’", "-", "—", "…",
                "/",
            ];
            // The word of punctuation starts at half the text.
            if w.len() < target / 2 {
                for _ in 0..16 {
                    w.push(ALNUM[r.below(ALNUM.len())] as char);
                }
                if w.len() >= target / 2 {
                    w.push(' ');
                }
            } else {
                for _ in 0..8 {
                    w.push_str(r.pick(PUNCT));
                }
            }
        }
        Shape::UnbalancedQuotes => {
            let opener = ["“", "«", "\""][n % 3];
            let _ = match n % 4 {
                0 => write!(w, "{opener}we will not leave, said {}, ", name(r)),
                1 => write!(w, "{opener} nous ne partirons pas, a déclaré {}, ", name(r)),
                2 => write!(w, "{opener}they came at night, he said {opener}and took everything ",),
                _ => write!(w, "{opener}the situation is getting worse, {} told AFP, ", name(r)),
            };
        }
        Shape::CasualtiesEn => {
            let place = r.pick(PLACES);
            let _ = match n % 5 {
                0 => write!(w, "at least {big} people were killed and {} wounded in {place}, ", big + 3),
                1 => write!(w, "{} soldiers died, according to {}, ", big + 1, r.pick(SOURCES)),
                2 => write!(w, "more than {} civilians were wounded by shelling, ", big * 3),
                3 => {
                    write!(w, "{} people were missing and {} displaced, {} said, ", big + 2, big * 11, r.pick(SOURCES))
                }
                _ => write!(w, "the toll rose to {} dead, killing {} children, ", big + 5, r.pick(EN_NUMBER_WORDS)),
            };
        }
        Shape::CasualtiesFr => {
            let place = r.pick(PLACES);
            let _ = match n % 5 {
                0 => write!(w, "au moins {big} personnes ont été tuées et {} blessées à {place}, ", big + 3),
                1 => write!(w, "{} soldats sont morts, selon {}, ", big + 1, r.pick(FR_SOURCES)),
                2 => write!(w, "plus de {} civils ont été blessés par des frappes, ", big * 3),
                3 => write!(
                    w,
                    "{} personnes sont portées disparues et {} déplacées, a indiqué {}, ",
                    big + 2,
                    big * 11,
                    r.pick(FR_SOURCES)
                ),
                _ => write!(w, "le bilan s'est alourdi à {} morts, dont une dizaine d'enfants, ", big + 5),
            };
        }
        Shape::Places => {
            let _ = write!(w, "{}, ", r.pick(PLACES));
            if n % 7 == 6 {
                w.push_str("northern Syria, Aleppo province, ");
            }
        }
        Shape::Acronyms => {
            let words = [r.pick(CAPITALISED), r.pick(CAPITALISED), r.pick(ORG_KEYWORDS)];
            let acronym: String = words.iter().filter_map(|x| x.chars().next()).collect();
            let _ = write!(
                w,
                "the {} {} {} ({acronym}{}), ",
                words[0],
                words[1],
                words[2],
                (b'A' + (n % 26) as u8) as char
            );
        }
        Shape::Regime => {
            // Nothing a person could be within three words before "regime" or five after
            // "regime of".
            let _ = match n % 2 {
                0 => write!(
                    w,
                    "{} spoke in {} while the regime of the old guard held the north, ",
                    name(r),
                    r.pick(PLACES)
                ),
                _ => write!(w, "{} said on Friday that troops loyal to the Syrian regime fell back, ", name(r)),
            };
        }
        Shape::Captions => {
            let verbs = ["flee", "gather near", "queue outside", "inspect", "walk past", "clear rubble from"];
            let objects =
                ["a shelled district", "the market", "a damaged school", "the hospital", "a checkpoint", "the mosque"];
            let _ = writeln!(
                w,
                "Residents {} {} of {} on {} {}, 2025, as {} {} watch. ({} {} / AFP)\n",
                r.pick(&verbs),
                r.pick(&objects),
                r.pick(PLACES),
                ["March", "April", "May"][n % 3],
                1 + n % 28,
                r.pick(LOWER),
                r.pick(LOWER),
                r.pick(FIRST).to_uppercase(),
                r.pick(LAST).to_uppercase(),
            );
        }
        Shape::QuotesOneSentence => {
            let _ = match n % 3 {
                0 => write!(w, "“we will stay here until the end,” said {}, ", name(r)),
                1 => write!(w, "« nous resterons ici », a déclaré {}, ", name(r)),
                _ => write!(w, "{} told Reuters: “the road is closed” ", name(r)),
            };
        }
        Shape::SourcedTolls => {
            let _ = write!(
                w,
                "At least {big} people were killed in {}, according to {}. ",
                r.pick(PLACES),
                r.pick(SOURCES)
            );
            if n % 6 == 5 {
                w.push_str("\n\n");
            }
        }
        Shape::PronounQuotes => {
            let _ = write!(w, "“At least {big} people were killed in {},” he said. ", r.pick(PLACES));
            if n % 5 == 4 {
                w.push_str("\n\n");
            }
        }
        Shape::LongName => {
            if n == 0 {
                // The name: a capital, then letters up to half the text.
                w.push('A');
                while w.len() < target / 2 {
                    w.push_str("bcdefghijklmnopqrstuvwxyz");
                }
                w.push_str(" said that ");
            }
            let _ = write!(w, "{big} people were wounded in {}. ", r.pick(PLACES));
        }
    }
}

/// One copy of the baseline article, with its figures varied by `n`.
fn article(r: &mut Rng, n: usize, w: &mut String) {
    use std::fmt::Write;
    let place = r.pick(PLACES);
    let person = name(r);
    let source = r.pick(SOURCES);
    let _ = write!(
        w,
        "Fighting flares around {place} as thousands of civilians flee\n\n\
         At least {dead} people have been killed since Monday, according to {source}.\n\n\
         Published on 04/03/2025 09:30\n\n\
         Residents flee a shelled district of {place} on March 3, 2025. (JOHN SMITH / AFP)\n\n\
         Fighting resumed near {place} on Tuesday, killing at least {dead} civilians, according to {source}. \
         The army said it had pushed back several attacks in the province but gave no toll.\n\n\
         \u{201c}The situation is getting worse by the hour,\u{201d} said {person}, a spokesman for the regional governor, \
         in a statement. More than {fled} people have fled their homes since January 2024, the United Nations said.\n\n\
         {person} told AFP that about {villages} villages had been shelled overnight. Aid convoys have been blocked \
         for {days} days, according to the Red Cross, which warned of \u{201c}a looming disaster\u{201d}.\n\n\
         Talks are due to resume next Monday in Geneva, diplomats said. Hundreds of families were sleeping in the \
         open on the outskirts of the city, witnesses said. The toll rose to {toll} dead and dozens wounded on \
         Wednesday, the health ministry said.\n\n\
         Read also: The war seen from above\n\n",
        dead = 5 + n % 97,
        fled = 1000 + n * 37 % 90_000,
        villages = 2 + n % 40,
        days = 3 + n % 20,
        toll = 20 + n % 300,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shape_gives_about_the_size_asked() {
        for shape in Shape::all() {
            for size in [0, 1, 100, 10_000, 100_000] {
                let text = generate(shape, size);
                assert!(text.len() <= size && text.len() + 8 >= size, "{} at {size}: {}", shape.name(), text.len());
                assert_eq!(generate(shape, size), text, "deterministic");
            }
            assert_eq!(Shape::from_name(shape.name()), Some(shape));
        }
    }

    #[test]
    fn one_char_lines_are_a_hundred_thousand_at_a_megabyte() {
        let text = generate(Shape::OneCharLines, 1_000_000);
        let lines = text.lines().filter(|l| !l.trim().is_empty()).count();
        assert!((99_000..=100_000).contains(&lines), "{lines}");
        assert!(text.lines().all(|l| l.trim().chars().count() <= 1));
    }

    #[test]
    fn no_spaces_is_two_words() {
        let text = generate(Shape::NoSpaces, 100_000);
        assert_eq!(text.split_whitespace().count(), 2);
    }
}
