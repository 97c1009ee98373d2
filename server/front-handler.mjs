// @ts-check
/**
 * The front: the origin's event loop, which answers readers. It never renders; renderers do, in
 * processes of their own (server/render-pool.mjs), so nothing a request costs there can hold up what
 * is answered here. For each request:
 *  1. the screen refuses what no page needs (server/screen-request.mjs), and the target is normalised
 *     once, before anything routes on it (server/request-target.mjs);
 *  2. pages, feeds and sitemaps already finished, and immutable assets, are answered from memory
 *     (server/page-cache.mjs), search results pages by their query from a memory of their own;
 *  3. otherwise the request is expensive: per-client limits (429 with Retry-After), then admission into
 *     its lane — search, rendering, publishing — each with a bounded queue (503 with Retry-After when
 *     full: shed at once, never left to time out), then a renderer finishes it;
 *  4. every response leaves with the site's security headers and CSP, and errors uncacheable
 *     (server/response-policy.mjs); pages are compressed and kept for the next reader.
 */
import { brotliCompressSync, gzipSync } from "node:zlib";
import { Shed } from "./admission.mjs";
import { clientAddress } from "./client-address.mjs";
import { isSearchEngineCrawler } from "./crawlers.mjs";
import { chooseEncoding, compress, isCompressible, send } from "./page-cache.mjs";
import { PUBLISH_LIMITS } from "./publishing/limits.mjs";
import { BOARD_HEADER, KEEP_HEADER, VERSION_HEADER } from "./renderer-protocol.mjs";
import { READS } from "./reads/settings.mjs";
import { normalizeTarget } from "./request-target.mjs";
import { withPolicy } from "./response-policy.mjs";
import { PUBLISH_PATH, screenRequest } from "./screen-request.mjs";

/** @typedef {import("./page-cache.mjs").Finished} Finished */
/** @typedef {"search" | "render" | "publish"} LaneName */
/** @typedef {ReturnType<typeof import("./admission.mjs").createLane>} Lane */
/** @typedef {ReturnType<typeof import("./rate-limit.mjs").createRateLimiter>} RateLimiter */
/** @typedef {import("./render-pool.mjs").Forwarded} Forwarded */
/** @typedef {import("./render-pool.mjs").Rendered} Rendered */

/** How long a reader shed by admission is asked to wait. */
const BUSY_RETRY_AFTER = 5;
/** Headers that belong to one hop, one transfer or one representation: not forwarded, not kept. */
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "proxy-connection", "te", "trailer", "accept-encoding", "content-length", "host"]);
const NOT_KEPT = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "etag", KEEP_HEADER, VERSION_HEADER, BOARD_HEADER]);

/** @param {string} pathname */
function decodePath(pathname) {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/** @param {string} pathname @returns {LaneName} */
const laneOf = (pathname) => (pathname === PUBLISH_PATH ? "publish" : pathname === "/search" ? "search" : "render");

/**
 * The request's body, cut off as soon as it passes `limit` bytes (a declared length over it is refused
 * before a byte is read).
 * @param {import("node:http").IncomingMessage} request
 * @param {number} limit
 * @returns {Promise<Buffer | undefined>} undefined when over the limit
 */
function readBody(request, limit) {
  if (Number(request.headers["content-length"] ?? 0) > limit) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let received = 0;
    request.on("data", (chunk) => {
      received += chunk.length;
      if (received > limit) {
        request.removeAllListeners("data");
        request.pause();
        resolve(undefined);
      } else chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

/**
 * A refusal page as a finished response, compressed both ways.
 * @param {number} status
 * @param {string} html
 * @returns {Finished}
 */
function refusalPage(status, html) {
  const identity = Buffer.from(html);
  return { status, headers: withPolicy(status, { "content-type": "text/html; charset=utf-8" }), bodies: { identity, gzip: gzipSync(identity, { level: 9 }), br: brotliCompressSync(identity) }, compressible: true };
}

/**
 * @param {{
 *   forward: (request: Forwarded) => Promise<Rendered>,
 *   store: { state(): { version: number }, refresh(): Promise<void> },
 *   pageCache: ReturnType<typeof import("./page-cache.mjs").createPageCache>,
 *   searchCache: ReturnType<typeof import("./page-cache.mjs").createPageCache>,
 *   lanes: Record<LaneName, Lane>,
 *   limits: { search: RateLimiter, render: RateLimiter, publishFailures: RateLimiter },
 *   pages: { busy: string, tooMany: string },
 *   nextChangeAfter?: (now: number) => number,
 *   files?: ReadonlyMap<string, { body: string, contentType: string }>,
 *   feedLink?: (pathname: string) => string | undefined,
 *   reads?: { answer(request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse, pathname: string, client: string, headers: Record<string, string | string[] | number>): void },
 *   boardGeneration?: () => number,
 *   log?: (message: string) => void,
 * }} options
 *   `nextChangeAfter`: the next moment content changes by itself (server/schedule.mjs, the day turning):
 *   a page rendered across one is not kept. `files`: small files the front answers itself (IndexNow's key
 *   file). `feedLink`: the Link header a feed is sent with (its WebSub hub and itself), if any. `reads`:
 *   the read-counting endpoint (server/reads/read-counter.mjs), answered here, never by a renderer.
 *   `boardGeneration`: which "Most read" is current: a page made with another is not kept.
 * @returns {(request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse) => void}
 */
export function createFrontHandler({ forward, store, pageCache, searchCache, lanes, limits, pages, nextChangeAfter = () => Infinity, files = new Map(), feedLink = () => undefined, reads, boardGeneration = () => 0, log = console.error }) {
  /** Pages being compressed for the memory: one job a page, however many readers missed it meanwhile. */
  const compressing = new Set();
  // A flood is answered thousands of times a second with these: compressed once, sent like a kept page.
  const refusalPages = { 429: refusalPage(429, pages.tooMany), 503: refusalPage(503, pages.busy) };
  /** What every answer of the counting endpoint carries: never stored, by anyone. */
  const readHeaders = withPolicy(200, { "cache-control": "no-store" });

  /**
   * Sends an answer of the front's own, under the response policy.
   * @param {import("node:http").IncomingMessage} request
   * @param {import("node:http").ServerResponse} response
   * @param {number} status
   * @param {Record<string, string>} headers
   * @param {string} body
   */
  function answer(request, response, status, headers, body) {
    const bytes = Buffer.from(body);
    response.writeHead(status, withPolicy(status, { ...headers, "content-length": bytes.length }));
    response.end(request.method === "HEAD" ? undefined : bytes);
  }

  /**
   * 429 or 503, with Retry-After: a page a reader understands, or JSON for publishing.
   * @param {import("node:http").IncomingMessage} request
   * @param {import("node:http").ServerResponse} response
   * @param {429 | 503} status
   * @param {number} retryAfter seconds
   * @param {LaneName} lane
   */
  function refuse(request, response, status, retryAfter, lane) {
    const reason = status === 429 ? "too many requests from your address" : "too busy to answer in time";
    if (lane === "publish") {
      answer(request, response, status, { "retry-after": String(retryAfter), "content-type": "application/json; charset=utf-8" }, `${JSON.stringify({ error: `${reason}: try again in ${retryAfter} s` })}\n`);
      return;
    }
    const page = refusalPages[status];
    send({ ...page, headers: { ...page.headers, "retry-after": String(retryAfter) } }, request, response);
  }

  return function frontHandler(request, response) {
    const method = request.method ?? "";
    const target = request.url ?? "/";
    const refusal = screenRequest(method, target, request.headers);
    if (refusal) return answer(request, response, refusal.status, refusal.headers, refusal.body);
    const normal = normalizeTarget(target);
    if (normal.kind === "refuse") return answer(request, response, normal.status, { "content-type": "text/plain; charset=utf-8" }, `Bad request: ${normal.reason}\n`);
    if (normal.kind === "redirect") return answer(request, response, 308, { location: normal.location, "cache-control": "no-store", "content-type": "text/plain; charset=utf-8" }, `Moved to ${normal.location}\n`);

    const { pathname, url } = normal;
    if (reads && pathname.startsWith(READS.pathPrefix)) return reads.answer(request, response, pathname, clientAddress(request), readHeaders);
    const file = files.get(pathname);
    if (file) return answer(request, response, 200, { "content-type": file.contentType, "cache-control": "public, max-age=3600" }, file.body);
    const lane = laneOf(pathname);
    const memory = lane === "search" ? searchCache : pageCache;
    const memoryKey = lane === "search" ? url : decodePath(url);
    if (lane !== "publish" && memory.enabled) {
      const kept = memory.get(memoryKey);
      if (kept) return send(kept, request, response);
    }

    const client = clientAddress(request);
    const limit =
      lane === "search"
        ? limits.search.take(client)
        : lane === "publish"
          ? limits.publishFailures.peek(client)
          : isSearchEngineCrawler(/** @type {string | undefined} */ (request.headers["user-agent"]))
            ? { allowed: true, retryAfter: 0 }
            : limits.render.take(client);
    if (!limit.allowed) {
      if (lane === "publish") log(`publish: refused ${client}: too many wrong tokens`);
      return refuse(request, response, 429, limit.retryAfter, lane);
    }

    const version = store.state().version;
    const changesAt = nextChangeAfter(Date.now());
    lanes[lane]
      .run(async () => {
        const body = method === "POST" ? await readBody(request, PUBLISH_LIMITS.bodyBytes) : undefined;
        if (method === "POST" && body === undefined) return "too-large";
        /** @type {Record<string, string | string[] | undefined>} */
        const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
        return forward({ method: method === "HEAD" ? "GET" : method, url, headers: body ? { ...headers, "content-length": String(body.length) } : headers, ...(body ? { body } : {}) });
      })
      .then(async (rendered) => {
        if (rendered === "too-large") {
          response.setHeader("connection", "close");
          // The rest of the body is never read: the connection closes once this answer is out.
          answer(request, response, 413, { "content-type": "application/json; charset=utf-8" }, `${JSON.stringify({ error: `the body is over ${PUBLISH_LIMITS.bodyBytes} bytes; publish in smaller steps` })}\n`);
          return;
        }
        if (lane === "publish") await afterPublish(rendered, client);
        await deliver(rendered);
      })
      .catch((error) => {
        if (!(error instanceof Shed)) log(`front: ${url}: ${error instanceof Error ? error.message : String(error)}`);
        if (!response.headersSent) refuse(request, response, 503, BUSY_RETRY_AFTER, lane);
      });

    /** @param {Rendered} rendered @param {string} from */
    async function afterPublish(rendered, from) {
      if (rendered.status === 401) {
        limits.publishFailures.take(from);
        log(`publish: a wrong token from ${from}`);
      } else if (rendered.status < 400) limits.publishFailures.forget(from);
      // The renderer committed: see it here before the publisher hears back, so the memory never
      // answers with a page the publish replaced.
      if (method === "POST" && rendered.status === 200) await store.refresh();
    }

    /** @param {Rendered} rendered */
    async function deliver({ status, headers, body }) {
      const keep = headers[KEEP_HEADER] === "1" && Number(headers[VERSION_HEADER]) === version && Number(headers[BOARD_HEADER] ?? 0) === boardGeneration();
      const own = /** @type {Record<string, string | string[] | number>} */ (Object.fromEntries(Object.entries(headers).filter(([name, value]) => !NOT_KEPT.has(name) && value !== undefined)));
      const contentType = String(headers["content-type"] ?? "");
      const link = status === 200 ? feedLink(pathname) : undefined;
      /** @type {Finished} */
      const finished = { status, headers: withPolicy(status, link ? { ...own, link } : own), etag: headers.etag, bodies: { identity: body }, compressible: isCompressible(contentType) };
      // The first reader gets gzip (fast); Brotli is made for the readers after.
      const ready = chooseEncoding(/** @type {string | undefined} */ (request.headers["accept-encoding"])) === "identity" ? finished : await compress(finished, ["gzip"]);
      send(ready, request, response, { method });
      const immutable = status === 200 && /\bimmutable\b/.test(String(headers["cache-control"] ?? ""));
      // Not kept if a publish happened while it was being rendered, or a scheduled moment passed: the
      // next reader gets a fresh one.
      const current = store.state().version === version && Date.now() < changesAt;
      if (lane === "publish" || !memory.enabled || !(keep || immutable) || status !== 200 || !current || compressing.has(memoryKey)) return;
      compressing.add(memoryKey);
      try {
        // Brotli at its best is slow (about a second for a large sitemap); readers meanwhile get gzip. A
        // results page is kept with gzip only: most queries are asked once, and Brotli on each of them
        // cost more than rendering it (29 vs 80 results pages a second with a new query every request).
        const complete = await compress(ready, lane === "search" ? ["gzip"] : ["gzip", "br"]);
        if (store.state().version === version && Date.now() < changesAt) memory.put(memoryKey, complete);
      } finally {
        compressing.delete(memoryKey);
      }
    }
  };
}
