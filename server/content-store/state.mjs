// @ts-check
/**
 * What a published store holds, whichever keeps it (a folder on this machine, or Redis shared by the
 * replicas): the stories published, corrected or taken down on the running site since the release, the
 * authors published or changed, and the photos they brought. States are immutable; a commit makes the next one.
 *
 * @typedef {import("../../content/published-source.mjs").ArticleRecordData} ArticleRecordData
 * @typedef {import("../../content/published-source.mjs").PublishedArticle} PublishedArticle
 * @typedef {import("../../content/published-source.mjs").AuthorRecordData} AuthorRecordData
 * @typedef {import("../../content/published-source.mjs").PublishedAuthor} PublishedAuthor
 * @typedef {import("../../content/published-source.mjs").PublishedImage} PublishedImage
 * @typedef {import("../../content/published-source.mjs").PublishedState} PublishedState
 *   The state types are content's (content/published-source.mjs): the store keeps what content reads.
 * @typedef {{ slug: string, record: ArticleRecordData, hash: string }} Upsert
 * @typedef {{ path: string } & PublishedImage} ImageRecord
 * @typedef {{ slug: string, record: AuthorRecordData, hash: string }} AuthorUpsert
 * @typedef {{ exclude: string[] }} MostReadSettings
 * @typedef {{ version: number, at: number, upserts: Upsert[], deletions: string[], removedFrom?: Record<string, string>, authors?: AuthorUpsert[], images: ImageRecord[], listings?: false, mostRead?: MostReadSettings }} CommitRecord
 *   One commit as a store keeps it (`authors` absent in commits made before authors could be published;
 *   `removedFrom`, each taken-down story's section, in commits made before search engines were told).
 *   `listings: false`: it changed only its stories' own pages (a live post, a correction to a body), not
 *   what any listing shows; absent, it may have changed any page. `mostRead`: the stories "Most read"
 *   never lists from now on (content/most-read.ts as published), replacing the release's.
 * @typedef {{ baseVersion: number, upserts: Upsert[], deletions: string[], removedFrom?: Record<string, string>, authors?: AuthorUpsert[], images: (ImageRecord & { bytes: Buffer })[], listings?: false, mostRead?: MostReadSettings }} Commit
 *   What publishing asks a store to apply: all of it, only if the store is still at `baseVersion`.
 * @typedef {{
 *   kind: "embedded" | "redis",
 *   ready: Promise<void>,
 *   state(): PublishedState,
 *   refresh(): Promise<void>,
 *   available(): boolean,
 *   claim(name: string, ttlMs: number): Promise<boolean>,
 *   commit(commit: Commit): Promise<{ version: number }>,
 *   readImage(path: string): Promise<{ bytes: Buffer, type: string } | undefined>,
 *   onChange(listener: (state: PublishedState) => void): () => void,
 *   close(): Promise<void>,
 * }} ContentStore
 *   claim(): whether this process is the first to ask for `name` within `ttlMs` (a one-off job, such as
 *   telling search engines of a commit, done once across replicas).
 *   A store fails safely: refresh() never throws (readers keep the last state it read, and it catches
 *   up by itself when the store is back); available() says whether its last contact worked; commit()
 *   applies all of a commit or none of it, and throws StoreUnavailableError when it cannot reach or
 *   write the store.
 */

/** @returns {PublishedState} */
export function emptyState() {
  return { version: 0, lastCommitAt: 0, lastListingChangeAt: 0, articles: new Map(), authors: new Map(), images: new Map() };
}

/**
 * The state after `commit`, which must be the next one.
 * @param {PublishedState} state
 * @param {CommitRecord} commit
 * @returns {PublishedState}
 */
export function applyCommit(state, commit) {
  if (commit.version !== state.version + 1) throw new Error(`published store out of order: commit ${commit.version} after ${state.version}`);
  const articles = new Map(state.articles);
  for (const { slug, record, hash } of commit.upserts) articles.set(slug, { record, hash, changedAt: commit.at, version: commit.version });
  for (const slug of commit.deletions) {
    const section = commit.removedFrom?.[slug];
    articles.set(slug, { record: null, hash: null, changedAt: commit.at, version: commit.version, ...(section ? { section } : {}) });
  }
  const authors = commit.authors?.length ? new Map(state.authors) : state.authors;
  for (const { slug, record, hash } of commit.authors ?? []) /** @type {Map<string, PublishedAuthor>} */ (authors).set(slug, { record, hash });
  const images = new Map(state.images);
  for (const { path, sha256, type, width, height } of commit.images) images.set(path, { sha256, type, width, height });
  const lastListingChangeAt = commit.listings === false ? state.lastListingChangeAt : commit.at;
  const mostRead = commit.mostRead ?? state.mostRead;
  return { version: commit.version, lastCommitAt: commit.at, lastListingChangeAt, articles, authors, images, ...(mostRead ? { mostRead } : {}) };
}

/**
 * A commit as stores keep it: the next version, when it was made, and the photos' metadata (their
 * bytes are stored apart, by hash).
 * @param {Commit} commit
 * @returns {CommitRecord}
 */
export function commitRecord(commit) {
  return {
    version: commit.baseVersion + 1,
    at: Date.now(),
    upserts: commit.upserts,
    deletions: commit.deletions,
    ...(commit.removedFrom && Object.keys(commit.removedFrom).length > 0 ? { removedFrom: commit.removedFrom } : {}),
    ...(commit.authors?.length ? { authors: commit.authors } : {}),
    images: commit.images.map(({ path, sha256, type, width, height }) => ({ path, sha256, type, width, height })),
    ...(commit.listings === false ? { listings: /** @type {const} */ (false) } : {}),
    ...(commit.mostRead ? { mostRead: commit.mostRead } : {}),
  };
}

/** A commit asked for a version the store has moved past: someone else published first. */
export class PublishConflictError extends Error {
  /**
   * @param {number} current
   * @param {number} base
   */
  constructor(current, base) {
    super(`the site moved on while you prepared this (it is at version ${current}, you started from ${base}): run the command again`);
    this.name = "PublishConflictError";
    this.current = current;
  }
}

/** The store could not be reached or written: nothing was published. */
export class StoreUnavailableError extends Error {
  /**
   * @param {string} kind "Redis", "the journal"
   * @param {unknown} cause
   */
  constructor(kind, cause) {
    super(`the published store (${kind}) cannot be reached or written, so nothing was published: ${cause instanceof Error ? cause.message : String(cause)}. The site keeps serving what it has; publish again when it is back`);
    this.name = "StoreUnavailableError";
    this.cause = cause;
  }
}

/**
 * `promise`, or a rejection once `ms` have passed (a store that stalls must not hold a render up).
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what
 * @returns {Promise<T>}
 */
export function withTimeout(promise, ms, what) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return /** @type {Promise<T>} */ (Promise.race([promise, timeout])).finally(() => clearTimeout(timer));
}
