// @ts-check
/**
 * Conditional GET: the origin answers If-None-Match itself (server/page-cache.mjs send()), from the ETag
 * it gave a page when it finished it, so a cache revalidating a page it holds costs a 304 and no body.
 */

/**
 * Weak comparison (RFC 9110 §13.1.2): does an If-None-Match value name this entity tag?
 * @param {string} ifNoneMatch the request header: "*" or a comma-separated list of entity tags
 * @param {string | undefined} etag the response's ETag
 */
export function etagMatches(ifNoneMatch, etag) {
  if (!etag) return false;
  const opaque = (/** @type {string} */ tag) => tag.trim().replace(/^W\//, "");
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => opaque(tag) === opaque(etag));
}
