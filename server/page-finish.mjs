// @ts-check
/**
 * The last step of every page on its way out of the origin, whether Next.js prerendered it at build or
 * rendered it a moment ago: the framework is taken out (server/strip-framework.mjs), so the page is HTML,
 * CSS and its islands, and it gets a Content-Security-Policy that runs scripts from this origin only.
 * No nonce (pages stay cacheable and identical for every reader), no hash, no 'unsafe-inline'.
 */
import { createHash } from "node:crypto";
import { pageCsp } from "./security-headers.mjs";
import { stripFramework } from "./strip-framework.mjs";

/**
 * A strong ETag for a body. Next.js's own (generateEtags) is off: it would hash every response on every
 * request, and here a page is hashed once, when it is finished, and kept with its tag.
 * @param {Buffer} body
 */
export const entityTag = (body) => `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;

/**
 * @param {string} html the page as Next.js sent it
 * @returns {{ html: string, csp: string, report: import("./strip-framework.mjs").StripReport }}
 */
export function finishPage(html) {
  const { html: stripped, report } = stripFramework(html);
  return { html: stripped, csp: pageCsp(), report };
}

/**
 * What a finished page's report says is wrong, if anything: an inline script the stripping did not
 * recognise, or content React streamed that could not be put in place. Either means a Next.js or React
 * upgrade changed the markup server/strip-framework.mjs relies on.
 * @param {import("./strip-framework.mjs").StripReport} report
 * @returns {string | undefined}
 */
export function finishProblem(report) {
  const problems = [
    ...report.unrecognizedScripts.map((start) => `an inline script it does not recognise was removed: ${JSON.stringify(start)}`),
    ...(report.pendingBoundaries > 0 ? [`${report.pendingBoundaries} streamed Suspense boundary(ies) left on their fallback`] : []),
  ];
  return problems.length > 0 ? problems.join("; ") : undefined;
}
