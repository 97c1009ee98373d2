import { notFoundResponse, unavailableResponse } from "@/app/_http/responses";
import { readPhoto } from "@/content/photo-files";
import { CACHE } from "@/server/security-headers.mjs";

/**
 * Photos published on the running site since the release. Files in public/images/ are served before
 * any route, so this only ever answers for a path the release does not have. A published photo's path
 * never changes its bytes (publishing refuses that), so caches may keep it.
 */
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/images/[...path]">) {
  const photo = await readPhoto(`/images/${(await params).path.join("/")}`).catch(() => "unavailable" as const);
  // The published store cannot be read just now (Redis down): the photo is there, come back for it.
  if (photo === "unavailable") return unavailableResponse();
  if (!photo) return notFoundResponse();
  return new Response(new Uint8Array(photo.bytes), {
    headers: { "Content-Type": photo.type, "Content-Length": String(photo.bytes.length), "Cache-Control": CACHE.image },
  });
}
