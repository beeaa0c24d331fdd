// `reportage/dom`: extraction on a live page. Collects the text a reader sees in a DOM subtree,
// maps every span of a result back to DOM Ranges, and paints them with the CSS Custom
// Highlight API, which changes no markup.
//
//   import { collectText, highlight, clearHighlights } from "reportage/dom";
//   const collected = collectText(findArticle(document));
//   const result = await client.extract(collected.text);   // a worker, an extension, a server...
//   highlight(result, collected, { layers: ["entities", "quotes"] });
//
// Nothing here loads WebAssembly, so that a content script on a page whose Content-Security-
// Policy forbids compiling it can collect and highlight while extraction runs elsewhere. Only
// `extractFromElement` without an `extract` argument imports `./reportage.js`, when called.
//
// The page supplies the colours: `::highlight(reportage-person) { background-color: ... }`
// for each name in HIGHLIGHT_NAMES (HIGHLIGHT_CSS is a ready-made stylesheet).

/** Every layer `highlight` and `toRanges` know, with the kinds of span each one paints. */
export const LAYERS = Object.freeze({
  layout: ["headline", "standfirst", "byline", "stamp", "reading-time", "caption", "credit", "dateline", "boilerplate"],
  sentences: ["sentence"],
  entities: ["person", "org", "gpe", "loc", "norp", "misc"],
  quotes: ["quote", "speaker"],
  attributions: ["claim", "source"],
  figures: ["quantity", "casualty"],
  times: ["time"],
  events: ["event", "event-mention"],
});

/** The layers painted when none are named: the facts, not the page's structure. */
export const DEFAULT_LAYERS = Object.freeze(["entities", "quotes", "figures", "times", "events"]);

/** Prefix of every highlight name: `reportage-person`, `reportage-quote`... */
export const DEFAULT_PREFIX = "reportage";

// Where one highlight is painted over another, the higher priority wins: a name inside a quote
// shows as a name, a quote inside a sentence as a quote, the span `reveal` points to above all.
const PRIORITY = {
  sentence: 0, headline: 1, standfirst: 1, byline: 1, stamp: 1, "reading-time": 1, caption: 1, credit: 1,
  dateline: 1, boilerplate: 1, claim: 2, quote: 3, "event-mention": 4, event: 5, time: 6, quantity: 6,
  casualty: 7, person: 8, org: 8, gpe: 8, loc: 8, norp: 8, misc: 8, speaker: 9, source: 9, focus: 10,
};

/** Every highlight name with the default prefix, the focus of `reveal` included. */
export const HIGHLIGHT_NAMES = Object.freeze(
  [...Object.values(LAYERS).flat(), "focus"].map((kind) => `${DEFAULT_PREFIX}-${kind}`),
);

/**
 * A stylesheet for every highlight name (the demo's colours). Highlights take only colours and
 * text decorations; the text colour is set too, so that dark pages stay readable.
 */
export const HIGHLIGHT_CSS = `
::highlight(reportage-headline), ::highlight(reportage-standfirst) { background-color: #c7e3ff; color: #111; }
::highlight(reportage-byline), ::highlight(reportage-stamp), ::highlight(reportage-reading-time) { background-color: #e3d7ff; color: #111; }
::highlight(reportage-caption) { background-color: #d4f5dc; color: #111; }
::highlight(reportage-credit) { background-color: #b8ecc6; color: #111; }
::highlight(reportage-dateline) { background-color: #dcecff; color: #111; }
::highlight(reportage-boilerplate) { color: #888; text-decoration: line-through; }
::highlight(reportage-sentence) { background-color: #fff7c9; color: #111; }
::highlight(reportage-person) { background-color: #ffd9e8; color: #111; }
::highlight(reportage-org) { background-color: #d9ecff; color: #111; }
::highlight(reportage-gpe), ::highlight(reportage-loc) { background-color: #d9f7e3; color: #111; }
::highlight(reportage-norp) { background-color: #fff0c9; color: #111; }
::highlight(reportage-misc) { background-color: #ececec; color: #111; }
::highlight(reportage-quote) { background-color: #ffe7c2; color: #111; }
::highlight(reportage-speaker), ::highlight(reportage-source) { background-color: #ffd0d0; color: #111; text-decoration: underline 2px #c0392b; }
::highlight(reportage-claim) { background-color: #eef5d6; color: #111; }
::highlight(reportage-quantity) { background-color: #e5e0ff; color: #111; }
::highlight(reportage-casualty) { background-color: #ffc9c9; color: #111; text-decoration: underline 2px #b00020; }
::highlight(reportage-time) { background-color: #d2f0f7; color: #111; }
::highlight(reportage-event) { background-color: #f5c8f0; color: #111; text-decoration: underline 2px #a8329b; }
::highlight(reportage-event-mention) { background-color: #fbe3f8; color: #111; text-decoration: underline 1px #a8329b; }
::highlight(reportage-focus) { background-color: #ffd400; color: #000; text-decoration: underline 3px #000; }
`;

// ---------------------------------------------------------------------------------------------
// Collecting the text

// Elements whose content is never text of the page: code, metadata, media and embeds, the
// values of form fields, ruby annotations.
const NEVER_TEXT = new Set([
  "script", "style", "noscript", "template", "head", "title", "link", "meta", "base",
  "iframe", "frame", "frameset", "object", "embed", "canvas", "svg", "math", "video", "audio", "picture", "img", "map",
  "input", "select", "textarea", "option", "optgroup", "datalist", "rt", "rp",
]);

// Elements of page furniture, which a reader does not read as the article: navigation, asides
// (related stories, pull quotes that repeat the body), dialogs, menus, controls and their labels.
const FURNITURE = new Set(["nav", "aside", "dialog", "menu", "button", "label", "meter", "progress", "output"]);

// ARIA roles of page furniture: menus, toolbars, banners, cookie dialogs, tickers.
const SKIPPED_ROLES = new Set([
  "navigation", "menu", "menubar", "toolbar", "search", "complementary", "banner", "contentinfo",
  "dialog", "alertdialog", "tablist", "button", "tooltip", "marquee", "timer", "searchbox", "combobox",
]);

// Class or id words of consent banners and of text meant for screen readers only.
const SKIPPED_NAMES = /^(?:cookies?|consent|gdpr)(?:$|[-_])|(?:cookie|consent)[-_]?(?:banner|bar|notice|wall|popup|modal)|^(?:sr-only|visually-hidden|screen-reader-text|visuallyhidden|a11y-hidden)$/i;

// Characters that render as nothing and would split words: soft hyphen, zero-width space,
// byte order mark. (Zero-width joiners are kept: they belong to emoji sequences.)
const INVISIBLE = new Set(["\u00ad", "\u200b", "\ufeff"]);

// What separates two runs of text, from the weakest: what a block boundary, a table cell or a
// line break leaves between them. The strongest pending separator wins.
const NONE = 0;
const SPACE = 1;
const TAB = 2;
const LINE = 3;
const PARAGRAPH = 4;
const SEPARATOR_TEXT = ["", " ", "\t", "\n", "\n\n"];

/**
 * Positions of the collected text in the DOM. Each run is a stretch of the text copied from one
 * Text node without a gap; the line breaks put between blocks belong to no run.
 */
class TextMap {
  constructor(doc) {
    this.document = doc;
    /** Start offset of each run in the text. */
    this.starts = [];
    /** End offset (exclusive) of each run in the text. */
    this.ends = [];
    /** The Text node of each run. */
    this.nodes = [];
    /** The offset in that node where the run starts. */
    this.offsets = [];
  }

  /** Records that text[at] is node.data[offset]. */
  add(at, node, offset) {
    const last = this.nodes.length - 1;
    if (
      last >= 0 && this.nodes[last] === node && this.ends[last] === at &&
      this.offsets[last] + (at - this.starts[last]) === offset
    ) {
      this.ends[last] = at + 1;
      return;
    }
    this.starts.push(at);
    this.ends.push(at + 1);
    this.nodes.push(node);
    this.offsets.push(offset);
  }

  /** Index of the last run starting at or before `at`, or -1. */
  runAt(at) {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= at) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /**
   * The DOM position of a UTF-16 offset of the text: `{ node, offset }` with `node` a Text node.
   * `side` "start" gives the point before text[at] (or before the next copied character, when
   * text[at] is a line break put between blocks); "end" gives the point after text[at - 1] (or
   * after the previous copied character). Null when there is no such character.
   */
  point(at, side = "start") {
    if (!Number.isInteger(at)) return null;
    if (side === "end") {
      const i = this.runAt(at - 1);
      if (i < 0) return null;
      const within = Math.min(at, this.ends[i]) - this.starts[i];
      return { node: this.nodes[i], offset: this.offsets[i] + within };
    }
    let i = this.runAt(at);
    if (i < 0 || at >= this.ends[i]) i += 1;
    if (i >= this.starts.length) return null;
    const within = Math.max(0, at - this.starts[i]);
    return { node: this.nodes[i], offset: this.offsets[i] + within };
  }

  /**
   * A live Range over text[start, end), starting and ending inside Text nodes; null when the
   * span holds no copied character or its nodes have since left the document or changed length.
   */
  range(start, end) {
    if (!(end > start)) return null;
    const from = this.point(start, "start");
    const to = this.point(end, "end");
    if (!from || !to) return null;
    if (!from.node.isConnected || !to.node.isConnected) return null;
    if (from.offset > from.node.length || to.offset > to.node.length) return null;
    const range = this.document.createRange();
    try {
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
    } catch {
      return null;
    }
    // A span made only of line breaks between blocks: its start point lies after its end.
    if (range.collapsed) return null;
    return range;
  }
}

/** How a text node's white space is rendered: "collapse", "preserve-breaks" or "preserve". */
function whiteSpaceOf(style) {
  const collapse = style.whiteSpaceCollapse;
  if (collapse) {
    if (collapse === "collapse") return "collapse";
    if (collapse === "preserve-breaks") return "preserve-breaks";
    return "preserve";
  }
  switch (style.whiteSpace) {
    case "pre":
    case "pre-wrap":
    case "break-spaces":
      return "preserve";
    case "pre-line":
      return "preserve-breaks";
    default:
      return "collapse";
  }
}

/** What an element's box puts around its content. */
function boundaryOf(display) {
  if (display === "contents" || display.startsWith("inline") || display.startsWith("ruby")) return NONE;
  if (display === "table-cell") return TAB;
  if (display === "table-row") return LINE;
  return PARAGRAPH;
}

/** Whether an element is text for screen readers only, or moved out of sight. */
function visuallyHidden(el, style) {
  if (style.position !== "absolute") return false;
  const rect = el.getBoundingClientRect();
  const clipped = style.overflow !== "visible" || style.clip !== "auto" || style.clipPath !== "none";
  if (clipped && (rect.width <= 1 || rect.height <= 1)) return true;
  const view = el.ownerDocument.defaultView;
  return rect.right + view.scrollX < 0 || rect.bottom + view.scrollY < 0;
}

/** Whether `el` is page furniture (see FURNITURE, SKIPPED_ROLES, SKIPPED_NAMES). */
function furniture(el, style) {
  const tag = el.localName;
  if (FURNITURE.has(tag) || el.getAttribute("aria-hidden") === "true") return true;
  const role = el.getAttribute("role");
  if (role && SKIPPED_ROLES.has(role.trim().toLowerCase())) return true;
  // A header or footer outside any article or section is the site's banner or footer.
  if ((tag === "header" || tag === "footer") && !el.parentElement?.closest("article, section, main, [role=article], [role=main], [role=region]")) {
    return true;
  }
  if (el.id && SKIPPED_NAMES.test(el.id)) return true;
  for (const name of el.classList) if (SKIPPED_NAMES.test(name)) return true;
  // Overlays (cookie walls, sticky menus, newsletter pop-ups) float above the article.
  return style.position === "fixed" || style.position === "sticky";
}

/** Whether `el` is not rendered, or rendered for screen readers only. */
function hidden(el, style) {
  if (el.hidden || el.inert || style.display === "none" || style.contentVisibility === "hidden") return true;
  // Not rendered for any other reason the browser knows of. An element with `display:
  // contents` has no box of its own, so only its children can tell.
  if (style.display !== "contents" && typeof el.checkVisibility === "function" && !el.checkVisibility()) return true;
  return visuallyHidden(el, style);
}

/** Whether `el` (a descendant of the root) is skipped with all it contains. */
function skipped(el, style, options) {
  if (NEVER_TEXT.has(el.localName) || hidden(el, style)) return true;
  if (options.keep && el.matches(options.keep)) return false;
  if (options.exclude && el.matches(options.exclude)) return true;
  return furniture(el, style);
}

/**
 * Collects the text a reader sees in `root`: visible text nodes in document order, with white
 * space collapsed as CSS renders it, a blank line between blocks (paragraphs, headings, list
 * items, figures and their captions), a line break for `<br>` and table rows and a tab between
 * table cells, so that extraction sees the headline, the paragraphs and the captions as such.
 *
 * Skipped: scripts, styles, templates, embeds and media, form controls, `nav`, `aside`,
 * dialogs, the site's own header and footer (a `<header>`/`<footer>` outside any article or
 * section), landmark roles of page furniture (navigation, banner, menu, toolbar, search, dialog,
 * complementary...), consent banners, elements that are `[hidden]`, `[aria-hidden=true]`,
 * inert, `display: none`, `visibility: hidden`, fixed or sticky, or visually hidden for screen
 * readers, the content of a closed `<details>` but its summary; soft hyphens and zero-width
 * spaces. Figure captions are kept. Shadow trees are not entered (the light children a host
 * shows in its slots are collected), and generated content (`::before`) and image alt text are
 * not text nodes, so they are not collected either.
 *
 * `options.exclude` is a CSS selector of more elements to skip; `options.keep` one of elements
 * to keep although they are page furniture (an `aside` that holds a fact box, say): what is
 * hidden, and scripts, media and form fields, stay skipped.
 *
 * Returns `{ text, map, root }`: `map.point(offset, side)` and `map.range(start, end)` turn
 * UTF-16 offsets of `text` into DOM positions and Ranges.
 */
export function collectText(root, options = {}) {
  if (!root || root.nodeType !== 1) throw new TypeError("collectText: root must be an Element");
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  const map = new TextMap(doc);
  const parts = [];
  let length = 0;
  let pending = NONE;
  let pendingSpace = null;

  const styleOf = (el) => view.getComputedStyle(el);

  /** Appends one character copied from node.data[offset], preceded by what is pending. */
  const emit = (ch, node, offset) => {
    if (length > 0 && pending !== NONE) {
      if (pending === SPACE) {
        parts.push(" ");
        map.add(length, pendingSpace.node, pendingSpace.offset);
        length += 1;
      } else {
        const separator = SEPARATOR_TEXT[pending];
        parts.push(separator);
        length += separator.length;
      }
    }
    pending = NONE;
    pendingSpace = null;
    parts.push(ch);
    map.add(length, node, offset);
    length += 1;
  };
  const separate = (strength) => {
    if (strength > pending) {
      pending = strength;
      pendingSpace = null;
    }
  };

  const readText = (node, style) => {
    if (style.visibility !== "visible") return;
    const mode = whiteSpaceOf(style);
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i];
      if (INVISIBLE.has(ch)) continue;
      if (mode !== "preserve" && (ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\f")) {
        if (mode === "preserve-breaks" && ch === "\n") {
          separate(pending >= LINE ? PARAGRAPH : LINE);
        } else if (pending === NONE) {
          pending = SPACE;
          pendingSpace = { node, offset: i };
        }
        continue;
      }
      emit(ch, node, i);
    }
  };

  const walk = (el, style) => {
    // A closed <details> shows its summary only; a shadow host shows only its children that
    // are assigned to a slot (the shadow tree itself is not entered).
    const closed = el.localName === "details" && !el.open;
    const host = el.shadowRoot !== null && el.shadowRoot !== undefined;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (closed && child.localName !== "summary") continue;
      if (host && !child.assignedSlot) continue;
      if (child.nodeType === 3) {
        readText(child, style);
      } else if (child.nodeType === 1) {
        if (child.localName === "br") {
          separate(pending === LINE ? PARAGRAPH : LINE);
          continue;
        }
        const childStyle = styleOf(child);
        if (skipped(child, childStyle, options)) continue;
        const boundary = boundaryOf(childStyle.display);
        if (boundary >= LINE) separate(boundary);
        walk(child, childStyle);
        separate(boundary);
      }
    }
  };

  const rootStyle = styleOf(root);
  if (rootStyle.display !== "none" && (typeof root.checkVisibility !== "function" || rootStyle.display === "contents" || root.checkVisibility())) {
    walk(root, rootStyle);
  }
  return { text: parts.join(""), map, root };
}

/**
 * The element most likely to hold the article in `doc`: of its `<article>`s, `[role=article]`s
 * and `[itemprop=articleBody]`s, the one with the most paragraph text (widened to take in the
 * page's `<h1>` when the headline stands just outside it); else `<main>`; else the body.
 */
export function findArticle(doc = document) {
  const paragraphText = (el) => {
    let n = 0;
    for (const p of el.querySelectorAll("p")) n += p.textContent.trim().length;
    return n;
  };
  let best = null;
  let bestLength = 0;
  for (const el of doc.querySelectorAll("article, [role=article], [itemprop~=articleBody]")) {
    const n = paragraphText(el);
    if (n > bestLength) {
      best = el;
      bestLength = n;
    }
  }
  const body = doc.body ?? doc.documentElement;
  if (best) {
    const h1 = doc.querySelector("h1");
    if (h1 && !best.contains(h1)) {
      let wider = best.parentElement;
      while (wider && wider !== body && !wider.contains(h1)) wider = wider.parentElement;
      if (wider && wider !== body) best = wider;
    }
    return best;
  }
  return doc.querySelector("main, [role=main]") ?? body;
}

// ---------------------------------------------------------------------------------------------
// From a result to spans and Ranges

/**
 * The spans of `result` in the given layers, in the order the layers and records come:
 * `[{ layer, kind, start, end, record }]`, where `kind` names the highlight (`person`,
 * `quote`...) and `record` is the object of the result the span belongs to (the entity, the
 * quote, the casualty figure...). Offsets are those of the result.
 */
export function spansOf(result, layers = DEFAULT_LAYERS) {
  const out = [];
  const add = (layer, kind, span, record) => {
    if (span && Number.isInteger(span.start) && Number.isInteger(span.end) && span.end > span.start) {
      out.push({ layer, kind, start: span.start, end: span.end, record });
    }
  };
  for (const layer of layers) {
    switch (layer) {
      case "layout": {
        const a = result.article ?? {};
        add(layer, "headline", a.headline, a);
        add(layer, "standfirst", a.standfirst, a);
        add(layer, "byline", a.byline, a);
        add(layer, "stamp", a.published, a);
        add(layer, "stamp", a.updated, a);
        add(layer, "reading-time", a.reading_time, a);
        add(layer, "dateline", a.dateline, a.dateline);
        for (const c of a.captions ?? []) {
          add(layer, "caption", c, c);
          add(layer, "credit", c.credit, c);
          for (const r of c.repeats ?? []) add(layer, "caption", r, c);
        }
        for (const b of a.boilerplate ?? []) add(layer, "boilerplate", b, b);
        break;
      }
      case "sentences":
        for (const s of result.sentences ?? []) add(layer, "sentence", s, s);
        break;
      case "entities":
        for (const e of result.entities ?? []) {
          for (const m of e.mentions) add(layer, String(e.type).toLowerCase(), m, e);
        }
        break;
      case "quotes":
        for (const q of result.quotes ?? []) {
          add(layer, "quote", q.text, q);
          add(layer, "speaker", q.speaker?.text, q);
        }
        break;
      case "attributions":
        for (const a of result.attributions ?? []) {
          add(layer, "claim", a.claim, a);
          for (const s of a.sources) add(layer, "source", s.text, a);
        }
        break;
      case "figures": {
        const casualtySpans = new Set();
        for (const c of result.casualties ?? []) {
          for (const m of c.mentions) {
            add(layer, "casualty", m, c);
            casualtySpans.add(`${m.start}:${m.end}`);
          }
        }
        // A figure that is a casualty toll is painted once, as the toll.
        for (const q of result.quantities ?? []) {
          if (!casualtySpans.has(`${q.text.start}:${q.text.end}`)) add(layer, "quantity", q.text, q);
        }
        break;
      }
      case "times":
        for (const t of result.times ?? []) add(layer, "time", t.text, t);
        break;
      case "events":
        for (const v of result.events ?? []) {
          add(layer, "event", v.trigger, v);
          for (const m of v.mentions ?? []) {
            if (m.start !== v.trigger?.start || m.end !== v.trigger?.end) add(layer, "event-mention", m, v);
          }
        }
        break;
      default:
        throw new RangeError(`unknown layer "${layer}": expected one of ${Object.keys(LAYERS).join(", ")}`);
    }
  }
  return out;
}

/**
 * A function that turns offsets of `text` in `unit` ("utf16", "utf8" or "codepoint", as the
 * `offsets` option of `extract`) into UTF-16 offsets; undefined for an offset that falls inside
 * a character.
 */
export function toUtf16(text, unit = "utf16") {
  if (unit === "utf16") return (offset) => offset;
  if (unit !== "utf8" && unit !== "codepoint") {
    throw new RangeError(`unknown offsets "${unit}": expected one of utf16, utf8, codepoint`);
  }
  const table = new Map();
  let units = 0;
  let other = 0;
  for (const ch of text) {
    table.set(other, units);
    units += ch.length;
    if (unit === "codepoint") {
      other += 1;
    } else {
      const cp = ch.codePointAt(0);
      other += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
  }
  table.set(other, units);
  return (offset) => table.get(offset);
}

/**
 * A Range over a span (`{ start, end }`, UTF-16 offsets of `collected.text`), or null when it
 * covers no visible character or the page has changed under it.
 */
export function rangeFor(collected, span) {
  return collected.map.range(span.start, span.end);
}

/**
 * The spans of `result` in `options.layers` (default DEFAULT_LAYERS) with a live Range each:
 * `[{ layer, kind, start, end, record, range }]`, with start and end in UTF-16 offsets of
 * `collected.text`. `options.offsets` is the unit the result was extracted with (default
 * "utf16"). Spans that map to nothing visible are left out.
 */
export function toRanges(result, collected, options = {}) {
  const convert = toUtf16(collected.text, options.offsets ?? "utf16");
  const out = [];
  for (const span of spansOf(result, options.layers ?? DEFAULT_LAYERS)) {
    const start = convert(span.start);
    const end = convert(span.end);
    if (start === undefined || end === undefined) continue;
    const range = collected.map.range(start, end);
    if (range) out.push({ ...span, start, end, range });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Painting

/** Whether this browser has the CSS Custom Highlight API (`CSS.highlights`, `Highlight`). */
export function highlightsSupported(view = globalThis) {
  return typeof view.CSS?.highlights?.set === "function" && typeof view.Highlight === "function";
}

function registry(view) {
  if (!highlightsSupported(view)) {
    throw new Error("this browser has no CSS Custom Highlight API (CSS.highlights); nothing can be painted");
  }
  return view.CSS.highlights;
}

/**
 * Paints the spans of `result` in `options.layers` (default DEFAULT_LAYERS) over the page with
 * the CSS Custom Highlight API: one `Highlight` per kind of span, registered in
 * `CSS.highlights` as `${prefix}-${kind}` (`reportage-person`, `reportage-quote`...; prefix
 * `options.prefix`, default "reportage"). The page's markup is not touched; the page's
 * stylesheet gives the colours (see HIGHLIGHT_CSS). Highlights this function registered before
 * with the same prefix are removed first, the focus of `reveal` included.
 *
 * `options.offsets` is the unit the result was extracted with (default "utf16"). Returns the
 * painted spans with their Ranges, as `toRanges` does.
 */
export function highlight(result, collected, options = {}) {
  const view = collected.root.ownerDocument.defaultView;
  const highlights = registry(view);
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  clearHighlights({ prefix, view });
  const spans = toRanges(result, collected, options);
  const byKind = new Map();
  for (const span of spans) {
    if (!byKind.has(span.kind)) byKind.set(span.kind, []);
    byKind.get(span.kind).push(span.range);
  }
  for (const [kind, ranges] of byKind) {
    const h = new view.Highlight(...ranges);
    h.priority = PRIORITY[kind] ?? 0;
    highlights.set(`${prefix}-${kind}`, h);
  }
  return spans;
}

/** Removes every highlight whose name starts with `${prefix}-` (default "reportage-"). */
export function clearHighlights(options = {}) {
  const view = options.view ?? globalThis;
  if (!highlightsSupported(view)) return;
  const start = `${options.prefix ?? DEFAULT_PREFIX}-`;
  for (const name of [...view.CSS.highlights.keys()]) {
    if (name.startsWith(start)) view.CSS.highlights.delete(name);
  }
}

/**
 * Shows a Range to the reader: scrolls it to the middle of the view, paints it as
 * `${prefix}-focus` (replacing the previous focus) and, unless `options.select` is false,
 * selects it so that it can be copied. Returns the text of the range.
 */
export function reveal(range, options = {}) {
  const doc = range.startContainer.ownerDocument;
  const view = doc.defaultView;
  const element = range.startContainer.nodeType === 1 ? range.startContainer : range.startContainer.parentElement;
  // The element first, so that a scrolling container around it brings it into view; then the
  // window, so that the words themselves stand in the middle even in a long paragraph.
  element?.scrollIntoView({ block: "nearest", inline: "nearest" });
  const rect = range.getBoundingClientRect();
  view.scrollBy({ top: rect.top - (view.innerHeight - rect.height) / 2, behavior: "instant" });
  if (highlightsSupported(view)) {
    const focus = new view.Highlight(range);
    focus.priority = PRIORITY.focus;
    view.CSS.highlights.set(`${options.prefix ?? DEFAULT_PREFIX}-focus`, focus);
  }
  if (options.select !== false) {
    const selection = view.getSelection();
    selection.removeAllRanges();
    selection.addRange(range.cloneRange());
  }
  return range.toString();
}

// ---------------------------------------------------------------------------------------------
// All in one

let bundled = null;

/** `extract` from `./reportage.js` beside this file, initialised once. */
async function bundledExtract() {
  bundled ??= import("./reportage.js").then(async (module) => {
    await module.default();
    return module.extract;
  });
  try {
    return await bundled;
  } catch (e) {
    bundled = null;
    throw e;
  }
}

/**
 * Collects the visible text of `root`, extracts from it and maps the result back to the page.
 *
 * `options` are `extract`'s options (language, document_date...) plus `exclude` and `keep` for
 * `collectText`; offsets are always UTF-16 (an `offsets` option other than "utf16" throws).
 * `extract` is the function to call with `(text, options)`, returning the result or a promise
 * of it: the module's own `extract`, a worker client's (`createClient().extract`), or a message
 * to an extension. Without it, `./reportage.js` is imported and initialised on first use, which
 * needs a page whose Content-Security-Policy allows `'wasm-unsafe-eval'`.
 *
 * Resolves to `{ result, collected, ranges }`: the plain result, the collected text and its map,
 * and the spans of every layer with their Ranges (see `toRanges`). Rejects when `root` holds no
 * visible text, and with extraction's own error when it fails.
 */
export async function extractFromElement(root, options = {}, extract = undefined) {
  const { exclude, keep, ...extractOptions } = options ?? {};
  if (extractOptions.offsets !== undefined && extractOptions.offsets !== "utf16") {
    throw new RangeError(`extractFromElement maps UTF-16 offsets: offsets "${extractOptions.offsets}" is not supported`);
  }
  const collected = collectText(root, { exclude, keep });
  if (collected.text.trim() === "") throw new Error("reportage: the element holds no visible text");
  const run = extract ?? (await bundledExtract());
  const result = await run(collected.text, { ...extractOptions, offsets: "utf16" });
  const ranges = toRanges(result, collected, { layers: Object.keys(LAYERS) });
  return { result, collected, ranges };
}
