/**
 * The images that represent an article off-site: a 1200×630 share card (headline, section, date and
 * publication over the lead photo) for Open Graph and X, and 16:9, 4:3 and 1:1 crops of the lead photo
 * for NewsArticle structured data. Pure Node (satori for text, sharp for pixels): no `next/*` here.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import satori from "satori";
import sharp from "sharp";
import { CROPS, SHARE_CARD, type CropName } from "@/content/images";


// mozjpeg at 80 keeps a photo card near 50-150 KB: well under WhatsApp's few hundred KB.
const JPEG = { quality: 80, mozjpeg: true } as const;

const fontFile = (weight: 400 | 700) =>
  path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules", "@fontsource", "source-serif-4", "files", `source-serif-4-latin-${weight}-normal.woff`);

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: "normal" }[]> | undefined;
function loadFonts() {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({ name: "Source Serif", data: await readFile(fontFile(weight)), weight, style: "normal" as const })),
  );
  return fonts;
}

/** A node for satori: the React element shape, without React. */
type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node | string | (Node | string)[] } };
const el = (type: string, style: Record<string, unknown>, children?: Node["props"]["children"]): Node => ({ type, props: { style, children } });

/** Satori sizes boxes without their padding (content-box): size the root so that it fills the card. */
function fullCanvas({ x, y }: { x: number; y: number }) {
  return { width: SHARE_CARD.width - 2 * x, height: SHARE_CARD.height - 2 * y, padding: `${y}px ${x}px` };
}

async function textLayer(tree: Node): Promise<Buffer> {
  const svg = await satori(tree as never, { width: SHARE_CARD.width, height: SHARE_CARD.height, fonts: await loadFonts() });
  return Buffer.from(svg);
}

export type ShareCardText = { kicker: string; headline: string; dateText: string; siteName: string };

/** The article card: the photo, darkened towards the foot, with the text over it. */
export async function renderArticleCard(photo: Buffer, text: ShareCardText): Promise<Buffer> {
  const layer = await textLayer(
    el(
      "div",
      {
        ...fullCanvas({ x: 60, y: 48 }),
        display: "flex",
        flexDirection: "column",
        justifyContent: "flex-end",
        color: "#ffffff",
        fontFamily: "Source Serif",
        backgroundImage: "linear-gradient(to bottom, rgba(0,0,0,0) 15%, rgba(0,0,0,0.72) 50%, rgba(0,0,0,0.9) 100%)",
      },
      [
        el("div", { fontSize: 26, fontWeight: 700, letterSpacing: 2, textTransform: "uppercase", color: "#ffc2c2" }, text.kicker),
        el("div", { display: "block", fontSize: 58, fontWeight: 700, lineHeight: 1.12, marginTop: 10, lineClamp: 3 }, text.headline),
        el("div", { display: "flex", justifyContent: "space-between", fontSize: 26, marginTop: 22 }, [
          el("span", {}, text.dateText),
          el("span", { fontWeight: 700 }, text.siteName),
        ]),
      ],
    ),
  );
  return sharp(photo)
    .resize(SHARE_CARD.width, SHARE_CARD.height, { fit: "cover" })
    .composite([{ input: layer }])
    .jpeg(JPEG)
    .toBuffer();
}

/** The site's own card, for the front and section pages: a designed background, no photo. */
export async function renderSiteCard({ siteName, tagline }: { siteName: string; tagline: string }): Promise<Buffer> {
  const layer = await textLayer(
    el(
      "div",
      {
        ...fullCanvas({ x: 90, y: 0 }),
        display: "flex",
        flexDirection: "column",
        justifyContent: "center",
        backgroundColor: "#fdfcf9",
        color: "#1b1b1b",
        fontFamily: "Source Serif",
        borderBottom: "24px solid #9e1a2c",
      },
      [
        el("div", { fontSize: 96, fontWeight: 700, letterSpacing: -1 }, siteName),
        el("div", { fontSize: 38, marginTop: 20, color: "#575757" }, tagline),
      ],
    ),
  );
  return sharp(layer).flatten({ background: "#fdfcf9" }).jpeg(JPEG).toBuffer();
}

/** A centred crop of the lead photo at one of the structured-data aspect ratios. */
export function renderCrop(photo: Buffer, crop: CropName): Promise<Buffer> {
  const { width, height } = CROPS[crop];
  return sharp(photo).resize(width, height, { fit: "cover" }).jpeg(JPEG).toBuffer();
}
