import { CONTENT_TYPES, notFoundResponse, textResponse } from "@/app/_http/responses";
import { articlePages, articleSitemapXml, pagesSitemapXml } from "@/app/_seo/sitemaps";
import { catalog } from "@/content/catalog";
import { sections } from "@/content/sections";

export const dynamicParams = false;

/** pages.xml, then articles-1.xml, articles-2.xml, … of at most 50,000 URLs each. */
export function generateStaticParams() {
  const pages = articlePages(catalog.listLatest());
  return [{ file: "pages.xml" }, ...pages.map((_, index) => ({ file: `articles-${index + 1}.xml` }))];
}

export async function GET(_request: Request, { params }: RouteContext<"/sitemaps/[file]">) {
  const { file } = await params;
  if (file === "pages.xml") return textResponse(pagesSitemapXml(catalog.listLatest(), sections, catalog.listTags()), CONTENT_TYPES.xml);
  const page = Number(/^articles-(\d+)\.xml$/.exec(file)?.[1]);
  const articles = articlePages(catalog.listLatest())[page - 1];
  if (!articles) return notFoundResponse();
  return textResponse(articleSitemapXml(articles), CONTENT_TYPES.xml);
}
