// The module worker behind `reportage/worker`: loads the WebAssembly once, reporting its
// progress, then answers extraction requests one at a time, so that the page never blocks.
//
// Messages in:  { type: "load", wasm?: string }  then  { type: "extract", id, text, options }
// Messages out: { type: "progress", phase: "download" | "compile" | "ready", loaded?, total? }
//               { type: "result", id, result, ms }  or  { type: "error", id?, message }
import init, { extract } from "./reportage.js";

let loading = null;

/** Fetches the module's bytes, telling the page how far the download has gone. */
async function download(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not fetch ${url}: HTTP ${response.status}`);
  const total = Number(response.headers.get("content-length")) || 0;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks = [];
  let loaded = 0;
  let told = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    // At most one message per 64 KB received.
    if (loaded - told >= 65_536) {
      told = loaded;
      // A server that compresses the module gives the compressed size as its length: more
      // bytes than that arrive, and the total grows with them.
      postMessage({ type: "progress", phase: "download", loaded, total: total && Math.max(total, loaded) });
    }
  }
  const bytes = new Uint8Array(loaded);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  postMessage({ type: "progress", phase: "download", loaded, total: total || loaded });
  return bytes;
}

async function load(wasm) {
  const url = wasm ? new URL(wasm, self.location.href) : new URL("./reportage_bg.wasm", import.meta.url);
  const bytes = await download(url);
  postMessage({ type: "progress", phase: "compile" });
  await init({ module_or_path: bytes });
  postMessage({ type: "progress", phase: "ready" });
}

self.onmessage = async ({ data }) => {
  if (data?.type === "load") {
    loading ??= load(data.wasm);
    try {
      await loading;
    } catch (e) {
      postMessage({ type: "error", message: `reportage could not start: ${e?.message ?? e}` });
    }
    return;
  }
  if (data?.type !== "extract") return;
  const { id, text, options } = data;
  try {
    loading ??= load();
    await loading;
    const started = performance.now();
    const result = extract(text, options);
    postMessage({ type: "result", id, result, ms: performance.now() - started });
  } catch (e) {
    postMessage({ type: "error", id, message: String(e?.message ?? e) });
  }
};
