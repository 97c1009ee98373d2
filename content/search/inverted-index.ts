/**
 * The search index: for every term, the stories that have it, each with one byte saying how much (its
 * "impact": where the term is — headline, topics, standfirst, body — and how often, BM25-style). Stories
 * are numbered in the order they are added, which is newest first, so lists are sorted and a tie in
 * score goes to the newer story.
 *
 * Beside it, each story's terms in order (as term numbers, per field): what a quoted phrase is checked
 * against, without reading and re-tokenising the story. The compiled index keeps these on disk.
 *
 * Why not a library: on 100,000 stories of 500 words (scripts/bench/search.ts), MiniSearch needed 579 MB
 * of heap for the first 120 words of each body (p95 658 ms), FlexSearch 469 MB for whole bodies, and
 * SQLite's FTS5 (WebAssembly) answered in 101 ms at p95 and locks its file against a second reader. A
 * posting here is a varint gap and a byte, in one buffer: about 3 bytes, so whole bodies fit in ~100 MB.
 */
import { termsOf } from "./terms";

/** The fields of a story that search reads, and how much a term counts in each. */
export type SearchableText = { headline: string; topics: string; standfirst: string; body: string };
const FIELD_WEIGHTS: Record<keyof SearchableText, number> = { headline: 4, topics: 3, standfirst: 2, body: 1 };
/** BM25's term-frequency saturation and length normalisation (body only; the other fields are short). */
const K1 = 1.2;
const B = 0.75;
/** A typical body's length in terms: a longer body needs more mentions for the same impact. */
const TYPICAL_BODY_TERMS = 500;
/** Impact = weighted score × this, in one byte: the largest score (≈ 22) maps to ≈ 220. */
const IMPACT_SCALE = 10;

/** Bytes `offset` to `offset + length` of the term sequences: from memory, or read from the file. */
export type SequenceReader = (offset: number, length: number) => Uint8Array;

/** What is written to disk and read back: terms, their story counts and where their postings start. */
export type InvertedIndexData = {
  /** How many stories were added (numbered 0 … documents − 1). */
  documents: number;
  terms: string[];
  counts: number[];
  offsets: number[];
  postings: Uint8Array;
  /** Where each story's term sequence starts (documents + 1 numbers: the last is the end). */
  sequenceOffsets: number[];
  sequences: SequenceReader;
};

/** A growable byte buffer of varints. */
class VarintWriter {
  bytes = new Uint8Array(8);
  length = 0;

  reserve(extra: number) {
    if (this.length + extra <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra));
    grown.set(this.bytes);
    this.bytes = grown;
  }

  varint(value: number) {
    this.reserve(5);
    while (value >= 0x80) {
      this.bytes[this.length++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.bytes[this.length++] = value;
  }

  byte(value: number) {
    this.reserve(1);
    this.bytes[this.length++] = value;
  }
}

/** Reads varints from `bytes` at `at`. */
class VarintReader {
  constructor(
    private readonly bytes: Uint8Array,
    public at = 0,
  ) {}

  varint(): number {
    let value = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = this.bytes[this.at++]!;
      value |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    return value >>> 0;
  }

  byte(): number {
    return this.bytes[this.at++]!;
  }
}

const FIELDS = Object.keys(FIELD_WEIGHTS) as (keyof SearchableText)[];

/** Term → impact for one story, and its fields' terms in order. */
export function impactsOf(text: SearchableText): { impacts: Map<string, number>; fields: string[][] } {
  const scores = new Map<string, number>();
  const fields: string[][] = [];
  for (const field of FIELDS) {
    const terms = termsOf(text[field]);
    fields.push(terms);
    const frequencies = new Map<string, number>();
    for (const term of terms) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
    const norm = field === "body" ? 1 - B + (B * terms.length) / TYPICAL_BODY_TERMS : 1;
    for (const [term, tf] of frequencies) {
      const saturated = (tf * (K1 + 1)) / (tf + K1 * norm);
      scores.set(term, (scores.get(term) ?? 0) + FIELD_WEIGHTS[field] * saturated);
    }
  }
  const impacts = new Map<string, number>();
  for (const [term, score] of scores) impacts.set(term, Math.max(1, Math.min(255, Math.round(score * IMPACT_SCALE))));
  return { impacts, fields };
}

/** A growing posting list: gaps as varints, each followed by its impact byte. */
class PostingWriter extends VarintWriter {
  count = 0;
  last = -1;

  push(doc: number, impact: number) {
    this.varint(doc - this.last);
    this.byte(impact);
    this.last = doc;
    this.count += 1;
  }
}

/** Adds stories in order (newest first) and writes the index. */
export function createIndexBuilder() {
  const lists = new Map<string, { id: number; postings: PostingWriter }>();
  const sequences = new VarintWriter();
  const sequenceOffsets: number[] = [];
  let documents = 0;
  return {
    /** Adds the next story; returns its number. */
    add(text: SearchableText): number {
      const doc = documents++;
      const { impacts, fields } = impactsOf(text);
      for (const [term, impact] of impacts) {
        let list = lists.get(term);
        if (!list) lists.set(term, (list = { id: lists.size, postings: new PostingWriter() }));
        list.postings.push(doc, impact);
      }
      sequenceOffsets.push(sequences.length);
      for (const terms of fields) {
        sequences.varint(terms.length);
        for (const term of terms) sequences.varint(lists.get(term)!.id);
      }
      return doc;
    },
    finish(): InvertedIndexData {
      const terms: string[] = [];
      const counts: number[] = [];
      const offsets: number[] = [];
      let size = 0;
      for (const { postings } of lists.values()) size += postings.length;
      const postings = new Uint8Array(size);
      let offset = 0;
      // Map order is insertion order: term n is the n-th term met, as the sequences number it.
      for (const [term, list] of lists) {
        terms.push(term);
        counts.push(list.postings.count);
        offsets.push(offset);
        postings.set(list.postings.bytes.subarray(0, list.postings.length), offset);
        offset += list.postings.length;
      }
      const bytes = sequences.bytes.subarray(0, sequences.length);
      return {
        documents,
        terms,
        counts,
        offsets,
        postings,
        sequenceOffsets: [...sequenceOffsets, sequences.length],
        sequences: (at, length) => bytes.subarray(at, at + length),
      };
    },
  };
}

/** A list this long (the word is in this many stories) is kept decoded once a query has asked for it. */
const KEEP_DECODED_FROM = 2_000;
const KEEP_DECODED = 32;

/** One term's stories (ascending numbers) and impacts. */
export type Postings = { docs: Int32Array; impacts: Uint8Array };

/** Reads an index: a term's postings are decoded when a query asks for them. */
export class InvertedIndex {
  readonly documents: number;
  private readonly ids = new Map<string, number>();
  private readonly counts: Uint32Array;
  private readonly offsets: Float64Array;
  private readonly postings: Uint8Array;
  private readonly sequenceOffsets: Float64Array;
  private readonly sequences: SequenceReader;
  /** Decoded lists of the common words queries keep asking for (at most KEEP_DECODED × 5 bytes × stories). */
  private readonly decoded = new Map<number, Postings>();

  constructor(data: InvertedIndexData) {
    this.documents = data.documents;
    data.terms.forEach((term, id) => this.ids.set(term, id));
    this.counts = Uint32Array.from(data.counts);
    this.offsets = Float64Array.from(data.offsets);
    this.postings = data.postings;
    this.sequenceOffsets = Float64Array.from(data.sequenceOffsets);
    this.sequences = data.sequences;
  }

  /** The term's number, or undefined when no story has it. */
  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** A story's fields as term numbers, in order (headline, topics, standfirst, body). */
  fieldsOf(doc: number): Uint32Array[] {
    const start = this.sequenceOffsets[doc]!;
    const reader = new VarintReader(this.sequences(start, this.sequenceOffsets[doc + 1]! - start));
    return FIELDS.map(() => {
      const terms = new Uint32Array(reader.varint());
      for (let i = 0; i < terms.length; i += 1) terms[i] = reader.varint();
      return terms;
    });
  }

  /** How many stories have the term. */
  count(term: string): number {
    const id = this.ids.get(term);
    return id === undefined ? 0 : this.counts[id]!;
  }

  postingsOf(term: string): Postings {
    const id = this.ids.get(term);
    if (id === undefined) return { docs: new Int32Array(0), impacts: new Uint8Array(0) };
    const kept = this.decoded.get(id);
    if (kept) {
      // Most recently used last: the first key is the one to drop.
      this.decoded.delete(id);
      this.decoded.set(id, kept);
      return kept;
    }
    const count = this.counts[id]!;
    const docs = new Int32Array(count);
    const impacts = new Uint8Array(count);
    const reader = new VarintReader(this.postings, this.offsets[id]!);
    let doc = -1;
    for (let i = 0; i < count; i += 1) {
      doc += reader.varint();
      docs[i] = doc;
      impacts[i] = reader.byte();
    }
    const postings = { docs, impacts };
    if (count >= KEEP_DECODED_FROM) {
      this.decoded.set(id, postings);
      if (this.decoded.size > KEEP_DECODED) this.decoded.delete(this.decoded.keys().next().value!);
    }
    return postings;
  }

  /** Bytes held: what `npm run bench` reports as the index's memory. */
  get byteLength(): number {
    return this.postings.byteLength + this.counts.byteLength + this.offsets.byteLength + this.sequenceOffsets.byteLength;
  }
}
