import { describe, expect, it } from "vitest";
import { screenRequest } from "./screen-request.mjs";

describe("screenRequest", () => {
  it("lets reads of well-formed URLs through to Next.js", () => {
    expect(screenRequest("GET", "/middle-east/a-story")).toBeUndefined();
    expect(screenRequest("HEAD", "/%D8%B3%D9%88%D8%B1%D9%8A%D8%A7")).toBeUndefined();
    expect(screenRequest("GET", "/a-story?q=%zz")).toBeUndefined();
  });

  it.each(["/%zz", "/%", "/%E0%A4%A", "/ok/%FF"])("answers malformed percent-encoding in %s with 400", (url) => {
    expect(screenRequest("GET", url)?.status).toBe(400);
  });

  it.each(["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "BREW"])("answers %s with 405 and Allow: GET, HEAD", (method) => {
    const refusal = screenRequest(method, "/");
    expect(refusal?.status).toBe(405);
    expect(refusal?.headers.allow).toBe("GET, HEAD");
  });

  it("lets GET and POST through to publishing, which checks its own token, and nothing else", () => {
    expect(screenRequest("POST", "/api/publish")).toBeUndefined();
    expect(screenRequest("GET", "/api/publish")).toBeUndefined();
    expect(screenRequest("PUT", "/api/publish")?.status).toBe(405);
    expect(screenRequest("POST", "/api/publish/x")?.status).toBe(405);
    expect(screenRequest("POST", "/api/publishing")?.status).toBe(405);
  });

  it("answers an over-long URL with 414", () => {
    expect(screenRequest("GET", `/${"a".repeat(5000)}`)?.status).toBe(414);
  });

  it("answers an over-long search with 400 and what to do", () => {
    const refusal = screenRequest("GET", `/search?q=${"a".repeat(5000)}`);
    expect(refusal?.status).toBe(400);
    expect(refusal?.body).toMatch(/search is too long.*200 characters/);
    expect(screenRequest("GET", `/searches/${"a".repeat(5000)}`)?.status).toBe(414);
  });

  it.each(["rsc", "next-router-state-tree", "next-router-prefetch", "next-action", "next-url"])("refuses Next.js's router and server actions (%s): no page runs them", (header) => {
    const refusal = screenRequest("GET", "/middle-east/a-story", { [header]: "1" });
    expect(refusal?.status).toBe(400);
    expect(refusal?.body).toMatch(/no client-side router/);
  });

  it("never lets a refusal be cached", () => {
    for (const refusal of [screenRequest("POST", "/"), screenRequest("GET", "/%zz")]) expect(refusal?.headers["cache-control"]).toBe("no-store");
  });

  it("takes a beacon (POST) at the read-counting endpoint, and nothing else there but reads", () => {
    expect(screenRequest("POST", "/api/reads/world/a-story")).toBeUndefined();
    expect(screenRequest("GET", "/api/reads/world/a-story")).toBeUndefined();
    expect(screenRequest("PUT", "/api/reads/world/a-story")).toMatchObject({ status: 405, headers: { allow: "GET, HEAD, POST" } });
    expect(screenRequest("POST", "/world/a-story")?.status).toBe(405);
  });
});
