import { describe, expect, it } from "vitest";
import { testArticle, testSections } from "@/content/test-support/fixtures";
import { articleMetadata, sectionMetadata, siteMetadata, truncate } from "./metadata";

describe("truncate", () => {
  it("leaves short text alone", () => {
    expect(truncate("Short", 10)).toBe("Short");
  });

  it("cuts at a word boundary and adds an ellipsis within the limit", () => {
    const cut = truncate("The quick brown fox jumps over the lazy dog", 20);
    expect(cut).toBe("The quick brown fox…");
    expect(cut.length).toBeLessThanOrEqual(20);
  });
});

describe("metadata builders", () => {
  const article = { ...testArticle("a-story", "2024-03-01T09:00:00+00:00", "world", ["Oil"]), updated: "2024-03-01T12:00:00+00:00" };

  it("sets the origin once and lets large image previews show", () => {
    const metadata = siteMetadata();
    expect(String(metadata.metadataBase)).toBe("https://www.meridianpost.example/");
    expect(metadata.robots).toMatchObject({ "max-image-preview": "large" });
  });

  it("gives no canonical URL in the layout, so a page without one (the 404) does not claim the front page's", () => {
    const metadata = siteMetadata();
    expect(metadata.alternates?.canonical).toBeUndefined();
    expect(metadata.openGraph).not.toHaveProperty("url");
    expect(Object.keys(metadata.alternates?.types ?? {})).toContain("application/rss+xml");
  });

  it("gives an article its canonical URL, article Open Graph fields and a large X card", () => {
    const metadata = articleMetadata(article);
    expect(metadata.alternates?.canonical).toBe("/world/a-story");
    expect(metadata.openGraph).toMatchObject({
      type: "article",
      url: "/world/a-story",
      publishedTime: "2024-03-01T09:00:00+00:00",
      modifiedTime: "2024-03-01T12:00:00+00:00",
      section: "World",
      tags: ["Oil"],
      images: [{ url: expect.stringMatching(/^\/share\/a-story\/card\.jpg\?v=/), width: 1200, height: 630, type: "image/jpeg" }],
    });
    expect(metadata.twitter).toMatchObject({ card: "summary_large_image", site: "@meridianpost" });
  });

  it("repeats the feeds beside a page's canonical URL, which replaces the layout's alternates", () => {
    const types = articleMetadata(article).alternates?.types ?? {};
    expect(Object.keys(types)).toEqual(["application/rss+xml", "application/atom+xml", "application/feed+json"]);
    expect(sectionMetadata(testSections[0]!).alternates?.types?.["application/rss+xml"]).toContainEqual({ url: "/world/rss.xml", title: "The Meridian Post: World" });
  });

  it("gives a story in Arabic its own Open Graph locale", () => {
    expect(articleMetadata(article).openGraph).toMatchObject({ locale: "en_GB" });
    expect(articleMetadata({ ...article, language: "ar" }).openGraph).toMatchObject({ locale: "ar_EG" });
  });

  it("changes the share card's URL when the article is updated, so networks refetch it", () => {
    const imageUrl = (updated: string) => JSON.stringify(articleMetadata({ ...article, updated }).openGraph?.images);
    expect(imageUrl("2024-03-01T12:00:00+00:00")).not.toBe(imageUrl("2024-03-01T13:00:00+00:00"));
  });
});
