/**
 * Page metadata, built from domain objects. The root layout sets the site-wide layer (metadataBase, title
 * template); each route calls one of these builders. Next merges only top-level keys, so every builder
 * returns complete `openGraph`, `twitter` and `alternates` objects.
 */
import type { Metadata } from "next";
import { calendarLabel } from "@/content/calendar";
import { openGraphLocale } from "@/content/language";
import { SHARE_CARD, shareCardPath, SITE_SHARE_CARD_PATH } from "@/content/images";
import { pagePath } from "@/content/pagination";
import type { Article, Author, NewsroomPage, Section, Tag } from "@/content/schema";
import { site } from "@/content/site";
import type { KindHub } from "@/content/story-kind";
import { absoluteUrl, archivePath, articlePath, authorPath, feedPaths, LATEST_PATH, MOST_READ_PATH, sectionFeedPath, sectionPath, standardsPagePath, tagPath } from "@/content/urls";
import { siteIcons } from "./icons";

/** X truncates longer text: https://developer.x.com cards markup limits. */
const TWITTER_TITLE_MAX = 70;
const TWITTER_DESCRIPTION_MAX = 200;

/** Shortens at a word boundary and marks the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // Drop the last word unless the cut fell exactly between two words.
  const atWord = /\s/.test(text.charAt(max - 1)) ? cut.trimEnd() : cut.replace(/\s+\S*$/, "");
  return `${atWord.length > max / 2 ? atWord : cut}…`;
}

const ogLocale = openGraphLocale(site.locale);
const xAccount = site.social.find((account) => account.network === "x")?.handle;

/** The site-wide feeds, plus any page-specific ones: a page's `alternates` replaces the layout's. */
function feedLinks(extra: { url: string; title: string }[] = []): NonNullable<Metadata["alternates"]>["types"] {
  return {
    "application/rss+xml": [{ url: feedPaths.rss, title: site.name }, ...extra],
    "application/atom+xml": [{ url: feedPaths.atom, title: site.name }],
    "application/feed+json": [{ url: feedPaths.json, title: site.name }],
  };
}

type ShareImage = { url: string; width: number; height: number; alt: string };

const siteShareImage: ShareImage = {
  url: SITE_SHARE_CARD_PATH,
  width: SHARE_CARD.width,
  height: SHARE_CARD.height,
  alt: `${site.name}: ${site.description}`,
};

/**
 * What every page has: description, feeds, Open Graph and X cards, and (given a path) its canonical URL.
 * metadataBase makes paths absolute; Next writes the front page as "https://host", without the slash.
 */
function pageMetadata({
  title,
  description,
  path,
  image = siteShareImage,
  feeds,
}: {
  title?: string;
  description: string;
  path?: string;
  image?: ShareImage;
  feeds?: { url: string; title: string }[];
}): Metadata {
  const shownTitle = title ?? site.name;
  return {
    ...(title === undefined ? {} : { title }),
    description,
    alternates: { ...(path === undefined ? {} : { canonical: path }), types: feedLinks(feeds) },
    openGraph: {
      type: "website",
      title: shownTitle,
      description,
      ...(path === undefined ? {} : { url: path }),
      siteName: site.name,
      locale: ogLocale,
      images: [{ ...image, type: SHARE_CARD.type }],
    },
    twitter: {
      card: "summary_large_image",
      // twitter:creator names a writer's own account; the publication's is twitter:site.
      ...(xAccount ? { site: xAccount } : {}),
      title: truncate(shownTitle, TWITTER_TITLE_MAX),
      description: truncate(description, TWITTER_DESCRIPTION_MAX),
      images: [{ url: image.url, alt: image.alt }],
    },
  };
}

/**
 * The root layout's layer: the origin, the title template, what search engines may show, the feeds.
 * No canonical URL here: a page that sets none (the 404) must not inherit the front page's.
 */
export function siteMetadata(): Metadata {
  return {
    metadataBase: new URL(site.origin),
    title: { default: site.name, template: `%s | ${site.name}` },
    applicationName: site.name,
    icons: siteIcons(),
    // index and follow are what crawlers assume; only the preview limits need saying.
    robots: { "max-image-preview": "large", "max-snippet": -1, "max-video-preview": -1 },
    ...pageMetadata({ description: site.description }),
  };
}

export function frontPageMetadata(): Metadata {
  return { ...pageMetadata({ description: site.description, path: "/" }), icons: siteIcons({ forSearchEngines: true }) };
}

/** "World", then "World — page 3": every page of a listing has its own title and canonical URL. */
const pagedTitle = (title: string, page: number) => (page > 1 ? `${title} — page ${page}` : title);

/** Pages 2 and beyond of the front page's latest news (page 1 is the front page itself). */
export function latestMetadata(page: number): Metadata {
  return pageMetadata({ title: pagedTitle("Latest news", page), description: `The latest news from ${site.name}.`, path: pagePath(LATEST_PATH, page) });
}

export function sectionMetadata(section: Section, page = 1): Metadata {
  return pageMetadata({
    title: pagedTitle(section.name, page),
    description: section.description,
    path: pagePath(sectionPath(section), page),
    feeds: [{ url: sectionFeedPath(section), title: `${site.name}: ${section.name}` }],
  });
}

/** The most-read page: what readers are reading now. */
export function mostReadMetadata(): Metadata {
  return pageMetadata({ title: "Most read", description: `The stories readers of ${site.name} are reading most, in the last hour and the last 24 hours.`, path: MOST_READ_PATH });
}

/** A kind's hub ("/analysis"): described by the kind's definition. */
export function hubMetadata(hub: KindHub, page = 1): Metadata {
  return pageMetadata({ title: pagedTitle(hub.name, page), description: hub.definition, path: pagePath(`/${hub.slug}`, page) });
}

/** A page about the newsroom (content/pages/): about us, standards, ownership, masthead, contact. */
export function newsroomPageMetadata(page: NewsroomPage): Metadata {
  return pageMetadata({ title: page.title, description: page.description, path: standardsPagePath(page.slug) });
}

/** Reporting an error in a story: for the reader who followed the link, never indexed. */
export function reportErrorMetadata(article: Article): Metadata {
  return { title: `Report an error: ${truncate(article.headline, 60)}`, robots: { index: false, follow: false } };
}

export function topicMetadata(tag: Tag, page = 1): Metadata {
  return pageMetadata({
    title: pagedTitle(tag.name, page),
    description: `News and analysis about ${tag.name} from ${site.name}.`,
    path: pagePath(tagPath(tag), page),
  });
}

/** An author's page: shared as a profile, described by their role and bio. */
export function authorMetadata(author: Author, page = 1): Metadata {
  const base = pageMetadata({
    title: pagedTitle(author.name, page),
    description: truncate(`${author.role}, ${site.name}. ${author.bio}`, 300),
    path: pagePath(authorPath(author), page),
  });
  return { ...base, openGraph: { ...base.openGraph, type: "profile" } };
}

/** The archive's index ("" key), a year, a month or a day. */
export function archiveMetadata(key: string, page = 1): Metadata {
  const label = key === "" ? "" : calendarLabel(key, site.locale);
  return pageMetadata({
    title: pagedTitle(label === "" ? "Archive" : `Archive: ${label}`, page),
    description: label === "" ? `Every story ${site.name} has published, by date.` : `Stories ${site.name} published in ${label}.`,
    path: pagePath(archivePath(key), page),
  });
}

/** Results pages are for readers, not for search engines: never indexed, their links followed. */
export function searchMetadata(query: string | undefined, page = 1): Metadata {
  const title = query ? `Search results for “${query.length > 60 ? `${query.slice(0, 60)}…` : query}”` : "Search";
  return { title: pagedTitle(title, page), description: `Search every story ${site.name} has published.`, robots: { index: false, follow: true } };
}

/** An older page of a live story's posts: its own title and canonical address, the story's card. */
export function liveOlderPageMetadata(article: Article, page: number, path: string): Metadata {
  const base = articleMetadata(article);
  return { ...base, title: `${article.headline}: earlier posts, page ${page}`, alternates: { ...base.alternates, canonical: path } };
}

export function articleMetadata(article: Article): Metadata {
  const base = pageMetadata({
    title: article.headline,
    description: article.standfirst,
    path: articlePath(article),
    image: {
      url: shareCardPath(article),
      width: SHARE_CARD.width,
      height: SHARE_CARD.height,
      alt: `${article.headline}: ${article.section.name}, ${site.name}`,
    },
    feeds: [{ url: sectionFeedPath(article.section), title: `${site.name}: ${article.section.name}` }],
  });
  return {
    ...base,
    authors: article.byline.authors.map((author) => ({ name: author.name, url: absoluteUrl(authorPath(author)) })),
    openGraph: {
      ...base.openGraph,
      locale: openGraphLocale(article.language),
      type: "article",
      publishedTime: article.published,
      modifiedTime: article.updated,
      section: article.section.name,
      tags: article.tags.map((tag) => tag.name),
      ...(article.byline.authors.length > 0 ? { authors: article.byline.authors.map((author) => absoluteUrl(authorPath(author))) } : {}),
    },
  };
}
