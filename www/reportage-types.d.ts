// The shape of what `extract` returns, written by hand to match src/output.rs field for
// field (serde names, `Option` as `| null`, enums as their serialized strings).
// `npm test` checks it against real output: scripts/check-types.mjs.

/** Options for `extract`. Every field is optional; unknown keys throw. */
export interface ExtractOptions {
  /** "auto" (default), "en" or "fr". */
  language?: "auto" | "en" | "fr";
  /** Date that relative expressions are resolved against, "YYYY-MM-DD". Default: the article's published date, else its update date, else a full date in its dateline. */
  document_date?: string;
  /** Same as document_date. */
  documentDate?: string;
  /** Unit of every start/end. Default "utf16", the unit of JavaScript strings. */
  offsets?: "utf16" | "utf8" | "codepoint";
  /** Inputs larger than this many UTF-8 bytes throw. Default 16 MiB. */
  max_input_bytes?: number;
  /** Same as max_input_bytes. */
  maxInputBytes?: number;
  /** Add `tokens` to the result: every token of the sentences with its part of speech. Default false. */
  tokens?: boolean;
}

/** A piece of the input: `input.slice(start, end) === text` (with utf16 offsets). */
export interface Span {
  /** Start offset, in the unit of `options.offsets`. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** The text between them, exactly as in the input. */
  text: string;
}

/** A span with a normalised value. */
export interface ValuedSpan extends Span {
  /** "YYYY-MM-DDTHH:MM", or "YYYY-MM-DD" when the stamp has no time. */
  value: string;
}

/** A photo credit as printed, split into its parts. */
export interface Credit extends Span {
  /** The photographer, title-cased; null when the credit names none. */
  photographer: string | null;
  /** The agency ("AFP", "Reuters"); null when the credit names none. */
  agency: string | null;
}

/** A photo caption (the span is the caption without its credit). */
export interface Caption extends Span {
  /** The credit printed with the caption. */
  credit: Credit | null;
  /** Where the page prints the same caption again. */
  repeats: Span[];
}

/** A wire dateline opening the body: "KHARTOUM, April 12 (Reuters) -" (the span is all of it). */
export interface Dateline extends Span {
  /** The place as printed ("KHARTOUM"). */
  place: Span;
  /** The date as printed ("April 12"): what follows the last comma, when it holds a number; a country alone is no date. */
  date: Span | null;
  /** The agency as printed ("Reuters"). */
  agency: Span | null;
}

/** What the page is. */
export interface Article {
  /** The headline. */
  headline: Span | null;
  /** The standfirst (the lines between headline and stamps). */
  standfirst: Span | null;
  /** The byline ("By Jane Doe"). */
  byline: Span | null;
  /** First publication stamp. */
  published: ValuedSpan | null;
  /** Last update stamp. */
  updated: ValuedSpan | null;
  /** Estimated reading time in minutes, as the page gives it. */
  reading_time_minutes: number | null;
  /** The reading-time line. */
  reading_time: Span | null;
  /** Photo captions, each once. */
  captions: Caption[];
  /** Page furniture: separators, teasers, share lines. No annotator reads it. */
  boilerplate: Span[];
  /** A wire dateline opening the body. */
  dateline: Dateline | null;
}

/** Where on the page a sentence stands. */
export type Zone = "headline" | "standfirst" | "body" | "caption";

/** A sentence of the headline, standfirst, body or a caption. */
export interface Sentence extends Span {
  /** Where it stands. */
  zone: Zone;
  /** Index into `paragraphs` for body sentences, else null. */
  paragraph: number | null;
}

/** Person, organisation, place with a government, geographic area, nationality or group, or any other name (an event, a law, a work). */
export type EntityType = "PERSON" | "ORG" | "GPE" | "LOC" | "NORP" | "MISC";

/** One real-world referent and every place the article names it. */
export interface Entity {
  /** "e1", "e2"... in order of first mention; stable within one result. */
  id: string;
  /** What kind of thing it is. */
  type: EntityType;
  /** Canonical or fullest name. */
  name: string;
  /** Other forms used for it (surname, acronym, short form). */
  aliases: string[];
  /** Roles and titles ("Ukrainian President"). */
  roles: string[];
  /** Every mention, in text order. */
  mentions: Span[];
}

/** Words that name an entity (entity id) or something that is not one (entity null). */
export interface Mention {
  /** The id of the entity named ("e3"), or null. */
  entity: string | null;
  /** The words. */
  text: Span;
}

/** Who said a quote. */
export interface Speaker extends Mention {
  /** false for "a Syrian official", "witnesses", or an unresolved pronoun. */
  named: boolean;
  /** The speaker's first role, when the article gives one. */
  role: string | null;
  /** The words a pronoun stands for when they name no entity ("il" for "un policier du district"), or null. */
  antecedent: Span | null;
}

/** A direct quote. */
export interface Quote {
  /** The quoted words, inside the marks. */
  text: Span;
  /** Who said it; null where no speaker can be attributed. */
  speaker: Speaker | null;
  /** The cue verb or phrase ("said"). */
  cue: string | null;
  /** The outlet or person spoken to ("told AFP"). */
  to: Mention | null;
  /** Index into `paragraphs`; null in the standfirst. */
  paragraph: number | null;
}

/** What kind of source a claim, quote or toll comes from. */
export type SourceKind =
  | "ngo" | "state_media" | "media" | "agency" | "government" | "military" | "official" | "anonymous" | "witness" | "other";

/** A source of a claim or a toll. */
export interface Source extends Mention {
  /** What kind of source it is. */
  kind: SourceKind;
  /** The words a pronoun or "this source" stands for when they name no entity, or null. */
  antecedent: Span | null;
}

/** A claim and who makes it. */
export interface Attribution {
  /** What is claimed. */
  claim: Span;
  /** Who claims it. */
  sources: Source[];
  /** The cue ("according to", "said"). */
  cue: string;
  /** The place the claim names first. */
  place: Mention | null;
  /** When the claim says it happened (never the time of the statement); `time` is a `Timex` id. */
  date: EventDate | null;
}

/** How a figure is qualified: "more than", "at least", "about", "almost", "up to", "fewer than". */
export type Approx = "more_than" | "at_least" | "about" | "almost" | "up_to" | "fewer_than";

/** A figure. */
export interface Quantity {
  /** Approximator, number and unit. */
  text: Span;
  /** The value; the lower end of a range; the lower bound of a vague multiple. */
  value: number;
  /** Its approximator. */
  approx: Approx | null;
  /** Canonical unit ("km", "%", "people"). */
  unit: string | null;
  /** Both ends of a range ("between 20 and 30"). */
  range: [number, number] | null;
  /** A vague multiple ("hundreds", "des milliers"). */
  vague: boolean;
}

/** What happened to the people counted. */
export type CasualtyKind = "killed" | "dead" | "wounded" | "missing" | "displaced" | "arrested" | "kidnapped" | "affected";

/** A count with its qualifier. */
export interface Count {
  /** How many. */
  value: number;
  /** Its approximator. */
  approx: Approx | null;
}

/** A casualty figure. */
export interface Casualty {
  /** "c1", "c2"... in order; events point to their figures by it. */
  id: string;
  /** What happened to them. */
  kind: CasualtyKind;
  /** How many. */
  count: Count;
  /** Who they were ("civilians"). */
  victims: string | null;
  /** Who caused it. */
  perpetrator: Mention | null;
  /** What caused it ("air strike"). */
  cause: string | null;
  /** Where. */
  location: Mention | null;
  /** When, where its sentence says so (never the time of a statement); `time` is a `Timex` id. */
  date: EventDate | null;
  /** According to whom. */
  sources: Source[];
  /** Every place the same figure is given. */
  mentions: Span[];
  /** A new toll that replaces an earlier one. */
  update: boolean;
  /** Told of an earlier incident than the report's ("In March 2024, a fire at a nearby depot killed 14 people"). */
  earlier: boolean;
}

/** TIMEX3 types. */
export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

/** The TimeML modifiers the extractor gives: "since ..." is ON_OR_AFTER; "earlier this ..." START, "mid-2024" MID, "later this ..." END; an approximator inside the extent gives APPROX ("about"), MORE_THAN, EQUAL_OR_MORE ("at least"), LESS_THAN ("nearly", "less than") or EQUAL_OR_LESS ("up to"). */
export type TimexMod =
  | "ON_OR_AFTER"
  | "START"
  | "MID"
  | "END"
  | "APPROX"
  | "MORE_THAN"
  | "EQUAL_OR_MORE"
  | "LESS_THAN"
  | "EQUAL_OR_LESS";

/** A TIMEX3-style temporal expression. */
export interface Timex {
  /** "t1", "t2"... in order; an event's date points to its expression by it. */
  id: string;
  /** The expression. */
  text: Span;
  /** What kind of expression it is. */
  type: TimexType;
  /** TimeML value: "2024-11-27", "2024-11", "2024-W48", "P3D", "PAST_REF", "XXXX-12-30". */
  value: string;
  /** The date a relative expression was resolved against (the document date, or for "the day before" the day the text last told of), else null. */
  anchor: string | null;
  /** TimeML modifier. */
  mod: TimexMod | null;
}

/** What kind of thing happened: ACLED's six event types, then three of the library's own for the non-conflict events wire reports carry. */
export type EventType =
  | "Battles" | "Explosions/Remote violence" | "Violence against civilians" | "Protests" | "Riots"
  | "Strategic developments"
  | "Disasters" | "Accidents" | "Elections";

/** The sub-event type, ACLED's name (the library's under its own types); each belongs to one `EventType`, in the order of the lines below. */
export type SubEventType =
  | "Armed clash" | "Government regains territory" | "Non-state actor overtakes territory"
  | "Air/drone strike" | "Shelling/artillery/missile attack" | "Remote explosive/landmine/IED" | "Suicide bomb" | "Grenade"
  | "Attack" | "Abduction/forced disappearance" | "Sexual violence"
  | "Peaceful protest" | "Protest with intervention" | "Excessive force against protesters"
  | "Violent demonstration" | "Mob violence"
  | "Agreement" | "Arrests" | "Change to group/activity" | "Headquarters or base established"
  | "Looting/property destruction" | "Non-violent transfer of territory" | "Other"
  | "Earthquake" | "Flood" | "Storm" | "Wildfire" | "Landslide" | "Avalanche"
  | "Shipwreck" | "Transport accident" | "Fire" | "Collapse" | "Explosion" | "Stampede"
  | "Election" | "Referendum";

/** What an actor did in an event: actor1 acted (the attacker, the protesters), actor2 was acted on or fought, an associate acted alongside actor1 ("backed by"). */
export type ActorRole = "actor1" | "actor2" | "associate";

/** An actor of an event: an entity (entity id) or words that name no entity ("gunmen", entity null). */
export interface Actor extends Mention {
  /** What it did in the event. */
  role: ActorRole;
}

/** How finely an event's date is known, from the coarsest to the finest. */
export type Precision = "year" | "season" | "quarter" | "month" | "week" | "day" | "time";

/** When an event happened. */
export interface EventDate {
  /** The id of the temporal expression it comes from ("t3", in `times`). */
  time: string | null;
  /** Its TimeML value: "2024-11-27", "2024-11", "2024-W48", "2024-11-27T19:00". */
  value: string;
  /** How finely it is known. */
  precision: Precision;
}

/** Where an event happened. */
export interface EventLocation {
  /** The id of the place's entity ("e4"). */
  entity: string | null;
  /** The place's name: its entity's name. */
  name: string;
  /** Its province, state or region (first-level division), when the text or the gazetteer says. */
  admin1: string | null;
  /** Its country, when the text or the gazetteer says. */
  country: string | null;
}

/** The dead an event caused, from one casualty figure. */
export interface Fatalities {
  /** How many. */
  value: number;
  /** How the count is qualified. */
  approx: Approx | null;
  /** The id of the casualty figure it comes from ("c2", in `casualties`). */
  casualty: string;
}

/** How firmly the text states an event: as fact, by a named source, with a hedge ("reportedly", "aurait"), or as announced and not yet happened ("will vote on Sunday"). */
export type Certainty = "asserted" | "attributed" | "hedged" | "planned";

/** One thing that happened, in the terms of the ACLED codebook. */
export interface Event {
  /** "v1", "v2"... in order of first mention. */
  id: string;
  /** Its event type. */
  type: EventType;
  /** Its sub-event type. */
  sub_type: SubEventType;
  /** The word that names it where it is best described. */
  trigger: Span;
  /** Index into `sentences` of the sentence of the trigger. */
  sentence: number;
  /** When it happened, if the text says. */
  date: EventDate | null;
  /** Where it happened, if the text says. */
  location: EventLocation | null;
  /** Who took part. */
  actors: Actor[];
  /** The dead it caused, from the latest figure; null when the text gives none. */
  fatalities: Fatalities | null;
  /** The ids of its other casualty figures (the wounded, the missing, earlier tolls), in `casualties`. */
  other_casualties: string[];
  /** According to whom. */
  sources: Source[];
  /** Every word that names it, in text order. */
  mentions: Span[];
  /** How firmly the text states it. */
  certainty: Certainty;
  /** Told as history beside the report's incident: dated, outside the report's opening, two weeks or more before the incident the opening dates; or undated, with dead that are an earlier incident's. */
  earlier: boolean;
}

/** A universal part-of-speech tag (Universal Dependencies UPOS). */
export type Upos =
  | "ADJ" | "ADP" | "ADV" | "AUX" | "CCONJ" | "DET" | "INTJ" | "NOUN" | "NUM" | "PART" | "PRON" | "PROPN" | "PUNCT"
  | "SCONJ" | "SYM" | "VERB" | "X";

/** A word or punctuation mark of a sentence, as the taggers read it. */
export interface Token extends Span {
  /** Its part of speech. */
  pos: Upos;
}

/** Everything extracted from one article. Every field is always present but `tokens`, which is there only when asked for. */
export interface Extraction {
  /** The article's language. */
  language: "en" | "fr";
  /** The date relative expressions were resolved against, "YYYY-MM-DD". */
  document_date: string | null;
  /** Headline, stamps, captions, boilerplate, dateline. */
  article: Article;
  /** Body paragraphs. */
  paragraphs: Span[];
  /** Sentences of headline, standfirst, body and captions. */
  sentences: Sentence[];
  /** Named people, organisations, places and groups. */
  entities: Entity[];
  /** Direct quotes. */
  quotes: Quote[];
  /** Claims and their sources. */
  attributions: Attribution[];
  /** Numbers. */
  quantities: Quantity[];
  /** Casualty figures. */
  casualties: Casualty[];
  /** Dates, times, durations. */
  times: Timex[];
  /** What happened: one record per event, in order of first mention. */
  events: Event[];
  /** Every token of the sentences, in order: only with the option `tokens: true`, absent otherwise. */
  tokens?: Token[];
}
