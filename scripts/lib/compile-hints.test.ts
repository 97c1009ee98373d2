import { describe, expect, it } from "vitest";
import { bootChunks, COMPILE_HINT, withCompileHint } from "./compile-hints";

describe("bootChunks", () => {
  it("lists each chunk a page names once, from script tags, the deferred loader and the React payload", () => {
    const html = `<head><link rel="preload" as="script" href="/_next/static/chunks/a1.js"/></head><body>
      <script>self.__next_f.push([1,"2b:\\"/_next/static/chunks/share-b2.js\\"\\n"])</script>
      <script>(()=>{const s=["/_next/static/chunks/a1.js","/_next/static/chunks/turbopack-c3.js"]})()</script></body>`;
    expect(bootChunks(html)).toEqual(["a1.js", "share-b2.js", "turbopack-c3.js"]);
  });

  it("leaves out noModule polyfills, which modern browsers never run, and stylesheets", () => {
    const html = `<link rel="stylesheet" href="/_next/static/chunks/x.css"/><script src="/_next/static/chunks/poly.js" noModule=""></script><script src="/_next/static/chunks/main.js" async=""></script>`;
    expect(bootChunks(html)).toEqual(["main.js"]);
  });
});

describe("withCompileHint", () => {
  it("puts the hint on the first line, where V8 looks for it", () => {
    expect(withCompileHint("(globalThis.TURBOPACK||[]).push([])")).toBe("//# allFunctionsCalledOnLoad\n(globalThis.TURBOPACK||[]).push([])");
  });

  it("adds it once, however often the build is patched", () => {
    const once = withCompileHint("f()");
    expect(withCompileHint(once)).toBe(once);
    expect(once.split(COMPILE_HINT)).toHaveLength(2);
  });
});
