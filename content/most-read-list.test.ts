import { describe, expect, it } from "vitest";
import type { Board } from "./most-read-board.mjs";
import { mostReadList } from "./most-read-list";
import { MOST_READ } from "./most-read-settings.mjs";
import type { Article } from "./schema";
import { testArticle } from "./test-support/fixtures";

const NOW = Date.UTC(2026, 11, 5, 12, 0, 0);
const slugs = Array.from({ length: 14 }, (_, index) => `story-${index}`);
const articles = new Map<string, Article>(slugs.map((slug, index) => [slug, testArticle(slug, "2026-12-05T09:00:00+00:00", index % 2 === 0 ? "world" : "business")]));
articles.set("paid", { ...testArticle("paid", "2026-12-05T09:00:00+00:00"), kind: "sponsored", sponsor: { name: "Acme", url: "https://acme.example/" } });
const find = (slug: string) => articles.get(slug);

function boardOf(ranking: { slug: string; count: number }[], takenAt = NOW - 60_000): Board {
  const window = { all: ranking, sections: { world: ranking.filter((entry) => articles.get(entry.slug)?.section.slug === "world") } };
  return { takenAt, windows: { hour: window, day: window } };
}
const ranking = [{ slug: "paid", count: 500 }, ...slugs.map((slug, index) => ({ slug, count: 100 - index }))];

describe("mostReadList", () => {
  it("shows the ten most read, never paid content, never what editors excluded", () => {
    const list = mostReadList(boardOf(ranking), { window: "day", now: NOW, find, exclude: ["story-0"] });
    expect(list?.stories.map((story) => story.slug)).toEqual(slugs.slice(1, 11));
    expect(list?.stories).toHaveLength(MOST_READ.length);
  });

  it("leaves out stories no longer public (the catalog no longer holds them)", () => {
    const list = mostReadList(boardOf(ranking), { window: "day", now: NOW, find: (slug) => (slug === "story-1" ? undefined : find(slug)), exclude: [] });
    expect(list?.stories.map((story) => story.slug)).not.toContain("story-1");
  });

  it("shows a section's own list", () => {
    const list = mostReadList(boardOf(ranking), { window: "hour", section: "world", now: NOW, find, exclude: [] });
    expect(list?.stories.every((story) => story.section.slug === "world")).toBe(true);
    expect(list?.stories.length).toBe(7);
  });

  it("hides itself with too few reads or stories, or stale counts", () => {
    expect(mostReadList(null, { window: "day", now: NOW, find, exclude: [] })).toBeUndefined();
    const few = slugs.slice(0, MOST_READ.minStories - 1).map((slug) => ({ slug, count: 1000 }));
    expect(mostReadList(boardOf(few), { window: "day", now: NOW, find, exclude: [] })).toBeUndefined();
    const quiet = slugs.map((slug) => ({ slug, count: 1 }));
    expect(mostReadList(boardOf(quiet), { window: "day", now: NOW, find, exclude: [] })).toBeUndefined();
    expect(mostReadList(boardOf(ranking, NOW - MOST_READ.staleAfterMs - 1), { window: "day", now: NOW, find, exclude: [] })).toBeUndefined();
  });
});
