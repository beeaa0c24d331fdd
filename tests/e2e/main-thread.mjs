// What the page's main thread did while a test acted: the long tasks (over 50 ms) that the page's
// own PerformanceObserver reports, and, from a Chromium trace, how long each task took and how
// much of that was the thread's own CPU time.
//
// A long task is measured by the clock on the wall: on a machine whose cores are shared with
// other busy processes, a task of 10 ms of work can take 60 ms to finish, and be reported. The
// CPU time of the same task says whether the page did too much at once, whatever else runs.
import { availableParallelism, loadavg } from "node:os";

/** The budget of one task of the main thread, in ms. */
export const BUDGET = 50;

/**
 * Whether the machine has more to run than it has cores (the load average of the last minute,
 * which counts this test's own browser and worker too): then the clock on the wall says little.
 */
export function machineBusy() {
  return loadavg()[0] > availableParallelism();
}

/** Starts watching `page`'s main thread; `stop()` resolves to what it did meanwhile. */
export async function watchMainThread(page) {
  await page.evaluate(() => {
    const from = performance.now();
    window.__longTasks = [];
    window.__longTaskObserver?.disconnect();
    window.__longTaskObserver = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.startTime >= from) window.__longTasks.push({ at: Math.round(e.startTime - from), ms: Math.round(e.duration) });
      }
    });
    window.__longTaskObserver.observe({ type: "longtask", buffered: true });
  });
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
  await cdp.send("Tracing.start", { traceConfig: { includedCategories: ["toplevel"] }, transferMode: "ReportEvents" });
  return {
    /**
     * {longTasks: [{at, ms}] as the page reported them, tasks: the number of tasks,
     * longest: {ms, cpu} the task that took longest, busiest: {ms, cpu} the one with the most
     * CPU time, all: [{ms, cpu}] every task}.
     */
    async stop() {
      // A long task is reported once it is over: let those under way end.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
      const longTasks = await page.evaluate(() => window.__longTasks);
      const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
      await cdp.send("Tracing.end");
      await complete;
      await cdp.detach();
      const mainThreads = new Set(
        events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`),
      );
      const tasks = events
        .filter((e) => e.ph === "X" && e.name === "ThreadControllerImpl::RunTask" && mainThreads.has(`${e.pid}:${e.tid}`))
        .map((e) => ({ ms: Math.round(e.dur / 100) / 10, cpu: Math.round((e.tdur ?? e.dur) / 100) / 10 }));
      const top = (key) => tasks.reduce((a, b) => (b[key] > a[key] ? b : a), { ms: 0, cpu: 0 });
      return { longTasks, tasks: tasks.length, longest: top("ms"), busiest: top("cpu"), all: tasks };
    },
  };
}

/**
 * How much slower than the machine the budget was set on this one runs the main thread's kind of
 * work, now (1 or more): the fastest of several runs of a fixed piece of work (reading back JSON
 * like a result's, and laying out paragraphs of marked text) in a blank page of `browser`'s, apart
 * from the page under test so that what that page holds does not slow it, over what it took there.
 * A machine three times slower, or one whose shared cores are that much slower at the moment,
 * takes three times the CPU time for the same task: held to BUDGET × pace, the page is still asked
 * to slice its work as finely, and a task that does all at once (hundreds of ms) still fails.
 */
export async function machinePace(context) {
  const page = await context.newPage();
  const runs = await page.evaluate(() => {
    const once = () => {
      const from = performance.now();
      const items = [];
      for (let j = 0; j < 5000; j++) items.push({ kind: "figure", span: { start: j, end: j + 5 }, text: `word ${j}` });
      if (JSON.parse(JSON.stringify(items)).length !== items.length) throw new Error("JSON did not round-trip");
      const box = document.createElement("div");
      box.style.cssText = "position: absolute; left: -10000px; top: 0; width: 800px";
      for (let j = 0; j < 200; j++) {
        const p = document.createElement("p");
        const mark = document.createElement("mark");
        mark.textContent = `${j} figures`;
        p.append(`Sentence ${j} of a fixed measure, with `, mark, " and some more words after them.");
        box.append(p);
      }
      document.body.append(box);
      if (!(box.offsetHeight > 0)) throw new Error("nothing was laid out");
      box.remove();
      return performance.now() - from;
    };
    // The first runs are slower while the engine compiles the work.
    for (let i = 0; i < 5; i++) once();
    return Array.from({ length: 9 }, once);
  });
  await page.close();
  const fastest = Math.min(...runs);
  return { ms: Math.round(fastest * 10) / 10, pace: Math.max(1, fastest / REFERENCE_MS) };
}

/**
 * What machinePace's work takes, in ms, on the machine the budget was set on (2 shared cores,
 * Debian 12, Debian's Chromium, headless): from 12 to 27 ms over a day's runs there, 18 typically,
 * where the demo's longest main-thread task took 20 to 37 ms of CPU in the same runs.
 */
const REFERENCE_MS = 18;
