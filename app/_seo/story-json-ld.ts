/**
 * A story's structured data by its kind (content/story-kinds.mjs): the schema.org type that says what
 * it is (AnalysisNewsArticle, OpinionNewsArticle, BackgroundNewsArticle; paid content an
 * AdvertiserContentArticle, never a NewsArticle), plus the node a review or a fact check needs (a
 * Review naming what it reviews, a ClaimReview with the claim and the verdict). Live coverage has its
 * own builder (liveBlogJsonLd).
 */
import type { AdvertiserContentArticle, AnalysisNewsArticle, BackgroundNewsArticle, ClaimReview, NewsArticle, OpinionNewsArticle, Review, Thing, WithContext } from "schema-dts";
import { cropPath, CROP_NAMES } from "@/content/images";
import type { Article, Review as StoryReview } from "@/content/schema";
import { STANDARDS_LINKS } from "@/content/standards-links";
import { absoluteUrl, articlePath } from "@/content/urls";
import { authorsOf, publisher, PUBLISHER_REFERENCE } from "./json-ld";

type StoryNode = NewsArticle | AnalysisNewsArticle | BackgroundNewsArticle | OpinionNewsArticle | AdvertiserContentArticle;

/** The schema.org type of each kind's article (live coverage excepted: a LiveBlogPosting). */
const ARTICLE_TYPES = {
  news: "NewsArticle",
  live: "NewsArticle",
  analysis: "AnalysisNewsArticle",
  explainer: "BackgroundNewsArticle",
  opinion: "OpinionNewsArticle",
  editorial: "OpinionNewsArticle",
  letter: "OpinionNewsArticle",
  interview: "NewsArticle",
  review: "NewsArticle",
  obituary: "NewsArticle",
  factcheck: "NewsArticle",
  sponsored: "AdvertiserContentArticle",
} as const satisfies Record<Article["kind"], StoryNode["@type"]>;

/** The article node: what every kind says the same way, typed by kind. */
export function storyArticleJsonLd(article: Article): WithContext<StoryNode> {
  const url = absoluteUrl(articlePath(article));
  const node = {
    "@context": "https://schema.org",
    "@type": ARTICLE_TYPES[article.kind],
    headline: article.headline,
    description: article.standfirst,
    image: CROP_NAMES.map((crop) => absoluteUrl(cropPath(article, crop))),
    datePublished: article.published,
    dateModified: article.updated,
    author: authorsOf(article),
    publisher: publisher(),
    // The page's address is mainEntityOfPage's @id: a separate `url` would say it again in every article.
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    articleSection: article.section.name,
    keywords: article.tags.map((tag) => tag.name),
    inLanguage: article.language,
    publishingPrinciples: absoluteUrl(STANDARDS_LINKS.publishingPrinciples),
    ...(article.sources.length === 0 ? {} : { citation: article.sources.map((source) => ({ "@type": "CreativeWork" as const, name: source.title, url: source.url })) }),
    ...(article.backstory === undefined ? {} : { backstory: article.backstory }),
    ...(article.sponsor ? { sponsor: { "@type": "Organization" as const, name: article.sponsor.name, url: article.sponsor.url } } : {}),
    // schema.org's CorrectionComment: what was corrected and when, for search engines and fact-checkers.
    ...(article.corrections.length === 0
      ? {}
      : { correction: article.corrections.map((correction) => ({ "@type": "CorrectionComment" as const, text: correction.text, datePublished: correction.date })) }),
  };
  return node as WithContext<StoryNode>;
}

/** Who made what a review reviews, under the property schema.org gives its type. */
function madeBy(item: StoryReview["itemReviewed"]): Record<string, Thing> {
  if (!item.by) return {};
  switch (item.type) {
    case "Movie":
    case "TVSeries":
      return { director: { "@type": "Person", name: item.by } };
    case "MusicAlbum":
    case "MusicRecording":
      return { byArtist: { "@type": "MusicGroup", name: item.by } };
    case "Product":
      return { brand: { "@type": "Brand", name: item.by } };
    case "Event":
      return { performer: { "@type": "PerformingGroup", name: item.by } };
    case "Restaurant":
      return {};
    case "Book":
    case "Game":
    case "SoftwareApplication":
    case "CreativeWork":
      return { author: { "@type": "Person", name: item.by } };
  }
}

/** A review's Review node: what it reviews (itemReviewed, required) and the critic's rating. */
export function reviewJsonLd(article: Article, review: StoryReview): WithContext<Review> {
  return {
    "@context": "https://schema.org",
    "@type": "Review",
    name: article.headline,
    url: absoluteUrl(articlePath(article)),
    datePublished: article.published,
    author: authorsOf(article),
    publisher: PUBLISHER_REFERENCE,
    itemReviewed: { "@type": review.itemReviewed.type, name: review.itemReviewed.name, ...madeBy(review.itemReviewed) } as Thing,
    ...(review.rating ? { reviewRating: { "@type": "Rating", ratingValue: review.rating.value, bestRating: review.rating.best, worstRating: 0 } } : {}),
  } as WithContext<Review>;
}

/** A fact check's ClaimReview: the claim, who made it, where and when, and the verdict (Google's required fields). */
export function claimReviewJsonLd(article: Article, factCheck: NonNullable<Article["factCheck"]>): WithContext<ClaimReview> {
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: absoluteUrl(articlePath(article)),
    claimReviewed: factCheck.claim,
    datePublished: article.published,
    author: publisher(),
    reviewRating: { "@type": "Rating", alternateName: factCheck.verdict },
    itemReviewed: {
      "@type": "Claim",
      author: { "@type": "Person", name: factCheck.claimant },
      datePublished: factCheck.date,
      appearance: { "@type": "CreativeWork", name: factCheck.appearance.name, ...(factCheck.appearance.url ? { url: factCheck.appearance.url } : {}) },
    },
  };
}

/** Every node a story's page carries, by kind: its article, and a review's or a fact check's own. */
export function storyJsonLd(article: Article): WithContext<Thing>[] {
  return [
    storyArticleJsonLd(article),
    ...(article.kind === "review" && article.review ? [reviewJsonLd(article, article.review)] : []),
    ...(article.kind === "factcheck" && article.factCheck ? [claimReviewJsonLd(article, article.factCheck)] : []),
  ];
}
