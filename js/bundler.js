// `reportage` for bundlers (the package's "module" condition, which esbuild, Vite, webpack and
// Rollup use and browsers and Node do not): the WebAssembly module is inside the JavaScript,
// gzip-compressed and in base64, so that a bundle works with no loader to configure and no file
// to copy. `init()` decompresses it (DecompressionStream) and compiles it as it streams.
import { load } from "./core.js";
import embedded from "./reportage_embedded.js";

export { extract, version } from "./core.js";

function decompress() {
  const text = atob(embedded);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream, { headers: { "Content-Type": "application/wasm" } });
}

/**
 * Compiles the WebAssembly module embedded in the bundle, once: later calls return the same
 * promise, and resolve at once when it is loaded. `wasm` loads it from elsewhere instead (a URL,
 * a Response, its bytes, or a WebAssembly.Module).
 */
export function init(wasm) {
  return load(wasm, decompress);
}
