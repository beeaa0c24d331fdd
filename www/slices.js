// Work on the main thread in slices short enough that the page never stops answering: a loop over
// many items asks `due()` now and then and, once the current slice has run for SLICE_MS, awaits
// `yieldToBrowser()`, which gives the thread back to the browser (to handle a click), or, when
// the loop adds to the page, `afterFrame()`: what it added is then laid out and painted before it
// adds more, instead of many slices' worth of elements in one long frame.

/** How long a slice may run before it gives the thread back. A task of 50 ms is a "long task". */
const SLICE_MS = 5;

let sliceStart = performance.now();

/** Gives the thread back to the browser now, and starts a new slice when it comes back. */
export async function yieldToBrowser() {
  if (globalThis.scheduler?.yield) await globalThis.scheduler.yield();
  else await new Promise((resolve) => setTimeout(resolve, 0));
  sliceStart = performance.now();
}

/** Waits until the browser has drawn a frame (so what was added is laid out), then starts a new slice. */
export async function afterFrame() {
  // A hidden page draws no frames.
  if (document.hidden) return yieldToBrowser();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  sliceStart = performance.now();
}

/** Whether the current slice has run long enough: `if (due()) await yieldToBrowser();` in a loop. */
export function due() {
  return performance.now() - sliceStart > SLICE_MS;
}

/** Thrown (and caught by the caller) when work is abandoned because a newer request replaced it. */
export class Superseded extends Error {
  constructor() {
    super("superseded by a newer request");
    this.name = "Superseded";
  }
}

/** How many items a sorted run holds, or a merge moves, between two questions to `due()`. */
const RUN = 4096;

/**
 * `items` sorted by `compare` (stable), in slices: runs of RUN items are sorted, then merged
 * in pairs, and `check()` (which may give the thread back) is awaited between slices, so that
 * sorting some hundred thousand items never holds the thread for long.
 */
export async function sortInSlices(items, compare, check) {
  let runs = [];
  for (let i = 0; i < items.length; i += RUN) {
    runs.push(items.slice(i, i + RUN).sort(compare));
    await check();
  }
  while (runs.length > 1) {
    const merged = [];
    for (let r = 0; r < runs.length; r += 2) {
      const [a, b = []] = [runs[r], runs[r + 1]];
      const out = new Array(a.length + b.length);
      let i = 0;
      let j = 0;
      let k = 0;
      while (i < a.length || j < b.length) {
        // Stable: on a tie, the earlier run's item first.
        out[k++] = j >= b.length || (i < a.length && compare(a[i], b[j]) <= 0) ? a[i++] : b[j++];
        if (k % RUN === 0) await check();
      }
      merged.push(out);
    }
    runs = merged;
    await check();
  }
  return runs[0] ?? [];
}
