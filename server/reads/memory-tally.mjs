// @ts-check
/**
 * Counted reads in this process's memory: the embedded default, for one machine. Today's secret and
 * today's readers (hashes) are forgotten when the day ends; buckets once no window sums them.
 */
import { randomBytes } from "node:crypto";
import { READS } from "./settings.mjs";
import { rank, scopesOf } from "./tally.mjs";
import { bucketLifetimeMs, bucketsIn, bucketsOf, dayOf } from "./windows.mjs";

/** @returns {import("./tally.mjs").Tally} */
export function createMemoryTally({ maxReaders = READS.maxReadersPerDay, perNetwork = READS.perNetworkPerStoryPerDay } = {}) {
  /** @type {{ day: number, secret: Buffer } | undefined} */
  let today;
  /** This day's readers and networks (hashes), and the day they belong to. */
  let seenDay = -1;
  /** @type {Set<string>} */
  let readers = new Set();
  /** @type {Map<string, number>} */
  let networks = new Map();
  /** bucket → scope → slug → count @type {Map<string, Map<string, Map<string, number>>>} */
  const buckets = new Map();

  /** @param {number} day */
  function turnTo(day) {
    if (day === seenDay) return;
    seenDay = day;
    readers = new Set();
    networks = new Map();
  }

  /** @param {number} now */
  function prune(now) {
    for (const bucket of buckets.keys()) {
      const [unit, index] = bucket.split(":");
      const start = Number(index) * (unit === "m" ? 60_000 : 3_600_000);
      if (start + bucketLifetimeMs(bucket) < now) buckets.delete(bucket);
    }
  }

  return {
    kind: "memory",
    async secretFor(day) {
      // A new day's secret replaces the last: yesterday's hashes can no longer be made again.
      if (today?.day !== day) today = { day, secret: randomBytes(32) };
      return today.secret;
    },
    async record(reads) {
      let counted = 0;
      for (const read of reads) {
        turnTo(dayOf(read.at));
        if (readers.has(read.reader) || readers.size >= maxReaders) continue;
        readers.add(read.reader);
        const fromNetwork = (networks.get(read.network) ?? 0) + 1;
        networks.set(read.network, fromNetwork);
        if (fromNetwork > perNetwork) continue;
        for (const bucket of bucketsOf(read.at)) {
          let scopes = buckets.get(bucket);
          if (!scopes) buckets.set(bucket, (scopes = new Map()));
          for (const scope of scopesOf(read.section)) {
            let counts = scopes.get(scope);
            if (!counts) scopes.set(scope, (counts = new Map()));
            counts.set(read.slug, (counts.get(read.slug) ?? 0) + 1);
          }
        }
        counted += 1;
      }
      if (reads.length > 0) prune(reads[reads.length - 1]?.at ?? Date.now());
      return counted;
    },
    async top(window, scope, limit, now) {
      /** @type {Map<string, number>} */
      const sum = new Map();
      for (const bucket of bucketsIn(window, now)) {
        for (const [slug, count] of buckets.get(bucket)?.get(scope) ?? []) sum.set(slug, (sum.get(slug) ?? 0) + count);
      }
      return rank(sum, limit);
    },
    async close() {},
  };
}
