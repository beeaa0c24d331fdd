// What the package tests share: the built package (pkg/) packed with `npm pack` and installed
// from its tarball into a scratch project, as a user would get it; pages that run the same
// checks in a browser; and a headless Chromium to load them in, served with the demo's strict
// Content-Security-Policy.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launchBrowser } from "../e2e/browser.mjs";
import { startServer } from "../../scripts/serve.mjs";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const pkgDir = join(root, "pkg");
export const bin = (name) => join(root, "node_modules/.bin", name);

/** Runs a command; throws with its output when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 << 20, ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} exited with ${result.status}:\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}

// The variables npm sets for the script that runs the tests would make an npm started here act
// on this project instead of the scratch one.
function npmEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_/i.test(key) && !/^npm_config_(cache|userconfig)$/i.test(key)) delete env[key];
  }
  return env;
}

/**
 * Packs pkg/ and installs the tarball, offline, into a new scratch project; returns its
 * directory and a function that removes it. `files` are written into the project first.
 */
export function installPackage(files = {}) {
  if (!existsSync(join(pkgDir, "package.json"))) {
    throw new Error("pkg/package.json is missing: run `bash scripts/build.sh` first");
  }
  const dir = mkdtempSync(join(tmpdir(), "reportage-consumer-"));
  const env = npmEnv();
  const packed = run("npm", ["pack", pkgDir, "--pack-destination", dir, "--json", "--loglevel=error"], { cwd: dir, env });
  const tarball = join(dir, JSON.parse(packed.stdout)[0].filename);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }, null, 2));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  // --offline: a tarball with no dependencies needs no registry.
  run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--loglevel=error", tarball], { cwd: dir, env });
  return {
    dir,
    tarball,
    installed: join(dir, "node_modules/reportage"),
    manifest: JSON.parse(readFileSync(join(dir, "node_modules/reportage/package.json"), "utf8")),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export const EN = "🌍 Prime Minister Keir Starmer said on Monday that 12 people were killed in Gaza City.";
export const FR = "« Nous resterons », a déclaré lundi à Paris le président Emmanuel Macron.";

// The checks a page runs, written into the scratch project as checks.js. Each returns plain
// data for the test to compare; nothing here decides whether it passed.
export const CHECKS_JS = `
const EN = ${JSON.stringify(EN)};
const FR = ${JSON.stringify(FR)};
const message = (f) => { try { f(); return null; } catch (e) { return String(e?.message ?? e); } };

/** The first person found in a result, and what their first mention's offsets cut out. */
export function person(text, result) {
  const entity = result.entities.find((e) => e.type === "PERSON");
  const mention = entity?.mentions[0];
  return {
    language: result.language,
    name: entity?.name ?? null,
    text: mention?.text ?? null,
    slice: mention ? text.slice(mention.start, mention.end) : null,
  };
}

/** The package's main entry: extract before init, init twice, both languages, a bad option. */
export async function checkEntry({ init, extract, version }) {
  const beforeInit = message(() => extract(EN));
  await init();
  await init();
  return {
    beforeInit,
    version: version(),
    en: person(EN, extract(EN)),
    fr: person(FR, extract(FR, { language: "fr" })),
    badOption: message(() => extract(EN, { language: "xx" })),
  };
}

/** The worker client: results, progress, errors, and what terminate does to pending calls. */
export async function checkClient(createClient) {
  const phases = [];
  const client = createClient({ onProgress: (p) => phases.push(p.phase) });
  const settle = (p) => p.then((value) => ({ value }), (e) => ({ error: String(e?.message ?? e) }));
  const [en, fr, bad] = await Promise.all([
    settle(client.extract(EN)),
    settle(client.extract(FR, { language: "fr" })),
    settle(client.extract(EN, { language: "xx" })),
  ]);
  const ready = await settle(client.ready);
  const pending = settle(client.extract(EN));
  client.terminate();
  const out = {
    phases,
    ready: ready.error ?? "resolved",
    en: en.value ? person(EN, en.value) : en,
    fr: fr.value ? person(FR, fr.value) : fr,
    badOption: bad.error ?? "resolved",
    pendingAtTerminate: (await pending).error ?? "resolved",
    afterTerminate: (await settle(client.extract(EN))).error ?? "resolved",
  };
  // A module that cannot be fetched: ready rejects, and so does every call.
  const broken = createClient({ wasm: new URL("./no-such-module.wasm", location.href) });
  out.missingWasm = {
    ready: (await settle(broken.ready)).error ?? "resolved",
    extract: (await settle(broken.extract(EN))).error ?? "resolved",
  };
  broken.terminate();
  return out;
}

/** Runs check() and leaves its outcome where the test reads it. */
export function report(check) {
  Promise.resolve()
    .then(check)
    .then((outcome) => { window.outcome = outcome; }, (e) => { window.outcome = { error: String(e?.stack ?? e) }; });
}

/** What a module worker of the page's own (which posts checkEntry's outcome) reports. */
export function fromWorker(url) {
  return new Promise((resolve) => {
    const worker = new Worker(url, { type: "module" });
    worker.onmessage = ({ data }) => { resolve(data); worker.terminate(); };
    worker.onerror = (e) => { e.preventDefault(); resolve({ error: "worker failed: " + (e.message || "could not load") }); };
  });
}
`;

export const PAGE_HTML = (script) =>
  `<!doctype html>\n<html lang="en"><meta charset="utf-8"><title>reportage package</title>\n` +
  `<script type="module" src="${script}"></script>\n<body></body></html>\n`;

/** A headless Chromium; `load(root, path)` serves `root` and returns what the page reports. */
export async function browser() {
  const { context, close } = await launchBrowser();
  const servers = [];
  return {
    async load(dir, path = "") {
      const { server, url } = await startServer(0, "127.0.0.1", dir);
      servers.push(server);
      const page = await context.newPage();
      const problems = [];
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      page.on("console", (m) => {
        // The browser asks for /favicon.ico on its own; these pages have none.
        if (m.type() === "error" && !m.location().url.endsWith("/favicon.ico")) {
          problems.push(`console: ${m.text()} (${m.location().url})`);
        }
      });
      page.on("response", (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
      await page.goto(url + path);
      await page.waitForFunction(() => "outcome" in window, null, { timeout: 60_000 }).catch(() => {});
      const outcome = await page.evaluate(() => window.outcome ?? { error: "the page reported nothing" });
      await page.close();
      return { outcome, problems };
    },
    async close() {
      await close();
      for (const s of servers) s.close();
    },
  };
}

/** Every file under `dir`, relative to it. */
export function listFiles(dir, prefix = "") {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(dir, join(prefix, e.name)) : [join(prefix, e.name)],
  );
}

