import type { Tag } from "@/content/schema";
import { ownDirection } from "@/content/language";
import { tagPath } from "@/content/urls";
import { siteLanguageIn } from "./in-site-language";

/** The story's topics under an English heading; each topic in its own direction. */
export function ArticleTags({ tags, story }: { tags: readonly Tag[]; story: string }) {
  if (tags.length === 0) return null;
  return (
    <nav aria-labelledby="article-topics" className="mt-10 border-t border-rule pt-4 print:hidden">
      <h2 id="article-topics" className="text-sm font-semibold" {...siteLanguageIn(story)}>
        Topics
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <a href={tagPath(tag)} {...ownDirection(tag.name, story)} className="inline-block rounded-full border border-rule px-3 py-1.5 text-sm hover:bg-panel">
              {tag.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
