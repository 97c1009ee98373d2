/**
 * The compiled content (the snapshot): what `npm run content:compile` makes of content/articles/ and
 * content/authors/, and what the site reads at run time, outside the bundler, so neither the bundler nor
 * the type checker grows with the archive. Four files in .content/ (and the search index's):
 *  - records.jsonl: one validated article record per line;
 *  - index.json: per article what listings, sitemaps and lookups need, latest first, with the byte range
 *    of its record, so a server keeps about 200 bytes a story in memory and reads a story when asked;
 *  - authors.json: every author's validated record, by slug order;
 *  - routes.json: the section slugs and the site's time zone, for the origin server (plain Node), which
 *    tells article paths apart and lets story pages go stale when the publication's day turns.
 */
import { createHash } from "node:crypto";
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import path from "node:path";
import type { ArticleRecord, Author } from "./schema";

export const SNAPSHOT_FORMAT = 2;
/** The snapshot's folder, relative to the project (or to the standalone server that carries a copy). */
export const SNAPSHOT_DIR = ".content";
export const SNAPSHOT_FILES = { records: "records.jsonl", index: "index.json", authors: "authors.json", routes: "routes.json" } as const;

/** What the server keeps in memory for one article of the snapshot. */
export type SnapshotEntry = {
  slug: string;
  section: string;
  /** Tag names as written; their slugs are derived (content/tags.ts). */
  tags: string[];
  /** Slugs of the byline's authors (content/authors/). */
  authors: string[];
  /** Milliseconds since the epoch. */
  published: number;
  updated: number;
  /** The day of publication in the site's time zone: "2024-03-31". */
  day: string;
  /** recordHash() of the record: what publishing compares to find changed stories. */
  hash: string;
  offset: number;
  length: number;
};

export type SnapshotIndex = {
  format: typeof SNAPSHOT_FORMAT;
  compiledAt: string;
  /** Latest first, ties broken by slug. */
  entries: SnapshotEntry[];
};

/** A short, stable fingerprint of a record's data (a story's or an author's). */
export function recordHash(record: ArticleRecord | Author): string {
  return createHash("sha256").update(JSON.stringify(record)).digest("base64url").slice(0, 22);
}

export type Snapshot = {
  index: SnapshotIndex;
  authors: Author[];
  readRecord(entry: Pick<SnapshotEntry, "offset" | "length">): ArticleRecord;
  /** The record's JSON as stored. */
  readBytes(entry: Pick<SnapshotEntry, "offset" | "length">): Buffer;
  close(): void;
};

/** Opens a compiled snapshot. Records are read on demand (a synchronous read of a few KB from the page cache). */
export function openSnapshot(dir: string): Snapshot {
  let index: SnapshotIndex;
  try {
    index = JSON.parse(readFileSync(path.join(/* turbopackIgnore: true */ dir, SNAPSHOT_FILES.index), "utf8")) as SnapshotIndex;
  } catch (error) {
    throw new Error(`no compiled content in ${dir}: run \`npm run content:compile\` (${(error as Error).message})`, { cause: error });
  }
  if (index.format !== SNAPSHOT_FORMAT) throw new Error(`${dir} holds content format ${index.format}, expected ${SNAPSHOT_FORMAT}: recompile it`);
  let fd: number | undefined;
  function readBytes({ offset, length }: Pick<SnapshotEntry, "offset" | "length">): Buffer {
    fd ??= openSync(path.join(/* turbopackIgnore: true */ dir, SNAPSHOT_FILES.records), "r");
    const buffer = Buffer.allocUnsafe(length);
    const read = readSync(fd, buffer, 0, length, offset);
    if (read !== length) throw new Error(`short read in ${SNAPSHOT_FILES.records} at ${offset}`);
    return buffer;
  }
  // Written by the compiler after validation, like the records.
  const authors = JSON.parse(readFileSync(path.join(/* turbopackIgnore: true */ dir, SNAPSHOT_FILES.authors), "utf8")) as Author[];
  return {
    index,
    authors,
    readBytes,
    // Written by the compiler after validation (scripts/lib/content-compiler.ts): trusted as it is.
    readRecord: (entry: Pick<SnapshotEntry, "offset" | "length">) => JSON.parse(readBytes(entry).toString("utf8")) as ArticleRecord,
    close() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}
