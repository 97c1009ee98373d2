import { CACHE } from "@/scripts/lib/security-headers.mjs";

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
