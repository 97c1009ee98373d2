/**
 * The site's content at run time: the compiled snapshot of content/articles/ and content/authors/
 * (.content/, read outside the bundler) with what was published on the running site since laid over it
 * (content/published-source.mjs, which the origin's published store fills).
 * Pages ask for it per render; it is rebuilt only when the published store has moved on, so a story
 * published on one replica is in the next page any replica renders.
 */
import path from "node:path";
import { statSync } from "node:fs";
import { publishedSource, type PublishedState } from "./published-source.mjs";
import { mergeAuthors } from "./author-validation";
import { dayKey } from "./calendar";
import { createCatalog, mergeLatestFirst, compareLatestFirst, tagsOf, type Catalog, type CatalogEntry } from "./queries";
import { articleSourceSchema, authorSourceSchema, type Author } from "./schema";
import { sections } from "./sections";
import { site } from "./site";
import type { Tag } from "./schema";
import { openSnapshot, SNAPSHOT_DIR, SNAPSHOT_FILES, type Snapshot } from "./snapshot";

export const snapshotDir = () => path.join(/* turbopackIgnore: true */ process.cwd(), SNAPSHOT_DIR);

/**
 * `next build` prerenders the release from the modules alone (even if its cache handler opened the
 * store); a running origin also serves what was published since.
 */
const servesPublished = process.env.NEXT_PHASE !== "phase-production-build";

let base: { stamp: string; entries: CatalogEntry[]; authors: Author[] } | undefined;

/** The dev server reloads the snapshot when `npm run content:compile` rewrites it; production reads it once. */
function snapshotStamp(): string {
  if (process.env.NODE_ENV !== "development") return "";
  try {
    return String(statSync(path.join(snapshotDir(), SNAPSHOT_FILES.index)).mtimeMs);
  } catch {
    return "missing";
  }
}

/**
 * A story of the compiled snapshot: its index fields, and where its record is. One small object a story
 * (tags shared between stories, the reader shared by all), so 100,000 stories cost tens of megabytes.
 */
class SnapshotStory implements CatalogEntry {
  constructor(
    readonly slug: string,
    readonly section: string,
    readonly tags: readonly Tag[],
    readonly authors: readonly string[],
    readonly published: number,
    readonly updated: number,
    readonly day: string,
    readonly hash: string,
    private readonly offset: number,
    private readonly length: number,
    private readonly read: Snapshot["readRecord"],
  ) {}

  record() {
    return this.read({ offset: this.offset, length: this.length });
  }
}

function snapshotContent(): { entries: CatalogEntry[]; authors: Author[] } {
  const stamp = snapshotStamp();
  if (base?.stamp === stamp) return base;
  const snapshot = openSnapshot(snapshotDir());
  const shared = new Map<string, string>();
  const intern = (value: string) => shared.get(value) ?? (shared.set(value, value), value);
  const tags = new Map<string, readonly Tag[]>();
  const tagsOfStory = (names: readonly string[]) => {
    const key = names.join("\u0000");
    let found = tags.get(key);
    if (!found) tags.set(key, (found = tagsOf(names)));
    return found;
  };
  const noAuthors: readonly string[] = [];
  const entries = snapshot.index.entries.map(
    (entry) =>
      new SnapshotStory(
        entry.slug,
        intern(entry.section),
        tagsOfStory(entry.tags),
        entry.authors.length === 0 ? noAuthors : entry.authors.map(intern),
        entry.published,
        entry.updated,
        intern(entry.day),
        entry.hash,
        entry.offset,
        entry.length,
        snapshot.readRecord,
      ),
  );
  base = { stamp, entries, authors: snapshot.authors };
  return base;
}

/** A published record as a catalog entry; validated again on the way in, as everything from outside is. */
function publishedEntry(data: unknown, hash: string): CatalogEntry {
  const record = articleSourceSchema.parse(data);
  return {
    slug: record.slug,
    section: record.section,
    tags: tagsOf(record.tags),
    authors: record.byline.authors ?? [],
    published: Date.parse(record.published),
    updated: Date.parse(record.updated),
    day: dayKey(record.published, site.timeZone),
    hash,
    record: () => record,
  };
}

/** The snapshot with published stories added or replaced, and taken-down ones removed. */
export function overlay(snapshot: readonly CatalogEntry[], state: PublishedState | undefined): CatalogEntry[] {
  if (!state || state.articles.size === 0) return [...snapshot];
  const kept = snapshot.filter((entry) => !state.articles.has(entry.slug));
  return mergeLatestFirst(kept, publishedEntries(state));
}

/** The compiled snapshot alone, as `next build` sees it: for tools and tests that read the release's content. */
export function snapshotCatalog(): Catalog {
  const { entries, authors } = snapshotContent();
  return createCatalog(entries, { sections, authors });
}

/**
 * What the site serves now: the snapshot's stories (in its order), what was published since, and a key
 * that changes whenever either does (for what is derived from them: the catalog, the search index).
 */
export type ContentSources = { key: string; snapshotKey: string; snapshot: readonly CatalogEntry[]; snapshotAuthors: readonly Author[]; published?: PublishedState };

export async function getContentSources(): Promise<ContentSources> {
  const store = servesPublished ? publishedSource() : undefined;
  if (store) {
    await store.ready;
    await store.refresh();
  }
  const published = store?.state();
  const { entries: snapshot, authors: snapshotAuthors } = snapshotContent();
  const snapshotKey = base?.stamp ?? "";
  return { key: `${snapshotKey}|${published?.version ?? 0}`, snapshotKey, snapshot, snapshotAuthors, ...(published ? { published } : {}) };
}

/** The records published on the running site, as catalog entries, latest first. */
export function publishedEntries(state: PublishedState | undefined): CatalogEntry[] {
  if (!state) return [];
  return [...state.articles.values()]
    .flatMap((article) => (article.record && article.hash ? [publishedEntry(article.record, article.hash)] : []))
    .sort(compareLatestFirst);
}

/** The release's authors with those published on the running site since (validated again on the way in). */
export function authorsOf(snapshotAuthors: readonly Author[], state: PublishedState | undefined): Author[] {
  if (!state || state.authors.size === 0) return [...snapshotAuthors];
  return mergeAuthors(snapshotAuthors, [...state.authors.values()].map((author) => authorSourceSchema.parse(author.record)));
}

let current: { key: string; catalog: Catalog } | undefined;

export async function getCatalog(): Promise<Catalog> {
  const { key, snapshot, snapshotAuthors, published } = await getContentSources();
  if (current?.key !== key) current = { key, catalog: createCatalog(overlay(snapshot, published), { sections, authors: authorsOf(snapshotAuthors, published) }) };
  return current.catalog;
}
