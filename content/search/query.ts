/**
 * What a reader typed, as the search understands it: words (every one must match) and "quoted phrases"
 * (their words must stand together, in order). Anything else — markup, brackets, operators, a lone
 * quotation mark — is not syntax: punctuation between words, ignored like any other.
 */
import { termsOf } from "./terms";

/** Longer than a headline: a longer query is refused with a message, not searched. */
export const MAX_QUERY_LENGTH = 200;
/** Words beyond this many add nothing a reader could tell apart. */
const MAX_TERMS = 12;

export type SearchQuery = {
  /** Every distinct term, phrases' included: a story must have them all. */
  terms: string[];
  /** Each phrase's terms in order (two or more). */
  phrases: string[][];
};

export type ParsedQuery =
  | { kind: "empty" }
  | { kind: "too-long"; length: number }
  | { kind: "no-words" }
  | { kind: "query"; query: SearchQuery };

/** Curly and low quotation marks count as straight ones. */
const QUOTES = /[\u201C\u201D\u201E\u00AB\u00BB]/g;

export function parseQuery(raw: string): ParsedQuery {
  const text = raw.trim();
  if (text === "") return { kind: "empty" };
  if ([...text].length > MAX_QUERY_LENGTH) return { kind: "too-long", length: [...text].length };
  // Split on quotation marks: odd pieces were inside a pair. A last, unpaired mark quotes nothing.
  const pieces = text.replace(QUOTES, '"').split('"');
  const paired = pieces.length % 2 === 1 ? pieces : [...pieces.slice(0, -2), `${pieces.at(-2)} ${pieces.at(-1)}`];
  const terms: string[] = [];
  const phrases: string[][] = [];
  paired.forEach((piece, index) => {
    const words = termsOf(piece);
    if (index % 2 === 1 && words.length > 1) phrases.push(words.slice(0, MAX_TERMS));
    terms.push(...words);
  });
  const distinct = [...new Set(terms)].slice(0, MAX_TERMS);
  if (distinct.length === 0) return { kind: "no-words" };
  return { kind: "query", query: { terms: distinct, phrases: phrases.map((phrase) => phrase.filter((term) => distinct.includes(term))).filter((phrase) => phrase.length > 1) } };
}

/** Whether the terms of a text (or their numbers) hold the phrase's side by side, in order. */
export function containsPhrase<T>(textTerms: { readonly [index: number]: T; indexOf(term: T, from?: number): number }, phrase: readonly T[]): boolean {
  const first = phrase[0];
  for (let start = textTerms.indexOf(first!); start !== -1; start = textTerms.indexOf(first!, start + 1)) {
    if (phrase.every((term, offset) => textTerms[start + offset] === term)) return true;
  }
  return false;
}
