// @ts-check
/**
 * How this site's Redis clients (the published store, the incremental cache) behave when Redis does
 * not: a command sent while the connection is down fails at once instead of waiting in a queue
 * (disableOfflineQueue), a lost connection is retried every few hundred milliseconds for as long as it
 * takes, and a connection that went quiet is noticed by a ping.
 */
export const RESILIENT_CLIENT = /** @type {const} */ ({
  disableOfflineQueue: true,
  pingInterval: 5_000,
  socket: {
    connectTimeout: 2_000,
    /** @param {number} retries */
    reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 1_000),
  },
});

/** How long a read may take before the last state is used instead, and a commit before it is given up. */
export const REDIS_TIMEOUTS = { readMs: 500, commitMs: 5_000 };
