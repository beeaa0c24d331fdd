// `reportage` in a page or a module worker without a bundler (and the entry of any tool that
// uses none of the package's conditions): the WebAssembly module is fetched from beside this
// file when `init()` is called.
//
//   import { init, extract } from "./node_modules/reportage/index.js";
//   await init();
//   const result = extract(text, { language: "en" });
import { load } from "./core.js";

export { extract, version } from "./core.js";

/**
 * Fetches and compiles the WebAssembly module, once: later calls return the same promise, and
 * resolve at once when it is loaded. `wasm` overrides where the module comes from (a URL,
 * a Response, its bytes, or a WebAssembly.Module); by default `reportage_bg.wasm` beside this
 * file.
 */
export function init(wasm) {
  return load(wasm, () => new URL("./reportage_bg.wasm", import.meta.url));
}
