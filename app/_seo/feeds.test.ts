import { parseFeed } from "@rowanmanning/feed-parser";
import { describe, expect, it } from "vitest";
import { testArticle } from "@/content/test-support/fixtures";
import { atomXml, FEED_ITEM_LIMIT, jsonFeed, rssXml, siteChannel } from "./feeds";

describe("feeds", () => {
  it("are valid when a section has no stories yet", () => {
    expect(parseFeed(rssXml(siteChannel("/world/rss.xml"), [])).items).toEqual([]);
    expect(parseFeed(atomXml(siteChannel("/atom.xml"), [])).items).toEqual([]);
    expect(jsonFeed(siteChannel("/feed.json"), []).items).toEqual([]);
  });

  it(`hold the newest ${FEED_ITEM_LIMIT} stories`, () => {
    const many = Array.from({ length: FEED_ITEM_LIMIT + 5 }, (_, index) => testArticle(`story-${index}`, "2024-03-03T10:00:00+00:00"));
    expect(parseFeed(rssXml(siteChannel("/rss.xml"), many)).items).toHaveLength(FEED_ITEM_LIMIT);
  });

  it("give RSS dates in RFC 822 and a permalink guid", () => {
    const xml = rssXml(siteChannel("/rss.xml"), [testArticle("a-story", "2013-11-14T18:23:00+00:00")]);
    expect(xml).toContain("<pubDate>Thu, 14 Nov 2013 18:23:00 GMT</pubDate>");
    expect(xml).toContain('<guid isPermaLink="true">https://www.meridianpost.example/world/a-story</guid>');
  });
});
