//! Where sentences stand on the page, and the words they are made of.

use super::span::Span;
use super::tag::{EntityTag, Upos};
use serde::Serialize;

/// Where on the page a sentence stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Zone {
    /// The headline.
    Headline,
    /// The standfirst.
    Standfirst,
    /// A body paragraph.
    Body,
    /// A photo caption.
    Caption,
}

/// A sentence of the article's own text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sentence<S = Span> {
    /// The sentence, trimmed.
    #[serde(flatten)]
    pub span: S,
    /// Where it stands.
    pub zone: Zone,
    /// Index into `Document::paragraphs` for body sentences.
    pub paragraph: Option<usize>,
    /// Its tokens: a range of `Document::tokens`.
    #[serde(skip)]
    pub tokens: std::ops::Range<usize>,
}

/// What a word or phrase means to the annotators: each language's tables say which of its
/// words carry which meanings, and rules ask for meanings, never for spellings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Meaning {
    /// A month name or abbreviation.
    Month,
    /// A weekday name or abbreviation.
    Weekday,
    /// A word that may precede a date ("on", "le").
    DatePreposition,
    /// A word between a date and its time ("at", "à").
    TimeConnector,
    /// A word that, followed by a full stop, does not end a sentence ("Mr", "Gen").
    Abbreviation,
    /// A frequent short word of the language ("the", "le").
    FunctionWord,
    /// A word capitalised only because it opens a sentence ("The", "Les").
    SentenceOpener,
    /// A title before a name ("president", "général").
    Title,
    /// The head of a role in apposition ("director", "porte-parole").
    RoleNoun,
    /// A word that makes a name an organisation ("Ministry", "Conseil").
    OrgKeyword,
    /// A word that makes a name a geographic area ("province", "vallée").
    LocKeyword,
    /// A direction adjective ("northern", "nord").
    Direction,
    /// A preposition after which an unknown name is a place ("in", "à").
    LocativePreposition,
    /// A lower-case word inside an organisation's name ("of", "de").
    NameConnector,
    /// A definite article.
    DefiniteArticle,
    /// A group named by a common noun ("rebels", "jihadistes").
    GroupNoun,
    /// A verb whose subject, when a capital city, stands for its government.
    StateVerb,
    /// A word introducing the agent of a passive ("by", "par").
    AgentMarker,
    /// A verb of speech ("said", "a déclaré").
    SpeechVerb,
    /// A number word ("three", "vingt").
    NumberWord,
    /// A word before a number that qualifies it ("more than", "près de").
    Approximator,
    /// A vague multiple ("hundreds", "des milliers").
    VagueMultiple,
    /// A noun naming an approximate number ("une cinquantaine").
    ApproximateNoun,
    /// A unit after a number.
    Unit,
    /// A relative day ("yesterday", "hier").
    RelativeDay,
    /// A word pointing to the past or future of a period ("last", "prochain").
    TimeDirection,
    /// A calendar unit ("day", "semaine").
    PeriodUnit,
    /// A vague reference to past or future ("recently").
    VagueTime,
    /// A day kept on the same date every year ("Christmas Eve", "jour de l'An").
    Holiday,
    /// A word opening a period ("since", "depuis").
    SinceWord,
    /// A word making a duration recurrent ("every", "chaque").
    SetWord,
    /// A word showing a sentence speaks of the future ("will").
    FutureCue,
    /// A phrase introducing a source ("according to", "selon").
    AttributionMarker,
    /// A phrase opening a sentence with whose view it gives ("in the view of", "pour").
    ViewMarker,
    /// A word introducing reported speech ("that", "que").
    Complementizer,
    /// A relative pronoun ("who", "qui").
    RelativePronoun,
    /// A personal pronoun that can stand for a speaker.
    Pronoun,
    /// A preposition introducing the one spoken to ("to", "à").
    AddresseeMarker,
    /// The head of an unnamed source ("official", "témoins").
    SourceHead,
    /// A word that makes a figure a casualty count ("killed", "blessés").
    CasualtyWord,
    /// A noun naming victims ("civilians", "civils").
    VictimNoun,
    /// A noun of things, never victims ("weapons", "véhicules").
    ThingNoun,
    /// A verb of losing people ("lost", "perdu").
    LossVerb,
    /// A harm verb in the present, as headlines use it ("kills", "tue").
    HeadlineVerb,
    /// Words making a figure a part of victims just named ("of whom", "d'entre eux").
    Partitive,
    /// An auxiliary ("were", "ont été").
    Auxiliary,
    /// A cause of casualties ("strikes", "frappes").
    CasualtyCause,
    /// A phrase before a new toll ("rose to").
    TollUpdate,
    /// A word naming a toll ("toll", "bilan").
    TollNoun,
    /// A noun counting people ("number", "nombre"): "the number of people killed".
    CountNoun,
    /// The word that gives a toll its new figure ("to", "à"): "brought … to 16".
    TollTo,
    /// A word before a toll's earlier figure ("from", "contre"): "rose from 18 to 25", "à 25,
    /// contre 18".
    TollFrom,
    /// A copula between a toll or a count and its figure ("was", "est de"): "the number of
    /// dead is 35".
    TollCopula,
    /// A phrase that makes a figure a rate or an average ("per day", "chaque année").
    RateMarker,
    /// A phrase that makes a figure a rate at the end of a clause only ("a day").
    RateAtClauseEnd,
    /// A word before a time that makes it where a span ends ("until", "jusqu'à").
    EndPointLead,
    /// Words opening a source's phrase that stand for what it said ("the words of", "les
    /// propos du").
    WordsOf,
    /// A particle inside a name ("al", "bin", "van").
    NameParticle,
    /// A determiner opening a noun phrase ("the", "a", "les").
    Determiner,
    /// An indefinite determiner or count word ("a", "several", "plusieurs").
    Indefinite,
    /// A coordinating conjunction ("and", "et").
    Conjunction,
    /// A possessive determiner ("his", "son").
    Possessive,
    /// A word introducing a relative clause that hides a subject ("which", "dont").
    ClauseMarker,
    /// The word for a ruler's government ("regime", "régime").
    RegimeNoun,
    /// A word that only introduces a count ("leaving", "faisant").
    CountLead,
    /// "of", "de": links a vague number to its noun.
    Of,
    /// A verb whose object is the claim itself ("reported", "a annoncé").
    ObjectCue,
    /// A condition after a source ("on condition", "sous couvert").
    SourceCondition,
    /// A word naming an event ("airstrike", "manifestation").
    EventTrigger,
    /// A noun naming an actor by what it is ("gunmen", "police").
    ActorNoun,
    /// A word hedging a report ("reportedly", "aurait").
    Hedge,
    /// A word that changes a protest's sub-type ("tear gas", "jets de pierres").
    Escalation,
    /// A word introducing the other side of an event ("against", "contre").
    OppositionMarker,
    /// A word introducing an actor's allies ("backed by", "soutenus par").
    AssociateMarker,
    /// A word introducing a part of a figure just given ("including", "dont").
    Inclusion,
    /// A verb of a claim of responsibility ("claimed", "revendiqué").
    ResponsibilityClaim,
    /// A verb by which a reporter says it learnt what it reports ("learned", "appris").
    LearningVerb,
    /// Words after such a verb that introduce whom it was learnt from ("from", "auprès de").
    LearnedFrom,
    /// A verb that counts what it is told of ("recorded", "a recensé"): a verb of speech
    /// before a figure.
    CountingVerb,
    /// An auxiliary of the passive ("was", "été").
    PassiveAuxiliary,
    /// A verb that tells what was said only before "that"/"que" ("mentioned", « a mentionné »).
    ClauseVerb,
    /// A past participle of speech agreeing with a feminine or plural subject
    /// ("confirmée", "annoncés"): a verb of speech after a passive auxiliary only, since it is
    /// an adjective elsewhere ("des manifestations non déclarées").
    AgreedSpeechParticiple,
}

impl Meaning {
    /// How many meanings there are.
    pub const COUNT: usize = Meaning::AgreedSpeechParticiple as usize + 1;
}

/// A set of meanings, one bit each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Meanings(u128);

const _: () = assert!(Meaning::COUNT <= 128, "meanings fit in one u128");

impl Meanings {
    /// No meaning.
    pub const NONE: Meanings = Meanings(0);

    /// Whether `meaning` is in the set.
    pub fn has(self, meaning: Meaning) -> bool {
        self.0 & (1 << meaning as u8) != 0
    }

    /// The set with `meaning` added.
    pub fn with(self, meaning: Meaning) -> Meanings {
        Meanings(self.0 | 1 << meaning as u8)
    }

    /// Both sets together.
    pub fn union(self, other: Meanings) -> Meanings {
        Meanings(self.0 | other.0)
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// What a token looks like, one bit each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Shape(u16);

impl Shape {
    /// Letters or digits (not punctuation).
    pub const WORD: Shape = Shape(1);
    /// Its first letter is upper case.
    pub const CAPITALISED: Shape = Shape(1 << 1);
    /// Every letter is upper case, and it has at least two.
    pub const ALL_CAPS: Shape = Shape(1 << 2);
    /// It has a digit.
    pub const DIGIT: Shape = Shape(1 << 3);
    /// Digits only.
    pub const NUMBER: Shape = Shape(1 << 4);
    /// A quotation mark.
    pub const QUOTE: Shape = Shape(1 << 5);
    /// An inner hyphen ("al-Assad", "vingt-deux").
    pub const HYPHENATED: Shape = Shape(1 << 6);
    /// An inner dot ("U.S").
    pub const DOTTED: Shape = Shape(1 << 7);
    /// An inner or final apostrophe ("aujourd'hui", "l'").
    pub const APOSTROPHE: Shape = Shape(1 << 8);
    /// White space comes just before it.
    pub const SPACE_BEFORE: Shape = Shape(1 << 9);
    /// A line break comes just before it.
    pub const LINE_BEFORE: Shape = Shape(1 << 10);
    /// Sentence-ending punctuation (". ! ? …").
    pub const TERMINAL: Shape = Shape(1 << 11);
    /// A bracket or a dash.
    pub const BRACKET: Shape = Shape(1 << 12);

    /// Whether every flag of `flags` is set.
    pub fn is(self, flags: Shape) -> bool {
        self.0 & flags.0 == flags.0
    }

    /// Both sets of flags.
    pub fn with(self, flags: Shape) -> Shape {
        Shape(self.0 | flags.0)
    }
}

/// A token as the output gives it on request ([`crate::Options::tokens`]): where it is and
/// its part of speech.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TaggedToken<S = Span> {
    /// The token.
    #[serde(flatten)]
    pub span: S,
    /// Its part of speech.
    pub pos: Upos,
}

/// A word or a punctuation mark of a sentence: computed once, read by every annotator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Token {
    /// Where it is in the document text; the same range of the document's lower-cased text
    /// is its lower-case form.
    pub span: Span,
    /// What it looks like.
    pub shape: Shape,
    /// What the article's language says the word alone means.
    pub meanings: Meanings,
    /// Meanings of phrases of the language that start with this word ("prime" in "prime
    /// minister"): a hint that a phrase look-up is worth doing here.
    pub phrase_starts: Meanings,
    /// Its part of speech, from the language's tagger.
    pub pos: Upos,
    /// Its place in a named entity, from the language's entity tagger.
    pub entity_tag: EntityTag,
}

impl Token {
    /// Whether it is a word (letters or digits) rather than punctuation.
    pub fn is_word(&self) -> bool {
        self.shape.is(Shape::WORD)
    }

    /// Whether the word alone has `meaning`.
    pub fn means(&self, meaning: Meaning) -> bool {
        self.meanings.has(meaning)
    }

    /// Its text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.of(text)
    }
}
