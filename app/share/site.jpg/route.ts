import { imageResponse } from "@/app/_http/responses";
import { renderSiteCard } from "@/app/_share/share-images";
import { site } from "@/content/site";

export const dynamic = "force-static";

/** The card for the front page, section and topic pages. */
export async function GET() {
  return imageResponse(await renderSiteCard({ siteName: site.name, tagline: site.description }));
}
