import { describe, expect, it } from "vitest";
import { foldText, termOfWord, termsOf } from "./terms";

describe("search terms", () => {
  it("fold case and accents, so readers need not type them", () => {
    expect(termsOf("Erdoğan")).toEqual(termsOf("erdogan"));
    expect(termsOf("Genève")).toEqual(termsOf("geneve"));
    expect(termsOf("İSTANBUL")).toEqual(termsOf("istanbul"));
    expect(termsOf("Straße")).toEqual(termsOf("strasse"));
  });

  it("stem English words, so a form of a word finds the others", () => {
    expect(termsOf("talks")).toEqual(termsOf("talk"));
    expect(termsOf("talking")).toEqual(termsOf("talk"));
    expect(termsOf("negotiations")).toEqual(termsOf("negotiation"));
    expect(termsOf("talks")).not.toEqual(termsOf("walks"));
  });

  it("bring Arabic spellings to one: alef forms, alef maqsura, taa marbuta, short vowels, tatweel, digits", () => {
    expect(termsOf("أحمد")).toEqual(termsOf("احمد"));
    expect(termsOf("إسرائيل")).toEqual(termsOf("اسرائيل"));
    expect(termsOf("آمال")).toEqual(termsOf("امال"));
    expect(termsOf("مصطفى")).toEqual(termsOf("مصطفي"));
    expect(termsOf("مدرسة")).toEqual(termsOf("مدرسه"));
    expect(termsOf("سُورِيَا")).toEqual(termsOf("سوريا"));
    expect(termsOf("ســوريا")).toEqual(termsOf("سوريا"));
    expect(termsOf("٢٠١٣")).toEqual(["2013"]);
    expect(termsOf("سوريا")).not.toEqual(termsOf("روسيا"));
  });

  it("split on punctuation and keep words' order and repeats", () => {
    expect(termsOf("Putin, Assad — and Putin's talks.")).toEqual(["putin", "assad", "and", "putin", "s", "talk"]);
    expect(termsOf("<script>alert(1)</script>")).toEqual(["script", "alert", "1", "script"]);
    expect(termsOf("  …  ")).toEqual([]);
  });

  it("tell a word shown on the page by its term, and punctuation from words", () => {
    expect(termOfWord("Talks")).toBe(termsOf("talk")[0]);
    expect(termOfWord("Erdoğan")).toBe("erdogan");
    expect(termOfWord(", ")).toBeUndefined();
    expect(foldText("Ünal")).toBe("unal");
  });
});
