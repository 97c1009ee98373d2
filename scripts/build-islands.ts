/**
 * npm run islands:build: bundles each island (components/islands/<name>.island.ts) with esbuild into
 * public/islands/<name>-<hash>.js, minified, for browsers with ES modules, and writes the manifest of
 * their hashed URLs and sizes (.islands/manifest.json) that pages (IslandScript) and the bench read.
 * Runs before `next build`, so prerendered pages name the bundles of their release.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { ISLAND_FILES, ISLANDS, type IslandManifest } from "../components/islands/islands";

/** Browsers that run module scripts with optional chaining: older ones read the pages without islands. */
const TARGET = ["es2020", "chrome91", "firefox90", "safari15"];

export async function buildIslands(root: string): Promise<IslandManifest> {
  const outDir = path.join(root, ISLAND_FILES.outDir);
  rmSync(outDir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(ISLANDS.map((name) => [name, `components/islands/${name}.island.ts`])),
    entryNames: "[name]-[hash]",
    outdir: outDir,
    bundle: true,
    format: "esm",
    minify: true,
    target: TARGET,
    platform: "browser",
    legalComments: "none",
    metafile: true,
    logLevel: "warning",
  });
  const manifest: Partial<IslandManifest> = {};
  for (const [output, { entryPoint }] of Object.entries(result.metafile.outputs)) {
    const name = ISLANDS.find((island) => entryPoint === `components/islands/${island}.island.ts`);
    if (!name) continue;
    const bytes = readFileSync(path.join(root, output));
    manifest[name] = { src: ISLAND_FILES.urlPrefix + path.basename(output), bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  }
  const missing = ISLANDS.filter((name) => !manifest[name]);
  if (missing.length > 0) throw new Error(`islands: no bundle for ${missing.join(", ")}`);
  const manifestFile = path.join(root, ISLAND_FILES.manifest);
  mkdirSync(path.dirname(manifestFile), { recursive: true });
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest as IslandManifest;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const manifest = await buildIslands(process.cwd());
  for (const [name, { src, bytes, gzipBytes }] of Object.entries(manifest)) console.log(`islands: ${name} → ${src} (${bytes} B, ${gzipBytes} B gzip)`);
}
