// `reportage/worker`: extraction in a module worker behind a promise API, so that a page never
// blocks on a long article.
//
//   import { createClient } from "reportage/worker";
//   const client = createClient({ onProgress: (p) => console.log(p.phase) });
//   const result = await client.extract(text, { language: "en" });
//   client.terminate();

/**
 * Starts a worker that loads reportage. `options.worker` is the worker script's URL (by
 * default `worker-thread.js` beside this file), `options.wasm` the module's URL, and
 * `options.onProgress` receives `{ phase: "download" | "compile" | "ready", loaded, total }`.
 */
export function createClient(options = {}) {
  // Written out in full, `new Worker(new URL(..., import.meta.url), {...})` is the form that
  // Vite and webpack recognise: they bundle the worker script and the module it loads.
  const worker = options.worker
    ? new Worker(options.worker, { type: "module", name: "reportage" })
    : new Worker(new URL("./worker-thread.js", import.meta.url), { type: "module", name: "reportage" });
  const pending = new Map();
  let next = 1;
  let failure = null;
  let markReady;
  let markFailed;
  const ready = new Promise((resolve, reject) => {
    markReady = resolve;
    markFailed = reject;
  });
  // A client that is never awaited must not report an unhandled rejection.
  ready.catch(() => {});

  const fail = (error) => {
    failure = error;
    markFailed(error);
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.onmessage = ({ data }) => {
    if (data.type === "progress") {
      if (data.phase === "ready") markReady();
      options.onProgress?.(data);
    } else if (data.type === "result" || data.type === "error") {
      const waiting = pending.get(data.id);
      if (!waiting) {
        if (data.type === "error") fail(new Error(data.message));
        return;
      }
      pending.delete(data.id);
      if (data.type === "result") waiting.resolve(data.result);
      else waiting.reject(new Error(data.message));
    }
  };
  // A message that cannot be read (it never should) fails every call waiting rather than
  // leaving them pending.
  worker.onmessageerror = () => fail(new Error("reportage worker sent a message that could not be read"));
  worker.onerror = (event) => {
    event.preventDefault?.();
    fail(new Error(`reportage worker failed: ${event.message || "the script could not be loaded"}`));
  };
  // A relative module URL is the page's, as the worker script's is: resolve it here, since the
  // worker would resolve it against its own location.
  const wasm = options.wasm ? new URL(String(options.wasm), globalThis.location?.href).href : undefined;
  worker.postMessage({ type: "load", wasm });

  return {
    /** Settles once the module is compiled and ready, or fails with the reason it could not load. */
    ready,
    /** Extracts in the worker; resolves to the same plain object as `extract`. */
    extract(text, extractOptions) {
      if (failure) return Promise.reject(failure);
      const id = next++;
      return new Promise((resolve, reject) => {
        // Options that cannot be sent to the worker (a function, say) throw here, and are
        // then not left waiting for an answer that never comes.
        worker.postMessage({ type: "extract", id, text, options: extractOptions });
        pending.set(id, { resolve, reject });
      });
    },
    /** Stops the worker; pending extractions are rejected. */
    terminate() {
      worker.terminate();
      fail(new Error("reportage worker terminated"));
    },
  };
}
