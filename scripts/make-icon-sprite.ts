/** Writes public/icons.svg, one <symbol> per icon in components/icons/icon-paths.ts: npm run icon-sprite */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { ICON_PATHS } from "../components/icons/icon-paths";

const symbols = Object.entries(ICON_PATHS).map(([name, d]) => `<symbol id="${name}" viewBox="0 0 24 24"><path d="${d}"/></symbol>`);
const sprite = `<svg xmlns="http://www.w3.org/2000/svg">${symbols.join("")}</svg>\n`;
const file = path.resolve(import.meta.dirname, "..", "public", "icons.svg");
writeFileSync(file, sprite);
console.log(`wrote public/icons.svg (${symbols.length} icons, ${sprite.length} bytes)`);
