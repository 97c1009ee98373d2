/**
 * Makes the publication's monogram: public/brand/logo.png (publisher logo in structured data),
 * app/_seo/favicon-svg.ts (the favicon, inlined in every page), public/brand/icon-192.png (the favicon
 * search engines fetch from the front page), public/brand/apple-touch-icon.png and
 * public/brand/icon-maskable-512.png (the installed app's icon on Android). Run again after a
 * change of name or colours: npm run brand-images
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import satori from "satori";
import { optimize } from "svgo";
import sharp from "sharp";
import { BRAND_LOGO } from "../content/brand";
import { site } from "../content/site";

const root = path.resolve(import.meta.dirname, "..");
const font = readFileSync(path.join(root, "node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff"));
const initial = site.name.replace(/^The\s+/i, "").charAt(0);

/** The monogram on the brand's red, the letter `fontSize` units high in a 512-unit square. */
const monogram = (fontSize: number, paddingBottom: number) =>
  satori(
    {
      type: "div",
      props: {
        style: { width: 512, height: 512, display: "flex", alignItems: "center", justifyContent: "center", backgroundColor: "#9e1a2c", color: "#ffffff", fontSize, fontFamily: "Source Serif", paddingBottom },
        children: initial,
      },
    } as never,
    { width: 512, height: 512, fonts: [{ name: "Source Serif", data: font, weight: 700, style: "normal" }] },
  );
const svg = await monogram(380, 30);
// Android crops a maskable icon to its own shape: the letter stays inside the central safe circle (80%).
const maskable = await monogram(250, 20);

const outputs = [
  { file: path.join(root, "public", BRAND_LOGO.path), size: BRAND_LOGO.width },
  { file: path.join(root, "public", "brand", "icon-192.png"), size: 192 },
  { file: path.join(root, "public", "brand", "apple-touch-icon.png"), size: 180 },
];
for (const { file, size } of outputs) {
  await sharp(Buffer.from(svg)).resize(size, size).png({ compressionLevel: 9, palette: true }).toFile(file);
  console.log(`wrote ${path.relative(root, file)} (${size}×${size})`);
}
const maskableFile = path.join(root, "public", "brand", "icon-maskable-512.png");
await sharp(Buffer.from(maskable)).png({ compressionLevel: 9, palette: true }).toFile(maskableFile);
console.log(`wrote ${path.relative(root, maskableFile)} (512×512, maskable)`);

// Satori's SVG draws the letter as a path (no font needed). SVGO drops its unused mask and rounds the
// path to whole units of the 512-unit box: invisible at favicon sizes, and the page carries half the bytes.
const favicon = optimize(svg.replace(/<mask[\s\S]*?<\/mask>/, ""), { floatPrecision: 0 }).data;
const faviconModule = path.join(root, "app", "_seo", "favicon-svg.ts");
writeFileSync(
  faviconModule,
  `/** The favicon, drawn by scripts/make-brand-images.ts (npm run brand-images): do not edit. */\nexport const FAVICON_SVG = ${JSON.stringify(favicon)};\n`,
);
console.log(`wrote ${path.relative(root, faviconModule)} (${favicon.length} bytes)`);
