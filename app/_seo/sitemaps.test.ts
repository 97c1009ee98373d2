import { describe, expect, it } from "vitest";
import { testArticle, testSections } from "@/content/test-support/fixtures";
import { parseXml, textsOf, XML_NS } from "@/content/test-support/xml";
import { articlePages, articleSitemapXml, newsSitemapXml, pagesSitemapXml, recentForNews, sitemapIndexXml } from "./sitemaps";

const now = new Date("2024-03-03T12:00:00Z");
const fresh = { ...testArticle("fresh", "2024-03-03T09:00:00+00:00"), updated: "2024-03-03T11:00:00+00:00" };
const yesterday = testArticle("yesterday", "2024-03-02T13:00:00+01:00");
const old = testArticle("old", "2024-02-01T09:00:00+00:00", "business");
const latestFirst = [fresh, yesterday, old];

describe("article sitemaps", () => {
  it("split at the limit, newest first", () => {
    expect(articlePages([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(articlePages([], 2)).toEqual([]);
  });

  it("give each article its own modified time as lastmod, and its lead image", () => {
    const doc = parseXml(articleSitemapXml(latestFirst));
    expect(doc.documentElement.namespaceURI).toBe(XML_NS.sitemap);
    expect(textsOf(doc, XML_NS.sitemap, "lastmod")).toEqual([fresh.updated, yesterday.updated, old.updated]);
    expect(textsOf(doc, XML_NS.image, "loc")).toEqual(latestFirst.map(() => `https://www.meridianpost.example${fresh.image.src}`));
  });
});

describe("the sitemap index", () => {
  it("lists pages, each article page and news, with absolute URLs and the newest change as lastmod", () => {
    const doc = parseXml(sitemapIndexXml(latestFirst));
    expect(textsOf(doc, XML_NS.sitemap, "loc")).toEqual([
      "https://www.meridianpost.example/sitemaps/pages.xml",
      "https://www.meridianpost.example/sitemaps/articles-1.xml",
      "https://www.meridianpost.example/sitemaps/news.xml",
    ]);
    expect(textsOf(doc, XML_NS.sitemap, "lastmod")).toEqual([fresh.updated, fresh.updated, fresh.updated]);
  });
});

describe("the pages sitemap", () => {
  it("lists the front page and every section, even an empty one", () => {
    const doc = parseXml(pagesSitemapXml(latestFirst, testSections, [{ name: "Oil", slug: "oil" }]));
    expect(textsOf(doc, XML_NS.sitemap, "loc")).toEqual([
      "https://www.meridianpost.example/",
      "https://www.meridianpost.example/world",
      "https://www.meridianpost.example/business",
      "https://www.meridianpost.example/topics/oil",
    ]);
  });
});

describe("the Google News sitemap", () => {
  it("holds only articles published in the last 48 hours", () => {
    expect(recentForNews(latestFirst, now).map((article) => article.slug)).toEqual(["fresh", "yesterday"]);
  });

  it("leaves out an article scheduled for later", () => {
    const scheduled = testArticle("scheduled", "2024-03-03T18:00:00+00:00");
    expect(recentForNews([scheduled, fresh], now).map((article) => article.slug)).toEqual(["fresh"]);
  });

  it("stops at 1,000 URLs", () => {
    const many = Array.from({ length: 1_200 }, (_, index) => testArticle(`story-${index}`, "2024-03-03T10:00:00+00:00"));
    expect(recentForNews(many, now)).toHaveLength(1_000);
  });

  it("names the publication, language, date and title in the news namespace", () => {
    const doc = parseXml(newsSitemapXml(latestFirst, now));
    expect(textsOf(doc, XML_NS.news, "name")).toEqual(["The Meridian Post", "The Meridian Post"]);
    expect(textsOf(doc, XML_NS.news, "language")).toEqual(["en", "en"]);
    expect(textsOf(doc, XML_NS.news, "publication_date")).toEqual([fresh.published, yesterday.published]);
    expect(textsOf(doc, XML_NS.news, "title")).toEqual([fresh.headline, yesterday.headline]);
  });

  it("is valid and empty after two quiet days", () => {
    const doc = parseXml(newsSitemapXml([old], now));
    expect(doc.documentElement.localName).toBe("urlset");
    expect(doc.getElementsByTagNameNS(XML_NS.sitemap, "url")).toHaveLength(0);
  });
});
