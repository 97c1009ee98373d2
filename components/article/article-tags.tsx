import type { Tag } from "@/content/schema";
import { tagPath } from "@/content/urls";

export function ArticleTags({ tags }: { tags: readonly Tag[] }) {
  if (tags.length === 0) return null;
  return (
    <nav aria-labelledby="article-topics" className="mt-10 border-t border-rule pt-4 print:hidden">
      <h2 id="article-topics" className="text-sm font-semibold">
        Topics
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <a href={tagPath(tag)} className="inline-block rounded-full border border-rule px-3 py-1.5 text-sm hover:bg-panel">
              {tag.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
