import autocannon from "autocannon";
import { inChild, runAsWorker } from "./in-child";

export type LoadResult = { requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number; total: number };

/** `method`: POST for beacons; `rate`: requests a second in all, at most (autocannon's overallRate). */
export type LoadOptions = { connections?: number; seconds?: number; headers?: Record<string, string>; warmUp?: boolean; nextPath?: () => string; method?: "GET" | "POST"; rate?: number };

/**
 * autocannon against one URL on loopback, bounded in connections and seconds; with `nextPath`, each
 * request asks for the path it returns instead (a new search each time, say).
 */
export async function load(
  url: string,
  {
    connections = 50,
    seconds = 10,
    headers = {},
    warmUp = true,
    nextPath,
    method = "GET",
    rate,
  }: LoadOptions = {},
): Promise<LoadResult> {
  if (!/^http:\/\/(127\.\d+\.\d+\.\d+|localhost)(:\d+)?(\/|$)/.test(url)) throw new Error(`load tests stay on loopback: ${url}`);
  // A short warm-up first, so every server is measured with its code compiled and caches full.
  const requests: autocannon.Request[] | undefined = nextPath ? [{ setupRequest: (request) => ({ ...request, path: nextPath() }) }] : undefined;
  const shared = { url, connections, headers, method, ...(rate ? { overallRate: rate } : {}), ...(requests ? { requests } : {}) };
  if (warmUp) await autocannon({ ...shared, duration: 2 });
  const result = await autocannon({ ...shared, duration: seconds });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

/**
 * Loads several servers in turn, `rounds` times, and keeps each one's best round. On two cores a busy
 * spell only ever lowers a figure; taking turns keeps it from landing on one server alone.
 */
export async function compareThroughput<Name extends string>(urls: Record<Name, string>, rounds = 2): Promise<Record<Name, LoadResult>> {
  const best = {} as Record<Name, LoadResult>;
  for (let round = 0; round < rounds; round += 1) {
    for (const name of Object.keys(urls) as Name[]) {
      const result = await load(urls[name]);
      if (!best[name] || result.requestsPerSecond > best[name].requestsPerSecond) best[name] = result;
    }
  }
  return best;
}

type LoadInChildOptions = Omit<LoadOptions, "nextPath"> & { url: string; paths: readonly string[] };

/**
 * The same load from a process of its own, taking `paths` in turn: readers of several pages, measured
 * while this process does other work (publishes, checks) that must not slow the load's own clock.
 */
export function loadInChild(url: string, paths: readonly string[], options: Omit<LoadOptions, "nextPath"> = {}): Promise<LoadResult> {
  return inChild<LoadResult>(import.meta.filename, { ...options, url, paths } satisfies LoadInChildOptions);
}

runAsWorker<LoadInChildOptions>(import.meta.filename, ({ url, paths, ...options }) => {
  let turn = 0;
  return load(url, { ...options, nextPath: () => paths[turn++ % paths.length] ?? "/" });
});
