// js/dom.js in headless Chromium, on news pages served with a strict Content-Security-Policy:
// what text it collects, whether every span maps back to a Range over the same words, and
// whether highlighting leaves the page's markup alone. The extraction itself runs here in Node
// (the page may not compile WebAssembly), except in the test of extractFromElement's own import.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { chromiumPath } from "../e2e/browser.mjs";
import { moduleDir, serveFixtures } from "./serve.mjs";

const reportage = await import(pathToFileURL(join(moduleDir(), "reportage.js")).href);
reportage.initSync({ module: readFileSync(join(moduleDir(), "reportage_bg.wasm")) });

let server;
let browser;
let page;
const pageErrors = [];

before(async () => {
  server = await serveFixtures();
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"],
  });
  page = await browser.newPage({ viewport: { width: 900, height: 700 } });
  page.on("pageerror", (e) => pageErrors.push(String(e)));
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a test page and imports js/dom.js into it as `window.dom`. */
async function open(path) {
  await page.goto(`${server.url}${path}`);
  await page.evaluate(async () => {
    window.dom = await import("/lib/dom.js");
  });
}

/** Collects the page's article text and keeps it as `window.collected`; returns the text. */
function collect(root = "article") {
  return page.evaluate((selector) => {
    window.collected = window.dom.collectText(selector === "article" ? window.dom.findArticle(document) : document.querySelector(selector));
    return window.collected.text;
  }, root);
}

const ALL_LAYERS = ["layout", "sentences", "entities", "quotes", "attributions", "figures", "times", "events"];

/** The spans of every layer as the page maps them: [kind, start, end, range text, both ends in Text nodes]. */
function mapped(result, offsets = "utf16") {
  return page.evaluate(
    ({ result, offsets, layers }) =>
      window.dom.toRanges(result, window.collected, { layers, offsets }).map((s) => [
        s.kind, s.start, s.end, s.range.toString(),
        s.range.startContainer.nodeType === Node.TEXT_NODE && s.range.endContainer.nodeType === Node.TEXT_NODE,
      ]),
    { result, offsets, layers: ALL_LAYERS },
  );
}

const squeeze = (s) => s.replace(/\s+/g, "");

test("collects the article a reader sees, in blocks, and nothing hidden or around it", async () => {
  await open("/strict/en.html");
  const text = await collect();
  assert.ok(text.startsWith("River floods cut off valley towns\n\nRescue teams reached three villages"), JSON.stringify(text.slice(0, 80)));
  // The caption with its credit; inline markup joined; white space collapsed; <br> a line break.
  assert.match(text, /\n\nVolunteers carry supplies .* \(Jane Roe \/ AFP\)\n\n/);
  assert.ok(text.includes("two people were killed"));
  assert.ok(text.includes(`"We have never seen the river this high," said Maria Okafor, the mayor of Marlow. "Every road`), text);
  assert.ok(text.includes("The regional governor, Thomas Brennan, said 400 people had been moved to shelters\nin schools and churches."));
  assert.ok(text.includes("Thursday. 🌊 Emergency crews from Leeds"));
  for (const hidden of [
    "Daily Ledger", "Politics", "Subscribe", "cookies", "Accept all", "Share", "SECRETWORD", "GHOSTWORD", "TRACKERTEXT",
    "old paragraph", "Advertisement", "Read more", "Drought", "DECORATIVE", "Enable JavaScript", "TEMPLATETEXT", "unused",
    "All rights reserved",
  ]) {
    assert.ok(!text.includes(hidden), `"${hidden}" was collected`);
  }
  assert.equal(text, text.trim());
  assert.doesNotMatch(text, /  |\n\n\n| \n|\n /);
  // From the whole body, the site's header, navigation, cookie banner and footer stay out too.
  const body = await collect("body");
  assert.equal(body, text);

  // The caller may keep furniture and leave out more; what is hidden stays out.
  const chosen = await page.evaluate(() =>
    window.dom.collectText(document.querySelector("article"), { keep: "aside, .hidden-by-css, script", exclude: ".byline" }).text);
  assert.ok(chosen.includes("\n\nRead more\n\nDrought warnings issued across the south\n\n"), chosen);
  assert.ok(!chosen.includes("Ruth Calloway"));
  assert.ok(!chosen.includes("SECRETWORD") && !chosen.includes("TRACKERTEXT"));
});

test("block boundaries, tables, preserved white space, invisible characters, closed details, slots and hidden parents", async () => {
  await open("/strict/en.html");
  const text = await page.evaluate(() => {
    const box = document.createElement("section");
    const add = (html) => {
      const el = document.createElement("div");
      el.innerHTML = html;
      box.append(el);
      return el;
    };
    add("<table><tr><td>Killed</td><td>12</td></tr><tr><td>Missing</td><td>3</td></tr></table>");
    add("<pre>line one\n  indented</pre>");
    add("Some<b>thing</b> in bold, a soft hy\u00adphen and a zero\u200bwidth space");
    add("<details><summary>Summary shown</summary>Details closed</details>");
    add("<span class='contents'>Inside display contents</span>").firstChild.style.display = "contents";
    const parent = add("Parent hidden <span>child visible</span>");
    parent.style.visibility = "hidden";
    parent.firstElementChild.style.visibility = "visible";
    add("Line one<br><br>Paragraph two");
    add("first   line\n   second line").style.whiteSpace = "pre-line";
    const host = add("<span>Slotted child</span><span slot='nowhere'>Unslotted child</span>");
    host.attachShadow({ mode: "open" }).append(document.createElement("slot"));
    document.body.append(box);
    return window.dom.collectText(box).text;
  });
  assert.equal(
    text,
    "Killed\t12\nMissing\t3\n\nline one\n  indented\n\nSomething in bold, a soft hyphen and a zerowidth space\n\n" +
      "Summary shown\n\nInside display contents\n\nchild visible\n\nLine one\n\nParagraph two\n\nfirst line\nsecond line\n\n" +
      "Slotted child",
  );
});

test("every span of every layer maps to a Range over the same words, inside Text nodes", async () => {
  for (const [path, language] of [["/strict/en.html", "en"], ["/strict/fr.html", "fr"]]) {
    await open(path);
    const text = await collect();
    const result = reportage.extract(text, {});
    assert.equal(result.language, language);
    const spans = await mapped(result);
    const expected = (await page.evaluate((r) => window.dom.spansOf(r, ["layout", "sentences", "entities", "quotes", "attributions", "figures", "times", "events"]).length, result));
    assert.equal(spans.length, expected, "every span has a range");
    assert.ok(spans.length > 20, `${path}: only ${spans.length} spans`);
    for (const [kind, start, end, rangeText, inText] of spans) {
      assert.ok(inText, `${kind} ${start}-${end} does not start and end in Text nodes`);
      // The page's white space is collapsed in the text and line breaks are added between
      // blocks; the words are the same.
      assert.equal(squeeze(rangeText), squeeze(text.slice(start, end)), `${kind} ${start}-${end}`);
    }
  }
});

test("names across inline markup, after an emoji and in French map to exactly their words", async () => {
  await open("/strict/en.html");
  let result = reportage.extract(await collect(), {});
  let spans = await mapped(result);
  const words = (kind) => spans.filter((s) => s[0] === kind).map((s) => s[3]);
  // Across <a> and <em>; inside <b>; after a surrogate pair; a quote beside a hidden span.
  assert.ok(words("person").includes("Maria Okafor"), JSON.stringify(words("person")));
  assert.ok(words("person").includes("Aisha Rahman"));
  assert.ok(words("casualty").includes("two people"));
  assert.ok(words("quote").includes("We have never seen the river this high"));
  assert.ok(words("quote").includes("Every road into town is under water."));
  assert.ok(words("speaker").includes("Maria Okafor"));
  assert.ok(words("gpe").includes("Leeds"));
  assert.ok(words("time").includes("Thursday"));
  assert.ok(words("credit").includes("Jane Roe / AFP"));
  assert.ok(words("headline").includes("River floods cut off valley towns"));

  await open("/strict/fr.html");
  const text = await collect();
  assert.ok(text.includes("«\u00a0Nous n'avons jamais vu une crue pareille\u00a0»"), "non-breaking spaces are kept");
  result = reportage.extract(text, {});
  spans = await mapped(result);
  assert.ok(words("person").includes("Jean-Luc Moreau"), JSON.stringify(words("person")));
  assert.ok(words("person").includes("Claire Vasseur"));
  assert.ok(words("quote").includes("Nous n'avons jamais vu une crue pareille"));
  assert.ok(words("time").includes("jeudi"));
  assert.ok(words("headline").includes("Crue de la Drôme\u00a0: trois villages évacués"));
});

test("results with code point or UTF-8 offsets map to the same Ranges", async () => {
  await open("/strict/en.html");
  const text = await collect();
  assert.ok(text.includes("🌊"));
  const utf16 = await mapped(reportage.extract(text, {}));
  assert.deepEqual(await mapped(reportage.extract(text, { offsets: "codepoint" }), "codepoint"), utf16);
  assert.deepEqual(await mapped(reportage.extract(text, { offsets: "utf8" }), "utf8"), utf16);
});

test("highlight registers one Highlight per kind without touching the markup; clear removes them", async () => {
  await open("/strict/en.html");
  // This page may not compile WebAssembly: the DOM helpers must not need it.
  const wasm = await page.evaluate(() => WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(() => "compiled", (e) => e.name));
  assert.equal(wasm, "CompileError");
  const result = reportage.extract(await collect(), {});
  const before = await page.evaluate(() => {
    CSS.highlights.set("page-own", new Highlight());
    return [document.documentElement.outerHTML, document.body.innerHTML];
  });
  const state = await page.evaluate((r) => {
    const painted = window.dom.highlight(r, window.collected, { layers: ["entities", "quotes", "figures", "times", "events"] });
    const names = [...CSS.highlights.keys()].sort();
    const words = (name) => [...(CSS.highlights.get(name) ?? [])].map((range) => range.toString());
    return { count: painted.length, names, person: words("reportage-person"), quote: words("reportage-quote"), casualty: words("reportage-casualty") };
  }, result);
  for (const name of ["reportage-person", "reportage-gpe", "reportage-quote", "reportage-speaker", "reportage-casualty", "reportage-quantity", "reportage-time", "reportage-event"]) {
    assert.ok(state.names.includes(name), `${name} not in ${state.names}`);
  }
  assert.ok(state.names.every((n) => n === "page-own" || n.startsWith("reportage-")));
  assert.ok(state.person.includes("Maria Okafor") && state.person.includes("Thomas   Brennan"), JSON.stringify(state.person));
  assert.ok(state.quote.includes("We have never seen the river this high"));
  // The dead, and the people moved to shelters (displaced).
  assert.deepEqual(state.casualty, ["two people", "400 people"]);
  assert.deepEqual(await page.evaluate(() => [document.documentElement.outerHTML, document.body.innerHTML]), before, "the markup is unchanged");

  // Painted, for real: the person colour of HIGHLIGHT_CSS shows under "Aisha Rahman".
  const box = await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(window.dom.HIGHLIGHT_CSS);
    document.adoptedStyleSheets = [sheet];
    const range = [...CSS.highlights.get("reportage-person")].find((r) => r.toString() === "Aisha Rahman");
    range.startContainer.parentElement.scrollIntoView({ block: "center" });
    const r = range.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
  const shot = await page.screenshot({ clip: box });
  assert.ok(await hasColour(shot, [0xff, 0xd9, 0xe8]), "no pixel of the person colour under the name");

  // A second call replaces the first; layers limit what is painted.
  const again = await page.evaluate((r) => {
    window.dom.highlight(r, window.collected, { layers: ["times"] });
    return [...CSS.highlights.keys()].sort();
  }, result);
  assert.deepEqual(again, ["page-own", "reportage-time"]);

  const cleared = await page.evaluate(() => {
    window.dom.clearHighlights();
    return [...CSS.highlights.keys()];
  });
  assert.deepEqual(cleared, ["page-own"], "the page's own highlight is left alone");
  assert.deepEqual(await page.evaluate(() => [document.documentElement.outerHTML, document.body.innerHTML]), before);
});

test("reveal scrolls to a span below the fold, selects it and paints it as the focus", async () => {
  await open("/strict/en.html");
  const result = reportage.extract(await collect(), {});
  const state = await page.evaluate((r) => {
    const before = window.scrollY;
    const quote = window.dom.toRanges(r, window.collected, { layers: ["quotes"] }).find((s) => s.kind === "quote");
    const said = window.dom.reveal(quote.range);
    const rect = quote.range.getBoundingClientRect();
    return {
      before, after: window.scrollY, said, selected: getSelection().toString(), focus: [...CSS.highlights.get("reportage-focus")].map(String),
      inView: rect.top >= 0 && rect.bottom <= innerHeight,
    };
  }, result);
  assert.equal(state.before, 0);
  assert.ok(state.after > 300, `scrolled to ${state.after}`);
  assert.ok(state.inView);
  assert.equal(state.said, "We have never seen the river this high");
  assert.equal(state.selected, state.said);
  assert.deepEqual(state.focus, [state.said]);
});

test("extractFromElement runs the module itself where the page may compile it, or a given function", async () => {
  await open("/wasm/en.html");
  const own = await page.evaluate(async () => {
    const { result, collected, ranges } = await window.dom.extractFromElement(window.dom.findArticle(document), { language: "en" });
    return {
      language: result.language,
      same: collected.text.length > 0 && result.sentences.every((s) => collected.text.slice(s.start, s.end) === s.text),
      people: ranges.filter((s) => s.kind === "person").map((s) => s.range.toString()),
      layers: [...new Set(ranges.map((s) => s.layer))].sort(),
    };
  });
  assert.equal(own.language, "en");
  assert.ok(own.same);
  assert.ok(own.people.includes("Maria Okafor"), JSON.stringify(own.people));
  assert.deepEqual(own.layers, [...ALL_LAYERS].sort());

  // A given function (here asynchronous, as a worker's or an extension's would be) gets the text and UTF-16 offsets.
  const given = await page.evaluate(async () => {
    const calls = [];
    const { ranges } = await window.dom.extractFromElement(document.querySelector("h1"), { language: "en" }, async (text, options) => {
      calls.push([text, options]);
      return {
        article: { captions: [], boilerplate: [] }, sentences: [], entities: [{ id: "e1", type: "LOC", name: "valley", aliases: [], roles: [], mentions: [{ start: 21, end: 27, text: "valley" }] }],
        quotes: [], attributions: [], quantities: [], casualties: [], times: [], events: [],
      };
    });
    return { calls, words: ranges.map((s) => [s.kind, s.range.toString()]) };
  });
  assert.deepEqual(given.calls, [["River floods cut off valley towns", { language: "en", offsets: "utf16" }]]);
  assert.deepEqual(given.words, [["loc", "valley"]]);

  const refused = await page.evaluate(async () => {
    const reasons = [];
    for (const attempt of [
      () => window.dom.extractFromElement(document.body, { offsets: "utf8" }),
      () => window.dom.extractFromElement(document.querySelector(".photo")),
      () => window.dom.extractFromElement(document.querySelector("h1"), { language: "de" }),
    ]) {
      try {
        await attempt();
        reasons.push(null);
      } catch (e) {
        reasons.push(e.message);
      }
    }
    return reasons;
  });
  assert.match(refused[0], /UTF-16/);
  assert.match(refused[1], /no visible text/);
  assert.match(refused[2], /language/);
});

test("a page with nothing visible to read gives empty text", async () => {
  await open("/strict/empty.html");
  assert.equal(await collect(), "");
  assert.equal(await collect("body"), "");
  assert.deepEqual(pageErrors, []);
});

/** Whether a PNG screenshot holds a pixel of `rgb` (within 3 per channel). */
async function hasColour(png, [r, g, b]) {
  const pixels = await page.evaluate(async (bytes) => {
    const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: "image/png" }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext("2d");
    context.drawImage(bitmap, 0, 0);
    return Array.from(context.getImageData(0, 0, bitmap.width, bitmap.height).data);
  }, [...png]);
  for (let i = 0; i < pixels.length; i += 4) {
    if (Math.abs(pixels[i] - r) <= 3 && Math.abs(pixels[i + 1] - g) <= 3 && Math.abs(pixels[i + 2] - b) <= 3) return true;
  }
  return false;
}
