// The example extension (examples/extension) loaded unpacked into Debian's Chromium, headless:
// built from the module in pkg/ or www/pkg/, then driven as a reader would drive it, on news
// pages served on loopback under `script-src 'none'` (no 'wasm-unsafe-eval'). The toolbar
// button is clicked through the DevTools protocol (Extensions.triggerAction), which grants
// activeTab as a real click does; the side panel's page is opened in a tab of its own, pinned
// to the news tab with ?tab=<id>.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { buildExtension } from "../../examples/extension/build.mjs";
import { chromiumPath } from "../e2e/browser.mjs";
import { serveFixtures } from "../dom/serve.mjs";

let server;
let context;
let profile;
let dist;
let worker;
let extensionId;

before(async () => {
  dist = await buildExtension(mkdtempSync(join(tmpdir(), "reportage-extension-")));
  server = await serveFixtures();
  profile = mkdtempSync(join(tmpdir(), "reportage-extension-profile-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    // Playwright turns extensions off by default.
    ignoreDefaultArgs: ["--disable-extensions"],
    args: [
      `--disable-extensions-except=${dist}`, `--load-extension=${dist}`,
      "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run",
    ],
    viewport: { width: 900, height: 700 },
  });
  worker = context.serviceWorkers().find((w) => w.url().endsWith("/background.js"))
    ?? (await context.waitForEvent("serviceworker", { predicate: (w) => w.url().endsWith("/background.js"), timeout: 20_000 }));
  extensionId = new URL(worker.url()).host;
});

after(async () => {
  await context?.close();
  await server?.close();
  for (const dir of [profile, dist]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The ids of the browser's tabs, as the extension sees them (no permission needed for ids). */
function tabIds() {
  return worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
}

/** Opens `url` in a new tab; resolves to `{ page, tabId }`, the id the extension knows it by. */
async function openTab(url) {
  const before = new Set(await tabIds());
  const page = await context.newPage();
  await page.goto(url);
  const added = (await tabIds()).filter((id) => !before.has(id));
  assert.equal(added.length, 1, `tabs opened: ${added}`);
  return { page, tabId: added[0] };
}

/** The state the service worker last recorded for tab `tabId`, or null. */
const recorded = (tabId) =>
  worker.evaluate(async (key) => (await chrome.storage.session.get(key))[key] ?? null, `tab:${tabId}`);

/**
 * Clicks the extension's toolbar button for the tab `tabId` showing `page`, in front as a reader's
 * would be. Headless Chromium now and then delivers a click sent through the DevTools protocol
 * right after a tab comes to the front without granting the page to the extension (which then
 * records that it may not read it), or not at all: a click that starts no analysis of the page
 * within a few seconds is sent again, as a reader would click again.
 */
async function clickToolbarButton(page, tabId) {
  await page.bringToFront();
  await expectSoon(() => worker.evaluate(async (id) => (await chrome.tabs.get(id)).active, tabId), "the tab did not come to the front");
  const before = (await recorded(tabId))?.at ?? null;
  const started = async () => {
    const now = await recorded(tabId);
    // Settled, and not refused: "working" comes first, the refusal after it.
    return (
      now !== null &&
      now.at !== before &&
      now.status !== "working" &&
      !(now.status === "error" && /may not read this page/.test(now.error))
    );
  };
  for (let attempt = 1; ; attempt++) {
    const cdp = await context.browser().newBrowserCDPSession();
    try {
      const { targetInfos } = await cdp.send("Target.getTargets", { filter: [{ type: "tab" }] });
      const tab = targetInfos.find((t) => t.url === page.url());
      assert.ok(tab, `no tab target for ${page.url()}`);
      await cdp.send("Extensions.triggerAction", { id: extensionId, targetId: tab.targetId });
    } finally {
      await cdp.detach();
    }
    try {
      await expectSoon(started, "the click gave no analysis of the page", 8_000);
      return;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
}

/** The service worker's record for a tab, once it is no longer "working". */
async function settledState(tabId) {
  let found = null;
  await expectSoon(async () => {
    found = await worker.evaluate(async (key) => (await chrome.storage.session.get(key))[key] ?? null, `tab:${tabId}`);
    return found !== null && found.status !== "working";
  }, `no analysis recorded for tab ${tabId}`);
  return found;
}

async function expectSoon(check, message, timeout = 20_000) {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) assert.fail(message);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Words under each reportage highlight in `page`, read from the page's own world. */
function highlightedWords(page) {
  return page.evaluate(() => {
    const out = {};
    for (const [name, h] of CSS.highlights) out[name] = [...h].map((range) => range.toString());
    return out;
  });
}

async function openPanel(tabId) {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/panel.html?tab=${tabId}`);
  return panel;
}

/** The facts a section lists, each as "main | detail". */
const listed = (panel, id) =>
  panel.$$eval(`#${id} li`, (items) => items.map((li) => [...li.querySelectorAll(".main, .detail")].map((s) => s.textContent).join(" | ")));

let news;
let newsTab;

test("the toolbar button highlights the article on a page whose CSP forbids WebAssembly", async () => {
  ({ page: news, tabId: newsTab } = await openTab(`${server.url}/none/en.html`));
  const wasm = await news.evaluate(() => WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(() => "compiled", (e) => e.name));
  assert.equal(wasm, "CompileError", "the page itself may not compile WebAssembly");
  const markup = await news.evaluate(() => document.documentElement.outerHTML);

  await clickToolbarButton(news, newsTab);
  const state = await settledState(newsTab);
  assert.equal(state.status, "done", state.error);
  assert.equal(state.url, news.url());
  assert.equal(state.title, "River floods cut off valley towns — The Daily Ledger");
  assert.ok(state.painted > 10);

  const words = await highlightedWords(news);
  assert.ok(words["reportage-person"]?.includes("Aisha Rahman"), JSON.stringify(words));
  assert.ok(words["reportage-person"].includes("Ruth Calloway") || words["reportage-person"].includes("Jane Roe"));
  assert.ok(words["reportage-speaker"].includes("Maria Okafor"));
  assert.ok(words["reportage-quote"].includes("We have never seen the river this high"));
  assert.ok(words["reportage-quote"].includes("Every road into town is under water."));
  assert.deepEqual(words["reportage-casualty"], ["two people", "400 people"]);
  assert.ok(words["reportage-time"].includes("Thursday"));
  assert.ok(words["reportage-gpe"].includes("Leeds"));
  assert.ok(words["reportage-event"].includes("floods"));
  for (const hidden of ["SECRETWORD", "GHOSTWORD", "Subscribe", "Politics", "cookies"]) {
    assert.ok(!Object.values(words).flat().some((w) => w.includes(hidden)), `${hidden} highlighted`);
  }
  assert.equal(await news.evaluate(() => document.documentElement.outerHTML), markup, "the page's markup is unchanged");
});

test("the side panel lists people, quotes with speakers, figures with sources, dates and events", async () => {
  const panel = await openPanel(newsTab);
  await panel.waitForSelector("#facts:not([hidden])");
  assert.match(await panel.textContent("#status"), /^English · \d+ people · 2 quotes · \d+ highlights · \d+ ms$/);
  assert.equal(await panel.textContent("#page-title"), "River floods cut off valley towns — The Daily Ledger");

  const people = await listed(panel, "people");
  for (const name of ["Maria Okafor", "Thomas Brennan", "Aisha Rahman"]) {
    assert.ok(people.some((p) => p === name || p.startsWith(`${name} | `)), `${name} not in ${JSON.stringify(people)}`);
  }
  assert.ok(!people.some((p) => /^e\d+$/.test(p)), "people are listed by name, not by id");
  const quotes = await listed(panel, "quotes");
  assert.ok(quotes.includes("“We have never seen the river this high” | — Maria Okafor, mayor of Marlow"), JSON.stringify(quotes));
  assert.ok(quotes.some((q) => q.startsWith("“Every road into town is under water.” | — Maria Okafor")));
  const figures = await listed(panel, "figures");
  assert.ok(figures.some((f) => f.startsWith("2 killed | “two people”") && f.includes("according to police")), JSON.stringify(figures));
  assert.ok(figures.includes("12 | according to police"), JSON.stringify(figures));
  assert.ok(
    figures.some((f) => f.startsWith("400 displaced | “400 people”") && f.includes("according to Thomas Brennan")),
    JSON.stringify(figures),
  );
  const dates = await listed(panel, "dates");
  assert.ok(dates.includes("Tuesday | 2025-03-04"), JSON.stringify(dates));
  assert.ok(dates.some((d) => d.startsWith("04/03/2025 09:15 | 2025-03-04T09:15")));
  const events = await listed(panel, "events");
  assert.ok(events.some((v) => v.startsWith("Disasters: Flood | “floods”") && v.includes("Marlow")), JSON.stringify(events));
  const places = await listed(panel, "places");
  assert.ok(places.includes("Leeds | place"));

  // A click shows the quote in the page: scrolled to, selected and marked as the focus.
  assert.equal(await news.evaluate(() => window.scrollY), 0);
  await panel.getByRole("button", { name: /Every road into town/ }).click();
  await expectSoon(async () => (await panel.textContent("#notice")).startsWith("Shown in the page"), "no notice after the click");
  assert.equal(await panel.textContent("#notice"), "Shown in the page: “Every road into town is under water.”");
  const shown = await news.evaluate(() => ({
    selected: getSelection().toString(),
    focus: [...CSS.highlights.get("reportage-focus")].map(String),
    scrolled: window.scrollY,
  }));
  assert.equal(shown.selected, "Every road into town is under water.");
  assert.deepEqual(shown.focus, ["Every road into town is under water."]);
  assert.ok(shown.scrolled > 300, `scrolled to ${shown.scrolled}`);

  // The keyboard works as well: Enter on a person's button shows the name.
  await panel.getByRole("button", { name: /^Aisha Rahman/ }).focus();
  await panel.keyboard.press("Enter");
  await expectSoon(async () => (await panel.textContent("#notice")) === "Shown in the page: “Aisha Rahman”", "Enter did not show the name");
  assert.equal(await news.evaluate(() => getSelection().toString()), "Aisha Rahman");

  // Clear highlights removes them from the page.
  await panel.click("#clear");
  await expectSoon(async () => (await panel.textContent("#notice")) === "Highlights cleared.", "no notice after clearing");
  assert.deepEqual(Object.keys(await highlightedWords(news)), []);
  await panel.close();
});

test("the panel reports pages it may not read, pages without text, and follows a new analysis", async () => {
  // A tab the reader has not clicked the button on: the extension has no access to it.
  const { page: french, tabId: frenchTab } = await openTab(`${server.url}/none/fr.html`);
  const panel = await openPanel(frenchTab);
  await expectSoon(async () => /Click the reportage button/.test(await panel.textContent("#status")), "no prompt to click the button");
  await panel.click("#analyse");
  await expectSoon(async () => (await panel.getAttribute("#status", "class")) === "error", "no error for a page without access");
  assert.match(await panel.textContent("#status"), /may not read this page yet: click its button in the toolbar/);
  assert.equal(await panel.isHidden("#facts"), true);

  // The button clicked on that tab: the open panel follows and lists the French facts.
  await clickToolbarButton(french, frenchTab);
  await panel.waitForSelector("#facts:not([hidden])");
  assert.match(await panel.textContent("#status"), /^French · /);
  const people = await listed(panel, "people");
  assert.ok(people.some((p) => p.startsWith("Jean-Luc Moreau")), JSON.stringify(people));
  assert.ok(people.some((p) => p.startsWith("Claire Vasseur")));
  const quotes = await listed(panel, "quotes");
  assert.ok(quotes.some((q) => q.startsWith("“Nous n'avons jamais vu une crue pareille” | — ")), JSON.stringify(quotes));
  const figures = await listed(panel, "figures");
  assert.ok(figures.some((f) => f.startsWith("2 missing | “deux personnes”") && f.includes("according to la préfecture")), JSON.stringify(figures));
  const words = await highlightedWords(french);
  assert.ok(words["reportage-person"].includes("Jean-Luc Moreau"), JSON.stringify(words));

  // Reloaded, the page has lost its highlights: the panel forgets its facts.
  await french.reload();
  await expectSoon(async () => /Click the reportage button/.test(await panel.textContent("#status")), "the panel kept the facts of a reloaded page");
  assert.equal(await panel.isHidden("#facts"), true);
  await panel.close();

  // A page with nothing to read.
  const { page: empty, tabId: emptyTab } = await openTab(`${server.url}/none/empty.html`);
  await clickToolbarButton(empty, emptyTab);
  const state = await settledState(emptyTab);
  assert.equal(state.status, "error");
  const emptyPanel = await openPanel(emptyTab);
  await expectSoon(async () => (await emptyPanel.textContent("#status")) === "No article text was found on this page.", "no message for an empty page");
  await emptyPanel.close();
});
