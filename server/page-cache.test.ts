import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseEncoding, compress, createPageCache, send, type Finished } from "./page-cache.mjs";
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

const PAGE = "<!DOCTYPE html><html><body>" + "Story text. ".repeat(500) + "</body></html>";
const finished = (body = PAGE): Finished => ({
  status: 200,
  headers: { "content-type": "text/html; charset=utf-8", "cache-control": "public, max-age=60" },
  etag: '"page-v1"',
  bodies: { identity: Buffer.from(body) },
  compressible: true,
});

describe("send", () => {
  let server: Awaited<ReturnType<typeof listenOnLoopback>>;
  let current: Finished;
  beforeAll(async () => {
    current = await compress(finished());
    server = await listenOnLoopback((request, response) => send(current, request, response));
  });
  afterAll(() => server.close());
  const get = (headers: Record<string, string> = {}, method = "GET") => rawRequest(`${server.origin}/`, { method, headers });

  it("sends Brotli or gzip where the reader accepts them, each with its own ETag, and says it varies", async () => {
    const br = await get({ "Accept-Encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(PAGE);
    expect(br.headers.etag).toBe('"page-v1-br"');
    expect(br.headers.vary).toBe("Accept-Encoding");
    const gz = await get({ "Accept-Encoding": "gzip" });
    expect(gunzipSync(gz.body).toString()).toBe(PAGE);
    expect(Number(gz.headers["content-length"])).toBe(gz.body.length);
    const plain = await get();
    expect(plain.body.toString()).toBe(PAGE);
    expect(plain.headers.etag).toBe('"page-v1"');
  });

  it("answers If-None-Match with 304 and no body, and HEAD with headers only", async () => {
    const notModified = await get({ "If-None-Match": '"page-v1"' });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    expect(notModified.headers["cache-control"]).toBe("public, max-age=60");
    const head = await get({}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers["content-length"])).toBe(Buffer.byteLength(PAGE));
  });

  it("never answers 304 for the ETag of another encoding", async () => {
    expect((await get({ "If-None-Match": '"page-v1-br"' })).status).toBe(200);
  });
});

describe("the page cache", () => {
  it("gives back what it was given, most recently used last", () => {
    const cache = createPageCache({ maxBytes: 1024 * 1024 });
    cache.put("/a", finished());
    expect(cache.get("/a")?.bodies.identity.toString()).toBe(PAGE);
    expect(cache.get("/b")).toBeUndefined();
  });

  it("keeps within its memory bound, dropping the least recently used page", () => {
    const cache = createPageCache({ maxBytes: Buffer.byteLength(PAGE) * 2 + 10 });
    cache.put("/a", finished());
    cache.put("/b", finished());
    cache.get("/a");
    cache.put("/c", finished());
    expect(cache.size.pages).toBe(2);
    expect(cache.get("/b")).toBeUndefined();
    expect(cache.get("/a")).toBeDefined();
  });

  it("forgets everything at once when the content changes", () => {
    const cache = createPageCache({ maxBytes: 1024 * 1024 });
    cache.put("/a", finished());
    cache.clear();
    expect(cache.size).toEqual({ pages: 0, bytes: 0 });
  });

  it("drops only the pages a publish changed, and counts their bytes out", () => {
    const cache = createPageCache({ maxBytes: 1024 * 1024 });
    for (const key of ["/world/live", "/world/live/page/2", "/world/other"]) cache.put(key, finished());
    cache.drop((key) => key.startsWith("/world/live"));
    expect(cache.size).toEqual({ pages: 1, bytes: Buffer.byteLength(PAGE) });
    expect(cache.get("/world/other")).toBeDefined();
  });

  it("is off with no memory", () => {
    const cache = createPageCache({ maxBytes: 0 });
    expect(cache.enabled).toBe(false);
    cache.put("/a", finished());
    expect(cache.get("/a")).toBeUndefined();
  });
});
