import { describe, expect, it } from "vitest";
import { checkFrontPage, frontPageExpiries } from "./front-page-check";
import { planFrontPage } from "./front-page-plan";
import { compareLatestFirst, createCatalog } from "./queries";
import type { FrontPage } from "./schema";
import { paidEntry, testContext, testEntry } from "./test-support/fixtures";

const hour = (n: number) => new Date(Date.UTC(2026, 11, 2, n)).toISOString().replace(/\.\d{3}Z$/, "+00:00");
const known = { slugs: new Set(["old-lead", "story-a", "story-b"]), sections: ["world", "business"] };

describe("the front page module", () => {
  it("is refused for an unknown story or section, naming the file and the field", () => {
    const { issues } = checkFrontPage({ lead: { slug: "missing" }, top: [{ slug: "story-a" }, { slug: "gone" }], sections: ["world", "sport"] }, known);
    expect(issues).toEqual([
      { file: "content/front-page.ts", field: "lead.slug", message: 'unknown story "missing" (no module in content/articles/ has this slug)' },
      { file: "content/front-page.ts", field: "top[1].slug", message: 'unknown story "gone" (no module in content/articles/ has this slug)' },
      { file: "content/front-page.ts", field: "sections[1]", message: 'unknown section "sport" (known: world, business)' },
    ]);
  });

  it("is refused for a misspelt field, a bad time, too many top stories or a strip without an expiry", () => {
    const fields = (source: unknown) => checkFrontPage(source, known).issues.map((issue) => issue.field);
    expect(fields({ top: [], sections: [], lede: { slug: "story-a" } })).toEqual(["lede"]);
    expect(fields({ top: [{ slug: "story-a", expires: "tomorrow" }], sections: [] })).toEqual(["top[0].expires"]);
    expect(fields({ top: Array.from({ length: 5 }, () => ({ slug: "story-a" })), sections: [] })).toEqual(["top"]);
    expect(fields({ top: [], sections: [], breaking: { slug: "story-a", label: "Now" } })).toEqual(["breaking.expires"]);
  });

  it("lists when its pins expire", () => {
    const { frontPage } = checkFrontPage({ lead: { slug: "story-a", expires: hour(18) }, top: [{ slug: "story-b" }], sections: [], breaking: { slug: "story-b", label: "Now", expires: hour(20) } }, known);
    expect(frontPage && frontPageExpiries(frontPage)).toEqual([Date.parse(hour(18)), Date.parse(hour(20))]);
  });
});

describe("planFrontPage", () => {
  const entries = [
    testEntry("old-lead", hour(1), "world"),
    testEntry("story-a", hour(2), "business"),
    testEntry("story-b", hour(3), "world"),
    testEntry("newest", hour(4), "business"),
  ].sort(compareLatestFirst);
  const catalog = createCatalog(entries, testContext());
  const frontPage: FrontPage = {
    lead: { slug: "old-lead", expires: hour(12) },
    top: [{ slug: "story-a" }, { slug: "story-b", expires: hour(10) }],
    sections: ["world", "business"],
    breaking: { slug: "newest", label: "Markets fall", expires: hour(11) },
  };
  const slugs = (articles: readonly { slug: string }[]) => articles.map((article) => article.slug);

  it("shows the pins while they last, and everything else newest first", () => {
    const plan = planFrontPage(frontPage, catalog, Date.parse(hour(9)));
    expect(plan.breaking).toMatchObject({ label: "Markets fall", article: { slug: "newest" } });
    expect(plan.lead?.slug).toBe("old-lead");
    expect(slugs(plan.top)).toEqual(["story-a", "story-b"]);
    expect(slugs(plan.latest)).toEqual(["newest"]);
    // World's stories are all pinned above: no block for it.
    expect(plan.blocks.map((block) => [block.section.slug, slugs(block.articles)])).toEqual([["business", ["newest"]]]);
  });

  it("drops each pin when it expires, and the newest story leads when the lead has", () => {
    expect(slugs(planFrontPage(frontPage, catalog, Date.parse(hour(10))).top)).toEqual(["story-a"]);
    expect(planFrontPage(frontPage, catalog, Date.parse(hour(11))).breaking).toBeUndefined();
    const later = planFrontPage(frontPage, catalog, Date.parse(hour(12)));
    expect(later.lead?.slug).toBe("newest");
    expect(slugs(later.latest)).toEqual(["story-b", "old-lead"]);
  });

  it("ignores a pinned story that is no longer published", () => {
    const without = createCatalog(entries.filter((entry) => entry.slug !== "story-a"), testContext());
    expect(slugs(planFrontPage(frontPage, without, Date.parse(hour(9))).top)).toEqual(["story-b"]);
  });
});

describe("paid content on the front page", () => {
  it("may not be pinned as the lead or the breaking strip (the module is refused, naming the field)", () => {
    const issues = checkFrontPage({ lead: { slug: "story-a" }, top: [{ slug: "story-b" }], sections: [], breaking: { slug: "story-a", label: "Now", expires: hour(20) } }, { ...known, sponsored: new Set(["story-a", "story-b"]) }).issues;
    expect(issues.map((issue) => `${issue.field}: ${issue.message}`)).toEqual([
      'lead.slug: "story-a" is paid content: it may be among the top stories, never the lead or breaking news',
      'breaking.slug: "story-a" is paid content: it may be among the top stories, never the lead or breaking news',
    ]);
  });

  it("never leads, even when it is the newest story or became paid content after it was pinned", () => {
    const catalog = createCatalog([paidEntry("paid", hour(5)), testEntry("story-a", hour(2))].sort(compareLatestFirst), testContext());
    const plan = planFrontPage({ lead: { slug: "paid" }, top: [], sections: [], breaking: { slug: "paid", label: "Now", expires: hour(20) } }, catalog, Date.parse(hour(9)));
    expect(plan.lead?.slug).toBe("story-a");
    expect(plan.breaking).toBeUndefined();
    expect(plan.latest.map((article) => article.slug)).toEqual(["paid"]);
  });
});
