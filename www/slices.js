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
