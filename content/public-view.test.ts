import { describe, expect, it } from "vitest";
import { publicView } from "./public-view";
import type { CatalogEntry } from "./queries";

const at = (iso: string) => Date.parse(iso);
const story = (slug: string, published: string, extra: Partial<CatalogEntry> = {}): CatalogEntry => ({
  slug,
  section: "world",
  tags: [],
  authors: [],
  published: at(published),
  updated: at(published),
  day: published.slice(0, 10),
  hash: slug,
  record: () => {
    throw new Error("not read");
  },
  ...extra,
});

const entries = [
  story("embargoed", "2026-12-05T00:01:00+00:00"),
  story("draft", "2026-12-01T09:00:00+00:00", { status: "draft" }),
  story("expiring", "2026-12-02T09:00:00+00:00", { expires: at("2026-12-04T18:00:00+00:00") }),
  story("public", "2026-12-01T08:00:00+00:00"),
];

describe("publicView", () => {
  it("holds what is public now, and says until when", () => {
    const noon = publicView(entries, at("2026-12-04T12:00:00+00:00"));
    expect(noon.entries.map((entry) => entry.slug)).toEqual(["expiring", "public"]);
    expect(noon.validUntil).toBe(at("2026-12-04T18:00:00+00:00"));
  });

  it("lets the expired story go at its time, and the embargoed one in at its minute; the draft never", () => {
    const evening = publicView(entries, at("2026-12-04T18:00:00+00:00"));
    expect(evening.entries.map((entry) => entry.slug)).toEqual(["public"]);
    expect(evening.validUntil).toBe(at("2026-12-05T00:01:00+00:00"));
    const after = publicView(entries, at("2026-12-05T00:01:00+00:00"));
    expect(after.entries.map((entry) => entry.slug)).toEqual(["embargoed", "public"]);
    expect(after.validUntil).toBe(Infinity);
  });
});
