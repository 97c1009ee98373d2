import { describe, expect, it } from "vitest";
import { changesBetween, newPostsText, pollDelay, titleWithCount, type IncomingPost } from "./live-updates";

const post = (id: string, minute: number, updated = minute): IncomingPost => ({
  id,
  published: `2026-12-04T09:${String(minute).padStart(2, "0")}:00Z`,
  updated: `2026-12-04T09:${String(updated).padStart(2, "0")}:00Z`,
  pinned: false,
  html: `<article id="post-${id}"></article>`,
});
const shown = (...posts: IncomingPost[]) => posts.map(({ id, updated, published }) => ({ id, updated, published }));

describe("changesBetween", () => {
  it("finds new posts, edited ones, and ones removed inside the document's window", () => {
    const page = shown(post("c", 30), post("b", 20), post("a", 10), post("old", 1));
    const document = { open: true, label: "", posts: [post("d", 40), post("c", 30, 35), post("a", 10)] };
    const changes = changesBetween(page, document);
    expect(changes.added.map((p) => p.id)).toEqual(["d"]);
    expect(changes.edited.map((p) => p.id)).toEqual(["c"]);
    // "b" is gone; "old" rolled off onto an older page: still there, not removed.
    expect(changes.removed).toEqual(["b"]);
  });

  it("does not offer again posts already announced but not shown, nor duplicate after a reload", () => {
    const document = { open: true, label: "", posts: [post("d", 40), post("c", 30)] };
    expect(changesBetween(shown(post("c", 30)), document, new Set(["d"])).added).toEqual([]);
    expect(changesBetween(shown(post("d", 40), post("c", 30)), document).added).toEqual([]);
  });
});

describe("the reader's cues", () => {
  it("asks every 15 s while visible, every minute while hidden", () => {
    expect(pollDelay(false)).toBe(15_000);
    expect(pollDelay(true)).toBe(60_000);
  });

  it("counts new posts in words and in the tab's title", () => {
    expect(newPostsText(1)).toBe("1 new post");
    expect(newPostsText(3)).toBe("3 new posts");
    expect(titleWithCount("Summit live | The Meridian Post", 3)).toBe("(3) Summit live | The Meridian Post");
    expect(titleWithCount("(3) Summit live | The Meridian Post", 5)).toBe("(5) Summit live | The Meridian Post");
    expect(titleWithCount("(5) Summit live | The Meridian Post", 0)).toBe("Summit live | The Meridian Post");
  });
});
