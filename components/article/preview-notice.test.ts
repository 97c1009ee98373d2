import { describe, expect, it } from "vitest";
import { previewNotice } from "./preview-notice";

const settings = { locale: "en-GB", timeZone: "Europe/London" };
const now = Date.parse("2026-12-04T12:00:00Z");

describe("previewNotice", () => {
  it("says what readers see of the story now", () => {
    expect(previewNotice({ status: "draft", published: "2026-12-01T09:00:00+00:00" }, now, settings)).toEqual({ title: "Preview — not published", detail: "A draft: readers cannot see it until it is published." });
    expect(previewNotice({ status: "published", published: "2026-12-05T00:01:00+00:00" }, now, settings)).toEqual({ title: "Preview — not published", detail: "Scheduled: readers see it from December 5, 2026, 12:01 am." });
    expect(previewNotice({ status: "published", published: "2026-12-01T09:00:00+00:00", expires: "2026-12-02T09:00:00+00:00" }, now, settings).detail).toBe("Expired: readers no longer see it.");
    expect(previewNotice({ status: "published", published: "2026-12-01T09:00:00+00:00" }, now, settings)).toEqual({ title: "Preview — already published", detail: "Public: this is how readers see it now." });
  });
});
