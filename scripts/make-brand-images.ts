/**
 * Makes the publication's monogram: public/brand/logo.png (publisher logo in structured data),
 * app/icon.png (favicon) and app/apple-icon.png. Run again after a change of name or colours:
 * npm run brand-images
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import satori from "satori";
import sharp from "sharp";
import { BRAND_LOGO } from "../content/brand";
import { site } from "../content/site";

const root = path.resolve(import.meta.dirname, "..");
const font = readFileSync(path.join(root, "node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff"));
const initial = site.name.replace(/^The\s+/i, "").charAt(0);

const svg = await satori(
  {
    type: "div",
    props: {
      style: { width: 512, height: 512, display: "flex", alignItems: "center", justifyContent: "center", backgroundColor: "#9e1a2c", color: "#ffffff", fontSize: 380, fontFamily: "Source Serif", paddingBottom: 30 },
      children: initial,
    },
  } as never,
  { width: 512, height: 512, fonts: [{ name: "Source Serif", data: font, weight: 700, style: "normal" }] },
);

const outputs = [
  { file: path.join(root, "public", BRAND_LOGO.path), size: BRAND_LOGO.width },
  { file: path.join(root, "app", "icon.png"), size: 192 },
  { file: path.join(root, "app", "apple-icon.png"), size: 180 },
];
for (const { file, size } of outputs) {
  await sharp(Buffer.from(svg)).resize(size, size).png({ compressionLevel: 9, palette: true }).toFile(file);
  console.log(`wrote ${path.relative(root, file)} (${size}×${size})`);
}
