import { describe, expect, it } from "vitest";
import { entityTag, finishPage, finishProblem } from "./page-finish.mjs";
import { pageCsp } from "./security-headers.mjs";

describe("pageCsp", () => {
  it("runs scripts from this origin only: nothing inline, hashed or evaluated", () => {
    const policy = pageCsp();
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/unsafe-(inline|eval)|sha256-|nonce-/);
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

  it("sends the page without the framework, under the page policy", () => {
    expect(finished.html).toBe("<html><head></head><body><main>Story</main></body></html>");
    expect(finished.csp).toBe(pageCsp());
    expect(finishProblem(finished.report)).toBeUndefined();
  });

  it("names what the stripping did not recognise", () => {
    const { report } = finishPage("<html><body><script>track()</script><!--$?--><template id=\"B:0\"></template>…<!--/$--></body></html>");
    expect(finishProblem(report)).toBe('an inline script it does not recognise was removed: "track()"; 1 streamed Suspense boundary(ies) left on their fallback');
  });
});
