/**
 * Sitemap XML (sitemaps.org, Google's image and news extensions). Pure functions of the content and a
 * clock, so each rule — true lastmod, 50,000 URLs a file, 48 hours of news — is tested directly.
 */
import { create } from "xmlbuilder2";
import { literal } from "./xml-text";
import type { Article, Section, Tag } from "@/content/schema";
import { site } from "@/content/site";
import { absoluteUrl, articlePath, sectionPath, tagPath } from "@/content/urls";

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
  pages: "/sitemaps/pages.xml",
  news: "/sitemaps/news.xml",
  articles: (page: number) => `/sitemaps/articles-${page}.xml`,
};

/** Articles split into sitemap-sized pages, newest first; page numbers start at 1. */
export function articlePages<T>(articles: readonly T[], limit = SITEMAP_URL_LIMIT): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < articles.length; start += limit) pages.push(articles.slice(start, start + limit));
  return pages;
}

/** The newest modification among the articles: a sitemap changes when any of its articles does. */
function latestUpdate(articles: readonly Article[]): string | undefined {
  let latest: Article | undefined;
  for (const article of articles) if (!latest || Date.parse(article.updated) > Date.parse(latest.updated)) latest = article;
  return latest?.updated;
}

export function sitemapIndexXml(articles: readonly Article[]): string {
  const pages = articlePages(articles);
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele(NS.sitemap, "sitemapindex");
  const add = (path: string, lastmod?: string) => {
    const entry = root.ele("sitemap");
    entry.ele("loc").txt(literal(absoluteUrl(path)));
    if (lastmod) entry.ele("lastmod").txt(literal(lastmod));
  };
  add(sitemapPaths.pages, latestUpdate(articles));
  pages.forEach((page, index) => add(sitemapPaths.articles(index + 1), latestUpdate(page)));
  add(sitemapPaths.news, latestUpdate(articles));
  return root.end({ prettyPrint: true });
}

/** Front page, sections and topics: they change whenever a story in them does. */
export function pagesSitemapXml(articles: readonly Article[], sections: readonly Section[], tags: readonly Tag[]): string {
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele(NS.sitemap, "urlset");
  const add = (path: string, lastmod?: string) => {
    const url = root.ele("url");
    url.ele("loc").txt(literal(absoluteUrl(path)));
    if (lastmod) url.ele("lastmod").txt(literal(lastmod));
  };
  add("/", latestUpdate(articles));
  for (const section of sections) add(sectionPath(section), latestUpdate(articles.filter((article) => article.section.slug === section.slug)));
  for (const tag of tags) add(tagPath(tag), latestUpdate(articles.filter((article) => article.tags.some((candidate) => candidate.slug === tag.slug))));
  return root.end({ prettyPrint: true });
}

/** One page of articles, each with its true lastmod (its own updated time) and its lead image. */
export function articleSitemapXml(articles: readonly Article[]): string {
  const root = create({ version: "1.0", encoding: "UTF-8" })
    .ele(NS.sitemap, "urlset")
    .att("http://www.w3.org/2000/xmlns/", "xmlns:image", NS.image);
  for (const article of articles) {
    const url = root.ele("url");
    url.ele("loc").txt(literal(absoluteUrl(articlePath(article))));
    url.ele("lastmod").txt(literal(article.updated));
    url.ele(NS.image, "image:image").ele(NS.image, "image:loc").txt(literal(absoluteUrl(article.image.src)));
  }
  return root.end({ prettyPrint: true });
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
