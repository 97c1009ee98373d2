/**
 * When the read-counter island counts a read: once the story has been on screen for a few seconds in
 * all (time in a hidden tab or a prerendered page not counted), once per page view. Plain functions with
 * their tests; the island wires them to the page.
 */

/** How long a story must have been visible before it counts as read. */
export const VISIBLE_MS = 5_000;

/** The page's visibility as the timer needs it. */
export type VisibilitySource = { visible(): boolean; onChange(listener: () => void): void };
export type Clock = { now(): number; setTimeout(callback: () => void, ms: number): unknown; clearTimeout(handle: unknown): void };

/** Calls `done` once, after `needMs` of visible time. */
export function afterVisibleFor(needMs: number, page: VisibilitySource, clock: Clock, done: () => void): void {
  let spent = 0;
  let since: number | undefined;
  let timer: unknown;
  let finished = false;
  const pause = () => {
    if (since !== undefined) spent += clock.now() - since;
    since = undefined;
    clock.clearTimeout(timer);
  };
  const resume = () => {
    if (finished || since !== undefined) return;
    since = clock.now();
    timer = clock.setTimeout(() => {
      finished = true;
      done();
    }, needMs - spent);
  };
  page.onChange(() => (page.visible() ? resume() : pause()));
  if (page.visible()) resume();
}
