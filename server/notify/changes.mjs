// @ts-check
/**
 * What to tell search engines and feed readers after content changed: the addresses of the stories
 * that went public, changed or went away (IndexNow is told of a removed address too: it finds the 410),
 * and the feeds that list them (the site's three, and each story's section feed). A story that is not
 * public yet (scheduled, a draft) is told of when it goes public (server/schedule.mjs), not before.
 */
import { isPublicAt } from "../../content/visibility.mjs";

/** @typedef {{ slug: string, section: string, published: number, expires?: number, status?: "draft" | "published" }} Story */
/** @typedef {{ urls: string[], feeds: string[] }} Changes */

/** The site's own feeds, beside each section's /<section>/rss.xml. */
export const SITE_FEEDS = ["/rss.xml", "/atom.xml", "/feed.json"];

/**
 * A published store record as the visibility rule reads it.
 * @param {Record<string, unknown>} record
 * @returns {Story}
 */
export function storyOfRecord(record) {
  const expires = typeof record.expires === "string" ? Date.parse(record.expires) : undefined;
  return {
    slug: String(record.slug),
    section: String(record.section),
    published: Date.parse(String(record.published)),
    ...(expires !== undefined ? { expires } : {}),
    status: record.status === "draft" ? "draft" : "published",
  };
}

/**
 * @param {string} origin
 * @param {readonly { story: Story, gone: boolean }[]} changed each story that changed, and whether it went away
 * @param {number} now
 * @returns {Changes}
 */
export function changesToTell(origin, changed, now) {
  const urls = new Set();
  const sections = new Set();
  for (const { story, gone } of changed) {
    // A removal is told: search engines should drop the address. A story not public (yet) is not.
    if (!gone && !isPublicAt(story, now)) continue;
    urls.add(`${origin}/${story.section}/${story.slug}`);
    sections.add(story.section);
  }
  if (urls.size === 0) return { urls: [], feeds: [] };
  return { urls: [...urls], feeds: [...SITE_FEEDS, ...[...sections].map((section) => `/${section}/rss.xml`)].map((feed) => `${origin}${feed}`) };
}

/**
 * The stories a commit (or several) changed, from the store's state before and after.
 * @param {import("../content-store/state.mjs").PublishedState} before
 * @param {import("../content-store/state.mjs").PublishedState} after
 * @returns {{ story: Story, gone: boolean }[]}
 */
export function changedBetween(before, after) {
  /** @type {{ story: Story, gone: boolean }[]} */
  const changed = [];
  for (const [slug, article] of after.articles) {
    if (article.version <= before.version) continue;
    if (article.record) changed.push({ story: storyOfRecord(article.record), gone: false });
    else {
      // A take-down: where the story was, as the commit recorded it (or as the record before it said).
      const section = article.section ?? before.articles.get(slug)?.record?.section;
      if (typeof section === "string") changed.push({ story: { slug, section, published: 0 }, gone: true });
    }
  }
  return changed;
}
