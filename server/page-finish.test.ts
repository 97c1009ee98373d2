import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { entityTag, finishPage, inlineScripts, sha256 } from "./page-finish.mjs";
import { pageCsp } from "./security-headers.mjs";

describe("inlineScripts", () => {
  it("finds inline scripts and skips external ones and JSON-LD data blocks", () => {
    const html = `<head><script src="/a.js" async=""></script><script>self.__next_f.push([1,"x"])</script></head>
      <body><script type="application/ld+json">{"@type":"NewsArticle"}</script><script id="_R_">requestAnimationFrame(()=>{})</script></body>`;
    expect(inlineScripts(html)).toEqual(['self.__next_f.push([1,"x"])', "requestAnimationFrame(()=>{})"]);
  });
});

describe("sha256", () => {
  it("is the CSP source expression a browser computes for the script's text", () => {
    const text = 'self.__next_f.push([1,"é"])';
    expect(sha256(text)).toBe(`sha256-${createHash("sha256").update(Buffer.from(text, "utf8")).digest("base64")}`);
  });
});

describe("pageCsp", () => {
  it("allows the page's hashes and nothing inline or evaluated", () => {
    const policy = pageCsp(["sha256-abc="]);
    expect(policy).toContain("script-src 'self' 'sha256-abc='");
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/unsafe-(inline|eval)/);
  });
});

describe("entityTag", () => {
  it("is a quoted, strong tag that changes with the body and only with it", () => {
    const tag = entityTag(Buffer.from("<p>one</p>"));
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(entityTag(Buffer.from("<p>one</p>"))).toBe(tag);
    expect(entityTag(Buffer.from("<p>two</p>"))).not.toBe(tag);
  });
});

describe("finishPage", () => {
  const page = `<html><head><script src="/_next/static/chunks/main.js" async=""></script></head><body><main>Story</main><script>self.__next_f.push([1,"x"])</script></body></html>`;
  const finished = finishPage(page);

  it("moves the framework's scripts behind the loader", () => {
    expect(finished.html).not.toContain('<script src="/_next/static/chunks/main.js"');
    expect(finished.html).toContain('"/_next/static/chunks/main.js"');
  });

  it("allows by hash each inline script of the finished page, the loader included, and no other", () => {
    const expected = inlineScripts(finished.html).map(sha256);
    expect(expected).toHaveLength(2);
    for (const hash of expected) expect(finished.csp).toContain(`'${hash}'`);
    expect(finished.csp.match(/'sha256-/g)).toHaveLength(2);
  });
});
