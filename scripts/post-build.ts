/**
 * Runs after `next build`: makes .next/standalone a complete deployable, the static assets and public/
 * (the islands among them) beside its server, the compiled content (.content/), the islands' manifest
 * (.islands/), and the origin (server/) in place of Next's server.js, with the packages only it imports.
 * Each page loses the framework and gets its CSP, ETag and caching from the origin as it leaves
 * (server/page-finish.mjs), for prerendered pages and pages rendered on demand alike.
 * Usage: tsx scripts/post-build.ts [distDir]
 */
import { cpSync, existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { ISLAND_FILES } from "../components/islands/islands";
import { SNAPSHOT_DIR } from "../content/snapshot";
import { copyOriginPackages } from "./lib/origin-packages";

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
  const manifestDir = path.dirname(ISLAND_FILES.manifest);
  cpSync(path.join(projectDir, manifestDir), path.join(standalone, manifestDir), { recursive: true });
  cpSync(path.join(projectDir, "server"), path.join(standalone, "server"), { recursive: true, filter: (source) => !/\.test\.ts$|test-support/.test(source) });
  // content/'s plain JavaScript modules are the rules the origin shares with pages (what is public, how
  // "Most read" is made): all of them, whether or not Next's tracing found them through a page.
  for (const file of readdirSync(path.join(projectDir, "content")).filter((name) => name.endsWith(".mjs"))) {
    cpSync(path.join(projectDir, "content", file), path.join(standalone, "content", file));
  }
  copyOriginPackages(projectDir, standalone);
  return standalone;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const distDir = path.resolve(process.argv[2] ?? ".next");
  const standalone = completeStandalone(process.cwd(), distDir);
  if (standalone) console.log(`post-build: ${path.relative(process.cwd(), standalone)} holds static assets, public/, the compiled content and the origin server`);
}
