import type { Block } from "@/content/schema";
import { ArticleBlock } from "./article-block";

export function ArticleBody({ blocks, language }: { blocks: readonly Block[]; language: string }) {
  return (
    <div className="article-body mt-8 space-y-5 font-serif text-lg leading-relaxed sm:text-xl sm:leading-relaxed [&_h2]:pt-2 [&_h2]:text-2xl">
      {blocks.map((block, index) => (
        // Blocks have no identity of their own; their order never changes after render.
        <ArticleBlock key={index} block={block} language={language} />
      ))}
    </div>
  );
}
