import { monthOfDay, yearOfDay } from "./calendar";
import { resolveArticle, type ContentReferences } from "./load";
import { relatedTo } from "./related";
import { recordHash } from "./snapshot";
import type { Article, ArticleRecord, Author, StoryKind, Tag } from "./schema";
import { tagSlug } from "./tags";

/**
 * One story as the catalog indexes it: what lists, sorts and lookups need, and a way to read the whole
 * record when a page shows it. Records of the compiled archive stay on disk until asked for.
 */
export type CatalogEntry = {
  slug: string;
  section: string;
  tags: readonly Tag[];
  /** Slugs of the byline's authors. */
  authors: readonly string[];
  /** Milliseconds since the epoch. */
  published: number;
  updated: number;
  /** Day of publication in the site's time zone: "2024-03-31". */
  day: string;
  hash: string;
  /** "draft" for a draft (never public); undefined otherwise. */
  status?: "draft" | undefined;
  /** When it expires (ms since the epoch), if it does. */
  expires?: number | undefined;
  /** Its kind when it is not news (content/story-kinds.mjs). */
  kind?: Exclude<StoryKind, "news"> | undefined;
  record(): ArticleRecord;
};

/** Newest first; equal times fall back to the slug so the order never depends on the input's. */
export function compareLatestFirst(a: Pick<CatalogEntry, "published" | "slug">, b: Pick<CatalogEntry, "published" | "slug">): number {
  const byTime = b.published - a.published;
  if (byTime !== 0) return byTime;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/** Two latest-first lists as one, in one pass. */
export function mergeLatestFirst(a: readonly CatalogEntry[], b: readonly CatalogEntry[]): CatalogEntry[] {
  const merged: CatalogEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(compareLatestFirst(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) merged.push(a[i++]!);
  while (j < b.length) merged.push(b[j++]!);
  return merged;
}

function groupBy(entries: readonly CatalogEntry[], keys: (entry: CatalogEntry) => readonly string[]): Map<string, CatalogEntry[]> {
  const groups = new Map<string, CatalogEntry[]>();
  for (const entry of entries) {
    for (const key of keys(entry)) {
      const group = groups.get(key);
      if (group) group.push(entry);
      else groups.set(key, [entry]);
    }
  }
  return groups;
}

/** A latest-first list of stories that pages show a slice of. */
export type Listing = {
  readonly total: number;
  /** Stories `offset` to `offset + limit`, read and resolved. */
  slice(offset: number, limit: number): Article[];
  /** The newest modification among them, ISO 8601, or undefined when empty. */
  lastModified(): string | undefined;
};

/** A calendar period with stories in it: "2024", "2024-03" or "2024-03-31", and how many. */
export type Period = { key: string; count: number };

/**
 * Indexes built once per version of the content: lookups are map reads and listings are slices of
 * presorted arrays, so pages cost the same at 100,000 stories as at one.
 */
export function createCatalog(latestFirst: readonly CatalogEntry[], references: ContentReferences) {
  const latest = [...latestFirst];
  const bySlug = new Map(latest.map((entry) => [entry.slug, entry]));
  const bySection = groupBy(latest, (entry) => [entry.section]);
  const byTag = groupBy(latest, (entry) => entry.tags.map((tag) => tag.slug));
  const byAuthor = groupBy(latest, (entry) => entry.authors);
  const byKind = groupBy(latest, (entry) => [entry.kind ?? "news"]);
  // Feeds and news sitemaps carry news: paid content is never among them.
  const news = latest.filter((entry) => entry.kind !== "sponsored");
  const newsBySection = groupBy(news, (entry) => [entry.section]);
  const authors = new Map(references.authors.map((author) => [author.slug, author]));
  const byDay = groupBy(latest, (entry) => [entry.day]);
  const byMonth = groupBy(latest, (entry) => [monthOfDay(entry.day)]);
  const byYear = groupBy(latest, (entry) => [yearOfDay(entry.day)]);
  const tags = new Map<string, Tag>();
  // The newest story's spelling of a topic names it.
  for (const entry of latest) for (const tag of entry.tags) if (!tags.has(tag.slug)) tags.set(tag.slug, tag);

  const toArticle = (entry: CatalogEntry) => resolveArticle(entry.record(), references);
  const listing = (entries: readonly CatalogEntry[]): Listing => ({
    total: entries.length,
    slice: (offset, limit) => entries.slice(offset, offset + limit).map(toArticle),
    lastModified() {
      let newest = -Infinity;
      for (const entry of entries) if (entry.updated > newest) newest = entry.updated;
      return entries.length === 0 ? undefined : new Date(newest).toISOString();
    },
  });
  const EMPTY = listing([]);
  /** Periods inside `prefix` (all of them when undefined), latest first. */
  const periods = (groups: Map<string, CatalogEntry[]>, prefix?: string): Period[] =>
    [...groups]
      .filter(([key]) => prefix === undefined || key.startsWith(`${prefix}-`))
      .map(([key, entries]) => ({ key, count: entries.length }))
      .sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));

  return {
    count: latest.length,
    /** The article at /<section>/<slug>; undefined when either part is wrong. */
    getArticle(sectionSlug: string, slug: string): Article | undefined {
      const entry = bySlug.get(slug);
      return entry?.section === sectionSlug ? toArticle(entry) : undefined;
    },
    /** The article with this slug, in whichever section. */
    findBySlug(slug: string): Article | undefined {
      const entry = bySlug.get(slug);
      return entry ? toArticle(entry) : undefined;
    },
    /** Every story, latest first. */
    latest: listing(latest),
    /** Every story but paid content, latest first: what feeds and the news sitemap carry. */
    news: listing(news),
    /** A section's stories but paid content, latest first: its feed. */
    sectionNews: (sectionSlug: string): Listing => {
      const entries = newsBySection.get(sectionSlug);
      return entries ? listing(entries) : EMPTY;
    },
    /** Stories of one kind, latest first (its hub). */
    kind: (kind: StoryKind): Listing => {
      const entries = byKind.get(kind);
      return entries ? listing(entries) : EMPTY;
    },
    section: (sectionSlug: string): Listing => {
      const entries = bySection.get(sectionSlug);
      return entries ? listing(entries) : EMPTY;
    },
    tag: (slug: string): Listing => {
      const entries = byTag.get(slug);
      return entries ? listing(entries) : EMPTY;
    },
    getTag: (slug: string): Tag | undefined => tags.get(slug),
    /** An author's stories, latest first. */
    author: (slug: string): Listing => {
      const entries = byAuthor.get(slug);
      return entries ? listing(entries) : EMPTY;
    },
    getAuthor: (slug: string): Author | undefined => authors.get(slug),
    listAuthors: (): readonly Author[] => references.authors,
    /** slug → hash of every author: what publishing compares against. */
    authorHashes(): Record<string, string> {
      return Object.fromEntries(references.authors.map((author) => [author.slug, recordHash(author)]));
    },
    listTags: (): readonly Tag[] => [...tags.values()],
    /** Stories of one day ("2024-03-31"), month ("2024-03") or year ("2024"). */
    period(key: string): Listing {
      const entries = (key.length === 10 ? byDay : key.length === 7 ? byMonth : byYear).get(key);
      return entries ? listing(entries) : EMPTY;
    },
    years: (): Period[] => periods(byYear),
    months: (year?: string): Period[] => periods(byMonth, year),
    days: (month: string): Period[] => periods(byDay, month),
    /** Up to `count` stories to read next after the story with this slug (content/related.ts). */
    related(slug: string, count: number): Article[] {
      const entry = bySlug.get(slug);
      return entry ? relatedTo(entry, count, { total: latest.length, byTag, bySection }).map(toArticle) : [];
    },
    /** An entry's story, read and resolved. */
    resolve: toArticle,
    /** Stories of a month for its sitemap, latest first. */
    monthEntries(month: string): readonly CatalogEntry[] {
      return byMonth.get(month) ?? [];
    },
    /** The record of the story with this slug, as validated, or undefined when there is none. */
    recordOf: (slug: string): ArticleRecord | undefined => bySlug.get(slug)?.record(),
    /** The hash of the story with this slug, or undefined when there is none. */
    hashOf: (slug: string): string | undefined => bySlug.get(slug)?.hash,
    /** slug → hash of every story: what publishing compares against. */
    hashes(): Record<string, string> {
      return Object.fromEntries(latest.map((entry) => [entry.slug, entry.hash]));
    },
  };
}

export type Catalog = ReturnType<typeof createCatalog>;

/** A tag's display name and link slug. */
export function tagsOf(names: readonly string[]): Tag[] {
  return names.map((name) => ({ name, slug: tagSlug(name) }));
}
