// @ts-check
/**
 * What the origin refuses before Next.js sees a request. Pure: method and raw URL in, a refusal or
 * nothing out. Every refusal is private and uncacheable, so no CDN keeps it.
 */

const READ_METHODS = new Set(["GET", "HEAD"]);
const MAX_URL_LENGTH = 4096;
/** The one address that takes a POST: publishing (app/api/publish/route.ts), which checks its own token. */
export const PUBLISH_PATH = "/api/publish";
const SEARCH_TOO_LONG = "Bad request: that search is too long. Searches can be up to 200 characters: go back, shorten it and search again.\n";
const NO_STORE = { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" };

/**
 * @param {string} method
 * @param {string} url the request target as sent: path and query, still percent-encoded
 * @returns {{ status: number, headers: Record<string, string>, body: string } | undefined}
 */
export function screenRequest(method, url) {
  if (url.length > MAX_URL_LENGTH) {
    // A reader who pasted a page of text into the search box gets told what to do, not a bare 414.
    if (/^\/search(?:\?|$)/.test(url)) return { status: 400, headers: NO_STORE, body: SEARCH_TOO_LONG };
    return { status: 414, headers: NO_STORE, body: "URI too long\n" };
  }
  const queryStart = url.indexOf("?");
  const pathname = queryStart === -1 ? url : url.slice(0, queryStart);
  if (pathname === PUBLISH_PATH) {
    if (method === "GET" || method === "POST") return undefined;
    return { status: 405, headers: { ...NO_STORE, Allow: "GET, POST" }, body: "Method not allowed\n" };
  }
  if (!READ_METHODS.has(method)) {
    return { status: 405, headers: { ...NO_STORE, Allow: "GET, HEAD" }, body: "Method not allowed: this site is read-only\n" };
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
