import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

function checkContent(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts", "check-content.ts"), ...args], { cwd: root, encoding: "utf8" });
}

describe("npm run check-content", () => {
  it("passes on the published content", () => {
    const result = checkContent();
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("reports every problem in every bad module at once and exits non-zero", () => {
    const result = checkContent(path.join("scripts", "test-fixtures", "bad-articles"));
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toEqual([
      expect.stringMatching(/^scripts\/test-fixtures\/bad-articles\/missing-headline\.ts: headline: /),
      expect.stringMatching(/^scripts\/test-fixtures\/bad-articles\/missing-headline\.ts: image\.alt: must not be empty/),
      expect.stringMatching(/^scripts\/test-fixtures\/bad-articles\/wrong-section\.ts: section: unknown section "sport"/),
      expect.stringMatching(/^scripts\/test-fixtures\/bad-articles\/wrong-section\.ts: published: must be an ISO 8601 timestamp/),
      "scripts/test-fixtures/bad-articles/wrong-section.ts: image.src: file public/images/articles/no-such-file.jpg does not exist",
    ]);
    expect(result.stdout).toContain("0 valid, 2 invalid (5 problems)");
  });
});
