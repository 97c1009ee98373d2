import type { Article } from "@/content/schema";
import { StoryCard } from "./story-card";

/** Stories under a heading of level `headingLevel - 1`: their headlines are one level below it. */
export function StoryList({
  articles,
  headingLevel,
  showSection = true,
  emptyText,
  highlight,
}: {
  articles: readonly Article[];
  headingLevel: 2 | 3;
  showSection?: boolean;
  emptyText: string;
  highlight?: ReadonlySet<string>;
}) {
  if (articles.length === 0) return <p className="py-6 text-muted">{emptyText}</p>;
  return (
    <ul>
      {articles.map((article) => (
        <li key={article.slug}>
          <StoryCard article={article} showSection={showSection} headingLevel={headingLevel} {...(highlight ? { highlight } : {})} />
        </li>
      ))}
    </ul>
  );
}
