import { ArticleBody } from "@/components/article/article-body";
import { ArticleTags } from "@/components/article/article-tags";
import { Byline } from "@/components/article/byline";
import { CaptionedImage } from "@/components/article/captioned-image";
import { Corrections } from "@/components/article/corrections";
import { Breadcrumbs } from "@/components/article/breadcrumbs";
import { StandardsLinks } from "@/components/article/standards-links";
import { ShareBar } from "@/components/article/share-bar";
import { LEAD_IMAGE_SIZES } from "@/components/article/article-view";
import { IslandScript } from "@/components/islands/island-script";
import { languageAttributes } from "@/content/language";
import { coverageOpen, livePages } from "@/content/live-pages";
import type { Article, LiveCoverage } from "@/content/schema";
import { absoluteUrl, articlePath, liveUpdatesPath } from "@/content/urls";
import { KeyEvents } from "./key-events";
import { LiveLabel } from "./live-label";
import { LivePagination } from "./live-pagination";
import { LivePost } from "./live-post";

/**
 * A live story's own address, without JavaScript first: the "Live" label, headline, standfirst,
 * summary, byline and share bar; the lead photo and introduction; key events; the pinned post, then
 * the newest posts (content/live-pages.ts), newest first; a link to older posts. While coverage is open
 * the live-updates island asks for new posts (components/islands/live-updates.island.ts).
 */
export function LiveView({ article, live, now }: { article: Article; live: LiveCoverage; now: number }) {
  const pages = livePages(live.posts);
  const pinned = live.posts.find((post) => post.pinned);
  const open = coverageOpen(live, now);
  return (
    <article className="mx-auto max-w-5xl px-4 py-6 sm:py-10" {...languageAttributes(article.language)}>
      <header className="mx-auto max-w-measure">
        <LiveLabel live={live} now={now} story={article.language} />
        <Breadcrumbs article={article} />
        <h1 className="mt-2 font-serif text-3xl leading-tight font-bold text-balance sm:text-5xl sm:leading-tight">{article.headline}</h1>
        <p className="mt-3 font-serif text-xl leading-snug text-muted sm:text-2xl">{article.standfirst}</p>
        {live.summary.length > 0 ? (
          <ul className="mt-4 list-disc space-y-1 ps-5 font-serif text-lg leading-snug">
            {live.summary.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        ) : null}
        <Byline article={article} />
        <ShareBar url={absoluteUrl(articlePath(article))} title={article.headline} story={article.language} />
      </header>
      <CaptionedImage image={article.image} sizes={LEAD_IMAGE_SIZES} preload story={article.language} />
      <div className="mx-auto max-w-measure">
        <ArticleBody blocks={article.body} language={article.language} />
        <KeyEvents article={article} pages={pages} posts={live.posts} />
        <section aria-label="Posts" className="mt-8" data-live={open ? "open" : "ended"} data-live-src={liveUpdatesPath(article)}>
          {/* Where the island says what arrived; empty without JavaScript. */}
          <div role="status" aria-live="polite" className="sr-only" data-live-announcer="" />
          {pinned ? <LivePost article={article} post={pinned} label="Pinned" /> : null}
          <div data-live-posts="">
            {pages.first
              .filter((post) => post !== pinned)
              .map((post) => (
                <LivePost key={post.id} article={article} post={post} />
              ))}
          </div>
        </section>
        <LivePagination article={article} page="first" olderPages={pages.older.length} />
        <Corrections corrections={article.corrections} story={article.language} />
        <ArticleTags tags={article.tags} story={article.language} />
        <StandardsLinks article={article} />
      </div>
      {open ? <IslandScript name="live-updates" /> : null}
    </article>
  );
}
