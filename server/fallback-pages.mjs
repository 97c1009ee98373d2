// @ts-check
/**
 * Real pages for the answers Next.js leaves empty, and for the origin's own refusals. In production, a
 * page that calls `notFound()` (an unknown story, a listing page past the end, an unknown topic or
 * author) or throws while rendering is answered with Next's error shell, `<html id="__next_error__">`
 * with an empty body, whose content only its client runtime would render (vercel/next.js#62228, open).
 * Readers here get no runtime, so the renderer answers such a response with the not-found page `next
 * build` prerendered (the one an unmatched address gets: the site's layout around app/not-found.tsx)
 * for a 4xx, and the same frame saying that something went wrong for a 5xx. The front answers a reader
 * it limits (429) or cannot serve in time (503) in the same frame. Status and headers are the caller's.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, parseFragment, serialize } from "parse5";
import { stripFramework } from "./strip-framework.mjs";

/** Where `next build` writes the prerendered not-found page. */
export const NOT_FOUND_PAGE = path.join(".next", "server", "app", "_not-found.html");

/** What each page says, in the not-found page's frame and with its classes. */
const MESSAGES = {
  serverError: { title: "Something went wrong", text: "This page could not be shown just now. Please try again in a moment." },
  busy: { title: "Very busy right now", text: "So many readers are asking for this at once that we could not answer you in time. Please try again in a few seconds." },
  tooMany: { title: "Too many requests", text: "You have asked for pages faster than anyone can read them. Please wait a few seconds, then try again." },
};

/** @param {{ title: string, text: string }} message */
const mainOf = ({ title, text }) =>
  `<div class="mx-auto max-w-measure px-4 py-12"><h1 class="font-serif text-4xl font-bold">${title}</h1><p class="mt-4 text-lg">${text}</p><p class="mt-6"><a href="/" class="font-semibold text-accent underline underline-offset-2">Go to the front page</a></p></div>`;

/** @typedef {{ notFound: string, serverError: string, busy: string, tooMany: string }} FallbackPages */

/** @typedef {import("parse5").DefaultTreeAdapterMap} Tree */

/**
 * The first element named `tagName`, depth first.
 * @param {Tree["parentNode"]} parent
 * @param {string} tagName
 * @returns {Tree["element"] | undefined}
 */
function find(parent, tagName) {
  for (const node of parent.childNodes) {
    if (!("tagName" in node)) continue;
    if (node.tagName === tagName) return node;
    const found = find(node, tagName);
    if (found) return found;
  }
  return undefined;
}

/**
 * The fallback pages made from the not-found page as Next.js prerendered it.
 * @param {string} notFoundHtml
 * @returns {FallbackPages}
 */
export function fallbackPages(notFoundHtml) {
  const notFound = stripFramework(notFoundHtml).html;
  /** @param {{ title: string, text: string }} message */
  const saying = (message) => {
    const document = parse(notFound);
    const title = find(document, "title");
    const main = find(document, "main");
    if (!title || !main) throw new Error("fallback pages: the not-found page has no <title> or <main> to build the others from");
    const titleText = title.childNodes.map((node) => ("value" in node ? node.value : "")).join("");
    const separator = titleText.indexOf(" | ");
    parse5Text(title, separator === -1 ? message.title : `${message.title}${titleText.slice(separator)}`);
    main.childNodes = parseFragment(mainOf(message)).childNodes;
    for (const node of main.childNodes) node.parentNode = main;
    return serialize(document);
  };
  return { notFound, serverError: saying(MESSAGES.serverError), busy: saying(MESSAGES.busy), tooMany: saying(MESSAGES.tooMany) };
}

/**
 * Sets an element's only child to a text node.
 * @param {Tree["element"]} element
 * @param {string} text
 */
function parse5Text(element, text) {
  element.childNodes = [{ nodeName: "#text", value: text, parentNode: element }];
}

/**
 * The fallback pages of the build in `dir`.
 * @param {string} dir
 * @returns {FallbackPages}
 */
export function readFallbackPages(dir) {
  return fallbackPages(readFileSync(path.join(dir, NOT_FOUND_PAGE), "utf8"));
}
