// Checks the hand-written TypeScript declarations (www/reportage-types.d.ts, embedded in the
// generated www/pkg/reportage.d.ts) against what `extract` really returns.
//
// 1. Runs the built wasm package in Node over every tests/cases/**/*.txt, the seed article(s)
//    in ../shared/eval/seed (or $REPORTAGE_EVAL_DIR/seed), and tests/types/*.txt, in each
//    offset unit; tests/types/*.txt once more with `tokens: true`, for the optional `tokens`.
// 2. Writes each result as `const r: Extraction = <json>;` in a temporary directory. Object
//    literals get excess-property checks, so a field the output has and the declarations
//    lack is an error, as is a declared field (or a non-null one) the output lacks.
// 3. Adds a usage file: calls with and without options, and `@ts-expect-error` on misuse
//    (each of which is also checked to throw at run time).
// 4. Runs `tsc --noEmit --strict` on all of it against www/pkg/reportage.d.ts.
// 5. Walks the declared `Extraction` type with the TypeScript compiler API and fails on any
//    declared field path that never holds a non-null value in any output, except the few in
//    RARE below, so the declarations cannot describe fields that no longer exist; and lists
//    every output field path that is not declared.
//
// 6. Packs pkg/ and installs it into a scratch project, and type-checks a file that uses the
//    package as users do (`import { init, extract } from "reportage"`, `reportage/worker`),
//    under both module resolutions a project may use (bundler, nodenext): the package's
//    "types" conditions, index.d.ts and worker.d.ts.
//
// Run `bash scripts/build.sh` first. KEEP_TYPES_CHECK=1 keeps the temporary directory.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import { installPackage } from "../tests/package/helpers.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = join(root, "www/pkg");
const dts = join(pkg, "reportage.d.ts");
const UNITS = ["utf16", "utf8", "codepoint"];

// Declared fields that may legitimately never hold a value in the corpus, with the reason.
// Paths: `a.b` for a field, `a[]` for the items of an array.
const RARE = {};

for (const f of ["reportage.js", "reportage_bg.wasm", "reportage.d.ts"]) {
  if (!existsSync(join(pkg, f))) {
    console.error(`check-types: www/pkg/${f} is missing: run bash scripts/build.sh first`);
    process.exit(1);
  }
}
const { initSync, extract } = await import(pathToFileURL(join(pkg, "reportage.js")).href);
initSync({ module: readFileSync(join(pkg, "reportage_bg.wasm")) });

// --- 1. The corpus, with the options a case's .expect.json asks for ------------------------
function txtFiles(dir, recursive) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const p = join(dir, e.name);
      if (e.isDirectory()) return recursive ? txtFiles(p, true) : [];
      return e.name.endsWith(".txt") ? [p] : [];
    })
    .sort();
}
const evalDir = process.env.REPORTAGE_EVAL_DIR || resolve(root, "../shared/eval");
const seeds = txtFiles(join(evalDir, "seed"), false);
if (seeds.length === 0) console.error(`check-types: no seed article in ${evalDir}/seed; going on without it`);
const typeInputs = txtFiles(join(root, "tests/types"), false);
const inputs = [...txtFiles(join(root, "tests/cases"), true), ...seeds, ...typeInputs];

function caseOptions(txt) {
  const expect = txt.replace(/\.txt$/, ".expect.json");
  if (!existsSync(expect)) return {};
  return JSON.parse(readFileSync(expect, "utf8")).options ?? {};
}

let failed = false;
const dir = mkdtempSync(join(tmpdir(), "reportage-types-"));
const files = [];
const outputs = [];
const importPath = JSON.stringify(join(pkg, "reportage.js"));
const runs = [
  ...inputs.flatMap((input) => UNITS.map((offsets) => ({ input, extra: { offsets }, label: offsets }))),
  ...typeInputs.map((input) => ({ input, extra: { tokens: true }, label: "tokens" })),
];
for (const { input, extra, label } of runs) {
  const text = readFileSync(input, "utf8");
  const result = extract(text, { ...caseOptions(input), ...extra });
  outputs.push(result);
  const name = `${relative(root, input).replace(/[^A-Za-z0-9]+/g, "-")}-${label}.ts`.replace(/^-+/, "");
  writeFileSync(
    join(dir, name),
    `// ${relative(root, input)}, ${JSON.stringify(extra)}\n` +
      `import type { Extraction } from ${importPath};\n` +
      `export const r: Extraction = ${JSON.stringify(result, null, 1)};\n`,
  );
  files.push(join(dir, name));
}
if (outputs.some((o, i) => (runs[i].extra.tokens === true) !== ("tokens" in o))) {
  failed = true;
  console.error("check-types: `tokens` must be in the output exactly when the option asks for it");
}

// --- 3. How callers use `extract` -----------------------------------------------------------
// What the usage file below declares an error must throw, and no options must mean defaults.
const sample = readFileSync(inputs[0], "utf8");
const misuses = {
  "an unknown option key": () => extract(sample, { lang: "en" }),
  "a language it does not know": () => extract(sample, { language: "de" }),
  "an offset unit that does not exist": () => extract(sample, { offsets: "utf32" }),
  "a size that is not a number": () => extract(sample, { max_input_bytes: "1 MiB" }),
  "a date that is not a string": () => extract(sample, { document_date: new Date() }),
  "a number as text": () => extract(42),
  "no text": () => extract(),
  "options that are not an object": () => extract(sample, "en"),
  "tokens that are not a boolean": () => extract(sample, { tokens: "yes" }),
};
for (const [what, call] of Object.entries(misuses)) {
  try {
    call();
    failed = true;
    console.error(`check-types: extract accepts ${what}, which the declarations reject`);
  } catch {}
}
if (JSON.stringify(extract(sample)) !== JSON.stringify(extract(sample, {}))) {
  failed = true;
  console.error("check-types: extract(text) differs from extract(text, {})");
}
writeFileSync(
  join(dir, "usage.ts"),
  `import { extract, initSync, version } from ${importPath};
import type { Casualty, Extraction, ExtractOptions, Span, Zone } from ${importPath};

declare const text: string;
declare const bytes: Uint8Array;
initSync({ module: bytes });
const v: string = version();

const plain: Extraction = extract(text);
extract(text, undefined);
extract(text, {});
extract(text, { language: "auto" });
extract(text, { language: "en" });
extract(text, { language: "fr" });
extract(text, { document_date: "2024-11-29" });
extract(text, { documentDate: "2024-11-29" });
extract(text, { offsets: "utf16" });
extract(text, { offsets: "utf8" });
extract(text, { offsets: "codepoint" });
extract(text, { max_input_bytes: 1 << 20 });
extract(text, { maxInputBytes: 1 << 20 });
extract(text, { tokens: true });
extract(text, { tokens: false });
const all: ExtractOptions = {
  language: "fr", document_date: "2025-05-12", offsets: "codepoint", max_input_bytes: 1e6, tokens: true,
};
extract(text, all);

// @ts-expect-error an unknown option key
extract(text, { lang: "en" });
// @ts-expect-error a language it does not know
extract(text, { language: "de" });
// @ts-expect-error an offset unit that does not exist
extract(text, { offsets: "utf32" });
// @ts-expect-error a size is a number
extract(text, { max_input_bytes: "1 MiB" });
// @ts-expect-error a date is a string
extract(text, { document_date: new Date() });
// @ts-expect-error a number as text
extract(42);
// @ts-expect-error text is required
extract();
// @ts-expect-error options are an object
extract(text, "en");
// @ts-expect-error tokens is a boolean
extract(text, { tokens: "yes" });

// Reading a result: nullable fields need a check, enums narrow.
const r = extract(text);
// @ts-expect-error the headline may be missing
r.article.headline.text;
const headline: string | undefined = r.article.headline?.text;
const place: string | undefined = r.article.dateline?.place.text;
const zones: Zone[] = r.sentences.map((s) => s.zone);
const spans: Span[] = r.paragraphs;
const killed: number = r.casualties.filter((c) => c.kind === "killed").reduce((n, c) => n + c.count.value, 0);
// @ts-expect-error not a casualty kind
r.casualties.filter((c) => c.kind === "injured");
const speakers: (string | null)[] = r.quotes.map((q) => q.speaker?.entity ?? null);
const range: [number, number] | null = r.quantities[0].range;
const mod: "ON_OR_AFTER" | "START" | "MID" | "END" | "APPROX" | "MORE_THAN" | "EQUAL_OR_MORE" | "LESS_THAN" | "EQUAL_OR_LESS" | null = r.times[0].mod;
const dead: number = r.events.reduce((n, e) => n + (e.fatalities?.value ?? 0), 0);
const notes: string[] = r.events.map((e) => r.sentences[e.sentence].text);
const strikes = r.events.filter((e) => e.sub_type === "Air/drone strike" && e.certainty !== "planned");
const dates: string[] = r.events.flatMap((e) => (e.date ? [e.date.value] : []));
// @ts-expect-error not an event type (ACLED's is "Battles")
r.events.filter((e) => e.type === "Battle");
// @ts-expect-error the date may be unknown
r.events[0].date.value;
// @ts-expect-error an event's figures are ids, not casualties
const figures: Casualty[] = r.events[0].other_casualties;
// @ts-expect-error tokens are there only when asked for
r.tokens.length;
const nouns: string[] = (extract(text, { tokens: true }).tokens ?? []).filter((t) => t.pos === "NOUN").map((t) => t.text);
// @ts-expect-error not a part of speech
r.tokens?.filter((t) => t.pos === "NOUNS");
export { v, plain, headline, place, zones, spans, killed, speakers, range, mod, nouns, dead, notes, strikes, dates, figures };
`,
);
files.push(join(dir, "usage.ts"));

// --- 4. tsc ---------------------------------------------------------------------------------
const tsc = join(root, "node_modules/typescript/bin/tsc");
const args = ["--noEmit", "--strict", "--target", "es2022", "--module", "esnext", "--moduleResolution", "bundler",
  "--lib", "es2022,dom", "--pretty", "false", dts, ...files];
const run = spawnSync(process.execPath, [tsc, ...args], { encoding: "utf8", maxBuffer: 64 << 20 });
if (run.status !== 0) {
  failed = true;
  // The same mistake shows in every output: one line per distinct message, with a count.
  const byMessage = new Map();
  const other = [];
  for (const line of (run.stdout + run.stderr).trim().split("\n")) {
    const m = /^(.*?)\((\d+),\d+\): (error TS\d+: .*)$/.exec(line);
    if (!m) { other.push(line); continue; }
    const where = `${basename(m[1])}:${m[2]}`;
    const seenAt = byMessage.get(m[3]);
    if (seenAt) seenAt.push(where);
    else byMessage.set(m[3], [where]);
  }
  console.error(`check-types: tsc --noEmit --strict failed:`);
  for (const [message, where] of byMessage) {
    console.error(`  ${message}\n    in ${where[0]}${where.length > 1 ? ` and ${where.length - 1} more` : ""}`);
  }
  if (other.length) console.error(other.join("\n"));
}

// --- 5. Every declared field holds a value somewhere -----------------------------------------
function declaredPaths() {
  const program = ts.createProgram([dts], { strict: true, noEmit: true, types: [], lib: ["lib.es2022.d.ts", "lib.dom.d.ts"] });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(dts);
  const root = source.statements.find((s) => ts.isInterfaceDeclaration(s) && s.name.text === "Extraction");
  const paths = new Set();
  const walk = (type, path, depth) => {
    if (depth > 8) return;
    type = checker.getNonNullableType(type);
    if (checker.isArrayType(type)) {
      const item = checker.getTypeArguments(type)[0];
      if (!(item.flags & ts.TypeFlags.Unknown)) paths.add(`${path}[]`);
      walk(item, `${path}[]`, depth + 1);
      return;
    }
    if (checker.isTupleType(type)) {
      paths.add(`${path}[]`);
      return;
    }
    if (!(type.flags & ts.TypeFlags.Object)) return;
    for (const prop of checker.getPropertiesOfType(type)) {
      const p = path ? `${path}.${prop.name}` : prop.name;
      paths.add(p);
      walk(checker.getTypeOfSymbolAtLocation(prop, root), p, depth + 1);
    }
  };
  walk(checker.getTypeAtLocation(root.name), "", 0);
  return paths;
}
function seenPaths(value, path, seen) {
  if (value === null || value === undefined) return;
  if (path) seen.add(path);
  if (Array.isArray(value)) {
    for (const item of value) seenPaths(item, `${path}[]`, seen);
  } else if (typeof value === "object") {
    for (const [k, v] of Object.entries(value)) seenPaths(v, path ? `${path}.${k}` : k, seen);
  }
}
const declared = declaredPaths();
const seen = new Set();
for (const o of outputs) seenPaths(o, "", seen);
// Only the outermost: the fields of an undeclared object are undeclared too.
const parent = (p) => p.replace(/(\[\]|\.[^.[\]]+)$/, "");
const undeclared = [...seen].filter((p) => !declared.has(p) && (parent(p) === "" || declared.has(parent(p))));
if (undeclared.length) {
  failed = true;
  console.error(`check-types: in the output but not declared:\n  ${undeclared.join("\n  ")}`);
}
const never = [...declared].filter((p) => !seen.has(p) && !(p in RARE));
if (never.length) {
  failed = true;
  console.error(`check-types: declared but never given a value in ${outputs.length} outputs (add an input to tests/types/ that gives it, or list it in RARE with a reason):\n  ${never.join("\n  ")}`);
}
for (const p of Object.keys(RARE)) {
  if (!declared.has(p)) {
    failed = true;
    console.error(`check-types: RARE lists ${p}, which is not declared`);
  }
}

// --- 6. The package's own declarations, as installed -----------------------------------------
const CONSUMER_TS = `import { extract, init, version } from "reportage";
import type { Entity, Extraction, ExtractOptions } from "reportage";
import { createClient } from "reportage/worker";
import type { Client, ClientOptions, Progress } from "reportage/worker";

declare const bytes: Uint8Array;
declare const text: string;
await init();
await init(new URL("./reportage_bg.wasm", import.meta.url));
await init(bytes);
await init(fetch("/reportage_bg.wasm"));
const ready: Promise<void> = init();
const v: string = version();
const options: ExtractOptions = { language: "fr", offsets: "utf8" };
const r: Extraction = extract(text, options);
extract(text);
const people: string[] = r.entities.filter((e: Entity) => e.type === "PERSON").map((e) => e.name);
// @ts-expect-error an unknown option key
extract(text, { lang: "fr" });
// @ts-expect-error text is a string
extract(42);
// @ts-expect-error init takes one module
await init(bytes, options);

const phases: Progress["phase"][] = [];
const clientOptions: ClientOptions = { onProgress: (p) => phases.push(p.phase), wasm: new URL("x.wasm", import.meta.url) };
const client: Client = createClient(clientOptions);
createClient();
createClient({ worker: "/worker-thread.js", wasm: "/reportage_bg.wasm" });
await client.ready;
const fromWorker: Extraction = await client.extract(text, { language: "en" });
// @ts-expect-error the worker's extract returns a promise
const notAwaited: Extraction = client.extract(text);
// @ts-expect-error a bad option is caught in the worker's calls too
client.extract(text, { offsets: "utf32" });
// @ts-expect-error not a phase
phases.push("loading");
client.terminate();
export { ready, v, people, fromWorker, notAwaited };
`;
const consumer = installPackage({ "consumer.ts": CONSUMER_TS });
for (const resolution of ["bundler", "nodenext"]) {
  const module = resolution === "bundler" ? "esnext" : "nodenext";
  const run = spawnSync(process.execPath, [tsc, "--noEmit", "--strict", "--target", "es2022", "--module", module,
    "--moduleResolution", resolution, "--lib", "es2022,dom", "--pretty", "false", "consumer.ts"],
  { cwd: consumer.dir, encoding: "utf8" });
  if (run.status !== 0) {
    failed = true;
    console.error(`check-types: the package's declarations fail (moduleResolution ${resolution}):\n${run.stdout}${run.stderr}`);
  }
}
if (failed || process.env.KEEP_TYPES_CHECK) console.error(`check-types: package consumer kept in ${consumer.dir}`);
else consumer.remove();

if (failed || process.env.KEEP_TYPES_CHECK) console.error(`check-types: files kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
if (failed) process.exit(1);
console.log(
  `check-types: ${outputs.length} outputs (${inputs.length} inputs x ${UNITS.length} offset units, ` +
    `${typeInputs.length} with tokens) and the usage file type-check; ` +
    `all ${declared.size} declared field paths hold a value somewhere; the installed package's declarations ` +
    "type-check under moduleResolution bundler and nodenext",
);
