/**
 * Sitemap XML (sitemaps.org, Google's image and news extensions). Pure functions of the content and a
 * clock, so each rule — true lastmod, 50,000 URLs a file, 48 hours of news — is tested directly.
 *
 * Articles are listed by the month they were published in, one file a month (split further only past
 * 50,000 stories in a month): a crawler refetches only the months that changed, and no file grows with
 * the archive. Front, section, topic and archive pages are in pages-N.xml.
 */
import { create } from "xmlbuilder2";
import { literal } from "./xml-text";
import type { Article } from "@/content/schema";
import { site } from "@/content/site";
import { absoluteUrl, articlePath } from "@/content/urls";

export const SITEMAP_URL_LIMIT = 50_000;
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
export const NEWS_URL_LIMIT = 1_000;

const NS = {
  sitemap: "http://www.sitemaps.org/schemas/sitemap/0.9",
  image: "http://www.google.com/schemas/sitemap-image/1.1",
  news: "http://www.google.com/schemas/sitemap-news/0.9",
};

export const sitemapPaths = {
  index: "/sitemap.xml",
  news: "/sitemaps/news.xml",
  pages: (part: number) => `/sitemaps/pages-${part}.xml`,
  /** "2024-03" → "/sitemaps/articles-2024-03.xml"; later parts of a month "-2", "-3"… */
  articles: (month: string, part = 1) => `/sitemaps/articles-${month}${part > 1 ? `-${part}` : ""}.xml`,
};

export type SitemapFile = { kind: "pages"; part: number } | { kind: "articles"; month: string; part: number };

/** The file a /sitemaps/<file> request names, or undefined (a 404): only names sitemapPaths makes. */
export function parseSitemapFile(file: string): SitemapFile | undefined {
  const pages = /^pages-([1-9]\d{0,5})\.xml$/.exec(file);
  if (pages) return { kind: "pages", part: Number(pages[1]) };
  const articles = /^articles-(\d{4}-(?:0[1-9]|1[0-2]))(?:-([2-9]|[1-9]\d{1,5}))?\.xml$/.exec(file);
  if (articles?.[1]) return { kind: "articles", month: articles[1], part: articles[2] ? Number(articles[2]) : 1 };
  return undefined;
}

/** Items split into sitemap-sized parts; part numbers start at 1. */
export function chunk<T>(items: readonly T[], limit = SITEMAP_URL_LIMIT): T[][] {
  const parts: T[][] = [];
  for (let start = 0; start < items.length; start += limit) parts.push(items.slice(start, start + limit));
  return parts;
}

/** One URL of a sitemap: a path, when it last changed, and its lead image. */
export type SitemapUrl = { path: string; lastmod?: string; image?: string };

/** A <urlset> of URLs, with the image extension where any URL has an image. */
export function urlsetXml(urls: readonly SitemapUrl[]): string {
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele(NS.sitemap, "urlset");
  if (urls.some((url) => url.image)) root.att("http://www.w3.org/2000/xmlns/", "xmlns:image", NS.image);
  for (const { path, lastmod, image } of urls) {
    const url = root.ele("url");
    url.ele("loc").txt(literal(absoluteUrl(path)));
    if (lastmod) url.ele("lastmod").txt(literal(lastmod));
    if (image) url.ele(NS.image, "image:image").ele(NS.image, "image:loc").txt(literal(absoluteUrl(image)));
  }
  return root.end({ prettyPrint: true });
}

/** An article's URL: its own modified time (as the editor wrote it, with its offset) and its lead image. */
export const articleUrl = (article: Pick<Article, "slug" | "section" | "updated" | "image">): SitemapUrl => ({
  path: articlePath(article),
  lastmod: article.updated,
  image: article.image.src,
});

/** The sitemap index: every sitemap with the newest change among its URLs. */
export function sitemapIndexXml(sitemaps: readonly { path: string; lastmod?: string }[]): string {
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele(NS.sitemap, "sitemapindex");
  for (const { path, lastmod } of sitemaps) {
    const entry = root.ele("sitemap");
    entry.ele("loc").txt(literal(absoluteUrl(path)));
    if (lastmod) entry.ele("lastmod").txt(literal(lastmod));
  }
  return root.end({ prettyPrint: true });
}

/** The newest lastmod among URLs. ISO strings with different offsets are compared as instants. */
export function newestLastmod(urls: readonly { lastmod?: string }[]): string | undefined {
  let newest: string | undefined;
  for (const { lastmod } of urls) if (lastmod && (!newest || Date.parse(lastmod) > Date.parse(newest))) newest = lastmod;
  return newest;
}

/** Articles published in the 48 hours before `now`, newest first, at most 1,000. */
export function recentForNews(articles: readonly Article[], now: Date): Article[] {
  const since = now.getTime() - NEWS_WINDOW_MS;
  return articles
    .filter((article) => {
      const published = Date.parse(article.published);
      return published >= since && published <= now.getTime();
    })
    .slice(0, NEWS_URL_LIMIT);
}

/** Google News sitemap. Empty is valid: a quiet two days is not an error. */
export function newsSitemapXml(latestFirst: readonly Article[], now: Date): string {
  const language = site.locale.split("-")[0] ?? "en";
  const root = create({ version: "1.0", encoding: "UTF-8" })
    .ele(NS.sitemap, "urlset")
    .att("http://www.w3.org/2000/xmlns/", "xmlns:news", NS.news);
  for (const article of recentForNews(latestFirst, now)) {
    const url = root.ele("url");
    url.ele("loc").txt(literal(absoluteUrl(articlePath(article))));
    const news = url.ele(NS.news, "news:news");
    const publication = news.ele(NS.news, "news:publication");
    publication.ele(NS.news, "news:name").txt(literal(site.name));
    publication.ele(NS.news, "news:language").txt(literal(language));
    news.ele(NS.news, "news:publication_date").txt(literal(article.published));
    news.ele(NS.news, "news:title").txt(literal(article.headline));
  }
  return root.end({ prettyPrint: true });
}
