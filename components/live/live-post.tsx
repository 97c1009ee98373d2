import { ArticleBlock } from "@/components/article/article-block";
import { bylineNames, separatorBefore } from "@/components/article/byline-names";
import { Dateline } from "@/components/article/dateline";
import { InSiteLanguage, siteLanguageIn } from "@/components/article/in-site-language";
import type { Article, Post } from "@/content/schema";
import { postAnchor, postPath } from "@/content/urls";

/**
 * One post of a live story: its own <article> with an id to link to, its time, optional headline and
 * byline, its body, and a link to its own address. The island (components/islands/live-updates.island.ts)
 * renders new ones with this same component, through the story's updates document.
 */
export function LivePost({ article, post, label }: { article: Pick<Article, "slug" | "section" | "language">; post: Post; label?: string }) {
  const names = post.byline ? bylineNames(post.byline) : [];
  return (
    <article id={postAnchor(post.id)} data-post={post.id} data-updated={post.updated ?? post.published} className="scroll-mt-4 border-t border-rule py-6">
      <header className="text-sm" {...siteLanguageIn(article.language)}>
        {label ? <p className="mb-1 font-bold tracking-wide text-accent uppercase">{label}</p> : null}
        <p className="font-semibold text-dateline">
          <Dateline iso={post.published} story={article.language} />
          {post.updated ? (
            <>
              {" · Updated "}
              <Dateline iso={post.updated} story={article.language} />
            </>
          ) : null}
        </p>
      </header>
      {post.headline ? <h2 className="mt-2 font-serif text-2xl leading-snug font-bold">{post.headline}</h2> : null}
      {names.length > 0 ? (
        <p className="mt-1 text-sm font-semibold">
          <InSiteLanguage story={article.language}>{"By "}</InSiteLanguage>
          {names.map((name, index) => (
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
      ) : null}
      <div className="mt-3 space-y-4 font-serif text-lg leading-relaxed">
        {post.body.map((block, index) => (
          // Blocks have no identity of their own; their order never changes after render.
          <ArticleBlock key={index} block={block} language={article.language} />
        ))}
      </div>
      <p className="mt-3 text-sm" {...siteLanguageIn(article.language)}>
        <a href={postPath(article, post.id)} className="underline underline-offset-2">
          Link to this post
        </a>
      </p>
    </article>
  );
}
