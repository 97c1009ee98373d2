import { describe, expect, it } from "vitest";
import { planPublish, timingNotes } from "./publish-plan";

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

describe("timingNotes", () => {
  const now = Date.parse("2026-12-04T12:00:00Z");
  it("says which stories wait on the site, until when, and which are drafts", () => {
    const notes = timingNotes(
      [
        { slug: "embargoed", published: Date.parse("2026-12-05T00:01:00Z") },
        { slug: "interview", published: Date.parse("2026-12-04T12:00:40Z"), expires: Date.parse("2026-12-06T12:00:00Z") },
        { slug: "investigation", published: now, status: "draft" },
        { slug: "ordinary", published: now - 1 },
      ],
      now,
    );
    expect(notes).toEqual([
      { slug: "embargoed", note: "scheduled: goes public at 2026-12-05T00:01:00.000Z (in 12 h 1 min)" },
      { slug: "interview", note: "scheduled: goes public at 2026-12-04T12:00:40.000Z (in 40 s); expires at 2026-12-06T12:00:00.000Z (in 2 days)" },
      { slug: "investigation", note: "draft: never public (preview it with npm run preview-link)" },
    ]);
  });
});
