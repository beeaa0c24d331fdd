// The demo page in headless Chromium: paste an article, click Extract, read what is shown.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { openDemo } from "./browser.mjs";

let demo;
const consoleErrors = [];

before(async () => {
  demo = await openDemo();
  demo.page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  demo.page.on("pageerror", (e) => consoleErrors.push(String(e)));
  await demo.page.goto(demo.url);
  await demo.page.waitForFunction(() => document.getElementById("status").textContent === "ready");
});

after(async () => {
  await demo?.close();
});

const ARTICLE = `Dam failure floods villages in southern Ukraine

Thousands were evacuated overnight, regional authorities said.

Published on 06/06/2023 08:10

Water covers a street in a village near Kherson, southern Ukraine, on June 6, 2023. (OLENA PETRENKO / Reuters)

Rescuers in boats moved from house to house on Tuesday. "We have lost everything," a resident told local television.

The regional governor said 22 settlements had been flooded.

-

Read also: How the river crossing changed the war`;

async function extractShown(text) {
  await demo.page.fill("#input", text);
  await demo.page.click("#extract");
  await demo.page.waitForSelector("#output-panel:not([hidden])");
  assert.match(await demo.page.textContent("#status"), /^language: /);
}

test("pasting an article and clicking Extract shows its layout", async () => {
  await extractShown(ARTICLE);
  const field = (name) => demo.page.textContent(`#field-article dd[data-field="${name}"]`);
  assert.equal(await field("headline"), "Dam failure floods villages in southern Ukraine");
  assert.equal(await field("standfirst"), "Thousands were evacuated overnight, regional authorities said.");
  assert.equal(await field("published"), "2023-06-06T08:10");
  assert.match(await field("caption"), /Olena Petrenko \/ Reuters$/);
  assert.match(await demo.page.textContent("#field-paragraphs summary"), /paragraphs \(2\)/);
  const marks = await demo.page.$$eval("#rendered mark", (ms) => ms.map((m) => [m.className, m.textContent]));
  assert.ok(marks.some(([k, t]) => k === "boilerplate" && t.startsWith("Read also")), JSON.stringify(marks));
  assert.ok(marks.some(([k, t]) => k === "headline" && t.startsWith("Dam failure")));
  assert.equal(await demo.page.textContent("#rendered"), ARTICLE, "the rendered text is the input, unchanged");
});

test("each layer highlights what was found, and the panels list it", async () => {
  await extractShown(ARTICLE);
  await demo.page.selectOption("#layer", "entities");
  const entities = await demo.page.$$eval("#rendered mark", (ms) => ms.map((m) => [m.className, m.textContent]));
  assert.ok(entities.some(([k, t]) => k === "entity-GPE" && t === "Kherson"), JSON.stringify(entities));
  await demo.page.selectOption("#layer", "quotes");
  const quotes = await demo.page.$$eval("#rendered mark", (ms) => ms.map((m) => [m.className, m.textContent]));
  assert.ok(quotes.some(([k, t]) => k === "quote" && t === "We have lost everything"), JSON.stringify(quotes));
  assert.ok(quotes.some(([k, t]) => k === "speaker" && t === "a resident"), JSON.stringify(quotes));
  await demo.page.selectOption("#layer", "figures");
  assert.ok((await demo.page.$$eval("#rendered mark.quantity", (ms) => ms.map((m) => m.textContent))).includes("22"));
  await demo.page.selectOption("#layer", "times");
  assert.ok((await demo.page.$$eval("#rendered mark.time", (ms) => ms.map((m) => m.textContent))).includes("Tuesday"));
  assert.match(await demo.page.textContent("#field-entities summary"), /entities \([1-9]\d*\)/);
  await demo.page.selectOption("#layer", "layout");
});

test("the example article loads and extracts", async () => {
  await demo.page.click("#load-example");
  await demo.page.waitForSelector("#output-panel:not([hidden])");
  assert.ok((await demo.page.inputValue("#input")).length > 500);
  assert.notEqual(await demo.page.textContent(`#field-article dd[data-field="headline"]`), "—");
});

test("a bad option is reported in the page, not thrown away", async () => {
  await demo.page.fill("#input", "Some text.");
  await demo.page.evaluate(() => {
    const select = document.getElementById("language");
    select.append(new Option("de", "de"));
    select.value = "de";
  });
  await demo.page.click("#extract");
  const message = await demo.page.textContent("#status");
  assert.match(message, /^Error: /);
  assert.match(message, /`language`/);
  assert.match(message, /"de"/);
  await demo.page.selectOption("#language", "auto");
});

test("pasted markup is shown as text and never runs", async () => {
  const requests = [];
  demo.page.on("request", (r) => requests.push(r.url()));
  const hostile = `<script>window.__ran = 1</script><img src=x onerror="window.__ran = 2">
<b onmouseover="window.__ran = 3">Headline with markup</b>

Published on 01/02/2025 10:00

<iframe src="javascript:window.__ran=4"></iframe> Body text mentions <a href="javascript:alert(1)">a link</a>.`;
  await extractShown(hostile);
  await demo.page.hover("#rendered");
  assert.equal(await demo.page.evaluate(() => window.__ran), undefined);
  assert.equal(await demo.page.$$eval("#rendered img, #rendered script, #rendered iframe, #rendered b, #rendered a", (n) => n.length), 0);
  assert.equal(await demo.page.textContent("#rendered"), hostile);
  assert.deepEqual(requests, [], "no network request after load");
});

test("no errors reached the console", () => {
  assert.deepEqual(consoleErrors, []);
});
