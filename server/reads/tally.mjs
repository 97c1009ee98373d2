// @ts-check
/**
 * Where counted reads are kept: the types both keepers share (server/reads/memory-tally.mjs on one
 * machine, server/reads/redis-tally.mjs for replicas) and what they agree on.
 *
 * @typedef {{ reader: string, network: string, slug: string, section: string, at: number }} Read
 *   One read to count: `reader` and `network` are keyed hashes (server/reads/reader-key.mjs), `at` ms.
 * @typedef {{ slug: string, count: number }} Ranked
 * @typedef {{
 *   kind: "memory" | "redis",
 *   secretFor(day: number): Promise<Buffer>,
 *   record(reads: readonly Read[]): Promise<number>,
 *   top(window: import("./windows.mjs").WindowName, scope: string, limit: number, now: number): Promise<Ranked[]>,
 *   close(): Promise<void>,
 * }} Tally
 *   secretFor(): the day's secret (made on first use, shared by replicas through Redis; every other day's
 *   is destroyed). record(): counts each read whose reader has not read that story today and whose
 *   network is under its cap; returns how many counted. top(): a window's most read stories at `now`,
 *   in a scope ("all", or a section's: scopeOf()), most first, ties by slug.
 */

/** The scopes a read is counted in: overall, and its section's. @param {string} section */
export const scopesOf = (section) => ["all", `s:${section}`];

/** A section's scope. @param {string} section */
export const sectionScope = (section) => `s:${section}`;

/**
 * Counts as a ranking: most first, ties broken by slug so every replica ranks alike.
 * @param {Iterable<[string, number]>} counts
 * @param {number} limit
 * @returns {Ranked[]}
 */
export function rank(counts, limit) {
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([slug, count]) => ({ slug, count }));
}
