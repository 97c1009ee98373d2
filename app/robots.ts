import type { MetadataRoute } from "next";
import { articlePages, sitemapPaths } from "@/app/_seo/sitemaps";
import { catalog } from "@/content/catalog";
import { absoluteUrl } from "@/content/urls";

export default function robots(): MetadataRoute.Robots {
  const articleSitemaps = articlePages(catalog.listLatest()).map((_, index) => sitemapPaths.articles(index + 1));
  return {
    rules: { userAgent: "*", allow: "/" },
    sitemap: [sitemapPaths.index, sitemapPaths.pages, ...articleSitemaps, sitemapPaths.news].map(absoluteUrl),
  };
}
