// @ts-check
/**
 * The few facts about the site's URLs that the origin and the cache handler need, without Next.js's
 * router: which paths are article pages (their own cache lifetime, their own freshness) and which
 * article a share image belongs to. Section slugs come from the compiled content (.content/routes.json).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { KIND_HUB_SLUGS } from "../content/story-kinds.mjs";

/** @returns {readonly string[]} */
export function readSectionSlugs(dir = process.cwd()) {
  try {
    return JSON.parse(readFileSync(path.join(dir, ".content", "routes.json"), "utf8")).sections;
  } catch {
    return [];
  }
}

/** @param {string} segment */
function decode(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The slug of the article a path shows: "/world/oil-prices" → "oil-prices"; a share image of it,
 * "/share/oil-prices/card.jpg", too. Undefined for any other path.
 * @param {string} pathname without the query
 * @param {readonly string[]} sections
 */
export function articleSlugOf(pathname, sections) {
  const parts = pathname.split("/");
  if (parts.length === 3 && sections.includes(decode(parts[1] ?? "")) && parts[2] && parts[2] !== "rss.xml") return decode(parts[2]);
  if (parts.length === 4 && parts[1] === "share" && parts[2]) return decode(parts[2]);
  return undefined;
}

/**
 * The slug of the story whose own pages a path is: its page, and the pages below it (a live story's
 * older pages, its updates document, its posts' addresses): "/world/oil-prices/page/2" → "oil-prices".
 * Undefined for any other path ("/world/page/2" is the section's).
 * @param {string} pathname without the query
 * @param {readonly string[]} sections
 */
export function storySlugOf(pathname, sections) {
  const parts = pathname.split("/");
  if (parts.length < 3 || !sections.includes(decode(parts[1] ?? "")) || !parts[2] || parts[2] === "rss.xml") return undefined;
  if (parts[2] === "page" && parts.length > 3) return undefined;
  return decode(parts[2]);
}

/**
 * The listings: pages made of stories' cards, filed by section, topic and date. (An author's page is
 * not one: its structured data carries the time of the author's latest change to any story.)
 */
const LISTING_ROOTS = new Set(["page", "topics", "archive"]);

/** @type {readonly string[]} */
const HUBS = KIND_HUB_SLUGS;

/**
 * Whether a path is a listing: the front page and its pages, a section's or a kind's hub's pages,
 * topics and the archive (not their feeds: those carry what stories say beyond their cards).
 * @param {string} pathname without the query
 * @param {readonly string[]} sections
 */
export function isListing(pathname, sections) {
  if (pathname === "/") return true;
  const parts = pathname.split("/");
  if (parts.some((part) => part.includes("."))) return false;
  const root = decode(parts[1] ?? "");
  if (LISTING_ROOTS.has(root)) return true;
  return (sections.includes(root) || HUBS.includes(root)) && (parts.length === 2 || (parts[2] === "page" && parts.length === 4));
}

/**
 * @param {string} pathname
 * @param {readonly string[]} sections
 * @returns {"article" | "other"}
 */
export function pageKind(pathname, sections) {
  return articleSlugOf(pathname, sections) !== undefined && !pathname.startsWith("/share/") ? "article" : "other";
}

/**
 * Whether a page shows a "Most read" list (components/most-read): the front page, the most-read page,
 * a section's pages, and every story's own pages.
 * @param {string} pathname without the query
 * @param {readonly string[]} sections
 */
export function showsMostRead(pathname, sections) {
  if (pathname === "/" || pathname === "/most-read") return true;
  if (storySlugOf(pathname, sections) !== undefined) return !pathname.includes(".");
  const parts = pathname.split("/");
  return sections.includes(decode(parts[1] ?? "")) && (parts.length === 2 || (parts[2] === "page" && parts.length === 4));
}
