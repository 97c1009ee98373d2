// @ts-check
/**
 * What one publish may carry. Generous for a newsroom's day (a story is a few KB, its photo a few
 * hundred), small enough that a hostile client cannot make the origin hold much in memory. Plain
 * JavaScript: the front (server/front-handler.mjs) cuts an oversized body off as it arrives, and the
 * publishing route checks it again.
 */
export const PUBLISH_LIMITS = /** @type {const} */ ({
  /** The whole request body, photos included (base64). */
  bodyBytes: 32 * 1024 * 1024,
  articles: 500,
  deletions: 1000,
  images: 200,
  /** One photo, decoded. */
  imageBytes: 10 * 1024 * 1024,
});

/** Shorter tokens are refused at start: publishing stays off rather than guessable. */
export const MIN_TOKEN_LENGTH = 32;
