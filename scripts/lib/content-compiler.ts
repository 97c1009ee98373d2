/**
 * Compiles content/authors/ and content/articles/ into the snapshot the site reads at run time
 * (content/snapshot.ts), through the same validation as ever (content/author-validation.ts,
 * content/load.ts): every problem in every module, by file and field, and nothing is written unless
 * there are none. Authors come first: bylines are checked against them.
 *
 * Incremental: a module whose file, and whose image files, have the size and modification time they had
 * at the last compile, under the same schema and site references, is not loaded again; its record is
 * copied from the last snapshot. A fresh clone compiles everything. A check (no `outDir`) can take the
 * unchanged modules from a snapshot it only reads (`reuse`): publishing one story then costs that story.
 */
import { createHash } from "node:crypto";
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
import { dayKey } from "../../content/calendar";
import { effectiveUpdated } from "../../content/live-pages";
import { createImageChecker } from "../../content/image-files";
import type { ContentIssue } from "../../content/issues";
import { createArticleValidator } from "../../content/load";
import { createAuthorValidator } from "../../content/author-validation";
import type { ArticleRecord, Author, Section } from "../../content/schema";
import { openSnapshot, recordHash, SNAPSHOT_FILES, SNAPSHOT_FORMAT, type Routes, type SnapshotEntry, type SnapshotIndex, type TimedStory } from "../../content/snapshot";
import { site } from "../../content/site";
import { SEARCH_FILES, writeSearchIndex } from "../../content/search/index-files";
import { createIndexBuilder } from "../../content/search/inverted-index";
import { searchableTextOf } from "../../content/search/searchable-text";
import { checkFrontPage, frontPageExpiries } from "../../content/front-page-check";
import { checkMostRead } from "../../content/most-read-check";
import { listArticleFiles, loadArticleModules } from "./article-modules";

const CACHE_FILE = "compile-cache.json";

const SEARCH_KEY_FILE = "search-key.txt";
const SEARCH_SOURCES = path.join(import.meta.dirname, "..", "..", "content", "search");

/** What the search index is made from: the code that builds it, and every story's hash in order. */
function searchKey(entries: readonly SnapshotEntry[]): string {
  const hash = createHash("sha256");
  for (const file of readdirSync(SEARCH_SOURCES).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts")).sort()) hash.update(readFileSync(path.join(SEARCH_SOURCES, file)));
  for (const entry of entries) hash.update(`${entry.slug}\u0000${entry.hash}\n`);
  return hash.digest("base64url");
}

/**
 * Indexes the written snapshot's records for search, in its order (newest first: story n is index entry
 * n). A build that changed no story and no search code reuses the last index (at 100,000 stories it
 * takes about two minutes to make).
 */
function writeSearchIndexOf(dir: string, previousDir: string) {
  const snapshot = openSnapshot(dir);
  try {
    const key = searchKey(snapshot.index.entries);
    const previousKey = existsSync(path.join(previousDir, SEARCH_KEY_FILE)) ? readFileSync(path.join(previousDir, SEARCH_KEY_FILE), "utf8") : undefined;
    if (previousKey === key && Object.values(SEARCH_FILES).every((file) => existsSync(path.join(previousDir, file)))) {
      for (const file of Object.values(SEARCH_FILES)) cpSync(path.join(previousDir, file), path.join(dir, file));
    } else {
      const builder = createIndexBuilder();
      for (const entry of snapshot.index.entries) builder.add(searchableTextOf(snapshot.readRecord(entry)));
      writeSearchIndex(dir, builder.finish());
    }
    writeFileSync(path.join(dir, SEARCH_KEY_FILE), key);
  } finally {
    snapshot.close();
  }
}

const NEWLINE = Buffer.from("\n");
/** The code whose change makes every earlier compile stale. */
const VALIDATION_SOURCES = ["content/schema.ts", "content/load.ts", "content/image-files.ts", "content/calendar.ts", "content/snapshot.ts", "content/live-pages.ts"];

/** "size:mtime" of a file, or "missing". */
function stampOf(file: string): string {
  try {
    const stat = statSync(file);
    return `${stat.size}:${Math.round(stat.mtimeMs)}`;
  } catch {
    return "missing";
  }
}

/**
 * The stamps of the images stories use, each file asked once per compile: at 100,000 stories many share
 * a photo, and asking again for every story was half of what a compile with one changed story cost.
 */
function imageStamper(publicDir: string): (src: string) => string {
  const stamps = new Map<string, string>();
  return (src) => {
    let stamp = stamps.get(src);
    if (stamp === undefined) stamps.set(src, (stamp = stampOf(path.join(publicDir, src))));
    return stamp;
  };
}

/** A module's name as problems and the cache show it: from the project's root, with forward slashes. */
function moduleNamer(root: string, dir: string): (file: string) => string {
  const prefix = path.relative(root, dir).split(path.sep).join("/");
  return (file) => `${prefix ? `${prefix}/` : ""}${path.sep === "/" ? file : file.split(path.sep).join("/")}`;
}

type CachedFile = { slug: string; stamp: string; images: Record<string, string> };
type CompileCache = { key: string; files: Record<string, CachedFile> };

/** Every image path an article names: its lead image and images in its body. */
export function imageSources(record: Pick<ArticleRecord, "image" | "body">): string[] {
  const body = record.body.flatMap((block) => (block.type === "image" ? [block.image.src] : []));
  return [...new Set([record.image.src, ...body])];
}

export type CompileOptions = {
  /** The project folder: module paths in messages are relative to it. */
  root: string;
  articlesDir: string;
  /** content/authors/; a folder that does not exist holds no authors. */
  authorsDir: string;
  publicDir: string;
  sections: readonly Section[];
  timeZone: string;
  /** Where the snapshot goes; omitted, nothing is written (a check). */
  outDir?: string;
  /**
   * A compiled snapshot whose unchanged modules are taken as they are, read only (default: `outDir`).
   * Used only while its compile cache is current (same schema, references and validation code).
   */
  reuse?: string;
  /** Keep the record of every module loaded in `stories` (publishing sends them); the build does not. */
  keepRecords?: boolean;
  /** The front page module's export (content/front-page.ts), checked against the stories; omitted, not checked. */
  frontPage?: unknown;
  /** The "Most read" module's export (content/most-read.ts), checked against the stories; omitted, not checked. */
  mostRead?: { exclude: readonly unknown[] };
};

/** A valid article module: what publishing compares and says about it; its record if it was loaded and kept. */
export type CompiledStory = {
  /** As shown in messages (relative to the project). */
  file: string;
  slug: string;
  hash: string;
  /** ms since the epoch. */
  published: number;
  expires?: number;
  status?: "draft";
  kind?: SnapshotEntry["kind"];
  record?: ArticleRecord;
};

/**
 * `authors`: each author module as its file (as shown in messages) and validated record. `reused`: the
 * snapshot unchanged modules came from, when one was current.
 */
export type CompileResult = {
  issues: ContentIssue[];
  articles: number;
  loaded: number;
  authors: { file: string; author: Author }[];
  stories: CompiledStory[];
  reused?: string;
};

/** A byline is checked only for its authors' slugs: editing an author's bio recompiles no story. */
function compileKey(options: CompileOptions, authorSlugs: readonly string[]): string {
  const hash = createHash("sha256").update(JSON.stringify({ sections: options.sections, authorSlugs, timeZone: options.timeZone, format: SNAPSHOT_FORMAT }));
  for (const file of VALIDATION_SOURCES) hash.update(readFileSync(path.join(import.meta.dirname, "..", "..", file)));
  return hash.digest("base64url");
}

/** The cache file last parsed, by its path and stamp: asking whether a compile is current and then compiling read it once. */
let lastCache: { file: string; stamp: string; cache: CompileCache } | undefined;

function readCache(outDir: string, key: string): CompileCache | undefined {
  const file = path.join(outDir, CACHE_FILE);
  const stamp = stampOf(file);
  try {
    const cache = lastCache?.file === file && lastCache.stamp === stamp ? lastCache.cache : (JSON.parse(readFileSync(file, "utf8")) as CompileCache);
    lastCache = { file, stamp, cache };
    return cache.key === key && existsSync(path.join(outDir, SNAPSHOT_FILES.index)) ? cache : undefined;
  } catch {
    return undefined;
  }
}

/** What the index keeps of a record (without its place in records.jsonl). */
function entryOf(record: ArticleRecord, timeZone: string): Omit<SnapshotEntry, "offset" | "length"> {
  return {
    slug: record.slug,
    section: record.section,
    tags: [...record.tags],
    authors: [...(record.byline.authors ?? [])],
    published: Date.parse(record.published),
    updated: Date.parse(effectiveUpdated(record)),
    day: dayKey(record.published, timeZone),
    hash: recordHash(record),
    ...(record.status === "draft" ? { status: "draft" as const } : {}),
    ...(record.expires !== undefined ? { expires: Date.parse(record.expires) } : {}),
    ...(record.coverage?.end !== undefined ? { coverageEnds: Date.parse(record.coverage.end) } : {}),
    ...(record.kind !== undefined && record.kind !== "news" ? { kind: record.kind } : {}),
  };
}

/** Writes records as they come, then the sorted index, into a fresh folder that replaces `outDir` at the end. */
function createSnapshotWriter(outDir: string, timeZone: string, sections: readonly string[]) {
  const temporary = `${outDir}.tmp-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary, { recursive: true });
  const fd = openSync(path.join(temporary, SNAPSHOT_FILES.records), "w");
  const entries: SnapshotEntry[] = [];
  const files: Record<string, CachedFile> = {};
  let offset = 0;


  /** Appends a record; its index entry gets the record's new place (any old offset and length are replaced). */
  function append(file: string, json: Buffer, entry: Omit<SnapshotEntry, "offset" | "length">, stamp: Omit<CachedFile, "slug">) {
    writeSync(fd, json);
    writeSync(fd, NEWLINE);
    entries.push({ ...entry, offset, length: json.length });
    files[file] = { slug: entry.slug, ...stamp };
    offset += json.length + 1;
  }

  return {
    add(file: string, record: ArticleRecord, entry: Omit<SnapshotEntry, "offset" | "length">, stamp: Omit<CachedFile, "slug">) {
      append(file, Buffer.from(JSON.stringify(record)), entry, stamp);
    },
    /** An unchanged module: its record's bytes and index entry as the last snapshot had them. */
    copy(file: string, json: Buffer, entry: SnapshotEntry, stamp: Omit<CachedFile, "slug">) {
      append(file, json, entry, stamp);
    },
    /** `scheduled`: moments (ms) the front page changes by itself, for the origin (routes.json). */
    finish(key: string, scheduled: number[], authors: readonly Author[]) {
      closeSync(fd);
      entries.sort((a, b) => b.published - a.published || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
      const compiledAt = Date.now();
      const index: SnapshotIndex = { format: SNAPSHOT_FORMAT, compiledAt: new Date(compiledAt).toISOString(), entries };
      // Stories whose visibility changes after now: the origin lets pages go stale at those moments.
      const timed: TimedStory[] = entries
        .filter((entry) => entry.status !== "draft" && (entry.published > compiledAt || entry.expires !== undefined || (entry.coverageEnds ?? 0) > compiledAt))
        .map(({ slug, section, published, expires, coverageEnds }) => ({ slug, section, published, ...(expires !== undefined ? { expires } : {}), ...(coverageEnds !== undefined ? { coverageEnds } : {}) }));
      writeFileSync(path.join(temporary, SNAPSHOT_FILES.index), JSON.stringify(index));
      writeFileSync(path.join(temporary, SNAPSHOT_FILES.authors), JSON.stringify(authors));
      writeSearchIndexOf(temporary, outDir);
      const routes: Routes = { sections: [...sections], timeZone, origin: site.origin, scheduled, timed };
      writeFileSync(path.join(temporary, SNAPSHOT_FILES.routes), JSON.stringify(routes));
      writeFileSync(path.join(temporary, CACHE_FILE), JSON.stringify({ key, files } satisfies CompileCache));
      rmSync(outDir, { recursive: true, force: true });
      renameSync(temporary, outDir);
    },
    abort() {
      closeSync(fd);
      rmSync(temporary, { recursive: true, force: true });
    },
  };
}

/** Every author module, validated (there are few: all are loaded each time). */
async function compileAuthors(options: CompileOptions, checkImage: ReturnType<typeof createImageChecker>) {
  const { root, authorsDir } = options;
  const files = existsSync(authorsDir) ? listArticleFiles(authorsDir) : [];
  const shownAs = moduleNamer(root, authorsDir);
  const validate = createAuthorValidator(checkImage);
  const issues: ContentIssue[] = [];
  const authors: { file: string; author: Author }[] = [];
  await loadArticleModules(authorsDir, files, shownAs, (loaded) => {
    issues.push(...loaded.issues);
    for (const entry of loaded.entries) {
      const result = validate(entry);
      issues.push(...result.issues);
      if (result.author) authors.push({ file: entry.file, author: result.author });
    }
  });
  authors.sort((a, b) => (a.author.slug < b.author.slug ? -1 : a.author.slug > b.author.slug ? 1 : 0));
  return { issues, authors };
}

/** The authors (bylines are checked against them) and the key a compile cache must have to be current. */
async function prepare(options: CompileOptions) {
  const checkImage = createImageChecker(options.publicDir);
  const compiledAuthors = await compileAuthors(options, checkImage);
  const authors = compiledAuthors.authors.map(({ author }) => author);
  return { checkImage, compiledAuthors, authors, key: compileKey(options, authors.map((author) => author.slug)) };
}

/** Whether `dir` holds a compile that `compileContent(options)` could take unchanged modules from. */
export async function isCompileCurrent(dir: string, options: CompileOptions): Promise<boolean> {
  return readCache(dir, (await prepare(options)).key) !== undefined;
}

export async function compileContent(options: CompileOptions): Promise<CompileResult> {
  const { root, articlesDir, publicDir, outDir } = options;
  const { checkImage, compiledAuthors, authors, key } = await prepare(options);
  const reuseDir = options.reuse ?? outDir;
  const cache = reuseDir ? readCache(reuseDir, key) : undefined;
  const previous = cache && reuseDir ? openSnapshot(reuseDir) : undefined;
  const writer = outDir ? createSnapshotWriter(outDir, options.timeZone, options.sections.map((section) => section.slug)) : undefined;
  const validate = createArticleValidator({ sections: options.sections, authors, checkImage });
  const shownAs = moduleNamer(root, articlesDir);
  const imageStampOf = imageStamper(publicDir);
  const imageStamps = (record: Pick<ArticleRecord, "image" | "body">) => Object.fromEntries(imageSources(record).map((src) => [src, imageStampOf(src)]));
  const storyOf = (file: string, entry: Omit<SnapshotEntry, "offset" | "length">, record?: ArticleRecord): CompiledStory => ({
    file,
    slug: entry.slug,
    hash: entry.hash,
    published: entry.published,
    ...(entry.expires !== undefined ? { expires: entry.expires } : {}),
    ...(entry.status ? { status: entry.status } : {}),
    ...(entry.kind ? { kind: entry.kind } : {}),
    ...(record && options.keepRecords ? { record } : {}),
  });

  const issues: ContentIssue[] = [...compiledAuthors.issues];
  const stories: CompiledStory[] = [];
  const toLoad: string[] = [];
  try {
    const previousEntries = new Map(previous?.index.entries.map((entry) => [entry.slug, entry]));
    for (const file of listArticleFiles(articlesDir)) {
      const name = shownAs(file);
      const known = cache?.files[name];
      const stamp = stampOf(path.join(articlesDir, file));
      const entry = known && previousEntries.get(known.slug);
      const unchanged = previous && entry && known.stamp === stamp && Object.entries(known.images).every(([src, image]) => imageStampOf(src) === image);
      if (!unchanged) {
        toLoad.push(file);
        continue;
      }
      // Still one slug per module across the whole archive.
      const duplicate = validate.claim(name, entry.slug);
      if (duplicate) issues.push(duplicate);
      else {
        writer?.copy(name, previous.readBytes(entry), entry, { stamp, images: known.images });
        stories.push(storyOf(name, entry));
      }
    }
    await loadArticleModules(articlesDir, toLoad, shownAs, (loaded) => {
      issues.push(...loaded.issues);
      for (const loadedModule of loaded.entries) {
        const result = validate.module(loadedModule);
        issues.push(...result.issues);
        if (!result.record) continue;
        const entry = entryOf(result.record, options.timeZone);
        writer?.add(loadedModule.file, result.record, entry, { stamp: stampOf(path.join(root, loadedModule.file)), images: imageStamps(result.record) });
        stories.push(storyOf(loadedModule.file, entry, result.record));
      }
    });
  } finally {
    previous?.close();
  }
  // The front page pins stories: checked against the stories compiled, in the same all-or-nothing.
  const slugs = new Set(stories.map((story) => story.slug));
  const sponsored = new Set(stories.flatMap((story) => (story.kind === "sponsored" ? [story.slug] : [])));
  const front = options.frontPage === undefined ? { issues: [] } : checkFrontPage(options.frontPage, { slugs, sections: options.sections.map((section) => section.slug), sponsored });
  issues.push(...front.issues);
  if (options.mostRead) issues.push(...checkMostRead(options.mostRead, slugs));
  if (issues.length > 0) writer?.abort();
  else writer?.finish(key, "frontPage" in front && front.frontPage ? frontPageExpiries(front.frontPage) : [], authors);
  return { issues, articles: stories.length, loaded: toLoad.length, authors: compiledAuthors.authors, stories, ...(previous && reuseDir ? { reused: reuseDir } : {}) };
}
