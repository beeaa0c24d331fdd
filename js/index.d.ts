// The API of the package's main entry, the same under every condition (index.js, bundler.js,
// node.js). The result and option types are those of the generated binding.
import type { Extraction, ExtractOptions, InitInput } from "./reportage.js";

export type * from "./reportage.js";

/**
 * Loads the WebAssembly module, once; `extract` throws until it has resolved. Later calls
 * return the same promise. In a page it fetches `reportage_bg.wasm` beside the package's
 * `index.js`; in a bundle it compiles the copy embedded in the bundle; in Node the module is
 * already loaded on import and this resolves at once. `wasm` loads the module from elsewhere
 * (a URL, a Response, its bytes, or a WebAssembly.Module).
 */
export function init(wasm?: InitInput | Promise<InitInput>): Promise<void>;

/**
 * Extracts facts from the text of a news article. Offsets are UTF-16 code units unless
 * `options.offsets` says otherwise, so `text.slice(span.start, span.end) === span.text`.
 * Throws an `Error` naming the option on bad options, when the input is too large, or when
 * `init()` has not resolved yet (outside Node).
 */
export function extract(text: string, options?: ExtractOptions): Extraction;

/** The library's version (throws, like `extract`, before `init()` has resolved). */
export function version(): string;
