import { readFileSync } from "node:fs";
import path from "node:path";
import { islandSrc } from "@/components/islands/island-src";
import { CACHE, SERVICE_WORKER_CSP } from "@/server/security-headers.mjs";

// Made at build from the release's bundle: a new release serves a new worker, which browsers pick up.
export const dynamic = "force-static";

/**
 * The service worker (components/islands/service-worker.island.ts) at the site's root, so that its
 * scope is every page: asked for again on every check (no-cache), with a policy that lets it fetch from
 * this origin only.
 */
export function GET() {
  const source = readFileSync(path.join(/* turbopackIgnore: true */ process.cwd(), "public", islandSrc("service-worker")), "utf8");
  return new Response(source, {
    headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": CACHE.serviceWorker, "Content-Security-Policy": SERVICE_WORKER_CSP },
  });
}
