import type { Article } from "@/content/schema";
import { bylineNames, separatorBefore } from "./byline-names";
import { Dateline } from "./dateline";
import { InSiteLanguage } from "./in-site-language";
import { ReadingTime } from "@/components/story/reading-time";

/** "By Agencies" over the dateline, and an "Updated" time when the story changed after publication. */
export function Byline({ article }: { article: Article }) {
  const names = bylineNames(article.byline);
  return (
    <div className="mt-5 border-y border-rule py-3 text-sm">
      <p className="font-semibold">
        <InSiteLanguage story={article.language}>{"By "}</InSiteLanguage>
        {names.map((name, index) => (
          // <bdi>: a name in another script than the story's keeps its own order and the commas theirs.
          <bdi key={name.name}>
            {separatorBefore(index, names.length)}
            {name.href ? (
              <a href={name.href} rel="author" className="underline underline-offset-2">
                {name.name}
              </a>
            ) : (
              name.name
            )}
          </bdi>
        ))}
      </p>
      <p className="mt-1 text-dateline">
        <Dateline iso={article.published} story={article.language} />
        {article.updated !== article.published ? (
          <>
            {" · "}
            <InSiteLanguage story={article.language}>{"Updated "}</InSiteLanguage>
            <Dateline iso={article.updated} story={article.language} />
          </>
        ) : null}
        <ReadingTime article={article} />
      </p>
    </div>
  );
}
