/**
 * Readers following a live story: `readers` phones, each asking the story's updates document every
 * `intervalMs` (the live-updates island's 15 s) from a moment of its own, with the ETag of its last
 * answer, as a browser's HTTP cache does. Counts what the edge answered and how (X-Cache-Status): every
 * MISS, EXPIRED, REVALIDATED or BYPASS is one request to the origin; HIT, UPDATING and STALE are the
 * edge's alone. Runs as a worker (scripts/bench/lib/in-child.ts).
 */
import http from "node:http";
import { inChild, runAsWorker } from "./in-child";

export type PollersOptions = { url: string; readers: number; seconds: number; intervalMs: number };

export type PollersResult = {
  readers: number;
  seconds: number;
  requests: number;
  errors: number;
  /** Errors by code ("ECONNRESET", "ETIMEDOUT"…), to tell what failed. */
  errorCodes: Record<string, number>;
  byStatus: Record<string, number>;
  byCacheStatus: Record<string, number>;
  /** Requests the edge passed to the origin. */
  originRequests: number;
  /** Mean bytes of an answer when nothing was new (304) and when something was (200). */
  meanBytes: { notModified: number; changed: number };
  ms: { p50: number; p95: number; max: number };
};

/** Cache statuses for which nginx asked the origin. */
const FROM_ORIGIN = new Set(["MISS", "EXPIRED", "REVALIDATED", "BYPASS"]);
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? 0;

export async function poll({ url, readers, seconds, intervalMs }: PollersOptions): Promise<PollersResult> {
  const target = new URL(url);
  if (!/^127\./.test(target.hostname)) throw new Error(`pollers stay on loopback: ${url}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });
  const deadline = performance.now() + seconds * 1000;
  const result: PollersResult = { readers, seconds, requests: 0, errors: 0, errorCodes: {}, byStatus: {}, byCacheStatus: {}, originRequests: 0, meanBytes: { notModified: 0, changed: 0 }, ms: { p50: 0, p95: 0, max: 0 } };
  const latencies: number[] = [];
  const bytes = { notModified: { total: 0, answers: 0 }, changed: { total: 0, answers: 0 } };
  const count = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);

  const ask = (etag: string | undefined) =>
    new Promise<string | undefined>((resolve): void => {
      const sentAt = performance.now();
      const request = http.get(
        { hostname: target.hostname, port: target.port, path: target.pathname, agent, headers: { Accept: "application/json", "Accept-Encoding": "gzip", ...(etag ? { "If-None-Match": etag } : {}) } },
        (response) => {
          let size = 0;
          response.on("data", (chunk: Buffer) => (size += chunk.length));
          response.on("end", () => {
            latencies.push(performance.now() - sentAt);
            result.requests += 1;
            count(result.byStatus, String(response.statusCode));
            const cacheStatus = String(response.headers["x-cache-status"] ?? "none");
            count(result.byCacheStatus, cacheStatus);
            if (FROM_ORIGIN.has(cacheStatus)) result.originRequests += 1;
            const headerBytes = response.rawHeaders.reduce((total, part) => total + part.length + 2, 0);
            const kind = response.statusCode === 304 ? bytes.notModified : bytes.changed;
            kind.total += size + headerBytes;
            kind.answers += 1;
            resolve(response.statusCode === 200 ? (response.headers.etag ?? etag) : etag);
          });
        },
      );
      request.on("error", (error: NodeJS.ErrnoException) => {
        // A kept-alive connection the edge closed just as it was reused: a browser asks again on a new
        // one, and so does a reader here (Node's documented pattern, request.reusedSocket).
        if (request.reusedSocket && error.code === "ECONNRESET") return resolve(ask(etag));
        result.errors += 1;
        count(result.errorCodes, error.code ?? error.message);
        resolve(etag);
      });
      request.setTimeout(10_000, () => request.destroy());
    });

  const reader = async () => {
    // Readers opened the page at different moments.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * intervalMs));
    let etag: string | undefined;
    while (performance.now() < deadline) {
      const askedAt = performance.now();
      etag = await ask(etag);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, askedAt + intervalMs - performance.now())));
    }
  };
  await Promise.all(Array.from({ length: readers }, reader));
  agent.destroy();
  const mean = ({ total, answers }: { total: number; answers: number }) => (answers ? Math.round(total / answers) : 0);
  result.meanBytes = { notModified: mean(bytes.notModified), changed: mean(bytes.changed) };
  result.ms = { p50: Math.round(percentile(latencies, 50)), p95: Math.round(percentile(latencies, 95)), max: Math.round(Math.max(0, ...latencies)) };
  return result;
}

/** Pollers from a process of their own, at the lowest CPU priority (readers' phones are not the server). */
export function pollInChild(options: PollersOptions): Promise<PollersResult> {
  return inChild<PollersResult>(import.meta.filename, options, { nice: true });
}

runAsWorker(import.meta.filename, poll);
