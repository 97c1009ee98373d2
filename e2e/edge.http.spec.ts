import { expect, test } from "./fixtures";
import { Newsroom } from "@/scripts/lib/newsroom";
import { startEdge, type Edge } from "@/scripts/lib/edge";
import { freePort } from "@/scripts/lib/local-servers";

/**
 * Through the repository's own edge (deploy/nginx with nginx's default buffers): every kind of page
 * answers with headers that any edge, CDN or client accepts, and listings stay small, at any size of
 * the archive; a correction reaches readers of the edge within the minute.
 */
const HEADER_LIMIT = 8 * 1024;
const LISTING_LIMIT = 100 * 1024;

/** The bytes of a response's status line and headers, as they came. */
async function headerBytes(url: string): Promise<{ status: number; headers: number; body: number }> {
  const response = await fetch(url, { headers: { "Accept-Encoding": "identity" } });
  const body = (await response.arrayBuffer()).byteLength;
  let headers = `HTTP/1.1 ${response.status} ${response.statusText}\r\n`.length + 2;
  response.headers.forEach((value, name) => (headers += `${name}: ${value}\r\n`.length));
  return { status: response.status, headers, body };
}

test.describe("through the edge", () => {
  let edge: Edge;
  test.beforeAll(async ({ archiveSite }) => {
    edge = await startEdge({ port: await freePort(), upstreams: [Number(new URL(archiveSite.url).port)] });
  });
  test.afterAll(async () => edge?.stop());

  test("every kind of response has under 8 KB of headers, and no listing page is over 100 KB", async () => {
    const listings = ["/", "/page/2", "/world", "/world/page/3", "/topics/benchmark", "/topics/benchmark/page/2", "/archive", "/archive/2025", "/archive/2025/03", "/archive/2025/03/14", "/archive/2025/03/14/page/2"];
    const others = ["/world/archive-story-000030", "/rss.xml", "/feed.json", "/sitemap.xml", "/sitemaps/pages-1.xml", "/sitemaps/articles-2025-03.xml", "/sitemaps/news.xml", "/robots.txt", "/share/archive-story-000030/card.jpg", "/no-such-page", "/world/page/9"];
    for (const path of [...listings, ...others]) {
      const { status, headers, body } = await headerBytes(edge.url + path);
      expect(status, path).toBe(path === "/no-such-page" || path === "/world/page/9" ? 404 : 200);
      expect(headers, `${path}: header bytes`).toBeLessThan(HEADER_LIMIT);
      if (listings.includes(path)) expect(body, `${path}: HTML bytes`).toBeLessThan(LISTING_LIMIT);
    }
  });

  test("answers that depend on the query string are kept by it: each search its own results, each image width its own image", async () => {
    for (const round of ["first", "cached"]) {
      for (const [query, story] of [["story 30", "/world/archive-story-000030"], ["story 31", "/world/archive-story-000031"]] as const) {
        const html = await (await fetch(`${edge.url}/search?q=${encodeURIComponent(query)}`)).text();
        expect(html, `${round}: ${query}`).toContain(`“${query}”`);
        expect(html, `${round}: ${query}`).toContain(`href="${story}"`);
      }
    }
    const image = (width: number) => fetch(`${edge.url}/_next/image?url=${encodeURIComponent("/images/articles/putin-discusses-syria-peace-efforts-with-assad.jpg")}&w=${width}&q=75`, { headers: { Accept: "image/webp" } });
    const sizes = new Map<number, number>();
    for (const round of [1, 2]) {
      for (const width of [640, 1200]) {
        const bytes = (await (await image(width)).arrayBuffer()).byteLength;
        if (round === 1) sizes.set(width, bytes);
        else expect(bytes, `width ${width}, from the cache`).toBe(sizes.get(width));
      }
    }
    expect(sizes.get(640)).toBeLessThan(sizes.get(1200) ?? 0);
  });

  test("made-up query strings on a page are one cached copy, not a way around the cache", async () => {
    await fetch(`${edge.url}/world`);
    const busted = await fetch(`${edge.url}/world?nocache=${Date.now()}`);
    expect(busted.headers.get("x-cache-status")).toBe("HIT");
  });
});

test("a correction reaches readers through the edge within the minute", async () => {
  test.setTimeout(150_000);
  const newsroom = await Newsroom.open();
  const edge = await startEdge({ port: await freePort(), upstreams: [Number(new URL(newsroom.url).port)] });
  try {
    const options = { prefix: "edge-story", sections: ["world"], start: new Date("2025-06-01T09:00:00Z"), stepMs: 60_000, image: { src: "/images/articles/putin-discusses-syria-peace-efforts-with-assad.jpg", width: 1600, height: 1200 } };
    newsroom.writeSynthetic(0, 1, { ...options, headline: () => "Edge story: first version" });
    expect(newsroom.publish().status).toBe(0);
    const page = `${edge.url}/world/edge-story-000000`;
    expect(await (await fetch(page)).text()).toContain("Edge story: first version");
    expect((await fetch(page)).headers.get("x-cache-status")).toBe("HIT");

    newsroom.writeSynthetic(0, 1, { ...options, headline: () => "Edge story: corrected" });
    expect(newsroom.publish().status).toBe(0);
    const published = Date.now();
    await expect.poll(async () => (await (await fetch(page)).text()).includes("Edge story: corrected"), { timeout: 60_000, intervals: [1000] }).toBe(true);
    expect(Date.now() - published).toBeLessThan(60_000);
  } finally {
    await edge.stop();
    await newsroom.close();
  }
});
