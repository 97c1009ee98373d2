/**
 * Makes a neutral placeholder JPEG for an article whose photograph is not available to us.
 * Usage: npm run stand-in-image -- <file name without .jpg> ["Label under the icon"]
 * It is 1600×1200 so that 16:9, 4:3 and 1:1 crops at least 1200 px wide can be cut from it.
 */
import path from "node:path";
import sharp from "sharp";

const WIDTH = 1600;
const HEIGHT = 1200;

const [name, label = "Photograph not available"] = process.argv.slice(2);
if (!name || !/^[a-z0-9-]+$/.test(name)) {
  console.error("usage: npm run stand-in-image -- <file-name> [label]   (lower-case ASCII letters, digits and hyphens)");
  process.exit(2);
}

const escapeXml = (value: string) =>
  value.replace(/[<>&"]/g, (char) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[char] ?? char);

// A camera pictogram on soft diagonal stripes: plainly a placeholder, with nothing that reads as news.
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <defs>
    <pattern id="stripes" width="48" height="48" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="48" height="48" fill="#d9dce0"/>
      <rect width="24" height="48" fill="#d2d5da"/>
    </pattern>
  </defs>
  <rect width="100%" height="100%" fill="url(#stripes)"/>
  <g transform="translate(${WIDTH / 2} ${HEIGHT / 2 - 80})" fill="none" stroke="#7a8089" stroke-width="14" stroke-linejoin="round">
    <rect x="-170" y="-110" width="340" height="230" rx="28"/>
    <path d="M -70 -110 L -45 -155 L 45 -155 L 70 -110"/>
    <circle cx="0" cy="5" r="70"/>
  </g>
  <text x="50%" y="${HEIGHT / 2 + 140}" text-anchor="middle" font-family="DejaVu Sans, Liberation Sans, sans-serif"
        font-size="56" fill="#4a5058">${escapeXml(label)}</text>
  <text x="50%" y="${HEIGHT / 2 + 215}" text-anchor="middle" font-family="DejaVu Sans, Liberation Sans, sans-serif"
        font-size="34" fill="#5d636b">Stand-in image</text>
</svg>`;

const output = path.join(import.meta.dirname, "..", "public", "images", "articles", `${name}.jpg`);
await sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toFile(output);
console.log(`wrote ${path.relative(process.cwd(), output)} (${WIDTH}×${HEIGHT})`);
