/**
 * Runs after `next build`:
 *  - marks the framework chunks that prerendered pages load at boot for eager compilation off the main
 *    thread (scripts/lib/compile-hints.ts);
 *  - makes .next/standalone a complete deployable: the static assets and public/ beside its server, the
 *    compiled content (.content/), and the origin (server/) in place of Next's server.js.
 * Each page's CSP, ETag and caching are set by the origin as the page leaves (server/page-finish.mjs),
 * for prerendered pages and pages rendered on demand alike.
 * Usage: tsx scripts/post-build.ts [distDir]
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SNAPSHOT_DIR } from "../content/snapshot";
import { bootChunks, withCompileHint } from "./lib/compile-hints";

/** The HTML of every page `next build` prerendered. */
function prerenderedPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Adds the compile hint to each chunk in static/chunks/ that a prerendered page loads at boot. */
export function hintBootChunks(distDir: string): number {
  const chunks = new Set<string>();
  for (const page of prerenderedPages(path.join(distDir, "server", "app"))) for (const name of bootChunks(readFileSync(page, "utf8"))) chunks.add(name);
  for (const name of chunks) {
    const file = path.join(distDir, "static", "chunks", name);
    const source = readFileSync(file, "latin1"); // byte for byte: the hint is ASCII
    const hinted = withCompileHint(source);
    if (hinted !== source) writeFileSync(file, hinted, "latin1");
  }
  return chunks.size;
}

/**
 * Makes .next/standalone a complete deployable folder, as Next's docs ask: the static assets and
 * public/ beside its server, the compiled content, and the origin server with its modules.
 */
export function completeStandalone(projectDir: string, distDir: string): string | undefined {
  const standalone = path.join(distDir, "standalone");
  if (!existsSync(standalone)) return undefined;
  cpSync(path.join(distDir, "static"), path.join(standalone, path.basename(distDir), "static"), { recursive: true });
  cpSync(path.join(projectDir, "public"), path.join(standalone, "public"), { recursive: true });
  cpSync(path.join(projectDir, SNAPSHOT_DIR), path.join(standalone, SNAPSHOT_DIR), { recursive: true, filter: (source) => !source.endsWith("compile-cache.json") });
  cpSync(path.join(projectDir, "server"), path.join(standalone, "server"), { recursive: true, filter: (source) => !/\.test\.ts$|test-support/.test(source) });
  return standalone;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const distDir = path.resolve(process.argv[2] ?? ".next");
  // Hints first: the standalone copy of the static assets then carries them too.
  console.log(`post-build: ${hintBootChunks(distDir)} boot chunks marked for eager compilation`);
  const standalone = completeStandalone(process.cwd(), distDir);
  if (standalone) console.log(`post-build: ${path.relative(process.cwd(), standalone)} holds static assets, public/, the compiled content and the origin server`);
}
