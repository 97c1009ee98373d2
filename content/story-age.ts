/**
 * How old a story is, for the notice above an old story's headline: whole years from the day it was
 * published to today, both read as the publication's calendar has them. An anniversary counts from
 * the day after it, so "more than N years old" is true all day long, and a page rendered on any day
 * stays true until the next midnight — when the origin lets story pages go stale (server/site-day.mjs).
 */
import { dayKey } from "./calendar";

export function fullYearsSince(published: string, now: number, timeZone: string): number {
  const from = dayKey(published, timeZone);
  const to = dayKey(now, timeZone);
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  // "MM-DD" strings compare as dates do.
  return to.slice(5) > from.slice(5) ? years : years - 1;
}

/** "This article is more than 13 years old", or undefined for a story less than a year old. */
export function ageNotice(years: number): string | undefined {
  if (years < 1) return undefined;
  return `This article is more than ${years === 1 ? "a year" : `${years} years`} old`;
}
