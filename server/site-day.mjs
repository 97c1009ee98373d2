// @ts-check
/**
 * The publication's day, for the origin: story pages say how old a story is ("more than 13 years old",
 * content/story-age.ts), so a story page rendered yesterday may be wrong today. Pages kept by Next.js's
 * cache or the origin's memory are out of date once the publication's day has turned; the front page
 * also when one of its pins expires.
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

/** The compiled content's routes.json (content/snapshot.ts Routes), or {} when there is none. @param {string} dir */
export function readRoutes(dir) {
  try {
    return JSON.parse(readFileSync(path.join(dir, ".content", "routes.json"), "utf8"));
  } catch {
    return {};
  }
}

/** The publication's time zone, as the compiled content records it (.content/routes.json). */
export function readSiteTimeZone(dir = process.cwd()) {
  return String(readRoutes(dir).timeZone ?? "UTC");
}

/**
 * The moments the front page changes by itself: its pins' and breaking strip's expiry times
 * (content/front-page.ts, carried to the origin by .content/routes.json), in ms.
 * @returns {number[]}
 */
export function readScheduledChanges(dir = process.cwd()) {
  const scheduled = readRoutes(dir).scheduled;
  return Array.isArray(scheduled) ? scheduled.filter((time) => typeof time === "number").sort((a, b) => a - b) : [];
}

/**
 * The latest of `times` at or before `now` (0 when none has come).
 * @param {readonly number[]} times ascending
 * @param {number} now
 */
export function lastPassed(times, now) {
  let last = 0;
  for (const time of times) if (time <= now) last = time;
  return last;
}

/**
 * When the origin's memory of finished pages must next be let go: the next midnight, or a front-page
 * pin's expiry if one comes first.
 * @param {number} now
 * @param {string} timeZone
 * @param {readonly number[]} scheduled ascending
 */
export function nextChange(now, timeZone, scheduled) {
  return Math.min(startOfNextDay(now, timeZone), scheduled.find((time) => time > now) ?? Infinity);
}
