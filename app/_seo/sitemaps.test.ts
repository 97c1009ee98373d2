import { describe, expect, it } from "vitest";
import { testArticle } from "@/content/test-support/fixtures";
import { parseXml, textsOf, XML_NS } from "@/content/test-support/xml";
import { articleUrl, chunk, newestLastmod, newsSitemapXml, parseSitemapFile, recentForNews, sitemapIndexXml, sitemapPaths, urlsetXml } from "./sitemaps";

const now = new Date("2024-03-03T12:00:00Z");
const fresh = { ...testArticle("fresh", "2024-03-03T09:00:00+00:00"), updated: "2024-03-03T11:00:00+00:00" };
const yesterday = testArticle("yesterday", "2024-03-02T13:00:00+01:00");
const old = testArticle("old", "2024-02-01T09:00:00+00:00", "business");
const latestFirst = [fresh, yesterday, old];

describe("sitemap files", () => {
  it("split at the limit, in order", () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 2)).toEqual([]);
  });

  it("are named by what they hold, and only those names are read back", () => {
    expect(sitemapPaths.articles("2024-03")).toBe("/sitemaps/articles-2024-03.xml");
    expect(sitemapPaths.articles("2024-03", 2)).toBe("/sitemaps/articles-2024-03-2.xml");
    expect(parseSitemapFile("articles-2024-03.xml")).toEqual({ kind: "articles", month: "2024-03", part: 1 });
    expect(parseSitemapFile("articles-2024-03-2.xml")).toEqual({ kind: "articles", month: "2024-03", part: 2 });
    expect(parseSitemapFile("pages-1.xml")).toEqual({ kind: "pages", part: 1 });
    for (const name of ["articles-2024-13.xml", "articles-2024-03-1.xml", "articles-2024-03-02.xml", "pages-0.xml", "pages.xml", "articles-1.xml", "../x.xml"]) {
      expect(parseSitemapFile(name), name).toBeUndefined();
    }
  });
});

describe("article sitemaps", () => {
  it("give each article its own modified time as lastmod, and its lead image", () => {
    const doc = parseXml(urlsetXml(latestFirst.map(articleUrl)));
    expect(doc.documentElement.namespaceURI).toBe(XML_NS.sitemap);
    expect(textsOf(doc, XML_NS.sitemap, "lastmod")).toEqual([fresh.updated, yesterday.updated, old.updated]);
    expect(textsOf(doc, XML_NS.image, "loc")).toEqual(latestFirst.map(() => `https://www.meridianpost.example${fresh.image.src}`));
  });

  it("leave the image namespace out of a sitemap without images", () => {
    const doc = parseXml(urlsetXml([{ path: "/world", lastmod: fresh.updated }]));
    expect(doc.documentElement.lookupNamespaceURI("image")).toBeNull();
    expect(textsOf(doc, XML_NS.sitemap, "loc")).toEqual(["https://www.meridianpost.example/world"]);
  });
});

describe("the sitemap index", () => {
  it("lists sitemaps with absolute URLs and their lastmod", () => {
    const doc = parseXml(sitemapIndexXml([{ path: sitemapPaths.pages(1), lastmod: fresh.updated }, { path: sitemapPaths.news }]));
    expect(textsOf(doc, XML_NS.sitemap, "loc")).toEqual(["https://www.meridianpost.example/sitemaps/pages-1.xml", "https://www.meridianpost.example/sitemaps/news.xml"]);
    expect(textsOf(doc, XML_NS.sitemap, "lastmod")).toEqual([fresh.updated]);
  });

  it("takes the newest lastmod as an instant, whatever the offsets", () => {
    expect(newestLastmod([{ lastmod: "2024-03-03T11:00:00+00:00" }, { lastmod: "2024-03-03T12:30:00+02:00" }, {}])).toBe("2024-03-03T11:00:00+00:00");
    expect(newestLastmod([])).toBeUndefined();
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
