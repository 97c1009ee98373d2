import { describe, expect, it } from "vitest";
import { copiesToKeep, isStoryPath, SAVED, strategyFor, titleOf, withSavedList, withSavedNote } from "./offline-reading";

const ORIGIN = "https://www.meridianpost.example";
const strategy = (path: string, { method = "GET", mode = "navigate", accept = "text/html" } = {}) => strategyFor(new URL(path, ORIGIN), ORIGIN, method, mode, accept);

describe("what the service worker answers, and how", () => {
  it("pages network first; hashed files from the copy first", () => {
    expect(strategy("/world/talks-resume")).toBe("page");
    expect(strategy("/")).toBe("page");
    expect(strategy("/islands/share-sheet-ABCDEFGH.js", { mode: "no-cors", accept: "*/*" })).toBe("asset");
    expect(strategy("/_next/static/css/app.css", { mode: "no-cors", accept: "text/css" })).toBe("asset");
  });

  it("never counting, publishing, previews, search, live updates, the worker itself, other origins or writes", () => {
    for (const path of ["/api/publish", "/api/reads", "/preview/x?token=y", "/search?q=oil", "/world/summit/live.json", "/sw.js", "/report-an-error/x"]) expect(strategy(path), path).toBe("network");
    expect(strategyFor(new URL("https://elsewhere.example/x"), ORIGIN, "GET", "navigate", "text/html")).toBe("network");
    expect(strategy("/world/x", { method: "POST" })).toBe("network");
  });

  it("keeps stories, not listings", () => {
    expect(isStoryPath("/world/talks-resume")).toBe(true);
    for (const path of ["/", "/world", "/world/page/2", "/topics/oil", "/authors/jane-doe", "/about/standards", "/world/rss.xml", "/offline"]) expect(isStoryPath(path), path).toBe(false);
  });

  it("keeps the newest copies, a bounded number for a few days", () => {
    const now = Date.parse("2026-12-04T12:00:00Z");
    const copies = Array.from({ length: SAVED.max + 5 }, (_, index) => ({ path: `/world/s-${index}`, title: `S ${index}`, savedAt: now - index * 60_000 }));
    const old = { path: "/world/old", title: "Old", savedAt: now - (SAVED.days + 1) * 86_400_000 };
    const { keep, drop } = copiesToKeep([old, ...copies], now);
    expect(keep).toHaveLength(SAVED.max);
    expect(keep[0]?.path).toBe("/world/s-0");
    expect(drop.map((copy) => copy.path)).toContain("/world/old");
    expect(drop).toHaveLength(6);
  });
});

describe("what a reader sees offline", () => {
  it("a saved copy says it is one, and when it was saved", () => {
    const html = withSavedNote('<html><body><main id="main" tabindex="-1"><h1>Talks</h1></main></body></html>', Date.parse("2026-12-04T09:30:00Z"));
    expect(html).toMatch(/<main id="main" tabindex="-1"><p role="note" data-saved-copy=""[^>]*>You are offline\. This is the copy saved on <time datetime="2026-12-04T09:30:00.000Z">4 December 2026/);
  });

  it("the offline page lists the saved copies, titles escaped", () => {
    const page = '<main><ul data-saved-list=""><li>None yet</li></ul></main>';
    const html = withSavedList(page, [{ path: "/world/a", title: "Oil <rises> & falls", savedAt: 0 }]);
    expect(html).toContain('<a href="/world/a" class="underline underline-offset-2">Oil &#60;rises&#62; &#38; falls</a>');
    expect(html).not.toContain("None yet");
    expect(withSavedList(page, [])).toBe(page);
  });

  it("reads a page's title, entities decoded", () => {
    expect(titleOf("<head><title>Oil &amp; gas | The Meridian Post</title></head>")).toBe("Oil & gas | The Meridian Post");
  });
});
