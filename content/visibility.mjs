// @ts-check
/**
 * What is public, and when: the one rule every page kind, feed, sitemap, search and the origin's caches
 * go through. A story is public once its `published` time has come, until its `expires` time (if it has
 * one), unless it is a draft. Times are ms since the epoch, compared with the site's one clock
 * (content/clock.ts): the server's, in UTC. Plain JavaScript, so the origin's runtime (plain Node.js)
 * decides with the same function the pages do.
 *
 * @typedef {{ status?: "draft" | "published", published: number, expires?: number }} Timed
 * @typedef {"public" | "draft" | "scheduled" | "expired"} Visibility
 */

/**
 * @param {Timed} story
 * @param {number} now
 * @returns {Visibility}
 */
export function visibilityAt(story, now) {
  if (story.status === "draft") return "draft";
  if (story.published > now) return "scheduled";
  if (story.expires !== undefined && story.expires <= now) return "expired";
  return "public";
}

/** @param {Timed} story @param {number} now */
export const isPublicAt = (story, now) => visibilityAt(story, now) === "public";

/**
 * The next moment after `now` at which the story's visibility changes (it goes public, or expires);
 * undefined when it never will again.
 * @param {Timed} story
 * @param {number} now
 * @returns {number | undefined}
 */
export function nextChangeOf(story, now) {
  if (story.status === "draft") return undefined;
  if (story.published > now) return story.published;
  if (story.expires !== undefined && story.expires > now) return story.expires;
  return undefined;
}

/**
 * The first moment after `now` at which any of `stories` changes visibility (Infinity: none will).
 * @param {Iterable<Timed>} stories
 * @param {number} now
 */
export function nextChangeOfAll(stories, now) {
  let next = Infinity;
  for (const story of stories) {
    const change = nextChangeOf(story, now);
    if (change !== undefined && change < next) next = change;
  }
  return next;
}
