// `import { extract } from "reportage"` through bundlers, with their default settings: the
// package installed from its tarball, a page script and a module worker of the page's own
// bundled by esbuild and by Vite, each output directory served alone (nothing copied into it
// by hand) with a strict Content-Security-Policy, and run in headless Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { CHECKS_JS, EN, FR, PAGE_HTML, bin, browser, installPackage, listFiles, run } from "./helpers.mjs";

const APP_JS = `
import * as reportage from "reportage";
import { createClient } from "reportage/worker";
import { checkClient, checkEntry, fromWorker, report } from "./checks.js";

report(async () => ({
  page: await checkEntry(reportage),
  worker: await fromWorker(new URL("./own-worker.js", import.meta.url)),
  // The worker client needs the bundler to bundle its worker (Vite does, esbuild does not).
  client: new URLSearchParams(location.search).has("client") ? await checkClient(createClient) : null,
}));
`;
const OWN_WORKER_JS = `
import * as reportage from "reportage";
import { checkEntry } from "./checks.js";
checkEntry(reportage).then((outcome) => postMessage(outcome), (e) => postMessage({ error: String(e?.stack ?? e) }));
`;
// In Vite, the worker's URL has to be written inside the Worker constructor to be bundled.
const APP_VITE_JS = APP_JS.replace(
  'fromWorker(new URL("./own-worker.js", import.meta.url))',
  'fromWorker(new Worker(new URL("./own-worker.js", import.meta.url), { type: "module" }))',
);
const CHECKS_VITE_JS = CHECKS_JS.replace(
  "const worker = new Worker(url, { type: \"module\" });",
  "const worker = url instanceof Worker ? url : new Worker(url, { type: \"module\" });",
);

let project;
let chromium;
before(async () => {
  project = installPackage({
    "esbuild/app.js": APP_JS,
    "esbuild/own-worker.js": OWN_WORKER_JS,
    "esbuild/checks.js": CHECKS_JS,
    "vite/index.html": PAGE_HTML("./app.js"),
    "vite/app.js": APP_VITE_JS,
    "vite/own-worker.js": OWN_WORKER_JS,
    "vite/checks.js": CHECKS_VITE_JS,
  });
  chromium = await browser();
});
after(async () => {
  await chromium?.close();
  project?.remove();
});

const person = (name) => ({ language: name === "Emmanuel Macron" ? "fr" : "en", name, text: name, slice: name });
function assertEntry(outcome, version, where) {
  assert.equal(outcome.error, undefined, `${where}: ${outcome.error}`);
  assert.match(outcome.beforeInit ?? "", /await init\(\)/, `${where}: extract before init says to call init`);
  assert.equal(outcome.version, version, where);
  assert.deepEqual(outcome.en, person("Keir Starmer"), `${where}: ${EN}`);
  assert.deepEqual(outcome.fr, person("Emmanuel Macron"), `${where}: ${FR}`);
  assert.match(outcome.badOption ?? "", /language/, where);
}

test("esbuild --bundle --format=esm: the page and its own worker find the module with nothing copied", async () => {
  const dir = join(project.dir, "esbuild");
  run(bin("esbuild"), ["app.js", "own-worker.js", "--bundle", "--format=esm", "--outdir=dist", "--log-level=warning"], { cwd: dir });
  const dist = join(dir, "dist");
  writeFileSync(join(dist, "index.html"), PAGE_HTML("./app.js"));
  assert.deepEqual(listFiles(dist).sort(), ["app.js", "index.html", "own-worker.js"], "the bundles are all there is");
  const { outcome, problems } = await chromium.load(dist);
  assertEntry(outcome.page ?? outcome, project.manifest.version, "esbuild page");
  assertEntry(outcome.worker, project.manifest.version, "esbuild worker");
  assert.deepEqual(problems, []);
});

test("vite build: the page, its own worker and the reportage/worker client", async () => {
  const dir = join(project.dir, "vite");
  run(process.execPath, [bin("vite"), "build", "--logLevel", "warn"], { cwd: dir, env: { ...process.env, NO_COLOR: "1" } });
  const dist = join(dir, "dist");
  const { outcome, problems } = await chromium.load(dist, "?client");
  assertEntry(outcome.page ?? outcome, project.manifest.version, "vite page");
  assertEntry(outcome.worker, project.manifest.version, "vite worker");
  const client = outcome.client;
  assert.deepEqual(client.en, person("Keir Starmer"));
  assert.deepEqual(client.fr, person("Emmanuel Macron"));
  assert.equal(client.ready, "resolved");
  assert.equal(client.phases.at(-1), "ready");
  assert.match(client.badOption, /language/);
  assert.match(client.pendingAtTerminate, /terminated/);
  assert.deepEqual(problems.filter((p) => !p.includes("no-such-module")), []);
});
