/**
 * Runs after `next build`: starts each prerendered page's framework scripts after its lead photo
 * (scripts/lib/defer-framework-scripts.ts) and marks them for eager compilation off the main thread
 * (scripts/lib/compile-hints.ts), then gives it its own Content-Security-Policy, allowing exactly
 * the inline scripts Next.js put in it (by SHA-256), its Cache-Control and its ETag. They go into the
 * page's .meta file, whose headers Next.js sends with the prerendered response: pages stay static, no
 * nonce, no proxy on the request path, no hashing per request. Prerendered feeds and sitemaps get their
 * ETag the same way. Also patches the standalone copy when there is one.
 * Usage: tsx scripts/post-build.ts [distDir]
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { bootChunks, withCompileHint } from "./lib/compile-hints";
import { deferFrameworkScripts } from "./lib/defer-framework-scripts";
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

/**
 * A strong ETag for a body, made once here because next.config.js turns off Next.js's own (which
 * hashes the body on every request); scripts/lib/not-modified.mjs answers If-None-Match with it.
 */
export const entityTag = (body: Buffer) => `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;

type Meta = { status?: number; headers?: Record<string, string>; routeCache?: { owner?: { sourceRoute?: string } } };

function cacheFor(meta: Meta): string | undefined {
  if ((meta.status ?? 200) !== 200) return undefined; // 404 and 500 keep Next's private, no-store.
  return meta.routeCache?.owner?.sourceRoute === "/[section]/[slug]/page" ? CACHE.article : CACHE.listing;
}

/** Prerendered outputs that have a .meta beside them: pages (.html) and route handlers (.body). */
function prerenderedFiles(dir: string, extension: ".html" | ".body"): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => existsSync(metaFileOf(file)));
}

const metaFileOf = (file: string) => file.replace(/\.(html|body)$/, ".meta");

function addHeaders(file: string, headers: (meta: Meta) => Record<string, string>): void {
  const meta = JSON.parse(readFileSync(metaFileOf(file), "utf8")) as Meta;
  meta.headers = { ...meta.headers, ...headers(meta) };
  writeFileSync(metaFileOf(file), JSON.stringify(meta));
}

/** Adds the compile hint to each chunk in static/chunks/ that `names` lists. */
function hintChunks(distDir: string, names: Iterable<string>): void {
  for (const name of names) {
    const file = path.join(distDir, "static", "chunks", name);
    const source = readFileSync(file, "latin1"); // byte for byte: the hint is ASCII
    const hinted = withCompileHint(source);
    if (hinted !== source) writeFileSync(file, hinted, "latin1");
  }
}

export function patchBuild(distDir: string): number {
  const appDir = path.join(distDir, "server", "app");
  const pages = prerenderedFiles(appDir, ".html");
  const chunks = new Set<string>();
  for (const htmlFile of pages) {
    const built = readFileSync(htmlFile, "utf8");
    for (const name of bootChunks(built)) chunks.add(name);
    const deferred = deferFrameworkScripts(built);
    if (deferred !== built) writeFileSync(htmlFile, deferred);
    const html = Buffer.from(deferred, "utf8");
    const hashes = [...new Set(inlineScripts(deferred).map(sha256))];
    addHeaders(htmlFile, (meta) => {
      const cache = cacheFor(meta);
      return { "content-security-policy": pageCsp(hashes), ...(cache ? { "cache-control": cache } : {}), etag: entityTag(html) };
    });
  }
  for (const bodyFile of prerenderedFiles(appDir, ".body")) {
    const body = readFileSync(bodyFile);
    addHeaders(bodyFile, () => ({ etag: entityTag(body) }));
  }
  hintChunks(distDir, chunks);
  return pages.length;
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
  for (const file of ["origin-server.mjs", "lib/screen-request.mjs", "lib/not-modified.mjs", "lib/page-cache.mjs"]) {
    cpSync(path.join(projectDir, "scripts", file), path.join(standalone, "scripts", file));
  }
  return standalone;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const distDir = path.resolve(process.argv[2] ?? ".next");
  const standalone = completeStandalone(process.cwd(), distDir);
  if (standalone) console.log(`post-build: ${path.relative(process.cwd(), standalone)} holds static assets, public/ and the origin server`);
  const targets = [distDir, path.join(distDir, "standalone", path.basename(distDir))].filter((dir) => existsSync(path.join(dir, "server", "app")));
  for (const target of targets) console.log(`post-build: ${patchBuild(target)} pages given their CSP, caching and ETag (framework scripts deferred, compile hints added) in ${path.relative(process.cwd(), target)}`);
}
