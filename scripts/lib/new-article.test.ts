import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { articleSourceSchema } from "../../content/schema";
import { testSections } from "../../content/test-support/fixtures";
import { compileContent } from "./content-compiler";
import { localTimestamp, namesFor, renderArticleModule } from "./new-article";

describe("localTimestamp", () => {
  it("writes the wall-clock time in the zone with its offset", () => {
    expect(localTimestamp(new Date("2024-07-01T12:00:00Z"), "Europe/London")).toBe("2024-07-01T13:00:00+01:00");
    expect(localTimestamp(new Date("2024-01-01T12:00:00Z"), "Europe/London")).toBe("2024-01-01T12:00:00+00:00");
    expect(localTimestamp(new Date("2024-01-01T12:00:00Z"), "Asia/Kolkata")).toBe("2024-01-01T17:30:00+05:30");
  });

  it("writes a timestamp the content schema accepts", () => {
    expect(() => articleSourceSchema.shape.published.parse(localTimestamp(new Date(), "America/New_York"))).not.toThrow();
  });
});

const TIMESTAMP = "2026-12-02T09:15:00+00:00";

describe("names for a new article", () => {
  it.each([
    ["Oil prices climb as OPEC meets", "oil-prices-climb-as-opec-meets", "oil-prices-climb-as-opec-meets"],
    ["Erdoğan ve Davutoğlu İstanbul'da buluştu", "erdogan-ve-davutoglu-istanbul-da-bulustu", "erdogan-ve-davutoglu-istanbul-da-bulustu"],
    ["بوتين يناقش جهود السلام في سوريا", "بوتين-يناقش-جهود-السلام-في-سوريا", "story-20261202-091500"],
    ["Erdoğan يلتقي الأسد في أنقرة", "erdogan-يلتقي-الأسد-في-أنقرة", "story-20261202-091500"],
    ["!!! ???", "story-20261202-091500", "story-20261202-091500"],
    ["ـــ", "story-20261202-091500", "story-20261202-091500"],
  ])("%j → slug %j, photo %j", (headline, slug, photo) => {
    expect(namesFor(headline, TIMESTAMP)).toEqual({ slug, photo });
  });
});

/** What a person does next: writes the empty fields, in the story's language. */
const fillIn = (source: string) =>
  source.includes('language: "ar"')
    ? source
        .replace('standfirst: ""', 'standfirst: "ماذا حدث في الاجتماع."')
        .replace('agency: ""', 'agency: "Agencies"')
        .replace('source: ""', 'source: "Agencies"')
        .replace('alt: ""', 'alt: "Stand-in"')
        .replace('caption: ""', 'caption: "A caption"')
        .replace('credit: ""', 'credit: "AP"')
        .replace('headline: ""', 'headline: "المنشور الأول"')
        .replaceAll('text: ""', 'text: "الفقرة الأولى من القصة."')
    : fillInEnglish(source);

const fillInEnglish = (source: string) =>
  source
    .replace('standfirst: ""', 'standfirst: "What happened."')
    .replace('agency: ""', 'agency: "Agencies"')
    .replace('source: ""', 'source: "Agencies"')
    .replace('alt: ""', 'alt: "Stand-in"')
    .replace('caption: ""', 'caption: "A caption"')
    .replace('credit: ""', 'credit: "AP"')
    .replace('headline: ""', 'headline: "The first post"')
    .replaceAll('text: ""', 'text: "The first paragraph."');

describe("a headline in another script", () => {
  it("starts a story in that language", () => {
    expect(renderArticleModule({ headline: "بوتين يناقش جهود السلام في سوريا", section: "world", timestamp: TIMESTAMP }).source).toContain('language: "ar",');
    expect(renderArticleModule({ headline: "Oil prices climb as OPEC meets", section: "world", timestamp: TIMESTAMP }).source).not.toContain("language:");
  });
});

describe("the scaffold and the validator agree", () => {
  it("whatever the headline, the module new-article writes passes once its empty fields are filled", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "scaffold-"));
    const articlesDir = path.join(root, "content", "articles");
    const publicDir = path.join(root, "public");
    mkdirSync(articlesDir, { recursive: true });
    mkdirSync(path.join(publicDir, "images", "articles"), { recursive: true });
    const headlines = ["Oil prices climb as OPEC meets", "Erdoğan ve Davutoğlu İstanbul'da buluştu", "بوتين يناقش جهود السلام في سوريا", "Erdoğan يلتقي الأسد في أنقرة", "!!! ???"];
    for (const [index, headline] of headlines.entries()) {
      const timestamp = `2026-12-02T09:1${index}:00+00:00`;
      // Every other one a live story, its coverage open and a first post to write.
      const { slug, photo, source } = renderArticleModule({ headline, section: "world", timestamp, live: index % 2 === 1 });
      writeFileSync(path.join(articlesDir, `${slug}.ts`), fillIn(source));
      await sharp({ create: { width: 1600, height: 1200, channels: 3, background: "#888" } }).jpeg().toFile(path.join(publicDir, "images", "articles", `${photo}.jpg`));
    }
    const result = await compileContent({ root, articlesDir, publicDir, authorsDir: path.join(root, "content", "authors"), sections: testSections, timeZone: "Europe/London" });
    expect(result.issues).toEqual([]);
    expect(result.articles).toBe(headlines.length);
  });

  it("starts a live story with its coverage open, an empty summary and a first post left to write", () => {
    const { source } = renderArticleModule({ headline: "Summit live", section: "world", timestamp: TIMESTAMP, live: true });
    expect(source).toContain('kind: "live"');
    expect(source).toContain(`coverage: { start: "${TIMESTAMP}" }`);
    expect(source.match(/: ""/g)).toHaveLength(9);
  });

  it("leaves every field a person must write empty, so an unfilled draft is refused", async () => {
    const { source } = renderArticleModule({ headline: "A draft", section: "world", timestamp: TIMESTAMP });
    expect(source.match(/: ""/g)).toHaveLength(7);
    expect(readFileSync(path.join(import.meta.dirname, "new-article.ts"), "utf8")).toContain("namesFor");
  });
});
