import { describe, expect, it } from "vitest";
import { changedAt, pathOfCacheKey } from "./content-freshness.mjs";
import { applyCommit, emptyState } from "./content-store/state.mjs";

describe("pathOfCacheKey", () => {
  it("reads the path out of a Next.js 16 incremental-cache key", () => {
    expect(pathOfCacheKey("/route-cache/APP_PAGE/5a96896f/$/world/a-story")).toBe("/world/a-story");
    expect(pathOfCacheKey("/route-cache/APP_ROUTE/b9d2dfcf/$/rss.xml")).toBe("/rss.xml");
    expect(pathOfCacheKey("/route-cache/APP_PAGE/5a96896f/$/index")).toBe("/");
    expect(pathOfCacheKey("fetch-cache-key")).toBeUndefined();
  });
});

describe("changedAt", () => {
  const sections = ["world"];
  const first = applyCommit(emptyState(), { version: 1, at: 1_000, upserts: [{ slug: "a-story", record: { slug: "a-story" }, hash: "h" }], deletions: [], images: [] });
  const state = applyCommit(first, { version: 2, at: 2_000, upserts: [], deletions: ["gone"], images: [] });

  it("is never for anything before the first publish", () => {
    expect(changedAt("/", emptyState(), sections)).toBe(0);
  });

  it("moves a story's share images only with its own story", () => {
    expect(changedAt("/share/a-story/card.jpg", state, sections)).toBe(1_000);
    expect(changedAt("/share/gone/card.jpg", state, sections)).toBe(2_000);
    expect(changedAt("/share/untouched/card.jpg", state, sections)).toBe(0);
  });

  it("lets a story page, and no other page, go stale when the publication's day turns", () => {
    expect(changedAt("/world/untouched", emptyState(), sections, { dayStart: 5_000 })).toBe(5_000);
    expect(changedAt("/world/a-story", state, sections, { dayStart: 5_000 })).toBe(5_000);
    expect(changedAt("/world/a-story", state, sections, { dayStart: 500 })).toBe(2_000);
    expect(changedAt("/world", state, sections, { dayStart: 5_000 })).toBe(2_000);
    expect(changedAt("/share/a-story/card.jpg", state, sections, { dayStart: 5_000 })).toBe(1_000);
  });

  it("lets the front page, and no other page, go stale when one of its pins expires", () => {
    expect(changedAt("/", emptyState(), sections, { frontPageChange: 7_000 })).toBe(7_000);
    expect(changedAt("/", state, sections, { frontPageChange: 1_500 })).toBe(2_000);
    expect(changedAt("/page/2", emptyState(), sections, { frontPageChange: 7_000 })).toBe(0);
  });

  it("moves every page with a publish that changes listings: an article's related stories, listings, feeds and sitemaps may show any story", () => {
    for (const path of ["/world/a-story", "/world/untouched", "/", "/world", "/world/page/2", "/world/rss.xml", "/topics/a-story", "/archive/2024", "/sitemap.xml"]) expect(changedAt(path, state, sections), path).toBe(2_000);
    expect(changedAt(undefined, state, sections)).toBe(2_000);
  });

  it("moves only a story's own pages, feeds, sitemaps and search when a commit changed no listing (a live post)", () => {
    const post = applyCommit(state, { version: 3, at: 3_000, upserts: [{ slug: "live-story", record: { slug: "live-story" }, hash: "h2" }], deletions: [], images: [], listings: false });
    expect(post.lastListingChangeAt).toBe(2_000);
    for (const path of ["/world/live-story", "/world/live-story/page/2", "/world/live-story/live.json", "/share/live-story/card.jpg", "/rss.xml", "/world/rss.xml", "/sitemap.xml", "/sitemaps/articles-2024-01.xml", "/search", "/feed.json", "/authors/jane-doe", "/report-an-error/live-story", "/about/standards", undefined]) {
      expect(changedAt(path, post, sections), String(path)).toBe(3_000);
    }
    // Kinds' hubs ("/analysis", "/explainers/page/2") are listings too.
    for (const path of ["/world/a-story", "/world/untouched", "/", "/page/2", "/world", "/world/page/2", "/topics/a-story", "/topics/a-story/page/3", "/archive/2024/06", "/analysis", "/explainers/page/2"]) {
      expect(changedAt(path, post, sections), path).toBe(2_000);
    }
    expect(changedAt("/share/a-story/card.jpg", post, sections)).toBe(1_000);
  });

  it("moves every page, share images included, when a story goes public or expires by itself", () => {
    for (const path of ["/", "/world", "/world/a-story", "/share/a-story/card.jpg", "/rss.xml", undefined]) {
      expect(changedAt(path, emptyState(), sections, { storyChange: 9_000 }), String(path)).toBe(9_000);
    }
    expect(changedAt("/world", state, sections, { storyChange: 500 })).toBe(2_000);
  });

  it("moves the pages that show \"Most read\" when it changes, and no other", () => {
    for (const path of ["/", "/most-read", "/world", "/world/page/2", "/world/a-story", "/world/live-story/page/2"]) {
      expect(changedAt(path, emptyState(), sections, { mostReadChange: 7_000 }), path).toBe(7_000);
    }
    for (const path of ["/rss.xml", "/world/a-story/live.json", "/share/a-story/card.jpg", "/topics/a-story", "/archive/2024", "/authors/jane-doe", "/sitemap.xml", "/analysis"]) {
      expect(changedAt(path, emptyState(), sections, { mostReadChange: 7_000 }), path).toBe(0);
    }
  });
});
