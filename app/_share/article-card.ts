import { formatDate } from "@/components/article/format-dateline";
import { textDirection } from "@/content/language";
import { readPhoto } from "@/content/photo-files";
import type { Article } from "@/content/schema";
import { site } from "@/content/site";
import { renderArticleCard } from "./share-images";

/** A story's share card (1200×630 JPEG): its photo, section, headline and date; undefined without its photo. */
export async function articleCard(article: Article): Promise<Buffer | undefined> {
  const photo = await readPhoto(article.image.src);
  if (!photo) return undefined;
  return renderArticleCard(photo.bytes, {
    kicker: article.section.name,
    headline: article.headline,
    dateText: formatDate(article.published, site),
    siteName: site.name,
    direction: textDirection(article.language),
  });
}
