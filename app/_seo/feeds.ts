/**
 * RSS 2.0 (with content:encoded, media:content, dc:creator and atom:link self), Atom 1.0 and JSON Feed 1.1.
 * Written here rather than with the `feed` package, whose RSS puts bare names in <author> (RSS wants an
 * e-mail there) and has no media:content. XML escaping is xmlbuilder2's.
 */
import { create } from "xmlbuilder2";
import { literal, literalAttributes } from "./xml-text";
import { bylineNames } from "@/components/article/byline-names";
import type { Article } from "@/content/schema";
import { site } from "@/content/site";
import { absoluteUrl, articlePath } from "@/content/urls";
import { articleHtml } from "./body-html";

/** Feed readers poll often; 50 items covers a busy day. */
export const FEED_ITEM_LIMIT = 50;

const NS = {
  atom: "http://www.w3.org/2005/Atom",
  content: "http://purl.org/rss/1.0/modules/content/",
  dc: "http://purl.org/dc/elements/1.1/",
  media: "http://search.yahoo.com/mrss/",
  xmlns: "http://www.w3.org/2000/xmlns/",
};

export type FeedChannel = { title: string; description: string; homePath: string; feedPath: string };

/** The whole site's channel, served at `feedPath`. */
export const siteChannel = (feedPath: string): FeedChannel => ({ title: site.name, description: site.description, homePath: "/", feedPath });

/** RFC 822 dates, as RSS requires: "Thu, 14 Nov 2013 18:23:00 GMT". */
const rfc822 = (iso: string) => new Date(iso).toUTCString();

const imageType = (src: string) => (/\.png$/.test(src) ? "image/png" : /\.webp$/.test(src) ? "image/webp" : /\.avif$/.test(src) ? "image/avif" : "image/jpeg");

export function rssXml(channel: FeedChannel, latestFirst: readonly Article[]): string {
  const items = latestFirst.slice(0, FEED_ITEM_LIMIT);
  const rss = create({ version: "1.0", encoding: "UTF-8" })
    .ele("rss", literalAttributes({ version: "2.0" }))
    .att(NS.xmlns, "xmlns:atom", NS.atom)
    .att(NS.xmlns, "xmlns:content", NS.content)
    .att(NS.xmlns, "xmlns:dc", NS.dc)
    .att(NS.xmlns, "xmlns:media", NS.media);
  const ch = rss.ele("channel");
  ch.ele("title").txt(literal(channel.title));
  ch.ele("link").txt(literal(absoluteUrl(channel.homePath)));
  ch.ele("description").txt(literal(channel.description));
  ch.ele("language").txt(literal(site.locale));
  if (items[0]) ch.ele("lastBuildDate").txt(literal(rfc822(items[0].updated)));
  ch.ele(NS.atom, "atom:link", literalAttributes({ href: absoluteUrl(channel.feedPath), rel: "self", type: "application/rss+xml" }));

  for (const article of items) {
    const link = absoluteUrl(articlePath(article));
    const item = ch.ele("item");
    item.ele("title").txt(literal(article.headline));
    item.ele("link").txt(literal(link));
    item.ele("guid", literalAttributes({ isPermaLink: "true" })).txt(literal(link));
    item.ele("pubDate").txt(literal(rfc822(article.published)));
    item.ele("description").txt(literal(article.standfirst));
    item.ele(NS.content, "content:encoded").txt(literal(articleHtml(article)));
    for (const name of bylineNames(article.byline)) item.ele(NS.dc, "dc:creator").txt(literal(name.name));
    // RSS has no language per item: Dublin Core's says it where the story is not in the feed's.
    if (article.language !== site.locale) item.ele(NS.dc, "dc:language").txt(literal(article.language));
    item.ele("category").txt(literal(article.section.name));
    for (const tag of article.tags) item.ele("category").txt(literal(tag.name));
    const media = item.ele(NS.media, "media:content", literalAttributes({
      url: absoluteUrl(article.image.src),
      medium: "image",
      type: imageType(article.image.src),
      width: String(article.image.width),
      height: String(article.image.height),
    }));
    media.ele(NS.media, "media:description").txt(literal(article.image.caption));
    media.ele(NS.media, "media:credit").txt(literal(article.image.credit));
  }
  return rss.end({ prettyPrint: true });
}

export function atomXml(channel: FeedChannel, latestFirst: readonly Article[]): string {
  const items = latestFirst.slice(0, FEED_ITEM_LIMIT);
  const feed = create({ version: "1.0", encoding: "UTF-8" }).ele(NS.atom, "feed").att("xml:lang", site.locale);
  feed.ele("title").txt(literal(channel.title));
  feed.ele("subtitle").txt(literal(channel.description));
  feed.ele("id").txt(literal(absoluteUrl(channel.homePath)));
  feed.ele("link", literalAttributes({ rel: "alternate", type: "text/html", href: absoluteUrl(channel.homePath) }));
  feed.ele("link", literalAttributes({ rel: "self", type: "application/atom+xml", href: absoluteUrl(channel.feedPath) }));
  // Atom requires <updated>; an empty feed has changed no later than the epoch.
  feed.ele("updated").txt(literal(items[0]?.updated ?? new Date(0).toISOString()));
  feed.ele("author").ele("name").txt(literal(site.name));

  for (const article of items) {
    const link = absoluteUrl(articlePath(article));
    const entry = feed.ele("entry");
    if (article.language !== site.locale) entry.att("xml:lang", article.language);
    entry.ele("title").txt(literal(article.headline));
    entry.ele("id").txt(literal(link));
    entry.ele("link", literalAttributes({ rel: "alternate", type: "text/html", href: link }));
    entry.ele("published").txt(literal(article.published));
    entry.ele("updated").txt(literal(article.updated));
    entry.ele("summary").txt(literal(article.standfirst));
    entry.ele("content", literalAttributes({ type: "html" })).txt(literal(articleHtml(article)));
    for (const name of bylineNames(article.byline)) entry.ele("author").ele("name").txt(literal(name.name));
    entry.ele("category", literalAttributes({ term: article.section.slug, label: article.section.name }));
    for (const tag of article.tags) entry.ele("category", literalAttributes({ term: tag.slug, label: tag.name }));
    entry.ele("link", literalAttributes({ rel: "enclosure", type: imageType(article.image.src), href: absoluteUrl(article.image.src) }));
  }
  return feed.end({ prettyPrint: true });
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
export function jsonFeed(channel: FeedChannel, latestFirst: readonly Article[]) {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: channel.title,
    description: channel.description,
    home_page_url: absoluteUrl(channel.homePath),
    feed_url: absoluteUrl(channel.feedPath),
    language: site.locale,
    items: latestFirst.slice(0, FEED_ITEM_LIMIT).map((article) => ({
      id: absoluteUrl(articlePath(article)),
      url: absoluteUrl(articlePath(article)),
      ...(article.language === site.locale ? {} : { language: article.language }),
      title: article.headline,
      summary: article.standfirst,
      content_html: articleHtml(article),
      image: absoluteUrl(article.image.src),
      date_published: article.published,
      date_modified: article.updated,
      authors: bylineNames(article.byline).map((name) => ({ name: name.name, ...(name.href ? { url: absoluteUrl(name.href) } : {}) })),
      tags: [article.section.name, ...article.tags.map((tag) => tag.name)],
    })),
  };
}
