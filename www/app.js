// The demo: runs extraction in the page and shows the result. User text is only ever
// inserted as text nodes (never as markup).
import init, { extract } from "./pkg/reportage.js";
import { EXAMPLE } from "./example.js";

const $ = (id) => document.getElementById(id);
const input = $("input");
const status = $("status");
let last = null;

/** Spans to highlight for each layer: [{start, end, kind, title}]. */
const LAYERS = {
  layout(r) {
    const a = r.article;
    const out = [];
    const add = (s, kind) => s && out.push({ start: s.start, end: s.end, kind, title: kind });
    add(a.headline, "headline");
    add(a.standfirst, "standfirst");
    add(a.byline, "byline");
    add(a.published, "stamp");
    add(a.updated, "stamp");
    add(a.reading_time, "reading_time");
    for (const c of a.captions) {
      add(c, "caption");
      add(c.credit, "credit");
      c.repeats.forEach((s) => add(s, "caption"));
    }
    a.boilerplate.forEach((s) => add(s, "boilerplate"));
    return out;
  },
  sentences(r) {
    return r.sentences.map((s) => ({ start: s.start, end: s.end, kind: "sentence", title: s.zone }));
  },
  entities(r) {
    return r.entities.flatMap((e) =>
      e.mentions.map((m) => ({ start: m.start, end: m.end, kind: `entity-${e.type}`, title: `${e.type} ${e.name} (${e.id})` })),
    );
  },
  quotes(r) {
    return r.quotes.flatMap((q) => {
      const who = q.speaker ? `${q.speaker.text.text}${q.speaker.named ? "" : " (unnamed)"}` : "no speaker";
      const out = [{ start: q.text.start, end: q.text.end, kind: "quote", title: `quote — ${who}` }];
      if (q.speaker) out.push({ start: q.speaker.text.start, end: q.speaker.text.end, kind: "speaker", title: "speaker" });
      return out;
    });
  },
  attributions(r) {
    return r.attributions.flatMap((a) => {
      const names = a.sources.map((s) => `${s.text.text} [${s.kind}]`).join(", ");
      return [
        { start: a.claim.start, end: a.claim.end, kind: "claim", title: `claim — ${a.cue} ${names}` },
        ...a.sources.map((s) => ({ start: s.text.start, end: s.text.end, kind: "source", title: `source: ${s.kind}` })),
      ];
    });
  },
  figures(r) {
    const out = r.quantities.map((q) => ({ start: q.text.start, end: q.text.end, kind: "quantity", title: `${q.value}${q.approx ? ` (${q.approx})` : ""}` }));
    for (const c of r.casualties) {
      for (const m of c.mentions) out.push({ start: m.start, end: m.end, kind: "casualty", title: `${c.kind}: ${c.count.value}` });
    }
    return out.sort((a, b) => (a.kind === "casualty" ? -1 : 1) - (b.kind === "casualty" ? -1 : 1));
  },
  times(r) {
    return r.times.map((t) => ({ start: t.text.start, end: t.text.end, kind: "time", title: `${t.type} ${t.value}` }));
  },
  events(r) {
    // The trigger of each event, and the other words that name the same event.
    return (r.events ?? []).flatMap((v) => {
      const name = `${v.type} — ${v.sub_type} (${v.id})`;
      const seen = new Set();
      const out = [];
      for (const [s, kind] of [[v.trigger, "event"], ...(v.mentions ?? []).map((m) => [m, "event-mention"])]) {
        if (!s || seen.has(`${s.start}:${s.end}`)) continue;
        seen.add(`${s.start}:${s.end}`);
        out.push({ start: s.start, end: s.end, kind, title: kind === "event" ? name : `${name}, named again` });
      }
      return out;
    });
  },
};

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** The text with non-overlapping spans wrapped in <mark>. */
function renderText(text, spans) {
  const target = $("rendered");
  target.replaceChildren();
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue; // overlapping: the outer span wins
    if (s.start > at) target.append(document.createTextNode(text.slice(at, s.start)));
    const mark = el("mark", text.slice(s.start, s.end), s.kind);
    mark.title = s.title;
    mark.dataset.start = s.start;
    target.append(mark);
    at = s.end;
  }
  target.append(document.createTextNode(text.slice(at)));
}

function describe(item) {
  if (item === null || typeof item !== "object") return String(item);
  const rest = Object.fromEntries(Object.entries(item).filter(([k]) => !["start", "end", "text"].includes(k)));
  return Object.keys(rest).length ? JSON.stringify(rest, null, 1) : "";
}

function listPanel(name, items) {
  const details = el("details");
  details.id = `field-${name}`;
  details.open = items.length > 0 && items.length < 30;
  details.append(el("summary", `${name} (${items.length})`));
  const ol = el("ol");
  for (const item of items) {
    const li = el("li");
    const words = typeof item?.text === "string" ? item.text : item?.text?.text ?? item?.claim?.text ?? item?.name;
    if (words) li.append(el("q", words));
    const meta = describe(item);
    if (meta) li.append(el("div", meta, "meta"));
    ol.append(li);
  }
  details.append(ol);
  return details;
}

function articlePanel(a) {
  const details = el("details");
  details.id = "field-article";
  details.open = true;
  details.append(el("summary", "article"));
  const dl = el("dl");
  const row = (k, v) => {
    dl.append(el("dt", k));
    const dd = el("dd", v ?? "—");
    dd.dataset.field = k;
    dl.append(dd);
  };
  row("headline", a.headline?.text);
  row("standfirst", a.standfirst?.text);
  row("byline", a.byline?.text);
  row("published", a.published?.value);
  row("updated", a.updated?.value);
  row("reading time", a.reading_time_minutes == null ? null : `${a.reading_time_minutes} min`);
  for (const c of a.captions) {
    const credit = c.credit ? ` — ${[c.credit.photographer, c.credit.agency].filter(Boolean).join(" / ")}` : "";
    row("caption", c.text + credit + (c.repeats.length ? ` (printed ${c.repeats.length + 1}×)` : ""));
  }
  row("boilerplate", a.boilerplate.map((b) => b.text).join(" ¶ ") || null);
  details.append(dl);
  return details;
}

function render() {
  if (!last) return;
  const { text, result } = last;
  const layer = LAYERS[$("layer").value] ?? LAYERS.layout;
  renderText(text, layer(result));
  const fields = $("fields");
  fields.replaceChildren(articlePanel(result.article));
  for (const name of ["paragraphs", "sentences", "entities", "quotes", "attributions", "quantities", "casualties", "times", "events"]) {
    fields.append(listPanel(name, result[name]));
  }
  $("output-panel").hidden = false;
}

function run() {
  const text = input.value;
  const options = { language: $("language").value };
  if ($("document-date").value) options.document_date = $("document-date").value;
  try {
    const t0 = performance.now();
    const result = extract(text, options);
    const ms = performance.now() - t0;
    last = { text, result };
    status.className = "";
    status.textContent = `language: ${result.language}`;
    $("timing").textContent = `${ms.toFixed(1)} ms for ${text.length.toLocaleString()} characters`;
    render();
  } catch (e) {
    status.className = "error";
    status.textContent = `Error: ${e.message}`;
  }
}

$("extract").addEventListener("click", run);
$("layer").addEventListener("change", render);
$("load-example").addEventListener("click", () => {
  input.value = EXAMPLE;
  run();
});

init().then(
  () => {
    $("extract").disabled = false;
    status.textContent = "ready";
  },
  (e) => {
    status.className = "error";
    status.textContent = `Could not load the WebAssembly module: ${e.message}`;
  },
);
