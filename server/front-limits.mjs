// @ts-check
/**
 * The front's limits, in one place (the README lists them beside the edge's in deploy/nginx).
 *  - lanes: how many requests of each kind a renderer works on at once, how many may wait, and for how
 *    long; past that a request is shed with 503 at once. Search has a lane of its own, so a flood of
 *    queries cannot take the renderer from pages; publishing runs one at a time.
 *  - perClient: token buckets per client address (server/rate-limit.mjs), for when the origin runs
 *    without the edge (whose own limits are tighter): searches, pages that must be rendered (crawlers
 *    exempt), and wrong publishing tokens.
 *  - server: header size and timeouts against slow or oversized requests.
 */
export const FRONT_LIMITS = /** @type {const} */ ({
  lanes: {
    // Short: a search that waits longer than this is better told to come back (p95 under 200 ms).
    search: { concurrency: 2, queue: 4, maxWaitMs: 100 },
    render: { concurrency: 8, queue: 64, maxWaitMs: 5_000 },
    publish: { concurrency: 1, queue: 4, maxWaitMs: 60_000 },
  },
  // Looser than the edge's (deploy/nginx/http.conf: 2 searches a second, bursts of 10), which limits first.
  perClient: {
    search: { rate: 4, burst: 20 },
    render: { rate: 10, burst: 60 },
    publishFailures: { rate: 1 / 60, burst: 5 },
  },
  server: {
    maxHeaderBytes: 16 * 1024,
    headersTimeoutMs: 10_000,
    requestTimeoutMs: 60_000,
    keepAliveTimeoutMs: 65_000,
  },
});
