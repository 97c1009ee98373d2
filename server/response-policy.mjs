// @ts-check
/**
 * What every response carries as it leaves the origin, whatever produced it (a page, an asset, the
 * image optimizer, publishing, a redirect, a refusal of the front's own): the site's security headers,
 * a Content-Security-Policy (a page's own, or one that allows nothing), and for an error, caching that
 * no shared cache may use. Applied by the front to every response it sends (server/front-handler.mjs).
 */
import { CACHE, COMMON_HEADERS, NON_PAGE_CSP, pageCsp } from "./security-headers.mjs";

const COMMON = Object.fromEntries(COMMON_HEADERS.map(({ key, value }) => [key.toLowerCase(), value]));

/**
 * @param {number} status
 * @param {Record<string, string | string[] | number>} headers lower-case names
 * @returns {Record<string, string | string[] | number>}
 */
export function withPolicy(status, headers) {
  const html = /^text\/html\b/i.test(String(headers["content-type"] ?? ""));
  return {
    ...COMMON,
    ...headers,
    "content-security-policy": headers["content-security-policy"] ?? (html ? pageCsp() : NON_PAGE_CSP),
    ...(status >= 400 ? { "cache-control": CACHE.error } : {}),
  };
}
