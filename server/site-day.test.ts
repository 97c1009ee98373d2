import { describe, expect, it } from "vitest";
import { lastPassed, nextChange, startOfDay, startOfNextDay } from "./site-day.mjs";

const LONDON = "Europe/London";
const at = (iso: string) => Date.parse(iso);

describe("startOfDay", () => {
  it("is the publication's midnight, in winter and in summer time", () => {
    expect(startOfDay(at("2026-12-02T12:34:56Z"), LONDON)).toBe(at("2026-12-02T00:00:00Z"));
    expect(startOfDay(at("2026-07-02T12:34:56Z"), LONDON)).toBe(at("2026-07-01T23:00:00Z"));
    // 23:30 UTC on 1 July is 00:30 on 2 July in London.
    expect(startOfDay(at("2026-07-01T23:30:00Z"), LONDON)).toBe(at("2026-07-01T23:00:00Z"));
  });

  it("holds on the days the clocks change, and in zones ahead of UTC", () => {
    expect(startOfDay(at("2026-03-29T12:00:00Z"), LONDON)).toBe(at("2026-03-29T00:00:00Z"));
    expect(startOfDay(at("2026-10-25T12:00:00Z"), LONDON)).toBe(at("2026-10-24T23:00:00Z"));
    expect(startOfDay(at("2026-12-02T01:00:00Z"), "Asia/Tokyo")).toBe(at("2026-12-01T15:00:00Z"));
  });

  it("gives the next day's midnight across a 23- or 25-hour day", () => {
    expect(startOfNextDay(at("2026-03-29T12:00:00Z"), LONDON)).toBe(at("2026-03-29T23:00:00Z"));
    expect(startOfNextDay(at("2026-10-25T12:00:00Z"), LONDON)).toBe(at("2026-10-26T00:00:00Z"));
  });
});

describe("front-page changes", () => {
  const scheduled = [at("2026-12-02T18:00:00Z"), at("2026-12-03T09:00:00Z")];

  it("knows the last expiry that has come, and the next moment anything changes", () => {
    expect(lastPassed(scheduled, at("2026-12-02T12:00:00Z"))).toBe(0);
    expect(lastPassed(scheduled, at("2026-12-02T18:00:00Z"))).toBe(scheduled[0]);
    expect(nextChange(at("2026-12-02T12:00:00Z"), LONDON, scheduled)).toBe(scheduled[0]);
    // Midnight comes before the next expiry.
    expect(nextChange(at("2026-12-02T19:00:00Z"), LONDON, scheduled)).toBe(at("2026-12-03T00:00:00Z"));
    expect(nextChange(at("2026-12-03T10:00:00Z"), LONDON, [])).toBe(at("2026-12-04T00:00:00Z"));
  });
});
