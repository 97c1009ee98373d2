import { CACHE } from "@/scripts/lib/security-headers.mjs";

/** A JPEG that may be cached for a day by browsers and CDNs; its URL carries a version when it changes. */
export function imageResponse(body: Buffer): Response {
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "image/jpeg",
      "Content-Length": String(body.length),
      "Cache-Control": CACHE.image,
    },
  });
}

export function notFoundResponse(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
