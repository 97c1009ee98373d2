/**
 * Conditional GET at the origin. Next.js's own ETag (`generateEtags`) hashes the whole body of every
 * prerendered page on every request, about an eighth of the server's CPU for a 53 KB article; we turn
 * it off and scripts/post-build.ts writes each page's ETag into its .meta once, at build time. This
 * answers If-None-Match against that ETag with a 304, as Next.js did.
 *
 * The .meta ETag names the page's HTML. Its router payload (a request with an `RSC` header) is another
 * representation of the same URL, so it must not carry the same strong ETag: it goes out without one.
 */

/**
 * Weak comparison (RFC 9110 §13.1.2): does an If-None-Match value name this entity tag?
 * @param {string} ifNoneMatch the request header: "*" or a comma-separated list of entity tags
 * @param {string | undefined} etag the response's ETag
 */
export function etagMatches(ifNoneMatch, etag) {
  if (!etag) return false;
  const opaque = (tag) => tag.trim().replace(/^W\//, "");
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => opaque(tag) === opaque(etag));
}

/**
 * Makes a 200 response to a GET or HEAD with a matching If-None-Match go out as 304 (Node.js then
 * drops the body). Headers stay as they are: a 304 repeats the 200's Cache-Control, ETag and Vary.
 * Call it before handing the request on; it hooks the response's writeHead.
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 */
export function answerNotModified(request, response) {
  const routerPayload = request.headers.rsc !== undefined;
  const ifNoneMatch = request.headers["if-none-match"];
  const conditional = Boolean(ifNoneMatch) && (request.method === "GET" || request.method === "HEAD");
  if (!routerPayload && !conditional) return;
  const writeHead = response.writeHead;
  response.writeHead = function (statusCode, ...rest) {
    if (routerPayload) {
      response.removeHeader("etag");
      return writeHead.call(this, statusCode, ...rest);
    }
    const etag = response.getHeader("etag");
    const notModified = statusCode === 200 && etagMatches(ifNoneMatch ?? "", etag === undefined ? undefined : String(etag));
    return writeHead.call(this, notModified ? 304 : statusCode, ...rest);
  };
}
