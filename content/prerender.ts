/**
 * How much of the archive `next build` renders ahead: the newest stories, which readers and crawlers ask
 * for most. Everything older is rendered on its first request and kept (Next.js's incremental cache), so
 * a build costs the same at 100,000 stories as at 1,000.
 */
export const PRERENDERED_ARTICLES = 500;

/** Share cards and crops are drawn with sharp, a few hundred milliseconds each: fewer ahead of time. */
export const PRERENDERED_SHARE_IMAGES = 100;
