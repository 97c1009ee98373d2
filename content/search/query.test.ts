import { describe, expect, it } from "vitest";
import { containsPhrase, MAX_QUERY_LENGTH, parseQuery } from "./query";
import { termsOf } from "./terms";

describe("parseQuery", () => {
  it("reads words and quoted phrases", () => {
    expect(parseQuery('Putin "peace talks"')).toEqual({ kind: "query", query: { terms: ["putin", "peac", "talk"], phrases: [["peac", "talk"]] } });
    expect(parseQuery("“peace talks”")).toEqual(parseQuery('"peace talks"'));
  });

  it("treats a lone quotation mark, brackets and operators as punctuation", () => {
    expect(parseQuery('"peace talks')).toEqual({ kind: "query", query: { terms: ["peac", "talk"], phrases: [] } });
    expect(parseQuery("(assad AND [putin")).toEqual({ kind: "query", query: { terms: ["assad", "and", "putin"], phrases: [] } });
    expect(parseQuery('a "b" c')).toEqual({ kind: "query", query: { terms: ["a", "b", "c"], phrases: [] } });
  });

  it("answers empty, word-less and overlong queries without searching", () => {
    expect(parseQuery("   ")).toEqual({ kind: "empty" });
    expect(parseQuery("<>!?")).toEqual({ kind: "no-words" });
    expect(parseQuery("x".repeat(5000))).toEqual({ kind: "too-long", length: 5000 });
    expect(parseQuery("x".repeat(MAX_QUERY_LENGTH)).kind).toBe("query");
  });

  it("searches a dozen distinct words at most", () => {
    const parsed = parseQuery(Array.from({ length: 30 }, (_, i) => `word${i}`).join(" "));
    expect(parsed.kind === "query" && parsed.query.terms.length).toBe(12);
  });
});

describe("containsPhrase", () => {
  it("finds words side by side and in order only", () => {
    const text = termsOf("Russia said the peace talks would resume");
    expect(containsPhrase(text, termsOf("peace talks"))).toBe(true);
    expect(containsPhrase(text, termsOf("talks peace"))).toBe(false);
    expect(containsPhrase(text, termsOf("said peace"))).toBe(false);
    expect(containsPhrase(text, termsOf("would resume"))).toBe(true);
  });
});
