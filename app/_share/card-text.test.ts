/**
 * What the share card's text renderer draws, checked on its pixels: shaped Arabic, right-to-left order
 * with a Latin name in its place, Latin Extended in the serif (never a missing-glyph box), three lines at
 * most. The reference drawings in test-references/ were looked at; UPDATE_REFERENCES=1 rewrites them.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { drawClamped, drawText, type TextStyle } from "./card-text";

const HEADLINE = { size: 58, weight: 700, color: "#ffffff", lineHeight: 1.12 } satisfies TextStyle;
const REFERENCES = path.join(import.meta.dirname, "test-references");

/** Ink per column (alpha summed down each column), for comparing drawings whatever their heights. */
async function columnInk(png: Buffer): Promise<number[]> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return Array.from({ length: info.width }, (_, x) => {
    let sum = 0;
    for (let y = 0; y < info.height; y += 1) sum += data[(y * info.width + x) * info.channels + 3] ?? 0;
    return sum;
  });
}

/** 0 when two ink profiles are the same, 1 when they share nothing. */
function difference(a: readonly number[], b: readonly number[]): number {
  const length = Math.max(a.length, b.length);
  let apart = 0;
  let total = 0;
  for (let x = 0; x < length; x += 1) {
    apart += Math.abs((a[x] ?? 0) - (b[x] ?? 0));
    total += (a[x] ?? 0) + (b[x] ?? 0);
  }
  return apart / total;
}

/** Mean difference of two drawings' alpha, 0 to 1; 1 when their sizes differ. */
async function pixelDifference(a: Buffer, b: Buffer): Promise<number> {
  const [first, second] = await Promise.all([a, b].map((png) => sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true })));
  if (!first || !second || first.info.width !== second.info.width || first.info.height !== second.info.height) return 1;
  let sum = 0;
  for (let index = 3; index < first.data.length; index += 4) sum += Math.abs((first.data[index] ?? 0) - (second.data[index] ?? 0));
  return sum / (first.data.length / 4) / 255;
}

describe("share card text", () => {
  it("joins Arabic letters (shaped), as a renderer without HarfBuzz would not", async () => {
    const joined = await drawText("ببببب", HEADLINE);
    // Zero-width non-joiners between the same letters force their isolated forms.
    const isolated = await drawText("ب\u200Cب\u200Cب\u200Cب\u200Cب", HEADLINE);
    expect(joined.width).toBeLessThan(isolated.width * 0.75);
  });

  it("sets an Arabic line right to left, the Latin name at its left end and the Arabic at its right", async () => {
    const arabic = "بوتين يناقش السلام مع";
    const latin = "Bashar al-Assad";
    const [line, arabicAlone, latinAlone] = await Promise.all([drawText(`${arabic} ${latin}`, HEADLINE), drawText(arabic, HEADLINE), drawText(latin, HEADLINE)]);
    const profile = await columnInk(line.png);
    const leftEnd = profile.slice(0, latinAlone.width);
    const rightEnd = profile.slice(profile.length - arabicAlone.width);
    expect(difference(leftEnd, await columnInk(latinAlone.png))).toBeLessThan(0.1);
    expect(difference(rightEnd, await columnInk(arabicAlone.png))).toBeLessThan(0.1);
    // The same comparison fails for the wrong order: the test can tell.
    expect(difference(profile.slice(profile.length - latinAlone.width), await columnInk(latinAlone.png))).toBeGreaterThan(0.3);
  });

  it("draws Turkish, Azerbaijani and transliterated Arabic letters, never the missing-glyph box", async () => {
    // No card font has "一": Pango draws its box with the code point in it, as it would for any
    // four-digit code point a font lacked.
    const box = await drawText("一", HEADLINE);
    for (const letter of ["ğ", "ı", "İ", "ş", "ə", "ā", "ī", "ū", "ṣ", "ḥ", "ṭ", "ẓ", "ʿ", "ʾ"]) {
      const drawn = await drawText(letter, HEADLINE);
      expect([drawn.width, drawn.height], letter).not.toEqual([box.width, box.height]);
      expect(drawn.width, letter).toBeLessThan(box.width * 0.8);
    }
  });

  it("keeps a headline to three lines, ending in an ellipsis, and leaves a shorter one whole", async () => {
    const long = "Putin discusses Syria peace efforts with Assad in first call for two years, Kremlin says, as Geneva talks near and the opposition weighs its answer";
    const [whole, clamped, three] = await Promise.all([
      drawText(long, HEADLINE, 1080),
      drawClamped(long, HEADLINE, 1080, 3),
      drawText("Putin\nSyria\nAssad", HEADLINE, 1080),
    ]);
    expect(whole.height).toBeGreaterThan(three.height + 58);
    expect(Math.abs(clamped.height - three.height)).toBeLessThan(20);
    const short = "Erdoğan and Davutoğlu meet in İstanbul";
    expect((await drawClamped(short, HEADLINE, 1080, 3)).png.equals((await drawText(short, HEADLINE, 1080)).png)).toBe(true);
  });

  it.each([
    ["turkish", "Erdoğan and Davutoğlu meet in İstanbul with Azərbaycan's envoy and ʿAlī al-Ṭāhir"],
    ["arabic", "بوتين يناقش جهود السلام مع الأسد في أول اتصال هاتفي منذ عامين"],
    ["mixed", "بوتين يناقش جهود السلام مع Bashar al-Assad (2013)"],
  ])("draws the %s headline as its reference drawing", async (name, headline) => {
    const drawn = await drawClamped(headline, HEADLINE, 1080, 3);
    const reference = path.join(REFERENCES, `${name}.png`);
    if (process.env.UPDATE_REFERENCES) {
      mkdirSync(REFERENCES, { recursive: true });
      writeFileSync(reference, drawn.png);
    }
    expect(existsSync(reference), `${reference} (UPDATE_REFERENCES=1 writes it)`).toBe(true);
    expect(await pixelDifference(drawn.png, await sharp(reference).png().toBuffer())).toBeLessThan(0.01);
  });
});
