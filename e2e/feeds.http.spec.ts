import { parseFeed } from "@rowanmanning/feed-parser";
import { absoluteUrl, articlePath, feedPaths, sectionFeedPath } from "@/content/urls";
import { expect, test } from "./fixtures";
import { seedArticle, seedParagraphs } from "./seed-article";

const article = seedArticle();
const canonical = absoluteUrl(articlePath(article));
const paragraphs = seedParagraphs();

const feeds = [
  { name: "the RSS feed", path: feedPaths.rss, type: "application/rss+xml; charset=utf-8" },
  { name: "the Atom feed", path: feedPaths.atom, type: "application/atom+xml; charset=utf-8" },
  { name: "the section's RSS feed", path: sectionFeedPath(article.section), type: "application/rss+xml; charset=utf-8" },
];

for (const feed of feeds) {
  test(`${feed.name} carries the seed article in full, with its canonical link`, async ({ request }) => {
    const response = await request.get(feed.path);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe(feed.type);
    const parsed = parseFeed(await response.text());
    expect(parsed.self).toBe(absoluteUrl(feed.path));
    const item = parsed.items.find((candidate) => candidate.url === canonical);
    expect(item?.title).toBe(article.headline);
    expect(item?.id).toBe(canonical);
    expect(new Date(item?.published ?? 0).toISOString()).toBe(new Date(article.published).toISOString());
    for (const paragraph of paragraphs) expect(item?.content).toContain(paragraph);
    expect(item?.categories.map((category) => category.label)).toEqual(expect.arrayContaining([article.section.name, ...article.tags.map((tag) => tag.name)]));
    expect(item?.authors.map((author) => author.name)).toEqual([article.byline.agency]);
    expect(item?.media.map((media) => media.url)).toContain(absoluteUrl(article.image.src));
  });
}

test("the JSON Feed carries the seed article in full", async ({ request }) => {
  const response = await request.get(feedPaths.json);
  expect(response.headers()["content-type"]).toBe("application/feed+json; charset=utf-8");
  const feed = await response.json();
  expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
  expect(feed.feed_url).toBe(absoluteUrl(feedPaths.json));
  const item = feed.items.find((candidate: { url: string }) => candidate.url === canonical);
  expect(item.title).toBe(article.headline);
  for (const paragraph of paragraphs) expect(item.content_html).toContain(paragraph.replace(/&/g, "&amp;"));
});

test("every page advertises the feeds in <head>, within the first 32 KB", async ({ request }) => {
  for (const path of ["/", articlePath(article), `/${article.section.slug}`, `/topics/${article.tags[0]?.slug}`, "/no-such-page"]) {
    const html = await (await request.get(path)).text();
    expect(html.indexOf("</head>"), path).toBeLessThan(32 * 1024);
    const head = html.slice(0, html.indexOf("</head>"));
    expect(head, path).toContain(`<link rel="alternate" type="application/rss+xml" href="${absoluteUrl(feedPaths.rss)}"`);
    expect(head, path).toContain(`<link rel="alternate" type="application/atom+xml" href="${absoluteUrl(feedPaths.atom)}"`);
  }
});
