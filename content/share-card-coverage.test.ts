import { describe, expect, it } from "vitest";
import { charactersTheCardCannotDraw, describeCharacter } from "./share-card-coverage";

describe("what a share card can draw", () => {
  it("draws English, Turkish, Kurdish, Azerbaijani and transliterated Arabic", () => {
    expect(charactersTheCardCannotDraw("Putin discusses Syria’s “peace” — 2013 £ € …")).toEqual([]);
    expect(charactersTheCardCannotDraw("Erdoğan, Davutoğlu, İstanbul, Beşiktaş, ışık")).toEqual([]);
    expect(charactersTheCardCannotDraw("Azərbaycan, Kurdî û Kurmancî, ʿAlī al-Ṭāhir, Ṣalāḥ, Ẓāhir, Qurʾān")).toEqual([]);
  });

  it("draws Arabic, with its marks, and ignores direction and joining controls", () => {
    expect(charactersTheCardCannotDraw("بوتين يناقش جهود السلام مع الأسد")).toEqual([]);
    expect(charactersTheCardCannotDraw("مُحَمَّد ـ ﷲ ٢٠١٣")).toEqual([]);
    expect(charactersTheCardCannotDraw("\u200F\u200E\u2067Bashar\u2069 \u200C\u200D")).toEqual([]);
  });

  it("names, once each, what it cannot draw", () => {
    expect(charactersTheCardCannotDraw("東京 and 東 and Ĭ, 😀")).toEqual(["東", "京", "Ĭ", "😀"]);
    expect(describeCharacter("東")).toBe('"東" (U+6771)');
    expect(describeCharacter("😀")).toBe('"😀" (U+1F600)');
  });
});
