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

export async function measurePageWeight(baseUrl: string, path: string): Promise<PageWeight> {
  const html = await (await fetch(baseUrl + path)).text();
  // noModule scripts (Next's polyfills) are never fetched by the browsers that run modules.
  const scriptTags = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]).filter((tag) => !/\bnoModule\b/i.test(tag));
  const scripts = [...new Set(scriptTags.flatMap((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1] ?? []))];
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
