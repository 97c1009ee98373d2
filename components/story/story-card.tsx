import { Dateline } from "@/components/article/dateline";
import { siteLanguageIn } from "@/components/article/in-site-language";
import { languageAttributes } from "@/content/language";
import type { Article } from "@/content/schema";
import { articlePath } from "@/content/urls";
import { Highlighted } from "@/components/search/highlighted";
import { KindLabel } from "@/components/kinds/kind-label";
import { LiveKicker } from "./live-kicker";
import { ReadingTime } from "./reading-time";

/** A story in a list: section, kind, linked headline, standfirst, date and reading time; in search results, the matched words marked. */
export function StoryCard({
  article,
  showSection = true,
  headingLevel,
  highlight,
}: {
  article: Article;
  showSection?: boolean;
  headingLevel: 2 | 3;
  /** The search's terms (components/search/highlighted.tsx). */
  highlight?: ReadonlySet<string>;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="border-t border-rule py-5" {...languageAttributes(article.language)}>
      {showSection || article.live ? (
        <p className="text-xs font-semibold tracking-wide text-accent uppercase" {...siteLanguageIn(article.language)}>
          <LiveKicker article={article} />
          {showSection ? article.section.name : null}
        </p>
      ) : null}
      <Heading className="mt-1 font-serif text-xl leading-snug font-bold">
        <KindLabel article={article} size="card" />
        <a href={articlePath(article)} className="hover:underline">
          {highlight ? <Highlighted text={article.headline} terms={highlight} /> : article.headline}
        </a>
      </Heading>
      <p className="mt-2 font-serif text-base leading-snug text-muted">{highlight ? <Highlighted text={article.standfirst} terms={highlight} /> : article.standfirst}</p>
      <p className="mt-2 text-xs text-dateline">
        <Dateline iso={article.published} withTime={false} story={article.language} />
        <ReadingTime article={article} />
      </p>
    </article>
  );
}
