/**
 * The compiled snapshot's search index on disk, beside its records (.content/): the terms with their
 * counts and offsets as JSON, the postings as one binary file (read whole into memory at the first
 * search), and the stories' term sequences (read a story at a time, when a phrase is checked).
 */
import { openSync, readFileSync, readSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { InvertedIndexData } from "./inverted-index";

export const SEARCH_FILES = { terms: "search-terms.json", postings: "search-postings.bin", sequences: "search-sequences.bin" } as const;

/** Written by `npm run content:compile` (never by the server: the ignore comments keep Next.js from tracing it). */
export function writeSearchIndex(dir: string, { postings, sequences, ...terms }: InvertedIndexData) {
  const file = (name: string) => path.join(/* turbopackIgnore: true */ dir, name);
  writeFileSync(file(SEARCH_FILES.terms), JSON.stringify(terms));
  writeFileSync(file(SEARCH_FILES.postings), postings);
  writeFileSync(file(SEARCH_FILES.sequences), sequences(0, terms.sequenceOffsets.at(-1) ?? 0));
}

export function readSearchIndex(dir: string): InvertedIndexData {
  const file = (name: string) => path.join(/* turbopackIgnore: true */ dir, name);
  const terms = JSON.parse(readFileSync(file(SEARCH_FILES.terms), "utf8")) as Omit<InvertedIndexData, "postings" | "sequences">;
  const postings = readFileSync(file(SEARCH_FILES.postings));
  // Kept open for the server's life, as the snapshot's records are: a few hundred bytes a read.
  const fd = openSync(file(SEARCH_FILES.sequences), "r");
  const sequences = (offset: number, length: number) => {
    const bytes = new Uint8Array(length);
    if (readSync(fd, bytes, 0, length, offset) !== length) throw new Error(`short read in ${SEARCH_FILES.sequences} at ${offset}`);
    return bytes;
  };
  return { ...terms, postings: new Uint8Array(postings.buffer, postings.byteOffset, postings.byteLength), sequences };
}
