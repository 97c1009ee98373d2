/**
 * Search over several indexes at once — the compiled snapshot's and the one of stories published since —
 * ranked together: score first, then the newer story. Counting is exact for word queries; a phrase is
 * checked against the stories' term sequences, best-scored candidates first, so a phrase whose words
 * are together in very many stories is counted from a sample ("about").
 */
import type { CatalogEntry } from "../queries";
import type { InvertedIndex } from "./inverted-index";
import { inverseFrequency, matchAll } from "./match";
import { containsPhrase, type SearchQuery } from "./query";

/** One index and the stories its numbers stand for; `excluded`: its stories replaced or taken down since. */
export type SearchPart = { index: InvertedIndex; entries: readonly CatalogEntry[]; excluded?: ReadonlySet<number> };

export type SearchResults = {
  /** Stories that match (exactly, or estimated when `exact` is false). */
  total: number;
  exact: boolean;
  /** How many of them pages can show: all when exact, else those a phrase was found in so far. */
  reachable: number;
  /** The stories of the page asked for, best first. */
  stories: CatalogEntry[];
};

/** Phrase candidates read and checked at most, per query (a few microseconds each). */
const PHRASE_CHECKS = 300;
/** Candidates checked at least before the count is estimated from them. */
const PHRASE_SAMPLE = 50;

type Candidate = { entry: CatalogEntry; score: number; index: InvertedIndex; doc: number };
type PartMatches = { part: SearchPart; docs: Int32Array; scores: Float64Array };

/** Better first: higher score, then newer, then by slug (stable for equal times). */
function rank(a: Candidate, b: Candidate): number {
  return b.score - a.score || b.entry.published - a.entry.published || (a.entry.slug < b.entry.slug ? -1 : a.entry.slug > b.entry.slug ? 1 : 0);
}

/** The best `k` of the matches, in order, without sorting them all (a bounded heap, worst on top). */
function best(matches: readonly PartMatches[], k: number): Candidate[] {
  const heap: Candidate[] = [];
  if (k <= 0) return heap;
  const worse = (i: number, j: number) => rank(heap[i]!, heap[j]!) > 0;
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
  for (const { part, docs, scores } of matches) {
    for (let i = 0; i < docs.length; i += 1) {
      const score = scores[i]!;
      // Most matches lose to the worst kept one on score alone: no candidate is made for them.
      if (heap.length === k && score < heap[0]!.score) continue;
      const candidate = { entry: part.entries[docs[i]!]!, score, index: part.index, doc: docs[i]! };
      if (heap.length < k) {
        heap.push(candidate);
        for (let at = heap.length - 1; at > 0 && worse(at, (at - 1) >> 1); at = (at - 1) >> 1) swap(at, (at - 1) >> 1);
      } else if (rank(candidate, heap[0]!) < 0) {
        heap[0] = candidate;
        for (let at = 0; ; ) {
          const left = 2 * at + 1;
          const right = left + 1;
          let top = at;
          if (left < heap.length && worse(left, top)) top = left;
          if (right < heap.length && worse(right, top)) top = right;
          if (top === at) break;
          swap(at, top);
          at = top;
        }
      }
    }
  }
  return heap.sort(rank);
}

/** Whether the story has every phrase within one of its fields, from the index's term sequences. */
function hasPhrases(index: InvertedIndex, doc: number, phrases: readonly string[][]): boolean {
  const fields = index.fieldsOf(doc);
  return phrases.every((phrase) => {
    const ids = phrase.map((term) => index.idOf(term));
    if (ids.includes(undefined)) return false;
    return fields.some((terms) => containsPhrase(terms, ids as number[]));
  });
}

export function searchParts(parts: readonly SearchPart[], query: SearchQuery, offset: number, limit: number): SearchResults {
  const documents = parts.reduce((sum, part) => sum + part.index.documents, 0);
  const weights = new Map(query.terms.map((term) => [term, inverseFrequency(parts.reduce((sum, part) => sum + part.index.count(term), 0), documents)]));
  const matches = parts.map((part) => ({ part, ...matchAll(part.index, query.terms, weights, part.excluded) }));
  const matched = matches.reduce((sum, match) => sum + match.docs.length, 0);

  if (query.phrases.length === 0) {
    return { total: matched, exact: true, reachable: matched, stories: best(matches, offset + limit).slice(offset).map((candidate) => candidate.entry) };
  }
  // Checked best first, until the page is full and the sample big enough to estimate the rest from.
  const ranked = best(matches, Math.min(PHRASE_CHECKS, matched));
  const found: Candidate[] = [];
  let checked = 0;
  for (const candidate of ranked) {
    if (found.length >= offset + limit && checked >= PHRASE_SAMPLE) break;
    checked += 1;
    if (hasPhrases(candidate.index, candidate.doc, query.phrases)) found.push(candidate);
  }
  const exact = checked === matched;
  return {
    total: exact ? found.length : Math.round((found.length / checked) * matched),
    exact,
    reachable: found.length,
    stories: found.slice(offset, offset + limit).map((candidate) => candidate.entry),
  };
}
