import { describe, expect, it } from "vitest";
import { startOfDay, startOfNextDay } from "./site-day.mjs";

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
