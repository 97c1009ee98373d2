// @ts-check
/**
 * Tells search engines (IndexNow) and feed readers (a WebSub hub) what changed, in the background: a
 * publish or a scheduled moment never waits for it and never fails because of it. Each notice is
 * claimed first (server/content-store: once across replicas sharing Redis), then sent; a refused or
 * unanswered request is retried with backoff (1 s, 2 s, 4 s, …) a few times, then given up and logged.
 */
import { indexNowRequest, webSubRequest } from "./endpoints.mjs";

/** IndexNow takes up to 10,000 URLs a request. */
const INDEXNOW_BATCH = 10_000;

/** @typedef {import("./endpoints.mjs").Endpoints} Endpoints */
/** @typedef {import("./changes.mjs").Changes} Changes */
/** @typedef {{ what: string, url: string, init: RequestInit, attempt: number }} Job */

/**
 * @param {{
 *   endpoints: Endpoints,
 *   origin: string,
 *   claim: (name: string) => Promise<boolean>,
 *   fetch?: typeof globalThis.fetch,
 *   log?: (message: string) => void,
 *   retry?: { attempts: number, firstDelayMs: number, timeoutMs: number },
 * }} options
 */
export function createNotifier({ endpoints, origin, claim, fetch = globalThis.fetch, log = console.error, retry = { attempts: 6, firstDelayMs: 1_000, timeoutMs: 10_000 } }) {
  let pending = 0;
  /** @type {Set<() => void>} */
  const idleWaiters = new Set();
  const settle = () => {
    pending -= 1;
    if (pending === 0) for (const waiter of idleWaiters) waiter();
  };

  /** @param {Job} job */
  async function send(job) {
    try {
      const response = await fetch(job.url, { ...job.init, signal: AbortSignal.timeout(retry.timeoutMs) });
      if (response.ok) return settle();
      throw new Error(`answered ${response.status}`);
    } catch (error) {
      const attempt = job.attempt + 1;
      if (attempt >= retry.attempts) {
        log(`notify: gave up on ${job.what} after ${attempt} attempts: ${error instanceof Error ? error.message : String(error)}`);
        return settle();
      }
      setTimeout(() => void send({ ...job, attempt }), retry.firstDelayMs * 2 ** (attempt - 1)).unref();
    }
  }

  return {
    /** Whether anything is set to be told. */
    enabled: Boolean(endpoints.indexNow || endpoints.webSubHub),
    /**
     * Tells what changed, once across replicas for this `id` ("commit:12", "moment:1733270400000").
     * @param {string} id
     * @param {Changes} changes
     */
    async notify(id, changes) {
      if (changes.urls.length === 0 || !(endpoints.indexNow || endpoints.webSubHub)) return;
      if (!(await claim(`notify:${id}`))) return;
      /** @type {Job[]} */
      const jobs = [];
      if (endpoints.indexNow) {
        for (let index = 0; index < changes.urls.length; index += INDEXNOW_BATCH) {
          const { url, init } = indexNowRequest(endpoints.indexNow, origin, changes.urls.slice(index, index + INDEXNOW_BATCH));
          jobs.push({ what: `IndexNow (${id})`, url, init, attempt: 0 });
        }
      }
      if (endpoints.webSubHub) {
        for (const feed of changes.feeds) {
          const { url, init } = webSubRequest(endpoints.webSubHub, feed);
          jobs.push({ what: `WebSub ${feed} (${id})`, url, init, attempt: 0 });
        }
      }
      pending += jobs.length;
      for (const job of jobs) void send(job);
    },
    /** Resolves once nothing is waiting to be sent (for tests and a clean shutdown). */
    idle() {
      if (pending === 0) return Promise.resolve();
      return new Promise((resolve) => {
        const done = () => {
          idleWaiters.delete(done);
          resolve(undefined);
        };
        idleWaiters.add(done);
      });
    },
  };
}
