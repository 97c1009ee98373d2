import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { applyCommit, emptyState, type PublishedState } from "./content-store/state.mjs";
import { createRendererHandler } from "./renderer-handler.mjs";
import { KEEP_HEADER, VERSION_HEADER } from "./renderer-protocol.mjs";
import { requestContext } from "./request-context.mjs";
import { CACHE } from "./security-headers.mjs";
import { listenOnLoopback, rawRequest } from "./test-support/raw-http";

/** Next.js's error shell, as `notFound()` or a render error produces it in production: empty without the runtime. */
const ERROR_SHELL = `<!DOCTYPE html><html id="__next_error__"><head><script src="/_next/static/chunks/main.js" async=""></script></head><body><div hidden=""></div><script>self.__next_f.push([1,"x"])</script></body></html>`;
const FALLBACK = {
  notFound: "<!DOCTYPE html><html><body><h1>Page not found</h1></body></html>",
  serverError: "<!DOCTYPE html><html><body><h1>Something went wrong</h1></body></html>",
  busy: "<!DOCTYPE html><html><body><h1>Very busy right now</h1></body></html>",
  tooMany: "<!DOCTYPE html><html><body><h1>Too many requests</h1></body></html>",
};
const PAGE = `<!DOCTYPE html><html><head><script src="/_next/static/chunks/main.js" async=""></script></head><body><main>${"Story text. ".repeat(300)}</main><script>self.__next_f.push([1,"x"])</script></body></html>`;

type Call = { url: string; method: string; acceptEncoding?: string; version?: number };

describe("the renderer's pipeline", () => {
  let server: Awaited<ReturnType<typeof listenOnLoopback>>;
  let calls: Call[] = [];
  let state: PublishedState;
  /** Runs while the fake Next.js is "rendering" /slow. */
  let duringRender: () => void = () => undefined;

  /** Stands in for Next.js: pages from its incremental cache (x-nextjs-cache), a feed, a 404, assets, error shells. */
  function next(request: IncomingMessage, response: ServerResponse) {
    calls.push({ url: request.url ?? "", method: request.method ?? "", acceptEncoding: request.headers["accept-encoding"], version: requestContext.getStore()?.version });
    const url = request.url ?? "";
    if (url.startsWith("/_next/") || url.startsWith("/islands/")) {
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
    server = await listenOnLoopback((request, response) => createRendererHandler({ handle: next, store, sections: ["world"], fallbackPages: FALLBACK })(request, response));
  });
  afterAll(() => server.close());
  beforeEach(() => {
    calls = [];
    state = emptyState();
    duringRender = () => undefined;
  });

  const get = (path: string, headers: Record<string, string> = {}) => rawRequest(server.origin + path, { headers });

  it("finishes a page: the framework's scripts gone, a CSP that runs this origin's scripts only, an ETag and the article's caching", async () => {
    const response = await get("/world/a-story", { "Accept-Encoding": "gzip" });
    const html = response.body.toString();
    expect(html).toContain("Story text.");
    expect(html).not.toContain("/_next/static/chunks/main.js");
    expect(html).not.toContain("__next_f");
    expect(html).not.toContain("<script");
    expect(response.headers["content-security-policy"]).toContain("script-src 'self';");
    expect(response.headers["content-security-policy"]).not.toMatch(/unsafe-inline|sha256-/);
    expect(response.headers.etag).toMatch(/^"[\w-]{27}"$/);
    expect(response.headers["cache-control"]).toBe(CACHE.article);
    // Next.js is asked for the plain body, whatever the reader accepts: the front compresses.
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(calls[0]).toMatchObject({ url: "/world/a-story", acceptEncoding: undefined, version: 0 });
  });

  it("tells the front what it may keep: pages from Next's cache and search results, not pages rendered for one request", async () => {
    expect((await get("/world/a-story")).headers[KEEP_HEADER]).toBe("1");
    expect((await get("/search?q=oil")).headers[KEEP_HEADER]).toBe("1");
    expect((await get("/dynamic")).headers[KEEP_HEADER]).toBe("0");
    expect((await get("/world/missing")).headers[KEEP_HEADER]).toBe("0");
    expect((await get("/world/a-story")).headers[VERSION_HEADER]).toBe("0");
  });

  it("says not to keep a page a publish overtook while Next.js was rendering it", async () => {
    duringRender = () => {
      state = applyCommit(state, { version: 1, at: Date.now(), upserts: [], deletions: ["x"], images: [] });
    };
    const response = await get("/slow");
    expect(response.headers[KEEP_HEADER]).toBe("0");
    expect(response.headers[VERSION_HEADER]).toBe("0");
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

  it("gives feeds an ETag, and an island's hashed bundle a year's caching", async () => {
    const feed = await get("/rss.xml");
    expect(feed.headers.etag).toBeDefined();
    expect(feed.headers["cache-control"]).toBe(CACHE.feed);
    expect((await get("/islands/share-sheet-ABCD2345.js")).headers["cache-control"]).toBe(CACHE.island);
    expect((await get("/islands/not-hashed.js")).headers["cache-control"]).toBeUndefined();
  });

  it("answers 410 for a story taken down, 404 for one that never was", async () => {
    state = applyCommit(state, { version: 1, at: Date.now(), upserts: [], deletions: ["gone"], images: [] });
    const gone = await get("/world/gone");
    expect(gone.status).toBe(410);
    expect(gone.headers["cache-control"]).toBe(CACHE.error);
    expect((await get("/world/missing")).status).toBe(404);
  });
});

describe("the renderer's pipeline with stories on a schedule", () => {
  let server: Awaited<ReturnType<typeof listenOnLoopback>>;
  /** In twenty seconds a scheduled story goes public: nothing may be kept past that. */
  const schedule = { nextAfter: (now: number) => now + 20_000, expired: (slug: string) => slug === "expired-story" };
  beforeAll(async () => {
    const store = { state: () => emptyState() } as never;
    const next = (request: IncomingMessage, response: ServerResponse) => {
      const url = request.url ?? "";
      response.setHeader("Content-Type", url.endsWith(".xml") ? "application/rss+xml; charset=utf-8" : "text/html; charset=utf-8");
      if (url.endsWith(".xml")) response.setHeader("Cache-Control", CACHE.feed);
      if (url === "/world/expired-story") response.statusCode = 404;
      response.end(url.endsWith(".xml") ? "<rss/>" : "<!DOCTYPE html><html><body><main>page</main></body></html>");
    };
    server = await listenOnLoopback((request, response) => createRendererHandler({ handle: next, store, sections: ["world"], fallbackPages: FALLBACK, schedule })(request, response));
  });
  afterAll(() => server.close());

  it("ends the lifetime of pages and feeds at the next scheduled change", async () => {
    expect((await rawRequest(`${server.origin}/world/a-story`)).headers["cache-control"]).toBe("public, max-age=20, s-maxage=20, stale-while-revalidate=0, stale-if-error=604800");
    expect((await rawRequest(`${server.origin}/world`)).headers["cache-control"]).toBe("public, max-age=0, s-maxage=20, stale-while-revalidate=0, stale-if-error=86400");
    expect((await rawRequest(`${server.origin}/rss.xml`)).headers["cache-control"]).toMatch(/^public, max-age=20, s-maxage=20, stale-while-revalidate=0/);
  });

  it("answers 410 for a story past its expiry, as for a take-down", async () => {
    expect((await rawRequest(`${server.origin}/world/expired-story`)).status).toBe(410);
  });
});
