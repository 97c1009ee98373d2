import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ARABIC_RANGE, CORE_RANGE, LATIN_EXT_RANGE, LATIN_RANGE, REST_RANGE, codePoints, toUnicodeRange } from "./font-subsets";

describe("font subsets", () => {
  it("split Fontsource's Latin file in two, without overlap or loss", () => {
    const core = codePoints(CORE_RANGE);
    const rest = codePoints(REST_RANGE);
    expect(core.filter((point) => rest.includes(point))).toEqual([]);
    expect(toUnicodeRange([...core, ...rest])).toBe(toUnicodeRange(codePoints(LATIN_RANGE)));
  });

  it("put the seed article's typography in the core", () => {
    const core = new Set(codePoints(CORE_RANGE));
    for (const character of "Putin’s “Geneva-2” — 6:23 pm… £5 €5 © ·") expect(core.has(character.codePointAt(0) ?? 0)).toBe(true);
  });

  it("are the ranges app/fonts.ts declares (next/font takes only literals, so they are written out there)", () => {
    const fonts = readFileSync(path.resolve(import.meta.dirname, "..", "..", "app", "fonts.ts"), "utf8");
    expect(fonts).toContain(`"${CORE_RANGE}"`);
    expect(fonts).toContain(`"${REST_RANGE}"`);
    expect(fonts).toContain(`"${LATIN_EXT_RANGE}"`);
    expect(fonts).toContain(`"${ARABIC_RANGE}"`);
  });

  it("give Arabic a range of its own, which no Latin character or punctuation falls in (but the joiners Arabic shapes across)", () => {
    const arabic = new Set(codePoints(ARABIC_RANGE));
    const joiners = new Set([0x200c, 0x200d]);
    for (const point of [...codePoints(LATIN_RANGE), ...codePoints(LATIN_EXT_RANGE)]) if (!joiners.has(point)) expect(arabic.has(point), point.toString(16)).toBe(false);
    for (const character of "بوتين يناقش جهود السلام، ١٢٣ ـ ﷲ") if (character !== " ") expect(arabic.has(character.codePointAt(0) ?? 0), character).toBe(true);
  });

  it("cover the Middle East desk's Latin: Turkish, Kurdish, Azerbaijani and transliterated Arabic", () => {
    const served = new Set([...codePoints(LATIN_RANGE), ...codePoints(LATIN_EXT_RANGE)]);
    for (const character of "Erdoğan Davutoğlu İstanbul Işık şehir Azərbaycan Hêja Şêx ṣaḥīḥ Ṭāhā ẓāhir ʿAlī Qurʾān") {
      expect(served.has(character.codePointAt(0) ?? 0), character).toBe(true);
    }
  });

  it("write runs back as ranges", () => {
    expect(toUnicodeRange([0x41, 0x42, 0x43, 0x20ac, 0x20])).toBe("U+0020,U+0041-0043,U+20AC");
    expect(() => codePoints("U+0050-0040")).toThrow(/bad unicode-range/);
  });
});
