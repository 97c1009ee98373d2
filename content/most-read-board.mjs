// @ts-check
/**
 * The current "Most read" rankings as a renderer holds them: the front makes them from counted reads
 * every few minutes (server/reads/most-read-board.mjs) and hands them to every renderer, where pages
 * read them (components/most-read/most-read.tsx) and the incremental cache lets go of pages made before
 * they changed (server/cache-handler.mjs). Kept on globalThis, because Next.js bundles the pages' copy
 * of this module apart from the server's.
 *
 * @typedef {{ slug: string, count: number }} Ranked
 * @typedef {{ all: Ranked[], sections: Record<string, Ranked[]> }} WindowRanking
 * @typedef {{ takenAt: number, windows: { hour: WindowRanking, day: WindowRanking } }} Board
 * @typedef {{ board: Board | null, generation: number, changedAt: number }} BoardState
 *   `board` null: no list to show (nothing counted yet, or the counts went stale). `generation`: the
 *   front's count of boards it has announced (a page tells the front which it was made with).
 *   `changedAt`: when this process received it (0: never), so a page made before is out of date.
 */

const KEY = Symbol.for("meridian.most-read-board");

/** @returns {BoardState} */
export function currentBoard() {
  return /** @type {{ [KEY]?: BoardState }} */ (globalThis)[KEY] ?? { board: null, generation: 0, changedAt: 0 };
}

/**
 * The front's newest board. The same generation again is the same rankings counted afresh: pages made
 * with it stay current.
 * @param {Board | null} board @param {number} generation @param {number} [at]
 */
export function receiveBoard(board, generation, at = Date.now()) {
  const last = currentBoard();
  /** @type {{ [KEY]?: BoardState }} */ (globalThis)[KEY] = { board, generation, changedAt: generation === last.generation && last.changedAt !== 0 ? last.changedAt : at };
}
