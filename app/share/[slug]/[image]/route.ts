import { articleCard } from "@/app/_share/article-card";
import { renderCrop } from "@/app/_share/share-images";
import { getCatalog } from "@/content/catalog";
import { CROP_NAMES, type CropName } from "@/content/images";
import { readPhoto } from "@/content/photo-files";
import { PRERENDERED_SHARE_IMAGES } from "@/content/prerender";
import { decodeParam } from "@/content/urls";
import { imageResponse, notFoundResponse } from "@/app/_http/responses";

/**
 * /share/<slug>/card.jpg (the 1200×630 share card) and /share/<slug>/<16x9|4x3|1x1>.jpg (crops for
 * structured data). The newest articles' images are made at build time; an older article's are made on
 * its first request and then kept, so a build with tens of thousands of articles stays fast.
 */
const IMAGES: readonly string[] = ["card", ...CROP_NAMES];

export const dynamicParams = true;

export async function generateStaticParams() {
  return (await getCatalog()).latest
    .slice(0, PRERENDERED_SHARE_IMAGES)
    .flatMap((article) => IMAGES.map((image) => ({ slug: article.slug, image: `${image}.jpg` })));
}

export async function GET(_request: Request, { params }: RouteContext<"/share/[slug]/[image]">) {
  const { slug, image } = await params;
  const name = image.replace(/\.jpg$/, "");
  if (!image.endsWith(".jpg") || !IMAGES.includes(name)) return notFoundResponse();
  const article = (await getCatalog()).findBySlug(decodeParam(slug));
  if (!article) return notFoundResponse();
  if (name === "card") {
    const card = await articleCard(article);
    return card ? imageResponse(card) : notFoundResponse();
  }
  const photo = await readPhoto(article.image.src);
  return photo ? imageResponse(await renderCrop(photo.bytes, name as CropName)) : notFoundResponse();
}
