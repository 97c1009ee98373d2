import { CACHE } from "@/server/security-headers.mjs";

/** Responses of the route handlers (feeds, sitemaps, share images), with their caching decided here. */
export const CONTENT_TYPES = {
  xml: "application/xml; charset=utf-8",
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  jsonFeed: "application/feed+json; charset=utf-8",
} as const;

/** Feeds and sitemaps: a CDN may keep them for five minutes and serve them stale if we fail. */
export function textResponse(body: string, contentType: (typeof CONTENT_TYPES)[keyof typeof CONTENT_TYPES]): Response {
  return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": CACHE.feed } });
}

/** A JPEG that may be cached for a day by browsers and CDNs; its URL carries a version when it changes. */
export function imageResponse(body: Buffer): Response {
  return new Response(new Uint8Array(body), {
    headers: { "Content-Type": "image/jpeg", "Content-Length": String(body.length), "Cache-Control": CACHE.image },
  });
}

/** A 404 that no cache keeps. */
export function notFoundResponse(): Response {
  return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** A 503 for what cannot be read just now (a published photo while the store is down): come back soon. */
export function unavailableResponse(): Response {
  return new Response("Service unavailable: try again in a moment\n", {
    status: 503,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "10" },
  });
}
