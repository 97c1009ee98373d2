import { describe, expect, it } from "vitest";
import { scriptMismatch } from "./script-fit";

describe("copy in the script of its language", () => {
  it("finds an Arabic headline in an English story, and a Latin one in an Arabic story", () => {
    expect(scriptMismatch("بوتين يبحث جهود السلام في سوريا مع الأسد", "en-GB")).toEqual({ script: "Arabic", likelyLanguage: "ar" });
    expect(scriptMismatch("Putin discusses Syria peace efforts with Assad", "ar")).toEqual({ script: "Latin", likelyLanguage: "en" });
  });

  it("accepts a few names in another script, short texts and languages it does not tell apart", () => {
    expect(scriptMismatch("Erdoğan and الأسد meet in Geneva for talks", "en-GB")).toBeUndefined();
    expect(scriptMismatch("بوتين يلتقي Assad في جنيف لإجراء محادثات", "ar")).toBeUndefined();
    expect(scriptMismatch("الأسد", "en-GB")).toBeUndefined();
    expect(scriptMismatch("Türkiye'de seçim sonuçları açıklandı", "tr")).toBeUndefined();
    expect(scriptMismatch("東京で会談が開かれた", "ja")).toBeUndefined();
  });
});
