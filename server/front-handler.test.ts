import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createLane } from "./admission.mjs";
import { createFrontHandler } from "./front-handler.mjs";
import { createPageCache } from "./page-cache.mjs";
import { createRateLimiter } from "./rate-limit.mjs";
import { Unavailable, type Forwarded, type Rendered } from "./render-pool.mjs";
import { KEEP_HEADER, VERSION_HEADER } from "./renderer-protocol.mjs";
import { CACHE } from "./security-headers.mjs";
import { listenOnLoopback, rawRequest } from "./test-support/raw-http";

const PAGES = { busy: "<!DOCTYPE html><h1>Very busy right now</h1>", tooMany: "<!DOCTYPE html><h1>Too many requests</h1>" };
const HTML = "text/html; charset=utf-8";
const settle = () => new Promise((resolve) => setTimeout(resolve, 100)); // compression for the memory runs off the main thread

/** Stands in for a renderer: what it answers for each path, and every request it was sent. */
function fakeRenderer() {
  const calls: Forwarded[] = [];
  let version = 0;
  let behaviour: (request: Forwarded) => Promise<Rendered> | Rendered = (request) => {
    const path = request.url.split("?")[0] ?? "";
    const page = (body: string, keep = "1", headers: Record<string, string> = {}): Rendered => ({
      status: 200,
      headers: { "content-type": HTML, "cache-control": CACHE.article, etag: `"e-${body.length}"`, [KEEP_HEADER]: keep, [VERSION_HEADER]: String(version), ...headers },
      body: Buffer.from(body),
    });
    if (path === "/dynamic") return page(`<p>${"dynamic ".repeat(200)}</p>`, "0");
    if (path === "/search") return page(`<p>results for ${request.url} ${"x".repeat(2000)}</p>`);
    if (path === "/_next/static/chunks/site.css") return { status: 200, headers: { "content-type": "text/css", "cache-control": "public, max-age=31536000, immutable" }, body: Buffer.from("body{}".repeat(300)) };
    if (path === "/missing") return { status: 404, headers: { "content-type": HTML, "cache-control": "public, s-maxage=31536000" }, body: Buffer.from("<h1>Page not found</h1>") };
    if (path === "/api/publish") {
      const authorized = request.headers.authorization === "Bearer right";
      return { status: authorized ? 200 : 401, headers: { "content-type": "application/json", "cache-control": "no-store" }, body: Buffer.from(authorized ? '{"version":1}' : '{"error":"token"}') };
    }
    return page(`<main>${"Story text. ".repeat(300)}</main>`);
  };
  return {
    calls,
    set version(value: number) {
      version = value;
    },
    behave(next: typeof behaviour) {
      behaviour = next;
    },
    forward: async (request: Forwarded) => {
      calls.push(request);
      return behaviour(request);
    },
  };
}

describe("the front", () => {
  let server: Awaited<ReturnType<typeof listenOnLoopback>>;
  let renderer: ReturnType<typeof fakeRenderer>;
  let state = { version: 0 };
  let refreshes = 0;
  let logs: string[] = [];
  let pageCache: ReturnType<typeof createPageCache>;
  let searchCache: ReturnType<typeof createPageCache>;
  let limits: { search: ReturnType<typeof createRateLimiter>; render: ReturnType<typeof createRateLimiter>; publishFailures: ReturnType<typeof createRateLimiter> };
  let lanes: Record<"search" | "render" | "publish", ReturnType<typeof createLane>>;

  beforeAll(async () => {
    const store = { state: () => state, refresh: async () => void (refreshes += 1) };
    server = await listenOnLoopback((request, response) =>
      createFrontHandler({ forward: renderer.forward, store, pageCache, searchCache, lanes, limits, pages: PAGES, log: (message) => void logs.push(message) })(request, response),
    );
  });
  afterAll(() => server.close());
  beforeEach(() => {
    renderer = fakeRenderer();
    state = { version: 0 };
    refreshes = 0;
    logs = [];
    pageCache = createPageCache({ maxBytes: 1024 * 1024 });
    searchCache = createPageCache({ maxBytes: 256 * 1024 });
    limits = {
      search: createRateLimiter({ rate: 1, burst: 3 }),
      render: createRateLimiter({ rate: 1, burst: 5 }),
      publishFailures: createRateLimiter({ rate: 1 / 60, burst: 2 }),
    };
    lanes = {
      search: createLane("search", { concurrency: 1, queue: 1, maxWaitMs: 200 }),
      render: createLane("render", { concurrency: 4, queue: 4, maxWaitMs: 1_000 }),
      publish: createLane("publish", { concurrency: 1, queue: 1, maxWaitMs: 1_000 }),
    };
  });

  const get = (path: string, headers: Record<string, string> = {}, method = "GET", body?: string) => rawRequest(server.origin + path, { method, headers, ...(body !== undefined ? { body } : {}) });

  describe("memory", () => {
    it("answers a page from memory after the first reader, compressed as the reader accepts", async () => {
      const first = await get("/world/a-story", { "Accept-Encoding": "gzip, br" });
      expect(first.headers["content-encoding"]).toBe("gzip");
      await settle();
      const second = await get("/world/a-story", { "Accept-Encoding": "gzip, br" });
      expect(second.headers["content-encoding"]).toBe("br");
      const plain = await get("/world/a-story");
      expect(plain.body.toString()).toBe(gunzipSync(first.body).toString());
      expect(renderer.calls).toHaveLength(1);
      expect(renderer.calls[0]?.headers["accept-encoding"]).toBeUndefined();
    });

    it("keeps a page whatever query string is appended, and nothing the renderer says not to keep", async () => {
      await get("/world/a-story?utm_source=x");
      await get("/dynamic");
      await settle();
      await get("/world/a-story?utm_source=y&_rsc=1");
      await get("/dynamic");
      expect(renderer.calls.map((call) => call.url)).toEqual(["/world/a-story", "/dynamic", "/dynamic"]);
    });

    it("keeps search results by their query, in their own memory, with gzip only", async () => {
      await get("/search?q=oil");
      await get("/search?q=gas");
      await settle();
      const again = await get("/search?q=oil", { "Accept-Encoding": "gzip, br" });
      expect(again.headers["content-encoding"]).toBe("gzip");
      expect(renderer.calls.map((call) => call.url)).toEqual(["/search?q=oil", "/search?q=gas"]);
      expect(searchCache.size.pages).toBe(2);
      expect(pageCache.size.pages).toBe(0);
    });

    it("keeps immutable assets", async () => {
      await get("/_next/static/chunks/site.css");
      await settle();
      await get("/_next/static/chunks/site.css");
      expect(renderer.calls).toHaveLength(1);
    });

    it("forgets a page a publish overtook while it was rendered, and one rendered from another version", async () => {
      renderer.behave(async (request) => {
        state = { version: state.version + 1 };
        return { status: 200, headers: { "content-type": HTML, [KEEP_HEADER]: "1", [VERSION_HEADER]: "0" }, body: Buffer.from(`<p>${request.url}</p>`) };
      });
      await get("/slow");
      await settle();
      await get("/slow");
      expect(renderer.calls).toHaveLength(2);
      expect(pageCache.size.pages).toBe(0);
    });

    it("answers If-None-Match with 304, and HEAD with the GET's headers and no body", async () => {
      const first = await get("/world/a-story");
      const notModified = await get("/world/a-story", { "If-None-Match": String(first.headers.etag) });
      expect(notModified.status).toBe(304);
      const head = await get("/world/another", {}, "HEAD");
      expect(head.status).toBe(200);
      expect(head.body.length).toBe(0);
      expect(head.headers["content-security-policy"]).toBeDefined();
      expect(renderer.calls.at(-1)?.method).toBe("GET");
    });
  });

  describe("one pipeline", () => {
    it("redirects a path in any other spelling to its normal form before routing on it", async () => {
      const tricked = await get("/api/../world/a-story");
      expect(tricked.status).toBe(308);
      expect(tricked.headers.location).toBe("/world/a-story");
      expect((await get("/api/%2e%2e/world/a-story")).headers.location).toBe("/world/a-story");
      expect((await get("//evil.example/")).headers.location).toBe("/evil.example");
      expect(renderer.calls).toEqual([]);
    });

    it("gives every answer the security headers and a CSP, and no error a public cache", async () => {
      const answers = await Promise.all([get("/world/a-story"), get("/missing"), get("/%zz"), get("/", {}, "DELETE"), get("/world", { RSC: "1" }), get("/a/../b"), get("/_next/static/chunks/site.css"), get("/..\\x")]);
      expect(answers.map((answer) => answer.status)).toEqual([200, 404, 400, 405, 400, 308, 200, 400]);
      for (const answer of answers) {
        expect(answer.headers["x-content-type-options"]).toBe("nosniff");
        expect(answer.headers["x-frame-options"]).toBe("DENY");
        expect(answer.headers["content-security-policy"]).toContain("default-src 'none'");
        if (answer.status >= 400) expect(answer.headers["cache-control"]).toBe(CACHE.error);
      }
      expect(answers[0]?.headers["content-security-policy"]).toContain("script-src 'self'");
      expect(answers[0]?.headers[KEEP_HEADER]).toBeUndefined();
      expect(answers[0]?.headers[VERSION_HEADER]).toBeUndefined();
    });

    it("refuses Next.js's router requests before any renderer sees them", async () => {
      expect((await get("/world/a-story", { RSC: "1" })).status).toBe(400);
      expect((await get("/world/a-story", { "Next-Router-Prefetch": "1" })).status).toBe(400);
      expect(renderer.calls).toEqual([]);
    });
  });

  describe("expensive requests", () => {
    it("limits one address's searches with 429, Retry-After and a page that says so; another address is not held up", async () => {
      const statuses = [];
      for (let index = 0; index < 5; index += 1) statuses.push((await get(`/search?q=${index}`)).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const limited = await get("/search?q=9");
      expect(limited.headers["retry-after"]).toBe("1");
      expect(limited.body.toString()).toBe(PAGES.tooMany);
      expect(limited.headers["content-type"]).toBe(HTML);
      expect((await get("/search?q=10", { "X-Forwarded-For": "198.51.100.7" })).status).toBe(200);
    });

    it("limits pages that must be rendered, but never pages from memory, nor search engines' crawlers", async () => {
      for (let index = 0; index < 5; index += 1) expect((await get(`/world/story-${index}`)).status).toBe(200);
      expect((await get("/world/story-6")).status).toBe(429);
      await settle();
      expect((await get("/world/story-1")).status).toBe(200);
      expect((await get("/world/story-7", { "User-Agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" })).status).toBe(200);
    });

    it("sheds a search at once with 503 and Retry-After when its lane is full, while pages are still answered", async () => {
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      renderer.behave(async (request) => {
        if (request.url.startsWith("/search")) await held;
        return { status: 200, headers: { "content-type": HTML, [KEEP_HEADER]: "0", [VERSION_HEADER]: "0" }, body: Buffer.from("<p>ok</p>") };
      });
      const running = get("/search?q=a");
      const queued = get("/search?q=b", { "X-Forwarded-For": "198.51.100.8" });
      await new Promise((resolve) => setTimeout(resolve, 20));
      const started = Date.now();
      const shed = await get("/search?q=c", { "X-Forwarded-For": "198.51.100.9" });
      expect(shed.status).toBe(503);
      expect(Date.now() - started).toBeLessThan(100);
      expect(shed.headers["retry-after"]).toBe("5");
      expect(shed.body.toString()).toBe(PAGES.busy);
      expect((await get("/world/a-story")).status).toBe(200);
      release();
      expect((await running).status).toBe(200);
      expect([200, 503]).toContain((await queued).status);
    });

    it("answers 503 while no renderer is ready", async () => {
      renderer.behave(() => Promise.reject(new Unavailable()));
      const answer = await get("/world/a-story");
      expect(answer.status).toBe(503);
      expect(answer.headers["retry-after"]).toBe("5");
    });
  });

  describe("publishing", () => {
    const publish = (token: string, body = "{}", from = "198.51.100.20") =>
      get("/api/publish", { Authorization: `Bearer ${token}`, "Content-Type": "application/json", "X-Forwarded-For": from }, "POST", body);

    it("passes a publish on with its body, and looks at the store again before answering", async () => {
      const answer = await publish("right", '{"upserts":[]}');
      expect(answer.status).toBe(200);
      expect(renderer.calls[0]).toMatchObject({ method: "POST", url: "/api/publish" });
      expect(renderer.calls[0]?.body?.toString()).toBe('{"upserts":[]}');
      expect(refreshes).toBe(1);
    });

    it("limits wrong tokens per client, logs each, and lets the client back after a right one", async () => {
      expect((await publish("wrong")).status).toBe(401);
      expect((await publish("wrong")).status).toBe(401);
      const limited = await publish("wrong");
      expect(limited.status).toBe(429);
      expect(JSON.parse(limited.body.toString()).error).toMatch(/too many requests/);
      expect(renderer.calls).toHaveLength(2);
      expect(logs.filter((line) => line.includes("wrong token from 198.51.100.20"))).toHaveLength(2);
      expect((await publish("right", "{}", "198.51.100.21")).status).toBe(200);
    });

    it("cuts off a body over the limit as it arrives", async () => {
      const answer = await get("/api/publish", { Authorization: "Bearer right", "Content-Type": "application/json", "Content-Length": String(64 * 1024 * 1024) }, "POST", "{}");
      expect(answer.status).toBe(413);
      expect(answer.headers.connection).toBe("close");
      expect(renderer.calls).toEqual([]);
    });
  });
});
