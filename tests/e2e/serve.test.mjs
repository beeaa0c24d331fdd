// The demo server (scripts/serve.mjs) on a root of our own: what it serves, what it refuses,
// and the security headers on every answer.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { request } from "node:http";
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "../../scripts/serve.mjs";

const INDEX = "<!doctype html><title>demo</title>";
const SECRET = "outside the root";
let scratch, server, port;

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), "reportage-serve-"));
  const root = join(scratch, "www");
  mkdirSync(join(root, "pkg"), { recursive: true });
  writeFileSync(join(root, "index.html"), INDEX);
  writeFileSync(join(root, "pkg", "app.js"), "export {};");
  writeFileSync(join(scratch, "secret.txt"), SECRET);
  symlinkSync(join(scratch, "secret.txt"), join(root, "leak.txt"));
  symlinkSync(scratch, join(root, "leakdir"));
  symlinkSync("index.html", join(root, "alias.html"));
  symlinkSync("loop", join(root, "loop"));
  ({ server } = await startServer(0, "127.0.0.1", root));
  port = server.address().port;
});

after(() => {
  server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** One request with the path sent as written (fetch would normalise `..` and escapes). */
function get(path, method = "GET") {
  return new Promise((ok, fail) => {
    const req = request({ host: "127.0.0.1", port, path, method }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    req.on("error", fail);
    req.end();
  });
}

function assertSecurityHeaders(res, what) {
  assert.match(res.headers["content-security-policy"] ?? "", /default-src 'none'/, what);
  assert.match(res.headers["content-security-policy"], /frame-ancestors 'none'/, what);
  assert.equal(res.headers["x-content-type-options"], "nosniff", what);
  assert.equal(res.headers["referrer-policy"], "no-referrer", what);
  assert.equal(res.headers["cache-control"], "no-store", what);
}

test("serves files with their type and the security headers", async () => {
  for (const [path, type, body] of [
    ["/", /^text\/html/, INDEX],
    ["/index.html", /^text\/html/, INDEX],
    ["/pkg/app.js", /^text\/javascript/, "export {};"],
  ]) {
    const res = await get(path);
    assert.equal(res.status, 200, path);
    assert.match(res.headers["content-type"], type, path);
    assert.equal(res.body, body, path);
    assertSecurityHeaders(res, path);
  }
});

test("HEAD answers with the headers and no body", async () => {
  const res = await get("/index.html", "HEAD");
  assert.equal(res.status, 200);
  assert.equal(res.headers["content-length"], String(Buffer.byteLength(INDEX)));
  assert.match(res.headers["content-type"], /^text\/html/);
  assert.equal(res.body, "");
  assertSecurityHeaders(res, "HEAD");
});

test("methods other than GET and HEAD are 405 with an Allow header", async () => {
  for (const method of ["POST", "PUT", "DELETE", "OPTIONS", "PATCH"]) {
    const res = await get("/index.html", method);
    assert.equal(res.status, 405, method);
    assert.equal(res.headers.allow, "GET, HEAD", method);
    assertSecurityHeaders(res, method);
  }
});

test("a bad percent escape is 400, and the server keeps serving", async () => {
  for (const path of ["/%zz", "/%E0%A4%A", "/index.html%", "/%00"]) {
    const res = await get(path);
    assert.equal(res.status, 400, path);
    assertSecurityHeaders(res, path);
  }
  assert.equal((await get("/")).status, 200);
});

test("a symbolic link out of the root is 403; one inside it is served", async () => {
  for (const path of ["/leak.txt", "/leakdir/secret.txt"]) {
    const res = await get(path);
    assert.equal(res.status, 403, path);
    assert.doesNotMatch(res.body, new RegExp(SECRET), path);
    assertSecurityHeaders(res, path);
  }
  const alias = await get("/alias.html");
  assert.equal(alias.status, 200);
  assert.equal(alias.body, INDEX);
});

test("a path out of the root by .. is not served", async () => {
  // The URL parser removes plain and escaped dot segments; an escaped slash is left to us.
  for (const [path, status] of [["/../secret.txt", 404], ["/%2e%2e/secret.txt", 404], ["/pkg/..%2f..%2fsecret.txt", 403]]) {
    const res = await get(path);
    assert.equal(res.status, status, path);
    assert.doesNotMatch(res.body, new RegExp(SECRET), path);
    assertSecurityHeaders(res, path);
  }
});

test("a missing file or a directory is 404", async () => {
  for (const path of ["/missing.js", "/index.html/x", "/pkg"]) {
    const res = await get(path);
    assert.equal(res.status, 404, path);
    assertSecurityHeaders(res, path);
  }
});

test("a server-side failure (a symbolic link loop) is 500 with the security headers", async () => {
  const res = await get("/loop");
  assert.equal(res.status, 500);
  assertSecurityHeaders(res, "500");
});
