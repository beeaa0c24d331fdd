// Serves the test news pages on loopback, each under a Content-Security-Policy of its own:
//
//   /strict/<page>  CSP `script-src 'self'`: the page may load modules, not compile WebAssembly
//   /wasm/<page>    CSP `script-src 'self' 'wasm-unsafe-eval'`
//   /none/<page>    CSP `script-src 'none'`: no script at all, as on the pages the extension visits
//   /lib/dom.js     js/dom.js; /lib/<file> the built module (pkg/, else www/pkg/)
import { createServer } from "node:http";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const FIXTURES = join(ROOT, "tests/dom/fixtures");

/** The directory holding the built module: the npm package's pkg/ when built, else www/pkg/. */
export function moduleDir() {
  for (const dir of [join(ROOT, "pkg"), join(ROOT, "www/pkg")]) {
    if (existsSync(join(dir, "reportage_bg.wasm")) && existsSync(join(dir, "reportage.js"))) return dir;
  }
  throw new Error("no built module in pkg/ or www/pkg/: run bash scripts/build.sh first");
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
};

const SCRIPTS = { strict: "'self'", wasm: "'self' 'wasm-unsafe-eval'", none: "'none'" };

function policy(scripts) {
  return `default-src 'none'; script-src ${scripts}; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'`;
}

/** Starts the server on a free loopback port; resolves to `{ url, close() }`. */
export async function serveFixtures() {
  const lib = moduleDir();
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, "http://localhost").pathname;
    const [, area, name, extra] = path.split("/");
    let file = null;
    let csp = policy("'none'");
    if (area === "lib" && name && !extra && /^[\w.-]+$/.test(name)) {
      file = name === "dom.js" ? join(ROOT, "js/dom.js") : join(lib, name);
    } else if (area in SCRIPTS && name && !extra && /^[\w.-]+$/.test(name)) {
      file = join(FIXTURES, name);
      csp = policy(SCRIPTS[area]);
    }
    const headers = { "Content-Security-Policy": csp, "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" };
    try {
      if (!file) throw Object.assign(new Error("not found"), { code: "ENOENT" });
      const body = await readFile(file);
      res.writeHead(200, { ...headers, "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404, { ...headers, "Content-Type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}
