import { describe, expect, it } from "vitest";
import { canonicalLanguage, firstLetterDirection, languageAttributes, openGraphLocale, ownDirection, textDirection } from "./language";

describe("languages", () => {
  it("accepts well-formed BCP 47 tags in their canonical form, and nothing else", () => {
    expect(canonicalLanguage("ar")).toBe("ar");
    expect(canonicalLanguage("EN-gb")).toBe("en-GB");
    expect(canonicalLanguage("ku-Arab")).toBe("ku-Arab");
    expect(canonicalLanguage("arabic!")).toBeUndefined();
    expect(canonicalLanguage("")).toBeUndefined();
  });

  it("reads the direction from the language's script", () => {
    expect(textDirection("ar")).toBe("rtl");
    expect(textDirection("fa")).toBe("rtl");
    expect(textDirection("ku-Arab")).toBe("rtl");
    expect(textDirection("ku")).toBe("ltr");
    expect(textDirection("tr")).toBe("ltr");
    expect(textDirection("en-GB")).toBe("ltr");
  });

  it("marks only text in another language than the page's", () => {
    expect(languageAttributes("en-GB")).toEqual({});
    expect(languageAttributes("ar")).toEqual({ lang: "ar", dir: "rtl" });
    expect(languageAttributes("tr")).toEqual({ lang: "tr", dir: "ltr" });
    expect(languageAttributes("en-GB", "ar")).toEqual({ lang: "en-GB", dir: "ltr" });
  });

  it("gives a short text its own direction only when its first letter runs against the story's", () => {
    expect(firstLetterDirection("(سوريا) war")).toBe("rtl");
    expect(firstLetterDirection("2013: Syria")).toBe("ltr");
    expect(firstLetterDirection("2013 …")).toBeUndefined();
    expect(ownDirection("Syria (war)", "ar")).toEqual({ dir: "ltr" });
    expect(ownDirection("Syria (war)", "en-GB")).toEqual({});
    expect(ownDirection("سوريا", "en-GB")).toEqual({ dir: "rtl" });
    expect(ownDirection("سوريا", "ar")).toEqual({});
  });

  it("gives Open Graph a language and a region", () => {
    expect(openGraphLocale("en-GB")).toBe("en_GB");
    expect(openGraphLocale("ar")).toBe("ar_EG");
    expect(openGraphLocale("tr")).toBe("tr_TR");
  });
});
