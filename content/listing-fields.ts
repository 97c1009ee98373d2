/**
 * What pages other than a story's own show of it, and where they file it: its card (headline,
 * standfirst, image, section, time, language, kind and sponsor, the Live kicker's coverage, the reading
 * time), its section, topics, authors, day, status and expiry. A change to any of this changes
 * listings, the front page and other stories' related lists; a change to the rest (body, posts,
 * summary, corrections, the time of its latest change, its source line, sources, backstory, what a
 * review or fact check is of) changes only the story's own pages, its feeds and sitemaps, so publishing
 * it drops only those from the caches (server/content-freshness.mjs).
 */
import type { ArticleRecord } from "./schema";
import { readingMinutesOf } from "./reading-time";
import { recordHash } from "./snapshot";

/** Fields shown only on the story's own pages (and in feeds, which change with every publish). */
const OWN_PAGES_ONLY = new Set<string>(["body", "posts", "summary", "corrections", "updated", "source", "sources", "backstory", "review", "factCheck"]);

/** A fingerprint of what listings show of a story: equal before and after a publish, no listing changed. */
export function listingHash(record: ArticleRecord): string {
  const shown: Record<string, unknown> = Object.fromEntries(Object.entries(record).filter(([field]) => !OWN_PAGES_ONLY.has(field)));
  // Cards show the reading time: a body edit that changes it changes them.
  shown.readingMinutes = readingMinutesOf(record);
  return recordHash(shown as ArticleRecord);
}
