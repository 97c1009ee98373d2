import { describe, expect, it } from "vitest";
import { applyCommit, emptyState } from "./content-store/state.mjs";
import { capLifetime, changeMoments, createSchedule, timedStories } from "./schedule.mjs";
import { CACHE } from "./security-headers.mjs";

const at = (iso: string) => Date.parse(iso);
const released = [
  { slug: "embargoed", section: "world", published: at("2026-12-05T00:01:00Z") },
  { slug: "expiring", section: "business", published: at("2026-12-01T09:00:00Z"), expires: at("2026-12-04T18:00:00Z") },
];
const record = (slug: string, fields: Record<string, string>) => ({ slug, section: "world", ...fields });

describe("timedStories", () => {
  it("lays what was published on the running site over the release's timed stories", () => {
    let state = emptyState();
    state = applyCommit(state, {
      version: 1,
      at: 0,
      upserts: [
        { slug: "embargoed", record: record("embargoed", { published: "2026-12-06T07:00:00+00:00" }), hash: "h" },
        { slug: "interview", record: record("interview", { published: "2026-12-05T07:00:00+00:00", status: "draft" }), hash: "h" },
      ],
      deletions: ["expiring"],
      images: [],
    });
    const stories = timedStories(released, state);
    expect(stories.map((story) => [story.slug, story.published])).toEqual([
      ["embargoed", at("2026-12-06T07:00:00Z")],
      ["interview", at("2026-12-05T07:00:00Z")],
    ]);
    // A draft never goes public: it brings no moment.
    expect(changeMoments(stories)).toEqual([at("2026-12-06T07:00:00Z")]);
  });
});

describe("createSchedule", () => {
  const store = { state: () => emptyState() };
  const schedule = createSchedule({ released, store });

  it("knows the moments content changes by itself, the last and the next", () => {
    expect(schedule.moments()).toEqual([at("2026-12-01T09:00:00Z"), at("2026-12-04T18:00:00Z"), at("2026-12-05T00:01:00Z")]);
    expect(schedule.lastAtOrBefore(at("2026-12-04T19:00:00Z"))).toBe(at("2026-12-04T18:00:00Z"));
    expect(schedule.nextAfter(at("2026-12-04T19:00:00Z"))).toBe(at("2026-12-05T00:01:00Z"));
    expect(schedule.nextAfter(at("2026-12-06T00:00:00Z"))).toBe(Infinity);
    expect(schedule.changingAt(at("2026-12-05T00:01:00Z")).map((story) => story.slug)).toEqual(["embargoed"]);
  });

  it("says a story has expired from its expiry on, never before", () => {
    expect(schedule.expired("expiring", at("2026-12-04T17:59:59Z"))).toBe(false);
    expect(schedule.expired("expiring", at("2026-12-04T18:00:00Z"))).toBe(true);
    expect(schedule.expired("embargoed", at("2026-12-06T00:00:00Z"))).toBe(false);
  });
});

describe("capLifetime", () => {
  it("ends every lifetime by the next scheduled change", () => {
    expect(capLifetime(CACHE.article, 20)).toBe("public, max-age=20, s-maxage=20, stale-while-revalidate=0, stale-if-error=604800");
    expect(capLifetime(CACHE.listing, 100)).toBe("public, max-age=0, s-maxage=30, stale-while-revalidate=70, stale-if-error=86400");
    expect(capLifetime(CACHE.article, -5)).toBe("public, max-age=0, s-maxage=0, stale-while-revalidate=0, stale-if-error=604800");
  });

  it("leaves a lifetime that ends before the next change alone", () => {
    expect(capLifetime(CACHE.article, 10 ** 9)).toBe(CACHE.article);
    expect(capLifetime(CACHE.article, Infinity)).toBe(CACHE.article);
  });
});
