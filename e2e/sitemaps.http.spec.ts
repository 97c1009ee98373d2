import { snapshotCatalog } from "@/content/catalog";
import { sections } from "@/content/sections";
import { site } from "@/content/site";
import { dayKey } from "@/content/calendar";
import { absoluteUrl, archivePath, articlePath, sectionPath, tagPath } from "@/content/urls";
import { parseXml, textsOf, XML_NS } from "@/content/test-support/xml";
import { expect, test } from "./fixtures";
import { local } from "./http";
import { seedArticle } from "./seed-article";

const article = seedArticle();
const catalog = snapshotCatalog();

async function fetchXml(request: import("@playwright/test").APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"], url).toBe("application/xml; charset=utf-8");
  return parseXml(await response.text());
}

test("the sitemap index leads to every sitemap, and each lists absolute URLs with a true lastmod", async ({ request }) => {
  const index = await fetchXml(request, "/sitemap.xml");
  expect(index.documentElement.localName).toBe("sitemapindex");
  expect(index.documentElement.namespaceURI).toBe(XML_NS.sitemap);
  const sitemaps = textsOf(index, XML_NS.sitemap, "loc");
  expect(sitemaps.length).toBeGreaterThanOrEqual(3);
  for (const url of sitemaps) expect(url.startsWith(`${site.origin}/`)).toBe(true);

  const listed = new Map<string, string>();
  for (const sitemap of sitemaps.filter((url) => url.includes("/articles-"))) {
    const doc = await fetchXml(request, local(sitemap));
    expect(doc.documentElement.lookupNamespaceURI("image")).toBe(XML_NS.image);
    for (const url of Array.from(doc.getElementsByTagNameNS(XML_NS.sitemap, "url"))) {
      const [loc] = textsOf(url, XML_NS.sitemap, "loc");
      const [lastmod] = textsOf(url, XML_NS.sitemap, "lastmod");
      listed.set(loc ?? "", lastmod ?? "");
    }
  }
  expect(listed.size).toBe(catalog.count);
  expect(listed.get(absoluteUrl(articlePath(article)))).toBe(article.updated);
});

test("the pages sitemap lists the front page, every section, every topic and the archive down to the day", async ({ request }) => {
  const doc = await fetchXml(request, "/sitemaps/pages-1.xml");
  const locs = textsOf(doc, XML_NS.sitemap, "loc");
  expect(locs).toEqual(
    expect.arrayContaining([
      absoluteUrl("/"),
      ...sections.map((section) => absoluteUrl(sectionPath(section))),
      ...article.tags.map((tag) => absoluteUrl(tagPath(tag))),
      absoluteUrl("/archive"),
      absoluteUrl(archivePath(dayKey(article.published, site.timeZone))),
    ]),
  );
});

test("the Google News sitemap is valid, in the news namespace, and holds only the last 48 hours", async ({ request }) => {
  const doc = await fetchXml(request, "/sitemaps/news.xml");
  expect(doc.documentElement.lookupNamespaceURI("news")).toBe(XML_NS.news);
  const twoDaysAgo = Date.now() - 48 * 3600 * 1000;
  const expected = catalog.latest.slice(0, 2000).filter((candidate) => Date.parse(candidate.published) >= twoDaysAgo);
  expect(textsOf(doc, XML_NS.sitemap, "loc")).toEqual(expected.map((candidate) => absoluteUrl(articlePath(candidate))));
});

test("robots.txt names the sitemap index and the news sitemap with absolute URLs", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  const named = [...robots.matchAll(/^Sitemap: (.+)$/gm)].map((match) => match[1]);
  expect(named).toEqual([absoluteUrl("/sitemap.xml"), absoluteUrl("/sitemaps/news.xml")]);
  for (const url of named) expect((await request.get(local(url ?? ""))).status()).toBe(200);
});

test("a sitemap that does not exist is a 404", async ({ request }) => {
  for (const path of ["/sitemaps/pages-2.xml", "/sitemaps/articles-1999-01.xml", "/sitemaps/articles-2013-13.xml", "/sitemaps/articles-1.xml", "/sitemaps/pages.xml"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
