// `reportage/dom`: the visible text of a DOM subtree, a result's spans as DOM Ranges, and
// highlights painted with the CSS Custom Highlight API. Loads no WebAssembly (but for
// `extractFromElement` without an `extract` function).
import type { Extraction, ExtractOptions } from "./reportage.js";

/** A layer of the result that can be painted. */
export type Layer = "layout" | "sentences" | "entities" | "quotes" | "attributions" | "figures" | "times" | "events";

/** A kind of span; the highlight of a kind is named `${prefix}-${kind}`. */
export type SpanKind =
  | "headline" | "standfirst" | "byline" | "stamp" | "reading-time" | "caption" | "credit" | "dateline" | "boilerplate"
  | "sentence"
  | "person" | "org" | "gpe" | "loc" | "norp" | "misc"
  | "quote" | "speaker"
  | "claim" | "source"
  | "quantity" | "casualty"
  | "time"
  | "event" | "event-mention";

/** Every layer with the kinds of span it paints. */
export const LAYERS: Readonly<Record<Layer, readonly SpanKind[]>>;
/** The layers painted when none are named: entities, quotes, figures, times, events. */
export const DEFAULT_LAYERS: readonly Layer[];
/** "reportage". */
export const DEFAULT_PREFIX: string;
/** Every highlight name with the default prefix: "reportage-person"... and "reportage-focus". */
export const HIGHLIGHT_NAMES: readonly string[];
/** A stylesheet giving every default highlight name a colour. */
export const HIGHLIGHT_CSS: string;

/** A point in the DOM: an offset in a Text node. */
export interface DomPoint {
  node: Text;
  offset: number;
}

/** Turns UTF-16 offsets of the collected text into DOM positions. */
export interface TextMap {
  /**
   * "start": the point before text[offset] (or before the next visible character, when
   * text[offset] is a line break put between blocks); "end": the point after text[offset - 1].
   * Null when there is no such character.
   */
  point(offset: number, side?: "start" | "end"): DomPoint | null;
  /** A live Range over text[start, end) inside Text nodes, or null (nothing visible, or the page changed). */
  range(start: number, end: number): Range | null;
}

/** What `collectText` returns. */
export interface Collected {
  /** The visible text: blank lines between blocks, line breaks for `<br>`, white space collapsed. */
  text: string;
  /** From offsets of `text` back to the DOM. */
  map: TextMap;
  /** The element the text was collected from. */
  root: Element;
}

export interface CollectOptions {
  /** A CSS selector of more elements to skip with their content. */
  exclude?: string;
  /** A CSS selector of elements to keep although they are page furniture (`aside`, `nav`, a fixed box...). Hidden content, scripts, media and form fields stay skipped. */
  keep?: string;
}

/** One span of a result, in UTF-16 offsets of the text it was extracted from. */
export interface SpanEntry {
  layer: Layer;
  kind: SpanKind;
  start: number;
  end: number;
  /** The record of the result the span belongs to: the entity, quote, casualty figure, event... */
  record: unknown;
}

/** A span with its place in the page. */
export interface RangedSpan extends SpanEntry {
  range: Range;
}

export interface RangeOptions {
  /** Default DEFAULT_LAYERS. */
  layers?: readonly Layer[];
  /** The unit the result was extracted with; default "utf16". */
  offsets?: "utf16" | "utf8" | "codepoint";
}

export interface HighlightOptions extends RangeOptions {
  /** Highlight names are `${prefix}-${kind}`; default "reportage". */
  prefix?: string;
}

/**
 * The text a reader sees in `root`, with a map back to its Text nodes. Skips scripts, styles,
 * templates, media, form controls, nav, aside, dialogs, the site's header and footer, furniture
 * roles, consent banners, hidden, fixed and sticky elements and text for screen readers only;
 * keeps figure captions.
 */
export function collectText(root: Element, options?: CollectOptions): Collected;

/** The `<article>` (or similar) with the most paragraph text, widened to its `<h1>`; else `<main>`; else the body. */
export function findArticle(doc?: Document): Element;

/** The spans of a result in the given layers (default DEFAULT_LAYERS), in the result's own offsets. */
export function spansOf(result: Extraction, layers?: readonly Layer[]): SpanEntry[];

/** Converts offsets of `text` in `unit` to UTF-16 offsets (undefined inside a character). */
export function toUtf16(text: string, unit?: "utf16" | "utf8" | "codepoint"): (offset: number) => number | undefined;

/** A Range over a span of the collected text (UTF-16 offsets), or null. */
export function rangeFor(collected: Collected, span: { start: number; end: number }): Range | null;

/** The spans of the given layers with a Range each; spans with nothing visible are left out. */
export function toRanges(result: Extraction, collected: Collected, options?: RangeOptions): RangedSpan[];

/** Whether `CSS.highlights` and `Highlight` exist in this window. */
export function highlightsSupported(view?: Window | typeof globalThis): boolean;

/**
 * Registers one `Highlight` per kind of span in `CSS.highlights` (`reportage-person`,
 * `reportage-quote`...), after removing those of the same prefix. Changes no markup; the page's
 * stylesheet styles `::highlight(name)`. Throws where the Highlight API is missing.
 */
export function highlight(result: Extraction, collected: Collected, options?: HighlightOptions): RangedSpan[];

/** Removes every highlight named `${prefix}-...` (default prefix "reportage"). */
export function clearHighlights(options?: { prefix?: string; view?: Window | typeof globalThis }): void;

/** Scrolls a Range into the middle of the view, paints it as `${prefix}-focus` and (unless `select: false`) selects it. Returns its text. */
export function reveal(range: Range, options?: { prefix?: string; select?: boolean }): string;

export interface ExtractFromElementOptions extends Omit<ExtractOptions, "offsets">, CollectOptions {
  /** Only UTF-16 offsets map to the DOM. */
  offsets?: "utf16";
}

/** What `extractFromElement` resolves to. */
export interface ElementExtraction {
  result: Extraction;
  collected: Collected;
  /** The spans of every layer with their Ranges. */
  ranges: RangedSpan[];
}

/**
 * Collects `root`'s visible text, extracts from it with `extract` (sync or async; by default
 * `./reportage.js`, imported and initialised on first use, which needs `'wasm-unsafe-eval'`),
 * and maps the result back to Ranges. Rejects when `root` holds no visible text.
 */
export function extractFromElement(
  root: Element,
  options?: ExtractFromElementOptions,
  extract?: (text: string, options: ExtractOptions) => Extraction | Promise<Extraction>,
): Promise<ElementExtraction>;
