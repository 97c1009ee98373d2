/**
 * What the sitemaps list, read from the catalog: the pages (front, sections, kinds' hubs, topics, authors, every
 * period of the archive) and the articles of each month. Only first pages of listings: later pages are reached by
 * their links and change with every story published.
 */
import type { Catalog } from "@/content/queries";
import { sections } from "@/content/sections";
import { kindHubs } from "@/content/story-kind";
import { archivePath, authorPath, sectionPath, tagPath } from "@/content/urls";
import { articleUrl, chunk, newestLastmod, SITEMAP_URL_LIMIT, sitemapPaths, type SitemapFile, type SitemapUrl } from "./sitemaps";

export function pageUrls(catalog: Catalog): SitemapUrl[] {
  const periods = [...catalog.years(), ...catalog.months(), ...catalog.years().flatMap((year) => catalog.months(year.key).flatMap((month) => catalog.days(month.key)))];
  return [
    { path: "/", lastmod: catalog.latest.lastModified() },
    ...sections.map((section) => ({ path: sectionPath(section), lastmod: catalog.section(section.slug).lastModified() })),
    // A kind's hub, once it has stories.
    ...kindHubs().flatMap((hub) => {
      const stories = catalog.kind(hub.kind);
      return stories.total > 0 ? [{ path: `/${hub.slug}`, lastmod: stories.lastModified() }] : [];
    }),
    ...catalog.listTags().map((tag) => ({ path: tagPath(tag), lastmod: catalog.tag(tag.slug).lastModified() })),
    ...catalog.listAuthors().map((author) => ({ path: authorPath(author), lastmod: catalog.author(author.slug).lastModified() })),
    { path: archivePath(""), lastmod: catalog.latest.lastModified() },
    ...periods.map((period) => ({ path: archivePath(period.key), lastmod: catalog.period(period.key).lastModified() })),
  ];
}

/** The URLs of one sitemap file, or undefined when the file does not exist. */
export function sitemapUrls(catalog: Catalog, file: SitemapFile): SitemapUrl[] | undefined {
  if (file.kind === "pages") return chunk(pageUrls(catalog))[file.part - 1];
  const entries = chunk(catalog.monthEntries(file.month))[file.part - 1];
  return entries?.map((entry) => articleUrl(catalog.resolve(entry)));
}

/** Every sitemap the index lists (besides news), with the newest change in each. */
export function sitemapFiles(catalog: Catalog): { path: string; lastmod?: string }[] {
  const pages = chunk(pageUrls(catalog)).map((urls, index) => ({ path: sitemapPaths.pages(index + 1), lastmod: newestLastmod(urls) }));
  const articles = catalog.months().flatMap((month) =>
    chunk(catalog.monthEntries(month.key), SITEMAP_URL_LIMIT).map((entries, index) => ({
      path: sitemapPaths.articles(month.key, index + 1),
      lastmod: new Date(entries.reduce((newest, entry) => Math.max(newest, entry.updated), 0)).toISOString(),
    })),
  );
  return [...pages, ...articles];
}
