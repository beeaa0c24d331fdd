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

/** Everything extracted from one article. */
export interface Extraction {
  language: "en" | "fr";
  /** The date relative expressions were resolved against, "YYYY-MM-DD". */
  document_date: string | null;
  article: Article;
  /** Body paragraphs. */
  paragraphs: Span[];
  sentences: Sentence[];
  entities: unknown[];
  quotes: unknown[];
  attributions: unknown[];
  quantities: unknown[];
  casualties: unknown[];
  times: unknown[];
  events: unknown[];
}
