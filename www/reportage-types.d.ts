/** Options for `extract`. Every field is optional. */
export interface ExtractOptions {
  /** "auto" (default), "en" or "fr". */
  language?: "auto" | "en" | "fr";
  /** Date that relative expressions are resolved against, "YYYY-MM-DD". Default: the article's published date. */
  document_date?: string;
  /** Same as document_date. */
  documentDate?: string;
  /** Unit of every start/end. Default "utf16", the unit of JavaScript strings. */
  offsets?: "utf16" | "utf8" | "codepoint";
  /** Inputs larger than this many UTF-8 bytes throw. Default 16 MiB. */
  max_input_bytes?: number;
  /** Same as max_input_bytes. */
  maxInputBytes?: number;
}

/** A piece of the input: `input.slice(start, end) === text` (with utf16 offsets). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A span with a normalised value, e.g. a date-time "2024-11-29T11:18". */
export interface ValuedSpan extends Span {
  value: string;
}

/** A photo credit split into its parts. */
export interface Credit extends Span {
  photographer: string | null;
  agency: string | null;
}

/** A photo caption (without its credit) and where the page repeats it. */
export interface Caption extends Span {
  credit: Credit | null;
  repeats: Span[];
}

/** What the page is. */
export interface Article {
  headline: Span | null;
  standfirst: Span | null;
  byline: Span | null;
  published: ValuedSpan | null;
  updated: ValuedSpan | null;
  reading_time_minutes: number | null;
  reading_time: Span | null;
  captions: Caption[];
  /** Page furniture: separators, teasers, share lines. No annotator reads it. */
  boilerplate: Span[];
}

/** A sentence of the headline, standfirst, body or a caption. */
export interface Sentence extends Span {
  zone: "headline" | "standfirst" | "body" | "caption";
  /** Index into `paragraphs` for body sentences. */
  paragraph: number | null;
}

/** One real-world referent and every place the article names it. */
export interface Entity {
  /** "e1", "e2"... in order of first mention; stable within one result. */
  id: string;
  type: "PERSON" | "ORG" | "GPE" | "LOC" | "NORP";
  name: string;
  aliases: string[];
  roles: string[];
  mentions: Span[];
}

/** Words that name an entity (entity id) or something that is not one (entity null). */
export interface Mention {
  entity: string | null;
  text: Span;
}

export interface Speaker extends Mention {
  /** false for "a Syrian official", "witnesses", or an unresolved pronoun. */
  named: boolean;
  role: string | null;
}

export interface Quote {
  /** The quoted words, inside the marks. */
  text: Span;
  /** null where no speaker can be attributed. */
  speaker: Speaker | null;
  cue: string | null;
  /** The outlet or person spoken to ("told AFP"). */
  to: Mention | null;
  /** Index into `paragraphs`; null in the standfirst. */
  paragraph: number | null;
}

export type SourceKind =
  | "ngo" | "state_media" | "media" | "agency" | "government" | "military" | "official" | "anonymous" | "witness" | "other";

export interface Source extends Mention {
  kind: SourceKind;
}

export interface Attribution {
  claim: Span;
  sources: Source[];
  cue: string;
}

export type Approx = "more_than" | "at_least" | "about" | "almost" | "up_to" | "fewer_than";

export interface Quantity {
  /** Approximator, number and unit. */
  text: Span;
  /** The value; the lower end of a range; the lower bound of a vague multiple. */
  value: number;
  approx: Approx | null;
  unit: string | null;
  range: [number, number] | null;
  /** "hundreds", "des milliers". */
  vague: boolean;
}

export interface Casualty {
  kind: "killed" | "dead" | "wounded" | "missing" | "displaced" | "arrested" | "kidnapped";
  count: { value: number; approx: Approx | null };
  victims: string | null;
  perpetrator: Mention | null;
  cause: string | null;
  location: Mention | null;
  sources: Source[];
  /** Every place the same figure is given. */
  mentions: Span[];
  /** A new toll that replaces an earlier one. */
  update: boolean;
}

/** A TIMEX3-style temporal expression. */
export interface Timex {
  text: Span;
  type: "DATE" | "TIME" | "DURATION" | "SET";
  /** TimeML value: "2024-11-27", "2024-11", "2024-W48", "P3D", "PAST_REF", "XXXX-12-30". */
  value: string;
  /** The document date a relative expression was resolved against. */
  anchor: string | null;
  /** "ON_OR_AFTER" for "since ...", "START" for "earlier this ...". */
  mod: string | null;
}

/** Everything extracted from one article. */
export interface Extraction {
  language: "en" | "fr";
  /** The date relative expressions were resolved against, "YYYY-MM-DD". */
  document_date: string | null;
  article: Article;
  /** Body paragraphs. */
  paragraphs: Span[];
  sentences: Sentence[];
  entities: Entity[];
  quotes: Quote[];
  attributions: Attribution[];
  quantities: Quantity[];
  casualties: Casualty[];
  times: Timex[];
  /** Event records: not produced yet (always empty). */
  events: unknown[];
}
