import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sections } from "./sections";

describe("sections", () => {
  it("never take a name that a top-level route already uses", () => {
    const appDir = path.resolve(import.meta.dirname, "..", "app");
    const routes = readdirSync(appDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith("[") && !entry.name.startsWith("_"))
      .map((entry) => entry.name);
    expect(routes).toContain("topics");
    for (const section of sections) expect(routes).not.toContain(section.slug);
  });
});
