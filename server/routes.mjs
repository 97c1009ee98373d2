// @ts-check
/**
 * The few facts about the site's URLs that the origin and the cache handler need, without Next.js's
 * router: which paths are article pages (their own cache lifetime, their own freshness) and which
 * article a share image belongs to. Section slugs come from the compiled content (.content/routes.json).
 */
import { readFileSync } from "node:fs";
import path from "node:path";

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
 * @param {string} pathname
 * @param {readonly string[]} sections
 * @returns {"article" | "other"}
 */
export function pageKind(pathname, sections) {
  return articleSlugOf(pathname, sections) !== undefined && !pathname.startsWith("/share/") ? "article" : "other";
}
