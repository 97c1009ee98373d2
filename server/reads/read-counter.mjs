// @ts-check
/**
 * The read-counting endpoint, answered by the front itself (it must take thousands a second without
 * a renderer): /api/reads/<section>/<slug>, sent by the read-counter island once a story has been
 * visible a few seconds (POST, a beacon: 204), or by a 1×1 image inside <noscript> (GET: a GIF), so a
 * reader is counted one way or the other, never both. The answer goes at once and says nothing of what
 * was counted; it is never stored by anyone (no-store) and sets no cookie.
 *
 * Not counted: bots and link-preview fetchers (isbot's maintained list), prefetches, and stories that
 * are unknown or not public. The rest wait a moment in a batch, then are hashed under the day's secret
 * (server/reads/reader-key.mjs) and handed to the tally, which keeps one read per reader per story per
 * day. Nothing is kept of the address or user agent once the batch is written.
 */
import { isbot } from "isbot";
import { networkPrefix, readKeys } from "./reader-key.mjs";
import { READS } from "./settings.mjs";
import { dayOf } from "./windows.mjs";

/** A transparent 1×1 GIF: what the <noscript> image is answered with. */
const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

/** @typedef {{ network: string, userAgent: string, slug: string, section: string, at: number }} Pending */

/** @param {string} segment */
function decode(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * The story a counting path names: "/api/reads/world/talks-resume" → { section, slug }.
 * @param {string} pathname
 */
export function storyOfReadPath(pathname) {
  if (!pathname.startsWith(READS.pathPrefix)) return undefined;
  const parts = pathname.slice(READS.pathPrefix.length).split("/");
  if (parts.length !== 2 || !parts[0] || !parts[1]) return undefined;
  const section = decode(parts[0]);
  const slug = decode(parts[1]);
  return section && slug ? { section, slug } : undefined;
}

/**
 * Whether a request is one nobody read: a bot, a link preview, a prefetch, or no user agent at all.
 * @param {Record<string, string | string[] | undefined>} headers
 */
export function isNotAReader(headers) {
  const userAgent = headers["user-agent"];
  if (typeof userAgent !== "string" || userAgent.trim() === "") return true;
  const purpose = String(headers["sec-purpose"] ?? headers.purpose ?? headers["x-moz"] ?? "");
  return /prefetch|prerender/i.test(purpose) || isbot(userAgent);
}

/**
 * @param {{
 *   tally: import("./tally.mjs").Tally,
 *   directory: { isPublicStory(section: string, slug: string, now: number): boolean },
 *   now?: () => number,
 *   log?: (message: string) => void,
 * }} options
 */
export function createReadCounter({ tally, directory, now = Date.now, log = console.error }) {
  /** @type {Pending[]} */
  let batch = [];
  let failing = false;
  let counted = 0;
  let received = 0;

  async function flush() {
    if (batch.length === 0) return;
    const pending = batch;
    batch = [];
    try {
      /** @type {Map<number, Buffer>} */
      const secrets = new Map();
      for (const day of new Set(pending.map((read) => dayOf(read.at)))) secrets.set(day, await tally.secretFor(day));
      const reads = pending.map((read) => ({ ...readKeys(/** @type {Buffer} */ (secrets.get(dayOf(read.at))), read.network, read.userAgent, read.slug), slug: read.slug, section: read.section, at: read.at }));
      counted += await tally.record(reads);
      if (failing) log("reads: counting again");
      failing = false;
    } catch (error) {
      // Counting fails quietly: readers never notice; the list hides itself once its counts are stale.
      if (!failing) log(`reads: ${pending.length} reads not counted: ${error instanceof Error ? error.message : String(error)}`);
      failing = true;
    }
  }
  let flushing = Promise.resolve();
  const timer = setInterval(() => {
    flushing = flushing.then(flush);
  }, READS.flushMs).unref();

  return {
    /**
     * Answers a request to the counting endpoint, and counts it if it is a reader's read.
     * @param {import("node:http").IncomingMessage} request
     * @param {import("node:http").ServerResponse} response
     * @param {string} pathname
     * @param {string} client the reader's address (server/client-address.mjs)
     * @param {Record<string, string | string[] | number>} headers the site's headers for an answer of this status (the response policy's)
     */
    answer(request, response, pathname, client, headers) {
      const story = storyOfReadPath(pathname);
      const at = now();
      if (!story || !directory.isPublicStory(story.section, story.slug, at)) {
        const body = Buffer.from("Not found: no such story to count\n");
        response.writeHead(404, { ...headers, "content-type": "text/plain; charset=utf-8", "content-length": body.length });
        response.end(request.method === "HEAD" ? undefined : body);
        return;
      }
      received += 1;
      if (request.method !== "HEAD" && !isNotAReader(request.headers) && batch.length < READS.maxBatch) {
        batch.push({ network: networkPrefix(client), userAgent: String(request.headers["user-agent"]), slug: story.slug, section: story.section, at });
      }
      if (request.method === "POST") {
        // The beacon's body, if any, is not read: drain it so the connection can carry the next request.
        request.resume();
        response.writeHead(204, headers);
        response.end();
        return;
      }
      response.writeHead(200, { ...headers, "content-type": "image/gif", "content-length": PIXEL.length });
      response.end(request.method === "HEAD" ? undefined : PIXEL);
    },
    /** Writes what waits now (tests, and before the process exits). */
    flush: () => (flushing = flushing.then(flush)),
    stats: () => ({ received, counted, waiting: batch.length }),
    stop() {
      clearInterval(timer);
      return flushing.then(flush);
    },
  };
}
