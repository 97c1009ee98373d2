// @ts-check
/**
 * Admission control for work that costs the renderer: each lane runs at most `concurrency` requests
 * at a time and lets at most `queue` more wait, each no longer than `maxWaitMs`. A request that finds
 * the queue full, or waits too long, is shed at once (the caller answers 503 with Retry-After) rather
 * than left to time out: under a flood the site answers quickly, some readers with "busy", instead of
 * every reader slowly.
 */

export class Shed extends Error {
  /** @param {string} lane */
  constructor(lane) {
    super(`${lane}: too busy`);
    this.name = "Shed";
    this.lane = lane;
  }
}

/**
 * @param {string} name
 * @param {{ concurrency: number, queue: number, maxWaitMs: number }} limits
 */
export function createLane(name, { concurrency, queue, maxWaitMs }) {
  let active = 0;
  /** @type {{ start: () => void, timer: NodeJS.Timeout }[]} */
  const waiting = [];
  const counts = { admitted: 0, shed: 0 };

  const next = () => {
    active -= 1;
    const first = waiting.shift();
    if (first) {
      clearTimeout(first.timer);
      first.start();
    }
  };

  return {
    name,
    /**
     * Runs `work` when the lane has room; throws Shed if it has none.
     * @template T
     * @param {() => Promise<T>} work
     * @returns {Promise<T>}
     */
    async run(work) {
      if (active >= concurrency) {
        if (waiting.length >= queue) {
          counts.shed += 1;
          throw new Shed(name);
        }
        await new Promise((resolve, reject) => {
          const entry = {
            start: () => resolve(undefined),
            timer: setTimeout(() => {
              waiting.splice(waiting.indexOf(entry), 1);
              counts.shed += 1;
              reject(new Shed(name));
            }, maxWaitMs),
          };
          waiting.push(entry);
        });
      }
      active += 1;
      counts.admitted += 1;
      try {
        return await work();
      } finally {
        next();
      }
    },
    get stats() {
      return { active, waiting: waiting.length, ...counts };
    },
  };
}
