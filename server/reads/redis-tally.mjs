// @ts-check
/**
 * Counted reads in Redis, shared by every replica (REDIS_URL). Keys, under the site's prefix:
 *  - reads:secret:<day>  the day's secret, made by the first replica to need it; it expires an hour
 *    after its day ends, and with it any way to link that day's hashes to anyone;
 *  - reads:seen:<hash>  one reader's read of one story today (expires with the day's secret);
 *  - reads:net:<hash>  a network's reads of one story today, capped;
 *  - reads:<bucket>:<scope>  a sorted set: reads per story in one minute or hour (m:/h:), overall
 *    ("all") or in one section ("s:<section>"); it expires once no window sums it.
 * A batch of reads is one Lua script (one round trip, applied atomically); a window is one more.
 * When Redis is down, counting fails quietly: the batch is dropped, readers are answered as always,
 * and "Most read" hides itself once its counts grow stale (server/reads/most-read-board.mjs).
 */
import { randomBytes } from "node:crypto";
import { createClient } from "@redis/client";
import { REDIS_TIMEOUTS, RESILIENT_CLIENT } from "../content-store/redis-options.mjs";
import { withTimeout } from "../content-store/state.mjs";
import { READS } from "./settings.mjs";
import { scopesOf } from "./tally.mjs";
import { bucketLifetimeMs, bucketsIn, bucketsOf } from "./windows.mjs";

/** How long a day's secret and its readers' hashes live: the day, and an hour for reads in flight. */
const DAY_SECONDS = 25 * 3600;

/**
 * ARGV: prefix, seconds a reader's hash lives, the network cap, then per read: reader, network, slug,
 * then per bucket it goes in: bucket, seconds it lives, and per scope: scope (the count of buckets and
 * scopes are ARGV too, fixed for a batch). Returns how many reads were counted.
 */
const RECORD = `
local prefix, ttl, cap = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
local nBuckets, nScopes = tonumber(ARGV[4]), tonumber(ARGV[5])
local i, counted = 6, 0
while i <= #ARGV do
  local reader, network, slug = ARGV[i], ARGV[i + 1], ARGV[i + 2]
  i = i + 3
  local fresh = redis.call("SET", prefix .. "seen:" .. reader, "1", "NX", "EX", ttl)
  local count = false
  if fresh then
    local n = redis.call("INCR", prefix .. "net:" .. network)
    if n == 1 then redis.call("EXPIRE", prefix .. "net:" .. network, ttl) end
    count = n <= cap
  end
  for b = 1, nBuckets do
    local bucket, life = ARGV[i], tonumber(ARGV[i + 1])
    i = i + 2
    for s = 1, nScopes do
      if count then
        local key = prefix .. bucket .. ":" .. ARGV[i]
        redis.call("ZINCRBY", key, 1, slug)
        redis.call("EXPIRE", key, life)
      end
      i = i + 1
    end
  end
  if count then counted = counted + 1 end
end
return counted`;

/** ARGV: the destination key, the limit, then the keys to sum. Returns slug, count, slug, count… */
const TOP = `
local dest, limit = ARGV[1], tonumber(ARGV[2])
local keys = {}
for i = 3, #ARGV do keys[#keys + 1] = ARGV[i] end
redis.call("ZUNIONSTORE", dest, #keys, unpack(keys))
local ranked = redis.call("ZRANGE", dest, "+inf", "-inf", "BYSCORE", "REV", "LIMIT", 0, limit, "WITHSCORES")
redis.call("DEL", dest)
return ranked`;

/**
 * @param {{ url: string, prefix: string, perNetwork?: number }} options
 * @returns {import("./tally.mjs").Tally}
 */
export function createRedisTally({ url, prefix, perNetwork = READS.perNetworkPerStoryPerDay }) {
  const base = `${prefix}reads:`;
  const client = createClient({ url, ...RESILIENT_CLIENT });
  let reachable = true;
  client.on("error", (error) => {
    // Said once per outage: the client reconnects by itself.
    if (reachable) console.error(`read counting (Redis): ${error instanceof Error ? error.message : String(error)}; reads are not counted until it is back`);
    reachable = false;
  });
  client.on("ready", () => (reachable = true));
  const connected = client.connect().catch(() => undefined);
  /** @type {{ day: number, secret: Buffer } | undefined} */
  let today;

  /** @param {string[]} args */
  const run = async (/** @type {string} */ script, args) => {
    await connected;
    return withTimeout(client.eval(script, { arguments: args }), REDIS_TIMEOUTS.readMs * 4, "read counting (Redis)");
  };

  return {
    kind: "redis",
    async secretFor(day) {
      if (today?.day === day) return today.secret;
      await connected;
      const key = `${base}secret:${day}`;
      await withTimeout(client.set(key, randomBytes(32).toString("hex"), { condition: "NX", expiration: { type: "EX", value: DAY_SECONDS } }), REDIS_TIMEOUTS.readMs, "read counting (Redis)");
      const hex = await withTimeout(client.get(key), REDIS_TIMEOUTS.readMs, "read counting (Redis)");
      if (!hex) throw new Error("read counting (Redis): the day's secret is gone");
      today = { day, secret: Buffer.from(String(hex), "hex") };
      return today.secret;
    },
    async record(reads) {
      if (reads.length === 0) return 0;
      const first = reads[0];
      if (!first) return 0;
      const args = [base, String(DAY_SECONDS), String(perNetwork), String(bucketsOf(first.at).length), String(scopesOf(first.section).length)];
      for (const read of reads) {
        args.push(read.reader, read.network, read.slug);
        for (const bucket of bucketsOf(read.at)) {
          args.push(bucket, String(Math.ceil(bucketLifetimeMs(bucket) / 1000)));
          args.push(...scopesOf(read.section));
        }
      }
      return Number(await run(RECORD, args));
    },
    async top(window, scope, limit, now) {
      const keys = bucketsIn(window, now).map((bucket) => `${base}${bucket}:${scope}`);
      const flat = /** @type {unknown[]} */ (await run(TOP, [`${base}top:${randomBytes(6).toString("hex")}`, String(limit), ...keys]));
      /** @type {import("./tally.mjs").Ranked[]} */
      const ranked = [];
      for (let index = 0; index + 1 < flat.length; index += 2) ranked.push({ slug: String(flat[index]), count: Number(flat[index + 1]) });
      // Redis ranks equal counts by slug descending; every keeper ranks them ascending.
      return ranked.sort((a, b) => b.count - a.count || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
    },
    async close() {
      await client.quit().catch(() => undefined);
    },
  };
}
