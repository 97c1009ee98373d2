// @ts-check
/**
 * The publication's day, for the origin: story pages say how old a story is ("more than 13 years old",
 * content/story-age.ts), so a story page rendered yesterday may be wrong today. Pages kept by Next.js's
 * cache or the origin's memory are out of date once the publication's day has turned.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

/** @type {Map<string, Intl.DateTimeFormat>} */
const formatters = new Map();

/** @param {string} timeZone */
function formatter(timeZone) {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat("en-CA", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
    formatters.set(timeZone, found);
  }
  return found;
}

/**
 * How far `timeZone`'s clock is ahead of UTC at `instant` (ms).
 * @param {number} instant
 * @param {string} timeZone
 */
function offsetAt(instant, timeZone) {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(new Date(instant)).map((part) => [part.type, Number(part.value)]));
  const wall = Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return wall - (instant - (instant % 1000));
}

/**
 * The instant the day containing `now` began in `timeZone` (its midnight, whatever the offset that day).
 * @param {number} now
 * @param {string} timeZone
 */
export function startOfDay(now, timeZone) {
  const wall = now + offsetAt(now, timeZone);
  const midnightWall = wall - (((wall % 86_400_000) + 86_400_000) % 86_400_000);
  // The offset at midnight, not now's: they differ on the days the clocks change.
  return midnightWall - offsetAt(midnightWall - offsetAt(now, timeZone), timeZone);
}

/**
 * The instant the next day begins in `timeZone`.
 * @param {number} now
 * @param {string} timeZone
 */
export function startOfNextDay(now, timeZone) {
  // 36 hours after today's midnight is always inside tomorrow, even on a 23- or 25-hour day.
  return startOfDay(startOfDay(now, timeZone) + 36 * 3_600_000, timeZone);
}

/** The publication's time zone, as the compiled content records it (.content/routes.json). */
export function readSiteTimeZone(dir = process.cwd()) {
  try {
    return String(JSON.parse(readFileSync(path.join(dir, ".content", "routes.json"), "utf8")).timeZone ?? "UTC");
  } catch {
    return "UTC";
  }
}
