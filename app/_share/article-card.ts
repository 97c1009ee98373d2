import { formatDate } from "@/components/article/format-dateline";
import { textDirection } from "@/content/language";
import { readPhoto } from "@/content/photo-files";
import type { Article } from "@/content/schema";
import { site } from "@/content/site";
import { kindLabel } from "@/content/story-kind";
import { renderArticleCard } from "./share-images";

/**
 * What the card says above the headline: the section, with the kind of story before it when it is not
 * a report ("Opinion · Opinion" reads twice: just "Opinion"); paid content says so alone. Live coverage
 * keeps its section (the card outlives the coverage).
 */
export function cardKicker(article: Pick<Article, "kind" | "section">): string {
  const label = article.kind === "live" ? undefined : kindLabel(article.kind)?.label;
  if (!label) return article.section.name;
  return article.kind === "sponsored" || label === article.section.name ? label : `${label} · ${article.section.name}`;
}

/** A story's share card (1200×630 JPEG): its photo, kind and section, headline and date; undefined without its photo. */
export async function articleCard(article: Article): Promise<Buffer | undefined> {
  const photo = await readPhoto(article.image.src);
  if (!photo) return undefined;
  return renderArticleCard(photo.bytes, {
    kicker: cardKicker(article),
    headline: article.headline,
    dateText: formatDate(article.published, site),
    siteName: site.name,
    direction: textDirection(article.language),
  });
}
