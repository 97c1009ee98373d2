/**
 * The site's search at run time: the compiled snapshot's index (read from .content/ at the first search,
 * again only when a new release brings a new snapshot) together with a small index of the stories
 * published on the running site since, rebuilt whenever the published store moves on — so a story is
 * found by the first search after it goes live, and a story taken down is not found at all. Stories
 * that are not public at the time of the search (drafts, scheduled, expired: content/visibility.mjs) are
 * left out of the results and their counts, worked out again whenever one goes public or expires.
 */
import { siteNow } from "../clock";
import { getContentSources, publishedEntries, snapshotDir, type ContentSources } from "../catalog";
import type { CatalogEntry } from "../queries";
import { isPublicAt, nextChangeOfAll } from "../visibility.mjs";
import { readSearchIndex } from "./index-files";
import { createIndexBuilder, InvertedIndex } from "./inverted-index";
import type { SearchQuery } from "./query";
import { searchParts, type SearchPart, type SearchResults } from "./ranked-search";
import { searchableTextOf } from "./searchable-text";

let compiled: { key: string; index: InvertedIndex } | undefined;
let current: { key: string; builtAt: number; validUntil: number; parts: SearchPart[] } | undefined;

function snapshotIndex({ snapshotKey, snapshot }: ContentSources): InvertedIndex {
  if (compiled?.key !== snapshotKey) {
    const index = new InvertedIndex(readSearchIndex(snapshotDir()));
    if (index.documents !== snapshot.length) throw new Error(`the search index has ${index.documents} stories and the snapshot ${snapshot.length}: run \`npm run content:compile\``);
    compiled = { key: snapshotKey, index };
  }
  return compiled.index;
}

/** The documents of `entries` not public at `now`, with `also` (documents replaced or taken down since). */
function hidden(entries: readonly CatalogEntry[], now: number, also?: (entry: CatalogEntry) => boolean): Set<number> | undefined {
  const docs = entries.flatMap((entry, doc) => (!isPublicAt(entry, now) || also?.(entry) ? [doc] : []));
  return docs.length > 0 ? new Set(docs) : undefined;
}

function partsOf(sources: ContentSources, since: readonly CatalogEntry[], now: number): SearchPart[] {
  const { snapshot, published } = sources;
  const builder = createIndexBuilder();
  for (const entry of since) builder.add(searchableTextOf(entry.record()));
  const changed = published?.articles;
  const excluded = hidden(snapshot, now, changed && changed.size > 0 ? (entry) => changed.has(entry.slug) : undefined);
  const excludedSince = hidden(since, now);
  return [
    { index: snapshotIndex(sources), entries: snapshot, ...(excluded ? { excluded } : {}) },
    { index: new InvertedIndex(builder.finish()), entries: since, ...(excludedSince ? { excluded: excludedSince } : {}) },
  ];
}

export async function searchStories(query: SearchQuery, offset: number, limit: number, now = siteNow()): Promise<SearchResults> {
  const sources = await getContentSources();
  if (current?.key !== sources.key || now < current.builtAt || now >= current.validUntil) {
    const since = publishedEntries(sources.published);
    const validUntil = Math.min(nextChangeOfAll(sources.snapshot, now), nextChangeOfAll(since, now));
    current = { key: sources.key, builtAt: now, validUntil, parts: partsOf(sources, since, now) };
  }
  return searchParts(current.parts, query, offset, limit);
}
