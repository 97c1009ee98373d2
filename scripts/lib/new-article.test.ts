import { describe, expect, it } from "vitest";
import { articleSourceSchema } from "../../content/schema";
import { localTimestamp, renderArticleModule } from "./new-article";

describe("localTimestamp", () => {
  it("writes the wall-clock time in the zone with its offset", () => {
    expect(localTimestamp(new Date("2024-07-01T12:00:00Z"), "Europe/London")).toBe("2024-07-01T13:00:00+01:00");
    expect(localTimestamp(new Date("2024-01-01T12:00:00Z"), "Europe/London")).toBe("2024-01-01T12:00:00+00:00");
    expect(localTimestamp(new Date("2024-01-01T12:00:00Z"), "Asia/Kolkata")).toBe("2024-01-01T17:30:00+05:30");
  });

  it("writes a timestamp the content schema accepts", () => {
    expect(() => articleSourceSchema.shape.published.parse(localTimestamp(new Date(), "America/New_York"))).not.toThrow();
  });
});

describe("renderArticleModule", () => {
  it("makes the slug from the headline and leaves the fields a person must write empty", () => {
    const { slug, source } = renderArticleModule({ headline: "Oil prices climb as OPEC meets", section: "business", timestamp: "2024-01-01T12:00:00+00:00" });
    expect(slug).toBe("oil-prices-climb-as-opec-meets");
    expect(source).toContain('standfirst: "",');
    expect(source).toContain('src: "/images/articles/oil-prices-climb-as-opec-meets.jpg"');
  });
});
