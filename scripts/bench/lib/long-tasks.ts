import { withChromium } from "./browser";

export type BlockingTime = { medianMs: number; runsMs: number[] };

/**
 * Blocking time measured in Chromium itself rather than simulated: the page loads `runs` times with the
 * CPU slowed 4x (as Lighthouse's mobile profile assumes), and the long tasks Chromium reports until the
 * network has been idle for a second after load (a framework has booted by then; islands have run) are
 * summed as TBT sums them (each task's time over 50 ms). Lighthouse's TBT scales
 * an unthrottled trace instead, which moves by tens of milliseconds from run to run.
 */
export async function blockingTimeAt4xCpu(url: string, runs = 5): Promise<BlockingTime> {
  const runsMs: number[] = [];
  await withChromium(async (browser) => {
    for (let index = 0; index < runs; index += 1) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      await page.addInitScript(() => {
        const tasks: number[] = [];
        Object.assign(window, { __longTasks: tasks });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) tasks.push(entry.duration);
        }).observe({ type: "longtask", buffered: true });
      });
      await page.goto(url, { waitUntil: "load" });
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(1_000);
      const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
      runsMs.push(Math.round(tasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0)));
      await context.close();
    }
  });
  const sorted = [...runsMs].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN, runsMs };
}
