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

describe("a story in another language than the site's", () => {
  const arabic = { ...testArticle("ar-story", "2024-03-03T10:00:00+00:00"), language: "ar", headline: "بوتين يناقش جهود السلام" };
  const english = testArticle("en-story", "2024-03-03T09:00:00+00:00");

  it("says its language in each feed format, and only where it differs from the feed's", () => {
    const rss = rssXml(siteChannel("/rss.xml"), [arabic, english]);
    expect(rss.match(/<dc:language>ar<\/dc:language>/g)).toHaveLength(1);
    const atom = atomXml(siteChannel("/atom.xml"), [arabic, english]);
    expect(atom).toMatch(/<entry xml:lang="ar">/);
    expect(atom.match(/xml:lang="ar"/g)).toHaveLength(1);
    expect(jsonFeed(siteChannel("/feed.json"), [arabic, english]).items.map((item) => item.language)).toEqual(["ar", undefined]);
    expect(parseFeed(atom).items[0]?.title).toBe("بوتين يناقش جهود السلام");
  });
});
