import { CONTENT_TYPES, textResponse } from "@/app/_http/responses";
import { newsSitemapXml } from "@/app/_seo/sitemaps";
import { catalog } from "@/content/catalog";

// "The last 48 hours" moves with the clock: regenerate in the background every five minutes.
export const revalidate = 300;

export function GET() {
  return textResponse(newsSitemapXml(catalog.listLatest(), new Date()), CONTENT_TYPES.xml);
}
