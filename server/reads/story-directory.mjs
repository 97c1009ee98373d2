// @ts-check
/**
 * Which stories a read may be counted for, as the front knows them without Next.js: the compiled
 * archive's index (.content/index.json: a few fields a story) with what was published on the running
 * site laid over it (the published store's state). Public is decided by content/visibility.mjs, the
 * one rule pages follow, so a scheduled, draft, expired or taken-down story is never counted.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { isPublicAt } from "../../content/visibility.mjs";
import { storyOfRecord } from "../notify/changes.mjs";

/** @typedef {{ section: string, published: number, expires?: number, status?: "draft" | "published" }} DirectoryEntry */

/**
 * @param {{ dir: string, store: { state(): import("../content-store/state.mjs").PublishedState } }} options
 */
export function createStoryDirectory({ dir, store }) {
  /** @type {Map<string, DirectoryEntry>} */
  const released = new Map();
  try {
    const index = JSON.parse(readFileSync(path.join(dir, ".content", "index.json"), "utf8"));
    for (const { slug, section, published, expires, status } of index.entries) {
      released.set(slug, { section, published, ...(expires !== undefined ? { expires } : {}), ...(status ? { status } : {}) });
    }
  } catch (error) {
    console.error(`reads: no compiled index to count reads against (${error instanceof Error ? error.message : String(error)}): only stories published since are counted`);
  }

  /** @param {string} slug @returns {DirectoryEntry | undefined} */
  function lookup(slug) {
    const published = store.state().articles.get(slug);
    if (!published) return released.get(slug);
    return published.record ? storyOfRecord(published.record) : undefined;
  }

  return {
    size: () => released.size,
    /** Whether /<section>/<slug> is a story public at `now`. @param {string} section @param {string} slug @param {number} now */
    isPublicStory(section, slug, now) {
      const entry = lookup(slug);
      return entry !== undefined && entry.section === section && isPublicAt(entry, now);
    },
  };
}
