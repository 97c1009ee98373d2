import { siteLanguageIn } from "@/components/article/in-site-language";
import { languageAttributes } from "@/content/language";
import type { Article } from "@/content/schema";
import { sectionPath } from "@/content/urls";

/**
 * Home › section › story, the trail the page's BreadcrumbList gives search engines (app/_seo/json-ld.ts
 * breadcrumbJsonLd); the story itself is the current page, its headline shortened to one line.
 */
export function Breadcrumbs({ article }: { article: Pick<Article, "section" | "headline" | "language"> }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm" {...siteLanguageIn(article.language)}>
      <ol className="flex min-w-0 items-center gap-x-2 text-muted">
        <li className="shrink-0">
          <a href="/" className="inline-block py-1 hover:underline">
            Home
          </a>
        </li>
        <li className="flex shrink-0 items-center gap-x-2">
          <span aria-hidden="true">›</span>
          <a href={sectionPath(article.section)} className="inline-block py-1 font-semibold tracking-wide text-accent uppercase hover:underline">
            {article.section.name}
          </a>
        </li>
        <li className="flex min-w-0 items-center gap-x-2 max-sm:hidden">
          <span aria-hidden="true">›</span>
          <span aria-current="page" className="truncate" {...languageAttributes(article.language)}>
            {article.headline}
          </span>
        </li>
      </ol>
    </nav>
  );
}
