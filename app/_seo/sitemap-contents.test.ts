import { describe, expect, it } from "vitest";
import { createCatalog, type CatalogEntry } from "@/content/queries";
import { testContext, testEntry } from "@/content/test-support/fixtures";
import { pageUrls, sitemapFiles, sitemapUrls } from "./sitemap-contents";
import { SITEMAP_URL_LIMIT } from "./sitemaps";

/** `count` stories in one month, sharing one record (the sitemap reads only paths, dates and photos). */
function month(count: number, key: string): CatalogEntry[] {
  const template = testEntry("story", `${key}-10T09:00:00+00:00`, "world", ["Oil"]);
  return Array.from({ length: count }, (_, index) => ({ ...template, slug: `story-${key}-${index}`, published: template.published - index, record: () => ({ ...template.record(), slug: `story-${key}-${index}` }) }));
}

describe("the sitemaps of a large archive", () => {
  const catalog = createCatalog([...month(SITEMAP_URL_LIMIT + 5, "2024-03"), ...month(3, "2024-02")], testContext());

  it("split a month past 50,000 stories into parts, each within the limit, every story once", () => {
    const files = sitemapFiles(catalog).map((file) => file.path);
    expect(files).toEqual(["/sitemaps/pages-1.xml", "/sitemaps/articles-2024-03.xml", "/sitemaps/articles-2024-03-2.xml", "/sitemaps/articles-2024-02.xml"]);
    const first = sitemapUrls(catalog, { kind: "articles", month: "2024-03", part: 1 }) ?? [];
    const second = sitemapUrls(catalog, { kind: "articles", month: "2024-03", part: 2 }) ?? [];
    expect(first).toHaveLength(SITEMAP_URL_LIMIT);
    expect(second).toHaveLength(5);
    expect(new Set([...first, ...second].map((url) => url.path)).size).toBe(SITEMAP_URL_LIMIT + 5);
    expect(sitemapUrls(catalog, { kind: "articles", month: "2024-03", part: 3 })).toBeUndefined();
    expect(sitemapUrls(catalog, { kind: "articles", month: "2023-01", part: 1 })).toBeUndefined();
  });

  it("list the front page, sections, topics, authors and every period of the archive, each with its newest change", () => {
    const paths = pageUrls(catalog).map((url) => url.path);
    expect(paths).toEqual(["/", "/middle-east", "/world", "/business", "/opinion", "/topics/oil", "/authors/jane-doe", "/archive", "/archive/2024", "/archive/2024/03", "/archive/2024/02", "/archive/2024/03/10", "/archive/2024/02/10"]);
    // A section with no stories yet is listed without a lastmod rather than with a made-up one.
    expect(pageUrls(catalog).filter((url) => !url.lastmod).map((url) => url.path)).toEqual(["/middle-east", "/business", "/opinion", "/authors/jane-doe"]);
  });
});
