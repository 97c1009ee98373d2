/**
 * A flood of expensive requests from many addresses, for the abuse benchmarks and tests: `clients`
 * virtual clients, each bound to a loopback address of its own (127.0.0.2, 127.0.0.3, … — Linux routes
 * all of 127.0.0.0/8 to loopback), each sending a new path the moment its last answer arrives, for
 * `seconds`. Reports what came back: admitted (2xx), limited (429), shed (503), other, and the latency
 * of admitted answers. Run in a process of its own (`tsx scripts/bench/lib/flood.ts <json options>`), so
 * the measurement beside it is not slowed by the flood's own work.
 */
import http from "node:http";
import { inChild, runAsWorker } from "./in-child";

export type FloodOptions = {
  /** "http://127.0.0.1:3000" */
  origin: string;
  clients: number;
  seconds: number;
  /** The first client's address is 127.0.0.<firstHost>. */
  firstHost?: number;
  /** Each request's path: a new search every time, say. */
  pathPrefix: string;
  /** Requests a second per client at most (0: as fast as answers come). */
  ratePerClient?: number;
};

export type FloodResult = {
  seconds: number;
  sent: number;
  admitted: number;
  limited: number;
  shed: number;
  other: Record<string, number>;
  admittedMs: { p50: number; p95: number; max: number };
  /** When each client was first answered 429, in ms from the start (clients never limited are absent). */
  firstLimitedMs: number[];
};

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? 0;

export async function flood({ origin, clients, seconds, firstHost = 2, pathPrefix, ratePerClient = 0 }: FloodOptions): Promise<FloodResult> {
  const { hostname, port } = new URL(origin);
  if (!/^127\./.test(hostname)) throw new Error(`floods stay on loopback: ${origin}`);
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const result: FloodResult = { seconds, sent: 0, admitted: 0, limited: 0, shed: 0, other: {}, admittedMs: { p50: 0, p95: 0, max: 0 }, firstLimitedMs: [] };
  const admittedMs: number[] = [];
  let sequence = 0;

  const client = async (index: number) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1, localAddress: `127.0.0.${firstHost + index}` });
    let limitedAt: number | undefined;
    while (performance.now() < deadline) {
      const sentAt = performance.now();
      const status = await new Promise<number>((resolve) => {
        const request = http.get({ hostname, port, path: `${pathPrefix}${sequence++}`, agent, headers: { "Accept-Encoding": "gzip" } }, (response) => {
          response.resume();
          response.on("end", () => resolve(response.statusCode ?? 0));
        });
        request.on("error", () => resolve(0));
        request.setTimeout(10_000, () => request.destroy());
      });
      const ms = performance.now() - sentAt;
      result.sent += 1;
      if (status >= 200 && status < 300) {
        result.admitted += 1;
        admittedMs.push(ms);
      } else if (status === 429) {
        result.limited += 1;
        limitedAt ??= performance.now() - started;
      } else if (status === 503) result.shed += 1;
      else result.other[String(status)] = (result.other[String(status)] ?? 0) + 1;
      if (ratePerClient > 0) {
        const wait = sentAt + 1000 / ratePerClient - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
    agent.destroy();
    if (limitedAt !== undefined) result.firstLimitedMs.push(Math.round(limitedAt));
  };
  await Promise.all(Array.from({ length: clients }, (_, index) => client(index)));
  result.admittedMs = { p50: Math.round(percentile(admittedMs, 50)), p95: Math.round(percentile(admittedMs, 95)), max: Math.round(Math.max(0, ...admittedMs)) };
  return result;
}

/**
 * Runs a flood in a child process and resolves with its result; at the lowest CPU priority, so that on
 * this one machine the flood's own work does not pass for the site's (an attacker's machines are not
 * the server's).
 */
export function floodInChild(options: FloodOptions): Promise<FloodResult> {
  return inChild<FloodResult>(import.meta.filename, options, { nice: true });
}

runAsWorker(import.meta.filename, flood);
