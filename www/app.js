// The demo: extracts in a worker and shows the result as marked text, tables and a timeline.
// User text is only ever inserted as text nodes (never as markup). Work on the main thread is
// done in slices (slices.js), so that the page answers while a large article is shown.
import { createClient } from "./pkg/worker.js";
import { EXAMPLE } from "./example.js";
import { unpack } from "./chunked.js";
import { context, recordTitle, recordFields } from "./records.js";
import { TextView, KINDS } from "./text-view.js";
import { TABLES, tableSection, fillTable, clearTable, fillTimeline, pointWith, el } from "./tables.js";
import { eventsCsv, jsonPieces, download } from "./export.js";
import { yieldToBrowser, afterFrame, Superseded } from "./slices.js";

const $ = (id) => document.getElementById(id);
const app = $("app");
const input = $("input");
const status = $("status");
const extractButton = $("extract");
const output = $("output-panel");

for (const slot of document.querySelectorAll("[data-table]")) slot.replaceWith(tableSection(slot.dataset.table));
const view = new TextView($("rendered"), $("legend"));

/** The result shown: {text, result, ctx, ms}. */
let last = null;
/** What a record last pointed to, shown over whichever layer is chosen: {span, kind, what, record}. */
let pointed = null;
/** The number of the latest request: work for an older one stops. */
let generation = 0;
/** The request the worker is on, and the one to send when it is done (a newer one replaces it). */
let inFlight = null;
let waiting = null;
/** How far the extractor has loaded: {phase: "download" | "compile" | "ready" | "failed", loaded, total, message}. */
let load = { phase: "download", loaded: 0, total: 0 };
/** The text being drawn (a promise), and a token that changes when a newer drawing starts. */
let drawing = null;
let drawToken = null;

// ---- status, progress and messages

const size = (bytes) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`);

function loadWords() {
  switch (load.phase) {
    case "failed": return `The extractor could not be loaded: ${load.message}`;
    case "compile": return "Compiling the extractor…";
    case "ready": return "Ready.";
    default:
      // In steps of 10%, so that screen readers are not told every 64 kB.
      return load.total
        ? `Loading the extractor: ${Math.floor(10 * loadedPart()) * 10}% of ${size(load.total)}…`
        : "Loading the extractor…";
  }
}

/**
 * How much of the module has arrived, from 0 to 1. A server that compresses it gives the
 * compressed size as its length, and more bytes than that arrive: never more than all of it.
 */
const loadedPart = () => Math.min(1, load.loaded / load.total);

function setStatus(words) {
  if (status.textContent !== words) status.textContent = words;
}

function onProgress(p) {
  load = { ...load, ...p };
  status.dataset.load = p.phase;
  const bar = $("progress");
  if (p.phase === "download" && p.total) bar.value = loadedPart();
  else if (p.phase === "compile") bar.removeAttribute("value"); // no measure of it: indeterminate
  bar.hidden = p.phase === "ready" || p.phase === "failed";
  if (app.dataset.state === "working") setStatus(load.phase === "ready" ? "Extracting…" : `Extracting once the extractor has loaded. ${loadWords()}`);
  else if (app.dataset.state !== "shown") setStatus(loadWords());
}

/** Shows `words` under the input: kind "error" (role alert) or "hint". */
function showMessage(kind, words) {
  const box = $("message");
  box.className = kind;
  box.textContent = words;
  box.hidden = false;
}

function hideMessage() {
  $("message").hidden = true;
  $("message").textContent = "";
}

function setWorking(on) {
  extractButton.setAttribute("aria-disabled", String(on));
  extractButton.textContent = on ? "Extracting…" : "Extract";
  output.setAttribute("aria-busy", String(on));
  app.setAttribute("aria-busy", String(on));
}

// ---- requests

function sameOptions(a, b) {
  return a.language === b.language && a.document_date === b.document_date;
}

/**
 * Extracts what the input holds. One request at a time goes to the worker; a request made while
 * one runs waits, and replaces any that was waiting; a result that is no longer the latest is not
 * shown. The same request twice is made once.
 */
function requestExtraction() {
  const text = input.value;
  const options = { language: $("language").value };
  if ($("document-date").value) options.document_date = $("document-date").value;
  if (!text.trim()) {
    generation++;
    waiting = null;
    clearResults();
    setWorking(false);
    app.dataset.state = "empty";
    setStatus(loadWords());
    showMessage("hint", "Nothing to extract yet: paste the text of a news article in the box, or load the example.");
    return;
  }
  const latest = waiting ?? inFlight;
  if (latest && latest.gen === generation && latest.text === text && sameOptions(latest.options, options)) return;
  waiting = { gen: ++generation, text, options };
  hideMessage();
  setWorking(true);
  app.dataset.state = "working";
  setStatus(load.phase === "ready" ? "Extracting…" : `Extracting once the extractor has loaded. ${loadWords()}`);
  pump();
}

async function pump() {
  if (inFlight || !waiting) return;
  const request = waiting;
  waiting = null;
  inFlight = request;
  let data;
  let error = null;
  try {
    data = await client.extract(request.text, request.options);
  } catch (e) {
    error = e;
  }
  inFlight = null;
  pump();
  if (request.gen !== generation) return;
  try {
    if (error) throw error;
    await show(request, data);
  } catch (e) {
    if (e instanceof Superseded || request.gen !== generation) return;
    fail(e);
  }
}

/** An error: the message in place of the results, which are about another text. */
function fail(error) {
  clearResults();
  setWorking(false);
  app.dataset.state = "error";
  setStatus(loadWords());
  showMessage("error", `Error: ${error?.message ?? error}`);
}

// ---- showing a result

function clearResults() {
  last = null;
  pointed = null;
  drawToken = null;
  drawing = null;
  output.hidden = true;
  view.clear();
  $("rendered").setAttribute("aria-busy", "false");
  for (const name of Object.keys(TABLES)) clearTable(name);
  $("timeline").replaceChildren();
  $("timeline-more").hidden = true;
  $("field-article").replaceChildren();
  $("counts").replaceChildren();
  $("timing").textContent = "";
  $("copy-status").textContent = "";
  clearRecord();
  resetRawJson();
}

async function show(request, data) {
  const current = () => request.gen === generation;
  setStatus("Reading the result…");
  const result = await unpack(data, current);
  await yieldToBrowser();
  if (!current()) return;
  clearResults();
  last = { text: request.text, result, ctx: context(result), ms: data?.ms ?? null };
  setStatus("Showing the result…");
  renderArticle(result.article);
  renderCounts(result, request.text);
  $("download-csv").disabled = !(result.events ?? []).length;
  output.hidden = false;
  await afterFrame();
  await draw(current).catch((e) => {
    // Another layer chosen meanwhile: its drawing goes on, and so do the tables.
    if (!(e instanceof Superseded) || !current()) throw e;
  });
  // A table at a time, each laid out in a frame of its own.
  for (const name of Object.keys(TABLES)) {
    await afterFrame();
    if (!current()) return;
    await fillTable(name, result, last.ctx, current);
  }
  await afterFrame();
  await fillTimeline(result, current);
  if (!current()) return;
  setWorking(false);
  app.dataset.state = "shown";
  setStatus(`Done: ${request.text.length.toLocaleString("en")} characters, language ${result.language === "fr" ? "French" : "English"}.`);
  performance.mark("reportage:shown");
}

/** Draws the text with the chosen layer; a newer drawing stops this one. */
function draw(current = () => true) {
  if (!last) return Promise.resolve();
  const token = {};
  drawToken = token;
  $("rendered").setAttribute("aria-busy", "true");
  const job = view.show(last.text, last.result, last.ctx, $("layer").value, () => current() && drawToken === token).then(() => {
    if (drawToken !== token) return;
    drawing = null;
    $("rendered").setAttribute("aria-busy", "false");
    if (pointed) point(false);
  });
  drawing = job;
  return job;
}

function renderArticle(a) {
  const dl = $("field-article");
  const row = (k, v) => {
    dl.append(el("dt", k));
    const dd = el("dd", v ?? "—");
    dd.dataset.field = k;
    dl.append(dd);
  };
  row("headline", a.headline?.text);
  row("standfirst", a.standfirst?.text);
  row("byline", a.byline?.text);
  if (a.dateline) row("dateline", a.dateline.text);
  row("published", a.published?.value);
  row("updated", a.updated?.value);
  row("reading time", a.reading_time_minutes == null ? null : `${a.reading_time_minutes} min`);
  for (const c of a.captions) {
    const credit = c.credit ? ` — ${[c.credit.photographer, c.credit.agency].filter(Boolean).join(" / ")}` : "";
    row("caption", c.text + credit + (c.repeats.length ? ` (printed ${c.repeats.length + 1}×)` : ""));
  }
  const boilerplate = a.boilerplate.slice(0, 20).map((b) => b.text).join(" ¶ ");
  row("boilerplate", boilerplate ? boilerplate + (a.boilerplate.length > 20 ? ` ¶ … (${a.boilerplate.length} in all)` : "") : null);
}

function renderCounts(r, text) {
  const dl = $("counts");
  const row = (k, v, name) => {
    dl.append(el("dt", k));
    const dd = el("dd", v);
    dd.dataset.count = name;
    dl.append(dd);
  };
  row("Language", r.language === "fr" ? "French" : "English", "language");
  row("Dates resolved against", r.document_date ?? "no date known", "document_date");
  row("Characters", text.length.toLocaleString("en"), "characters");
  row("Paragraphs", r.paragraphs.length.toLocaleString("en"), "paragraphs");
  row("Sentences", r.sentences.length.toLocaleString("en"), "sentences");
  $("timing").textContent = last.ms == null ? "" : `Extracted in ${Math.round(last.ms).toLocaleString("en")} ms, in a worker.`;
}

// ---- pointing to words and showing records

/** Shows `span` in the text whatever the layer (scrolled to, selected, flashing) and its record. */
function pointTo(span, kind, what, record) {
  if (!last || !span) return;
  pointed = { span, kind, what, record };
  if (record) showRecord(record);
  // While the text is being drawn, it is pointed to once it is.
  if (!drawing) point(true);
}

function point(scroll) {
  const { span, kind, what, record } = pointed;
  const mark = view.point(span, kind, KINDS[kind] ?? kind, record);
  if (!mark || !scroll) return;
  mark.scrollIntoView({ block: "center", inline: "nearest" });
  const range = document.createRange();
  range.selectNodeContents(mark);
  const selection = getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  $("pointer").textContent = `${what}: “${mark.textContent}”, selected in the text.`;
}
pointWith(pointTo);

function clearRecord() {
  $("record-body").hidden = true;
  $("record-hint").hidden = false;
  $("record-fields").replaceChildren();
  $("record-json").textContent = "";
}

function showRecord(record) {
  if (!last) return;
  $("record-title").textContent = recordTitle(record, last.ctx);
  const fields = recordFields(record, last.ctx).flatMap(([k, v]) => [el("dt", k), el("dd", v)]);
  $("record-fields").replaceChildren(...fields);
  const json = JSON.stringify(record.item, null, 2);
  $("record-json").textContent = json.length > 100_000 ? `${json.slice(0, 100_000)}\n…` : json;
  $("record-hint").hidden = true;
  $("record-body").hidden = false;
}

$("rendered").addEventListener("click", (e) => {
  const mark = e.target.closest?.("mark");
  if (!mark || !getSelection().isCollapsed) return;
  const found = view.markOf(mark);
  if (!found?.record) return;
  for (const m of $("rendered").querySelectorAll("mark[aria-current]")) m.removeAttribute("aria-current");
  mark.setAttribute("aria-current", "true");
  showRecord(found.record);
  const panel = $("record");
  const box = panel.getBoundingClientRect();
  if (box.top > innerHeight || box.bottom < 0) panel.scrollIntoView({ block: "nearest" });
});

// ---- copy and download

async function resultJson() {
  return jsonPieces(last.result);
}

$("copy-json").addEventListener("click", async () => {
  if (!last) return;
  const say = (words) => ($("copy-status").textContent = words);
  const json = (await resultJson()).join("");
  try {
    if (!navigator.clipboard?.writeText) throw new Error("this browser has no clipboard access for pages");
    await navigator.clipboard.writeText(json);
    say(`Copied the JSON (${size(json.length)}) to the clipboard.`);
  } catch (e) {
    say(`The browser did not let the page copy (${e?.message ?? e}). Use Download JSON instead, or copy from “The whole result as JSON” below.`);
    $("raw-json").open = true;
  }
});

$("download-json").addEventListener("click", async () => {
  if (!last) return;
  download("reportage.json", "application/json", await resultJson());
  $("copy-status").textContent = "The JSON is downloading as reportage.json.";
});

$("download-csv").addEventListener("click", () => {
  if (!last) return;
  download("reportage-events.csv", "text/csv;charset=utf-8", [eventsCsv(last.result)]);
  $("copy-status").textContent = "The events are downloading as reportage-events.csv.";
});

/** How much of the JSON the page shows as text (more would be slow to lay out). */
const RAW_LIMIT = 200_000;

function resetRawJson() {
  $("raw-json").open = false;
  $("raw-json-text").textContent = "";
  $("raw-json-note").textContent = "";
  delete $("raw-json").dataset.filled;
}

$("raw-json").addEventListener("toggle", async () => {
  const details = $("raw-json");
  if (!details.open || details.dataset.filled || !last) return;
  details.dataset.filled = "true";
  const shownFor = last;
  const pieces = await resultJson();
  if (last !== shownFor) return;
  const length = pieces.reduce((n, p) => n + p.length, 0);
  if (length <= RAW_LIMIT) {
    $("raw-json-text").textContent = JSON.stringify(last.result, null, 2);
    return;
  }
  let text = "";
  for (const p of pieces) {
    text += p;
    if (text.length >= RAW_LIMIT) break;
  }
  $("raw-json-note").textContent = `The first ${RAW_LIMIT.toLocaleString("en")} characters of ${length.toLocaleString("en")}; Download JSON has all of it.`;
  $("raw-json-text").textContent = `${text.slice(0, RAW_LIMIT)}…`;
});

// ---- controls

extractButton.addEventListener("click", () => {
  if (extractButton.getAttribute("aria-disabled") === "true") return;
  requestExtraction();
});
$("input-panel").addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    requestExtraction();
  }
});
$("load-example").addEventListener("click", () => {
  input.value = EXAMPLE;
  requestExtraction();
});
$("layer").addEventListener("change", () => {
  draw().catch((e) => {
    if (!(e instanceof Superseded)) fail(e);
  });
});
$("labels").addEventListener("change", (e) => $("rendered").classList.toggle("labelled", e.target.checked));

let client;
try {
  client = createClient({ worker: new URL("./extract-thread.js", import.meta.url), onProgress });
  client.ready.catch((e) => onProgress({ phase: "failed", message: e?.message ?? String(e) }));
} catch (e) {
  // Without a worker, every request fails with the reason.
  client = { extract: () => Promise.reject(e) };
  onProgress({ phase: "failed", message: e?.message ?? String(e) });
}
