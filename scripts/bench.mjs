// `npm run bench [-- DIR] [-- --rounds N]`: reportage against compromise (+ compromise-dates),
// wink-nlp (+ wink-eng-lite-web-model) and chrono-node in headless Chromium, interleaved on
// one corpus; then the same corpus natively. Prints a table and writes bench-results/*.json.
//
// `npm run bench -- adversarial [--mem-mb N] [--timeout S] [--shapes a,b] [--sizes N,N]`: the
// native adversarial bench instead (`reportage-bench --adversarial`, release build): every
// hostile input shape at 100 KB and 1 MB in a capped child process; writes
// bench-results/adversarial.json.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
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
const rounds = Number(args[args.indexOf("--rounds") + 1] || 0) || 5;
const corpusArg = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--rounds");
const run = (cmd, cmdArgs) => execFileSync(cmd, cmdArgs, { cwd: root, stdio: ["ignore", "pipe", "inherit"] }).toString();

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
const cold = {};
try {
  for (const name of names) {
    const samples = [];
    for (let i = 0; i < 3; i++) {
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => typeof window.coldStart === "function");
      samples.push(await page.evaluate(([n, t]) => window.coldStart(n, t), [name, texts[0]]));
      await page.close();
    }
    cold[name] = samples.sort((a, b) => a.total - b.total)[1];
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
const kb = (b) => (b / 1024).toFixed(0);
const mb = (b) => (b / 1048576).toFixed(1);
const rows = names.map((n) => {
  const r = warm.results[n];
  return [n, r.mb_per_s.toFixed(2), r.p50_ms.toFixed(2), r.p95_ms.toFixed(2), cold[n].total.toFixed(0), kb(sizes[n].raw), kb(sizes[n].gzip), kb(sizes[n].brotli), mb(r.peak_js_heap_bytes), r.wasm_memory_bytes ? mb(r.wasm_memory_bytes) : "-"];
});
const header = ["library", "MB/s", "p50 ms", "p95 ms", "cold ms", "raw KB", "gzip KB", "br KB", "heap MB", "wasm MB"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => "| " + cells.map((c, i) => c.padStart(widths[i])).join(" | ") + " |";
const chromiumVersion = execFileSync(chromiumPath(), ["--version"], { stdio: ["ignore", "pipe", "ignore"] }).toString().trim();
console.log(`\nbrowser: ${chromiumVersion}; ${warm.articles} articles, ${kb(warm.bytes)} KB, ${warm.rounds} interleaved rounds`);
console.log(line(header));
console.log("|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|");
rows.forEach((r) => console.log(line(r)));
console.log("\ncold start phases (median of 3 fresh pages): load = fetch + compile + instantiate; first call includes one-time set-up");
for (const n of names) {
  const c = cold[n];
  console.log(`  ${n.padEnd(11)} load ${c.load.toFixed(0)} ms, first call ${c.first_call.toFixed(0)} ms, second call ${c.second_call.toFixed(1)} ms`);
}
console.log("\nnative (release build):\n" + nativeOut.split("\n").filter((l) => !l.includes("written")).join("\n"));
const report = { date: new Date().toISOString(), chromium: chromiumVersion, corpus: { articles: warm.articles, bytes: warm.bytes, dir: corpusDir }, rounds, cold_start_ms: cold, sizes, throughput: warm.results, native: JSON.parse(readFileSync(join(root, "bench-results/native.json"), "utf8")) };
writeFileSync(join(root, "bench-results/browser.json"), JSON.stringify(report, null, 2) + "\n");
console.log("written bench-results/browser.json and bench-results/native.json");
