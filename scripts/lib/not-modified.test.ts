import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerNotModified, etagMatches } from "./not-modified.mjs";
import { listenOnLoopback, rawRequest } from "./test-support/raw-http";

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
  let server: Awaited<ReturnType<typeof listenOnLoopback>>;
  beforeAll(async () => {
    // Sends its ETag the way Next.js does (setHeader, then end with the body); /missing is a 404.
    server = await listenOnLoopback((request, response) => {
      answerNotModified(request, response);
      response.setHeader("ETag", '"v1"');
      response.setHeader("Cache-Control", "public, max-age=60");
      response.statusCode = request.url === "/missing" ? 404 : 200;
      response.end("the page");
    });
  });
  afterAll(() => server.close());

  const fetchRaw = async (path: string, method: string, headers: Record<string, string>) => {
    const reply = await rawRequest(server.origin + path, { method, headers });
    return { ...reply, body: reply.body.toString() };
  };

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
