// @ts-check
/**
 * How "Most read" is made of counted reads and when it shows: one place for every figure, read by the
 * front that makes the rankings (server/reads) and the pages that show them (content/most-read-list.ts).
 * A few can be set from the environment, for tests and small newsrooms.
 */

/** A positive number from the environment, or `fallback`. @param {string} name @param {number} fallback */
export const fromEnv = (name, fallback) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

export const MOST_READ = {
  /**
   * The list is made again every few minutes, at the same moments on every replica (multiples of this
   * since the epoch), from the same counts, so every reader gets the same list.
   */
  refreshMs: fromEnv("MOST_READ_REFRESH_MS", 5 * 60_000),
  /** Counts this old, because counting failed (Redis down), hide the list rather than show it stale. */
  get staleAfterMs() {
    return fromEnv("MOST_READ_STALE_MS", 3 * this.refreshMs);
  },
  /** How many stories a list shows. */
  length: 10,
  /** How many are ranked per list, so that stories left out when the page is made (paid content, excluded) still leave ten. */
  ranked: 40,
  /** Too few reads or stories to rank: the list hides itself rather than show near-empty data. */
  minReads: fromEnv("MOST_READ_MIN_READS", 50),
  minStories: fromEnv("MOST_READ_MIN_STORIES", 5),
};
