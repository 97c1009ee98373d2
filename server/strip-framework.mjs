// @ts-check
/**
 * Readers get HTML and CSS, not the framework. Next.js's App Router has no setting that leaves its
 * client runtime out of a page (vercel/next.js#45009), so the origin takes it out as each page leaves:
 * the page is parsed with parse5 (the WHATWG parsing algorithm, as a browser builds the document), the
 * framework's nodes are removed from the tree, and the tree is serialised again. What is removed:
 *  - scripts from /_next/ (the client runtime's chunks) and their preloads;
 *  - every inline executable script: Next.js's bootstrap and its RSC flight data (`self.__next_f`),
 *    React's streaming instructions. The site writes no inline script (islands are files, JSON-LD is
 *    data), so anything else inline is reported, and removed all the same;
 *  - React's markers (Suspense and text-separator comments), the empty hidden metadata outlet, and
 *    `next-size-adjust`.
 * A Suspense boundary that streamed (fallback first, content later with a `$RC` instruction) is
 * completed here, as React's instruction would in the browser, so the page reads whole without it.
 *
 * What the parse found is returned as a report: the guard that a Next.js or React upgrade moved the
 * markup this relies on (e2e/framework-markup.http.spec.ts reads it for every prerendered page).
 */
import { parse, serialize } from "parse5";

/** @typedef {import("parse5").DefaultTreeAdapterMap} Tree */
/** @typedef {Tree["childNode"]} Node */
/** @typedef {Tree["element"]} Element */
/** @typedef {Tree["parentNode"]} ParentNode */
/** @typedef {Tree["commentNode"]} Comment */

/**
 * @typedef {{
 *   frameworkScripts: number,
 *   frameworkPreloads: number,
 *   flightData: number,
 *   bootstrap: number,
 *   streamingInstructions: number,
 *   boundariesCompleted: number,
 *   pendingBoundaries: number,
 *   unrecognizedScripts: string[],
 *   errorShell: boolean,
 * }} StripReport
 *   `unrecognizedScripts`: the start of each inline script that is neither Next.js's nor React's.
 *   `pendingBoundaries`: Suspense boundaries left showing their fallback (no instruction completed them).
 *   `errorShell`: the page is Next.js's error shell (`<html id="__next_error__">`, an empty body whose
 *   content only the runtime would render: what `notFound()` and render errors produce in production,
 *   vercel/next.js#62228). server/fallback-pages.mjs gives readers a real page instead.
 */

/** The id of the root element of Next.js's error shell. */
const ERROR_SHELL_ID = "__next_error__";
/** Where Next.js serves its own files: the client runtime's chunks (and the CSS, which stays). */
export const FRAMEWORK_PREFIX = "/_next/";
/**
 * React's comment markers: Suspense boundaries (`$` complete, `$?` pending, `$~` being revealed, `$!`
 * rendered on the client, `/$` end), Activity boundaries (`&`, `/&`), and the separator between two text nodes.
 */
const REACT_MARKERS = new Set(["$", "$?", "$~", "$!", "/$", "&", "/&", " "]);
/** @param {string} data a comment's text @returns {1 | -1 | 0} whether it opens or closes a React boundary */
const boundaryStep = (data) => (data === "/$" || data === "/&" ? -1 : data !== " " && REACT_MARKERS.has(data) ? 1 : 0);
/** Script types that are data, not code: kept (JSON-LD). */
const EXECUTABLE_TYPES = /^(|module|text\/javascript|application\/javascript|text\/ecmascript|application\/ecmascript)$/i;
/** React's streaming instructions: complete boundary `$RC(boundary, segment)`, complete segment `$RS(segment, placeholder)`. */
const INSTRUCTION = /\$(RC|RS)\("([^"]+)","([^"]+)"/g;

/** @param {Element} element @param {string} name */
const attribute = (element, name) => element.attrs.find((attr) => attr.name === name)?.value;

/** @param {Node} node @returns {node is Element} */
const isElement = (node) => "tagName" in node;

/** @param {Node} node @returns {node is Comment} */
const isComment = (node) => node.nodeName === "#comment";

/** @param {Element} element */
const scriptText = (element) => element.childNodes.map((node) => ("value" in node ? node.value : "")).join("");

/**
 * Every element of the tree, in document order (template contents included).
 * @param {ParentNode} parent
 * @returns {Generator<Node>}
 */
function* walk(parent) {
  for (const node of [...parent.childNodes]) {
    yield node;
    if (isElement(node) && node.tagName === "template") yield* walk(/** @type {Tree["template"]} */ (node).content);
    if ("childNodes" in node) yield* walk(node);
  }
}

/** @param {Node} node */
function detach(node) {
  const parent = node.parentNode;
  if (!parent) return;
  parent.childNodes.splice(parent.childNodes.indexOf(node), 1);
  node.parentNode = null;
}

/**
 * Puts `nodes` in place of `node`.
 * @param {Node} node
 * @param {Node[]} nodes
 */
function replaceWith(node, nodes) {
  const parent = node.parentNode;
  if (!parent) return;
  for (const moved of nodes) moved.parentNode = parent;
  parent.childNodes.splice(parent.childNodes.indexOf(node), 1, ...nodes);
  node.parentNode = null;
}

/**
 * Completes a boundary as React's `$RC` does: the fallback between the boundary's `$?` comment and its
 * `/$` is replaced by the streamed segment's content.
 * @param {Map<string, Element>} byId
 * @param {string} boundaryId the template React put inside the boundary ("B:0")
 * @param {string} segmentId the hidden div holding the content ("S:0")
 */
function completeBoundary(byId, boundaryId, segmentId) {
  const template = byId.get(boundaryId);
  const segment = byId.get(segmentId);
  const parent = template?.parentNode;
  if (!template || !segment || !parent) return false;
  const siblings = parent.childNodes;
  const start = siblings.indexOf(template) - 1;
  const opening = siblings[start];
  if (!opening || !isComment(opening) || opening.data !== "$?") return false;
  let depth = 0;
  let end = start + 1;
  for (; end < siblings.length; end += 1) {
    const node = siblings[end];
    const step = node && isComment(node) ? boundaryStep(node.data) : 0;
    if (step === -1 && depth === 0) break;
    depth += step;
  }
  if (end >= siblings.length) return false;
  const content = [...segment.childNodes];
  detach(segment);
  for (const node of siblings.slice(start + 1, end)) node.parentNode = null;
  for (const node of content) node.parentNode = parent;
  siblings.splice(start + 1, end - start - 1, ...content);
  opening.data = "$";
  return true;
}

/**
 * Completes a segment as React's `$RS` does: the placeholder template is replaced by the segment's content.
 * @param {Map<string, Element>} byId
 * @param {string} segmentId
 * @param {string} placeholderId
 */
function completeSegment(byId, segmentId, placeholderId) {
  const segment = byId.get(segmentId);
  const placeholder = byId.get(placeholderId);
  if (!segment || !placeholder) return false;
  const content = [...segment.childNodes];
  detach(segment);
  replaceWith(placeholder, content);
  return true;
}

/**
 * The page without the framework, and what was found in it.
 * @param {string} html a whole document, as Next.js rendered it
 * @returns {{ html: string, report: StripReport }}
 */
export function stripFramework(html) {
  const document = parse(html);
  /** @type {StripReport} */
  const report = {
    frameworkScripts: 0,
    frameworkPreloads: 0,
    flightData: 0,
    bootstrap: 0,
    streamingInstructions: 0,
    boundariesCompleted: 0,
    pendingBoundaries: 0,
    unrecognizedScripts: [],
    errorShell: false,
  };
  /** @type {Map<string, Element>} */
  const byId = new Map();
  /** @type {Node[]} */
  const removals = [];
  /** @type {[string, string, string][]} */
  const instructions = [];

  for (const node of walk(document)) {
    if (!isElement(node)) continue;
    const id = attribute(node, "id");
    if (id !== undefined) byId.set(id, node);
    if (node.tagName === "html" && id === ERROR_SHELL_ID) report.errorShell = true;
    if (node.tagName === "script") {
      const src = attribute(node, "src");
      if (src !== undefined) {
        if (src.startsWith(FRAMEWORK_PREFIX)) {
          report.frameworkScripts += 1;
          removals.push(node);
        }
        continue;
      }
      if (!EXECUTABLE_TYPES.test(attribute(node, "type") ?? "")) continue;
      const text = scriptText(node);
      if (text.includes("__next_f")) report.flightData += 1;
      else if (text.includes("TURBOPACK") || text.includes("__next_s") || text.includes("__NEXT_")) report.bootstrap += 1;
      else if (/\$R[A-Z]\b|\$R[A-Z]=/.test(text)) {
        report.streamingInstructions += 1;
        for (const [, kind = "", first = "", second = ""] of text.matchAll(INSTRUCTION)) instructions.push([kind, first, second]);
      } else report.unrecognizedScripts.push(text.slice(0, 80));
      removals.push(node);
    } else if (node.tagName === "link") {
      const rel = (attribute(node, "rel") ?? "").toLowerCase().split(/\s+/);
      const preloadsScript = rel.includes("modulepreload") || (rel.includes("preload") && attribute(node, "as") === "script");
      if (preloadsScript && (attribute(node, "href") ?? "").startsWith(FRAMEWORK_PREFIX)) {
        report.frameworkPreloads += 1;
        removals.push(node);
      }
    } else if (node.tagName === "meta" && attribute(node, "name") === "next-size-adjust") {
      removals.push(node);
    }
  }

  // Streamed content first, while React's markers still say where it goes.
  for (const [kind, first, second] of instructions) {
    const done = kind === "RC" ? completeBoundary(byId, first, second) : completeSegment(byId, first, second);
    if (done && kind === "RC") report.boundariesCompleted += 1;
  }
  for (const node of removals) detach(node);
  for (const node of walk(document)) {
    if (!isComment(node) || !REACT_MARKERS.has(node.data)) continue;
    if (node.data === "$?") report.pendingBoundaries += 1;
    detach(node);
  }
  // React's metadata outlet: a hidden div left empty once its markers are gone.
  for (const node of walk(document)) {
    if (isElement(node) && node.tagName === "div" && attribute(node, "hidden") !== undefined && node.attrs.length === 1 && node.childNodes.length === 0) detach(node);
  }
  return { html: serialize(document), report };
}
