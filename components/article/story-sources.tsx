import { siteLanguageIn } from "@/components/article/in-site-language";
import type { StorySource } from "@/content/schema";

/**
 * "Sources": the documents and data a story rests on. In paid content every link is the sponsor's
 * (rel="sponsored"), so search engines do not count it as the newsroom's.
 */
export function StorySources({ sources, sponsored, story }: { sources: readonly StorySource[]; sponsored: boolean; story: string }) {
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby="story-sources" className="mt-8" {...siteLanguageIn(story)}>
      <h2 id="story-sources" className="font-serif text-xl font-bold">
        Sources
      </h2>
      <ul className="mt-2 list-disc space-y-1 ps-5">
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} rel={sponsored ? "sponsored noopener" : "noopener"} className="underline underline-offset-2">
              {source.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
