/**
 * Stories with a newsroom's vocabulary, for the search benchmark: words drawn by Zipf's law (the few
 * common words in every story, names and rare words in few) from the seed story's words and 200,000
 * made-up ones, 500 words a body. Deterministic: the same seed gives the same archive.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ArticleRecord } from "../../content/schema";
import { article as seedStory } from "../../content/articles/putin-discusses-syria-peace-efforts-with-assad";

/** A small, fast, seeded generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ["ka", "ri", "mo", "ta", "le", "sun", "dor", "vi", "an", "bel", "cho", "ez", "fra", "gu", "hil", "ju", "ko", "lem", "nax", "or", "pre", "qui", "ros", "sta", "tul", "ver", "wi", "yon", "zel", "mar", "pol", "tri"];

export type SearchCorpus = { records: ArticleRecord[]; vocabulary: string[] };

export function searchCorpus(count: number, { bodyWords = 500, vocabularySize = 200_000, seed = 1 } = {}): SearchCorpus {
  const random = seededRandom(seed);
  const seedText = readFileSync(path.join(import.meta.dirname, "..", "..", "content", "articles", "putin-discusses-syria-peace-efforts-with-assad.ts"), "utf8");
  const vocabulary = [...new Set(seedText.toLowerCase().match(/\p{L}{3,}/gu))];
  while (vocabulary.length < vocabularySize) {
    let word = "";
    for (let i = 2 + Math.floor(random() * 3); i > 0; i -= 1) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    vocabulary.push(word);
  }
  const cumulative = new Float64Array(vocabulary.length);
  let sum = 0;
  vocabulary.forEach((_, rank) => (cumulative[rank] = sum += 1 / (rank + 1)));
  const word = () => {
    const x = random() * sum;
    let low = 0;
    let high = vocabulary.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle]! < x) low = middle + 1;
      else high = middle;
    }
    return vocabulary[low]!;
  };
  const sentence = (words: number) => {
    const text = Array.from({ length: words }, word).join(" ");
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const records: ArticleRecord[] = [];
  const start = Date.UTC(2016, 0, 1);
  for (let index = 0; index < count; index += 1) {
    const published = new Date(start + (count - index) * 3_000_000).toISOString().replace(/\.\d{3}Z$/, "+00:00");
    const body = [];
    for (let left = bodyWords; left > 0; left -= 50) body.push({ type: "paragraph" as const, text: sentence(Math.min(50, left)) });
    records.push({
      ...seedStory,
      slug: `search-story-${index}`,
      headline: sentence(10),
      standfirst: sentence(25),
      tags: [`Topic ${index % 500}`, word()],
      published,
      updated: published,
      body,
      corrections: undefined,
    } as ArticleRecord);
  }
  return { records, vocabulary };
}
