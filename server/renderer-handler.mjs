// @ts-check
/**
 * The renderer's pipeline around Next.js's handler (server/renderer.mjs runs it in a process of its
 * own, behind the front: server/front-handler.mjs). Next.js serves the request — from its incremental
 * cache, or rendering it — and every response is finished before it leaves: a page loses the
 * framework and gets its CSP, its ETag and the caching of its kind, Next's empty error shell becomes a
 * real page, a story taken down or expired answers 410 instead of 404, and no page, feed or sitemap may
 * be kept past the next moment content changes by itself (a story scheduled to go public or to expire:
 * server/schedule.mjs); an island's bundle gets a year's caching. The body is sent plain: the front
 * compresses, keeps and answers conditional requests.
 *
 * Two headers tell the front what it may keep (server/renderer-protocol.mjs): whether the answer is the
 * same for every reader until the content changes (from Next's incremental cache, or a search results
 * page) and was rendered without a publish in between, and the published store's version it shows.
 */
import { captureResponse } from "./capture-response.mjs";
import { entityTag, finishPage, finishProblem } from "./page-finish.mjs";
import { currentBoard } from "../content/most-read-board.mjs";
import { BOARD_HEADER, KEEP_HEADER, VERSION_HEADER } from "./renderer-protocol.mjs";
import { requestContext } from "./request-context.mjs";
import { articleSlugOf, pageKind } from "./routes.mjs";
import { capLifetime } from "./schedule.mjs";
import { CACHE } from "./security-headers.mjs";

/** An island's bundle (components/islands): its name carries its content's hash, so it never changes. */
const ISLAND_FILE = /^\/islands\/[a-z0-9-]+-[A-Z0-9]{8}\.js$/;
/** Private preview links (server/preview-links.mjs): never kept, never sent on as a referrer, never indexed. */
const PREVIEW = /^\/preview\//;
const PREVIEW_HEADERS = { "cache-control": CACHE.private, "referrer-policy": "no-referrer", "x-robots-tag": "noindex, nofollow" };
/** What a live story's page says of itself while its coverage is open (components/live/live-view.tsx). */
const LIVE_OPEN = 'data-live="open"';
/** Pages rendered for their query that are the same for every reader who asks it until the content changes. */
const KEPT_BY_QUERY = new Set(["/search"]);
/** Headers that belong to one transfer or one representation, not to the response: the front writes its own. */
const NOT_KEPT = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "etag"]);

/** @typedef {import("./content-store/state.mjs").PublishedState} PublishedState */
/** @typedef {{ status: number, headers: Record<string, string | string[] | number>, etag?: string, body: Buffer }} Finished */

/** @param {string} pathname */
function decodePath(pathname) {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/**
 * What the renderer sends for what Next.js produced.
 * @param {import("./capture-response.mjs").CapturedResponse} captured
 * @param {string} pathname decoded, without the query
 * @param {readonly string[]} sections
 * @param {PublishedState} state
 * @param {import("./fallback-pages.mjs").FallbackPages} fallback what readers get for Next.js's empty error shell
 * @param {{ now: number, nextChange: number, expired: (slug: string, now: number) => boolean }} [timing]
 *   the moment of the render, the next moment content changes by itself, and which stories have expired
 * @returns {Finished}
 */
export function finishResponse(captured, pathname, sections, state, fallback, timing = { now: Date.now(), nextChange: Infinity, expired: () => false }) {
  const finished = finishOne(captured, pathname, sections, state, fallback, timing);
  return PREVIEW.test(pathname) ? { ...finished, headers: { ...finished.headers, ...PREVIEW_HEADERS } } : finished;
}

/**
 * @param {import("./capture-response.mjs").CapturedResponse} captured
 * @param {string} pathname
 * @param {readonly string[]} sections
 * @param {PublishedState} state
 * @param {import("./fallback-pages.mjs").FallbackPages} fallback
 * @param {{ now: number, nextChange: number, expired: (slug: string, now: number) => boolean }} timing
 * @returns {Finished}
 */
function finishOne({ status, headers, body }, pathname, sections, state, fallback, timing) {
  const kept = Object.fromEntries(Object.entries(headers).filter(([name]) => !NOT_KEPT.has(name.toLowerCase())));
  const contentType = String(headers["content-type"] ?? "");
  /**
   * A shared lifetime (pages, feeds, sitemaps) ends when content next changes by itself.
   * @param {string | string[] | number | undefined} value
   * @returns {string | undefined}
   */
  const capped = (value) => (typeof value === "string" ? (/s-maxage=/.test(value) ? capLifetime(value, (timing.nextChange - timing.now) / 1000) : value) : undefined);
  if (!/^text\/html\b/i.test(contentType)) {
    const island = status === 200 && ISLAND_FILE.test(pathname);
    const cacheControl = island ? CACHE.island : capped(kept["cache-control"]);
    return { status, headers: cacheControl === undefined ? kept : { ...kept, "cache-control": cacheControl }, etag: status === 200 ? entityTag(body) : undefined, body };
  }
  const page = finishPage(body.toString("utf8"));
  const problem = finishProblem(page.report);
  if (problem) console.error(`renderer: ${pathname}: ${problem} (see server/strip-framework.mjs)`);
  // Next.js's error shell is empty without its runtime: a real page instead (server/fallback-pages.mjs).
  const html = Buffer.from(page.report.errorShell ? (status >= 500 ? fallback.serverError : fallback.notFound) : page.html);
  // A story taken down (or expired) is gone for good: crawlers drop a 410 at once.
  const slug = status === 404 && !pathname.startsWith("/share/") ? articleSlugOf(pathname, sections) : undefined;
  const gone = slug !== undefined && (state.articles.get(slug)?.record === null || timing.expired(slug, timing.now));
  const finalStatus = gone ? 410 : status;
  // A live story whose coverage is open changes every few minutes: the edge keeps it seconds, not half a minute.
  const kind = page.html.includes(LIVE_OPEN) ? "livePage" : pageKind(pathname, sections) === "article" ? "article" : "listing";
  const cacheControl = finalStatus === 200 ? capped(CACHE[kind]) : finalStatus >= 300 && finalStatus < 400 ? kept["cache-control"] : CACHE.error;
  return {
    status: finalStatus,
    headers: { ...kept, "content-type": contentType, "content-security-policy": page.csp, ...(cacheControl ? { "cache-control": cacheControl } : {}) },
    etag: finalStatus === 200 ? entityTag(html) : undefined,
    body: html,
  };
}

/**
 * Whether Next.js's incremental cache produced the response (a page or feed that is the same for every
 * reader until the content changes), not a render for this request alone.
 * @param {Record<string, unknown>} headers
 */
const fromIncrementalCache = (headers) => ["HIT", "MISS"].includes(String(headers["x-nextjs-cache"] ?? "").toUpperCase());

/**
 * @param {{
 *   handle: (request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse) => unknown,
 *   store: import("./content-store/state.mjs").ContentStore,
 *   sections: readonly string[],
 *   fallbackPages: import("./fallback-pages.mjs").FallbackPages,
 *   schedule?: { nextAfter(now: number): number, expired(slug: string, now: number): boolean },
 * }} options
 * @returns {(request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse) => void}
 */
export function createRendererHandler({ handle, store, sections, fallbackPages, schedule = { nextAfter: () => Infinity, expired: () => false } }) {
  return function rendererHandler(request, response) {
    const url = request.url ?? "/";
    const queryStart = url.indexOf("?");
    const key = decodePath(queryStart === -1 ? url : url.slice(0, queryStart));
    const version = store.state().version;
    // The "Most read" a page is made with: the front keeps it only if that is still the current one.
    const board = currentBoard().generation;
    // Next.js sends the plain body: the front compresses it.
    delete request.headers["accept-encoding"];
    // The moment of the render: a page made now is the page of now, until content next changes by itself.
    const now = Date.now();
    captureResponse(response, (captured) => {
      const finished = finishResponse(captured, key, sections, store.state(), fallbackPages, { now, nextChange: schedule.nextAfter(now), expired: schedule.expired });
      const keep = finished.status === 200 && (fromIncrementalCache(captured.headers) || KEPT_BY_QUERY.has(key)) && store.state().version === version;
      response.writeHead(finished.status, {
        ...finished.headers,
        ...(finished.etag ? { etag: finished.etag } : {}),
        "content-length": finished.body.length,
        [KEEP_HEADER]: keep ? "1" : "0",
        [VERSION_HEADER]: String(version),
        [BOARD_HEADER]: String(board),
      });
      response.end(finished.body);
    });
    requestContext.run({ version }, () => handle(request, response));
  };
}
