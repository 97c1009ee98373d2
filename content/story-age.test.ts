import { describe, expect, it } from "vitest";
import { ageNotice, fullYearsSince } from "./story-age";

const LONDON = "Europe/London";
const at = (iso: string) => Date.parse(iso);

describe("fullYearsSince", () => {
  const seed = "2013-11-14T18:23:00+00:00";

  it("counts an anniversary from the day after it, so the notice is never early", () => {
    expect(fullYearsSince(seed, at("2026-11-14T23:59:00Z"), LONDON)).toBe(12);
    expect(fullYearsSince(seed, at("2026-11-15T00:00:00Z"), LONDON)).toBe(13);
    expect(fullYearsSince(seed, at("2026-12-02T12:00:00Z"), LONDON)).toBe(13);
  });

  it("reads both days in the publication's time zone, not the server's", () => {
    // 23:30 in London on 31 March 2024 (BST) is 22:30 UTC: the story belongs to 31 March.
    const lateNight = "2024-03-31T23:30:00+01:00";
    expect(fullYearsSince(lateNight, at("2025-03-31T22:59:00Z"), LONDON)).toBe(0); // 23:59 on 31 March in London
    expect(fullYearsSince(lateNight, at("2025-03-31T23:00:00Z"), LONDON)).toBe(1); // midnight in London, still 31 March in UTC
  });

  it("is 0 for a story less than a year old, and handles 29 February", () => {
    expect(fullYearsSince("2026-06-01T09:00:00+00:00", at("2026-12-02T12:00:00Z"), LONDON)).toBe(0);
    expect(fullYearsSince("2024-02-29T09:00:00+00:00", at("2025-02-28T12:00:00Z"), LONDON)).toBe(0);
    expect(fullYearsSince("2024-02-29T09:00:00+00:00", at("2025-03-01T12:00:00Z"), LONDON)).toBe(1);
  });
});

describe("ageNotice", () => {
  it("says nothing under a year, then a year, then years", () => {
    expect(ageNotice(0)).toBeUndefined();
    expect(ageNotice(1)).toBe("This article is more than a year old");
    expect(ageNotice(13)).toBe("This article is more than 13 years old");
  });
});
