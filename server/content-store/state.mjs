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
 * @typedef {{ version: number, at: number, upserts: Upsert[], deletions: string[], authors?: AuthorUpsert[], images: ImageRecord[] }} CommitRecord
 *   One commit as a store keeps it (`authors` absent in commits made before authors could be published).
 * @typedef {{ baseVersion: number, upserts: Upsert[], deletions: string[], authors?: AuthorUpsert[], images: (ImageRecord & { bytes: Buffer })[] }} Commit
 *   What publishing asks a store to apply: all of it, only if the store is still at `baseVersion`.
 * @typedef {{
 *   kind: "embedded" | "redis",
 *   ready: Promise<void>,
 *   state(): PublishedState,
 *   refresh(): Promise<void>,
 *   commit(commit: Commit): Promise<{ version: number }>,
 *   readImage(path: string): Promise<{ bytes: Buffer, type: string } | undefined>,
 *   onChange(listener: (state: PublishedState) => void): () => void,
 *   close(): Promise<void>,
 * }} ContentStore
 */

/** @returns {PublishedState} */
export function emptyState() {
  return { version: 0, lastCommitAt: 0, articles: new Map(), authors: new Map(), images: new Map() };
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
  for (const slug of commit.deletions) articles.set(slug, { record: null, hash: null, changedAt: commit.at, version: commit.version });
  const authors = commit.authors?.length ? new Map(state.authors) : state.authors;
  for (const { slug, record, hash } of commit.authors ?? []) /** @type {Map<string, PublishedAuthor>} */ (authors).set(slug, { record, hash });
  const images = new Map(state.images);
  for (const { path, sha256, type, width, height } of commit.images) images.set(path, { sha256, type, width, height });
  return { version: commit.version, lastCommitAt: commit.at, articles, authors, images };
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
    ...(commit.authors?.length ? { authors: commit.authors } : {}),
    images: commit.images.map(({ path, sha256, type, width, height }) => ({ path, sha256, type, width, height })),
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
