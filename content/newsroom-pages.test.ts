import { describe, expect, it } from "vitest";
import { checkNewsroomPages, newsroomPages } from "./newsroom-pages";
import { STANDARDS_LINKS } from "./standards-links";
import { standardsPagePath } from "./urls";

describe("the newsroom's pages about itself", () => {
  it("are valid, and every standard the publisher's JSON-LD links to is a page or a part of one", () => {
    expect(checkNewsroomPages().issues).toEqual([]);
    const targets = new Set(newsroomPages().flatMap((page) => [standardsPagePath(page.slug), ...page.parts.map((part) => `${standardsPagePath(page.slug)}#${part.id}`)]));
    for (const [property, link] of Object.entries(STANDARDS_LINKS)) expect(targets.has(link), `${property}: ${link}`).toBe(true);
    expect(newsroomPages().map((page) => page.title)).toEqual(["About us", "Editorial standards", "Ownership and funding", "Masthead", "Contact us"]);
  });

  it("name the file and the field of a wrong module", () => {
    const wrong = { slug: "standards", title: "", description: "d", updated: "yesterday", intro: ["x"], parts: [{ id: "a", heading: "A", paragraphs: ["p"] }, { id: "a", heading: "B", paragraphs: ["q"] }] };
    const { issues } = checkNewsroomPages([
      { file: "content/pages/standards.ts", module: wrong },
      { file: "content/pages/masthead.ts", module: { ...wrong, title: "Masthead", updated: "2026-12-04T09:00:00+00:00", parts: [] } },
    ]);
    expect(issues.map((issue) => `${issue.file}: ${issue.field}`)).toEqual(["content/pages/standards.ts: title", "content/pages/standards.ts: updated", "content/pages/masthead.ts: slug"]);
  });
});
