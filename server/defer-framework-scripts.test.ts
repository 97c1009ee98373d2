import { describe, expect, it } from "vitest";
import { deferFrameworkScripts, loaderScript } from "./defer-framework-scripts.mjs";

const page = `<!DOCTYPE html><html><head><script src="/_next/static/chunks/polyfills.js" noModule=""></script><link rel="stylesheet" href="/_next/static/chunks/a.css"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/pre.js"/><script src="/_next/static/chunks/one.js" async=""></script><script src="/_next/static/chunks/two.js" async=""></script></head><body><main>Story</main><script>self.__next_f.push([1,"x"])</script></body></html>`;

describe("deferFrameworkScripts", () => {
  const deferred = deferFrameworkScripts(page);

  it("takes the framework's script tags, script preloads and legacy polyfills out of the document", () => {
    expect(deferred).not.toContain('<script src="');
    expect(deferred).not.toMatch(/<link[^>]*as="script"/);
  });

  it("keeps everything else, in order, and adds the loader last in <body>", () => {
    expect(deferred).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"/>');
    expect(deferred).toMatch(/<main>Story<\/main><script>self.__next_f.push\(\[1,"x"\]\)<\/script><script>\(\(\)=>\{.*<\/script><\/body><\/html>$/s);
    expect(deferred).toContain(loaderScript(["/_next/static/chunks/one.js", "/_next/static/chunks/two.js"], ["/_next/static/chunks/pre.js"]));
  });

  it("loads the same scripts it took out", () => {
    const added: { tag: string; src?: string; href?: string }[] = [];
    const fakeDocument = {
      querySelector: () => null,
      readyState: "complete",
      createElement: (tag: string) => ({ tag }),
      head: { append: (element: { tag: string; src?: string; href?: string }) => added.push(element) },
    };
    const run = new Function("document", "self", "requestAnimationFrame", "addEventListener", "setTimeout", loaderScript(["/_next/static/chunks/one.js"], ["/_next/static/chunks/pre.js"]));
    run(fakeDocument, {}, (callback: () => void) => callback(), () => {}, (callback: () => void) => callback());
    expect(added).toEqual([
      { tag: "link", rel: "preload", as: "script", href: "/_next/static/chunks/pre.js", fetchPriority: "low" },
      { tag: "script", src: "/_next/static/chunks/one.js", async: true },
    ]);
  });

  it("leaves a page without framework scripts alone, and is idempotent", () => {
    expect(deferFrameworkScripts("<html><body>feed</body></html>")).toBe("<html><body>feed</body></html>");
    expect(deferFrameworkScripts(deferred)).toBe(deferred);
  });
});
