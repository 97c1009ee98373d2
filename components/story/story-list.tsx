import type { Article } from "@/content/schema";
import { StoryCard } from "./story-card";

export function StoryList({ articles, showSection = true, emptyText }: { articles: readonly Article[]; showSection?: boolean; emptyText: string }) {
  if (articles.length === 0) return <p className="py-6 text-muted">{emptyText}</p>;
  return (
    <ul>
      {articles.map((article) => (
        <li key={article.slug}>
          <StoryCard article={article} showSection={showSection} />
        </li>
      ))}
    </ul>
  );
}
