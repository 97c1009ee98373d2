import { describe, expect, it } from "vitest";
import type { CatalogEntry } from "../queries";
import { createIndexBuilder, InvertedIndex, type SearchableText } from "./inverted-index";
import { parseQuery, type SearchQuery } from "./query";
import { searchParts, type SearchPart } from "./ranked-search";

type Story = Partial<SearchableText> & { slug: string; published: number };

/** One index of these stories (given newest first, as the snapshot is), and their catalog entries. */
function partOf(stories: Story[], excluded?: Set<number>): SearchPart {
  const builder = createIndexBuilder();
  for (const story of stories) builder.add({ headline: "", topics: "", standfirst: "", body: "", ...story });
  const entries = stories.map((story) => ({ slug: story.slug, published: story.published }) as CatalogEntry);
  return { index: new InvertedIndex(builder.finish()), entries, ...(excluded ? { excluded } : {}) };
}

function query(text: string): SearchQuery {
  const parsed = parseQuery(text);
  if (parsed.kind !== "query") throw new Error(`not a query: ${text}`);
  return parsed.query;
}

const slugs = (parts: SearchPart[], text: string, offset = 0, limit = 25) => searchParts(parts, query(text), offset, limit).stories.map((entry) => entry.slug);

describe("searchParts", () => {
  const stories: Story[] = [
    { slug: "newest-body", published: 400, headline: "Markets steady", body: "Officials said talks on Syria would resume." },
    { slug: "headline", published: 300, headline: "Syria talks resume in Geneva", body: "Delegations met." },
    { slug: "older-body", published: 200, headline: "Oil prices", body: "Officials said talks on Syria would resume." },
    { slug: "topic", published: 100, headline: "A week in review", topics: "Syria", body: "The talks went on." },
  ];
  const parts = [partOf(stories)];

  it("finds stories with every word, the headline's before the body's", () => {
    expect(slugs(parts, "syria talks")).toEqual(["headline", "topic", "newest-body", "older-body"]);
    expect(slugs(parts, "syria geneva")).toEqual(["headline"]);
    expect(slugs(parts, "syria tokyo")).toEqual([]);
  });

  it("puts the newer of two equally good stories first", () => {
    expect(slugs(parts, "officials")).toEqual(["newest-body", "older-body"]);
  });

  it("keeps a quoted phrase's words together and in order", () => {
    expect(slugs(parts, '"talks resume"')).toEqual(["headline"]);
    expect(slugs(parts, '"resume talks"')).toEqual([]);
    expect(slugs(parts, '"would resume"')).toEqual(["newest-body", "older-body"]);
    expect(searchParts(parts, query('"would resume"'), 0, 25)).toMatchObject({ total: 2, exact: true, reachable: 2 });
  });

  it("counts every match and returns the page asked for", () => {
    expect(searchParts(parts, query("talks"), 0, 2)).toMatchObject({ total: 4, exact: true });
    expect(slugs(parts, "talks", 2, 2)).toEqual(slugs(parts, "talks").slice(2, 4));
  });

  it("counts a phrase found in very many stories from a sample, and pages only through those found", () => {
    const many = partOf(
      Array.from({ length: 800 }, (_, i) => ({
        slug: `story-${i}`,
        published: 10_000 - i,
        // One story in four has the words together; all have both words.
        body: i % 4 === 0 ? "the peace talks resumed" : "talks on peace resumed",
      })),
    );
    const results = searchParts([many], query('"peace talks"'), 0, 25);
    expect(results.exact).toBe(false);
    expect(results.total).toBeGreaterThan(150);
    expect(results.total).toBeLessThan(250);
    expect(results.reachable).toBeLessThan(results.total);
    expect(results.stories).toHaveLength(25);
    // Every page the first page links to has stories; beyond what a query may check, none.
    const lastLinked = Math.ceil(results.reachable / 25) - 1;
    expect(searchParts([many], query('"peace talks"'), lastLinked * 25, 25).stories.length).toBeGreaterThan(0);
    expect(searchParts([many], query('"peace talks"'), 10_000, 25).stories).toEqual([]);
  });

  it("ranks stories of several indexes together and leaves out excluded ones", () => {
    const published = partOf([{ slug: "published-since", published: 500, headline: "Geneva: Syria talks resume" }]);
    const snapshot = partOf(stories, new Set([1]));
    expect(slugs([snapshot, published], "syria geneva")).toEqual(["published-since"]);
    expect(searchParts([snapshot, published], query("talks"), 0, 25).total).toBe(4);
  });
});
