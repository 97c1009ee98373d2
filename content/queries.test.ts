import { describe, expect, it } from "vitest";
import { compareLatestFirst, createCatalog } from "./queries";
import { testArticle } from "./test-support/fixtures";

const older = testArticle("older", "2024-03-01T09:00:00+00:00", "world", ["Syria"]);
const newer = testArticle("newer", "2024-03-02T09:00:00+00:00", "business", ["Syria", "Oil"]);
// The same instant as `newer`, written in another offset: the tie breaks on the slug.
const sameTimeA = testArticle("same-time-a", "2024-03-02T10:00:00+01:00", "world");
const sameTimeB = testArticle("same-time-b", "2024-03-02T09:00:00Z", "world");

describe("compareLatestFirst", () => {
  it("puts the newest first, comparing instants rather than strings", () => {
    expect([older, newer].sort(compareLatestFirst).map((article) => article.slug)).toEqual(["newer", "older"]);
  });

  it("breaks ties on the slug, whatever order the articles came in", () => {
    const forwards = [sameTimeB, newer, sameTimeA].sort(compareLatestFirst).map((article) => article.slug);
    const backwards = [sameTimeA, newer, sameTimeB].sort(compareLatestFirst).map((article) => article.slug);
    expect(forwards).toEqual(["newer", "same-time-a", "same-time-b"]);
    expect(backwards).toEqual(forwards);
  });

  it("returns 0 only for the same article", () => {
    expect(compareLatestFirst(older, older)).toBe(0);
    expect(compareLatestFirst(older, newer)).not.toBe(0);
  });
});

describe("createCatalog", () => {
  const catalog = createCatalog([older, sameTimeB, newer, sameTimeA]);

  it("lists the latest first, with a limit", () => {
    expect(catalog.listLatest().map((article) => article.slug)).toEqual(["newer", "same-time-a", "same-time-b", "older"]);
    expect(catalog.listLatest(2).map((article) => article.slug)).toEqual(["newer", "same-time-a"]);
  });

  it("finds an article only under its own section", () => {
    expect(catalog.getArticle("business", "newer")).toBe(newer);
    expect(catalog.getArticle("world", "newer")).toBeUndefined();
    expect(catalog.getArticle("business", "missing")).toBeUndefined();
  });

  it("lists a section's stories latest first, and nothing for an empty or unknown section", () => {
    expect(catalog.listBySection("world").map((article) => article.slug)).toEqual(["same-time-a", "same-time-b", "older"]);
    expect(catalog.listBySection("sport")).toEqual([]);
  });

  it("lists a topic's stories latest first and knows its name", () => {
    expect(catalog.listByTag("syria").map((article) => article.slug)).toEqual(["newer", "older"]);
    expect(catalog.getTag("oil")).toEqual({ name: "Oil", slug: "oil" });
    expect(catalog.getTag("nothing")).toBeUndefined();
  });

  it("does not let callers reorder its lists", () => {
    const list = catalog.listLatest() as unknown as unknown[];
    list.reverse();
    expect(catalog.listLatest()[0]?.slug).toBe("newer");
  });
});
