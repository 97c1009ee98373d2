// @ts-check
/**
 * Per-client rate limits: a token bucket per client address, refilled at `rate` a second up to `burst`.
 * A reader clicking through results never meets it; a script sending a search every few milliseconds
 * is refused within its burst. At most `maxClients` buckets are kept (the least recently seen go
 * first), so a flood from many addresses cannot grow the memory without bound.
 */

/**
 * @param {{ rate: number, burst: number, maxClients?: number }} options
 */
export function createRateLimiter({ rate, burst, maxClients = 50_000 }) {
  /** @type {Map<string, { tokens: number, at: number }>} */
  const buckets = new Map();
  return {
    /**
     * Takes one token for `client`: allowed, or refused with the seconds until one is back.
     * @param {string} client
     * @param {number} [now] ms
     * @returns {{ allowed: boolean, retryAfter: number }}
     */
    take(client, now = Date.now()) {
      const bucket = buckets.get(client);
      const tokens = bucket ? Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * rate) : burst;
      buckets.delete(client);
      if (buckets.size >= maxClients) {
        const oldest = buckets.keys().next().value;
        if (oldest !== undefined) buckets.delete(oldest);
      }
      const allowed = tokens >= 1;
      buckets.set(client, { tokens: allowed ? tokens - 1 : tokens, at: now });
      return { allowed, retryAfter: allowed ? 0 : Math.max(1, Math.ceil((1 - tokens) / rate)) };
    },
    /**
     * Whether `client` has a token left, without taking it.
     * @param {string} client
     * @param {number} [now] ms
     * @returns {{ allowed: boolean, retryAfter: number }}
     */
    peek(client, now = Date.now()) {
      const bucket = buckets.get(client);
      const tokens = bucket ? Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * rate) : burst;
      return { allowed: tokens >= 1, retryAfter: tokens >= 1 ? 0 : Math.max(1, Math.ceil((1 - tokens) / rate)) };
    },
    /** Forgets a client (a success that clears its record, such as a valid publishing token). @param {string} client */
    forget(client) {
      buckets.delete(client);
    },
    get clients() {
      return buckets.size;
    },
  };
}
