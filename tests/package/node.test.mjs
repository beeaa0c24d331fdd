// The package as Node 20 gets it: packed, installed from its tarball, imported by name, with no
// network (fetch is replaced by a function that throws, so a load over the network fails).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EN, FR, installPackage, listFiles, root, run } from "./helpers.mjs";

const NO_NETWORK = "data:text/javascript,globalThis.fetch=()=>{throw new Error('no network in this test')};";

const SCRIPT = `
import { extract, init, version } from "reportage";
const EN = ${JSON.stringify(EN)};
const FR = ${JSON.stringify(FR)};
const person = (text, r) => r.entities.filter((e) => e.type === "PERSON")
  .map((e) => ({ name: e.name, text: e.mentions[0].text, slice: text.slice(e.mentions[0].start, e.mentions[0].end) }));
// No init first: in Node the module is loaded on import.
const en = extract(EN);
const fr = extract(FR);
let badOption = null;
try { extract(EN, { offsets: "utf32" }); } catch (e) { badOption = e.message; }
const utf8 = extract(EN, { offsets: "utf8" }).entities.find((e) => e.type === "PERSON").mentions[0];
await init();
console.log(JSON.stringify({
  version: version(),
  languages: [en.language, fr.language],
  en: person(EN, en),
  fr: person(FR, fr),
  utf8: Buffer.from(EN).subarray(utf8.start, utf8.end).toString(),
  badOption,
}));
`;

const CJS = `
const { extract } = require("reportage");
console.log(JSON.stringify(extract(${JSON.stringify(EN)}).entities.map((e) => e.name)));
`;

let project;
before(() => {
  project = installPackage({ "main.mjs": SCRIPT, "main.cjs": CJS });
});
after(() => project?.remove());

test("the package's manifest: name, version from Cargo.toml, licence, exports in the right order", () => {
  const { manifest } = project;
  const cargoVersion = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(root, "Cargo.toml"), "utf8"))[1];
  assert.equal(manifest.name, "reportage");
  assert.equal(manifest.version, cargoVersion);
  assert.equal(manifest.license, "MIT OR Apache-2.0");
  assert.equal(manifest.type, "module");
  assert.ok(manifest.engines.node.includes("20"));
  // The first condition that matches wins: types before any other, and bundlers ("module")
  // before Node, so that a bundle never gets the entry that reads the disk.
  assert.deepEqual(Object.keys(manifest.exports["."]), ["types", "module", "node", "default"]);
  assert.equal(manifest.exports["./worker"].types, "./worker.d.ts");
  for (const entry of Object.values(manifest.exports).flatMap((v) => (typeof v === "string" ? [v] : Object.values(v)))) {
    assert.ok(listFiles(project.installed).includes(entry.slice(2)), `${entry} is in the tarball`);
  }
});

test("the tarball holds the package's files and nothing of the project", () => {
  const files = listFiles(project.installed).sort();
  for (const f of ["index.js", "index.d.ts", "node.js", "bundler.js", "core.js", "reportage.js", "reportage.d.ts",
    "reportage_bg.wasm", "reportage_embedded.js", "worker.js", "worker.d.ts", "worker-thread.js", "README.md", "package.json"]) {
    assert.ok(files.includes(f), `${f} is in the tarball`);
  }
  assert.deepEqual(files.filter((f) => !/\.(js|d\.ts|wasm|md|json)$/.test(f)), [], "nothing but the package's files");
  assert.match(readFileSync(join(project.installed, "README.md"), "utf8"), /import \{ init, extract \} from "reportage"/);
});

test('`import { extract } from "reportage"` in Node 20 works at once and without a network', () => {
  const { stdout } = run(process.execPath, ["--import", NO_NETWORK, "main.mjs"], { cwd: project.dir });
  const out = JSON.parse(stdout);
  assert.equal(out.version, project.manifest.version);
  assert.deepEqual(out.languages, ["en", "fr"]);
  assert.deepEqual(out.en, [{ name: "Keir Starmer", text: "Keir Starmer", slice: "Keir Starmer" }]);
  assert.deepEqual(out.fr, [{ name: "Emmanuel Macron", text: "Emmanuel Macron", slice: "Emmanuel Macron" }]);
  assert.equal(out.utf8, "Keir Starmer", "utf8 offsets cut the name out of the UTF-8 bytes");
  assert.match(out.badOption, /offsets/);
});

test('`require("reportage")` works too (Node 20.19 and later can require ES modules)', (t) => {
  const [major, minor] = process.versions.node.split(".").map(Number);
  if (major === 20 && minor < 19) return t.skip(`Node ${process.version} cannot require ES modules`);
  const { stdout } = run(process.execPath, ["--no-warnings", "main.cjs"], { cwd: project.dir });
  assert.deepEqual(JSON.parse(stdout), ["Keir Starmer", "Gaza City"]);
});
