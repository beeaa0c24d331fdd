// The package in a page with no bundler, as installed from its tarball and served as it is
// (index.js fetches reportage_bg.wasm beside it), with a strict Content-Security-Policy: in the
// page, in a module worker of the page's own, and through the reportage/worker client.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { CHECKS_JS, PAGE_HTML, browser, installPackage } from "./helpers.mjs";

const ENTRY = "./node_modules/reportage/index.js";
let project;
let chromium;
before(async () => {
  project = installPackage({
    "checks.js": CHECKS_JS,
    "index.html": PAGE_HTML("./page.js"),
    "page.js": `
      import * as reportage from "${ENTRY}";
      import { checkEntry, fromWorker, report } from "./checks.js";
      report(async () => ({ page: await checkEntry(reportage), worker: await fromWorker("./own-worker.js") }));
    `,
    "own-worker.js": `
      import * as reportage from "${ENTRY}";
      import { checkEntry } from "./checks.js";
      checkEntry(reportage).then((o) => postMessage(o), (e) => postMessage({ error: String(e?.stack ?? e) }));
    `,
    "client.html": PAGE_HTML("./client.js"),
    "client.js": `
      import { createClient } from "./node_modules/reportage/worker.js";
      import { checkClient, report } from "./checks.js";
      report(() => checkClient(createClient));
    `,
  });
  chromium = await browser();
});
after(async () => {
  await chromium?.close();
  project?.remove();
});

const person = (language, name) => ({ language, name, text: name, slice: name });

test('<script type="module">: init() fetches the module beside index.js, then extract works', async () => {
  const { outcome, problems } = await chromium.load(project.dir);
  for (const where of ["page", "worker"]) {
    const o = outcome[where] ?? outcome;
    assert.equal(o.error, undefined, `${where}: ${o.error}`);
    assert.match(o.beforeInit, /call `await init\(\)`/, `${where}: extract before init says what to do`);
    assert.equal(o.version, project.manifest.version, where);
    assert.deepEqual(o.en, person("en", "Keir Starmer"), where);
    assert.deepEqual(o.fr, person("fr", "Emmanuel Macron"), where);
    assert.match(o.badOption, /invalid value "xx" for option `language`/, where);
  }
  assert.deepEqual(problems, []);
});

test("reportage/worker: results by promise, progress to ready, clear errors, terminate", async () => {
  const { outcome, problems } = await chromium.load(project.dir, "client.html");
  assert.equal(outcome.error, undefined, outcome.error);
  assert.deepEqual(outcome.en, person("en", "Keir Starmer"));
  assert.deepEqual(outcome.fr, person("fr", "Emmanuel Macron"));
  assert.equal(outcome.ready, "resolved");
  assert.ok(outcome.phases.includes("download"), `phases: ${outcome.phases}`);
  assert.deepEqual(outcome.phases.slice(-2), ["compile", "ready"]);
  assert.match(outcome.badOption, /invalid value "xx" for option `language`/);
  assert.equal(outcome.pendingAtTerminate, "reportage worker terminated");
  assert.equal(outcome.afterTerminate, "reportage worker terminated");
  assert.match(outcome.missingWasm.ready, /reportage could not start: could not fetch .*no-such-module\.wasm: HTTP 404/);
  assert.equal(outcome.missingWasm.extract, outcome.missingWasm.ready);
  assert.deepEqual(problems.filter((p) => !p.includes("no-such-module")), []);
});
