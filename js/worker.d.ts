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
  extract(text: string, options?: ExtractOptions): Promise<Extraction>;
  terminate(): void;
}

/** Starts a module worker that runs extraction off the main thread. */
export function createClient(options?: ClientOptions): Client;
