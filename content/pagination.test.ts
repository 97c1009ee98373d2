import { describe, expect, it } from "vitest";
import { PAGE_SIZE, pageCount, pageLinks, pageOf, pagePath, parsePageParam, requestedPage } from "./pagination";

describe("page numbers in URLs", () => {
  it.each([
    ["2", 2],
    ["17", 17],
    ["1", undefined],
    ["0", undefined],
    ["02", undefined],
    ["-3", undefined],
    ["2.5", undefined],
    ["two", undefined],
    ["", undefined],
    ["9999999999", undefined],
  ])("%j → %j: one way to write each page, page 1 at the bare path", (param, expected) => {
    expect(parsePageParam(param)).toBe(expected);
  });

  it("puts page 1 at the listing's own path and later pages under /page/N", () => {
    expect(pagePath("/world", 1)).toBe("/world");
    expect(pagePath("/world", 3)).toBe("/world/page/3");
    expect(pagePath("/", 2)).toBe("/page/2");
    expect(requestedPage(undefined)).toBe(1);
    expect(requestedPage("1")).toBeUndefined();
  });
});

describe("pages of a listing", () => {
  const listing = (total: number) => ({ total, slice: (offset: number, limit: number) => Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, index) => offset + index) });

  it("fills pages of a fixed size and has a first page even when empty", () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(PAGE_SIZE)).toBe(1);
    expect(pageCount(PAGE_SIZE + 1)).toBe(2);
    expect(pageOf(listing(0), 1)).toEqual({ items: [], count: 1 });
    expect(pageOf(listing(60), 3)).toEqual({ items: Array.from({ length: 10 }, (_, index) => 50 + index), count: 3 });
  });

  it("has no page past the last", () => {
    expect(pageOf(listing(60), 4)).toBeUndefined();
    expect(pageOf(listing(0), 2)).toBeUndefined();
  });
});

describe("pageLinks", () => {
  const shown = (current: number, count: number) => pageLinks(current, count).map((link) => ("gap" in link ? "…" : String(link.page))).join(" ");

  it("shows the first, the last and two either side of the current page, with gaps", () => {
    expect(shown(6, 40)).toBe("1 … 4 5 6 7 8 … 40");
    expect(shown(1, 40)).toBe("1 2 3 … 40");
    expect(shown(40, 40)).toBe("1 … 38 39 40");
  });

  it("fills a gap of one page with the page itself", () => {
    expect(shown(4, 10)).toBe("1 2 3 4 5 6 … 10");
    expect(shown(2, 3)).toBe("1 2 3");
  });
});
