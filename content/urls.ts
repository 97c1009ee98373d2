import type { Article, Author, Section, Tag } from "./schema";
import { site } from "./site";

/** Every link to content is built here, so a permalink scheme changes in one place. */
export const articlePath = (article: Pick<Article, "slug" | "section">) => `/${article.section.slug}/${article.slug}`;
export const sectionPath = (section: Pick<Section, "slug">) => `/${section.slug}`;
export const tagPath = (tag: Pick<Tag, "slug">) => `/topics/${tag.slug}`;
export const authorPath = (author: Pick<Author, "slug">) => `/authors/${author.slug}`;

/** The latest news, newest first: page 1 is the front page, later pages "/page/N". */
export const LATEST_PATH = "/";

/** The dated archive: "" → "/archive", "2024" → "/archive/2024", "2024-03-31" → "/archive/2024/03/31". */
export const archivePath = (key: string) => (key === "" ? "/archive" : `/archive/${key.split("-").join("/")}`);

/** Site search: "/search?q=…&page=N" (page 1 without the page parameter). */
export const SEARCH_PATH = "/search";
export function searchPath(query: string, page = 1): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set("page", String(page));
  return `${SEARCH_PATH}?${params}`;
}

/** Feeds: the whole site, and one RSS feed per section. */
export const feedPaths = { rss: "/rss.xml", atom: "/atom.xml", json: "/feed.json" } as const;
export const sectionFeedPath = (section: Pick<Section, "slug">) => `/${section.slug}/rss.xml`;

/** "/world/x" → "https://www.meridianpost.example/world/x", with non-ASCII path segments percent-encoded. */
export function absoluteUrl(path: string): string {
  return new URL(path, site.origin).href;
}

/** A route param as the editor wrote it: "%D8%B3" → "س". Malformed escapes stay as they are (no match, so 404). */
export function decodeParam(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    return param;
  }
}
