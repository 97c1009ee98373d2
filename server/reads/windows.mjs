// @ts-check
/**
 * The time windows reads are ranked over, and the buckets they are counted in. A read is added to the
 * minute and the hour it happened in; the last hour is the sum of its last 60 minutes, the last 24 hours
 * the sum of its last 24 hours (the current one included), so reading a window costs a fixed number of
 * buckets, whatever the traffic.
 */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** @typedef {"hour" | "day"} WindowName */

/** The windows: which buckets they sum, and how many. */
export const WINDOWS = /** @type {const} */ ({
  hour: { bucket: "m", size: MINUTE, count: 60 },
  day: { bucket: "h", size: HOUR, count: 24 },
});

/** @type {readonly WindowName[]} */
export const WINDOW_NAMES = ["hour", "day"];

/** The buckets a read at `at` is added to: its minute's and its hour's ("m:29543211", "h:492386"). @param {number} at */
export const bucketsOf = (at) => [`m:${Math.floor(at / MINUTE)}`, `h:${Math.floor(at / HOUR)}`];

/**
 * The buckets a window sums at `now`, newest first.
 * @param {WindowName} name
 * @param {number} now
 */
export function bucketsIn(name, now) {
  const { bucket, size, count } = WINDOWS[name];
  const current = Math.floor(now / size);
  return Array.from({ length: count }, (_, back) => `${bucket}:${current - back}`);
}

/** How long a bucket must be kept: until no window at any later moment sums it. @param {string} bucket */
export const bucketLifetimeMs = (bucket) => (bucket.startsWith("m:") ? WINDOWS.hour.size * (WINDOWS.hour.count + 1) : WINDOWS.day.size * (WINDOWS.day.count + 1));

/** The UTC day a moment falls in (the daily secret's and the readers' day). @param {number} at */
export const dayOf = (at) => Math.floor(at / 86_400_000);
