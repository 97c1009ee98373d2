/**
 * Listings in pages of a fixed size: page 1 at the listing's own path, page N at "<path>/page/N". Page
 * numbers are parsed strictly, so every page has exactly one URL and anything else is a 404.
 */

/** Stories on a page of any listing: enough to browse, small enough for a phone (about 40 KB of HTML). */
export const PAGE_SIZE = 25;

/** How many pages `total` stories fill; an empty listing still has its first page. */
export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/**
 * The page number in "/world/page/<param>", or undefined unless it is written as the site links it: digits
 * without a leading zero, 2 or more ("1" lives at the bare path).
 */
export function parsePageParam(param: string): number | undefined {
  if (!/^[1-9]\d{0,8}$/.test(param)) return undefined;
  const page = Number(param);
  return page >= 2 ? page : undefined;
}

/** "/world" + 3 → "/world/page/3"; page 1 is "/world" itself; the front page's pages are "/page/N". */
export function pagePath(basePath: string, page: number): string {
  if (page <= 1) return basePath;
  return `${basePath === "/" ? "" : basePath}/page/${page}`;
}

export type PageLink = { page: number } | { gap: true };

/**
 * The numbered links a pagination bar shows: the first and last pages, and two either side of the current
 * one, with gaps between: 1 … 4 5 [6] 7 8 … 40.
 */
export function pageLinks(current: number, count: number, around = 2): PageLink[] {
  const pages = new Set<number>([1, count]);
  for (let page = current - around; page <= current + around; page += 1) if (page >= 1 && page <= count) pages.add(page);
  const sorted = [...pages].sort((a, b) => a - b);
  const links: PageLink[] = [];
  sorted.forEach((page, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && page - previous > 1) links.push(page - previous === 2 ? { page: page - 1 } : { gap: true });
    links.push({ page });
  });
  return links;
}

/** The stories of page `page` of a listing, or undefined past its last page (a 404). */
export function pageOf<T>(listing: { total: number; slice(offset: number, limit: number): T[] }, page: number): { items: T[]; count: number } | undefined {
  const count = pageCount(listing.total);
  if (page < 1 || page > count) return undefined;
  return { items: listing.slice((page - 1) * PAGE_SIZE, PAGE_SIZE), count };
}

/** The page a route asks for: 1 without a page param, the parsed number with one; undefined for a 404. */
export function requestedPage(param: string | undefined): number | undefined {
  return param === undefined ? 1 : parsePageParam(param);
}
