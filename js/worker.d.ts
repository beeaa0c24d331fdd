// `reportage/worker`: extraction in a module worker behind a promise API, so that a page never
// blocks on a long article.
//
//   import { createClient } from "reportage/worker";
//   const client = createClient({ onProgress: (p) => console.log(p.phase) });
//   const result = await client.extract(text, { language: "en" });
//   client.terminate();
//
// Without a bundler, the worker script (worker-thread.js) and the module (reportage_bg.wasm)
// are fetched from beside worker.js. Vite and webpack bundle both. esbuild bundles neither:
// serve worker-thread.js, reportage.js and reportage_bg.wasm beside the bundle, or give their
// URLs in `ClientOptions`.
import type { Extraction, ExtractOptions } from "./reportage.js";

/** How far the worker has got in loading the module. */
export interface Progress {
  phase: "download" | "compile" | "ready";
  /** Bytes received so far (download phase). */
  loaded?: number;
  /** Bytes expected, or 0 when the server does not say (download phase). */
  total?: number;
}

export interface ClientOptions {
  /** URL of the worker script; by default `worker-thread.js` beside `worker.js`. */
  worker?: string | URL;
  /** URL of `reportage_bg.wasm`; by default beside the worker script. */
  wasm?: string | URL;
  onProgress?: (progress: Progress) => void;
}

export interface Client {
  /** Resolves once the module is ready; rejects with the reason it could not load. */
  ready: Promise<void>;
  /**
   * Extracts in the worker (loading the module first if need be); resolves to the same plain
   * object as `extract` in the page, and rejects with the same message on bad options, or
   * with the reason the module could not load.
   */
  extract(text: string, options?: ExtractOptions): Promise<Extraction>;
  /** Stops the worker; pending and later extractions reject ("reportage worker terminated"). */
  terminate(): void;
}

/** Starts a module worker that runs extraction off the main thread. */
export function createClient(options?: ClientOptions): Client;
