/**
 * Writes content/registry.generated.ts: one static import per module under content/articles/.
 * Editors add a single file; this turns the folder into an explicit, type-checked list before every
 * dev, build and check (npm's pre-scripts), and nothing scans the disk at request time.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { listArticleFiles, renderRegistry } from "./lib/registry";

const root = path.resolve(import.meta.dirname, "..");
const articlesDir = path.join(root, "content", "articles");
const registryFile = path.join(root, "content", "registry.generated.ts");

const next = renderRegistry(listArticleFiles(articlesDir));
let current = "";
try {
  current = readFileSync(registryFile, "utf8");
} catch {
  // First run on a fresh clone: nothing to compare with.
}
// Rewriting an unchanged file would restart `next dev` and invalidate caches for nothing.
if (next !== current) writeFileSync(registryFile, next);
