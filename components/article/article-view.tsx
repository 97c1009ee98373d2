import Link from "next/link";
import type { Article } from "@/content/schema";
import { absoluteUrl, articlePath, sectionPath } from "@/content/urls";
import { ArticleBody } from "./article-body";
import { ArticleTags } from "./article-tags";
import { Byline } from "./byline";
import { CaptionedImage } from "./captioned-image";
import { ShareBar } from "./share-bar";
import { SourceLine } from "./source-line";

/** The lead image fills the article column (64rem less 2rem of gutters); below that, the viewport less the gutters. */
export const LEAD_IMAGE_SIZES = "(min-width: 64rem) 62rem, calc(100vw - 2rem)";

export function ArticleView({ article }: { article: Article }) {
  return (
    <article className="mx-auto max-w-5xl px-4 py-6 sm:py-10">
      <header className="mx-auto max-w-measure">
        <p className="text-sm font-semibold tracking-wide uppercase">
          <Link href={sectionPath(article.section)} className="text-accent hover:underline">
            {article.section.name}
          </Link>
        </p>
        <h1 className="mt-2 font-serif text-3xl leading-tight font-bold text-balance sm:text-5xl sm:leading-tight">
          {article.headline}
        </h1>
        <p className="mt-3 font-serif text-xl leading-snug text-muted sm:text-2xl">{article.standfirst}</p>
        <Byline article={article} />
        <ShareBar url={absoluteUrl(articlePath(article))} title={article.headline} />
      </header>
      <CaptionedImage image={article.image} sizes={LEAD_IMAGE_SIZES} preload />
      <div className="mx-auto max-w-measure">
        <ArticleBody blocks={article.body} />
        {article.source ? <SourceLine source={article.source} /> : null}
        <ArticleTags tags={article.tags} />
      </div>
    </article>
  );
}
