import { articlePath, feedPaths, sectionPath } from "@/content/urls";
import { expect, test } from "./fixtures";
import { seedArticle } from "./seed-article";

const article = seedArticle();

const directives = (header: string | undefined) => new Set((header ?? "").split(",").map((part) => part.trim().split("=")[0]));

test("articles and pages are public for a CDN, with stale-while-revalidate and stale-if-error", async ({ request }) => {
  for (const path of [articlePath(article), "/", sectionPath(article.section)]) {
    const cache = directives((await request.get(path)).headers()["cache-control"]);
    for (const directive of ["public", "s-maxage", "stale-while-revalidate", "stale-if-error"]) expect(cache, `${path}: ${directive}`).toContain(directive);
  }
});

test("feeds, sitemaps and share images are cacheable; hashed assets (the stylesheet, fonts, islands) are immutable", async ({ request }) => {
  for (const path of [feedPaths.rss, "/sitemap.xml", "/share/site.jpg"]) {
    expect(directives((await request.get(path)).headers()["cache-control"]), path).toContain("public");
  }
  const html = await (await request.get(articlePath(article))).text();
  const assets = [
    /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1],
    /<link rel="preload" href="(\/_next\/static\/media\/[^"]+\.woff2)"/.exec(html)?.[1],
    /<script type="module" src="(\/islands\/[^"]+\.js)"/.exec(html)?.[1],
  ];
  for (const asset of assets) {
    expect(asset).toBeDefined();
    expect((await request.get(asset ?? "")).headers()["cache-control"], asset).toBe("public, max-age=31536000, immutable");
  }
});

test("404s and refusals are never public", async ({ request }) => {
  for (const path of ["/no-such-page", `/${article.section.slug}/no-such-story`, "/share/no-such-story/card.jpg", "/%zz"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBeGreaterThanOrEqual(400);
    expect(directives(response.headers()["cache-control"]), path).not.toContain("public");
  }
  const refused = await request.post(articlePath(article));
  expect(refused.status()).toBe(405);
  expect(directives(refused.headers()["cache-control"])).not.toContain("public");
});

test("ETag and If-None-Match give a 304 without a body", async ({ request }) => {
  const first = await request.get(articlePath(article));
  const etag = first.headers().etag;
  expect(etag).toBeTruthy();
  const again = await request.get(articlePath(article), { headers: { "If-None-Match": etag ?? "" } });
  expect(again.status()).toBe(304);
  expect((await again.body()).length).toBe(0);
});

test("every kind of response carries the security headers", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const script = /"(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(html)?.[1] ?? "";
  const paths = ["/", articlePath(article), "/no-such-page", feedPaths.rss, "/sitemap.xml", "/share/site.jpg", "/brand/icon-192.png", script, `/_next/image?url=${encodeURIComponent(article.image.src)}&w=640&q=75`];
  for (const path of paths) {
    const headers = (await request.get(path)).headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["cross-origin-opener-policy"], path).toBe("same-origin");
    expect(headers["cross-origin-resource-policy"], path).toMatch(/^(same-origin|cross-origin)$/);
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]?.split(",").length, `${path}: one policy`).toBe(1);
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});
