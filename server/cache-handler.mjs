// @ts-check
/**
 * Next.js's incremental cache (next.config.js `cacheHandler`): where pages and feeds rendered on demand
 * are kept, and where prerendered ones are found.
 *
 * Storage is Next.js's own: its file-system cache on one machine, or, with REDIS_URL, Redis through
 * @fortedigital/nextjs-cache-handler, so that replicas share what any of them rendered. This class adds
 * one rule on top, from the published store: an entry made before the store last changed what it shows
 * (server/content-freshness.mjs) is not returned, so Next.js renders the page again from the current
 * content. The rule reads the store's own state, which survives restarts and is shared by replicas, so
 * no invalidation message can be lost. Pages that show "Most read" are also out of date once this
 * renderer has been handed a new one (content/most-read-board.mjs). And two things are never kept: a 404 (the story may be published
 * a minute later), and a render that a publish overtook.
 *
 * Redis down or slow costs renders, never pages: a shared read that fails or takes over half a second
 * falls back to the files (the build's prerendered pages) or to rendering afresh, and a write that
 * fails is dropped.
 */
import { CacheHandler as SharedCacheHandler } from "@fortedigital/nextjs-cache-handler";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { createClient } from "@redis/client";
import FileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { currentBoard } from "../content/most-read-board.mjs";
import { getContentStore } from "./content-store/index.mjs";
import { REDIS_TIMEOUTS, RESILIENT_CLIENT } from "./content-store/redis-options.mjs";
import { withTimeout } from "./content-store/state.mjs";
import { changedAt, pathOfCacheKey } from "./content-freshness.mjs";
import { requestContext } from "./request-context.mjs";
import { readSectionSlugs } from "./routes.mjs";
import { createSchedule } from "./schedule.mjs";
import { lastPassed, readRoutes, readScheduledChanges, readSiteTimeZone, startOfDay } from "./site-day.mjs";

/** @typedef {{ lastModified?: number, value?: { kind?: string, status?: number } | null } | null} CacheEntry */
/** @typedef {{ get(key: string, context: unknown): Promise<CacheEntry>, set(key: string, data: unknown, context: unknown): Promise<void>, revalidateTag(...args: unknown[]): Promise<void>, resetRequestCache?(): void }} Handler */

const FileSystemCache = /** @type {new (context: unknown) => Handler} */ (
  /** @type {{ default?: unknown }} */ (FileSystemCacheModule).default ?? FileSystemCacheModule
);

/** `next build` prerenders the release from its modules alone: no published store, no Redis. */
const building = process.env.NEXT_PHASE === "phase-production-build";
/** Redis while serving with REDIS_URL (a build must never write to production's cache). */
const useRedis = Boolean(process.env.REDIS_URL) && !building;

if (useRedis) {
  SharedCacheHandler.onCreation(async () => {
    const client = createClient({ url: process.env.REDIS_URL, ...RESILIENT_CLIENT });
    let down = false;
    client.on("error", (error) => {
      // Said once per outage: the client retries every second until Redis is back.
      if (!down) console.error(`incremental cache (Redis): ${error.message}; rendering without it until it is back`);
      down = true;
    });
    client.on("ready", () => (down = false));
    await client.connect();
    return { handlers: [createRedisHandler({ client: /** @type {never} */ (client), keyPrefix: `${process.env.REDIS_PREFIX ?? "meridian:"}next:` })] };
  });
}

/** @type {readonly string[] | undefined} */
let sections;
/** @type {string | undefined} the publication's time zone, read as lazily as the sections */
let timeZone;
/** @type {number[] | undefined} when front-page pins expire */
let scheduled;
/** @type {ReturnType<typeof createSchedule> | undefined} when stories go public or expire by themselves */
let schedule;

export default class ContentCacheHandler {
  /** @param {unknown} context what Next.js passes every cache handler */
  constructor(context) {
    /** @type {Handler} the build's prerendered pages, and (without Redis) everything rendered since */
    this.files = new FileSystemCache(context);
    /** @type {Handler | undefined} */
    this.shared = useRedis ? /** @type {Handler} */ (/** @type {unknown} */ (new SharedCacheHandler(/** @type {never} */ (context)))) : undefined;
  }

  /**
   * @param {string} key
   * @param {unknown} context
   */
  async get(key, context) {
    const shared = this.shared && (await withTimeout(this.shared.get(key, context), REDIS_TIMEOUTS.readMs, "the shared cache").catch(() => null));
    const entry = shared || (await this.files.get(key, context));
    if (!entry || building) return entry ?? null;
    const store = getContentStore();
    await store.ready;
    sections ??= readSectionSlugs();
    timeZone ??= readSiteTimeZone();
    scheduled ??= readScheduledChanges();
    schedule ??= createSchedule({ released: readRoutes(process.cwd()).timed ?? [], store });
    const now = Date.now();
    const clock = { dayStart: startOfDay(now, timeZone), frontPageChange: lastPassed(scheduled, now), storyChange: schedule.lastAtOrBefore(now), mostReadChange: currentBoard().changedAt };
    if ((entry.lastModified ?? 0) <= changedAt(pathOfCacheKey(key), store.state(), sections, clock)) return null;
    return entry;
  }

  /**
   * @param {string} key
   * @param {{ kind?: string, status?: number } | null} data
   * @param {unknown} context
   */
  async set(key, data, context) {
    if (data?.status === 404) return;
    const started = requestContext.getStore()?.version;
    if (started !== undefined && started !== getContentStore().state().version) return;
    if (!this.shared) return this.files.set(key, data, context);
    await withTimeout(this.shared.set(key, data, context), REDIS_TIMEOUTS.readMs, "the shared cache").catch((error) => console.error(`incremental cache (Redis): not kept: ${error.message}`));
  }

  /** @param {unknown[]} args */
  async revalidateTag(...args) {
    await Promise.all([this.files.revalidateTag(...args), this.shared?.revalidateTag(...args).catch(() => undefined)]);
  }

  resetRequestCache() {
    this.files.resetRequestCache?.();
    this.shared?.resetRequestCache?.();
  }
}
