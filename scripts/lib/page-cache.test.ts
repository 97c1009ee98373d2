import type { IncomingHttpHeaders } from "node:http";
import { brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { chooseEncoding, createPageCache } from "./page-cache.mjs";
import { listenOnLoopback, rawRequest } from "./test-support/raw-http";

describe("chooseEncoding", () => {
  it.each([
    ["gzip, deflate, br, zstd", "br"],
    ["gzip", "gzip"],
    ["br;q=0, gzip", "gzip"],
    ["*", "br"],
    ["identity", "identity"],
    [undefined, "identity"],
  ])("%s → %s", (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});

describe("the page cache", () => {
  const PAGE = "<!DOCTYPE html><html><body>" + "Story text. ".repeat(500) + "</body></html>";
  let server: Awaited<ReturnType<typeof listenOnLoopback>>;
  let nextCalls: { url: string; acceptEncoding?: string }[] = [];
  let cache: ReturnType<typeof createPageCache>;

  beforeAll(async () => {
    // Stands in for Next.js: a prerendered page (x-nextjs-cache: HIT) and a page rendered per request,
    // gzipped for a reader who accepts it, as Next.js's compression does.
    server = await listenOnLoopback((request, response) => {
      cache.handle(request, response, () => {
        nextCalls.push({ url: request.url ?? "", acceptEncoding: request.headers["accept-encoding"] });
        response.setHeader("Content-Type", "text/html; charset=utf-8");
        response.setHeader("ETag", '"page-v1"');
        response.setHeader("Cache-Control", "public, max-age=60");
        response.setHeader("x-nextjs-prerender", ["1", "1"]);
        if (request.url !== "/dynamic") response.setHeader("x-nextjs-cache", "HIT");
        if (!request.headers["accept-encoding"]?.includes("gzip")) return response.end(PAGE);
        response.setHeader("Content-Encoding", "gzip");
        response.end(gzipSync(PAGE));
      });
    });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    nextCalls = [];
    cache = createPageCache({ pages: new Set(["/world/a-story", "/dynamic", "/سوريا"]), maxBytes: 1024 * 1024 });
  });

  const get = (path: string, headers: Record<string, string> = {}, method = "GET") => rawRequest(server.origin + path, { method, headers });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50)); // compression runs off the main thread

  it("asks Next.js once, then answers from memory with the same headers and body", async () => {
    const first = await get("/world/a-story");
    await settle();
    const second = await get("/world/a-story");
    expect(nextCalls).toEqual([{ url: "/world/a-story", acceptEncoding: undefined }]);
    expect(second.body.toString()).toBe(PAGE);
    expect(first.body.toString()).toBe(PAGE);
    const withoutDate = (headers: IncomingHttpHeaders) => Object.fromEntries(Object.entries(headers).filter(([name]) => name !== "date"));
    expect(withoutDate(second.headers)).toEqual(withoutDate(first.headers));
  });

  it("keeps the plain page when Next.js compressed it for the first reader", async () => {
    const first = await get("/world/a-story", { "Accept-Encoding": "gzip" });
    expect(first.headers["content-encoding"]).toBe("gzip");
    await settle();
    expect((await get("/world/a-story")).body.toString()).toBe(PAGE);
    expect(nextCalls).toHaveLength(1);
  });

  it("sends Brotli or gzip where the reader accepts them, each with its own ETag", async () => {
    await get("/world/a-story");
    await settle();
    const br = await get("/world/a-story", { "Accept-Encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(PAGE);
    expect(br.headers.etag).toBe('"page-v1-br"');
    const gz = await get("/world/a-story", { "Accept-Encoding": "gzip" });
    expect(gunzipSync(gz.body).toString()).toBe(PAGE);
    expect(Number(gz.headers["content-length"])).toBe(gz.body.length);
  });

  it("answers If-None-Match with 304 and HEAD with headers only", async () => {
    await get("/world/a-story");
    await settle();
    const notModified = await get("/world/a-story", { "If-None-Match": '"page-v1"' });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    const head = await get("/world/a-story", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers["content-length"])).toBe(Buffer.byteLength(PAGE));
  });

  it("leaves to Next.js router requests, query strings, other paths and pages not served from the prerender cache", async () => {
    await get("/world/a-story");
    await get("/dynamic");
    await settle();
    nextCalls = [];
    await get("/world/a-story", { RSC: "1" });
    await get("/world/a-story?x=1");
    await get("/world/another-story");
    await get("/dynamic");
    expect(nextCalls.map((call) => call.url)).toEqual(["/world/a-story", "/world/a-story?x=1", "/world/another-story", "/dynamic"]);
  });

  it("finds a page by its decoded path", async () => {
    await get("/%D8%B3%D9%88%D8%B1%D9%8A%D8%A7");
    await settle();
    await get("/%D8%B3%D9%88%D8%B1%D9%8A%D8%A7");
    expect(nextCalls).toHaveLength(1);
  });

  it("keeps within its memory bound, dropping the least recently used page", async () => {
    cache = createPageCache({ pages: new Set(["/world/a-story", "/سوريا"]), maxBytes: Buffer.byteLength(PAGE) + 400 });
    await get("/world/a-story");
    await settle();
    await get("/%D8%B3%D9%88%D8%B1%D9%8A%D8%A7");
    await settle();
    expect(cache.size.pages).toBe(1);
    expect(cache.size.bytes).toBeLessThanOrEqual(Buffer.byteLength(PAGE) + 400);
  });

  it("is off with no memory", async () => {
    cache = createPageCache({ pages: new Set(["/world/a-story"]), maxBytes: 0 });
    await get("/world/a-story");
    await settle();
    await get("/world/a-story");
    expect(nextCalls).toHaveLength(2);
  });
});
