import { pageLinks, pagePath } from "@/content/pagination";

const LINK = "inline-flex min-h-11 min-w-11 items-center justify-center rounded px-3 font-semibold hover:bg-panel hover:underline";

/**
 * Plain links between the pages of a listing (or of search results, `href`), for readers without JavaScript and for crawlers: newer and
 * older (with rel="prev" and rel="next"), and numbers for the first, last and nearby pages.
 */
export function PaginationNav({
  basePath,
  page,
  count,
  href,
  labels = ["Newer stories", "Older stories"],
}: {
  basePath?: string;
  page: number;
  count: number;
  href?: (page: number) => string;
  labels?: readonly [previous: string, next: string];
}) {
  if (count <= 1) return null;
  const linkTo = href ?? ((to: number) => pagePath(basePath ?? "/", to));
  return (
    <nav aria-label="Pages" className="mt-8 border-t border-rule pt-4 print:hidden">
      <ul className="flex flex-wrap items-center gap-1">
        {page > 1 ? (
          <li>
            <a href={linkTo(page - 1)} rel="prev" className={LINK}>
              <span aria-hidden="true">←&nbsp;</span>
              {labels[0]}
            </a>
          </li>
        ) : null}
        {pageLinks(page, count).map((link, index) =>
          "gap" in link ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={link.page}>
              {link.page === page ? (
                <span aria-current="page" className={`${LINK} bg-ink text-paper hover:bg-ink hover:no-underline`}>
                  <span className="sr-only">Page </span>
                  {link.page}
                </span>
              ) : (
                <a href={linkTo(link.page)} className={LINK}>
                  <span className="sr-only">Page </span>
                  {link.page}
                </a>
              )}
            </li>
          ),
        )}
        {page < count ? (
          <li>
            <a href={linkTo(page + 1)} rel="next" className={LINK}>
              {labels[1]}
              <span aria-hidden="true">&nbsp;→</span>
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
