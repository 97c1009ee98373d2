import { parseFeed } from "@rowanmanning/feed-parser";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleView } from "@/components/article/article-view";
import { AuthorAbout } from "@/components/author/author-profile";
import { serializeJsonLd } from "@/components/seo/serialize-json-ld";
import { HOSTILE, hostileArticle } from "@/content/test-support/hostile-article";
import { parseXml, textsOf, XML_NS } from "@/content/test-support/xml";
import { atomXml, jsonFeed, rssXml, siteChannel } from "./feeds";
import { profilePageJsonLd } from "./json-ld";
import { storyArticleJsonLd } from "./story-json-ld";
import { articleMetadata } from "./metadata";
import { articleUrl, newsSitemapXml, urlsetXml } from "./sitemaps";

const article = hostileArticle();
const now = new Date("2024-03-02T12:00:00Z");

/** What a browser shows for escaped HTML text. */
const decodeEntities = (html: string) =>
  html.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, "&");

describe("a hostile article comes out escaped and intact", () => {
  it("in the article HTML: no tag from the text becomes markup, and the text reads as written", () => {
    const html = renderToStaticMarkup(<ArticleView article={article} now={Date.now()} />);
    // The one script is the share island's file, and nothing of the story's text reaches it.
    expect([...html.matchAll(/<script[^>]*>/g)].map(([tag]) => tag)).toEqual([expect.stringMatching(/^<script type="module" src="\/islands\/share-sheet-[A-Z0-9]{8}\.js">$/)]);
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<b>markup</b>");
    const h1 = /<h1[^>]*>(.*?)<\/h1>/s.exec(html)?.[1] ?? "";
    expect(decodeEntities(h1)).toBe(HOSTILE.headline);
    expect(decodeEntities(html)).toContain(HOSTILE.paragraph);
    expect(decodeEntities(html)).toContain(HOSTILE.standfirst);
  });

  it("in the metadata Next renders into meta tags: the exact strings, left for React to escape", () => {
    const metadata = articleMetadata(article);
    expect(metadata.title).toBe(HOSTILE.headline);
    expect(metadata.description).toBe(HOSTILE.standfirst);
    expect(metadata.openGraph).toMatchObject({ title: HOSTILE.headline, description: HOSTILE.standfirst, tags: [HOSTILE.tag] });
  });

  it("in JSON-LD: nothing can close the script element, and JSON.parse returns the text", () => {
    const json = serializeJsonLd(storyArticleJsonLd(article));
    expect(json).not.toContain("<");
    expect(json).not.toContain("\u2028");
    expect(JSON.parse(json)).toMatchObject({ headline: HOSTILE.headline, description: HOSTILE.standfirst, keywords: [HOSTILE.tag] });
  });

  it("in RSS and Atom, read back by a feed parser", () => {
    const rss = rssXml(siteChannel("/rss.xml"), [article]);
    const atom = atomXml(siteChannel("/atom.xml"), [article]);
    for (const xml of [rss, atom]) {
      const item = parseFeed(xml).items[0];
      expect(item?.title).toBe(HOSTILE.headline);
      expect(item?.description).toBe(HOSTILE.standfirst);
    }
    // The full text is HTML inside XML: once the XML is read, the body's markup-like text is still escaped.
    const [rssHtml] = textsOf(parseXml(rss), XML_NS.content, "encoded");
    const [atomHtml] = textsOf(parseXml(atom), XML_NS.atom, "content");
    const labels = Array.from(parseXml(atom).getElementsByTagNameNS(XML_NS.atom, "category"), (category) => category.getAttribute("label"));
    expect(labels).toContain(HOSTILE.tag);
    expect(textsOf(parseXml(rss), "", "category")).toContain(HOSTILE.tag);
    for (const html of [rssHtml, atomHtml]) {
      expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
      expect(html).not.toContain("<img src=x");
      expect(decodeEntities(html ?? "")).toContain(HOSTILE.paragraph);
    }
  });

  it("in JSON Feed", () => {
    const feed = JSON.parse(JSON.stringify(jsonFeed(siteChannel("/feed.json"), [article])));
    expect(feed.items[0].title).toBe(HOSTILE.headline);
    expect(feed.items[0].content_html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("in the sitemaps", () => {
    expect(textsOf(parseXml(newsSitemapXml([article], now)), XML_NS.news, "title")).toEqual([HOSTILE.headline]);
    expect(textsOf(parseXml(urlsetXml([articleUrl(article)])), XML_NS.sitemap, "loc")).toEqual(["https://www.meridianpost.example/world/hostile-story"]);
  });

  it("in an author's page and ProfilePage: the bio as text, nothing able to close the script element", () => {
    const author = { slug: "hostile-writer", name: HOSTILE.headline, role: `Role & <i>co</i>`, bio: HOSTILE.standfirst, profiles: [{ label: `X </a>`, url: "https://x.com/a?b=1&c=<2>" }] };
    const html = renderToStaticMarkup(<AuthorAbout author={author} />);
    expect(html).not.toContain("<b>markup</b>");
    expect(html).not.toContain("</SCRIPT>");
    expect(decodeEntities(html)).toContain(HOSTILE.standfirst);
    const json = serializeJsonLd(profilePageJsonLd(author, undefined));
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toMatchObject({ mainEntity: { name: HOSTILE.headline, description: HOSTILE.standfirst, sameAs: ["https://x.com/a?b=1&c=<2>"] } });
  });
});
