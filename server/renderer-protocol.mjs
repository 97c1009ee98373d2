// @ts-check
/**
 * What a renderer (server/renderer-handler.mjs) tells the front (server/front-handler.mjs) beside its
 * answer, in headers the front removes before the answer leaves.
 */

/** "1": a page the same for every reader until the content changes, rendered without a publish in between. */
export const KEEP_HEADER = "x-meridian-keep";
/** The published store's version the answer was rendered from. */
export const VERSION_HEADER = "x-meridian-version";
/** When the "Most read" rankings the answer was rendered with last changed (content/most-read-board.mjs). */
export const BOARD_HEADER = "x-meridian-most-read";
