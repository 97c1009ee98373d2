/**
 * Runs after `next build`: gives every prerendered page its own Content-Security-Policy, allowing exactly
 * the inline scripts Next.js put in it (by SHA-256), and its Cache-Control. Both go into the page's
 * .meta file, whose headers Next.js sends with the prerendered response: pages stay static, no nonce,
 * no proxy on the request path. Also patches the standalone copy when there is one.
 * Usage: tsx scripts/post-build.ts [distDir]
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CACHE, pageCsp } from "./lib/security-headers.mjs";

/** The body of every inline, executable script: not external ones, not JSON-LD data blocks. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? "";
    if (/\bsrc\s*=/.test(attributes)) continue;
    const type = /\btype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1];
    if (type && !/^(text|application)\/(java|ecma)script$|^module$/i.test(type)) continue;
    scripts.push(match[2] ?? "");
  }
  return scripts;
}

export const sha256 = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

type Meta = { status?: number; headers?: Record<string, string>; routeCache?: { owner?: { sourceRoute?: string } } };

function cacheFor(meta: Meta): string | undefined {
  if ((meta.status ?? 200) !== 200) return undefined; // 404 and 500 keep Next's private, no-store.
  return meta.routeCache?.owner?.sourceRoute === "/[section]/[slug]/page" ? CACHE.article : CACHE.listing;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

export function patchBuild(distDir: string): number {
  const appDir = path.join(distDir, "server", "app");
  let patched = 0;
  for (const htmlFile of htmlFiles(appDir)) {
    const metaFile = htmlFile.replace(/\.html$/, ".meta");
    if (!existsSync(metaFile)) continue;
    const hashes = [...new Set(inlineScripts(readFileSync(htmlFile, "utf8")).map(sha256))];
    const meta = JSON.parse(readFileSync(metaFile, "utf8")) as Meta;
    const cache = cacheFor(meta);
    meta.headers = { ...meta.headers, "content-security-policy": pageCsp(hashes), ...(cache ? { "cache-control": cache } : {}) };
    writeFileSync(metaFile, JSON.stringify(meta));
    patched += 1;
  }
  return patched;
}

/**
 * Makes .next/standalone a complete deployable folder, as Next's docs ask: the static assets and
 * public/ beside its server, and our origin server (with its screen) in place of Next's server.js.
 */
export function completeStandalone(projectDir: string, distDir: string): string | undefined {
  const standalone = path.join(distDir, "standalone");
  if (!existsSync(standalone)) return undefined;
  cpSync(path.join(distDir, "static"), path.join(standalone, path.basename(distDir), "static"), { recursive: true });
  cpSync(path.join(projectDir, "public"), path.join(standalone, "public"), { recursive: true });
  for (const file of ["origin-server.mjs", "lib/screen-request.mjs"]) {
    cpSync(path.join(projectDir, "scripts", file), path.join(standalone, "scripts", file));
  }
  return standalone;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const distDir = path.resolve(process.argv[2] ?? ".next");
  const standalone = completeStandalone(process.cwd(), distDir);
  if (standalone) console.log(`post-build: ${path.relative(process.cwd(), standalone)} holds static assets, public/ and the origin server`);
  const targets = [distDir, path.join(distDir, "standalone", path.basename(distDir))].filter((dir) => existsSync(path.join(dir, "server", "app")));
  for (const target of targets) console.log(`post-build: ${patchBuild(target)} pages given their CSP and caching in ${path.relative(process.cwd(), target)}`);
}
