import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listArticleFiles, renderRegistry } from "./registry";

describe("listArticleFiles", () => {
  it("finds modules in subfolders, in a stable order, and skips tests and dotfiles", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "articles-"));
    mkdirSync(path.join(dir, "2024"));
    for (const file of ["b-story.ts", "a-story.ts", "2024/c-story.ts", "a-story.test.ts", ".draft.ts", "notes.md"]) {
      writeFileSync(path.join(dir, file), "");
    }
    expect(listArticleFiles(dir)).toEqual(["2024/c-story.ts", "a-story.ts", "b-story.ts"]);
  });
});

describe("renderRegistry", () => {
  it("imports each module once and names its file for error messages", () => {
    const source = renderRegistry(["2024/c-story.ts", "a-story.ts"]);
    expect(source).toContain('import * as m0 from "./articles/2024/c-story";');
    expect(source).toContain('{ file: "content/articles/a-story.ts", module: m1 as unknown },');
  });
});
