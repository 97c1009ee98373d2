import { siteLanguageIn } from "@/components/article/in-site-language";
import type { Article } from "@/content/schema";
import { articlePath, livePagePath } from "@/content/urls";

const LINK = "inline-flex min-h-11 items-center rounded px-3 font-semibold hover:bg-panel hover:underline";

/**
 * Between a live story's pages: newer (rel="prev") and older (rel="next") posts. `page` is "first" (the
 * story's own address) or an older page's number; older pages are numbered from the oldest (1).
 */
export function LivePagination({ article, page, olderPages }: { article: Pick<Article, "slug" | "section" | "language">; page: "first" | number; olderPages: number }) {
  const newer = page === "first" ? undefined : page === olderPages ? articlePath(article) : livePagePath(article, page + 1);
  const older = page === "first" ? (olderPages > 0 ? livePagePath(article, olderPages) : undefined) : page > 1 ? livePagePath(article, page - 1) : undefined;
  if (!newer && !older) return null;
  return (
    <nav aria-label="Pages of posts" className="mt-6 border-t border-rule pt-4 print:hidden" {...siteLanguageIn(article.language)}>
      <ul className="flex flex-wrap justify-between gap-2">
        <li>
          {newer ? (
            <a href={newer} rel="prev" className={LINK}>
              <span aria-hidden="true">←&nbsp;</span>Newer posts
            </a>
          ) : null}
        </li>
        <li>
          {older ? (
            <a href={older} rel="next" className={LINK}>
              Older posts<span aria-hidden="true">&nbsp;→</span>
            </a>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
