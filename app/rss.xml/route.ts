import { FEED_ITEM_LIMIT, rssXml, siteChannel } from "@/app/_seo/feeds";
import { CONTENT_TYPES, textResponse } from "@/app/_http/responses";
import { getCatalog } from "@/content/catalog";
import { feedPaths } from "@/content/urls";

export const dynamic = "force-static";

export async function GET() {
  const latest = (await getCatalog()).news.slice(0, FEED_ITEM_LIMIT);
  return textResponse(rssXml(siteChannel(feedPaths.rss), latest), CONTENT_TYPES.rss);
}
