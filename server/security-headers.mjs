/**
 * The security and caching headers, in one place for next.config.js (every response), the origin (each
 * page's own CSP and caching, server/origin-server.mjs) and the edge's documentation.
 */

/** Directives every response carries; pages add their scripts and styles. Forms may go to this origin only (the search box). */
const BASE_DIRECTIVES = ["default-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'", "object-src 'none'"];

/** For anything that is not an HTML page: nothing may run, load or frame it. */
export const NON_PAGE_CSP = BASE_DIRECTIVES.join("; ");

/**
 * A page's policy: scripts (the page's islands), styles, fonts and images from this origin only. Pages
 * carry no inline script (server/strip-framework.mjs), so none is allowed: no hash, no 'unsafe-inline',
 * no 'unsafe-eval'.
 */
export function pageCsp() {
  return [
    ...BASE_DIRECTIVES,
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ].join("; ");
}

/** The service worker's own policy (app/sw.js/route.ts): it fetches from this origin and nothing else. */
export const SERVICE_WORKER_CSP = [...BASE_DIRECTIVES, "connect-src 'self'"].join("; ");

/** Sent with every response, from next.config.js. */
export const COMMON_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

/**
 * How long each kind of response may be kept. A cache in front (deploy/nginx, a CDN) keeps pages and
 * feeds for 30 seconds, then asks again with If-None-Match (a 304 when nothing changed): a story
 * published, corrected or taken down shows at the edge within the minute. It may serve a stale copy
 * while one request revalidates, or when the origin fails. Browsers keep an article a minute, a listing
 * not at all. Errors are never public.
 */
export const CACHE = {
  article: "public, max-age=60, s-maxage=30, stale-while-revalidate=86400, stale-if-error=604800",
  listing: "public, max-age=0, s-maxage=30, stale-while-revalidate=600, stale-if-error=86400",
  feed: "public, max-age=60, s-maxage=30, stale-while-revalidate=3600, stale-if-error=86400",
  image: "public, max-age=86400, stale-while-revalidate=604800, stale-if-error=604800",
  island: "public, max-age=31536000, immutable",
  /**
   * A live story's updates document: the same for every reader, polled every 15 s; the edge keeps it a
   * few seconds and coalesces the readers who ask meanwhile into one request.
   */
  liveUpdates: "public, max-age=0, s-maxage=5, stale-while-revalidate=10, stale-if-error=60",
  /** A live story's page while its coverage is open: kept as briefly as its updates document. */
  livePage: "public, max-age=0, s-maxage=5, stale-while-revalidate=10, stale-if-error=86400",
  /** A private preview link's page and card: for the one reader who holds the link, never kept. */
  private: "private, no-store",
  /** The service worker script: browsers ask again each time (a new release's worker takes over at once). */
  serviceWorker: "no-cache",
  error: "private, no-store",
};
