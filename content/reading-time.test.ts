import { describe, expect, it } from "vitest";
import { countWords, readingMinutes } from "./reading-time";

const paragraph = (text: string, language?: string) => ({ type: "paragraph" as const, text, ...(language ? { language } : {}) });

describe("reading time", () => {
  it("counts words as the language divides them, not punctuation", () => {
    expect(countWords("Talks resumed in Geneva — at last, officials said.", "en")).toBe(8);
    expect(countWords("استؤنفت المحادثات في جنيف أخيرا.", "ar")).toBe(5);
  });

  it("reads Arabic slower than English: the same number of words takes longer", () => {
    const words = (word: string, n: number) => Array.from({ length: n }, () => word).join(" ");
    expect(readingMinutes([paragraph(words("talks", 952))], "en-GB")).toBe(4);
    expect(readingMinutes([paragraph(words("محادثات", 952))], "ar")).toBe(7);
  });

  it("is at least a minute, and counts quotes and subheadings", () => {
    expect(readingMinutes([paragraph("One line.")], "en-GB")).toBe(1);
    const long = Array.from({ length: 238 }, () => "word").join(" ");
    expect(readingMinutes([{ type: "subheading", text: long }, { type: "quote", text: long }, paragraph(long)], "en-GB")).toBe(3);
  });
});
