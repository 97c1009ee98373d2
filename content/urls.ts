import type { Article, Author, Section, Tag } from "./schema";
import { site } from "./site";

/** Every link to content is built here, so a permalink scheme changes in one place. */
export const articlePath = (article: Pick<Article, "slug" | "section">) => `/${article.section.slug}/${article.slug}`;
export const sectionPath = (section: Pick<Section, "slug">) => `/${section.slug}`;
export const tagPath = (tag: Pick<Tag, "slug">) => `/topics/${tag.slug}`;
export const authorPath = (author: Pick<Author, "slug">) => `/authors/${author.slug}`;

/** A live story's older pages of posts, numbered from the oldest (content/live-pages.ts): "/world/x/page/3". */
export const livePagePath = (article: Pick<Article, "slug" | "section">, page: number) => `${articlePath(article)}/page/${page}`;
/** A post's own address, which leads to the page that holds it: "/world/x/posts/ceasefire-announced". */
export const postPath = (article: Pick<Article, "slug" | "section">, id: string) => `${articlePath(article)}/posts/${id}`;
/** The anchor of a post on its page. */
export const postAnchor = (id: string) => `post-${id}`;
/** The small document a live story's island asks for new posts (components/islands/live-updates.island.ts). */
export const liveUpdatesPath = (article: Pick<Article, "slug" | "section">) => `${articlePath(article)}/live.json`;

/** The newsroom's pages about itself (content/pages/): "about" is "/about", the rest "/about/standards". */
export const standardsPagePath = (slug: string) => (slug === "about" ? "/about" : `/about/${slug}`);
/** Where a reader reports an error in one story: the contact page's way to do it, with the story named. */
export const reportErrorPath = (article: Pick<Article, "slug">) => `/report-an-error/${article.slug}`;

/** The latest news, newest first: page 1 is the front page, later pages "/page/N". */
export const LATEST_PATH = "/";
/** What readers are reading most: both windows of "Most read" (components/most-read). */
export const MOST_READ_PATH = "/most-read";
/** Where a read of a story is counted (server/reads/read-counter.mjs). */
export const readCountPath = (article: Pick<Article, "slug" | "section">) => `/api/reads/${article.section.slug}/${article.slug}`;

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
