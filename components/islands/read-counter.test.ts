import { describe, expect, it } from "vitest";
import { afterVisibleFor } from "./read-counter";

/** A page whose visibility and clock the test moves. */
function fakePage(visible: boolean) {
  let now = 0;
  let shown = visible;
  const listeners: (() => void)[] = [];
  const timers = new Map<number, { at: number; callback: () => void }>();
  let next = 1;
  return {
    page: { visible: () => shown, onChange: (listener: () => void) => listeners.push(listener) },
    clock: {
      now: () => now,
      setTimeout: (callback: () => void, ms: number) => {
        timers.set(next, { at: now + ms, callback });
        return next++;
      },
      clearTimeout: (handle: unknown) => timers.delete(handle as number),
    },
    advance(ms: number) {
      now += ms;
      for (const [id, timer] of [...timers]) {
        if (timer.at <= now) {
          timers.delete(id);
          timer.callback();
        }
      }
    },
    setVisible(value: boolean) {
      shown = value;
      for (const listener of listeners) listener();
    },
  };
}

describe("afterVisibleFor", () => {
  it("counts once the story has been visible long enough, once", () => {
    const fake = fakePage(true);
    let counted = 0;
    afterVisibleFor(5_000, fake.page, fake.clock, () => counted++);
    fake.advance(4_999);
    expect(counted).toBe(0);
    fake.advance(1);
    fake.setVisible(false);
    fake.setVisible(true);
    fake.advance(10_000);
    expect(counted).toBe(1);
  });

  it("adds up visible time only: a tab in the background or a prerendered page is not reading", () => {
    const fake = fakePage(false);
    let counted = 0;
    afterVisibleFor(5_000, fake.page, fake.clock, () => counted++);
    fake.advance(60_000);
    expect(counted).toBe(0);
    fake.setVisible(true);
    fake.advance(3_000);
    fake.setVisible(false);
    fake.advance(60_000);
    expect(counted).toBe(0);
    fake.setVisible(true);
    fake.advance(2_000);
    expect(counted).toBe(1);
  });
});
