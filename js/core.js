// Shared by the entry points of the package (index.js, bundler.js, node.js): one load of the
// WebAssembly module, however many times `init` is called, and a clear error when `extract` is
// called before it. Not an entry point of its own.
import initBinding, { initSync, extract as extractLoaded, version as versionLoaded } from "./reportage.js";

let loaded = false;
let loading = null;

/**
 * Loads the module once from `source` (anything the binding's init accepts: a URL, a Response,
 * bytes, a WebAssembly.Module, or a promise of one), or from what `fallback()` returns when
 * `source` is undefined. A failed load may be tried again.
 */
export function load(source, fallback) {
  if (loaded) return Promise.resolve();
  loading ??= (async () => {
    await initBinding({ module_or_path: await (source ?? fallback()) });
    loaded = true;
  })().catch((error) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** Loads the module from its bytes at once (Node, where they are read from disk). */
export function loadSync(bytes) {
  initSync({ module: bytes });
  loaded = true;
}

function notLoaded() {
  return new Error("reportage is not loaded yet: call `await init()` once before `extract`");
}

/**
 * Extracts facts from the text of a news article. Offsets are UTF-16 code units unless
 * `options.offsets` says otherwise, so `text.slice(span.start, span.end) === span.text`.
 * Throws an `Error` naming the option on bad options, or when the input is too large.
 */
export function extract(text, options) {
  if (!loaded) throw notLoaded();
  return extractLoaded(text, options);
}

/** The library's version. */
export function version() {
  if (!loaded) throw notLoaded();
  return versionLoaded();
}
