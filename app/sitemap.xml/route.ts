import { CONTENT_TYPES, textResponse } from "@/app/_http/responses";
import { sitemapFiles } from "@/app/_seo/sitemap-contents";
import { sitemapIndexXml, sitemapPaths } from "@/app/_seo/sitemaps";
import { getCatalog } from "@/content/catalog";

export const dynamic = "force-static";

export async function GET() {
  const catalog = await getCatalog();
  const news = { path: sitemapPaths.news, lastmod: catalog.latest.lastModified() };
  return textResponse(sitemapIndexXml([...sitemapFiles(catalog), news]), CONTENT_TYPES.xml);
}
