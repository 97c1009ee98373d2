// @ts-check
/**
 * When the published store last changed what a cached page shows, so that a publish drops only what it
 * changed. A story's share images change only with that story; its own pages with that story and with
 * any change to what listings show (they list related stories); listings only with such a change (a
 * story added, taken down, or changed in its card or filing; state.lastListingChangeAt); anything else
 * (feeds, sitemaps, search) with every commit. A live post is then one story's pages, its feeds and
 * sitemaps, not the whole site. A cached entry made before that moment is out of date, wherever it is
 * kept and whenever the server restarted.
 */
import { articleSlugOf, isListing, pageKind, showsMostRead, storySlugOf } from "./routes.mjs";

const SHARE_IMAGE = /^\/share\//;

/**
 * The path in a Next.js 16 incremental-cache key: "/route-cache/APP_PAGE/<hash>/$/world/x" → "/world/x"
 * ("/index" is the front page). Undefined for keys of another shape (fetch caches, other versions).
 * @param {string} key
 */
export function pathOfCacheKey(key) {
  const match = /^\/route-cache\/[A-Z_]+\/[0-9a-f]+\/\$(\/.*)$/.exec(key);
  if (!match?.[1]) return undefined;
  return match[1] === "/index" ? "/" : match[1];
}

/**
 * @param {string | undefined} pathname undefined: not known, so as if it showed everything
 * @param {import("./content-store/state.mjs").PublishedState} state
 * @param {readonly string[]} sections
 * @param {{ dayStart?: number, frontPageChange?: number, storyChange?: number, mostReadChange?: number }} [clock] when the
 *   publication's day began (a story page says how old its story is, so one made before today's midnight
 *   is out of date), when a front-page pin last expired (server/site-day.mjs), and when a story last went
 *   public or expired by itself (server/schedule.mjs: any page may show any story), and when "Most read"
 *   last changed (the pages that show it: server/routes.mjs showsMostRead)
 * @returns {number} ms since the epoch; 0 when nothing touched it
 */
export function changedAt(pathname, state, sections, { dayStart = 0, frontPageChange = 0, storyChange = 0, mostReadChange = 0 } = {}) {
  const listed = pathname === undefined || showsMostRead(pathname, sections) ? mostReadChange : 0;
  const published = Math.max(publishedChangeAt(pathname, state, sections), storyChange, listed);
  if (pathname === "/") return Math.max(published, frontPageChange);
  return pathname !== undefined && pageKind(pathname, sections) === "article" ? Math.max(published, dayStart) : published;
}

/**
 * @param {string | undefined} pathname
 * @param {import("./content-store/state.mjs").PublishedState} state
 * @param {readonly string[]} sections
 */
function publishedChangeAt(pathname, state, sections) {
  if (state.version === 0 || pathname === undefined) return state.lastCommitAt;
  if (SHARE_IMAGE.test(pathname)) {
    const slug = articleSlugOf(pathname, sections);
    return slug === undefined ? state.lastCommitAt : (state.articles.get(slug)?.changedAt ?? 0);
  }
  const story = storySlugOf(pathname, sections);
  if (story !== undefined) return Math.max(state.articles.get(story)?.changedAt ?? 0, state.lastListingChangeAt);
  return isListing(pathname, sections) ? state.lastListingChangeAt : state.lastCommitAt;
}
