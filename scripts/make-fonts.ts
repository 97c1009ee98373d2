/**
 * Writes app/fonts/source-serif-4-{400,700}-{core,rest}.woff2 from Fontsource's Latin files, split as
 * scripts/lib/font-subsets.ts says (HarfBuzz's subsetter, through subset-font), and copies Fontsource's
 * Latin Extended files beside them as source-serif-4-{400,700}-ext.woff2, and Noto Naskh Arabic's
 * Arabic files as noto-naskh-arabic-{400,700}.woff2. Run after changing the split or upgrading a font
 * package: npm run fonts
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import subsetFont from "subset-font";
import { CORE_RANGE, REST_RANGE, codePoints } from "./lib/font-subsets";

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
