// @ts-check
/**
 * This process's published store, chosen by the environment:
 *  - REDIS_URL set: Redis, shared by every replica (server/content-store/redis-store.mjs);
 *  - otherwise the embedded store, a folder on this machine: PUBLISHED_DIR, default ./.published.
 *
 * One store per process, whoever asks first (the origin server, the cache handler, publishing): Next.js
 * bundles its own copy of this module, so the store lives on globalThis, not in module scope. Opening it
 * also provides it to the content layer (content/published-source.mjs), which pages read it through.
 */
import path from "node:path";
import { providePublishedSource } from "../../content/published-source.mjs";
import { createJournalStore } from "./journal-store.mjs";
import { createRedisStore } from "./redis-store.mjs";

const STORE = Symbol.for("meridian.publishedStore");

/** @returns {import("./state.mjs").ContentStore} */
function createFromEnvironment() {
  const url = process.env.REDIS_URL;
  if (url) return createRedisStore({ url, prefix: process.env.REDIS_PREFIX ?? "meridian:" });
  return createJournalStore({ dir: path.resolve(/* turbopackIgnore: true */ process.env.PUBLISHED_DIR ?? ".published") });
}

/** @returns {import("./state.mjs").ContentStore} */
export function getContentStore() {
  const registry = /** @type {{ [STORE]?: import("./state.mjs").ContentStore }} */ (/** @type {unknown} */ (globalThis));
  if (!registry[STORE]) {
    registry[STORE] = createFromEnvironment();
    providePublishedSource(registry[STORE]);
  }
  return registry[STORE];
}
