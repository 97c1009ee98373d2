import path from "node:path";
import { formatDate } from "@/components/article/format-dateline";
import { renderArticleCard, renderCrop } from "@/app/_share/share-images";
import { catalog } from "@/content/catalog";
import { CROP_NAMES, type CropName } from "@/content/images";
import { site } from "@/content/site";
import { decodeParam } from "@/content/urls";
import { imageResponse, notFoundResponse } from "@/app/_http/responses";

/**
 * /share/<slug>/card.jpg (the 1200×630 share card) and /share/<slug>/<16x9|4x3|1x1>.jpg (crops for
 * structured data). The newest articles' images are made at build time; an older article's are made on
 * its first request and then kept, so a build with tens of thousands of articles stays fast.
 */
const PRERENDERED_ARTICLES = 100;
const IMAGES: readonly string[] = ["card", ...CROP_NAMES];

export function generateStaticParams() {
  return catalog
    .listLatest(PRERENDERED_ARTICLES)
    .flatMap((article) => IMAGES.map((image) => ({ slug: article.slug, image: `${image}.jpg` })));
}

export async function GET(_request: Request, { params }: RouteContext<"/share/[slug]/[image]">) {
  const { slug, image } = await params;
  const article = catalog.findBySlug(decodeParam(slug));
  const name = image.replace(/\.jpg$/, "");
  if (!article || !image.endsWith(".jpg") || !IMAGES.includes(name)) return notFoundResponse();

  const photo = path.join(/* turbopackIgnore: true */ process.cwd(), "public", article.image.src);
  const body =
    name === "card"
      ? await renderArticleCard(photo, {
          kicker: article.section.name,
          headline: article.headline,
          dateText: formatDate(article.published, site),
          siteName: site.name,
        })
      : await renderCrop(photo, name as CropName);
  return imageResponse(body);
}
