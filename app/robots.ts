import type { MetadataRoute } from "next";
import { sitemapPaths } from "@/app/_seo/sitemaps";
import { absoluteUrl } from "@/content/urls";

/** Crawlers find every sitemap through the index; the news sitemap is named too, for news crawlers. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/" },
    sitemap: [sitemapPaths.index, sitemapPaths.news].map(absoluteUrl),
  };
}
