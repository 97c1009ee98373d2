import { StoryList } from "@/components/story/story-list";
import type { Article } from "@/content/schema";

/** How many related stories a story page shows (fewer when the archive has fewer). */
export const RELATED_STORIES = 4;

/** Stories to read next, under the story: plain links, the same for every reader. */
export function RelatedStories({ articles }: { articles: readonly Article[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-stories" className="mx-auto max-w-5xl px-4 pb-10 print:hidden">
      <div className="mx-auto max-w-measure">
        <h2 id="related-stories" className="font-serif text-2xl font-bold">
          Related stories
        </h2>
        <div className="mt-2">
          <StoryList headingLevel={3} articles={articles} emptyText="" />
        </div>
      </div>
    </section>
  );
}
