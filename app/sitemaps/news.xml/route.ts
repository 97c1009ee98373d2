import { CONTENT_TYPES, textResponse } from "@/app/_http/responses";
import { NEWS_URL_LIMIT, newsSitemapXml } from "@/app/_seo/sitemaps";
import { getCatalog } from "@/content/catalog";

// "The last 48 hours" moves with the clock: regenerate in the background every five minutes.
export const revalidate = 300;

export async function GET() {
  // The newest stories, with room for some scheduled ahead of now, which the sitemap leaves out.
  const latest = (await getCatalog()).news.slice(0, 2 * NEWS_URL_LIMIT);
  return textResponse(newsSitemapXml(latest, new Date()), CONTENT_TYPES.xml);
}
