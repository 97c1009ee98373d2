import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerNotModified, etagMatches } from "./not-modified.mjs";

describe("etagMatches", () => {
  it("matches the same tag, weakly, in a list, or *", () => {
    expect(etagMatches('"abc"', '"abc"')).toBe(true);
    expect(etagMatches('W/"abc"', '"abc"')).toBe(true);
    expect(etagMatches('"x", "abc" ,"y"', '"abc"')).toBe(true);
    expect(etagMatches("*", '"abc"')).toBe(true);
  });

  it("does not match another tag, a prefix, or a response without an ETag", () => {
    expect(etagMatches('"abd"', '"abc"')).toBe(false);
    expect(etagMatches('"ab"', '"abc"')).toBe(false);
    expect(etagMatches('"abc"', undefined)).toBe(false);
  });
});

describe("answerNotModified", () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    // Sends its ETag the way Next.js does (setHeader, then end with the body); /missing is a 404.
    server = createServer((request, response) => {
      answerNotModified(request, response);
      response.setHeader("ETag", '"v1"');
      response.setHeader("Cache-Control", "public, max-age=60");
      response.statusCode = request.url === "/missing" ? 404 : 200;
      response.end("the page");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const fetchRaw = (path: string, method: string, headers: Record<string, string>) =>
    new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port, path, method, headers }, (res) => {
        let body = "";
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on("error", reject);
      req.end();
    });

  it("answers a matching If-None-Match with 304, no body, and the 200's caching headers", async () => {
    const reply = await fetchRaw("/", "GET", { "If-None-Match": '"v1"' });
    expect(reply.status).toBe(304);
    expect(reply.body).toBe("");
    expect(reply.headers.etag).toBe('"v1"');
    expect(reply.headers["cache-control"]).toBe("public, max-age=60");
  });

  it("sends the page when the tag differs or is absent", async () => {
    expect(await fetchRaw("/", "GET", { "If-None-Match": '"v0"' })).toMatchObject({ status: 200, body: "the page" });
    expect(await fetchRaw("/", "GET", {})).toMatchObject({ status: 200, body: "the page" });
  });

  it("sends the router payload of the same URL without the page's ETag, and never as 304", async () => {
    const reply = await fetchRaw("/", "GET", { RSC: "1", "If-None-Match": '"v1"' });
    expect(reply.status).toBe(200);
    expect(reply.headers.etag).toBeUndefined();
  });

  it("never turns an error into a 304", async () => {
    expect((await fetchRaw("/missing", "GET", { "If-None-Match": '"v1"' })).status).toBe(404);
  });
});
