// `npm run bench [-- DIR] [-- --rounds N] [-- --cold N]`: reportage against compromise
// (+ compromise-dates), wink-nlp (+ wink-eng-lite-web-model) and chrono-node in headless
// Chromium, interleaved on one corpus; then the same corpus natively. DIR is any folder of
// `.txt` files (default: the generated corpus, `reportage-bench corpus`). Cold start is the
// median of N fresh pages per library (default and minimum 7), split into load, first call and
// second call. Prints a table with the commit and the machine; writes bench-results/*.json.
//
// `npm run bench -- adversarial [--mem-mb N] [--timeout S] [--shapes a,b] [--sizes N,N]`: the
// native adversarial bench instead (`reportage-bench --adversarial`, release build): every
// hostile input shape at 100 KB and 1 MB in a capped child process; writes
// bench-results/adversarial.json.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdtempSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { chromium } from "playwright-core";
import { startServer } from "./serve.mjs";
import { chromiumPath } from "../tests/e2e/browser.mjs";

const root = resolve(new URL("..", import.meta.url).pathname);
const args = process.argv.slice(2);

if (args[0] === "adversarial") {
  const rest = args.slice(1);
  if (!rest.includes("--json")) rest.push("--json", join(root, "bench-results/adversarial.json"));
  const script = '. scripts/env.sh && exec cargo run -q --release --bin reportage-bench -- --adversarial "$@"';
  try {
    execFileSync("bash", ["-c", script, "bash", ...rest], { cwd: root, stdio: "inherit" });
  } catch (e) {
    process.exit(e.status ?? 1);
  }
  process.exit(0);
}
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) || fallback : fallback);
const rounds = option("--rounds", 5);
const coldPages = Math.max(7, option("--cold", 7));
const corpusArg = args.find((a, i) => !a.startsWith("--") && !["--rounds", "--cold"].includes(args[i - 1]));
const run = (cmd, cmdArgs) => execFileSync(cmd, cmdArgs, { cwd: root, stdio: ["ignore", "pipe", "inherit"] }).toString();

// What was measured, and on what: the commit ("+dirty" when the tree has changes) and the machine.
const git = (gitArgs) => {
  try {
    return execFileSync("git", gitArgs, { cwd: root, stdio: ["ignore", "pipe", "ignore"] }).toString().trim();
  } catch {
    return null;
  }
};
const head = git(["rev-parse", "--short", "HEAD"]);
const commit = head ? head + (git(["status", "--porcelain"]) ? "+dirty" : "") : "unknown";
const machine = { cpu: cpus()[0]?.model.trim() ?? "unknown CPU", cores: cpus().length, memory_gb: Math.round(totalmem() / 2 ** 30) };
// The load of a shared machine, before and after: a busy neighbour shows up here.
const load = () => loadavg().map((x) => Number(x.toFixed(2)));
const loadBefore = load();

// 1. Build, corpus, native figures.
execFileSync("bash", ["scripts/setup.sh"], { cwd: root, stdio: "inherit" });
execFileSync("bash", ["scripts/build.sh"], { cwd: root, stdio: "inherit" });
const env = run("bash", ["-c", ". scripts/env.sh && echo ${RUSTUP_TOOLCHAIN:-}"]).trim();
const cargo = (cargoArgs) =>
  execFileSync("cargo", cargoArgs, { cwd: root, stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, ...(env ? { RUSTUP_TOOLCHAIN: env } : {}) } }).toString();
const corpusDir = corpusArg ? resolve(corpusArg) : join(root, "target/bench-corpus");
if (!corpusArg) process.stdout.write(cargo(["run", "-q", "--release", "--bin", "reportage-bench", "--", "corpus", corpusDir]));
mkdirSync(join(root, "bench-results"), { recursive: true });
const nativeOut = cargo(["run", "-q", "--release", "--bin", "reportage-bench", "--", "native", corpusDir, "--json", join(root, "bench-results/native.json")]);
const texts = readdirSync(corpusDir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(corpusDir, f), "utf8"));

// 2. The page: the reportage package and each peer bundled for the browser.
const site = join(root, "target/bench-www");
rmSync(site, { recursive: true, force: true });
mkdirSync(site, { recursive: true });
cpSync(join(root, "www/pkg"), join(site, "pkg"), { recursive: true });
for (const f of ["index.html", "runner.js"]) cpSync(join(root, "tests/bench", f), join(site, f));
const peers = { compromise: "peer-compromise.mjs", wink: "peer-wink.mjs", chrono: "peer-chrono.mjs" };
for (const [name, entry] of Object.entries(peers)) {
  execFileSync(join(root, "node_modules/.bin/esbuild"), [join(root, "tests/bench", entry), "--bundle", "--minify", "--format=esm", "--platform=browser", `--outfile=${join(site, `${name}.js`)}`, "--log-level=warning"], { cwd: root, stdio: "inherit" });
}
const shipped = { reportage: ["pkg/reportage.js", "pkg/reportage_bg.wasm"], compromise: ["compromise.js"], wink: ["wink.js"], chrono: ["chrono.js"] };
const sizes = {};
for (const [name, files] of Object.entries(shipped)) {
  const data = Buffer.concat(files.map((f) => readFileSync(join(site, f))));
  sizes[name] = {
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

// 3. Headless Chromium: cold start in a fresh page per library, then interleaved throughput.
const names = ["reportage", "compromise", "wink", "chrono"];
const { server, url } = await startServer(0, "127.0.0.1", site);
const profile = mkdtempSync(join(tmpdir(), "reportage-bench-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath(),
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--enable-precise-memory-info"],
});
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const cold = {};
let isolated = false;
try {
  // Cold start: a fresh page per sample (nothing cached: the server sends no-store),
  // libraries interleaved so that a slow moment of the machine does not fall on one library.
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < coldPages; i++) {
    for (const name of names) {
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => typeof window.coldStart === "function");
      const sample = await page.evaluate(([n, t]) => window.coldStart(n, t), [name, texts[0]]);
      isolated = sample.isolated;
      delete sample.isolated;
      samples[name].push(sample);
      await page.close();
    }
  }
  // Each phase is the median of its own samples, so the phases need not add up to the total.
  for (const name of names) {
    const s = samples[name];
    cold[name] = {
      pages: s.length,
      total: median(s.map((x) => x.total)),
      load: median(s.map((x) => x.load)),
      first_call: median(s.map((x) => x.first_call)),
      second_call: median(s.map((x) => x.second_call)),
      samples: s,
    };
  }
  // One page per library, so each heap is its own; rounds interleave across the pages.
  const pages = {};
  for (const name of names) {
    const page = await context.newPage();
    page.setDefaultTimeout(0);
    await page.goto(url);
    await page.waitForFunction(() => typeof window.prepare === "function");
    await page.evaluate(([n, t]) => window.prepare(n, t), [name, texts]);
    pages[name] = page;
  }
  const acc = Object.fromEntries(names.map((n) => [n, { times: [], total: 0, heap: 0, wasm: 0 }]));
  for (let r = 0; r < rounds; r++) {
    const order = names.slice(r % names.length).concat(names.slice(0, r % names.length));
    for (const name of order) {
      const res = await pages[name].evaluate(() => window.round());
      const a = acc[name];
      a.times.push(...res.times);
      a.total += res.total;
      a.heap = Math.max(a.heap, res.heap);
      a.wasm = Math.max(a.wasm, res.wasm);
    }
  }
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const pct = (xs, p) => xs[Math.round((xs.length - 1) * p)];
  var warm = { bytes, articles: texts.length, rounds, results: {} };
  for (const name of names) {
    const a = acc[name];
    const sorted = a.times.sort((x, y) => x - y);
    warm.results[name] = { mb_per_s: (bytes * rounds) / 1e6 / (a.total / 1000), p50_ms: pct(sorted, 0.5), p95_ms: pct(sorted, 0.95), peak_js_heap_bytes: a.heap, wasm_memory_bytes: a.wasm };
  }
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}

// 4. Report.
const labels = { reportage: "reportage", compromise: "compromise + dates", wink: "wink-nlp + lite model", chrono: "chrono-node" };
const kb = (b) => (b / 1024).toFixed(0);
const mb = (b) => (b / 1048576).toFixed(1);
const ms = (x) => (x < 10 ? x.toFixed(1) : x.toFixed(0));
const rows = names.map((n) => {
  const r = warm.results[n];
  const c = cold[n];
  return [labels[n], r.mb_per_s.toFixed(2), r.p50_ms.toFixed(2), r.p95_ms.toFixed(2), ms(c.total), ms(c.load), ms(c.first_call), ms(c.second_call), kb(sizes[n].raw), kb(sizes[n].gzip), kb(sizes[n].brotli), mb(r.peak_js_heap_bytes), r.wasm_memory_bytes ? mb(r.wasm_memory_bytes) : "-"];
});
const header = ["library", "MB/s", "p50 ms", "p95 ms", "cold ms", "load ms", "1st call ms", "2nd call ms", "raw KB", "gzip KB", "br KB", "heap MB", "wasm MB"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => "| " + cells.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(" | ") + " |";
const chromiumVersion = execFileSync(chromiumPath(), ["--version"], { stdio: ["ignore", "pipe", "ignore"] }).toString().trim();
const sizesSorted = texts.map((t) => Buffer.byteLength(t)).sort((a, b) => a - b);
console.log(`\ncommit ${commit}; machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory_gb} GB; ${chromiumVersion} headless; node ${process.version}`);
console.log(`corpus: ${warm.articles} articles, ${kb(warm.bytes)} KB (${sizesSorted[0]} to ${sizesSorted[sizesSorted.length - 1]} bytes, median ${median(sizesSorted)}) in ${corpusDir}`);
const loadAfter = load();
console.log(`load average (1, 5, 15 min): ${loadBefore.join(" ")} at the start, ${loadAfter.join(" ")} at the end`);
console.log(`throughput: ${warm.rounds} interleaved rounds, one page per library; cold start: median of ${coldPages} fresh pages per library${isolated ? "" : " (timers at Chromium's 0.1 ms resolution: the page is not cross-origin isolated)"}\n`);
console.log(line(header));
console.log("|" + widths.map((w, i) => (i ? "-".repeat(w + 1) + ":" : "-".repeat(w + 2))).join("|") + "|");
rows.forEach((r) => console.log(line(r)));
console.log("\ncold = fetch + compile + instantiate + first extraction; load = fetch + compile + instantiate; 1st call includes one-time set-up; 2nd call = the same article again. Each is its own median.");
console.log("heap = the JS heap of the library's own page; wasm = its linear memory.");
console.log("\nnative (release build):\n" + nativeOut.split("\n").filter((l) => !l.includes("written")).join("\n"));
const report = {
  date: new Date().toISOString(),
  commit,
  machine,
  load_average: { start: loadBefore, end: loadAfter },
  chromium: chromiumVersion,
  node: process.version,
  cross_origin_isolated: isolated,
  corpus: { articles: warm.articles, bytes: warm.bytes, min_bytes: sizesSorted[0], max_bytes: sizesSorted[sizesSorted.length - 1], dir: corpusDir },
  rounds,
  cold_start_pages: coldPages,
  cold_start_ms: cold,
  sizes,
  throughput: warm.results,
  native: JSON.parse(readFileSync(join(root, "bench-results/native.json"), "utf8")),
};
writeFileSync(join(root, "bench-results/browser.json"), JSON.stringify(report, null, 2) + "\n");
console.log("written bench-results/browser.json and bench-results/native.json");
