import { CONTENT_TYPES, notFoundResponse, textResponse } from "@/app/_http/responses";
import { sitemapUrls } from "@/app/_seo/sitemap-contents";
import { parseSitemapFile, urlsetXml } from "@/app/_seo/sitemaps";
import { getCatalog } from "@/content/catalog";

// pages-N.xml and articles-<month>.xml: made on first request and kept until the content changes.
export const dynamicParams = true;

export function generateStaticParams() {
  return [{ file: "pages-1.xml" }];
}

export async function GET(_request: Request, { params }: RouteContext<"/sitemaps/[file]">) {
  const file = parseSitemapFile((await params).file);
  const urls = file && sitemapUrls(await getCatalog(), file);
  if (!urls) return notFoundResponse();
  return textResponse(urlsetXml(urls), CONTENT_TYPES.xml);
}
