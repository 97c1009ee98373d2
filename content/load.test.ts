import { describe, expect, it } from "vitest";
import { ContentError } from "./issues";
import { loadArticles, validateArticles } from "./load";
import { entry, EXISTING_IMAGE, testContext, validSource } from "./test-support/fixtures";

/** The issues one module produces, as "field: message" for readable assertions. */
function problems(module: unknown, file?: string) {
  const { issues, articles } = validateArticles([file ? entry(module, file) : entry(module)], testContext());
  if (issues.length > 0) expect(articles).toEqual([]);
  return issues.map((issue) => `${issue.field}: ${issue.message}`);
}

describe("validateArticles", () => {
  it("accepts a valid module and resolves its section, authors and tags", () => {
    const { articles, issues } = validateArticles([entry(validSource())], testContext());
    expect(issues).toEqual([]);
    expect(articles[0]?.section.name).toBe("World");
    expect(articles[0]?.byline.authors.map((author) => author.name)).toEqual(["Jane Doe"]);
    expect(articles[0]?.tags).toEqual([{ name: "Testing", slug: "testing" }]);
  });

  it("names a module that exports no article", () => {
    const { issues } = validateArticles([{ file: "content/articles/empty.ts", module: {} }], testContext());
    expect(issues).toEqual([{ file: "content/articles/empty.ts", field: "article", message: expect.stringContaining("must export") }]);
  });

  it("rejects a missing required field", () => {
    const withoutHeadline: Partial<ReturnType<typeof validSource>> = validSource();
    delete withoutHeadline.headline;
    expect(problems(withoutHeadline)).toEqual([expect.stringMatching(/^headline: /)]);
  });

  it("rejects an empty required field, even when it is only spaces", () => {
    expect(problems(validSource({ standfirst: "   " }))).toEqual(["standfirst: must not be empty"]);
  });

  it("rejects a slug that is not lower-case words joined by hyphens", () => {
    expect(problems(validSource({ slug: "Bad Slug!" }), "content/articles/Bad Slug!.ts")).toEqual([
      expect.stringMatching(/^slug: must be lower-case words/),
    ]);
  });

  it("accepts a slug in another script, as a World Service site needs", () => {
    const slug = "بوتين-يناقش-سوريا";
    expect(problems(validSource({ slug }))).toEqual([]);
  });

  it("rejects a slug that does not match its file name", () => {
    expect(problems(validSource(), "content/articles/another-name.ts")).toEqual([
      'slug: "a-valid-story" must match the file name "another-name"',
    ]);
  });

  it("rejects the slug a section's older pages are at", () => {
    expect(problems(validSource({ slug: "page" }), "content/articles/page.ts")).toEqual(['slug: "page" is the address of a section\'s older pages: choose another slug']);
  });

  it("rejects duplicate slugs and names both files", () => {
    const { issues } = validateArticles(
      [entry(validSource(), "content/articles/a-valid-story.ts"), entry(validSource(), "content/articles/2024/a-valid-story.ts")],
      testContext(),
    );
    expect(issues).toEqual([
      { file: "content/articles/2024/a-valid-story.ts", field: "slug", message: '"a-valid-story" is already used by content/articles/a-valid-story.ts' },
    ]);
  });

  it("rejects a timestamp without an offset", () => {
    expect(problems(validSource({ published: "2024-03-01T09:00:00" }))).toEqual([expect.stringMatching(/^published: must be an ISO 8601 timestamp with a time zone offset/)]);
  });

  it("rejects an updated time before the published time", () => {
    expect(problems(validSource({ updated: "2024-03-01T08:59:00+00:00" }))).toEqual([
      "updated: 2024-03-01T08:59:00+00:00 is before published 2024-03-01T09:00:00+00:00",
    ]);
  });

  it("accepts a story scheduled ahead, a draft, and an expiry after publication", () => {
    expect(problems(validSource({ published: "2030-01-01T00:01:00+00:00", updated: "2030-01-01T00:01:00+00:00", status: "draft", expires: "2030-02-01T00:00:00+00:00" }))).toEqual([]);
  });

  it("rejects an expiry at or before publication, and a status it does not know, by field", () => {
    // A module is data compiled outside the type checker: the schema is what catches this.
    expect(problems({ ...validSource(), status: "embargoed" })).toEqual(['status: must be "draft" or "published"']);
    expect(problems(validSource({ expires: "2024-03-01T09:00:00+00:00" }))).toEqual([
      "expires: 2024-03-01T09:00:00+00:00 is not after published 2024-03-01T09:00:00+00:00: a story expires after it goes public",
    ]);
  });

  it("accepts dated corrections, oldest first, between publication and the last update", () => {
    const corrections = [
      { date: "2024-03-01T09:30:00+00:00", text: "An earlier version misspelt Davutoğlu." },
      { date: "2024-03-01T10:00:00+00:00", text: "The meeting was in İstanbul, not Ankara." },
    ];
    expect(problems(validSource({ corrections }))).toEqual([]);
  });

  it("rejects a correction after the last update, or out of order, naming its date", () => {
    expect(problems(validSource({ corrections: [{ date: "2024-03-02T09:00:00+00:00", text: "Late." }] }))).toEqual([
      "corrections[0].date: 2024-03-02T09:00:00+00:00 is after updated 2024-03-01T10:00:00+00:00: a correction updates the story, so set updated to it (or later)",
    ]);
    expect(
      problems(
        validSource({
          corrections: [
            { date: "2024-03-01T09:40:00+00:00", text: "Second." },
            { date: "2024-03-01T09:20:00+00:00", text: "First." },
          ],
        }),
      ),
    ).toEqual(["corrections[1].date: 2024-03-01T09:20:00+00:00 is before the correction above it: list corrections oldest first, after publication"]);
    expect(problems(validSource({ corrections: [{ date: "2024-03-01T09:00:00+00:00", text: "" }] }))).toEqual(["corrections[0].text: must not be empty"]);
  });

  it("compares times across offsets, not as strings", () => {
    // 10:00 in Paris is 09:00 in London: the same instant, so not "before".
    expect(problems(validSource({ updated: "2024-03-01T10:00:00+01:00" }))).toEqual([]);
  });

  it("rejects an unknown section and lists the known ones", () => {
    expect(problems(validSource({ section: "sport" }))).toEqual(['section: unknown section "sport" (known: world, business, opinion)']);
  });

  it("rejects an unknown author by position", () => {
    expect(problems(validSource({ byline: { authors: ["jane-doe", "john-roe"] } }))).toEqual([
      'byline.authors[1]: unknown author "john-roe" (add content/authors/john-roe.ts)',
    ]);
  });

  it("rejects a byline with neither an author nor an agency", () => {
    expect(problems(validSource({ byline: { authors: [] } }))).toEqual(["byline: needs at least one author or an agency credit"]);
  });

  it("rejects an image file missing from public/", () => {
    const image = { ...validSource().image, src: "/images/articles/no-such-photo.jpg" };
    expect(problems(validSource({ image }))).toEqual(["image.src: file public/images/articles/no-such-photo.jpg does not exist"]);
  });

  it("rejects a declared image size that differs from the file", () => {
    const image = { ...validSource().image, width: 1200 };
    expect(problems(validSource({ image }))).toEqual([`image.width: declared 1200 but public${EXISTING_IMAGE.src} is 1600 px wide`]);
  });

  it("rejects an image path that climbs out of public/", () => {
    const image = { ...validSource().image, src: "/../package.json" };
    expect(problems(validSource({ image }))).toEqual([expect.stringMatching(/^image.src: must be a path under public/)]);
  });

  it("rejects empty alt text", () => {
    const image = { ...validSource().image, alt: "" };
    expect(problems(validSource({ image }))).toEqual(["image.alt: must not be empty"]);
  });

  it("checks images inside the body and names the block", () => {
    const body = [{ type: "paragraph" as const, text: "Text." }, { type: "image" as const, image: { ...validSource().image, height: 10 } }];
    expect(problems(validSource({ body }))).toEqual([`body[1].image.height: declared 10 but public${EXISTING_IMAGE.src} is 1200 px high`]);
  });

  it("rejects an unknown block type", () => {
    const body = [{ type: "video", url: "x" }] as unknown as ReturnType<typeof validSource>["body"];
    expect(problems(validSource({ body }))).toEqual([expect.stringMatching(/^body\[0\]\.type: /)]);
  });

  it("reports every problem in every module at once", () => {
    const { issues } = validateArticles(
      [
        entry(validSource({ slug: "first", headline: "", section: "sport" })),
        entry(validSource({ slug: "second", published: "yesterday" })),
        entry(validSource({ slug: "third" })),
      ],
      testContext(),
    );
    expect(issues.map((issue) => `${issue.file} ${issue.field}`)).toEqual([
      "content/articles/first.ts headline",
      "content/articles/first.ts section",
      "content/articles/second.ts published",
    ]);
  });
});

describe("loadArticles", () => {
  it("throws a ContentError whose message names each file and field", () => {
    const load = () => loadArticles([entry(validSource({ headline: "" }))], testContext());
    expect(load).toThrow(ContentError);
    expect(load).toThrow("content/articles/a-valid-story.ts: headline: must not be empty");
  });

  it("refuses a headline the share card cannot draw, naming file, field and character", () => {
    const load = () => loadArticles([entry(validSource({ headline: "Talks resume in 東京" }))], testContext());
    expect(load).toThrow('content/articles/a-valid-story.ts: headline: has characters the share card\'s fonts cannot draw: "東" (U+6771), "京" (U+4EAC)');
    expect(() => loadArticles([entry(validSource({ headline: "Erdoğan meets بوتين in İstanbul" }))], testContext())).not.toThrow();
  });

  it("returns nothing half-valid: one bad module stops the load", () => {
    expect(() => loadArticles([entry(validSource({ slug: "good" })), entry(validSource({ slug: "bad", tags: [""] }))], testContext())).toThrow(
      "content/articles/bad.ts: tags[0]: must not be empty",
    );
  });
});
