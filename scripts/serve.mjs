// Serves www/ on localhost with the right MIME types and a strict Content-Security-Policy.
// `node scripts/serve.mjs [port]`, or import { startServer } for tests.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const WWW = resolve(fileURLToPath(new URL("../www", import.meta.url)));
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".ts": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};
const CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; " +
  "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

async function handle(root, req, res) {
  const path = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
  const file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path));
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403).end("forbidden");
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Content-Security-Policy": CSP,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    });
    res.end(body);
  } catch {
    res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
  }
}

/** Serves `root` (default www/) on `port` (0: any free port); resolves to {server, url}. */
export function startServer(port = 0, host = "127.0.0.1", root = WWW) {
  return new Promise((ok, fail) => {
    const server = createServer((req, res) => {
      handle(resolve(root), req, res).catch(() => res.writeHead(500).end());
    });
    server.once("error", fail);
    server.listen(port, host, () => ok({ server, url: `http://${host}:${server.address().port}/` }));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const wanted = Number(process.argv[2] ?? process.env.PORT ?? 8080);
  let started = null;
  for (let port = wanted; port < wanted + 20 && !started; port++) {
    started = await startServer(port).catch((e) => (e.code === "EADDRINUSE" ? null : Promise.reject(e)));
  }
  started ??= await startServer(0);
  console.log(`reportage demo: ${started.url}  (Ctrl-C to stop)`);
}
