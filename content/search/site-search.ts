/**
 * The site's search at run time: the compiled snapshot's index (read from .content/ at the first search,
 * again only when a new release brings a new snapshot) together with a small index of the stories
 * published on the running site since, rebuilt whenever the published store moves on — so a story is
 * found by the first search after it goes live, and a story taken down is not found at all.
 */
import { getContentSources, publishedEntries, snapshotDir, type ContentSources } from "../catalog";
import { readSearchIndex } from "./index-files";
import { createIndexBuilder, InvertedIndex } from "./inverted-index";
import type { SearchQuery } from "./query";
import { searchParts, type SearchPart, type SearchResults } from "./ranked-search";
import { searchableTextOf } from "./searchable-text";

let compiled: { key: string; index: InvertedIndex } | undefined;
let current: { key: string; parts: SearchPart[] } | undefined;

function snapshotIndex({ snapshotKey, snapshot }: ContentSources): InvertedIndex {
  if (compiled?.key !== snapshotKey) {
    const index = new InvertedIndex(readSearchIndex(snapshotDir()));
    if (index.documents !== snapshot.length) throw new Error(`the search index has ${index.documents} stories and the snapshot ${snapshot.length}: run \`npm run content:compile\``);
    compiled = { key: snapshotKey, index };
  }
  return compiled.index;
}

function partsOf(sources: ContentSources): SearchPart[] {
  const { snapshot, published } = sources;
  const since = publishedEntries(published);
  const builder = createIndexBuilder();
  for (const entry of since) builder.add(searchableTextOf(entry.record()));
  const changed = published?.articles;
  const excluded = changed && changed.size > 0 ? new Set(snapshot.flatMap((entry, doc) => (changed.has(entry.slug) ? [doc] : []))) : undefined;
  return [
    { index: snapshotIndex(sources), entries: snapshot, ...(excluded ? { excluded } : {}) },
    { index: new InvertedIndex(builder.finish()), entries: since },
  ];
}

export async function searchStories(query: SearchQuery, offset: number, limit: number): Promise<SearchResults> {
  const sources = await getContentSources();
  if (current?.key !== sources.key) current = { key: sources.key, parts: partsOf(sources) };
  return searchParts(current.parts, query, offset, limit);
}
