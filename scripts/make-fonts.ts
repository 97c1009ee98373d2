/**
 * Writes app/fonts/source-serif-4-{400,700}-{core,rest}.woff2 from Fontsource's Latin files, split as
 * scripts/lib/font-subsets.ts says (HarfBuzz's subsetter, through subset-font), and copies Fontsource's
 * Latin Extended files beside them as source-serif-4-{400,700}-ext.woff2, and Noto Naskh Arabic's
 * Arabic files as noto-naskh-arabic-{400,700}.woff2.
 *
 * For the share cards (drawn by sharp, through Pango and FreeType, which want TrueType): the same
 * Fontsource files as .ttf in app/_share/fonts/ (fontverter), and content/share-card-ranges.ts, the
 * code points the headline's fonts can draw (HarfBuzz's cmap), which content validation checks.
 *
 * Run after changing the split or upgrading a font package: npm run fonts
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import fontverter from "fontverter";
import { Blob, Face } from "harfbuzzjs";
import subsetFont from "subset-font";
import { CARD_FONT_FILES, HEADLINE_FONT_FILES } from "../app/_share/card-font-files";
import { CORE_RANGE, REST_RANGE, codePointRuns, codePoints } from "./lib/font-subsets";

const ROOT = path.resolve(import.meta.dirname, "..");
const SOURCE = (weight: string, subset = "latin") => path.join(ROOT, "node_modules", "@fontsource", "source-serif-4", "files", `source-serif-4-${subset}-${weight}-normal.woff2`);
const OUT_DIR = path.join(ROOT, "app", "fonts");

const text = (range: string) => String.fromCodePoint(...codePoints(range));

mkdirSync(OUT_DIR, { recursive: true });
for (const weight of ["400", "700"]) {
  const source = readFileSync(SOURCE(weight));
  for (const [part, range] of [["core", CORE_RANGE], ["rest", REST_RANGE]] as const) {
    // No layout closure: ligature and alternate glyphs (fi, small caps) are left out; text still shapes.
    const subset = await subsetFont(source, text(range), { targetFormat: "woff2", noLayoutClosure: true });
    const file = path.join(OUT_DIR, `source-serif-4-${weight}-${part}.woff2`);
    writeFileSync(file, subset);
    console.log(`wrote ${path.relative(ROOT, file)} (${subset.length} bytes)`);
  }
}
for (const weight of ["400", "700"]) {
  const file = path.join(OUT_DIR, `source-serif-4-${weight}-ext.woff2`);
  copyFileSync(SOURCE(weight, "latin-ext"), file);
  console.log(`wrote ${path.relative(ROOT, file)} (Fontsource's latin-ext, as it is)`);
}
for (const weight of ["400", "700"]) {
  const file = path.join(OUT_DIR, `noto-naskh-arabic-${weight}.woff2`);
  copyFileSync(path.join(ROOT, "node_modules", "@fontsource", "noto-naskh-arabic", "files", `noto-naskh-arabic-arabic-${weight}-normal.woff2`), file);
  console.log(`wrote ${path.relative(ROOT, file)} (Fontsource's arabic, as it is)`);
}

const CARD_FONT_DIR = path.join(ROOT, "app", "_share", "fonts");
mkdirSync(CARD_FONT_DIR, { recursive: true });
const headlineCodePoints: number[] = [];
for (const font of CARD_FONT_FILES) {
  const woff2 = readFileSync(path.join(ROOT, "node_modules", "@fontsource", font.package, "files", font.source));
  const truetype = await fontverter.convert(woff2, "truetype");
  writeFileSync(path.join(CARD_FONT_DIR, font.file), truetype);
  console.log(`wrote app/_share/fonts/${font.file} (${truetype.length} bytes)`);
  if (HEADLINE_FONT_FILES.includes(font)) headlineCodePoints.push(...new Face(new Blob(truetype)).collectUnicodes());
}
const coverageFile = path.join(ROOT, "content", "share-card-ranges.ts");
const ranges = codePointRuns(headlineCodePoints);
writeFileSync(
  coverageFile,
  `/** Written by \`npm run fonts\` (scripts/make-fonts.ts): the code points the share card's headline fonts draw, as [first, last] ranges. */\nexport const HEADLINE_RANGES: readonly (readonly [number, number])[] = [\n${ranges.map((range) => `  [${range.join(", ")}],`).join("\n")}\n];\n`,
);
console.log(`wrote ${path.relative(ROOT, coverageFile)}`);
