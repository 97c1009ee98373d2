/**
 * Stories of one index that have every term, with their scores: Σ idf(term) × impact. Lists are walked
 * from the rarest term's, so a query costs about as much as its rarest word is common.
 */
import type { InvertedIndex, Postings } from "./inverted-index";

export type Matches = { docs: Int32Array; scores: Float64Array };

/** BM25's inverse document frequency: a word in few stories says more than one in all of them. */
export function inverseFrequency(count: number, documents: number): number {
  return Math.log(1 + (documents - count + 0.5) / (count + 0.5));
}

/** First position in `docs` from `from` on whose value is ≥ `doc` (galloping, then binary search). */
function seek(docs: Int32Array, from: number, doc: number): number {
  let step = 1;
  let high = from;
  while (high < docs.length && docs[high]! < doc) {
    from = high + 1;
    high += step;
    step *= 2;
  }
  high = Math.min(high, docs.length);
  while (from < high) {
    const middle = (from + high) >>> 1;
    if (docs[middle]! < doc) from = middle + 1;
    else high = middle;
  }
  return from;
}

/**
 * @param weights each term's idf, computed over every index searched together
 * @param excluded stories of this index that no longer count (replaced or taken down since)
 */
export function matchAll(index: InvertedIndex, terms: readonly string[], weights: ReadonlyMap<string, number>, excluded?: ReadonlySet<number>): Matches {
  const lists: { postings: Postings; weight: number }[] = terms
    .map((term) => ({ postings: index.postingsOf(term), weight: weights.get(term) ?? 0 }))
    .sort((a, b) => a.postings.docs.length - b.postings.docs.length);
  const rarest = lists[0];
  if (!rarest || rarest.postings.docs.length === 0) return { docs: new Int32Array(0), scores: new Float64Array(0) };
  const docs = new Int32Array(rarest.postings.docs.length);
  const scores = new Float64Array(rarest.postings.docs.length);
  const cursors = new Array<number>(lists.length).fill(0);
  let found = 0;
  candidates: for (let i = 0; i < rarest.postings.docs.length; i += 1) {
    const doc = rarest.postings.docs[i]!;
    if (excluded?.has(doc)) continue;
    let score = rarest.weight * rarest.postings.impacts[i]!;
    for (let l = 1; l < lists.length; l += 1) {
      const { postings, weight } = lists[l]!;
      const at = seek(postings.docs, cursors[l]!, doc);
      cursors[l] = at;
      if (at === postings.docs.length) break candidates;
      if (postings.docs[at] !== doc) continue candidates;
      score += weight * postings.impacts[at]!;
    }
    docs[found] = doc;
    scores[found] = score;
    found += 1;
  }
  return { docs: docs.subarray(0, found), scores: scores.subarray(0, found) };
}
