import type { Page } from "@playwright/test";
import { withChromium } from "./browser";

/** Bytes a reader downloads for a page, as served (gzip), split by kind. */
/** `jsWire`: every script as it crossed the wire, compressed, headers included. */
export type PageWeight = { htmlBytes: number; htmlGzip: number; jsWire: number; cssGzip: number; scripts: string[]; stylesheets: number };

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
 * Every script a page has Chromium fetch, before and after load, with its bytes on the wire: tags in
 * the HTML, and whatever a loader, a framework or an island adds later (the network idle for a second,
 * then two more seconds).
 */
export async function scriptsOnTheWire(page: Page, url: string): Promise<{ url: string; bytes: number }[]> {
  const scripts: Promise<{ url: string; bytes: number }>[] = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() === "script") scripts.push(request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize })));
  });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(2_000);
  return Promise.all(scripts);
}

export async function measurePageWeight(baseUrl: string, path: string): Promise<PageWeight> {
  const html = await (await fetch(baseUrl + path)).text();
  const scripts = await withChromium(async (browser) => scriptsOnTheWire(await browser.newPage(), baseUrl + path));
  const stylesheets = [...new Set([...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1] ?? ""))];
  const sum = async (urls: string[]) => (await Promise.all(urls.map((url) => gzipBytes(new URL(url, baseUrl).href)))).reduce((a, b) => a + b, 0);
  return {
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: await gzipBytes(baseUrl + path),
    jsWire: scripts.reduce((total, script) => total + script.bytes, 0),
    cssGzip: await sum(stylesheets),
    scripts: scripts.map((script) => new URL(script.url).pathname),
    stylesheets: stylesheets.length,
  };
}
