import { Writable } from "node:stream";
import { createElement as h, Suspense, use, type ReactNode } from "react";
import { renderToPipeableStream } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { stripFramework } from "./strip-framework.mjs";

/** A page shaped as Next.js 16 sends one: runtime chunks, preloads, bootstrap, flight data, data and island scripts. */
const NEXT_PAGE = [
  '<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>',
  '<script src="/_next/static/chunks/main.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '<script type="module" src="/islands/share-sheet-ABCD1234.js" async=""></script>',
  '<title>A story</title><meta name="next-size-adjust" content=""/></head>',
  '<body class="page"><div hidden=""><!--$--><!--/$--></div>',
  '<main><h1>A story</h1><p>By <!-- -->Jane Doe</p><button type="button" data-share-url="https://example.org/a">Share</button></main>',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A \\u003c story"}</script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>',
  "</body></html>",
].join("");

/** What React's own server renderer streams for `app`, once everything has resolved. */
function renderWithReact(app: ReactNode): Promise<string> {
  return new Promise((resolve, reject) => {
    let html = "";
    const sink = new Writable({
      write(chunk, _encoding, done) {
        html += String(chunk);
        done();
      },
      final(done) {
        resolve(html);
        done();
      },
    });
    const stream = renderToPipeableStream(app, { onShellReady: () => stream.pipe(sink), onShellError: reject });
  });
}

const later = <T,>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe("stripFramework on a page as Next.js sends it", () => {
  const { html, report } = stripFramework(NEXT_PAGE);

  it("removes the client runtime, its preloads, its bootstrap and the flight data", () => {
    expect(html).not.toContain("/_next/static/chunks/main.js");
    expect(html).not.toContain("webpack.js");
    expect(html).not.toContain("polyfills.js");
    expect(html).not.toContain("TURBOPACK");
    expect(html).not.toContain("__next_f");
    expect(report).toMatchObject({ frameworkScripts: 2, frameworkPreloads: 1, flightData: 2, bootstrap: 1, unrecognizedScripts: [] });
  });

  it("keeps the stylesheet, the islands, the JSON-LD byte for byte, and the page itself", () => {
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next">');
    expect(html).toContain('<script type="module" src="/islands/share-sheet-ABCD1234.js" async="">');
    expect(html).toContain('<script type="application/ld+json">{"@type":"NewsArticle","headline":"A \\u003c story"}</script>');
    expect(html).toContain('<main><h1>A story</h1><p>By Jane Doe</p><button type="button" data-share-url="https://example.org/a">Share</button></main>');
    expect(html.startsWith('<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">')).toBe(true);
  });

  it("drops React's markers, the empty metadata outlet and next-size-adjust", () => {
    expect(html).not.toContain("<!--");
    expect(html).not.toContain("<div hidden");
    expect(html).not.toContain("next-size-adjust");
  });

  it("is stable: a finished page finishes to itself", () => {
    expect(stripFramework(html).html).toBe(html);
  });
});

describe("stripFramework on what it does not know", () => {
  it("reports an inline script that is neither Next.js's nor React's, and removes it all the same", () => {
    const { html, report } = stripFramework("<!DOCTYPE html><html><head></head><body><p>x</p><script>window.analytics = 1;</script></body></html>");
    expect(report.unrecognizedScripts).toEqual(["window.analytics = 1;"]);
    expect(html).not.toContain("<script");
  });

  it("leaves scripts that are data, and scripts from elsewhere than /_next/", () => {
    const page = '<html><head><script type="application/json" id="d">{"a":1}</script><script src="/islands/x-1.js" type="module"></script></head><body></body></html>';
    const { html, report } = stripFramework(page);
    expect(html).toContain('<script type="application/json" id="d">{"a":1}</script>');
    expect(html).toContain('<script src="/islands/x-1.js" type="module"></script>');
    expect(report.frameworkScripts).toBe(0);
  });

  it("recognises Next.js's error shell, whose content only the runtime would render", () => {
    expect(stripFramework('<!DOCTYPE html><html id="__next_error__"><head></head><body><div hidden=""></div></body></html>').report.errorShell).toBe(true);
    expect(stripFramework(NEXT_PAGE).report.errorShell).toBe(false);
  });

  it("keeps markup that only looks like the framework's when it is text", () => {
    const { html } = stripFramework("<html><body><pre>&lt;script src=\"/_next/static/chunks/a.js\"&gt;&lt;/script&gt; self.__next_f</pre></body></html>");
    expect(html).toContain("&lt;script src=\"/_next/static/chunks/a.js\"&gt;&lt;/script&gt; self.__next_f");
  });
});

describe("stripFramework on content React streamed (its own renderer's output)", () => {
  it("puts a boundary's content in place of its fallback, nested boundaries and segments included, as React's scripts would", async () => {
    const loaded = later("Loaded text", 10);
    const inner = later("Inner text", 30);
    const Slow = () => h("p", null, use(loaded));
    const Inner = () => h("span", null, use(inner));
    const Outer = () => h("div", null, h(Slow), h(Suspense, { fallback: h("i", null, "inner loading") }, h(Inner)));
    const streamed = await renderWithReact(
      h("html", null, h("head", null, h("title", null, "T")), h("body", null, h("main", null, "Before", h(Suspense, { fallback: h("p", null, "Loading") }, h(Outer)), "After"))),
    );
    // The guard: React still streams this way. If not, this test names what moved.
    expect(streamed, "React no longer streams boundaries as <!--$?--> with a $RC instruction").toMatch(/<!--\$\?--><template id="B:0"><\/template>[\s\S]*\$RC\("B:0","S:0"\)/);

    const { html, report } = stripFramework(streamed);
    expect(html).toContain("<main>Before<div><p>Loaded text</p><span>Inner text</span></div>After</main>");
    expect(html).not.toMatch(/Loading|inner loading|<template|<script|hidden/);
    expect(report).toMatchObject({ boundariesCompleted: 2, pendingBoundaries: 0, unrecognizedScripts: [] });
    expect(report.streamingInstructions).toBeGreaterThan(0);
  });

  it("leaves a boundary that never completed on its fallback, and says so", () => {
    const page = '<html><body><main><!--$?--><template id="B:0"></template><p>Loading</p><!--/$--></main></body></html>';
    const { html, report } = stripFramework(page);
    expect(html).toContain("<main><template id=\"B:0\"></template><p>Loading</p></main>");
    expect(report.pendingBoundaries).toBe(1);
  });
});
