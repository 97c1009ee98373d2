import { withChromium } from "./browser";
import { scriptsOnTheWire } from "./page-weight";

export type ReaderPageWeight = { path: string; status: number; htmlBytes: number; htmlGzip: number; scriptBytes: number; scripts: string[] };

/**
 * Each page as a reader's browser gets it: its status, its HTML (raw, and gzip as sent) and every
 * script it fetches before and after load.
 */
export async function weighReaderPages(baseUrl: string, paths: readonly string[]): Promise<ReaderPageWeight[]> {
  return withChromium(async (browser) => {
    const weights: ReaderPageWeight[] = [];
    for (const path of paths) {
      const plain = await fetch(baseUrl + path);
      const html = Buffer.from(await plain.arrayBuffer());
      const gzip = await fetch(baseUrl + path, { headers: { "Accept-Encoding": "gzip" } });
      const htmlGzip = Number(gzip.headers.get("content-length")) || (await import("node:zlib")).gzipSync(html).length;
      await gzip.arrayBuffer();
      const context = await browser.newContext();
      const scripts = await scriptsOnTheWire(await context.newPage(), baseUrl + path);
      await context.close();
      weights.push({
        path,
        status: plain.status,
        htmlBytes: html.length,
        htmlGzip,
        scriptBytes: scripts.reduce((total, script) => total + script.bytes, 0),
        scripts: scripts.map((script) => new URL(script.url).pathname),
      });
    }
    return weights;
  });
}
