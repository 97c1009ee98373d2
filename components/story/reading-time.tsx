import { InSiteLanguage } from "@/components/article/in-site-language";
import type { Article } from "@/content/schema";

/** " · 4 min read" after a card's date (content/reading-time.ts); nothing for live coverage. */
export function ReadingTime({ article }: { article: Pick<Article, "readingMinutes" | "language"> }) {
  if (article.readingMinutes === undefined) return null;
  return (
    <>
      {" · "}
      <InSiteLanguage story={article.language}>{`${article.readingMinutes} min read`}</InSiteLanguage>
    </>
  );
}
