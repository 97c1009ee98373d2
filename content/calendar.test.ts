import { describe, expect, it } from "vitest";
import { calendarKey, calendarLabel, dayKey } from "./calendar";

describe("dayKey", () => {
  it("files a story under the day the publication's clock showed", () => {
    // 23:30 in London in summer is 22:30 UTC: still 31 March in London.
    expect(dayKey("2024-03-31T23:30:00+01:00", "Europe/London")).toBe("2024-03-31");
    // 00:30 in London in winter is 00:30 UTC: 1 November, whatever zone the editor wrote it in.
    expect(dayKey("2024-10-31T20:30:00-04:00", "Europe/London")).toBe("2024-11-01");
    expect(dayKey(Date.UTC(2024, 0, 1, 12), "Asia/Tokyo")).toBe("2024-01-01");
  });

  it("refuses what is not a time", () => {
    expect(() => dayKey("yesterday", "Europe/London")).toThrow(RangeError);
  });
});

describe("calendarKey", () => {
  it.each([
    [["2024"], "2024"],
    [["2024", "03"], "2024-03"],
    [["2024", "03", "31"], "2024-03-31"],
    [["2024", "02", "29"], "2024-02-29"],
    [["2023", "02", "29"], undefined],
    [["2024", "3"], undefined],
    [["2024", "13"], undefined],
    [["2024", "04", "31"], undefined],
    [["24"], undefined],
    [["2024", "03", "00"], undefined],
  ] as const)("%j → %j: only real dates, written as the archive links them", (parts, expected) => {
    expect(calendarKey(...(parts as unknown as [string, string?, string?]))).toBe(expected);
  });
});

describe("calendarLabel", () => {
  it("names a year, a month and a day the way dates read across the site", () => {
    expect(calendarLabel("2024", "en-GB")).toBe("2024");
    expect(calendarLabel("2024-03", "en-GB")).toBe("March 2024");
    expect(calendarLabel("2024-03-05", "en-GB")).toBe("March 5, 2024");
  });
});
