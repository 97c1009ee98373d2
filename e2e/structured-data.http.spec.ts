import { site } from "@/content/site";
import { absoluteUrl, articlePath, sectionPath } from "@/content/urls";
import { expect, test } from "./fixtures";
import { seedArticle } from "./seed-article";
import { presetFailures } from "./structured-data-presets";

const article = seedArticle();
type Thing = Record<string, unknown> & { "@type": string };

/** Every JSON-LD block in the page, each parsed as JSON (a block that does not parse fails here). */
async function jsonLd(request: import("@playwright/test").APIRequestContext, path: string): Promise<Thing[]> {
  const html = await (await request.get(path)).text();
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((match) => match[1] ?? "");
  expect(blocks.length, path).toBeGreaterThan(0);
  return blocks.map((block) => JSON.parse(block) as Thing);
}

test("the article page describes a NewsArticle with everything Google asks for", async ({ request }) => {
  const blocks = await jsonLd(request, articlePath(article));
  const news = blocks.find((block) => block["@type"] === "NewsArticle");
  const url = absoluteUrl(articlePath(article));
  expect(news).toMatchObject({
    "@context": "https://schema.org",
    headline: article.headline,
    description: article.standfirst,
    datePublished: article.published,
    dateModified: article.updated,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    articleSection: article.section.name,
    keywords: article.tags.map((tag) => tag.name),
    inLanguage: site.locale,
    author: [{ "@type": "Organization", name: article.byline.agency }],
    publisher: {
      "@type": "NewsMediaOrganization",
      "@id": absoluteUrl("/#organization"),
      name: site.name,
      url: absoluteUrl("/"),
      logo: { "@type": "ImageObject", url: expect.stringMatching(/^https:\/\//), width: expect.any(String), height: expect.any(String) },
      sameAs: site.social.map((account) => account.url),
    },
  });
  expect(news?.datePublished).toMatch(/[+-]\d{2}:\d{2}$|Z$/);
  expect(news?.image).toEqual([expect.stringContaining("/16x9.jpg"), expect.stringContaining("/4x3.jpg"), expect.stringContaining("/1x1.jpg")]);
});

test("the article page has a breadcrumb from the front page through its section", async ({ request }) => {
  const breadcrumb = (await jsonLd(request, articlePath(article))).find((block) => block["@type"] === "BreadcrumbList");
  expect(breadcrumb?.itemListElement).toEqual([
    { "@type": "ListItem", position: 1, name: site.name, item: absoluteUrl("/") },
    { "@type": "ListItem", position: 2, name: article.section.name, item: absoluteUrl(sectionPath(article.section)) },
    { "@type": "ListItem", position: 3, name: article.headline, item: absoluteUrl(articlePath(article)) },
  ]);
});

test("the front page names the WebSite and the publisher, whose sameAs is the follow-us bar", async ({ request }) => {
  const blocks = await jsonLd(request, "/");
  expect(blocks.find((block) => block["@type"] === "WebSite")).toMatchObject({ name: site.name, url: absoluteUrl("/") });
  const organization = blocks.find((block) => block["@type"] === "NewsMediaOrganization");
  expect(organization).toMatchObject({ "@id": absoluteUrl("/#organization"), name: site.name, sameAs: site.social.map((account) => account.url) });
  const logo = organization?.logo as { url: string } | undefined;
  expect((await request.get(logo?.url.replace(site.origin, "") ?? "")).status()).toBe(200);
});

test("every page kind passes structured-data-testing-tool's Google, Twitter and Facebook presets", async ({ request, archiveSite }) => {
  const pages = [articlePath(article), "/", sectionPath(article.section), `/topics/${article.tags[0]?.slug}`, "/archive"];
  for (const path of pages) expect(await presetFailures(await (await request.get(path)).text()), path).toEqual([]);
  for (const path of ["/world/archive-story-000007", "/world/archive-story-000008", "/authors/amira-haddad", "/world/page/2", "/archive/2025/03/14"]) {
    expect(await presetFailures(await (await request.get(archiveSite.url + path)).text()), path).toEqual([]);
  }
});
