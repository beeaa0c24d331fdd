// `reportage` in Node (the package's "node" condition): the WebAssembly module is read from
// disk beside this file and compiled when the package is imported, so `extract` works at once,
// with no network. `init()` is there for code shared with browsers; it resolves at once.
import { readFileSync } from "node:fs";
import { loadSync } from "./core.js";

export { extract, version } from "./core.js";

loadSync(readFileSync(new URL("./reportage_bg.wasm", import.meta.url)));

/** Resolves at once: in Node the module is loaded on import. */
export function init() {
  return Promise.resolve();
}
