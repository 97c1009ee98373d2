import { Dateline } from "@/components/article/dateline";
import { siteLanguageIn } from "@/components/article/in-site-language";
import { languageAttributes } from "@/content/language";
import type { Article } from "@/content/schema";
import { articlePath } from "@/content/urls";

/** A story in a list: section, linked headline, standfirst and date. */
export function StoryCard({ article, showSection = true, headingLevel }: { article: Article; showSection?: boolean; headingLevel: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="border-t border-rule py-5" {...languageAttributes(article.language)}>
      {showSection ? (
        <p className="text-xs font-semibold tracking-wide text-accent uppercase" {...siteLanguageIn(article.language)}>
          {article.section.name}
        </p>
      ) : null}
      <Heading className="mt-1 font-serif text-xl leading-snug font-bold">
        <a href={articlePath(article)} className="hover:underline">
          {article.headline}
        </a>
      </Heading>
      <p className="mt-2 font-serif text-base leading-snug text-muted">{article.standfirst}</p>
      <p className="mt-2 text-xs text-dateline">
        <Dateline iso={article.published} withTime={false} story={article.language} />
      </p>
    </article>
  );
}
