import { readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { renderArticleCard, type ShareCardText } from "@/app/_share/share-images";
import { formatDate } from "@/components/article/format-dateline";
import { site } from "@/content/site";
import { expect, test } from "./fixtures";
import { ARABIC_STORY, ENGLISH_STORY } from "./multilingual";
import { seedArticle } from "./seed-article";

/**
 * The share cards the running site serves for a Turkish-named and an Arabic story are what the card
 * renderer draws (app/_share/card-text.test.ts checks that on its pixels): so the release carries the
 * card fonts and the origin draws with them alone, never with a system font or empty boxes.
 */
const PHOTO = readFileSync(path.join("public", seedArticle().image.src));

/** Mean difference of two images' pixels, 0 to 1. */
async function difference(a: Buffer, b: Buffer): Promise<number> {
  const [first, second] = await Promise.all([a, b].map((image) => sharp(image).raw().toBuffer()));
  if (!first || !second || first.length !== second.length) return 1;
  let sum = 0;
  for (let index = 0; index < first.length; index += 1) sum += Math.abs((first[index] ?? 0) - (second[index] ?? 0));
  return sum / first.length / 255;
}

const stories = [
  { story: ENGLISH_STORY, direction: "ltr", published: "2025-06-02T09:00:00+00:00" },
  { story: ARABIC_STORY, direction: "rtl", published: "2025-06-02T10:00:00+00:00" },
] as const;

for (const { story, direction, published } of stories) {
  test(`the share card of "${story.headline}" is the renderer's drawing, ${direction}`, async ({ request, archiveSite }) => {
    const html = await (await request.get(`${archiveSite.url}/${story.section}/${encodeURIComponent(story.slug)}`)).text();
    const cardUrl = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(cardUrl).toContain("/card.jpg");
    const response = await request.get(`${archiveSite.url}${new URL(cardUrl).pathname}`);
    expect(response.status()).toBe(200);
    const served = await response.body();

    const text: ShareCardText = { kicker: "Middle East", headline: story.headline, dateText: formatDate(published, site), siteName: site.name, direction };
    const expected = await renderArticleCard(PHOTO, text);
    expect(await difference(served, expected)).toBeLessThan(0.005);
    // The comparison tells cards apart: the same card mirrored differs.
    const mirrored = await renderArticleCard(PHOTO, { ...text, direction: direction === "rtl" ? "ltr" : "rtl" });
    expect(await difference(served, mirrored)).toBeGreaterThan(0.01);
  });
}
