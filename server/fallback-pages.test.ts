import { describe, expect, it } from "vitest";
import { fallbackPages } from "./fallback-pages.mjs";

/** The not-found page shaped as Next.js prerenders it: the site's layout around app/not-found.tsx, with the runtime. */
const NOT_FOUND = [
  '<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/site.css"/>',
  '<script src="/_next/static/chunks/main.js" async=""></script><title>Page not found | The Meridian Post</title><meta name="robots" content="noindex"/></head>',
  '<body><header><a href="/">The Meridian Post</a></header><main id="main-content"><div><h1>Page not found</h1><p>We could not find that page.</p></div></main>',
  "<footer>Follow us</footer><script>self.__next_f.push([1,\"x\"])</script></body></html>",
].join("");

describe("fallbackPages", () => {
  const pages = fallbackPages(NOT_FOUND);

  it("serves the prerendered not-found page without the framework", () => {
    expect(pages.notFound).toContain("<h1>Page not found</h1>");
    expect(pages.notFound).not.toMatch(/<script|__next_f/);
    expect(pages.notFound).toContain('<link rel="stylesheet" href="/_next/static/chunks/site.css">');
  });

  it("says something went wrong in the same frame, title and noindex included", () => {
    expect(pages.serverError).toContain("<title>Something went wrong | The Meridian Post</title>");
    expect(pages.serverError).toContain('<meta name="robots" content="noindex">');
    expect(pages.serverError).toContain('<header><a href="/">The Meridian Post</a></header>');
    expect(pages.serverError).toContain("<footer>Follow us</footer>");
    expect(pages.serverError).toMatch(/<main id="main-content"><div[^>]*><h1[^>]*>Something went wrong<\/h1>/);
    expect(pages.serverError).not.toContain("Page not found");
  });

  it("says the site is busy (503) and that the reader asks too fast (429) in the same frame", () => {
    expect(pages.busy).toContain("<title>Very busy right now | The Meridian Post</title>");
    expect(pages.tooMany).toContain("<title>Too many requests | The Meridian Post</title>");
    for (const page of [pages.busy, pages.tooMany]) {
      expect(page).toContain("<footer>Follow us</footer>");
      expect(page).toContain('href="/"');
      expect(page).not.toMatch(/<script|Page not found/);
    }
  });

  it("refuses a not-found page it cannot build the error page from", () => {
    expect(() => fallbackPages("<html><body><p>404</p></body></html>")).toThrow(/no <title> or <main>/);
  });
});
