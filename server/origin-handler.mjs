// @ts-check
/**
 * The origin's request pipeline around Next.js's handler:
 *  1. the screen refuses what Next.js mishandles (server/screen-request.mjs);
 *  2. pages, feeds and sitemaps already finished are answered from memory (server/page-cache.mjs), and
 *     so are search results pages, by their query, from a memory of their own;
 *  3. otherwise Next.js serves the request (from its incremental cache, or rendering it), and the origin
 *     finishes the response before it leaves: a page loses the framework's scripts and gets its CSP, its
 *     ETag and its caching, a
 *     taken-down story's 404 becomes 410, and the result is compressed and kept for the next reader.
 * Assets, images, share images, publishing and the router's requests go to Next.js untouched.
 */
import { captureResponse } from "./capture-response.mjs";
import { chooseEncoding, compress, isCompressible, send } from "./page-cache.mjs";
import { entityTag, finishPage, finishProblem } from "./page-finish.mjs";
import { requestContext } from "./request-context.mjs";
import { articleSlugOf, pageKind } from "./routes.mjs";
import { screenRequest } from "./screen-request.mjs";
import { CACHE } from "./security-headers.mjs";

const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];
/** What Next.js serves as it is: hashed assets and the image optimizer, photos, share images, publishing. */
const UNTOUCHED = /^\/(?:_next|images|share|brand|api)(?:\/|$)/;
/**
 * Pages rendered for their query that are the same for every reader who asks it until the content
 * changes: search results. Kept by path and query, in a memory of their own, so that a flood of
 * distinct queries cannot push the site's pages out of theirs.
 */
const KEPT_BY_QUERY = new Set(["/search"]);
/** An island's bundle (components/islands): its name carries its content's hash, so it never changes. */
const ISLAND_FILE = /^\/islands\/[a-z0-9-]+-[A-Z0-9]{8}\.js$/;
/** Headers that belong to one transfer or one representation, not to the page: send() writes its own. */
const NOT_KEPT = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "etag"]);

/** @typedef {import("./page-cache.mjs").Finished} Finished */
/** @typedef {import("./content-store/state.mjs").PublishedState} PublishedState */

/** @param {string} pathname */
function decodePath(pathname) {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/**
 * What the origin sends for what Next.js produced.
 * @param {import("./capture-response.mjs").CapturedResponse} captured
 * @param {string} pathname decoded, without the query
 * @param {readonly string[]} sections
 * @param {PublishedState} state
 * @param {import("./fallback-pages.mjs").FallbackPages} fallback what readers get for Next.js's empty error shell
 * @returns {Finished}
 */
export function finishResponse({ status, headers, body }, pathname, sections, state, fallback) {
  const kept = Object.fromEntries(Object.entries(headers).filter(([name]) => !NOT_KEPT.has(name.toLowerCase())));
  const contentType = String(headers["content-type"] ?? "");
  if (!/^text\/html\b/i.test(contentType)) {
    const island = status === 200 && ISLAND_FILE.test(pathname);
    return { status, headers: island ? { ...kept, "cache-control": CACHE.island } : kept, etag: status === 200 ? entityTag(body) : undefined, bodies: { identity: body }, compressible: isCompressible(contentType) };
  }
  const page = finishPage(body.toString("utf8"));
  const problem = finishProblem(page.report);
  if (problem) console.error(`origin: ${pathname}: ${problem} (see server/strip-framework.mjs)`);
  // Next.js's error shell is empty without its runtime: a real page instead (server/fallback-pages.mjs).
  const html = Buffer.from(page.report.errorShell ? (status >= 500 ? fallback.serverError : fallback.notFound) : page.html);
  // A story taken down is gone for good: crawlers drop a 410 at once.
  const slug = status === 404 && !pathname.startsWith("/share/") ? articleSlugOf(pathname, sections) : undefined;
  const finalStatus = slug !== undefined && state.articles.get(slug)?.record === null ? 410 : status;
  const cacheControl = finalStatus === 200 ? CACHE[pageKind(pathname, sections) === "article" ? "article" : "listing"] : finalStatus >= 300 && finalStatus < 400 ? kept["cache-control"] : CACHE.error;
  return {
    status: finalStatus,
    headers: { ...kept, "content-security-policy": page.csp, ...(cacheControl ? { "cache-control": cacheControl } : {}) },
    etag: finalStatus === 200 ? entityTag(html) : undefined,
    bodies: { identity: html },
    compressible: true,
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
 *   pageCache: ReturnType<typeof import("./page-cache.mjs").createPageCache>,
 *   searchCache?: ReturnType<typeof import("./page-cache.mjs").createPageCache>,
 *   fallbackPages: import("./fallback-pages.mjs").FallbackPages,
 * }} options
 * @returns {(request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse) => void}
 */
export function createOriginHandler({ handle, store, sections, pageCache, searchCache, fallbackPages }) {
  /** Pages being compressed for the memory: one job a page, however many readers missed it meanwhile. */
  const compressing = new Set();

  return function originHandler(request, response) {
    const method = request.method ?? "";
    const url = request.url ?? "/";
    const refusal = screenRequest(method, url);
    if (refusal) {
      response.writeHead(refusal.status, refusal.headers);
      response.end(method === "HEAD" ? undefined : refusal.body);
      return;
    }
    const queryStart = url.indexOf("?");
    const pathname = queryStart === -1 ? url : url.slice(0, queryStart);
    const version = store.state().version;
    if ((method !== "GET" && method !== "HEAD") || UNTOUCHED.test(pathname) || ROUTER_HEADERS.some((name) => request.headers[name] !== undefined)) {
      requestContext.run({ version }, () => handle(request, response));
      return;
    }

    const key = decodePath(pathname);
    const byQuery = KEPT_BY_QUERY.has(key) && searchCache !== undefined && searchCache.enabled;
    const memory = byQuery ? searchCache : pageCache;
    const memoryKey = byQuery ? url : key;
    const keepable = byQuery || (queryStart === -1 && pageCache.enabled);
    const kept = keepable ? memory.get(memoryKey) : undefined;
    if (kept) {
      send(kept, request, response);
      return;
    }

    // Next.js sends the plain body, always with the body: the origin finishes, compresses and trims it.
    const acceptEncoding = request.headers["accept-encoding"];
    delete request.headers["accept-encoding"];
    request.method = "GET";
    captureResponse(response, (captured) => {
      if (acceptEncoding !== undefined) request.headers["accept-encoding"] = acceptEncoding;
      request.method = method;
      const finished = finishResponse(captured, key, sections, store.state(), fallbackPages);
      deliver(finished, fromIncrementalCache(captured.headers)).catch((error) => {
        console.error(`origin: ${url}: ${error instanceof Error ? error.message : String(error)}`);
        if (!response.headersSent) response.writeHead(500, { "cache-control": CACHE.error }).end();
      });
    });

    /**
     * @param {Finished} finished
     * @param {boolean} cacheable
     */
    async function deliver(finished, cacheable) {
      // The first reader gets gzip (fast); Brotli is made for the readers after.
      const ready = chooseEncoding(acceptEncoding) === "identity" ? finished : await compress(finished, ["gzip"]);
      send(ready, request, response, { method });
      // Not kept if a publish happened while Next.js was producing it: the next reader gets a fresh one.
      if (!keepable || !(cacheable || byQuery) || finished.status !== 200 || store.state().version !== version || compressing.has(memoryKey)) return;
      compressing.add(memoryKey);
      try {
        // Brotli at its best is slow (about a second for a large sitemap); readers meanwhile get gzip. A
        // results page is kept with gzip only: most queries are asked once, and Brotli on each of them
        // cost more than rendering it (29 vs 80 results pages a second with a new query every request).
        const complete = await compress(ready, byQuery ? ["gzip"] : ["gzip", "br"]);
        if (store.state().version === version) memory.put(memoryKey, complete);
      } finally {
        compressing.delete(memoryKey);
      }
    }

    requestContext.run({ version }, () => handle(request, response));
  };
}
