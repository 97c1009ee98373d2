/**
 * The compiled content (the snapshot): what `npm run content:compile` makes of content/articles/ and
 * content/authors/, and what the site reads at run time, outside the bundler, so neither the bundler nor
 * the type checker grows with the archive. Four files in .content/ (and the search index's):
 *  - records.jsonl: one validated article record per line;
 *  - index.json: per article what listings, sitemaps and lookups need, latest first, with the byte range
 *    of its record, so a server keeps about 200 bytes a story in memory and reads a story when asked;
 *  - authors.json: every author's validated record, by slug order;
 *  - routes.json: the section slugs, the site's time zone and origin, and the moments content changes by
 *    itself (front-page pins expiring, stories scheduled to go public or to expire), for the origin
 *    server (plain Node), which tells article paths apart, lets pages go stale at those moments, answers
 *    410 for an expired story and tells search engines.
 */
import { createHash } from "node:crypto";
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import path from "node:path";
import type { ArticleRecord, Author, StoryKind } from "./schema";

export const SNAPSHOT_FORMAT = 4;
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
  /** Present only for a draft (content/visibility.mjs). */
  status?: "draft";
  /** When it expires (ms since the epoch), if it does. */
  expires?: number;
  /** When a live story's coverage ends (ms), if it is set: its pages and cards change then. */
  coverageEnds?: number;
  /** Its kind, when it is not news (content/story-kinds.mjs): hubs list by it, feeds leave paid content out. */
  kind?: Exclude<StoryKind, "news">;
  offset: number;
  length: number;
};

/** A story whose visibility depends on the time: scheduled ahead of the compile, or expiring. For routes.json. */
export type TimedStory = { slug: string; section: string; published: number; expires?: number; coverageEnds?: number };

/** What the origin's runtime reads of the compiled content (routes.json). */
export type Routes = {
  sections: string[];
  timeZone: string;
  /** The site's origin, for the URLs it tells search engines about. */
  origin: string;
  /** Moments (ms) the front page changes by itself: pins expiring. */
  scheduled: number[];
  /** Stories that go public or expire after the compile (drafts are never public: not here). */
  timed: TimedStory[];
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
