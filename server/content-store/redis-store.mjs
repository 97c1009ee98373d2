// @ts-check
/**
 * The shared published store: the same journal of commits as the embedded store, kept in Redis so that
 * every replica serves what any of them published.
 *
 * Keys (under a prefix, "meridian:" by default):
 *  - published:version  the number of commits;
 *  - published:commits  a list of commits, one JSON string each, in order;
 *  - published:image:<sha256>  a photo's bytes.
 * A commit writes its photos first, then appends itself and moves the version in one Lua script, which
 * Redis runs atomically: if another replica committed since this one started, the script changes
 * nothing and the commit is refused.
 * Replicas notice a new version within a second (polling) and before every render (refresh()).
 *
 * When Redis is down, slow or restarting, readers are not: refresh() keeps the last state it read (a
 * read that takes over half a second is given up), so pages keep rendering from it; a commit is refused
 * with StoreUnavailableError and changes nothing; and polling catches up by itself when Redis is back.
 */
import { createClient, RESP_TYPES } from "@redis/client";
import { REDIS_TIMEOUTS, RESILIENT_CLIENT } from "./redis-options.mjs";
import { applyCommit, commitRecord, emptyState, PublishConflictError, StoreUnavailableError, withTimeout } from "./state.mjs";

const POLL_MS = 1000;

/**
 * KEYS: version, commits. ARGV: the version the commit starts from, the commit, a deadline (ms since
 * the epoch). Returns the new version; -1 if another commit came first; -2 if Redis runs it after the
 * deadline: a publisher told "unavailable" after a timeout must find that nothing was published, even
 * if a stalled Redis gets to the script later.
 */
const APPEND_COMMIT = `
local now = redis.call("TIME")
if tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000) > tonumber(ARGV[3]) then return -2 end
local current = tonumber(redis.call("GET", KEYS[1]) or "0")
if current ~= tonumber(ARGV[1]) then return -1 end
redis.call("RPUSH", KEYS[2], ARGV[2])
redis.call("SET", KEYS[1], current + 1)
return current + 1`;

/**
 * @param {{ url: string, prefix: string }} options
 * @returns {import("./state.mjs").ContentStore}
 */
export function createRedisStore({ url, prefix }) {
  const keys = {
    version: `${prefix}published:version`,
    commits: `${prefix}published:commits`,
    image: (/** @type {string} */ sha256) => `${prefix}published:image:${sha256}`,
  };
  const client = createClient({ url, ...RESILIENT_CLIENT });
  /** Whether the last read or write reached Redis. */
  let reachable = true;
  /** @param {unknown} error */
  const unreachable = (error) => {
    // Said once per outage, not on every poll and render.
    if (reachable) console.error(`published store (Redis): ${error instanceof Error ? error.message : String(error)}; serving the last state read (version ${state.version})`);
    reachable = false;
  };
  client.on("error", unreachable);
  const binary = client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
  let state = emptyState();
  /** @type {Set<(state: import("./state.mjs").PublishedState) => void>} */
  const listeners = new Set();
  /** @type {Promise<boolean> | undefined} */
  let catchingUp;

  /** Applies commits this replica has not seen; returns whether there were any. */
  async function catchUp() {
    const version = Number((await client.get(keys.version)) ?? 0);
    if (version <= state.version) return false;
    const lines = await client.lRange(keys.commits, state.version, version - 1);
    let next = state;
    for (const line of lines) next = applyCommit(next, JSON.parse(line));
    state = next;
    for (const listener of listeners) listener(state);
    return true;
  }

  /** One catch-up at a time: callers in between share it. Never throws: on failure the last state stands. */
  function refresh() {
    if (!client.isReady) return Promise.resolve(false);
    catchingUp ??= withTimeout(catchUp(), REDIS_TIMEOUTS.readMs, "reading the published store")
      .then(
        (changed) => {
          if (!reachable) console.error(`published store (Redis): reachable again, at version ${state.version}`);
          reachable = true;
          return changed;
        },
        (error) => {
          unreachable(error);
          return false;
        },
      )
      .finally(() => {
        catchingUp = undefined;
      });
    return catchingUp;
  }

  // At start the state must be read (a story taken down must not come back): wait for Redis.
  const ready = client.connect().then(() => catchUp()).then(() => undefined);
  const poll = setInterval(() => void refresh(), POLL_MS);
  poll.unref();

  return {
    kind: "redis",
    ready,
    state: () => state,
    async refresh() {
      await refresh();
    },
    available: () => client.isReady && reachable,
    async claim(name, ttlMs) {
      try {
        return (await withTimeout(client.set(`${prefix}claim:${name}`, "1", { condition: "NX", expiration: { type: "PX", value: ttlMs } }), REDIS_TIMEOUTS.readMs, "claiming a job")) === "OK";
      } catch (error) {
        unreachable(error);
        return false;
      }
    },
    async commit(commit) {
      await ready;
      if (!client.isReady) throw new StoreUnavailableError("Redis", "not connected");
      // The script refuses to run after this; the client gives up a second later (clocks may differ a little).
      const deadline = Date.now() + REDIS_TIMEOUTS.commitMs - 1_000;
      let result;
      try {
        result = await withTimeout(
          (async () => {
            // Photos first, by content: a retried or abandoned commit leaves at most an unreferenced copy.
            for (const image of commit.images) await client.set(keys.image(image.sha256), image.bytes);
            const line = commitRecord(commit);
            // The one write that publishes: all of it or nothing, atomically, in Redis.
            return Number(await client.eval(APPEND_COMMIT, { keys: [keys.version, keys.commits], arguments: [String(commit.baseVersion), JSON.stringify(line), String(deadline)] }));
          })(),
          REDIS_TIMEOUTS.commitMs,
          "committing to the published store",
        );
      } catch (error) {
        unreachable(error);
        throw new StoreUnavailableError("Redis", error);
      }
      if (result === -2) throw new StoreUnavailableError("Redis", "it answered too late, and the commit was not applied");
      await refresh();
      if (result === -1) throw new PublishConflictError(state.version, commit.baseVersion);
      return { version: result };
    },
    async readImage(path) {
      const image = state.images.get(path);
      if (!image) return undefined;
      try {
        const bytes = await withTimeout(binary.get(keys.image(image.sha256)), REDIS_TIMEOUTS.readMs, "reading a published photo");
        return bytes ? { bytes, type: image.type } : undefined;
      } catch (error) {
        unreachable(error);
        throw new StoreUnavailableError("Redis", error);
      }
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      clearInterval(poll);
      listeners.clear();
      await client.quit().catch(() => undefined);
    },
  };
}
