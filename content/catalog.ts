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
import { siteNow } from "./clock";
import { effectiveUpdated } from "./live-pages";
import { dayKey } from "./calendar";
import { createCatalog, mergeLatestFirst, compareLatestFirst, tagsOf, type Catalog, type CatalogEntry } from "./queries";
import { articleSourceSchema, authorSourceSchema, type Author } from "./schema";
import { sections } from "./sections";
import { site } from "./site";
import type { Tag } from "./schema";
import { openSnapshot, SNAPSHOT_DIR, SNAPSHOT_FILES, type Snapshot } from "./snapshot";
import { publicView } from "./public-view";
import { isPublicAt } from "./visibility.mjs";

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
    readonly status: "draft" | undefined,
    readonly expires: number | undefined,
    readonly kind: CatalogEntry["kind"],
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
        entry.status,
        entry.expires,
        entry.kind,
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
    updated: Date.parse(effectiveUpdated(record)),
    day: dayKey(record.published, site.timeZone),
    hash,
    ...(record.status === "draft" ? { status: "draft" as const } : {}),
    ...(record.expires !== undefined ? { expires: Date.parse(record.expires) } : {}),
    ...(record.kind !== undefined && record.kind !== "news" ? { kind: record.kind } : {}),
    record: () => record,
  };
}

/** The snapshot with published stories added or replaced, and taken-down ones removed. */
export function overlay(snapshot: readonly CatalogEntry[], state: PublishedState | undefined): CatalogEntry[] {
  if (!state || state.articles.size === 0) return [...snapshot];
  const kept = snapshot.filter((entry) => !state.articles.has(entry.slug));
  return mergeLatestFirst(kept, publishedEntries(state));
}

/** The compiled snapshot's public stories, as `next build` sees them: for tools and tests that read the release's content. */
export function snapshotCatalog(now = siteNow()): Catalog {
  const { entries, authors } = snapshotContent();
  return createCatalog(
    entries.filter((entry) => isPublicAt(entry, now)),
    { sections, authors },
  );
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

/** Every story the site holds, drafts, scheduled and expired ones included, for one version of the sources. */
let whole: { key: string; entries: CatalogEntry[]; authors: Author[]; catalog?: Catalog } | undefined;

async function allStories() {
  const { key, snapshot, snapshotAuthors, published } = await getContentSources();
  if (whole?.key !== key) whole = { key, entries: overlay(snapshot, published), authors: authorsOf(snapshotAuthors, published) };
  return whole;
}

/** The public catalog, valid from `builtAt` until the first moment a story's visibility changes. */
let current: { key: string; builtAt: number; validUntil: number; catalog: Catalog } | undefined;

/**
 * What is public at `now` (content/visibility.mjs): every page, feed, sitemap, search and related list
 * reads this. Built again when the content changes or when a scheduled story goes public or expires.
 */
export async function getCatalog(now = siteNow()): Promise<Catalog> {
  const all = await allStories();
  if (current?.key !== all.key || now < current.builtAt || now >= current.validUntil) {
    const { entries: visible, validUntil } = publicView(all.entries, now);
    const catalog = visible.length === all.entries.length && all.catalog ? all.catalog : createCatalog(visible, { sections, authors: all.authors });
    if (visible.length === all.entries.length) all.catalog ??= catalog;
    current = { key: all.key, builtAt: now, validUntil, catalog };
  }
  return current.catalog;
}

/**
 * Every story the site holds, public or not: for publishing (what the site has, what may be taken
 * down) and for preview links. Never for what readers see.
 */
export async function getWholeCatalog(): Promise<Catalog> {
  const all = await allStories();
  all.catalog ??= createCatalog(all.entries, { sections, authors: all.authors });
  return all.catalog;
}
