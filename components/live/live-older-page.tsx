import { Dateline } from "@/components/article/dateline";
import { siteLanguageIn } from "@/components/article/in-site-language";
import { languageAttributes } from "@/content/language";
import type { Article, Post } from "@/content/schema";
import { articlePath } from "@/content/urls";
import { LivePagination } from "./live-pagination";
import { LivePost } from "./live-post";

/**
 * An older page of a live story's posts (numbered from the oldest, so it never changes as posts
 * arrive): which story, which stretch of time, its posts newest first, and the way to newer and older.
 */
export function LiveOlderPage({ article, page, posts, olderPages }: { article: Article; page: number; posts: readonly Post[]; olderPages: number }) {
  const newest = posts[0];
  const oldest = posts.at(-1);
  return (
    <article className="mx-auto max-w-measure px-4 py-6 sm:py-10" {...languageAttributes(article.language)}>
      <header>
        <p className="text-sm font-semibold" {...siteLanguageIn(article.language)}>
          Earlier posts of{" "}
          <a href={articlePath(article)} className="text-accent underline underline-offset-2">
            the live coverage
          </a>
        </p>
        <h1 className="mt-2 font-serif text-3xl leading-tight font-bold text-balance">{article.headline}</h1>
        {newest && oldest ? (
          <p className="mt-2 text-sm text-dateline" {...siteLanguageIn(article.language)}>
            Posts from <Dateline iso={oldest.published} story={article.language} /> to <Dateline iso={newest.published} story={article.language} />
          </p>
        ) : null}
      </header>
      <section aria-label={`Posts, page ${page}`} className="mt-6">
        {posts.map((post) => (
          <LivePost key={post.id} article={article} post={post} />
        ))}
      </section>
      <LivePagination article={article} page={page} olderPages={olderPages} />
    </article>
  );
}
