// The side panel: lists the facts the service worker found in a tab, and shows each one in the
// page when it is clicked. It follows the active tab of its window; `panel.html?tab=<id>`
// pins it to one tab instead (to keep it open in a tab of its own).
//
// It reads the tab's state from chrome.storage.session ("tab:<id>", written by the service
// worker) and redraws when it changes. Everything from the page or the result is inserted as
// text (textContent), never as markup.

const $ = (id) => document.getElementById(id);
const pinned = new URLSearchParams(location.search).get("tab");
const key = (tabId) => `tab:${tabId}`;

/** The tab shown, and its state as last read. */
let tabId = pinned === null ? null : Number(pinned);
let state = null;

const APPROX = { more_than: "more than", at_least: "at least", about: "about", almost: "almost", up_to: "up to", fewer_than: "fewer than" };
const LANGUAGES = { en: "English", fr: "French" };

/** An element with text content and properties; children appended. */
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === "text") node.textContent = value;
    else if (name === "className") node.className = value;
    else node.setAttribute(name, value);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined && c !== ""));
  return node;
}

/** A list item holding one button; `spans` are the places in the page it shows in turn. */
function fact(main, detail, spans) {
  const button = el("button", { type: "button", className: "fact" }, el("span", { className: "main", text: main }));
  if (detail) button.append(el("span", { className: "detail", text: detail }));
  const places = spans.filter(Boolean);
  let next = 0;
  button.disabled = places.length === 0;
  button.title = places.length > 1 ? `Show in the page (${places.length} places, one per click)` : "Show in the page";
  button.addEventListener("click", () => {
    const span = places[next];
    next = (next + 1) % places.length;
    show(span);
  });
  return el("li", {}, button);
}

/** Fills a section's list and puts the count in its heading. */
function fill(id, items) {
  const list = $(id);
  list.replaceChildren(...(items.length ? items : [el("li", { className: "none", text: "None found." })]));
  const heading = $(`${id}-heading`);
  heading.querySelector(".count")?.remove();
  heading.append(el("span", { className: "count", text: ` (${items.length})` }));
}

/** The name of whoever a mention points to: its entity's name, else its own words. */
function namer(result) {
  const entities = new Map(result.entities.map((e) => [e.id, e]));
  return (mention) => (mention?.entity && entities.get(mention.entity)?.name) || mention?.text.text || "";
}

const within = (inner, outer) => outer.start <= inner.start && inner.end <= outer.end;

function renderFacts(result) {
  const nameOf = namer(result);
  const sources = (list) => (list.length ? `according to ${list.map((s) => nameOf(s)).join(", ")}` : "");

  const people = result.entities.filter((e) => e.type === "PERSON");
  fill("people", people.map((e) => fact(
    e.name,
    [e.roles.join(", "), e.mentions.length > 1 ? `${e.mentions.length} mentions` : ""].filter(Boolean).join(" · "),
    e.mentions,
  )));

  fill("quotes", result.quotes.map((q) => {
    const speaker = q.speaker
      ? `${q.speaker.named ? nameOf(q.speaker) : `${q.speaker.text.text} (not named)`}${q.speaker.role && q.speaker.named ? `, ${q.speaker.role}` : ""}`
      : "speaker unknown";
    const to = q.to ? `, to ${nameOf(q.to)}` : "";
    return fact(`“${q.text.text}”`, `— ${speaker}${to}`, [q.text]);
  }));

  // Casualty figures first, then the other figures with the sources of the claim they are in.
  const tolls = result.casualties.map((c) => {
    const count = `${c.count.approx ? `${APPROX[c.count.approx]} ` : ""}${c.count.value}`;
    const what = [c.victims && c.victims !== "people" ? c.victims : "", c.kind].filter(Boolean).join(" ");
    const detail = [
      c.mentions[0]?.text ? `“${c.mentions[0].text}”` : "",
      c.cause ? `by ${c.cause}` : "",
      c.location ? `in ${nameOf(c.location)}` : "",
      sources(c.sources),
      c.update ? "updated toll" : "",
    ].filter(Boolean).join(" · ");
    return fact(`${count} ${what}`, detail, c.mentions);
  });
  const tollSpans = result.casualties.flatMap((c) => c.mentions);
  const figures = result.quantities
    .filter((q) => !tollSpans.some((m) => m.start === q.text.start && m.end === q.text.end))
    .map((q) => {
      const claim = result.attributions.find((a) => within(q.text, a.claim));
      const value = q.range ? `${q.range[0]}–${q.range[1]}` : `${q.approx ? `${APPROX[q.approx]} ` : ""}${q.value}`;
      const read = `${value}${q.unit ? ` ${q.unit}` : ""}`;
      // The value as read, when the words do not already say it ("three" is 3, "12" is 12).
      const detail = [read === q.text.text || value === q.text.text ? "" : read, claim ? sources(claim.sources) : "no source given"]
        .filter(Boolean).join(" · ");
      return fact(q.text.text, detail, [q.text]);
    });
  fill("figures", [...tolls, ...figures]);

  fill("dates", result.times.map((t) => fact(t.text.text, `${t.value}${t.type === "DATE" ? "" : ` (${t.type.toLowerCase()})`}`, [t.text])));

  fill("events", result.events.map((v) => {
    const place = v.location ? [v.location.name, v.location.admin1, v.location.country].filter(Boolean).join(", ") : "";
    const detail = [
      `“${v.trigger.text}”`,
      v.date ? v.date.value : "",
      place,
      v.fatalities ? `${v.fatalities.approx ? `${APPROX[v.fatalities.approx]} ` : ""}${v.fatalities.value} dead` : "",
      v.actors.length ? v.actors.map((a) => nameOf(a)).join(", ") : "",
      v.certainty === "asserted" ? "" : v.certainty,
    ].filter(Boolean).join(" · ");
    return fact(`${v.type}: ${v.sub_type}`, detail, [v.trigger]);
  }));

  const places = result.entities.filter((e) => e.type === "ORG" || e.type === "GPE" || e.type === "LOC");
  fill("places", places.map((e) => fact(e.name, e.type === "ORG" ? "organisation" : "place", e.mentions)));
}

/** Redraws the panel from `state`. */
function render() {
  const status = $("status");
  status.className = "";
  $("notice").textContent = "";
  $("page-title").textContent = state?.title ?? "";
  $("analyse").disabled = tabId === null || state?.status === "working";
  $("clear").disabled = state?.status !== "done";
  $("facts").hidden = state?.status !== "done";
  if (tabId === null) {
    status.textContent = "There is no tab to analyse.";
  } else if (!state) {
    status.textContent = "Click the reportage button in the toolbar (or press Alt+Shift+R) to analyse the article in this tab.";
  } else if (state.status === "working") {
    status.textContent = "Analysing…";
  } else if (state.status === "error") {
    status.className = "error";
    status.textContent = state.error;
  } else {
    const r = state.result;
    const people = r.entities.filter((e) => e.type === "PERSON").length;
    status.textContent = `${LANGUAGES[r.language] ?? r.language} · ${people} people · ${r.quotes.length} quotes · ${state.painted} highlights · ${state.ms} ms`;
    renderFacts(r);
  }
}

/** Asks the content script to scroll to a span, select it and mark it. */
async function show(span) {
  const notice = $("notice");
  try {
    const answer = await chrome.tabs.sendMessage(tabId, { type: "reportage:reveal", start: span.start, end: span.end });
    if (!answer?.ok) throw new Error(answer?.error ?? "the page did not answer");
    notice.textContent = `Shown in the page: “${answer.text}”`;
  } catch (e) {
    const message = String(e?.message ?? e);
    notice.textContent = /Receiving end does not exist/.test(message)
      ? "The page has changed since it was analysed: analyse it again."
      : `Could not show it: ${message}`;
  }
}

/** Shows the state of another tab. */
async function follow(id) {
  tabId = id;
  const stored = id === null ? null : (await chrome.storage.session.get(key(id)))[key(id)] ?? null;
  // Another tab may have been activated while this one's state was read.
  if (tabId !== id) return;
  state = stored;
  render();
}

$("analyse").addEventListener("click", async () => {
  if (tabId === null) return;
  $("analyse").disabled = true;
  try {
    await chrome.runtime.sendMessage({ type: "reportage:analyse", tabId });
  } catch (e) {
    $("notice").textContent = `Could not start the analysis: ${e?.message ?? e}`;
    $("analyse").disabled = false;
  }
});

$("clear").addEventListener("click", async () => {
  try {
    await chrome.tabs.sendMessage(tabId, { type: "reportage:clear" });
    $("notice").textContent = "Highlights cleared.";
  } catch {
    $("notice").textContent = "The page has changed since it was analysed.";
  }
});

chrome.storage.onChanged.addListener((changes, area) => {
  if (area !== "session" || tabId === null || !(key(tabId) in changes)) return;
  state = changes[key(tabId)].newValue ?? null;
  render();
});

if (pinned === null) {
  const { id: windowId } = await chrome.windows.getCurrent();
  chrome.tabs.onActivated.addListener((info) => {
    if (info.windowId === windowId) follow(info.tabId);
  });
  const [tab] = await chrome.tabs.query({ active: true, windowId });
  await follow(tab?.id ?? null);
} else {
  await follow(Number.isInteger(tabId) ? tabId : null);
}
