import { describe, expect, it } from "vitest";
import { coverageOpen, latestPostTime, livePages, pageOfPost } from "./live-pages";
import type { Post } from "./schema";

/** `count` posts a minute apart, newest first: ids p1 (oldest) to p<count>. */
const posts = (count: number): Post[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `p${index + 1}`,
    published: new Date(Date.UTC(2026, 11, 4, 9, index)).toISOString(),
    keyEvent: false,
    pinned: false,
    body: [{ type: "paragraph" as const, text: `Post ${index + 1}` }],
  })).reverse();
const ids = (list: readonly Post[]) => list.map((post) => post.id);

describe("livePages", () => {
  it("keeps every post on the first page below 40", () => {
    expect(livePages(posts(7)).older).toEqual([]);
    expect(livePages(posts(39)).first).toHaveLength(39);
  });

  it("cuts pages of 20 from the oldest: the first page holds the newest 20 to 39", () => {
    const pages = livePages(posts(45));
    expect(pages.older).toHaveLength(1);
    expect(ids(pages.older[0] ?? [])).toEqual(Array.from({ length: 20 }, (_, index) => `p${20 - index}`));
    expect(ids(pages.first)[0]).toBe("p45");
    expect(pages.first).toHaveLength(25);
  });

  it("never changes an older page as posts arrive", () => {
    const before = livePages(posts(61));
    const after = livePages(posts(79));
    expect(after.older).toEqual(before.older);
    expect(livePages(posts(80)).older.slice(0, 2)).toEqual(before.older);
    expect(livePages(posts(80)).older).toHaveLength(3);
  });

  it("finds the page that holds a post", () => {
    const pages = livePages(posts(61));
    expect(pageOfPost(pages, "p61")).toBe("first");
    expect(pageOfPost(pages, "p1")).toBe(1);
    expect(pageOfPost(pages, "p40")).toBe(2);
    expect(pageOfPost(pages, "p41")).toBe("first");
    expect(pageOfPost(pages, "nope")).toBeUndefined();
  });
});

describe("latestPostTime and coverageOpen", () => {
  it("is the newest time of any post, an edit included", () => {
    const list = posts(3);
    expect(latestPostTime(list)).toBe(list[0]?.published);
    const edited = [...list.slice(0, 2), { ...list[2]!, updated: "2026-12-04T12:00:00.000Z" }];
    expect(latestPostTime(edited)).toBe("2026-12-04T12:00:00.000Z");
  });

  it("is open until its end", () => {
    const now = Date.parse("2026-12-04T12:00:00Z");
    expect(coverageOpen({ start: "2026-12-04T09:00:00Z" }, now)).toBe(true);
    expect(coverageOpen({ start: "2026-12-04T09:00:00Z", end: "2026-12-04T13:00:00Z" }, now)).toBe(true);
    expect(coverageOpen({ start: "2026-12-04T09:00:00Z", end: "2026-12-04T11:00:00Z" }, now)).toBe(false);
  });
});
