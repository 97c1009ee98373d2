import { siteLanguageIn } from "@/components/article/in-site-language";
import type { Article } from "@/content/schema";
import { reportErrorPath, standardsPagePath } from "@/content/urls";

/** At every story's foot: the standards it was written to, and how to tell us it got something wrong. */
export function StandardsLinks({ article }: { article: Pick<Article, "slug" | "language"> }) {
  return (
    <p className="mt-8 flex flex-wrap gap-x-6 gap-y-1 text-sm print:hidden" {...siteLanguageIn(article.language)}>
      <a href={standardsPagePath("standards")} className="inline-block py-1 underline underline-offset-2">
        Our standards
      </a>
      <a href={reportErrorPath(article)} className="inline-block py-1 underline underline-offset-2" rel="nofollow">
        Report an error
      </a>
    </p>
  );
}
