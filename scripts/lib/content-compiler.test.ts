import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSnapshot } from "../../content/snapshot";
import { EXISTING_IMAGE, PUBLIC_DIR, testSections } from "../../content/test-support/fixtures";
import { compileContent, isCompileCurrent } from "./content-compiler";

const authorModule = (slug: string, fields = `name: "Jane Doe", role: "Diplomatic correspondent", bio: "Jane Doe covers diplomacy."`) => `import type { AuthorSource } from "../schema";
export const author = { slug: "${slug}", ${fields} } as const satisfies AuthorSource;
`;

const articleModule = (slug: string, published: string, extra = "") => `import type { ArticleSource } from "../schema";
${extra}
export const article = {
  slug: "${slug}",
  headline: "Headline of ${slug}",
  standfirst: "A standfirst.",
  section: "world",
  tags: ["Testing"],
  published: "${published}",
  updated: "${published}",
  byline: { agency: "AP" },
  image: { src: "${EXISTING_IMAGE.src}", width: ${EXISTING_IMAGE.width}, height: ${EXISTING_IMAGE.height}, alt: "Alt", caption: "Caption", credit: "AP" },
  body: [{ type: "paragraph", text: "Text." }],
} as const satisfies ArticleSource;
`;

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function project() {
  const root = mkdtempSync(path.join(tmpdir(), "compiler-"));
  roots.push(root);
  const articlesDir = path.join(root, "content", "articles");
  mkdirSync(path.join(articlesDir, "2024"), { recursive: true });
  const write = (file: string, source: string) => {
    const target = path.join(articlesDir, file);
    writeFileSync(target, source, { flag: "w" });
    return target;
  };
  const authorsDir = path.join(root, "content", "authors");
  mkdirSync(authorsDir, { recursive: true });
  const writeAuthor = (file: string, source: string) => writeFileSync(path.join(authorsDir, file), source);
  const options = { root, articlesDir, authorsDir, publicDir: PUBLIC_DIR, sections: testSections, timeZone: "Europe/London" };
  const compile = () => compileContent({ ...options, outDir: path.join(root, ".content") });
  return { root, articlesDir, write, writeAuthor, compile, options, outDir: path.join(root, ".content") };
}

describe("compileContent", () => {
  it("compiles modules into a snapshot, latest first, with each record's place and hash", async () => {
    const site = project();
    site.write("older.ts", articleModule("older", "2024-03-01T09:00:00+00:00"));
    site.write("2024/newer.ts", articleModule("newer", "2024-03-02T09:00:00+00:00"));
    const result = await site.compile();
    expect(result).toMatchObject({ issues: [], articles: 2, loaded: 2 });
    const snapshot = openSnapshot(site.outDir);
    expect(snapshot.index.entries.map((entry) => [entry.slug, entry.day])).toEqual([
      ["newer", "2024-03-02"],
      ["older", "2024-03-01"],
    ]);
    expect(snapshot.readRecord(snapshot.index.entries[1]!).headline).toBe("Headline of older");
    expect(result.stories.find((story) => story.slug === "newer")?.file).toMatch(/content\/articles\/2024\/newer\.ts$/);
  });

  it("loads again only the modules that changed, and keeps the rest as they were", async () => {
    const site = project();
    site.write("a.ts", articleModule("a", "2024-03-01T09:00:00+00:00"));
    const changed = site.write("b.ts", articleModule("b", "2024-03-02T09:00:00+00:00"));
    await site.compile();
    expect((await site.compile()).loaded).toBe(0);
    writeFileSync(changed, articleModule("b", "2024-03-03T09:00:00+00:00"));
    utimesSync(changed, new Date(), new Date(Date.now() + 5000));
    const again = await site.compile();
    expect(again).toMatchObject({ issues: [], articles: 2, loaded: 1 });
    expect(openSnapshot(site.outDir).index.entries.map((entry) => entry.day)).toEqual(["2024-03-03", "2024-03-01"]);
  });

  it("checks against a compile it only reads: loads the changed modules, keeps their records, writes nothing", async () => {
    const site = project();
    site.write("a.ts", articleModule("a", "2024-03-01T09:00:00+00:00"));
    const changed = site.write("b.ts", articleModule("b", "2024-03-02T09:00:00+00:00"));
    await site.compile();
    expect(await isCompileCurrent(site.outDir, site.options)).toBe(true);
    const written = statSync(path.join(site.outDir, "index.json")).mtimeMs;
    writeFileSync(changed, articleModule("b", "2024-03-03T09:00:00+00:00"));
    utimesSync(changed, new Date(), new Date(Date.now() + 5000));
    const check = await compileContent({ ...site.options, reuse: site.outDir, keepRecords: true });
    expect(check).toMatchObject({ issues: [], articles: 2, loaded: 1, reused: site.outDir });
    const [a, b] = ["a", "b"].map((slug) => check.stories.find((story) => story.slug === slug));
    expect(a).toMatchObject({ file: "content/articles/a.ts", published: Date.parse("2024-03-01T09:00:00Z") });
    expect(a?.record).toBeUndefined();
    expect(b?.record?.published).toBe("2024-03-03T09:00:00+00:00");
    expect(statSync(path.join(site.outDir, "index.json")).mtimeMs).toBe(written);
    // A module reusing an unchanged one's slug is still a duplicate.
    site.write("c.ts", articleModule("a", "2024-03-04T09:00:00+00:00"));
    const duplicate = await compileContent({ ...site.options, reuse: site.outDir });
    expect(duplicate.issues.map((issue) => `${issue.file} ${issue.field}`)).toContain("content/articles/c.ts slug");
  });

  it("is not current once the references a story is checked against change", async () => {
    const site = project();
    site.write("a.ts", articleModule("a", "2024-03-01T09:00:00+00:00"));
    await site.compile();
    site.writeAuthor("jane-doe.ts", authorModule("jane-doe"));
    expect(await isCompileCurrent(site.outDir, site.options)).toBe(false);
    expect(await compileContent({ ...site.options, reuse: site.outDir })).toMatchObject({ loaded: 1 });
    expect(await isCompileCurrent(path.join(site.root, "nowhere"), site.options)).toBe(false);
  });

  it("reuses the search index when no story changed, and rebuilds it when one did", async () => {
    const site = project();
    site.write("a.ts", articleModule("a", "2024-03-01T09:00:00+00:00"));
    const changed = site.write("b.ts", articleModule("b", "2024-03-02T09:00:00+00:00"));
    await site.compile();
    const terms = () => JSON.parse(readFileSync(path.join(site.outDir, "search-terms.json"), "utf8")) as { terms: string[] };
    // Marked: a compile that copies the index keeps the mark, one that builds it afresh does not.
    const marked = { ...terms(), terms: [...terms().terms, "copied-mark"] };
    writeFileSync(path.join(site.outDir, "search-terms.json"), JSON.stringify(marked));
    await site.compile();
    expect(terms().terms).toContain("copied-mark");
    writeFileSync(changed, articleModule("b", "2024-03-02T09:00:00+00:00").replace("Headline of b", "Zanzibar headline of b"));
    utimesSync(changed, new Date(), new Date(Date.now() + 5000));
    await site.compile();
    expect(terms().terms).not.toContain("copied-mark");
    expect(terms().terms).toContain("zanzibar");
  });

  it("writes nothing when any module is wrong, and names each problem by file and field", async () => {
    const site = project();
    site.write("good.ts", articleModule("good", "2024-03-01T09:00:00+00:00"));
    await site.compile();
    const before = readFileSync(path.join(site.outDir, "index.json"), "utf8");
    site.write("bad.ts", articleModule("bad", "2024-03-01T09:00:00").replace('"Headline of bad"', '""'));
    site.write("broken.ts", "export const article = {");
    site.write("typo.ts", articleModule("typo", "2024-03-01T09:00:00+00:00").replace("standfirst:", "standfrist:"));
    site.write("imports.ts", articleModule("imports", "2024-03-01T09:00:00+00:00", 'import { x } from "./no-such-file";\nvoid x;'));
    const { issues } = await site.compile();
    const shown = issues.map((issue) => `${path.basename(issue.file)} ${issue.field}`);
    expect(shown).toEqual(expect.arrayContaining(["bad.ts headline", "bad.ts published", "broken.ts (module)", "typo.ts standfrist", "typo.ts standfirst", "imports.ts (module)"]));
    expect(readFileSync(path.join(site.outDir, "index.json"), "utf8")).toBe(before);
  });

  describe("authors", () => {
    it("compiles author modules into the snapshot, and indexes each story by its byline's authors", async () => {
      const site = project();
      site.writeAuthor("jane-doe.ts", authorModule("jane-doe"));
      site.write("by-jane.ts", articleModule("by-jane", "2024-03-01T09:00:00+00:00").replace('byline: { agency: "AP" }', 'byline: { authors: ["jane-doe"] }'));
      const result = await site.compile();
      expect(result.issues).toEqual([]);
      expect(result.authors).toEqual([{ file: "content/authors/jane-doe.ts", author: { slug: "jane-doe", name: "Jane Doe", role: "Diplomatic correspondent", bio: "Jane Doe covers diplomacy." } }]);
      const snapshot = openSnapshot(site.outDir);
      expect(snapshot.authors.map((author) => author.name)).toEqual(["Jane Doe"]);
      expect(snapshot.index.entries[0]?.authors).toEqual(["jane-doe"]);
      snapshot.close();
    });

    it("names the file and field of a wrong author module, and of a byline naming an unknown author; writes nothing", async () => {
      const site = project();
      site.writeAuthor("jane-doe.ts", authorModule("jane-doe", `name: "Jane Doe", role: "", bio: "Bio.", photo: { src: "/images/missing.jpg", width: 10, height: 10, alt: "Jane", credit: "Staff" }, profiles: [{ label: "X", url: "http://x.com/jane" }]`));
      site.writeAuthor("john-roe.ts", authorModule("jon-roe", `name: "John Roe", role: "Reporter", bio: "Bio.", biography: "typo"`));
      site.write("by-nobody.ts", articleModule("by-nobody", "2024-03-01T09:00:00+00:00").replace('byline: { agency: "AP" }', 'byline: { authors: ["maria-rossi"] }'));
      const result = await site.compile();
      expect(result.issues.map((issue) => `${issue.file}: ${issue.field}: ${issue.message}`).sort()).toEqual([
        "content/articles/by-nobody.ts: byline.authors[0]: unknown author \"maria-rossi\" (add content/authors/maria-rossi.ts)",
        "content/authors/jane-doe.ts: photo.src: file public/images/missing.jpg does not exist",
        "content/authors/jane-doe.ts: profiles[0].url: must be an absolute https URL",
        "content/authors/jane-doe.ts: role: must not be empty",
        "content/authors/john-roe.ts: biography: is not a field this schema knows (misspelt?)",
        'content/authors/john-roe.ts: slug: "jon-roe" must match the file name "john-roe"',
      ]);
      expect(() => openSnapshot(site.outDir)).toThrow(/no compiled content/);
    });

    it("checks a portrait against its file", async () => {
      const site = project();
      site.writeAuthor(
        "jane-doe.ts",
        authorModule("jane-doe", `name: "Jane Doe", role: "Correspondent", bio: "Bio.", photo: { src: "${EXISTING_IMAGE.src}", width: ${EXISTING_IMAGE.width + 1}, height: ${EXISTING_IMAGE.height}, alt: "Jane Doe", credit: "Staff" }`),
      );
      const result = await site.compile();
      expect(result.issues.map((issue) => `${issue.field}: ${issue.message}`)).toEqual([`photo.width: declared ${EXISTING_IMAGE.width + 1} but public${EXISTING_IMAGE.src} is ${EXISTING_IMAGE.width} px wide`]);
    });
  });
});
