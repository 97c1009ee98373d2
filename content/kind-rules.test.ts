import { describe, expect, it } from "vitest";
import { validateArticles } from "./load";
import type { ArticleSource } from "./schema";
import { entry, KIND_FIELDS, testContext, validSource } from "./test-support/fixtures";

/** The problems of one module, as "field: message". */
function problems(overrides: Partial<ArticleSource>) {
  const { issues } = validateArticles([entry(validSource(overrides))], testContext());
  return issues.map((issue) => `${issue.field}: ${issue.message}`);
}

const { sponsor, review, factCheck } = KIND_FIELDS;

describe("kinds of story: what each must have and may not have", () => {
  it("accepts every kind with what it needs", () => {
    expect(problems({ kind: "analysis" })).toEqual([]);
    expect(problems({ kind: "sponsored", sponsor })).toEqual([]);
    expect(problems({ kind: "review", review })).toEqual([]);
    expect(problems({ kind: "factcheck", factCheck })).toEqual([]);
    expect(problems({ kind: "opinion", section: "opinion", byline: { authors: ["jane-doe"] } })).toEqual([]);
    expect(problems({ kind: "editorial", section: "opinion", byline: { agency: "The editorial board" } })).toEqual([]);
  });

  it("refuses paid content without its sponsor, a review without what it reviews, a fact check without its verdict", () => {
    expect(problems({ kind: "sponsored" })).toEqual([expect.stringMatching(/^sponsor: a sponsored story names its sponsor/)]);
    expect(problems({ kind: "review" })).toEqual([expect.stringMatching(/^review: a review says what it reviews/)]);
    expect(problems({ kind: "review", review: { rating: { value: 3 } } as never })).toEqual([expect.stringMatching(/^review\.itemReviewed: /)]);
    const withoutVerdict: Partial<typeof factCheck> = { ...factCheck };
    delete withoutVerdict.verdict;
    expect(problems({ kind: "factcheck", factCheck: withoutVerdict as never })).toEqual([expect.stringMatching(/^factCheck\.verdict: /)]);
  });

  it("refuses a kind's fields on another kind, and an unknown kind", () => {
    expect(problems({ sponsor })).toEqual(['sponsor: only a story of kind "sponsored" has this']);
    expect(problems({ kind: "analysis", review })).toEqual(['review: only a story of kind "review" has this']);
    expect(problems({ kind: "advertorial" as never })).toEqual([expect.stringMatching(/^kind: must be one of "news", "live", "analysis"/)]);
  });

  it("keeps opinion, editorials and letters in the opinion section, and only them", () => {
    expect(problems({ kind: "opinion", byline: { authors: ["jane-doe"] } })).toEqual([expect.stringMatching(/^section: a story of kind "opinion" lives in the "opinion" section/)]);
    expect(problems({ kind: "letter", section: "world", byline: { agency: "A reader" } })).toEqual([expect.stringMatching(/^section: /)]);
    expect(problems({ section: "opinion" })).toEqual([expect.stringMatching(/^kind: the "opinion" section holds opinion, editorials and letters only/)]);
  });

  it("signs every opinion piece with a named person", () => {
    expect(problems({ kind: "opinion", section: "opinion", byline: { agency: "Staff" } })).toEqual([
      "byline.authors: an opinion piece is signed by a named person: name its author",
      "byline.agency: an opinion piece is signed by a named person, not an agency or desk",
    ]);
  });

  it("refuses copy whose script does not fit the story's language, naming the field and the language it looks like", () => {
    expect(problems({ headline: "بوتين يبحث جهود السلام في سوريا مع الأسد" })).toEqual([expect.stringMatching(/^headline: is written in Arabic script \(it looks like "ar"\), but its language is "en-GB"/)]);
    expect(problems({ language: "ar", headline: "بوتين يبحث جهود السلام في سوريا", standfirst: "Talks resumed in Geneva after a long pause." , body: [{ type: "paragraph", text: "استؤنفت المحادثات في جنيف بعد توقف طويل." }] })).toEqual([
      expect.stringMatching(/^standfirst: is written in Latin script \(it looks like "en"\), but its language is "ar"/),
    ]);
    // A paragraph that says it is in another language is judged in that language.
    expect(problems({ body: [{ type: "paragraph", text: "استؤنفت المحادثات في جنيف بعد توقف طويل.", language: "ar" }] })).toEqual([]);
    expect(problems({ body: [{ type: "paragraph", text: "استؤنفت المحادثات في جنيف بعد توقف طويل." }] })).toEqual([expect.stringMatching(/^body\[0\]\.text: .*set language: "ar" on this block/)]);
  });
});
