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
     * CPU time, overBudget: [{ms, cpu}] the tasks with BUDGET ms of CPU time or more}.
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
      return { longTasks, tasks: tasks.length, longest: top("ms"), busiest: top("cpu"), overBudget: tasks.filter((t) => t.cpu >= BUDGET) };
    },
  };
}
