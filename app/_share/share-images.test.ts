/**
 * The share cards as a whole: size, format, and where the text sits. A left-to-right story's headline
 * starts at the left margin; a right-to-left story's card is mirrored, its headline flush right.
 */
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { SHARE_CARD } from "@/content/images";
import { renderArticleCard, renderSiteCard, type ShareCardText } from "./share-images";

/** A flat mid-grey photo: any white pixel on the card is text. */
const PHOTO = await sharp({ create: { width: 1600, height: 900, channels: 3, background: "#777777" } }).jpeg().toBuffer();

/** The leftmost and rightmost columns holding near-white pixels between two rows. */
async function textColumns(card: Buffer, fromRow: number, toRow: number): Promise<{ left: number; right: number }> {
  const { data, info } = await sharp(card).raw().toBuffer({ resolveWithObject: true });
  let left = info.width;
  let right = -1;
  for (let y = fromRow; y < toRow; y += 1) {
    for (let x = 0; x < info.width; x += 1) {
      const offset = (y * info.width + x) * info.channels;
      if ((data[offset] ?? 0) > 230 && (data[offset + 1] ?? 0) > 230 && (data[offset + 2] ?? 0) > 230) {
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
  }
  return { left, right };
}

const card = (text: Partial<ShareCardText>) =>
  renderArticleCard(PHOTO, { kicker: "Middle East", headline: "x", dateText: "2 June 2025", siteName: "The Meridian Post", direction: "ltr", ...text });

describe("share cards", () => {
  it("are 1200×630 JPEGs", async () => {
    const metadata = await sharp(await card({ headline: "Erdoğan and Davutoğlu meet in İstanbul" })).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(["jpeg", SHARE_CARD.width, SHARE_CARD.height]);
    const site = await sharp(await renderSiteCard({ siteName: "The Meridian Post", tagline: "News" })).metadata();
    expect([site.format, site.width, site.height]).toEqual(["jpeg", SHARE_CARD.width, SHARE_CARD.height]);
  });

  it("start a left-to-right headline at the left margin and mirror a right-to-left one", async () => {
    // A one-line headline sits in the band above the date line (rows 440–530 of 630).
    const english = await textColumns(await card({ headline: "Talks in Geneva" }), 440, 530);
    expect(english.left).toBeGreaterThanOrEqual(58);
    expect(english.left).toBeLessThan(70);
    expect(english.right).toBeLessThan(700);
    const arabic = await textColumns(await card({ headline: "محادثات في جنيف", direction: "rtl" }), 440, 530);
    expect(arabic.right).toBeLessThanOrEqual(SHARE_CARD.width - 58);
    expect(arabic.right).toBeGreaterThan(SHARE_CARD.width - 70);
    expect(arabic.left).toBeGreaterThan(500);
  });
});
