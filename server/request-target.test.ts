import { describe, expect, it } from "vitest";
import { normalizeTarget } from "./request-target.mjs";

describe("normalizeTarget", () => {
  it("leaves a normal path alone, and drops the query where the page does not read it", () => {
    expect(normalizeTarget("/world/oil-prices")).toEqual({ kind: "ok", pathname: "/world/oil-prices", url: "/world/oil-prices" });
    expect(normalizeTarget("/world/oil-prices?utm_source=x&_rsc=1")).toEqual({ kind: "ok", pathname: "/world/oil-prices", url: "/world/oil-prices" });
    expect(normalizeTarget("/")).toEqual({ kind: "ok", pathname: "/", url: "/" });
  });

  it("keeps the query where the answer depends on it", () => {
    expect(normalizeTarget("/search?q=oil&page=2")).toMatchObject({ kind: "ok", url: "/search?q=oil&page=2" });
    expect(normalizeTarget("/_next/image?url=%2Fa.jpg&w=640&q=75")).toMatchObject({ kind: "ok", url: "/_next/image?url=%2Fa.jpg&w=640&q=75" });
    expect(normalizeTarget("/search?")).toMatchObject({ kind: "ok", url: "/search" });
  });

  it("resolves dot segments in every spelling before any prefix is trusted", () => {
    expect(normalizeTarget("/api/../middle-east/story")).toEqual({ kind: "redirect", location: "/middle-east/story" });
    expect(normalizeTarget("/api/%2e%2e/middle-east/story")).toEqual({ kind: "redirect", location: "/middle-east/story" });
    expect(normalizeTarget("/_next/%2E%2e/%2e/world")).toEqual({ kind: "redirect", location: "/world" });
    expect(normalizeTarget("/../../etc/passwd")).toEqual({ kind: "redirect", location: "/etc/passwd" });
    expect(normalizeTarget("/./world")).toEqual({ kind: "redirect", location: "/world" });
  });

  it("drops empty segments: double slashes never make a foreign address, a trailing slash goes", () => {
    expect(normalizeTarget("//evil.example/")).toEqual({ kind: "redirect", location: "/evil.example" });
    expect(normalizeTarget("/world//page/2")).toEqual({ kind: "redirect", location: "/world/page/2" });
    expect(normalizeTarget("/world/?x=1")).toEqual({ kind: "redirect", location: "/world?x=1" });
    expect(normalizeTarget("/..//..//")).toEqual({ kind: "redirect", location: "/" });
  });

  it("keeps encoded slashes and dots inside a segment as they are", () => {
    expect(normalizeTarget("/..%2f..%2fetc%2fpasswd")).toMatchObject({ kind: "ok", pathname: "/..%2f..%2fetc%2fpasswd" });
    expect(normalizeTarget("/world/a%2eb")).toMatchObject({ kind: "ok", pathname: "/world/a%2eb" });
  });

  it("refuses backslashes and targets that are not paths", () => {
    expect(normalizeTarget("/..\\..\\etc\\passwd")).toMatchObject({ kind: "refuse", status: 400 });
    expect(normalizeTarget("http://evil.example/")).toMatchObject({ kind: "refuse", status: 400 });
    expect(normalizeTarget("*")).toMatchObject({ kind: "refuse", status: 400 });
  });
});
