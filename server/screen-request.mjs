// @ts-check
/**
 * What the origin refuses before Next.js sees a request. Pure: method, raw URL and headers in, a
 * refusal or nothing out. Every refusal is private and uncacheable, so no CDN keeps it.
 */

const READ_METHODS = new Set(["GET", "HEAD"]);
const MAX_URL_LENGTH = 4096;
/** The one address that takes a POST: publishing (app/api/publish/route.ts), which checks its own token. */
export const PUBLISH_PATH = "/api/publish";
/** …and the read-counting endpoint's (server/reads/read-counter.mjs): a beacon is a POST. */
const READS_PREFIX = "/api/reads/";
const SEARCH_TOO_LONG = "Bad request: that search is too long. Searches can be up to 200 characters: go back, shorten it and search again.\n";
const NO_STORE = { "cache-control": "no-store", "content-type": "text/plain; charset=utf-8" };
/**
 * The headers Next.js's client router and server actions send. No page here runs that router (readers
 * get no framework), and each such request would render past every cache: refused.
 */
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];

/**
 * @param {string} method
 * @param {string} url the request target as sent: path and query, still percent-encoded
 * @param {Record<string, string | string[] | undefined>} [headers]
 * @returns {{ status: number, headers: Record<string, string>, body: string } | undefined}
 */
export function screenRequest(method, url, headers = {}) {
  if (url.length > MAX_URL_LENGTH) {
    // A reader who pasted a page of text into the search box gets told what to do, not a bare 414.
    if (/^\/search(?:\?|$)/.test(url)) return { status: 400, headers: NO_STORE, body: SEARCH_TOO_LONG };
    return { status: 414, headers: NO_STORE, body: "URI too long\n" };
  }
  const queryStart = url.indexOf("?");
  const pathname = queryStart === -1 ? url : url.slice(0, queryStart);
  if (pathname === PUBLISH_PATH) {
    if (method === "GET" || method === "POST") return undefined;
    return { status: 405, headers: { ...NO_STORE, allow: "GET, POST" }, body: "Method not allowed\n" };
  }
  if (pathname.startsWith(READS_PREFIX) && !READ_METHODS.has(method)) {
    if (method === "POST") return undefined;
    return { status: 405, headers: { ...NO_STORE, allow: "GET, HEAD, POST" }, body: "Method not allowed\n" };
  }
  if (!READ_METHODS.has(method)) {
    return { status: 405, headers: { ...NO_STORE, allow: "GET, HEAD" }, body: "Method not allowed: this site is read-only\n" };
  }
  if (ROUTER_HEADERS.some((name) => headers[name] !== undefined)) {
    return { status: 400, headers: NO_STORE, body: "Bad request: this site has no client-side router; ask for the page itself\n" };
  }
  if (pathname.includes("%")) {
    try {
      decodeURIComponent(pathname);
    } catch {
      return { status: 400, headers: NO_STORE, body: "Bad request: malformed percent-encoding\n" };
    }
  }
  return undefined;
}
