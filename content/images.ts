import type { Article } from "./schema";

/** The share card: the large-image size every network accepts (Facebook, X, LinkedIn, WhatsApp). */
export const SHARE_CARD = { width: 1200, height: 630, type: "image/jpeg" } as const;

/** Crops of the lead photo for structured data, each 1200 px wide as Google asks, in three ratios. */
export const CROPS = {
  "16x9": { width: 1200, height: 675 },
  "4x3": { width: 1200, height: 900 },
  "1x1": { width: 1200, height: 1200 },
} as const;
export type CropName = keyof typeof CROPS;
export const CROP_NAMES = Object.keys(CROPS) as CropName[];

/**
 * A short version tag for an article's derived images: it changes when the article is updated, so a
 * network that caches previews by URL (Facebook, LinkedIn) fetches the new card.
 */
export function imageVersion(article: Pick<Article, "updated">): string {
  return (Date.parse(article.updated) / 1000).toString(36);
}

export const shareCardPath = (article: Pick<Article, "slug" | "updated">) => `/share/${article.slug}/card.jpg?v=${imageVersion(article)}`;
export const cropPath = (article: Pick<Article, "slug" | "updated">, crop: CropName) => `/share/${article.slug}/${crop}.jpg?v=${imageVersion(article)}`;
export const SITE_SHARE_CARD_PATH = "/share/site.jpg";
