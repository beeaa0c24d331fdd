// The records of a result as tables, one per kind, and the timeline of its dates. Tables show
// their rows a page at a time (a 2 MB article has tens of thousands of figures, and a table is
// laid out whole whenever a row is added); rows are one Tab stop per table, the arrow keys move
// between them, and Enter or a click points to the row's words in the text and shows its record.

import {
  ENTITY_TYPES, ROLES, countWords, named, sourceLine, placeWords, quantityValue, casualtyWords, timeType, spanOf,
} from "./records.js";
import { due, yieldToBrowser, afterFrame, Superseded } from "./slices.js";

/** Rows per page. */
const PAGE = 25;
/** Lines a cell shows at most; the record has them all. */
const LINES = 4;

export function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** A table cell under `column`: one line per [text, note] (the note lighter), or a dash when there is none. */
function cell(column, lines, tag = "td") {
  const td = el(tag);
  td.dataset.label = column; // the column's name, shown beside the cell when rows are stacked on narrow screens
  // Explicit roles: the stacked layout changes the cells' display, which may hide that they form a table.
  td.setAttribute("role", tag === "th" ? "rowheader" : "cell");
  if (tag === "th") td.scope = "row";
  const shown = lines.filter((line) => line && line[0]);
  if (!shown.length) {
    td.append(el("span", "—", "none"));
    return td;
  }
  for (const [main, note] of shown.length > LINES ? shown.slice(0, LINES - 1) : shown) {
    const line = el("div", note ? `${main} ` : main, "line");
    if (note) line.append(el("span", note, "note"));
    td.append(line);
  }
  if (shown.length > LINES) td.append(el("div", `and ${shown.length - LINES + 1} more`, "line note"));
  return td;
}

const one = (text, note = null) => [[text, note]];
const quoted = (text) => `“${text}”`;

/**
 * The tables: what each lists, its columns, and each row's cells (lists of [text, note]), the
 * record a row stands for and what pointing to it says.
 */
export const TABLES = {
  events: {
    title: "Events",
    empty: "No events found in this article.",
    columns: ["Type", "Date", "Location", "Actors", "Fatalities", "Sources", "Certainty"],
    items: (r) => r.events ?? [],
    record: (v) => ({ type: "event", item: v }),
    what: (v) => `${v.type}, ${v.sub_type}`,
    cells(v, ctx) {
      const precision = v.date?.precision;
      const fatalities = v.fatalities ? [[countWords(v.fatalities.value, v.fatalities.approx), "killed"]] : [];
      for (const id of v.other_casualties ?? []) {
        const c = ctx.casualties.get(id);
        if (c) fatalities.push([countWords(c.count.value, c.count.approx), c.kind]);
      }
      return [
        [[v.type, null], [v.sub_type, null]],
        one(v.date ? v.date.value : "unknown", precision && precision !== "day" ? `(${precision})` : null),
        one(placeWords(v.location) ?? "unknown"),
        (v.actors ?? []).map((a) => {
          const [name, said] = named(a, ctx);
          return [name, [`(${ROLES[a.role] ?? a.role})`, said].filter(Boolean).join(" ")];
        }),
        fatalities,
        (v.sources ?? []).map((s) => sourceLine(s, ctx)),
        one(v.certainty),
      ];
    },
    decorate(tr, v) {
      tr.dataset.event = v.id;
      tr.lastChild.classList.add(`certainty-${v.certainty}`);
    },
  },
  entities: {
    title: "Entities",
    empty: "No people, organisations or places named.",
    columns: ["Name", "Type", "Aliases", "Roles", "Mentions"],
    items: (r) => r.entities,
    record: (e) => ({ type: "entity", item: e }),
    kind: (e) => `entity-${e.type}`,
    what: (e) => `${ENTITY_TYPES[e.type] ?? e.type} ${e.name}`,
    cells: (e) => [
      one(e.name),
      one(ENTITY_TYPES[e.type] ?? e.type, `(${e.type})`),
      e.aliases.map((a) => [a]),
      e.roles.map((a) => [a]),
      one(e.mentions.length.toLocaleString("en")),
    ],
    decorate(tr, e) {
      tr.dataset.entity = e.id;
      tr.firstChild.classList.add(`type-${e.type}`);
    },
  },
  quotes: {
    title: "Quotes",
    empty: "No direct quotes.",
    columns: ["Quote", "Speaker", "Cue", "Said to"],
    items: (r) => r.quotes,
    record: (q) => ({ type: "quote", item: q }),
    what: (q, ctx) => `quote${q.speaker ? ` by ${named(q.speaker, ctx)[0]}` : ""}`,
    cells: (q, ctx) => {
      const [who, said] = named(q.speaker, ctx);
      const notes = [q.speaker && !q.speaker.named ? "(unnamed)" : null, q.speaker?.role ? `(${q.speaker.role})` : null, said];
      return [
        one(quoted(q.text.text)),
        one(who ?? "none found", notes.filter(Boolean).join(" ") || null),
        one(q.cue),
        [named(q.to, ctx)],
      ];
    },
  },
  attributions: {
    title: "Claims and sources",
    empty: "No claims attributed to a source.",
    columns: ["Claim", "Sources", "Cue"],
    items: (r) => r.attributions,
    record: (a) => ({ type: "attribution", item: a }),
    kind: () => "claim",
    what: () => "claim",
    cells: (a, ctx) => [one(a.claim.text), a.sources.map((s) => sourceLine(s, ctx)), one(a.cue)],
  },
  casualties: {
    title: "Casualties",
    empty: "No casualty figures.",
    columns: ["Count", "Victims", "Perpetrator", "Cause", "Location", "Sources", "Given as"],
    items: (r) => r.casualties,
    record: (c) => ({ type: "casualty", item: c }),
    what: (c) => `casualties: ${casualtyWords(c)}`,
    cells: (c, ctx) => [
      one(casualtyWords(c), c.update ? "(new toll)" : null),
      one(c.victims),
      [named(c.perpetrator, ctx)],
      one(c.cause),
      [named(c.location, ctx)],
      c.sources.map((s) => sourceLine(s, ctx)),
      [...new Set(c.mentions.map((m) => m.text))].map((w) => [quoted(w)]),
    ],
  },
  quantities: {
    title: "Figures",
    empty: "No figures.",
    columns: ["Figure", "Value", "Unit"],
    items: (r) => r.quantities,
    record: (q) => ({ type: "quantity", item: q }),
    what: (q) => `figure ${quantityValue(q)}`,
    cells: (q) => [one(q.text.text), one(quantityValue(q)), one(q.unit)],
  },
  times: {
    title: "Times",
    empty: "No dates, times or durations.",
    columns: ["Words", "Type", "Value", "Resolved against", "Modifier"],
    items: (r) => r.times,
    record: (t) => ({ type: "time", item: t }),
    what: (t) => `${timeType(t.type)} ${t.value}`,
    cells: (t) => [
      one(quoted(t.text.text)),
      one(timeType(t.type)),
      one(t.value, t.type === "DATE" || t.type === "TIME" ? timeWords(t.value) : null),
      one(t.anchor),
      one(t.mod),
    ],
  },
};

/** How tables and the timeline tell the page that a record was chosen: (span, kind, what, record). */
let onPoint = () => {};
export function pointWith(fn) {
  onPoint = fn;
}

/** Makes `node` point when clicked, or on Enter or Space when it has the focus. */
export function pointsTo(node, activate) {
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

/** The section of table `name`, built once: heading, empty message, table, pages. */
export function tableSection(name) {
  const spec = TABLES[name];
  const section = el("section", undefined, "records");
  section.id = `${name}-panel`;
  section.setAttribute("aria-labelledby", `${name}-heading`);
  const h2 = el("h2", spec.title);
  h2.id = `${name}-heading`;
  h2.append(" ", el("span", "", "count"));
  const empty = el("p", spec.empty, "empty");
  empty.id = `${name}-empty`;
  const scroll = el("div", undefined, "table-scroll");
  scroll.id = `${name}-scroll`;
  const table = el("table", undefined, "records-table");
  table.id = `${name}-table`;
  table.setAttribute("role", "table"); // kept when narrow screens stack the rows
  table.setAttribute("aria-labelledby", `${name}-heading`);
  const caption = el("caption", "Select a row, or move to it with the arrow keys and press Enter, to show its words in the text and its record.");
  caption.id = `${name}-caption`;
  table.setAttribute("aria-describedby", caption.id);
  const head = el("thead");
  head.setAttribute("role", "rowgroup");
  const tr = el("tr");
  tr.setAttribute("role", "row");
  for (const c of spec.columns) {
    const th = el("th", c);
    th.scope = "col";
    th.setAttribute("role", "columnheader");
    tr.append(th);
  }
  head.append(tr);
  const body = el("tbody");
  body.setAttribute("role", "rowgroup");
  table.append(caption, head, body);
  scroll.append(table);
  const pager = el("nav", undefined, "pager");
  pager.setAttribute("aria-label", `Pages of ${spec.title.toLowerCase()}`);
  pager.hidden = true;
  const button = (words, className) => {
    const b = el("button", words, className);
    b.type = "button";
    return b;
  };
  const range = el("span", "", "range");
  range.setAttribute("aria-live", "polite");
  pager.append(button(`Previous ${PAGE}`, "previous"), " ", range, " ", button(`Next ${PAGE}`, "next"));
  section.append(h2, empty, scroll, pager);
  body.addEventListener("keydown", (e) => moveBetweenRows(e, body));
  return section;
}

/** Arrow keys, Home and End move the focus between the rows of `body`. */
function moveBetweenRows(e, body) {
  const row = e.target.closest?.("tr");
  if (!row || row.parentNode !== body) return;
  const rows = body.rows;
  const at = row.sectionRowIndex;
  const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: rows.length - 1 }[e.key];
  if (to === undefined || to < 0 || to >= rows.length) return;
  e.preventDefault();
  row.tabIndex = -1;
  rows[to].tabIndex = 0;
  rows[to].focus();
}

function row(spec, item, ctx) {
  const tr = el("tr");
  tr.setAttribute("role", "row");
  tr.tabIndex = -1;
  const cells = spec.cells(item, ctx);
  cells.forEach((lines, i) => tr.append(cell(spec.columns[i], lines, i === 0 ? "th" : "td")));
  spec.decorate?.(tr, item);
  const record = spec.record(item);
  tr.title = "Show it in the text";
  pointsTo(tr, () => onPoint(spanOf(record), spec.kind?.(item) ?? record.type, spec.what(item, ctx), record));
  return tr;
}

/** Fills table `name` with the first page of `result`'s rows; the pager shows the others. */
export async function fillTable(name, result, ctx, current = () => true) {
  const spec = TABLES[name];
  const items = spec.items(result);
  const section = document.getElementById(`${name}-panel`);
  const body = document.getElementById(`${name}-table`).tBodies[0];
  const pager = section.querySelector(".pager");
  const [previous, next] = pager.querySelectorAll("button");
  const count = items.length.toLocaleString("en");
  section.querySelector(".count").textContent = `(${count})`;
  document.getElementById(`${name}-empty`).hidden = items.length > 0;
  document.getElementById(`${name}-scroll`).hidden = items.length === 0;
  pager.hidden = items.length <= PAGE;
  let first = 0; // the first row of the page shown, or asked for
  let token = null;
  const show = async (from, check) => {
    const mine = {};
    token = mine;
    first = from;
    const rows = [];
    for (let i = from; i < Math.min(items.length, from + PAGE); i++) {
      rows.push(row(spec, items[i], ctx));
      if (due()) {
        await yieldToBrowser();
        if (!check() || token !== mine) throw new Superseded();
      }
    }
    if (!check() || token !== mine) throw new Superseded();
    body.replaceChildren(...rows);
    if (rows.length) rows[0].tabIndex = 0;
    const last = Math.min(items.length, from + PAGE);
    pager.querySelector(".range").textContent = `Rows ${(from + 1).toLocaleString("en")}–${last.toLocaleString("en")} of ${count}`;
    // Not disabled, which would drop the focus: a click at either end does nothing.
    previous.setAttribute("aria-disabled", String(from === 0));
    next.setAttribute("aria-disabled", String(last >= items.length));
  };
  const turn = (by) => {
    const to = first + by;
    if (to < 0 || to >= items.length) return;
    show(to, current).catch(() => {});
  };
  previous.onclick = () => turn(-PAGE);
  next.onclick = () => turn(PAGE);
  await show(0, current);
}

export function clearTable(name) {
  const section = document.getElementById(`${name}-panel`);
  if (!section) return;
  document.getElementById(`${name}-table`).tBodies[0].replaceChildren();
  section.querySelector(".pager").hidden = true;
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
export function placeOnTimeline(value) {
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

/** A date or time value in words ("Sunday 9 March 2025"), or null when it is not one the timeline places. */
function timeWords(value) {
  if (!/^\d{4}/.test(value)) return null;
  const { words } = placeOnTimeline(value);
  return words === value ? null : words;
}

/** The events with a date and the dates and times of the text, each {value, kind, tag, label, span, what, record}. */
async function timelineItems(r, check) {
  const items = [];
  for (const v of r.events ?? []) {
    if (!v.date || !/^\d{4}/.test(v.date.value)) continue;
    const place = v.location?.name;
    items.push({
      value: v.date.value, kind: "event", tag: "event", label: `${v.sub_type || v.type}${place ? ` — ${place}` : ""}`,
      span: v.trigger, what: `${v.type}, ${v.sub_type}`, record: { type: "event", item: v },
    });
    if (items.length % 512 === 0) await check();
  }
  for (const t of r.times) {
    if ((t.type !== "DATE" && t.type !== "TIME") || !/^\d{4}/.test(t.value)) continue;
    const tag = t.type === "TIME" ? "time" : "date";
    items.push({ value: t.value, kind: "time", tag, label: quoted(t.text.text), span: t.text, what: `${tag} ${t.value}`, record: { type: "time", item: t } });
    if (items.length % 512 === 0) await check();
  }
  return items;
}

/** The items grouped by value, in order of date: [{value, key, rank, words, items}]. */
async function timelineGroups(items, check) {
  const groups = new Map();
  for (const [i, item] of items.entries()) {
    if (!groups.has(item.value)) groups.set(item.value, { value: item.value, ...placeOnTimeline(item.value), items: [] });
    groups.get(item.value).items.push(item);
    if (i % 512 === 0) await check();
  }
  for (const g of groups.values()) {
    g.items.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
    await check();
  }
  return [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.rank - b.rank || (a.value < b.value ? -1 : 1)));
}

// Values a <time datetime> accepts: a year, a month, a day, a day and time, a week.
const HTML_DATETIME = /^(\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?|\d{4}-W\d{2})$/;
/** Timeline items shown at first, and added by each "Show more". */
const TIMELINE_PAGE = 80;

/** Fills the timeline with its first items; "Show more" adds more. */
export async function fillTimeline(result, current = () => true) {
  const check = async (frame = false) => {
    if (!current()) throw new Superseded();
    if (!due()) return;
    await (frame ? afterFrame() : yieldToBrowser());
    if (!current()) throw new Superseded();
  };
  const groups = await timelineGroups(await timelineItems(result, check), check);
  if (!current()) throw new Superseded();
  const list = document.getElementById("timeline");
  const more = document.getElementById("timeline-more");
  list.replaceChildren();
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  let group = 0;
  let inGroup = 0;
  let shown = 0;
  let open = null; // the list of the group being filled
  const add = async (n) => {
    const until = Math.min(total, shown + n);
    while (shown < until) {
      if (!current()) throw new Superseded();
      const g = groups[group];
      if (inGroup === 0) {
        const li = el("li", undefined, "tl-date");
        const when = el("time", g.words, "tl-when");
        if (HTML_DATETIME.test(g.value)) when.dateTime = g.value;
        li.append(when);
        if (g.words !== g.value) li.append(" ", el("span", g.value, "note"));
        open = el("ul", undefined, "tl-items");
        li.append(open);
        list.append(li);
      }
      const item = g.items[inGroup];
      const button = el("button", undefined, `tl-item tl-${item.kind}`);
      button.type = "button";
      button.append(el("span", item.tag, "tl-tag"), " ", item.label);
      // The name says what is shown, then when (the date heads the group, outside the button).
      button.setAttribute("aria-label", `${item.tag} ${item.label}, ${g.words}`);
      button.addEventListener("click", () => onPoint(item.span, item.kind, item.what, item.record));
      const entry = el("li");
      entry.append(button);
      open.append(entry);
      shown++;
      if (++inGroup === g.items.length) {
        group++;
        inGroup = 0;
      }
      await check(true);
    }
    more.hidden = shown >= total;
    more.textContent = `Show ${Math.min(TIMELINE_PAGE * 2, total - shown).toLocaleString("en")} more (${shown.toLocaleString("en")} of ${total.toLocaleString("en")} shown)`;
  };
  more.onclick = () => {
    const before = shown;
    add(TIMELINE_PAGE * 2).then(() => list.querySelectorAll(".tl-item")[before]?.focus(), () => {});
  };
  document.getElementById("timeline-empty").hidden = total > 0;
  list.hidden = total === 0;
  document.getElementById("timeline-hint").hidden = total === 0;
  await add(TIMELINE_PAGE);
}
