import { describe, expect, it } from "vitest";
import { isPublicAt, nextChangeOf, nextChangeOfAll, visibilityAt } from "./visibility.mjs";

const at = (iso: string) => Date.parse(iso);
const embargoed = { published: at("2026-12-05T00:01:00+00:00") };
const expiring = { published: at("2026-12-01T09:00:00+00:00"), expires: at("2026-12-05T12:00:00+00:00") };

describe("visibilityAt", () => {
  it("keeps an embargoed story back until its minute, to the millisecond", () => {
    expect(visibilityAt(embargoed, at("2026-12-05T00:00:59.999+00:00"))).toBe("scheduled");
    expect(visibilityAt(embargoed, at("2026-12-05T00:01:00+00:00"))).toBe("public");
  });

  it("takes a story down at its expiry, and never shows a draft", () => {
    expect(visibilityAt(expiring, at("2026-12-05T11:59:59+00:00"))).toBe("public");
    expect(visibilityAt(expiring, at("2026-12-05T12:00:00+00:00"))).toBe("expired");
    expect(visibilityAt({ status: "draft", published: 0 }, at("2030-01-01T00:00:00Z"))).toBe("draft");
    expect(isPublicAt({ status: "published", published: 0 }, 1)).toBe(true);
  });
});

describe("nextChangeOf", () => {
  it("is the publication time ahead, then the expiry ahead, then nothing", () => {
    const now = at("2026-12-04T12:00:00+00:00");
    expect(nextChangeOf(embargoed, now)).toBe(embargoed.published);
    expect(nextChangeOf(expiring, now)).toBe(expiring.expires);
    expect(nextChangeOf(expiring, at("2026-12-06T00:00:00+00:00"))).toBeUndefined();
    expect(nextChangeOf({ status: "draft", published: now + 1 }, now)).toBeUndefined();
    expect(nextChangeOfAll([embargoed, expiring, { published: 0 }], now)).toBe(embargoed.published);
    expect(nextChangeOfAll([], now)).toBe(Infinity);
  });
});
