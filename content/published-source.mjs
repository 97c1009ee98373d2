// @ts-check
/**
 * What the site has published on the running site since the release, as the content layer sees it: a
 * port that the origin's runtime fills. Content depends on nothing above it, so it never opens the
 * published store itself; server/content-store/index.mjs provides the process's store here when it
 * opens it (the origin does so before Next.js starts). Plain JavaScript, so the origin (plain Node.js)
 * and the pages (bundled by Next.js, which keeps its own copy of this module) share it: the source
 * lives on globalThis under one well-known key, not in module scope.
 *
 * @typedef {Record<string, unknown> & { slug: string }} ArticleRecordData
 *   A validated article record (content/schema.ts ArticleRecord), as JSON.
 * @typedef {{ record: ArticleRecordData | null, hash: string | null, changedAt: number, version: number, section?: string }} PublishedArticle
 *   `record` null: taken down (`section`: where it was). `changedAt`: when the commit that touched it was made (ms).
 * @typedef {Record<string, unknown> & { slug: string }} AuthorRecordData
 *   A validated author record (content/schema.ts Author), as JSON.
 * @typedef {{ record: AuthorRecordData, hash: string }} PublishedAuthor
 * @typedef {{ sha256: string, type: string, width: number, height: number }} PublishedImage
 * @typedef {{
 *   version: number,
 *   lastCommitAt: number,
 *   lastListingChangeAt: number,
 *   articles: ReadonlyMap<string, PublishedArticle>,
 *   authors: ReadonlyMap<string, PublishedAuthor>,
 *   images: ReadonlyMap<string, PublishedImage>,
 *   mostRead?: { exclude: readonly string[] },
 * }} PublishedState
 *   One version of what was published; states are immutable. `lastCommitAt`: when the last commit was
 *   made (ms); `lastListingChangeAt`: when the last one that changed what listings show was (a story
 *   added, taken down, or changed in what its card shows or where it is filed; an author changed).
 *   `mostRead`: the stories "Most read" never lists, as last published (absent: the release's list).
 * @typedef {{
 *   ready: Promise<void>,
 *   refresh(): Promise<void>,
 *   state(): PublishedState,
 *   readImage(path: string): Promise<{ bytes: Buffer, type: string } | undefined>,
 * }} PublishedSource
 *   What content reads of a published store.
 */

const SOURCE = Symbol.for("meridian.publishedSource");

/** @returns {{ [SOURCE]?: PublishedSource }} */
const registry = () => /** @type {{ [SOURCE]?: PublishedSource }} */ (/** @type {unknown} */ (globalThis));

/**
 * Makes `source` what this process's pages read as published. Called once, by whoever opens the store.
 * @param {PublishedSource} source
 */
export function providePublishedSource(source) {
  registry()[SOURCE] = source;
}

/**
 * The published source, if this process has one: the origin always does; `next build` (which
 * prerenders the release alone) and `next dev` (which shows the modules) do not.
 * @returns {PublishedSource | undefined}
 */
export function publishedSource() {
  return registry()[SOURCE];
}
