#!/usr/bin/env node
// @ts-check
/**
 * The origin: the deployable's runtime. A front process (this one) that answers readers — the request
 * screen, finished pages from memory, 304s, per-client limits, admission into bounded lanes — and
 * renderers behind it, child processes running Next.js's handler (server/renderer.mjs), which it
 * starts, restarts and stops. Rendering, search, the image optimizer and publishing all happen in a
 * renderer, so none of them can hold up the event loop that serves cached pages.
 *
 * Usage: node server/origin-server.mjs [-p|--port 3000] [-H|--hostname 127.0.0.1] [--dir .]
 *        [--page-cache-mb 64] [--renderers 1]
 * Environment: PUBLISH_TOKEN (publishing is off without it), PUBLISHED_DIR (the embedded store's folder,
 * default <dir>/.published), REDIS_URL (share the store and the cache with other replicas through Redis),
 * RENDERERS (how many renderers; more than one needs REDIS_URL, whose store and cache take several
 * writers), LIMITS_OFF=1 (no per-client limits: for benchmarks that measure throughput from one address).
 */
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { createLane } from "./admission.mjs";
import { answerClientError } from "./client-error.mjs";
import { getContentStore } from "./content-store/index.mjs";
import { readFallbackPages } from "./fallback-pages.mjs";
import { createFrontHandler } from "./front-handler.mjs";
import { createPageCache } from "./page-cache.mjs";
import { createRateLimiter } from "./rate-limit.mjs";
import { createRenderPool } from "./render-pool.mjs";
import { createSchedule } from "./schedule.mjs";
import { changedAt } from "./content-freshness.mjs";
import { readSectionSlugs } from "./routes.mjs";
import { nextChange, readRoutes, readScheduledChanges, readSiteTimeZone } from "./site-day.mjs";
import { FRONT_LIMITS } from "./front-limits.mjs";
import { changedBetween, changesToTell } from "./notify/changes.mjs";
import { feedLinkHeader, notificationEndpoints } from "./notify/endpoints.mjs";
import { createNotifier } from "./notify/notifier.mjs";
import { createMemoryTally } from "./reads/memory-tally.mjs";
import { createMostReadBoard } from "./reads/most-read-board.mjs";
import { createReadCounter } from "./reads/read-counter.mjs";
import { createRedisTally } from "./reads/redis-tally.mjs";
import { createStoryDirectory } from "./reads/story-directory.mjs";
import { showsMostRead } from "./routes.mjs";

const { values } = parseArgs({
  options: {
    port: { type: "string", short: "p", default: process.env.PORT ?? "3000" },
    hostname: { type: "string", short: "H", default: process.env.HOSTNAME ?? "127.0.0.1" },
    dir: { type: "string", default: "." },
    "page-cache-mb": { type: "string", default: process.env.PAGE_CACHE_MB ?? "64" },
    renderers: { type: "string", default: process.env.RENDERERS ?? "1" },
  },
});
const dir = path.resolve(values.dir);
const port = Number(values.port);
const renderers = Math.max(1, Number(values.renderers));
process.chdir(dir);
process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
if (renderers > 1 && !process.env.REDIS_URL) throw new Error("origin: more than one renderer needs REDIS_URL (the embedded store and file cache take one writer)");

// The front reads the published store only to know when what it holds in memory is out of date.
const store = getContentStore();
await store.ready;

const pageCache = createPageCache({ maxBytes: Number(values["page-cache-mb"]) * 1024 * 1024 });
// Search results pages, by query: a quarter as much again, apart, so that a flood of distinct queries
// cannot push the site's pages out of theirs.
const searchCache = createPageCache({ maxBytes: Number(values["page-cache-mb"]) * 256 * 1024 });
const clearMemory = () => {
  pageCache.clear();
  searchCache.clear();
};
// A publish (through a renderer here or on another replica) puts out of date the pages it changed
// (server/content-freshness.mjs: a live post, its story's pages, feeds and sitemaps; a new headline,
// the listings and every story page too); the publication's day turning (a story page says how old its
// story is: content/story-age.ts), a front-page pin expiring (content/front-page.ts), and a story going
// public at its scheduled time or expiring (server/schedule.mjs) put out of date every page.
const timeZone = readSiteTimeZone(dir);
const scheduled = readScheduledChanges(dir);
const schedule = createSchedule({ released: readRoutes(dir).timed ?? [], store });
const sections = readSectionSlugs(dir);
/** The next moment what the memory holds goes out of date by itself. @param {number} now */
const nextChangeAfter = (now) => Math.min(nextChange(now, timeZone, scheduled), schedule.nextAfter(now));
/** @type {NodeJS.Timeout | undefined} */
let clearTimer;
function clearAtNextChange() {
  clearTimeout(clearTimer);
  // Timers take at most 2^31 - 1 ms; a later change is waited for in steps.
  const wait = Math.min(nextChangeAfter(Date.now()) - Date.now(), 2 ** 31 - 1);
  clearTimer = setTimeout(() => {
    clearMemory();
    clearAtNextChange();
  }, Math.max(wait, 0)).unref();
}
clearAtNextChange();
let memoryState = store.state();
store.onChange((state) => {
  const before = memoryState;
  memoryState = state;
  pageCache.drop((key) => {
    const pathname = key.split("?")[0];
    return changedAt(pathname, state, sections) !== changedAt(pathname, before, sections);
  });
  // Any publish may change any query's results.
  searchCache.clear();
  // What was published may be scheduled, or expire: the next moment may have moved.
  clearAtNextChange();
});
// The embedded store is a file other processes append to: look at it every second, and at once when a
// renderer says it committed. (Redis's store polls by itself.)
const refresh = () => store.refresh().catch((error) => console.error(`origin: refreshing the published store: ${error.message}`));
setInterval(refresh, 1_000).unref();

// Search engines and feed readers are told what changed: after each commit, and at each moment a story
// goes public or expires by itself (server/notify). Off unless the endpoints are set.
const routes = readRoutes(dir);
const origin = String(routes.origin ?? "");
const endpoints = notificationEndpoints();
const notifier = createNotifier({ endpoints, origin, claim: (name) => store.claim(name, 24 * 3_600_000) });
let seen = store.state();
store.onChange((state) => {
  const changed = changedBetween(seen, state);
  seen = state;
  void notifier.notify(`commit:${state.version}`, changesToTell(origin, changed, Date.now()));
});
let checkedUntil = Date.now();
/** Tells of every moment passed since the last look (a timer may fire late; a replica may have slept). */
function tellMomentsPassed() {
  const now = Date.now();
  for (const moment of schedule.moments()) {
    if (moment <= checkedUntil || moment > now) continue;
    const stories = schedule.changingAt(moment).map((story) => ({ story, gone: story.expires === moment }));
    void notifier.notify(`moment:${moment}`, changesToTell(origin, stories, now));
  }
  checkedUntil = now;
}
if (notifier.enabled) setInterval(tellMomentsPassed, 1_000).unref();

// Reads are counted here, in the front (server/reads): in Redis when replicas share it, else in memory.
// Every few minutes "Most read" is made of them and handed to the renderers; pages that show it and
// were made with the last one are dropped.
const tally = process.env.REDIS_URL ? createRedisTally({ url: process.env.REDIS_URL, prefix: process.env.REDIS_PREFIX ?? "meridian:" }) : createMemoryTally();
const reads = createReadCounter({ tally, directory: createStoryDirectory({ dir, store }) });
let boardGeneration = 0;
/** @type {{ type: "most-read", board: import("../content/most-read-board.mjs").Board | null, generation: number }} */
let boardMessage = { type: "most-read", board: null, generation: 0 };
const pool = createRenderPool({ dir, size: renderers, onStoreChange: refresh, greeting: () => boardMessage });
const board = createMostReadBoard({
  tally,
  sections,
  onChange(next, changed) {
    // Renderers always get the newest board (its time tells them the counts are fresh); pages are made
    // again only when its rankings changed.
    if (changed) boardGeneration += 1;
    boardMessage = { type: "most-read", board: next, generation: boardGeneration };
    pool.broadcast(boardMessage);
    if (changed) pageCache.drop((key) => showsMostRead(key.split("?")[0] ?? "", sections));
  },
});
await pool.start();

const limitsOff = process.env.LIMITS_OFF === "1";
const unlimited = { rate: 1e9, burst: 1e9 };
const handler = createFrontHandler({
  forward: pool.forward,
  store,
  pageCache,
  searchCache,
  lanes: {
    search: createLane("search", FRONT_LIMITS.lanes.search),
    render: createLane("render", FRONT_LIMITS.lanes.render),
    publish: createLane("publish", FRONT_LIMITS.lanes.publish),
  },
  limits: {
    search: createRateLimiter(limitsOff ? unlimited : FRONT_LIMITS.perClient.search),
    render: createRateLimiter(limitsOff ? unlimited : FRONT_LIMITS.perClient.render),
    publishFailures: createRateLimiter(FRONT_LIMITS.perClient.publishFailures),
  },
  pages: readFallbackPages(dir),
  nextChangeAfter,
  files: new Map(endpoints.indexNow ? [[`/${endpoints.indexNow.key}.txt`, { body: endpoints.indexNow.key, contentType: "text/plain; charset=utf-8" }]] : []),
  reads,
  boardGeneration: () => boardGeneration,
  feedLink: (pathname) => (endpoints.webSubHub && /^(?:\/[^/]+)?\/rss\.xml$|^\/atom\.xml$|^\/feed\.json$/.test(pathname) ? feedLinkHeader(endpoints.webSubHub, origin + pathname) : undefined),
});

// Timeouts are checked every second (Node's default, 30 s, would let a slow client linger that long).
const server = http.createServer({ maxHeaderSize: FRONT_LIMITS.server.maxHeaderBytes, connectionsCheckingInterval: 1_000 }, handler);
// Slow clients are cut off: headers within 10 s, a whole request within 60 s; idle keep-alive
// connections (the edge's) live a little longer than nginx's own 60 s.
server.headersTimeout = FRONT_LIMITS.server.headersTimeoutMs;
server.requestTimeout = FRONT_LIMITS.server.requestTimeoutMs;
server.keepAliveTimeout = FRONT_LIMITS.server.keepAliveTimeoutMs;
// Requests Node's parser refuses (a bad method, oversized headers, a timeout) get the site's headers too.
server.on("clientError", answerClientError);
server.listen(port, values.hostname, () =>
  console.log(`▲ origin ready on http://${values.hostname}:${port} (published store: ${store.kind}, version ${store.state().version}; ${renderers} renderer${renderers > 1 ? "s" : ""})`),
);

/**
 * On SIGTERM stop accepting connections, let requests in flight finish, then stop the renderers and
 * exit. Keep-alive connections are closed as soon as they fall idle, so a drain takes as long as the
 * slowest request.
 */
function drain(/** @type {string} */ signal) {
  console.log(`${signal}: draining`);
  board.stop();
  server.close(() =>
    Promise.all([pool.stop(), reads.stop()])
      .then(() => tally.close())
      .then(() => store.close())
      .finally(() => process.exit(0)),
  );
  server.closeIdleConnections();
  setInterval(() => server.closeIdleConnections(), 50).unref();
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.once("SIGTERM", () => drain("SIGTERM"));
process.once("SIGINT", () => drain("SIGINT"));
