// @ts-check
/**
 * "Most read", made from counted reads: every few minutes, at the same moments on every replica
 * (multiples of the refresh period), each window's ranking overall and per section, from buckets that
 * closed by that moment, so replicas sharing Redis make the same board. The front hands a board that
 * changed to its renderers and drops the pages that show it. When counting fails (Redis down), the last
 * board stands until it is stale, then none is shown: a list hides itself rather than mislead.
 */
import { MOST_READ } from "../../content/most-read-settings.mjs";
import { sectionScope } from "./tally.mjs";
import { WINDOW_NAMES } from "./windows.mjs";

/** @typedef {import("../../content/most-read-board.mjs").Board} Board */

/**
 * The board at `moment`, from the tally.
 * @param {import("./tally.mjs").Tally} tally
 * @param {readonly string[]} sections
 * @param {number} moment
 * @returns {Promise<Board>}
 */
export async function makeBoard(tally, sections, moment) {
  // Buckets that closed by the moment: reads counted a little after it change nothing.
  const asOf = moment - 1;
  /** @param {import("./windows.mjs").WindowName} window */
  const rankWindow = async (window) => {
    const [all = [], ...bySection] = await Promise.all([tally.top(window, "all", MOST_READ.ranked, asOf), ...sections.map((section) => tally.top(window, sectionScope(section), MOST_READ.ranked, asOf))]);
    return { all, sections: Object.fromEntries(sections.map((section, index) => [section, bySection[index] ?? []])) };
  };
  const [hour, day] = await Promise.all(WINDOW_NAMES.map(rankWindow));
  return { takenAt: moment, windows: { hour: /** @type {Board["windows"]["hour"]} */ (hour), day: /** @type {Board["windows"]["day"]} */ (day) } };
}

/** The latest refresh moment at or before `now`. @param {number} now */
export const refreshMomentAt = (now) => Math.floor(now / MOST_READ.refreshMs) * MOST_READ.refreshMs;

/**
 * Keeps the board current: made at each refresh moment and announced, saying whether its rankings changed.
 * @param {{
 *   tally: import("./tally.mjs").Tally,
 *   sections: readonly string[],
 *   onChange: (board: Board | null, changed: boolean) => void,
 *   now?: () => number,
 *   log?: (message: string) => void,
 * }} options
 */
export function createMostReadBoard({ tally, sections, onChange, now = Date.now, log = console.error }) {
  /** @type {Board | null} */
  let board = null;
  /** @type {string} what the last announced board ranks, to tell a change */
  let shown = "null";
  let failing = false;
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  let stopped = false;

  /**
   * Every board is handed on (its time says the counts are fresh); `changed` only when what it ranks
   * differs from the last, so pages are made again only then.
   * @param {Board | null} next
   */
  function announce(next) {
    board = next;
    const ranks = next ? JSON.stringify(next.windows) : "null";
    const changed = ranks !== shown;
    shown = ranks;
    if (changed || next !== null) onChange(next, changed);
  }

  async function refresh() {
    const moment = refreshMomentAt(now());
    try {
      const next = await makeBoard(tally, sections, moment);
      if (failing) log("most read: counts are fresh again");
      failing = false;
      announce(next);
    } catch (error) {
      if (!failing) log(`most read: counts not read (${error instanceof Error ? error.message : String(error)}); the list stands until it is ${MOST_READ.staleAfterMs / 60_000} minutes old, then hides`);
      failing = true;
      if (board && now() - board.takenAt >= MOST_READ.staleAfterMs) announce(null);
    }
  }

  function schedule() {
    if (stopped) return;
    // A little after the moment, so that reads counted just before it have been written.
    const wait = refreshMomentAt(now()) + MOST_READ.refreshMs + 1_000 - now();
    timer = setTimeout(() => void refresh().finally(schedule), Math.max(wait, 0)).unref();
  }

  const ready = refresh().finally(schedule);
  return {
    ready,
    current: () => board,
    refresh,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
