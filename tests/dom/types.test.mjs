// js/dom.d.ts beside the module's reportage.d.ts, as the package ships them: a TypeScript
// caller's right uses compile under --strict, and its wrong ones do not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { moduleDir, ROOT } from "./serve.mjs";

const USAGE = `
import {
  collectText, findArticle, highlight, clearHighlights, toRanges, rangeFor, reveal, spansOf, toUtf16,
  extractFromElement, highlightsSupported, LAYERS, DEFAULT_LAYERS, HIGHLIGHT_NAMES, HIGHLIGHT_CSS,
  type Collected, type RangedSpan, type Layer,
} from "./dom.js";
import init, { extract, type Extraction } from "./reportage.js";

declare const result: Extraction;
const collected: Collected = collectText(findArticle(document), { exclude: ".promo", keep: "aside.factbox" });
const text: string = collected.text;
const point = collected.map.point(0, "end");
if (point) point.node.data.slice(point.offset);
const maybe: Range | null = collected.map.range(0, 5) ?? rangeFor(collected, result.entities[0].mentions[0]);
const painted: RangedSpan[] = highlight(result, collected, { layers: ["entities", "quotes"], prefix: "mine" });
painted[0].range.toString();
toRanges(result, collected, { offsets: "codepoint" }).map((s) => [s.kind, s.layer, s.start]);
spansOf(result, DEFAULT_LAYERS).length;
const layer: Layer = "figures";
LAYERS[layer].includes("casualty");
HIGHLIGHT_NAMES.includes("reportage-person") && HIGHLIGHT_CSS.length;
toUtf16(text, "utf8")(3);
if (highlightsSupported()) clearHighlights({ prefix: "mine" });
if (maybe) reveal(maybe, { select: false }).toUpperCase();
(async () => {
  await init();
  const a = await extractFromElement(document.body, { language: "fr", exclude: "nav" });
  a.result.entities.map((e) => e.name);
  a.ranges.filter((s) => s.kind === "person");
  await extractFromElement(document.body, {}, extract);
  await extractFromElement(document.body, {}, async (t, o) => extract(t, o));
  // @ts-expect-error only UTF-16 offsets map to the DOM
  await extractFromElement(document.body, { offsets: "utf8" });
  // @ts-expect-error the extract function returns an Extraction
  await extractFromElement(document.body, {}, (t: string) => t.length);
})();
// @ts-expect-error no such layer
highlight(result, collected, { layers: ["people"] });
// @ts-expect-error the root is an Element
collectText("article");
// @ts-expect-error a side is "start" or "end"
collected.map.point(0, "middle");
`;

test("dom.d.ts types a caller's uses and rejects wrong ones", () => {
  const dir = mkdtempSync(join(tmpdir(), "reportage-dom-types-"));
  try {
    copyFileSync(join(moduleDir(), "reportage.d.ts"), join(dir, "reportage.d.ts"));
    copyFileSync(join(ROOT, "js/dom.d.ts"), join(dir, "dom.d.ts"));
    writeFileSync(join(dir, "usage.ts"), USAGE);
    const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
    const run = spawnSync(
      process.execPath,
      [tsc, "--noEmit", "--strict", "--target", "es2022", "--module", "es2022", "--moduleResolution", "bundler", "--lib", "es2022,dom", join(dir, "usage.ts")],
      { encoding: "utf8" },
    );
    assert.equal(run.status, 0, run.stdout + run.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
