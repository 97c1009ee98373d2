import { getWholeCatalog } from "@/content/catalog";
import { siteNow } from "@/content/clock";
import type { Article } from "@/content/schema";
import { decodeParam } from "@/content/urls";
import { previewIsValid, previewSecret } from "@/server/preview-links.mjs";

export type PreviewParams = Promise<{ slug: string; expires: string; signature: string }>;

/**
 * The story a preview link shows, when the link is good: signed with this site's secret, not expired.
 * Only then is the story looked up, so a bad link and an unknown story answer alike (and as fast).
 */
export async function previewedArticle(params: PreviewParams): Promise<{ article: Article; path: string } | undefined> {
  const { slug: encoded, expires, signature } = await params;
  const slug = decodeParam(encoded);
  if (!previewIsValid({ slug, expires, signature }, previewSecret(), siteNow())) return undefined;
  const article = (await getWholeCatalog()).findBySlug(slug);
  return article && { article, path: `/preview/${encoded}/${expires}/${signature}` };
}
