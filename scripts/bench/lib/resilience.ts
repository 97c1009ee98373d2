import http from "node:http";
import { load, type LoadResult } from "./load";
import { treeRss } from "./process-tree";
import { startOrigin } from "./server";

/** Memory of the origin, its front and its renderers, in MB. */
const rssMb = (pid: number) => Math.round(treeRss(pid) / 2 ** 20);

/** Six bursts of load; the origin's memory (front and renderers) after each. Flat means no leak per request. */
export async function memoryAcrossBursts(url: string, pid: number, bursts = 6): Promise<{ rssMb: number[]; results: LoadResult[] }> {
  const rss: number[] = [];
  const results: LoadResult[] = [];
  for (let index = 0; index < bursts; index += 1) {
    results.push(await load(url, { connections: 50, seconds: 5 }));
    rss.push(rssMb(pid));
  }
  return { rssMb: rss, results };
}

type Outcome = { startedAt: number; ok: boolean; error?: string };

/**
 * 50 concurrent request loops against a fresh server; SIGTERM after `afterMs`. Requests started before
 * the signal were in flight or queued on open connections: all must succeed. Requests after it may be
 * refused (the server has stopped accepting), which is what draining means.
 */
export async function drainOnSigterm(dir: string, port: number, path: string, afterMs = 3000) {
  const server = await startOrigin(dir, port);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 50 });
  const outcomes: Outcome[] = [];
  let signalAt = Infinity;
  let stopped = false;

  const once = () =>
    new Promise<void>((resolve) => {
      const startedAt = performance.now();
      const request = http.get({ host: "127.0.0.1", port, path, agent }, (response) => {
        response.resume();
        response.on("end", () => {
          outcomes.push({ startedAt, ok: response.statusCode === 200 && response.complete });
          resolve();
        });
        response.on("error", (error) => {
          outcomes.push({ startedAt, ok: false, error: error.message });
          resolve();
        });
      });
      request.on("error", (error) => {
        outcomes.push({ startedAt, ok: false, error: (error as NodeJS.ErrnoException).code ?? error.message });
        resolve();
      });
    });
  const loop = async () => {
    while (!stopped) await once();
  };
  const loops = Array.from({ length: 50 }, loop);
  const exited = new Promise<number | null>((resolve) => server.process.once("exit", (code) => resolve(code)));
  setTimeout(() => {
    signalAt = performance.now();
    server.process.kill("SIGTERM");
  }, afterMs);
  const exitCode = await exited;
  const exitedAt = performance.now();
  stopped = true;
  await Promise.all(loops);
  agent.destroy();

  const before = outcomes.filter((outcome) => outcome.startedAt < signalAt);
  const after = outcomes.filter((outcome) => outcome.startedAt >= signalAt);
  return {
    exitCode,
    drainMs: Math.round(exitedAt - signalAt),
    beforeSignal: { total: before.length, failed: before.filter((outcome) => !outcome.ok).length },
    afterSignal: { total: after.length, refused: after.filter((outcome) => !outcome.ok).length },
  };
}
