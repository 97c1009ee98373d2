import { atomXml, siteChannel } from "@/app/_seo/feeds";
import { CONTENT_TYPES, textResponse } from "@/app/_http/responses";
import { catalog } from "@/content/catalog";
import { feedPaths } from "@/content/urls";

export const dynamic = "force-static";

export function GET() {
  return textResponse(atomXml(siteChannel(feedPaths.atom), catalog.listLatest()), CONTENT_TYPES.atom);
}
