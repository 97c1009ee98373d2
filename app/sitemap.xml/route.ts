import { CONTENT_TYPES, textResponse } from "@/app/_http/responses";
import { sitemapIndexXml } from "@/app/_seo/sitemaps";
import { catalog } from "@/content/catalog";

export const dynamic = "force-static";

export function GET() {
  return textResponse(sitemapIndexXml(catalog.listLatest()), CONTENT_TYPES.xml);
}
