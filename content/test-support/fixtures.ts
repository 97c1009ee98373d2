import path from "node:path";
import { createImageChecker } from "../image-files";
import type { ContentContext } from "../load";
import { dayKey } from "../calendar";
import { tagsOf, type CatalogEntry } from "../queries";
import { articleSourceSchema, type Article, type ArticleSource, type Author, type Section } from "../schema";
import { recordHash } from "../snapshot";

/** The real stand-in image in public/, so image rules are tested against a real file. */
export const PUBLIC_DIR = path.resolve(import.meta.dirname, "..", "..", "public");
export const EXISTING_IMAGE = { src: "/images/articles/putin-discusses-syria-peace-efforts-with-assad.jpg", width: 1600, height: 1200 };

export const testSections: Section[] = [
  { slug: "world", name: "World", description: "World news." },
  { slug: "business", name: "Business", description: "Business news." },
  { slug: "opinion", name: "Opinion", description: "Views, not news." },
];

export const testAuthors: Author[] = [{ slug: "jane-doe", name: "Jane Doe", role: "Diplomatic correspondent", bio: "Jane Doe covers diplomacy." }];

export function testContext(): ContentContext {
  return { sections: testSections, authors: testAuthors, checkImage: createImageChecker(PUBLIC_DIR) };
}

/** A valid article source; each test breaks exactly one thing in it. */
export function validSource(overrides: Partial<ArticleSource> = {}): ArticleSource {
  return {
    slug: "a-valid-story",
    headline: "A valid story",
    standfirst: "Everything an article needs.",
    section: "world",
    tags: ["Testing"],
    published: "2024-03-01T09:00:00+00:00",
    updated: "2024-03-01T10:00:00+00:00",
    byline: { authors: ["jane-doe"], agency: "Reuters" },
    source: "Agencies",
    image: { ...EXISTING_IMAGE, alt: "A description", caption: "A caption", credit: "AP" },
    body: [{ type: "paragraph", text: "The first paragraph." }],
    ...overrides,
  };
}

/** The registry's shape for one module file holding `source`. */
export function entry(source: unknown, file = `content/articles/${(source as { slug?: string }).slug}.ts`) {
  return { file, module: { article: source } };
}

/** A resolved article for query tests. */
export function testArticle(slug: string, published: string, sectionSlug = "world", tags: string[] = []): Article {
  const section = testSections.find((candidate) => candidate.slug === sectionSlug) ?? testSections[0]!;
  return {
    slug,
    language: "en-GB",
    headline: slug,
    standfirst: slug,
    section,
    tags: tags.map((name) => ({ name, slug: name.toLowerCase() })),
    published,
    updated: published,
    status: "published",
    kind: "news",
    sources: [],
    byline: { authors: [], agency: "Agencies" },
    image: { ...EXISTING_IMAGE, alt: "alt", caption: "caption", credit: "credit" },
    body: [{ type: "paragraph", text: slug }],
    corrections: [],
  };
}

/** A catalog entry for query tests: a valid record with this slug, time, section and tags. */
export function testEntry(slug: string, published: string, sectionSlug = "world", tags: string[] = []): CatalogEntry {
  const record = articleSourceSchema.parse(validSource({ slug, headline: slug, published, updated: published, section: sectionSlug, tags, byline: { agency: "Agencies" } }));
  return {
    slug,
    section: sectionSlug,
    tags: tagsOf(tags),
    authors: record.byline.authors ?? [],
    published: Date.parse(published),
    updated: Date.parse(published),
    day: dayKey(published, "Europe/London"),
    hash: recordHash(record),
    record: () => record,
  };
}

/** A catalog entry of paid content: kind "sponsored", with its sponsor. */
export function paidEntry(slug: string, published: string, sectionSlug = "world", tags: string[] = []): CatalogEntry {
  const record = articleSourceSchema.parse(
    validSource({ slug, headline: slug, published, updated: published, section: sectionSlug, tags, byline: { agency: "Agencies" }, kind: "sponsored", sponsor: { name: "A sponsor", url: "https://sponsor.example/" } }),
  );
  return { ...testEntry(slug, published, sectionSlug, tags), kind: "sponsored", hash: recordHash(record), record: () => record };
}

/** What paid content, a review and a fact check need (content/kind-rules.ts), valid. */
export const KIND_FIELDS = {
  sponsor: { name: "Gulf Energy Council", url: "https://energy.example/" },
  review: { itemReviewed: { type: "Book" as const, name: "The Long Ceasefire", by: "Rana Saleh" }, rating: { value: 4, best: 5 } },
  factCheck: {
    claim: "Exports doubled last year.",
    claimant: "The trade minister",
    appearance: { name: "A speech to parliament", url: "https://parliament.example/record/1" },
    date: "2024-02-27T12:00:00+00:00",
    verdict: "False",
  },
};
