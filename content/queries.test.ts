import { describe, expect, it } from "vitest";
import { compareLatestFirst, createCatalog, mergeLatestFirst } from "./queries";
import { paidEntry, testContext, testEntry } from "./test-support/fixtures";

const older = testEntry("older", "2024-03-01T09:00:00+00:00", "world", ["Syria"]);
const newer = testEntry("newer", "2024-03-02T09:00:00+00:00", "business", ["Syria", "Oil"]);
// The same instant as `newer`, written in another offset: the tie breaks on the slug.
const sameTimeA = testEntry("same-time-a", "2024-03-02T10:00:00+01:00", "world");
const sameTimeB = testEntry("same-time-b", "2024-03-02T09:00:00Z", "world");
// 23:30 in London on 31 March (BST): the archive files it under 31 March, not 1 April or 30 March.
const lateNight = testEntry("late-night", "2024-03-31T23:30:00+01:00", "world");

const slugs = (articles: readonly { slug: string }[]) => articles.map((article) => article.slug);

describe("compareLatestFirst", () => {
  it("puts the newest first, comparing instants rather than strings", () => {
    expect(slugs([older, newer].sort(compareLatestFirst))).toEqual(["newer", "older"]);
  });

  it("breaks ties on the slug, whatever order the articles came in", () => {
    const forwards = slugs([sameTimeB, newer, sameTimeA].sort(compareLatestFirst));
    const backwards = slugs([sameTimeA, newer, sameTimeB].sort(compareLatestFirst));
    expect(forwards).toEqual(["newer", "same-time-a", "same-time-b"]);
    expect(backwards).toEqual(forwards);
  });

  it("returns 0 only for the same article", () => {
    expect(compareLatestFirst(older, older)).toBe(0);
    expect(compareLatestFirst(older, newer)).not.toBe(0);
  });
});

describe("mergeLatestFirst", () => {
  it("merges two latest-first lists into one", () => {
    expect(slugs(mergeLatestFirst([lateNight, sameTimeA, older], [newer, sameTimeB]))).toEqual(["late-night", "newer", "same-time-a", "same-time-b", "older"]);
  });
});

describe("createCatalog", () => {
  const catalog = createCatalog([lateNight, newer, sameTimeA, sameTimeB, older], testContext());

  it("lists the latest first, a slice at a time", () => {
    expect(catalog.latest.total).toBe(5);
    expect(slugs(catalog.latest.slice(0, 2))).toEqual(["late-night", "newer"]);
    expect(slugs(catalog.latest.slice(4, 2))).toEqual(["older"]);
    expect(catalog.latest.slice(5, 2)).toEqual([]);
  });

  it("finds an article only under its own section, and resolves it", () => {
    expect(catalog.getArticle("business", "newer")?.section.name).toBe("Business");
    expect(catalog.getArticle("world", "newer")).toBeUndefined();
    expect(catalog.getArticle("business", "missing")).toBeUndefined();
    expect(catalog.findBySlug("newer")?.tags).toEqual([
      { name: "Syria", slug: "syria" },
      { name: "Oil", slug: "oil" },
    ]);
  });

  it("lists a section's stories latest first, and nothing for an empty or unknown section", () => {
    expect(slugs(catalog.section("world").slice(0, 10))).toEqual(["late-night", "same-time-a", "same-time-b", "older"]);
    expect(catalog.section("sport").total).toBe(0);
  });

  it("lists a topic's stories latest first and knows its name", () => {
    expect(slugs(catalog.tag("syria").slice(0, 10))).toEqual(["newer", "older"]);
    expect(catalog.getTag("oil")).toEqual({ name: "Oil", slug: "oil" });
    expect(catalog.getTag("nothing")).toBeUndefined();
  });

  it("files stories by day, month and year in the site's zone, latest first", () => {
    expect(catalog.years()).toEqual([{ key: "2024", count: 5 }]);
    expect(catalog.months("2024")).toEqual([{ key: "2024-03", count: 5 }]);
    expect(catalog.days("2024-03")).toEqual([
      { key: "2024-03-31", count: 1 },
      { key: "2024-03-02", count: 3 },
      { key: "2024-03-01", count: 1 },
    ]);
    expect(slugs(catalog.period("2024-03-02").slice(0, 10))).toEqual(["newer", "same-time-a", "same-time-b"]);
    expect(catalog.period("2023").total).toBe(0);
  });

  it("knows each listing's newest change", () => {
    expect(catalog.section("business").lastModified()).toBe("2024-03-02T09:00:00.000Z");
    expect(catalog.section("sport").lastModified()).toBeUndefined();
  });

  it("names every story's hash, for publishing to compare", () => {
    expect(Object.keys(catalog.hashes())).toEqual(["late-night", "newer", "same-time-a", "same-time-b", "older"]);
  });
});

describe("paid content in the catalog", () => {
  const paid = paidEntry("paid-feature", "2024-03-03T09:00:00+00:00", "world", ["Syria"]);
  const catalog = createCatalog([paid, newer, older], testContext());

  it("is listed with the rest and on its hub, but never in the news that feeds carry nor among related stories", () => {
    expect(catalog.latest.total).toBe(3);
    expect(slugs(catalog.kind("sponsored").slice(0, 10))).toEqual(["paid-feature"]);
    expect(slugs(catalog.news.slice(0, 10))).toEqual(["newer", "older"]);
    expect(slugs(catalog.sectionNews("world").slice(0, 10))).toEqual(["older"]);
    expect(slugs(catalog.related("older", 4))).toEqual(["newer"]);
    expect(slugs(catalog.kind("news").slice(0, 10))).toEqual(["newer", "older"]);
  });
});
