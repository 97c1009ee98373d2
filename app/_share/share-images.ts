/**
 * The images that represent an article off-site: a 1200×630 share card (headline, section, date and
 * publication over the lead photo) for Open Graph and X, and 16:9, 4:3 and 1:1 crops of the lead photo
 * for NewsArticle structured data. Pure Node (sharp draws text and pixels): no `next/*` here.
 */
import sharp, { type OverlayOptions } from "sharp";
import { CROPS, SHARE_CARD, type CropName } from "@/content/images";
import type { Direction } from "@/content/language";
import { drawClamped, drawText, type DrawnText, type TextStyle } from "./card-text";

// mozjpeg at 80 keeps a photo card near 50-150 KB: well under WhatsApp's few hundred KB.
const JPEG = { quality: 80, mozjpeg: true } as const;

const ARTICLE_PADDING = { x: 60, y: 48 };
const TEXT_WIDTH = SHARE_CARD.width - 2 * ARTICLE_PADDING.x;
const HEADLINE_LINES = 3;

const KICKER: TextStyle = { size: 26, weight: 700, color: "#ffc2c2", letterSpacing: 2, strut: true };
const HEADLINE = { size: 58, weight: 700, color: "#ffffff", lineHeight: 1.12 } satisfies TextStyle;
const DATE: TextStyle = { size: 26, weight: 400, color: "#ffffff", strut: true };
const PUBLICATION: TextStyle = { ...DATE, weight: 700 };

/**
 * The photo darkens towards the foot so that white text reads on any photo: one column of the
 * gradient, tiled across the card (transparent to 15%, 72% black at half height, 90% at the foot).
 */
const SHADE = (() => {
  const column = Buffer.alloc(SHARE_CARD.height * 4);
  for (let row = 0; row < SHARE_CARD.height; row += 1) {
    const at = row / (SHARE_CARD.height - 1);
    const opacity = at <= 0.15 ? 0 : at <= 0.5 ? (0.72 * (at - 0.15)) / 0.35 : 0.72 + (0.18 * (at - 0.5)) / 0.5;
    column[row * 4 + 3] = Math.round(opacity * 255);
  }
  return column;
})();

export type ShareCardText = { kicker: string; headline: string; dateText: string; siteName: string; direction: Direction };

/** A piece of text placed on the card, its visible part (below any strut's lead) starting at `top`. */
const place = (text: DrawnText, left: number, top: number): OverlayOptions => ({ input: text.png, left: Math.round(left), top: Math.round(top - text.lead) });
/** The height of a drawing's visible part. */
const visibleHeight = (text: DrawnText) => text.height - text.lead;

/**
 * The article card: the photo, shaded towards the foot, with section, headline (up to three lines) and
 * date over it, stacked from the foot up. A right-to-left story's card is mirrored: its text starts at
 * the right edge, the publication's name sits at the left.
 */
export async function renderArticleCard(photo: Buffer, text: ShareCardText): Promise<Buffer> {
  const [kicker, headline, date, publication] = await Promise.all([
    drawText(text.kicker.toLocaleUpperCase("en-GB"), KICKER),
    drawClamped(text.headline, HEADLINE, TEXT_WIDTH, HEADLINE_LINES),
    drawText(text.dateText, DATE),
    drawText(text.siteName, PUBLICATION),
  ]);
  const rightToLeft = text.direction === "rtl";
  const start = (drawn: DrawnText) => (rightToLeft ? SHARE_CARD.width - ARTICLE_PADDING.x - drawn.width : ARTICLE_PADDING.x);
  const end = (drawn: DrawnText) => (rightToLeft ? ARTICLE_PADDING.x : SHARE_CARD.width - ARTICLE_PADDING.x - drawn.width);

  const footerTop = SHARE_CARD.height - ARTICLE_PADDING.y - Math.max(visibleHeight(date), visibleHeight(publication));
  const headlineTop = footerTop - 22 - headline.height;
  const kickerTop = headlineTop - 10 - visibleHeight(kicker);
  return sharp(photo)
    .resize(SHARE_CARD.width, SHARE_CARD.height, { fit: "cover" })
    .composite([
      { input: SHADE, raw: { width: 1, height: SHARE_CARD.height, channels: 4 }, tile: true, left: 0, top: 0 },
      place(kicker, start(kicker), kickerTop),
      place(headline, start(headline), headlineTop),
      // Tops aligned: both lines' boxes start at the same height; their ink may reach down differently.
      place(date, start(date), footerTop),
      place(publication, end(publication), footerTop),
    ])
    .jpeg(JPEG)
    .toBuffer();
}

const PAPER = "#fdfcf9";
const ACCENT = "#9e1a2c";
const RULE_HEIGHT = 24;

/** The site's own card, for the front and section pages: the name and tagline on paper, a red rule at the foot. */
export async function renderSiteCard({ siteName, tagline }: { siteName: string; tagline: string }): Promise<Buffer> {
  const left = 90;
  const [name, line] = await Promise.all([
    drawText(siteName, { size: 96, weight: 700, color: "#1b1b1b", letterSpacing: -1 }),
    drawText(tagline, { size: 38, weight: 400, color: "#575757", lineHeight: 1.3 }, SHARE_CARD.width - 2 * left),
  ]);
  const top = (SHARE_CARD.height - RULE_HEIGHT - (name.height + 20 + line.height)) / 2;
  return sharp({ create: { width: SHARE_CARD.width, height: SHARE_CARD.height, channels: 3, background: PAPER } })
    .composite([
      { input: { create: { width: SHARE_CARD.width, height: RULE_HEIGHT, channels: 3, background: ACCENT } }, left: 0, top: SHARE_CARD.height - RULE_HEIGHT },
      place(name, left, top),
      place(line, left, top + name.height + 20),
    ])
    .jpeg(JPEG)
    .toBuffer();
}

/** A centred crop of the lead photo at one of the structured-data aspect ratios. */
export function renderCrop(photo: Buffer, crop: CropName): Promise<Buffer> {
  const { width, height } = CROPS[crop];
  return sharp(photo).resize(width, height, { fit: "cover" }).jpeg(JPEG).toBuffer();
}
