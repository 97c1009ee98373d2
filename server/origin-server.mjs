#!/usr/bin/env node
// @ts-check
/**
 * The origin: the deployable's runtime. Next.js's own request handler, in this process, behind the
 * origin's pipeline (server/origin-handler.mjs): the request screen, the finished-page memory, each
 * page's CSP, ETag and caching. The published store (server/content-store) is opened here, so publishing
 * and a restart find the same stories; the incremental cache (server/cache-handler.mjs) is Next.js's.
 *
 * Usage: node server/origin-server.mjs [-p|--port 3000] [-H|--hostname 127.0.0.1] [--dir .] [--page-cache-mb 64]
 * Environment: PUBLISH_TOKEN (publishing is off without it), PUBLISHED_DIR (the embedded store's folder,
 * default <dir>/.published), REDIS_URL (share the store and the cache with other replicas through Redis).
 */
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { getContentStore } from "./content-store/index.mjs";
import { readFallbackPages } from "./fallback-pages.mjs";
import { createOriginHandler } from "./origin-handler.mjs";
import { createPageCache } from "./page-cache.mjs";
import { nextChange, readScheduledChanges, readSiteTimeZone } from "./site-day.mjs";
import { readSectionSlugs } from "./routes.mjs";

const { values } = parseArgs({
  options: {
    port: { type: "string", short: "p", default: process.env.PORT ?? "3000" },
    hostname: { type: "string", short: "H", default: process.env.HOSTNAME ?? "127.0.0.1" },
    dir: { type: "string", default: "." },
    "page-cache-mb": { type: "string", default: process.env.PAGE_CACHE_MB ?? "64" },
  },
});
const dir = path.resolve(values.dir);
const port = Number(values.port);
// Pages read the compiled content (.content/) and photos (public/) relative to the working directory.
process.chdir(dir);
process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const store = getContentStore();
await store.ready;

// The configuration as built (in a standalone folder there is no next.config.js to read), handed over
// the way Next's own standalone server.js does. `output: "standalone"` only tells `next build` what to
// emit (passed on, it makes Next warn at start); the cache handler is the copy beside this file.
const { config: built } = JSON.parse(readFileSync(path.join(dir, ".next", "required-server-files.json"), "utf8"));
const config = { ...built, output: undefined, cacheHandler: path.join(import.meta.dirname, "cache-handler.mjs") };
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
const { default: next } = await import("next");
const app = next({ dev: false, dir, hostname: values.hostname, port, conf: config });
await app.prepare();

const pageCache = createPageCache({ maxBytes: Number(values["page-cache-mb"]) * 1024 * 1024 });
// Search results pages, by query: a quarter as much again, apart (server/origin-handler.mjs).
const searchCache = createPageCache({ maxBytes: Number(values["page-cache-mb"]) * 256 * 1024 });
const clearMemory = () => {
  pageCache.clear();
  searchCache.clear();
};
// A publish (here or on another replica) makes every finished page in memory possibly out of date; so
// do the publication's day turning (a story page says how old its story is: content/story-age.ts) and
// a front-page pin expiring (content/front-page.ts).
store.onChange(clearMemory);
const timeZone = readSiteTimeZone(dir);
const scheduled = readScheduledChanges(dir);
(function clearAtNextChange() {
  // Timers take at most 2^31 - 1 ms; a later change is waited for in steps.
  const wait = Math.min(nextChange(Date.now(), timeZone, scheduled) - Date.now(), 2 ** 31 - 1);
  setTimeout(() => {
    clearMemory();
    clearAtNextChange();
  }, Math.max(wait, 0)).unref();
})();

const fallbackPages = readFallbackPages(dir);
const server = http.createServer(createOriginHandler({ handle: app.getRequestHandler(), store, sections: readSectionSlugs(dir), pageCache, searchCache, fallbackPages }));
server.keepAliveTimeout = 65_000;
server.listen(port, values.hostname, () => console.log(`▲ origin ready on http://${values.hostname}:${port} (published store: ${store.kind}, version ${store.state().version})`));

/**
 * On SIGTERM stop accepting connections, let requests in flight finish, then exit. Keep-alive
 * connections are closed as soon as they fall idle, so a drain takes as long as the slowest request.
 */
function drain(/** @type {string} */ signal) {
  console.log(`${signal}: draining`);
  server.close(() => store.close().finally(() => process.exit(0)));
  server.closeIdleConnections();
  setInterval(() => server.closeIdleConnections(), 50).unref();
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.once("SIGTERM", () => drain("SIGTERM"));
process.once("SIGINT", () => drain("SIGINT"));
