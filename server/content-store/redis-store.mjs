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
 */
import { createClient, RESP_TYPES } from "@redis/client";
import { applyCommit, commitRecord, emptyState, PublishConflictError } from "./state.mjs";

const POLL_MS = 1000;

/** KEYS: version, commits. ARGV: the version the commit starts from, the commit. Returns the new version, or -1. */
const APPEND_COMMIT = `
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
  const client = createClient({ url });
  client.on("error", (error) => console.error(`published store (Redis): ${error.message}`));
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

  /** One catch-up at a time: callers in between share it. */
  function refresh() {
    catchingUp ??= catchUp().finally(() => {
      catchingUp = undefined;
    });
    return catchingUp;
  }

  const ready = client.connect().then(() => refresh()).then(() => undefined);
  const poll = setInterval(() => {
    if (client.isReady) refresh().catch(() => undefined);
  }, POLL_MS);
  poll.unref();

  return {
    kind: "redis",
    ready,
    state: () => state,
    async refresh() {
      await refresh();
    },
    async commit(commit) {
      await ready;
      // Photos first, by content: a retried or abandoned commit leaves at most an unreferenced copy.
      for (const image of commit.images) await client.set(keys.image(image.sha256), image.bytes);
      const line = commitRecord(commit);
      const result = Number(await client.eval(APPEND_COMMIT, { keys: [keys.version, keys.commits], arguments: [String(commit.baseVersion), JSON.stringify(line)] }));
      if (result === -1) {
        await refresh();
        throw new PublishConflictError(state.version, commit.baseVersion);
      }
      await refresh();
      return { version: result };
    },
    async readImage(path) {
      const image = state.images.get(path);
      if (!image) return undefined;
      const bytes = await binary.get(keys.image(image.sha256));
      return bytes ? { bytes, type: image.type } : undefined;
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
