import Link from "next/link";
import { Dateline } from "@/components/article/dateline";
import type { Article } from "@/content/schema";
import { articlePath } from "@/content/urls";

/** A story in a list: section, linked headline, standfirst and date. */
export function StoryCard({ article, showSection = true }: { article: Article; showSection?: boolean }) {
  return (
    <article className="border-t border-rule py-5">
      {showSection ? <p className="text-xs font-semibold tracking-wide text-accent uppercase">{article.section.name}</p> : null}
      <h3 className="mt-1 font-serif text-xl leading-snug font-bold">
        <Link href={articlePath(article)} className="hover:underline">
          {article.headline}
        </Link>
      </h3>
      <p className="mt-2 font-serif text-base leading-snug text-muted">{article.standfirst}</p>
      <p className="mt-2 text-xs text-dateline">
        <Dateline iso={article.published} withTime={false} />
      </p>
    </article>
  );
}
