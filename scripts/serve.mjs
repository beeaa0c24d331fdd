// Serves www/ on localhost with the right MIME types and a strict Content-Security-Policy.
// `node scripts/serve.mjs [port]`, or import { startServer } for tests.
//
// GET and HEAD only (405 otherwise); a bad %-escape is 400; a path that leaves the root, by
// `..` or by a symbolic link pointing outside it, is 403. Every response, errors included,
// carries the security headers.
import { createServer } from "node:http";
import { readFile, realpath } from "node:fs/promises";
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
const SECURITY_HEADERS = {
  "Content-Security-Policy": CSP,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
  // With the opener policy, this makes pages cross-origin isolated: every resource is ours,
  // and timers keep their full resolution (the benchmark's per-article times need it).
  "Cross-Origin-Embedder-Policy": "require-corp",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Cache-Control": "no-store",
};
// A missing file, or a path through something that is not a directory.
const NOT_FOUND = new Set(["ENOENT", "ENOTDIR", "EISDIR", "ENAMETOOLONG"]);

function send(req, res, status, body, headers = {}) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const bytes = typeof body === "string" ? Buffer.from(body) : body;
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    "Content-Type": "text/plain; charset=utf-8",
    ...headers,
    "Content-Length": bytes.length,
  });
  res.end(req.method === "HEAD" ? undefined : bytes);
}

const inside = (root, path) => path === root || path.startsWith(root + sep);

async function handle(root, req, res) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    send(req, res, 405, "method not allowed", { Allow: "GET, HEAD" });
    return;
  }
  let path;
  try {
    path = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
  } catch {
    send(req, res, 400, "bad request");
    return;
  }
  if (path.includes("\0")) {
    send(req, res, 400, "bad request");
    return;
  }
  const file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path));
  if (!inside(root, file)) {
    send(req, res, 403, "forbidden");
    return;
  }
  let real;
  try {
    // The file as it really is on disk: a symbolic link may lead out of the root.
    real = await realpath(file);
  } catch (e) {
    if (!NOT_FOUND.has(e.code)) throw e;
    send(req, res, 404, "not found");
    return;
  }
  if (!inside(root, real)) {
    send(req, res, 403, "forbidden");
    return;
  }
  let body;
  try {
    body = await readFile(real);
  } catch (e) {
    if (!NOT_FOUND.has(e.code)) throw e;
    send(req, res, 404, "not found");
    return;
  }
  send(req, res, 200, body, { "Content-Type": TYPES[extname(real)] ?? "application/octet-stream" });
}

/** Serves `root` (default www/) on `port` (0: any free port); resolves to {server, url}. */
export async function startServer(port = 0, host = "127.0.0.1", root = WWW) {
  // Compared with real paths, so the root's own path may go through symbolic links.
  const realRoot = await realpath(resolve(root));
  return new Promise((ok, fail) => {
    const server = createServer((req, res) => {
      handle(realRoot, req, res).catch(() => send(req, res, 500, "internal server error"));
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
  console.log(`[serve] the reportage demo is at ${started.url}  (Ctrl-C to stop)`);
}
