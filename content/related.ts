/**
 * Related stories: the few a reader of one story is likeliest to want next. Candidates are the stories
 * nearest in time to it in each of its topics' lists and in its section's list (presorted, latest first,
 * so each is found by binary search and read as a window): tens of stories, whatever the archive's size.
 * Each scores the rarity of the topics it shares (a shared "Syria" says less than a shared
 * "Geneva-2 talks"), a little for the same section, divided by how far apart in time they were published.
 */
import { compareLatestFirst, type CatalogEntry } from "./queries";

/** Stories read either side of the story in each list. */
const WINDOW = 25;
const SAME_SECTION = 0.5;
/** A story this many days away counts half as much as one published the same day. */
const HALF_WEIGHT_DAYS = 60;
const DAY_MS = 86_400_000;

/** Where `entry` is, or would be, in a latest-first list. */
function positionIn(list: readonly CatalogEntry[], entry: CatalogEntry): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareLatestFirst(list[middle]!, entry) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

export type RelatedLists = { total: number; byTag: ReadonlyMap<string, readonly CatalogEntry[]>; bySection: ReadonlyMap<string, readonly CatalogEntry[]> };

/** Up to `count` stories related to `entry`, best first; never the story itself, never paid content. */
export function relatedTo(entry: CatalogEntry, count: number, { total, byTag, bySection }: RelatedLists): CatalogEntry[] {
  const scores = new Map<CatalogEntry, number>();
  const consider = (list: readonly CatalogEntry[] | undefined, weight: number) => {
    if (!list) return;
    const at = positionIn(list, entry);
    for (let i = Math.max(0, at - WINDOW); i < Math.min(list.length, at + WINDOW + 1); i += 1) {
      const candidate = list[i]!;
      // Paid content is never offered as a story to read next.
      if (candidate.slug !== entry.slug && candidate.kind !== "sponsored") scores.set(candidate, (scores.get(candidate) ?? 0) + weight);
    }
  };
  for (const tag of entry.tags) {
    const list = byTag.get(tag.slug);
    consider(list, Math.log(1 + total / (list?.length ?? total)));
  }
  consider(bySection.get(entry.section), SAME_SECTION);
  return [...scores]
    .map(([candidate, score]) => ({ candidate, score: score / (1 + Math.abs(candidate.published - entry.published) / (HALF_WEIGHT_DAYS * DAY_MS)) }))
    .sort((a, b) => b.score - a.score || compareLatestFirst(a.candidate, b.candidate))
    .slice(0, count)
    .map(({ candidate }) => candidate);
}
