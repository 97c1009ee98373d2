import { afterEach, describe, expect, it } from "vitest";
import { formatDate, formatDateline } from "./format-dateline";

const london = { locale: "en-GB", timeZone: "Europe/London" };
const originalTz = process.env.TZ;

afterEach(() => {
  process.env.TZ = originalTz;
});

describe("formatDateline", () => {
  it("prints the seed article's dateline as the original page did", () => {
    expect(formatDateline("2013-11-14T18:23:00+00:00", london)).toBe("November 14, 2013, 6:23 pm");
  });

  // The server's zone must not leak into the page: the same instant prints the same text anywhere.
  it.each(["America/Los_Angeles", "Asia/Tokyo"])("prints the same text on a server in %s", (serverZone) => {
    process.env.TZ = serverZone;
    const expectedOffset = serverZone === "Asia/Tokyo" ? -540 : 480;
    expect(new Date("2013-11-14T18:23:00Z").getTimezoneOffset()).toBe(expectedOffset);
    expect(formatDateline("2013-11-14T18:23:00+00:00", london)).toBe("November 14, 2013, 6:23 pm");
    expect(formatDate("2013-11-14T23:59:00+00:00", london)).toBe("November 14, 2013");
  });

  it("converts a timestamp written in another offset into the publication's zone", () => {
    expect(formatDateline("2013-11-14T22:23:00+04:00", london)).toBe("November 14, 2013, 6:23 pm");
  });

  it("follows daylight saving time", () => {
    expect(formatDateline("2024-07-01T12:00:00Z", london)).toBe("July 1, 2024, 1:00 pm");
  });

  it("writes midnight and noon as 12, never 0", () => {
    expect(formatDateline("2024-01-05T00:05:00Z", london)).toBe("January 5, 2024, 12:05 am");
    expect(formatDateline("2024-01-05T12:05:00Z", london)).toBe("January 5, 2024, 12:05 pm");
  });

  it("puts the date on the day it is in the publication's zone", () => {
    expect(formatDate("2024-01-05T23:30:00-05:00", london)).toBe("January 6, 2024");
  });

  it("refuses a string that is not a timestamp", () => {
    expect(() => formatDateline("yesterday", london)).toThrow(RangeError);
  });
});
