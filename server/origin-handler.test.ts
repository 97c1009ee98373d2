import type { IncomingMessage, ServerResponse } from "node:http";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { applyCommit, emptyState, type PublishedState } from "./content-store/state.mjs";
import { createOriginHandler } from "./origin-handler.mjs";
import { createPageCache } from "./page-cache.mjs";
import { requestContext } from "./request-context.mjs";
import { CACHE } from "./security-headers.mjs";
import { listenOnLoopback, rawRequest } from "./test-support/raw-http";

/** Next.js's error shell, as `notFound()` or a render error produces it in production: empty without the runtime. */
const ERROR_SHELL = `<!DOCTYPE html><html id="__next_error__"><head><script src="/_next/static/chunks/main.js" async=""></script></head><body><div hidden=""></div><script>self.__next_f.push([1,"x"])</script></body></html>`;
const FALLBACK = { notFound: "<!DOCTYPE html><html><body><h1>Page not found</h1></body></html>", serverError: "<!DOCTYPE html><html><body><h1>Something went wrong</h1></body></html>" };

const PAGE = `<!DOCTYPE html><html><head><script src="/_next/static/chunks/main.js" async=""></script></head><body><main>${"Story text. ".repeat(300)}</main><script>self.__next_f.push([1,"x"])</script></body></html>`;

type Call = { url: string; method: string; acceptEncoding?: string; version?: number };

describe("the origin's pipeline", () => {
  let server: Awaited<ReturnType<typeof listenOnLoopback>>;
  let calls: Call[] = [];
  let state: PublishedState;
  let pageCache: ReturnType<typeof createPageCache>;
  let searchCache: ReturnType<typeof createPageCache>;
  /** Runs while the fake Next.js is "rendering" /slow. */
  let duringRender: () => void = () => undefined;

  /** Stands in for Next.js: pages from its incremental cache (x-nextjs-cache), a feed, a 404, assets. */
  function next(request: IncomingMessage, response: ServerResponse) {
    calls.push({ url: request.url ?? "", method: request.method ?? "", acceptEncoding: request.headers["accept-encoding"], version: requestContext.getStore()?.version });
    const url = request.url ?? "";
    if (url.startsWith("/_next/")) {
      response.setHeader("Content-Type", "application/javascript");
      return response.end("console.log(1)");
    }
    if (url === "/rss.xml") {
      response.setHeader("Content-Type", "application/rss+xml; charset=utf-8");
      response.setHeader("Cache-Control", CACHE.feed);
      response.setHeader("x-nextjs-cache", "HIT");
      return response.end("<rss/>");
    }
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.setHeader("Cache-Control", "s-maxage=31536000");
    if (url === "/world/not-found-by-the-page" || url === "/world/broken") {
      response.statusCode = url === "/world/broken" ? 500 : 404;
      return response.end(ERROR_SHELL);
    }
    if (url.startsWith("/world/gone") || url === "/world/missing") {
      response.statusCode = 404;
      return response.end(PAGE.replace("Story text.", "Page not found."));
    }
    // Rendered for this request: a dynamic page, search results.
    if (url !== "/dynamic" && !url.startsWith("/search")) response.setHeader("x-nextjs-cache", "HIT");
    if (url === "/slow") duringRender();
    response.write(PAGE.slice(0, 100));
    response.end(PAGE.slice(100));
  }

  beforeAll(async () => {
    const store = { state: () => state } as never;
    server = await listenOnLoopback((request, response) => createOriginHandler({ handle: next, store, sections: ["world"], pageCache, searchCache, fallbackPages: FALLBACK })(request, response));
  });
  afterAll(() => server.close());
  beforeEach(() => {
    calls = [];
    state = emptyState();
    pageCache = createPageCache({ maxBytes: 1024 * 1024 });
    searchCache = createPageCache({ maxBytes: 256 * 1024 });
    duringRender = () => undefined;
  });

  const get = (path: string, headers: Record<string, string> = {}, method = "GET") => rawRequest(server.origin + path, { method, headers });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 100)); // compression for the memory runs off the main thread

  it("finishes a page: the framework's scripts gone, a CSP that runs this origin's scripts only, an ETag and the article's caching", async () => {
    const response = await get("/world/a-story");
    const html = response.body.toString();
    expect(html).toContain("Story text.");
    expect(html).not.toContain("/_next/static/chunks/main.js");
    expect(html).not.toContain("__next_f");
    expect(html).not.toContain("<script");
    expect(response.headers["content-security-policy"]).toContain("script-src 'self';");
    expect(response.headers["content-security-policy"]).not.toMatch(/unsafe-inline|sha256-/);
    expect(response.headers.etag).toMatch(/^"[\w-]{27}"$/);
    expect(response.headers["cache-control"]).toBe(CACHE.article);
    expect(calls[0]).toMatchObject({ url: "/world/a-story", acceptEncoding: undefined, version: 0 });
  });

  it("gives listings their own caching, and errors none", async () => {
    expect((await get("/world")).headers["cache-control"]).toBe(CACHE.listing);
    const missing = await get("/world/missing");
    expect(missing.status).toBe(404);
    expect(missing.headers["cache-control"]).toBe(CACHE.error);
    expect(missing.headers["content-security-policy"]).toContain("script-src 'self';");
    expect(missing.body.toString()).not.toContain("<script");
  });

  it("answers Next.js's empty error shell with a real page: not found for a 404, something went wrong for a 500", async () => {
    const missing = await get("/world/not-found-by-the-page");
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toBe(FALLBACK.notFound);
    expect(missing.headers["cache-control"]).toBe(CACHE.error);
    const broken = await get("/world/broken");
    expect(broken.status).toBe(500);
    expect(broken.body.toString()).toBe(FALLBACK.serverError);
  });

  it("answers a page from memory after the first reader, compressed as the reader accepts", async () => {
    const first = await get("/world/a-story", { "Accept-Encoding": "gzip, br" });
    expect(first.headers["content-encoding"]).toBe("gzip");
    await settle();
    const second = await get("/world/a-story", { "Accept-Encoding": "gzip, br" });
    expect(second.headers["content-encoding"]).toBe("br");
    const plain = await get("/world/a-story");
    expect(plain.body.toString()).toBe(gunzipSync(first.body).toString());
    expect(calls).toHaveLength(1);
  });

  it("answers If-None-Match with 304, and HEAD with the GET's headers and no body", async () => {
    const first = await get("/world/a-story");
    const notModified = await get("/world/a-story", { "If-None-Match": String(first.headers.etag) });
    expect(notModified.status).toBe(304);
    const head = await get("/world/another", {}, "HEAD");
    expect(head.body.length).toBe(0);
    expect(head.headers["content-security-policy"]).toBeDefined();
    expect(calls.at(-1)?.method).toBe("GET");
  });

  it("gives feeds an ETag and keeps them", async () => {
    const feed = await get("/rss.xml");
    expect(feed.headers.etag).toBeDefined();
    expect(feed.headers["cache-control"]).toBe(CACHE.feed);
    expect(feed.headers["content-security-policy"]).toBeUndefined();
    await settle();
    await get("/rss.xml");
    expect(calls).toHaveLength(1);
  });

  it("keeps search results pages by their query, in their own memory, and only successful ones", async () => {
    await get("/search?q=oil");
    await get("/search?q=gas");
    await settle();
    const again = await get("/search?q=oil", { "Accept-Encoding": "gzip, br" });
    expect(again.headers["content-encoding"]).toBe("gzip"); // kept with gzip only: most queries are asked once
    await get("/search?q=gas");
    expect(calls.map((call) => call.url)).toEqual(["/search?q=oil", "/search?q=gas"]);
    expect(searchCache.size.pages).toBe(2);
    expect(pageCache.size.pages).toBe(0);
  });

  it("keeps nothing rendered for one request, asked with a query, or for the router, and leaves assets alone", async () => {
    await get("/dynamic");
    await get("/world/a-story?utm_source=x");
    await get("/world/a-story", { RSC: "1" });
    const asset = await get("/_next/static/chunks/main.js", { "Accept-Encoding": "gzip" });
    await settle();
    await get("/dynamic");
    await get("/world/a-story?utm_source=x");
    expect(calls.map((call) => call.url)).toEqual(["/dynamic", "/world/a-story?utm_source=x", "/world/a-story", "/_next/static/chunks/main.js", "/dynamic", "/world/a-story?utm_source=x"]);
    expect(calls[3]?.acceptEncoding).toBe("gzip");
    expect(asset.body.toString()).toBe("console.log(1)");
  });

  it("forgets a page a publish overtook while Next.js was rendering it", async () => {
    duringRender = () => {
      state = applyCommit(state, { version: 1, at: Date.now(), upserts: [], deletions: ["x"], images: [] });
    };
    await get("/slow");
    await settle();
    duringRender = () => undefined;
    await get("/slow");
    expect(calls).toHaveLength(2);
  });

  it("answers 410 for a story taken down, 404 for one that never was", async () => {
    state = applyCommit(state, { version: 1, at: Date.now(), upserts: [], deletions: ["gone"], images: [] });
    const gone = await get("/world/gone");
    expect(gone.status).toBe(410);
    expect(gone.headers["cache-control"]).toBe(CACHE.error);
    expect((await get("/world/missing")).status).toBe(404);
  });

  it("still screens what Next.js mishandles", async () => {
    expect((await get("/%zz")).status).toBe(400);
    expect((await get("/", {}, "DELETE")).status).toBe(405);
    expect(calls).toEqual([]);
  });
});
