// The demo: runs extraction in the page and shows the result. User text is only ever
// inserted as text nodes (never as markup).
import init, { extract } from "./pkg/reportage.js";
import { EXAMPLE } from "./example.js";

const $ = (id) => document.getElementById(id);
const input = $("input");
const status = $("status");
let last = null;
/** The span a record last pointed to, shown over whichever layer is chosen: {start, end, kind, title}. */
let pointed = null;

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

/** Spans cut around `focus` (so that it can be shown whole), with `focus` added. */
function withFocus(spans, focus) {
  if (!focus) return spans;
  const out = spans.flatMap((s) => {
    if (s.end <= focus.start || s.start >= focus.end) return [s];
    const parts = [];
    if (s.start < focus.start) parts.push({ ...s, end: focus.start });
    if (s.end > focus.end) parts.push({ ...s, start: focus.end });
    return parts;
  });
  out.push({ ...focus, kind: `${focus.kind} pointed` });
  return out;
}

/** The text with non-overlapping spans wrapped in <mark>; `focus` wins over the spans it overlaps. */
function renderText(text, spans, focus) {
  const target = $("rendered");
  target.replaceChildren();
  const sorted = withFocus(spans, focus).sort((a, b) => a.start - b.start || b.end - a.end);
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue; // overlapping: the outer span wins
    if (s.start > at) target.append(document.createTextNode(text.slice(at, s.start)));
    const mark = el("mark", text.slice(s.start, s.end), s.kind);
    mark.title = s.title;
    mark.dataset.start = s.start;
    mark.dataset.end = s.end;
    target.append(mark);
    at = s.end;
  }
  target.append(document.createTextNode(text.slice(at)));
}

function renderHighlights() {
  if (!last) return;
  const layer = LAYERS[$("layer").value] ?? LAYERS.layout;
  renderText(last.text, layer(last.result), pointed);
}

/** Shows `span` in the text whatever the layer: scrolls to it, selects it and makes it flash. */
function pointTo(span, kind, what) {
  if (!last || !span) return;
  pointed = { start: span.start, end: span.end, kind, title: what };
  renderHighlights();
  const mark = $("rendered").querySelector("mark.pointed");
  if (!mark) return;
  mark.scrollIntoView({ block: "center", inline: "nearest" });
  const range = document.createRange();
  range.selectNodeContents(mark);
  const selection = getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  $("pointer").textContent = `${what}: “${mark.textContent}”, selected in the text.`;
}

/** Makes `node` point to a span when clicked, or on Enter or Space when it has the focus. */
function pointsTo(node, activate) {
  node.addEventListener("click", () => {
    // Selecting words inside the record is not a request to leave it.
    const selection = getSelection();
    if (!selection.isCollapsed && node.contains(selection.anchorNode)) return;
    activate();
  });
  node.addEventListener("keydown", (e) => {
    if (e.target !== node || (e.key !== "Enter" && e.key !== " ")) return;
    e.preventDefault();
    activate();
  });
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

const APPROX = { more_than: "more than", at_least: "at least", about: "about", almost: "almost", up_to: "up to", fewer_than: "fewer than" };
const ROLES = { actor1: "actor 1", actor2: "actor 2", associate: "associate" };

/** "at least 35": a count with its approximator in words. */
function countWords(value, approx) {
  const words = approx ? APPROX[approx] ?? String(approx).replaceAll("_", " ") : "";
  return [words, Number(value).toLocaleString("en")].filter(Boolean).join(" ");
}

/** A table cell under `column`: one line per item, each [text, note] (the note shown lighter), or a dash when there is none. */
function cell(column, lines, tag = "td") {
  const td = el(tag);
  td.dataset.label = column; // the column's name, shown beside the cell when rows are stacked on narrow screens
  // Explicit roles: the stacked layout changes the cells' display, which may hide that they form a table.
  td.setAttribute("role", tag === "th" ? "rowheader" : "cell");
  const shown = lines.filter(([main]) => main);
  if (!shown.length) {
    td.append(el("span", "—", "none"));
    return td;
  }
  for (const [main, note] of shown) {
    const line = el("div", main, "line");
    if (note) line.append(" ", el("span", note, "note"));
    td.append(line);
  }
  return td;
}

function placeWords(location) {
  if (!location) return null;
  const parts = [];
  for (const p of [location.name, location.admin1, location.country]) if (p && !parts.includes(p)) parts.push(p);
  return parts.join(", ") || null;
}

function eventRow(v, entities, casualties) {
  const tr = el("tr");
  tr.setAttribute("role", "row");
  tr.tabIndex = 0;
  tr.dataset.event = v.id;
  tr.title = `Show “${v.trigger?.text ?? v.type}” in the text`;
  tr.append(cell("Type", [[v.type, null], [v.sub_type, null]], "th"));
  tr.firstChild.scope = "row";
  const precision = v.date?.precision;
  const date = v.date ? [v.date.value, precision && precision !== "day" ? `(${precision})` : null] : ["unknown", null];
  tr.append(cell("Date", [date]));
  tr.append(cell("Location", [[placeWords(v.location) ?? "unknown", null]]));
  tr.append(cell("Actors", (v.actors ?? []).map((a) => [
    entities.get(a.entity)?.name ?? (typeof a.text === "string" ? a.text : a.text?.text),
    `(${ROLES[a.role] ?? a.role})`,
  ])));
  const fatalities = v.fatalities ? [[countWords(v.fatalities.value, v.fatalities.approx), "killed"]] : [];
  for (const id of v.other_casualties ?? []) {
    const c = casualties.get(id);
    if (c) fatalities.push([countWords(c.count.value, c.count.approx), c.kind]);
  }
  tr.append(cell("Fatalities", fatalities));
  tr.append(cell("Sources", (v.sources ?? []).map((s) => [typeof s.text === "string" ? s.text : s.text?.text, s.kind ? `(${s.kind})` : null])));
  tr.append(cell("Certainty", [[v.certainty, null]]));
  tr.lastChild.classList.add(`certainty-${v.certainty}`);
  pointsTo(tr, () => pointTo(v.trigger, "event", `${v.type}, ${v.sub_type}`));
  return tr;
}

function renderEvents(r) {
  const events = r.events ?? [];
  const entities = new Map(r.entities.map((e) => [e.id, e]));
  const casualties = new Map(r.casualties.map((c) => [c.id, c]));
  $("events-table").tBodies[0].replaceChildren(...events.map((v) => eventRow(v, entities, casualties)));
  $("events-empty").hidden = events.length > 0;
  $("events-scroll").hidden = events.length === 0;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const SEASONS = { SP: [3, "spring"], SU: [6, "summer"], FA: [9, "autumn"], WI: [12, "winter"] };
const DAY_PARTS = { MO: ["08:00", "morning"], MI: ["12:00", "midday"], AF: ["15:00", "afternoon"], EV: ["19:00", "evening"], NI: ["22:00", "night"], DT: ["09:00", "daytime"] };
const DAY = 86_400_000;
const pad = (n) => String(n).padStart(2, "0");
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * Where a TimeML value that starts with a year goes on the timeline: `key` is where its period
 * starts ("YYYY-MM-DDTHH:MM", so that keys sort as text), `rank` how fine it is (a year 0, a
 * time of day 6: a coarser period sorts first), `words` how to say it.
 */
function placeOnTimeline(value) {
  let m;
  if ((m = /^(\d{4})-W(\d{2})(-WE)?/.exec(value))) {
    const jan4 = Date.UTC(+m[1], 0, 4); // in ISO week 1
    const start = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY + ((+m[2] - 1) * 7 + (m[3] ? 5 : 0)) * DAY;
    return { key: `${isoDay(start)}T00:00`, rank: 3, words: `${m[3] ? "weekend of " : ""}week ${+m[2]} of ${m[1]}` };
  }
  if ((m = /^(\d{4})-Q([1-4])/.exec(value))) return { key: `${m[1]}-${pad(m[2] * 3 - 2)}-01T00:00`, rank: 1, words: `Q${m[2]} ${m[1]}` };
  if ((m = /^(\d{4})-H([12])/.exec(value))) return { key: `${m[1]}-${m[2] === "1" ? "01" : "07"}-01T00:00`, rank: 1, words: `${m[2] === "1" ? "first" : "second"} half of ${m[1]}` };
  if ((m = /^(\d{4})-(SP|SU|FA|WI)/.exec(value))) {
    const [month, name] = SEASONS[m[2]];
    return { key: `${m[1]}-${pad(month)}-01T00:00`, rank: 1, words: `${name} ${m[1]}` };
  }
  m = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01])(?:T(?:([01]\d|2[0-3]):([0-5]\d)|(MO|MI|AF|EV|NI|DT)))?)?)?/.exec(value);
  const [, year, month, day, hour, minute, part] = m;
  if (!month) return { key: `${year}-01-01T00:00`, rank: 0, words: year };
  if (!day) return { key: `${year}-${month}-01T00:00`, rank: 2, words: `${MONTHS[month - 1]} ${year}` };
  const date = `${WEEKDAYS[new Date(Date.UTC(+year, month - 1, +day)).getUTCDay()]} ${+day} ${MONTHS[month - 1]} ${year}`;
  const at = `${year}-${month}-${day}`;
  if (hour) return { key: `${at}T${hour}:${minute}`, rank: 6, words: `${date}, ${hour}:${minute}` };
  if (part) return { key: `${at}T${DAY_PARTS[part][0]}`, rank: 5, words: `${date}, ${DAY_PARTS[part][1]}` };
  return { key: `${at}T00:00`, rank: 4, words: date };
}

/** The events with a date and the dates and times of the text, each {value, kind, tag, label, span, what}. */
function timelineItems(r) {
  const items = [];
  for (const v of r.events ?? []) {
    if (!v.date || !/^\d{4}/.test(v.date.value)) continue;
    const place = v.location?.name;
    const what = `${v.type}, ${v.sub_type}`;
    items.push({ value: v.date.value, kind: "event", tag: "event", label: `${v.sub_type || v.type}${place ? ` — ${place}` : ""}`, span: v.trigger, what });
  }
  for (const t of r.times) {
    if ((t.type !== "DATE" && t.type !== "TIME") || !/^\d{4}/.test(t.value)) continue;
    const tag = t.type === "TIME" ? "time" : "date";
    items.push({ value: t.value, kind: "time", tag, label: `“${t.text.text}”`, span: t.text, what: `${tag} ${t.value}` });
  }
  return items;
}

/** The items grouped by value, in order of date: [{value, key, rank, words, items}]. */
function timelineGroups(items) {
  const groups = new Map();
  for (const item of items) {
    if (!groups.has(item.value)) groups.set(item.value, { value: item.value, ...placeOnTimeline(item.value), items: [] });
    groups.get(item.value).items.push(item);
  }
  for (const g of groups.values()) g.items.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
  return [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.rank - b.rank || (a.value < b.value ? -1 : 1)));
}

// Values a <time datetime> accepts: a year, a month, a day, a day and time, a week.
const HTML_DATETIME = /^(\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?|\d{4}-W\d{2})$/;

function renderTimeline(r) {
  const groups = timelineGroups(timelineItems(r));
  const list = $("timeline");
  list.replaceChildren();
  for (const g of groups) {
    const li = el("li", undefined, "tl-date");
    const when = el("time", g.words, "tl-when");
    if (HTML_DATETIME.test(g.value)) when.dateTime = g.value;
    li.append(when);
    if (g.words !== g.value) li.append(" ", el("span", g.value, "note"));
    const items = el("ul", undefined, "tl-items");
    for (const item of g.items) {
      const button = el("button", undefined, `tl-item tl-${item.kind}`);
      button.type = "button";
      button.append(el("span", item.tag, "tl-tag"), " ", item.label);
      // The name says what is shown, then when (the date heads the group, outside the button).
      button.setAttribute("aria-label", `${item.tag} ${item.label}, ${g.words}`);
      button.addEventListener("click", () => pointTo(item.span, item.kind, item.what));
      const entry = el("li");
      entry.append(button);
      items.append(entry);
    }
    li.append(items);
    list.append(li);
  }
  $("timeline-empty").hidden = groups.length > 0;
  list.hidden = groups.length === 0;
  $("timeline-hint").hidden = groups.length === 0;
}

function render() {
  if (!last) return;
  const { result } = last;
  renderHighlights();
  renderEvents(result);
  renderTimeline(result);
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
    pointed = null;
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
$("layer").addEventListener("change", renderHighlights);
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
