import { FEED_ITEM_LIMIT, rssXml } from "@/app/_seo/feeds";
import { CONTENT_TYPES, notFoundResponse, textResponse } from "@/app/_http/responses";
import { getCatalog } from "@/content/catalog";
import { findSection, sections } from "@/content/sections";
import { site } from "@/content/site";
import { decodeParam, sectionFeedPath, sectionPath } from "@/content/urls";

export const dynamicParams = false;

export function generateStaticParams() {
  return sections.map((section) => ({ section: section.slug }));
}

export async function GET(_request: Request, { params }: RouteContext<"/[section]/rss.xml">) {
  const section = findSection(decodeParam((await params).section));
  if (!section) return notFoundResponse();
  const channel = { title: `${site.name}: ${section.name}`, description: section.description, homePath: sectionPath(section), feedPath: sectionFeedPath(section) };
  return textResponse(rssXml(channel, (await getCatalog()).sectionNews(section.slug).slice(0, FEED_ITEM_LIMIT)), CONTENT_TYPES.rss);
}
