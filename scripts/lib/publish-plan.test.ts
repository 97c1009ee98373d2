import { describe, expect, it } from "vitest";
import { planPublish } from "./publish-plan";

const local = [
  { slug: "same", file: "content/articles/same.ts", hash: "a" },
  { slug: "corrected", file: "content/articles/corrected.ts", hash: "new" },
  { slug: "fresh", file: "content/articles/2026/fresh.ts", hash: "f" },
];

describe("planPublish", () => {
  it("sends new and changed modules, and takes down what no module holds any more", () => {
    const plan = planPublish(local, { version: 4, articles: { same: "a", corrected: "old", removed: "r" }, authors: {}, images: {} });
    expect(plan.added.map((article) => article.slug)).toEqual(["fresh"]);
    expect(plan.changed.map((article) => article.slug)).toEqual(["corrected"]);
    expect(plan.deletions).toEqual(["removed"]);
  });

  it("has nothing to do when the site already serves every module as it is", () => {
    const plan = planPublish(local, { version: 1, articles: { same: "a", corrected: "new", fresh: "f" }, authors: {}, images: {} });
    expect(plan).toEqual({ added: [], changed: [], deletions: [], authors: [] });
  });

  it("sends authors that are new or changed, and never takes one down", () => {
    const authors = [
      { slug: "jane-doe", file: "content/authors/jane-doe.ts", hash: "same" },
      { slug: "john-roe", file: "content/authors/john-roe.ts", hash: "bio-edited" },
      { slug: "new-hire", file: "content/authors/new-hire.ts", hash: "n" },
    ];
    const plan = planPublish([], { version: 2, articles: {}, authors: { "jane-doe": "same", "john-roe": "old-bio", "left-paper": "l" }, images: {} }, authors);
    expect(plan.authors.map((author) => author.slug)).toEqual(["john-roe", "new-hire"]);
    expect(plan.deletions).toEqual([]);
  });
});
