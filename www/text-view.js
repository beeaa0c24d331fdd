// The article's text with what was found marked in it: one layer at a time, a colour and a label
// per kind of mark, and a legend. The text is written in blocks of a few thousand characters, a
// few blocks per slice (see slices.js), each block cut where the text has a line break between
// two marks; blocks out of sight are not laid out (CSS content-visibility), so that a 2 MB
// article is shown without blocking the page. Text only: every piece is a text node.

import { ENTITY_TYPES, timeType, recordTitle } from "./records.js";
import { due, yieldToBrowser, afterFrame, sortInSlices, Superseded } from "./slices.js";

/** The name of each kind of mark, in the legend and on the marks. */
export const KINDS = {
  headline: "headline",
  standfirst: "standfirst",
  byline: "byline",
  dateline: "dateline",
  stamp: "date stamp",
  reading_time: "reading time",
  caption: "caption",
  credit: "photo credit",
  boilerplate: "boilerplate",
  sentence: "sentence",
  ...Object.fromEntries(Object.entries(ENTITY_TYPES).map(([type, name]) => [`entity-${type}`, name])),
  quote: "quote",
  speaker: "speaker",
  claim: "claim",
  source: "source",
  quantity: "figure",
  casualty: "casualty",
  time: "time expression",
  event: "event",
  "event-mention": "event, named again",
};

/** The marks of each layer, as generators of {start, end, kind, label?, record}. */
export const LAYERS = {
  *layout(r) {
    const a = r.article;
    const part = (s, kind, name = kind) => s && { start: s.start, end: s.end, kind, record: { type: "layout", name, item: s } };
    const all = [
      part(a.headline, "headline"),
      part(a.standfirst, "standfirst"),
      part(a.byline, "byline"),
      part(a.dateline, "dateline"),
      part(a.published, "stamp", "published"),
      part(a.updated, "stamp", "updated"),
      part(a.reading_time, "reading_time", "reading time"),
    ];
    for (const c of a.captions) {
      all.push(part(c, "caption"), part(c.credit, "credit", "photo credit"));
      for (const s of c.repeats) all.push(part(s, "caption", "caption, printed again"));
    }
    for (const s of a.boilerplate) all.push(part(s, "boilerplate"));
    yield* all.filter(Boolean);
  },
  *sentences(r) {
    for (const [index, s] of r.sentences.entries()) {
      yield { start: s.start, end: s.end, kind: "sentence", label: String(index + 1), odd: index % 2 === 1, record: { type: "sentence", item: s, index } };
    }
  },
  *entities(r) {
    for (const e of r.entities) {
      const record = { type: "entity", item: e };
      for (const m of e.mentions) yield { start: m.start, end: m.end, kind: `entity-${e.type}`, record };
    }
  },
  *quotes(r) {
    for (const q of r.quotes) {
      const record = { type: "quote", item: q };
      yield { start: q.text.start, end: q.text.end, kind: "quote", record };
      if (q.speaker) yield { start: q.speaker.text.start, end: q.speaker.text.end, kind: "speaker", record };
    }
  },
  *attributions(r) {
    for (const a of r.attributions) {
      const record = { type: "attribution", item: a };
      yield { start: a.claim.start, end: a.claim.end, kind: "claim", record };
      for (const s of a.sources) yield { start: s.text.start, end: s.text.end, kind: "source", record };
    }
  },
  *figures(r) {
    // Casualty figures first: where a figure is both, the casualty is shown.
    for (const c of r.casualties) {
      const record = { type: "casualty", item: c };
      for (const m of c.mentions) yield { start: m.start, end: m.end, kind: "casualty", label: c.kind, record };
    }
    for (const q of r.quantities) yield { start: q.text.start, end: q.text.end, kind: "quantity", record: { type: "quantity", item: q } };
  },
  *times(r) {
    for (const t of r.times) yield { start: t.text.start, end: t.text.end, kind: "time", label: timeType(t.type), record: { type: "time", item: t } };
  },
  *events(r) {
    // The word of each event, and the other words that name the same event.
    for (const v of r.events ?? []) {
      const record = { type: "event", item: v };
      const seen = new Set();
      for (const [s, kind] of [[v.trigger, "event"], ...(v.mentions ?? []).map((m) => [m, "event-mention"])]) {
        if (!s || seen.has(`${s.start}:${s.end}`)) continue;
        seen.add(`${s.start}:${s.end}`);
        yield { start: s.start, end: s.end, kind, record };
      }
    }
  },
};

/** About how many characters a block holds. */
const BLOCK = 6000;

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** Marks cut around `focus` (so that it can be shown whole), with `focus` added. */
function withFocus(marks, focus) {
  const out = marks.flatMap((s) => {
    if (s.end <= focus.start || s.start >= focus.end) return [s];
    const parts = [];
    if (s.start < focus.start) parts.push({ ...s, end: focus.start });
    if (s.end > focus.end) parts.push({ ...s, start: focus.end });
    return parts;
  });
  out.push(focus);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

export class TextView {
  /** `target` receives the blocks, `legend` the list of kinds; `ctx` is set with each result. */
  constructor(target, legend) {
    this.target = target;
    this.legend = legend;
    this.text = "";
    this.marks = []; // the marks shown, in text order, none overlapping
    this.blocks = []; // {start, end, first, last (mark indices), node}
    this.focus = null; // {start, end, kind, label, record, from, to (block indices), node}
    this.ctx = null;
  }

  clear() {
    this.target.replaceChildren();
    this.legend.replaceChildren();
    this.marks = [];
    this.blocks = [];
    this.focus = null;
  }

  /** The mark at `node`'s index, or the pointed one. */
  markOf(node) {
    if (node.dataset.i === "focus") return this.focus;
    return this.marks[Number(node.dataset.i)] ?? null;
  }

  /**
   * Shows `text` with the marks of `layer`, a few blocks per slice; `current()` is asked between
   * slices, and once it is false the work stops with Superseded.
   */
  async show(text, result, ctx, layer, current = () => true) {
    // Between slices of work on data, the thread is given back; between slices of blocks added
    // to the page, a frame is drawn. Whether this drawing is still wanted is asked every time,
    // not only after a pause, and again before each change to the page: a newer drawing may have
    // started at any await, even one that did not pause.
    const check = async (frame = false) => {
      if (!current()) throw new Superseded();
      if (!due()) return;
      await (frame ? afterFrame() : yieldToBrowser());
      if (!current()) throw new Superseded();
    };
    this.text = text;
    this.ctx = ctx;
    const found = [];
    const counts = new Map();
    for (const s of (LAYERS[layer] ?? LAYERS.layout)(result)) {
      found.push(s);
      counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1);
      if (found.length % 2048 === 0) await check();
    }
    await check();
    const sorted = await sortInSlices(found, (a, b) => a.start - b.start || b.end - a.end, check);
    // Where marks overlap, the outer one is shown.
    const marks = [];
    let at = 0;
    for (const s of sorted) {
      if (s.start < at) continue;
      s.i = marks.length; // the pieces of a mark cut around the focus keep it
      marks.push(s);
      at = s.end;
    }
    await check();
    const blocks = this.cut(text, marks);
    await check();

    if (!current()) throw new Superseded();
    this.clear();
    this.marks = marks;
    this.blocks = blocks;
    this.renderLegend(counts, layer);
    for (const block of blocks) {
      if (!current()) throw new Superseded();
      block.node = this.build(block.start, block.end, block.first, block.last, null);
      this.target.append(block.node);
      await check(true);
    }
  }

  /** The blocks of `text`: cut at a line break outside the marks once a block holds BLOCK characters. */
  cut(text, marks) {
    const blocks = [];
    let start = 0;
    let first = 0;
    const close = (end, last) => {
      blocks.push({ start, end, first, last, node: null });
      start = end;
      first = last;
    };
    for (let i = 0; i <= marks.length; i++) {
      // The gap of plain text before mark i (or the end).
      const gapStart = i === 0 ? 0 : marks[i - 1].end;
      const gapEnd = i < marks.length ? marks[i].start : text.length;
      while (gapEnd - start >= BLOCK) {
        let cutAt = text.indexOf("\n", Math.max(gapStart, start + BLOCK - 1));
        if (cutAt === -1 || cutAt >= gapEnd) {
          // No line break in the gap: a very long line is cut anywhere outside the marks (at
          // the cost of a line break that is not in the text), else the block grows.
          if (gapEnd - start < BLOCK * 8 || gapEnd - gapStart < 1) break;
          cutAt = Math.max(gapStart, start + BLOCK * 8) - 1;
          if (/[\uD800-\uDBFF]/.test(text[cutAt])) cutAt += 1; // keep a surrogate pair whole
          if (cutAt >= gapEnd) break;
        }
        close(cutAt + 1, i);
      }
    }
    if (start < text.length || blocks.length === 0) close(text.length, marks.length);
    return blocks;
  }

  /** A block holding text[start, end) with marks[first, last), and `focus` when it falls inside. */
  build(start, end, first, last, focus) {
    const node = el("div", undefined, "block");
    // Until laid out, a block is reckoned as tall as its lines would be at 90 characters.
    let lines = 0;
    for (let at = start; at < end; ) {
      const nl = this.text.indexOf("\n", at);
      const stop = nl === -1 || nl >= end ? end : nl;
      lines += Math.max(1, Math.ceil((stop - at) / 90));
      at = stop + 1;
    }
    node.style.containIntrinsicBlockSize = `auto ${(lines * 1.6).toFixed(1)}em`;
    let marks = [];
    for (let i = first; i < last; i++) marks.push(this.marks[i]);
    if (focus) marks = withFocus(marks, focus);
    let at = start;
    for (const s of marks) {
      if (s.start < at) continue;
      if (s.start > at) node.append(this.text.slice(at, s.start));
      const kind = s === focus ? `${s.kind} pointed` : s.kind;
      const mark = el("mark", this.text.slice(s.start, s.end), kind);
      mark.dataset.label = s.label ?? KINDS[s.kind] ?? s.kind;
      mark.dataset.i = s === focus ? "focus" : String(s.i);
      if (s.odd) mark.dataset.odd = "";
      if (s.record && this.ctx) mark.title = recordTitle(s.record, this.ctx);
      node.append(mark);
      at = s.end;
    }
    if (end > at) node.append(this.text.slice(at, end));
    return node;
  }

  renderLegend(counts, layer) {
    const order = Object.keys(KINDS);
    const items = [...counts].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)).map(([kind, n]) => {
      const li = el("li");
      li.append(el("mark", KINDS[kind] ?? kind, kind), " ", el("span", n.toLocaleString("en"), "count"));
      return li;
    });
    if (!items.length) items.push(el("li", `Nothing of this kind (${layer}) in the text.`, "none"));
    this.legend.replaceChildren(...items);
  }

  /** The blocks from..to (indices) that `span` overlaps. */
  blocksOf(span) {
    const find = (pos) => {
      let lo = 0;
      let hi = this.blocks.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (this.blocks[mid].start <= pos) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    return [find(span.start), find(Math.max(span.start, span.end - 1))];
  }

  /** Puts the text of blocks from..to back as it is with no focus. */
  unfocus() {
    const f = this.focus;
    if (!f) return;
    this.focus = null;
    const nodes = [];
    for (let i = f.from; i <= f.to; i++) {
      const b = this.blocks[i];
      b.node = this.build(b.start, b.end, b.first, b.last, null);
      nodes.push(b.node);
    }
    f.node.replaceWith(...nodes);
  }

  /**
   * Shows `span` marked whatever the layer (its blocks merged into one if it crosses them) and
   * returns its mark; `kind` and `label` say what it is, `record` what clicking it shows.
   */
  point(span, kind, label, record) {
    if (!this.blocks.length || !span) return null;
    this.unfocus();
    const start = Math.max(0, Math.min(span.start, this.text.length));
    const end = Math.max(start, Math.min(span.end, this.text.length));
    const [from, to] = this.blocksOf({ start, end });
    const focus = { start, end, kind, label, record, from, to, node: null };
    const a = this.blocks[from];
    const b = this.blocks[to];
    focus.node = this.build(a.start, b.end, a.first, b.last, focus);
    for (let i = from; i <= to; i++) {
      if (i === from) this.blocks[i].node.replaceWith(focus.node);
      else this.blocks[i].node.remove();
      this.blocks[i].node = focus.node;
    }
    this.focus = focus;
    return focus.node.querySelector("mark.pointed");
  }
}
