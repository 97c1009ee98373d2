// @ts-check
/**
 * The last step of every page on its way out of the origin, whether Next.js prerendered it at build or
 * rendered it a moment ago: framework scripts start after the lead photo (defer-framework-scripts.mjs),
 * and the page gets a Content-Security-Policy that allows exactly its inline scripts, by SHA-256. No
 * nonce (pages stay cacheable and identical for every reader), no 'unsafe-inline'.
 */
import { createHash } from "node:crypto";
import { deferFrameworkScripts } from "./defer-framework-scripts.mjs";
import { pageCsp } from "./security-headers.mjs";

/**
 * The body of every inline, executable script: not external ones, not JSON-LD data blocks.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScripts(html) {
  /** @type {string[]} */
  const scripts = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? "";
    if (/\bsrc\s*=/.test(attributes)) continue;
    const type = /\btype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1];
    if (type && !/^(text|application)\/(java|ecma)script$|^module$/i.test(type)) continue;
    scripts.push(match[2] ?? "");
  }
  return scripts;
}

/** @param {string} text */
export const sha256 = (text) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

/**
 * A strong ETag for a body. Next.js's own (generateEtags) is off: it would hash every response on every
 * request, and here a page is hashed once, when it is finished, and kept with its tag.
 * @param {Buffer} body
 */
export const entityTag = (body) => `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;

/**
 * @param {string} html the page as Next.js sent it
 * @returns {{ html: string, csp: string }}
 */
export function finishPage(html) {
  const deferred = deferFrameworkScripts(html);
  return { html: deferred, csp: pageCsp([...new Set(inlineScripts(deferred).map(sha256))]) };
}
