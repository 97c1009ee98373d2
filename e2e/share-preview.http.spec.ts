import { imageSize } from "image-size";
import ogs from "open-graph-scraper";
import { absoluteUrl, articlePath } from "@/content/urls";
import { expect, test } from "./fixtures";
import { CRAWLERS, local } from "./http";
import { seedArticle } from "./seed-article";

const article = seedArticle();
const canonical = absoluteUrl(articlePath(article));

/** Every <meta>/<link rel=canonical> in the head, as the tags themselves. */
function headTags(html: string): string[] {
  const head = html.slice(0, html.indexOf("</head>"));
  return head.match(/<meta (?:property|name)="(?:og:|article:|twitter:|description|robots)[^>]*>|<link rel="canonical"[^>]*>/g) ?? [];
}

test("an unfurler reads the article's title, type, canonical URL and a large image that really is that size", async ({ request }) => {
  const html = await (await request.get(articlePath(article))).text();
  const { result, error } = await ogs({ html });
  expect(error).toBe(false);
  expect(result.ogTitle).toBe(article.headline);
  expect(result.ogDescription).toBe(article.standfirst);
  expect(result.ogType).toBe("article");
  expect(result.ogUrl).toBe(canonical);
  expect(result.twitterCard).toBe("summary_large_image");

  const [image] = result.ogImage ?? [];
  expect(image?.url).toMatch(/^https:\/\//);
  expect(image).toMatchObject({ width: "1200", height: "630", type: "image/jpeg" });
  const response = await request.get(local(image?.url ?? ""));
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/jpeg");
  const body = await response.body();
  expect(imageSize(body)).toMatchObject({ width: 1200, height: 630, type: "jpg" });
  // WhatsApp drops previews with heavy images.
  expect(body.length).toBeLessThanOrEqual(300 * 1024);
});

test("every crawler gets the same metadata, inside <head> and within the first 32 KB", async ({ request }) => {
  const seen = new Map<string, string[]>();
  for (const [crawler, userAgent] of Object.entries(CRAWLERS)) {
    const html = await (await request.get(articlePath(article), { headers: { "User-Agent": userAgent } })).text();
    const headEnd = html.indexOf("</head>");
    expect(headEnd, crawler).toBeGreaterThan(0);
    expect(headEnd, `${crawler}: </head> within 32 KB`).toBeLessThan(32 * 1024);
    const tags = headTags(html);
    expect(tags.length, crawler).toBeGreaterThan(20);
    seen.set(crawler, tags);
  }
  const [first, ...rest] = [...seen.values()];
  for (const tags of rest) expect(tags).toEqual(first);
});

for (const path of ["/", `/${article.section.slug}`, `/topics/${article.tags[0]?.slug}`]) {
  test(`${path} has a canonical URL, a description and the site's share card`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    const { result } = await ogs({ html });
    // "https://host" and "https://host/" are the same URL; Next writes the front page without the slash.
    expect(new URL(result.ogUrl ?? "").href).toBe(absoluteUrl(path));
    expect(result.ogDescription?.length).toBeGreaterThan(10);
    const [image] = result.ogImage ?? [];
    const response = await request.get(local(image?.url ?? ""));
    expect(imageSize(await response.body())).toMatchObject({ width: 1200, height: 630 });
  });
}

test("the crops for structured data are 16:9, 4:3 and 1:1, each at least 1200 px wide", async ({ request }) => {
  const html = await (await request.get(articlePath(article))).text();
  const { result } = await ogs({ html });
  const blocks = (result.jsonLD ?? []) as Record<string, unknown>[];
  const newsArticle = blocks.find((block) => block["@type"] === "NewsArticle") as { image: string[] } | undefined;
  const sizes = [];
  for (const url of newsArticle?.image ?? []) {
    const response = await request.get(local(url));
    expect(response.status(), url).toBe(200);
    sizes.push(imageSize(await response.body()));
  }
  expect(sizes.map(({ width, height }) => [width, height])).toEqual([
    [1200, 675],
    [1200, 900],
    [1200, 1200],
  ]);
});
