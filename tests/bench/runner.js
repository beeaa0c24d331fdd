// Runs in the benchmark page. Each library is loaded on demand; timings use performance.now().
const LIBS = {
  async reportage() {
    const t0 = performance.now();
    const mod = await import("./pkg/reportage.js");
    const wasm = await mod.default();
    return { t0, run: (text) => mod.extract(text), wasmBytes: () => wasm.memory.buffer.byteLength };
  },
  async compromise() {
    const t0 = performance.now();
    const mod = await import("./compromise.js");
    return { t0, run: await mod.load() };
  },
  async wink() {
    const t0 = performance.now();
    const mod = await import("./wink.js");
    return { t0, run: await mod.load() };
  },
  async chrono() {
    const t0 = performance.now();
    const mod = await import("./chrono.js");
    return { t0, run: await mod.load() };
  },
};

/** Fetch + compile + instantiate + first extraction, in a fresh page, with its two phases. */
window.coldStart = async (name, text) => {
  const lib = await LIBS[name]();
  const loaded = performance.now();
  lib.run(text);
  const done = performance.now();
  lib.run(text);
  const again = performance.now() - done;
  return { total: done - lib.t0, load: loaded - lib.t0, first_call: done - loaded, second_call: again, isolated: self.crossOriginIsolated };
};

let loaded = null;
let texts = [];

/** Loads one library into this page and keeps the corpus; one untimed pass over all of it
 * first, so that no library's one-time set-up (a second language, the engine's warm-up)
 * falls in a timed round. */
window.prepare = async (name, corpus) => {
  loaded = await LIBS[name]();
  texts = corpus;
  for (const t of texts) loaded.run(t);
  return true;
};

/** One pass over the corpus: per-article times, total, this page's heap and wasm memory. */
window.round = () => {
  const times = [];
  const start = performance.now();
  for (const t of texts) {
    const a = performance.now();
    loaded.run(t);
    times.push(performance.now() - a);
  }
  const total = performance.now() - start;
  return {
    times,
    total,
    heap: performance.memory ? performance.memory.usedJSHeapSize : 0,
    wasm: loaded.wasmBytes ? loaded.wasmBytes() : 0,
  };
};
