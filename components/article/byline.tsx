import type { Article } from "@/content/schema";
import { bylineNames, separatorBefore } from "./byline-names";
import { Dateline } from "./dateline";

/** "By Agencies" over the dateline, and an "Updated" time when the story changed after publication. */
export function Byline({ article }: { article: Article }) {
  const names = bylineNames(article.byline);
  return (
    <div className="mt-5 border-y border-rule py-3 text-sm">
      <p className="font-semibold">
        By{" "}
        {names.map((name, index) => (
          <span key={name.name}>
            {separatorBefore(index, names.length)}
            {name.href ? (
              <a href={name.href} rel="author" className="underline underline-offset-2">
                {name.name}
              </a>
            ) : (
              name.name
            )}
          </span>
        ))}
      </p>
      <p className="mt-1 text-dateline">
        <Dateline iso={article.published} />
        {article.updated !== article.published ? (
          <>
            {" · Updated "}
            <Dateline iso={article.updated} />
          </>
        ) : null}
      </p>
    </div>
  );
}
