import { languageAttributes } from "@/content/language";
import type { Article } from "@/content/schema";
import { absoluteUrl, articlePath, sectionPath } from "@/content/urls";
import { AgeNotice } from "./age-notice";
import { ArticleBody } from "./article-body";
import { ArticleTags } from "./article-tags";
import { Byline } from "./byline";
import { CaptionedImage } from "./captioned-image";
import { Corrections } from "./corrections";
import { InSiteLanguage, siteLanguageIn } from "./in-site-language";
import { ShareBar } from "./share-bar";
import { SourceLine } from "./source-line";

/** The lead image fills the article column (64rem less 2rem of gutters); below that, about the viewport (a bare "100vw" lets the optimizer trim its srcset; calc() would list every width). */
export const LEAD_IMAGE_SIZES = "(min-width: 64rem) 62rem, 100vw";

/** `now`: when the page is rendered, for the notice on an old story (components/article/age-notice.tsx). */
export function ArticleView({ article, now }: { article: Article; now: number }) {
  const canonicalUrl = absoluteUrl(articlePath(article));
  return (
    <article className="mx-auto max-w-5xl px-4 py-6 sm:py-10" {...languageAttributes(article.language)}>
      <header className="mx-auto max-w-measure">
        <AgeNotice published={article.published} now={now} story={article.language} />
        <p className="text-sm font-semibold tracking-wide uppercase" {...siteLanguageIn(article.language)}>
          <a href={sectionPath(article.section)} className="inline-block py-1 text-accent hover:underline">
            {article.section.name}
          </a>
        </p>
        <h1 className="mt-2 font-serif text-3xl leading-tight font-bold text-balance sm:text-5xl sm:leading-tight">
          {article.headline}
        </h1>
        <p className="mt-3 font-serif text-xl leading-snug text-muted sm:text-2xl">{article.standfirst}</p>
        <Byline article={article} />
        <ShareBar url={canonicalUrl} title={article.headline} story={article.language} />
      </header>
      <CaptionedImage image={article.image} sizes={LEAD_IMAGE_SIZES} preload story={article.language} />
      <div className="mx-auto max-w-measure">
        <ArticleBody blocks={article.body} language={article.language} />
        {article.source ? <SourceLine source={article.source} story={article.language} /> : null}
        <Corrections corrections={article.corrections} story={article.language} />
        <ArticleTags tags={article.tags} story={article.language} />
        <p className="mt-8 hidden text-sm print:block">
          <InSiteLanguage story={article.language}>{"Read online: "}</InSiteLanguage>
          {canonicalUrl}
        </p>
      </div>
    </article>
  );
}
