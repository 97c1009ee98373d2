import { languageAttributes } from "@/content/language";
import type { Article } from "@/content/schema";
import { absoluteUrl, articlePath } from "@/content/urls";
import { AboutPaidContent } from "@/components/kinds/about-paid-content";
import { ClaimChecked } from "@/components/kinds/claim-checked";
import { KindLabel } from "@/components/kinds/kind-label";
import { ReviewSubject } from "@/components/kinds/review-subject";
import { Backstory } from "./backstory";
import { Breadcrumbs } from "./breadcrumbs";
import { StandardsLinks } from "./standards-links";
import { StorySources } from "./story-sources";
import { AgeNotice } from "./age-notice";
import { ArticleBody } from "./article-body";
import { ArticleTags } from "./article-tags";
import { Byline } from "./byline";
import { CaptionedImage } from "./captioned-image";
import { Corrections } from "./corrections";
import { InSiteLanguage } from "./in-site-language";
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
        <Breadcrumbs article={article} />
        <h1 className="mt-2 font-serif text-3xl leading-tight font-bold text-balance sm:text-5xl sm:leading-tight">
          <KindLabel article={article} size="page" />
          {article.headline}
        </h1>
        <p className="mt-3 font-serif text-xl leading-snug text-muted sm:text-2xl">{article.standfirst}</p>
        {article.review ? <ReviewSubject review={article.review} story={article.language} /> : null}
        <Byline article={article} />
        {article.sponsor ? <AboutPaidContent sponsor={article.sponsor} story={article.language} /> : null}
        <ShareBar url={canonicalUrl} title={article.headline} story={article.language} />
      </header>
      <CaptionedImage image={article.image} sizes={LEAD_IMAGE_SIZES} preload story={article.language} />
      {article.factCheck ? <ClaimChecked factCheck={article.factCheck} story={article.language} /> : null}
      <div className="mx-auto max-w-measure">
        <ArticleBody blocks={article.body} language={article.language} />
        {article.source ? <SourceLine source={article.source} story={article.language} /> : null}
        <StorySources sources={article.sources} sponsored={article.kind === "sponsored"} story={article.language} />
        {article.backstory ? <Backstory text={article.backstory} story={article.language} /> : null}
        <Corrections corrections={article.corrections} story={article.language} />
        <ArticleTags tags={article.tags} story={article.language} />
        <StandardsLinks article={article} />
        <p className="mt-8 hidden text-sm print:block">
          <InSiteLanguage story={article.language}>{"Read online: "}</InSiteLanguage>
          {canonicalUrl}
        </p>
      </div>
    </article>
  );
}
