// @ts-check
/**
 * The moments the site's content changes by itself: stories going public at their scheduled time or
 * expiring, as the origin's runtime needs them (its memory, Next's cache and the caching it tells the
 * edge must all let go of a page at such a moment; an expired story answers 410). The stories are
 * those the compiled content lists as timed (.content/routes.json) with what was published on the
 * running site laid over them; what is public is decided by content/visibility.mjs, as pages decide it.
 */
import { visibilityAt } from "../content/visibility.mjs";

/** @typedef {{ slug: string, section: string, published: number, expires?: number, coverageEnds?: number, status?: "draft" | "published" }} TimedStory */
/** @typedef {import("./content-store/state.mjs").PublishedState} PublishedState */

/**
 * The timed stories: the release's, replaced or removed by what was published since.
 * @param {readonly TimedStory[]} released routes.json `timed`
 * @param {PublishedState} state
 * @returns {TimedStory[]}
 */
export function timedStories(released, state) {
  /** @type {Map<string, TimedStory>} */
  const stories = new Map(released.map((story) => [story.slug, story]));
  for (const [slug, { record }] of state.articles) {
    stories.delete(slug);
    if (!record) continue;
    const published = Date.parse(String(record.published));
    const expires = typeof record.expires === "string" ? Date.parse(record.expires) : undefined;
    const status = record.status === "draft" ? "draft" : "published";
    const coverage = /** @type {{ end?: unknown } | undefined} */ (record.coverage);
    const coverageEnds = typeof coverage?.end === "string" ? Date.parse(coverage.end) : undefined;
    // Every published record is kept: its time may be ahead, or it may expire. Past, never-expiring ones cost nothing.
    stories.set(slug, { slug, section: String(record.section), published, ...(expires !== undefined ? { expires } : {}), ...(coverageEnds !== undefined ? { coverageEnds } : {}), status });
  }
  return [...stories.values()];
}

/**
 * Every moment a timed story changes visibility, ascending.
 * @param {readonly TimedStory[]} stories
 * @returns {number[]}
 */
export function changeMoments(stories) {
  const moments = new Set();
  for (const story of stories) {
    if (story.status === "draft") continue;
    moments.add(story.published);
    if (story.expires !== undefined) moments.add(story.expires);
    // A live story's label and cards change when its coverage ends.
    if (story.coverageEnds !== undefined) moments.add(story.coverageEnds);
  }
  return /** @type {number[]} */ ([...moments]).sort((a, b) => a - b);
}

/**
 * The schedule for a store: recomputed when the store moves on.
 * @param {{ released: readonly TimedStory[], store: { state(): PublishedState } }} options
 */
export function createSchedule({ released, store }) {
  /** @type {{ version: number, stories: Map<string, TimedStory>, moments: number[] } | undefined} */
  let memo;
  const current = () => {
    const state = store.state();
    if (memo?.version !== state.version) {
      const stories = timedStories(released, state);
      memo = { version: state.version, stories: new Map(stories.map((story) => [story.slug, story])), moments: changeMoments(stories) };
    }
    return memo;
  };
  return {
    /** Every moment content changes by itself, ascending. */
    moments: () => current().moments,
    /** The latest such moment at or before `now`, 0 if none. @param {number} now */
    lastAtOrBefore(now) {
      let last = 0;
      for (const moment of current().moments) if (moment <= now) last = moment;
      return last;
    },
    /** The first such moment after `now`, Infinity if none. @param {number} now */
    nextAfter: (now) => current().moments.find((moment) => moment > now) ?? Infinity,
    /** The timed stories that change visibility exactly at `moment` (for telling search engines). @param {number} moment */
    changingAt: (moment) => [...current().stories.values()].filter((story) => story.status !== "draft" && (story.published === moment || story.expires === moment)),
    /** Whether the story with this slug has expired by `now`. @param {string} slug @param {number} now */
    expired(slug, now) {
      const story = current().stories.get(slug);
      return story !== undefined && visibilityAt(story, now) === "expired";
    },
  };
}

/**
 * A Cache-Control value whose lifetimes all end by `secondsLeft` from now: max-age and s-maxage no
 * longer than it, stale-while-revalidate no further past them than it reaches.
 * @param {string} cacheControl
 * @param {number} secondsLeft
 */
export function capLifetime(cacheControl, secondsLeft) {
  if (!Number.isFinite(secondsLeft)) return cacheControl;
  const left = Math.max(0, Math.floor(secondsLeft));
  const directives = cacheControl.split(",").map((part) => part.trim());
  const value = (/** @type {string} */ name) => Number(directives.find((part) => part.startsWith(`${name}=`))?.slice(name.length + 1) ?? NaN);
  const maxAge = Math.min(value("max-age"), left);
  const sharedMaxAge = Math.min(value("s-maxage"), left);
  const fresh = Math.max(Number.isNaN(maxAge) ? 0 : maxAge, Number.isNaN(sharedMaxAge) ? 0 : sharedMaxAge);
  const stale = Math.min(value("stale-while-revalidate"), Math.max(0, left - fresh));
  return directives
    .map((part) => {
      if (part.startsWith("max-age=") && !Number.isNaN(maxAge)) return `max-age=${maxAge}`;
      if (part.startsWith("s-maxage=") && !Number.isNaN(sharedMaxAge)) return `s-maxage=${sharedMaxAge}`;
      if (part.startsWith("stale-while-revalidate=") && !Number.isNaN(stale)) return `stale-while-revalidate=${stale}`;
      return part;
    })
    .join(", ");
}
