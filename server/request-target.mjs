// @ts-check
/**
 * The request target, normalised once, before anything routes on it: dot segments (`..`, `.`, and
 * their encodings `%2e%2e`) resolved, empty segments (`//`, a trailing slash) dropped. A target that
 * was not already in that form is redirected to the form that is (a browser never sends one; a raw
 * client or a confused crawler does), so every later step sees one spelling of each path, and a prefix
 * such as `/api/` or `/_next/` means what it says: `/api/../world/x` is `/world/x` before anything
 * decides how to treat it. Backslashes are refused.
 *
 * The query string is kept only for the paths whose answer depends on it (search, the image optimizer,
 * publishing); every other page is the same whatever is appended, so it is served (and kept) without it.
 */

/** Paths whose answers depend on their query string. */
export const READS_QUERY = new Set(["/search", "/_next/image", "/api/publish"]);

/**
 * @typedef {{ kind: "ok", pathname: string, url: string }
 *   | { kind: "redirect", location: string }
 *   | { kind: "refuse", status: number, reason: string }} Target
 *   `pathname`: the normalised path, still percent-encoded; `url`: what is routed (the path, with the query
 *   where the path reads it); `location`: the normalised path with the query as sent.
 */

/**
 * @param {string} target the request target as sent: path and query, percent-encoded
 * @returns {Target}
 */
export function normalizeTarget(target) {
  if (!target.startsWith("/")) return { kind: "refuse", status: 400, reason: "the request target must be a path" };
  const queryStart = target.indexOf("?");
  const rawPath = queryStart === -1 ? target : target.slice(0, queryStart);
  const query = queryStart === -1 ? "" : target.slice(queryStart);
  if (rawPath.includes("\\")) return { kind: "refuse", status: 400, reason: "no address here has a backslash" };
  /** @type {string[]} */
  const segments = [];
  for (const segment of rawPath.split("/")) {
    const dots = segment.replace(/%2e/gi, ".");
    if (segment === "" || dots === ".") continue;
    if (dots === "..") segments.pop();
    else segments.push(segment);
  }
  // Never "//…": every segment left is non-empty, so the location stays on this host.
  const pathname = `/${segments.join("/")}`;
  if (pathname !== rawPath) return { kind: "redirect", location: pathname + query };
  return { kind: "ok", pathname, url: READS_QUERY.has(pathname) && query.length > 1 ? pathname + query : pathname };
}
