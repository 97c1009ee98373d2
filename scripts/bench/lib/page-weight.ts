import { withChromium } from "./browser";

/** Bytes a reader downloads for a page, as served (gzip), split by kind. */
export type PageWeight = { htmlGzip: number; jsGzip: number; cssGzip: number; scripts: number; stylesheets: number };

async function gzipBytes(url: string): Promise<number> {
  const response = await fetch(url, { headers: { "Accept-Encoding": "gzip" } });
  // fetch decompresses; the wire size is the Content-Length when the server sent one.
  const length = Number(response.headers.get("content-length"));
  if (length > 0 && response.headers.get("content-encoding") === "gzip") {
    await response.arrayBuffer();
    return length;
  }
  const { gzipSync } = await import("node:zlib");
  return gzipSync(Buffer.from(await response.arrayBuffer())).length;
}

/**
 * The scripts Chromium loads for the page until Next.js's client runtime has booted: tags in the HTML,
 * and those a loader or the runtime adds later (the site starts its framework scripts after the lead photo).
 */
async function scriptsLoaded(url: string): Promise<string[]> {
  return withChromium(async (browser) => {
    const page = await browser.newPage();
    const scripts = new Set<string>();
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.add(response.url());
    });
    await page.goto(url, { waitUntil: "load" });
    await page.waitForFunction(() => "next" in window, undefined, { timeout: 15_000 });
    await page.waitForLoadState("networkidle");
    return [...scripts];
  });
}

export async function measurePageWeight(baseUrl: string, path: string): Promise<PageWeight> {
  const html = await (await fetch(baseUrl + path)).text();
  const scripts = await scriptsLoaded(baseUrl + path);
  const stylesheets = [...new Set([...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1] ?? ""))];
  const sum = async (urls: string[]) => (await Promise.all(urls.map((url) => gzipBytes(new URL(url, baseUrl).href)))).reduce((a, b) => a + b, 0);
  return {
    htmlGzip: await gzipBytes(baseUrl + path),
    jsGzip: await sum(scripts),
    cssGzip: await sum(stylesheets),
    scripts: scripts.length,
    stylesheets: stylesheets.length,
  };
}
