import { describe, expect, it } from "vitest";
import { createMemoryTally } from "./memory-tally.mjs";
import { makeBoard, refreshMomentAt } from "./most-read-board.mjs";
import { networkPrefix, readKeys } from "./reader-key.mjs";
import { HOUR, MINUTE } from "./windows.mjs";

const T0 = Date.UTC(2026, 11, 5, 12, 0, 0);
const SECRET = Buffer.alloc(32, 7);

/** A read of `slug` by reader number `n` (each on a network of its own unless `network` says). */
function read(slug: string, n: number, at: number, { section = "world", network = `10.${n >> 8}.${n & 255}`, ua = "Mozilla/5.0 reader" } = {}) {
  return { ...readKeys(SECRET, network, ua, slug), slug, section, at };
}

describe("reader keys", () => {
  it("keep a network prefix, never a whole address", () => {
    expect(networkPrefix("203.0.113.77")).toBe("203.0.113");
    expect(networkPrefix("::ffff:203.0.113.77")).toBe("203.0.113");
    expect(networkPrefix("2001:db8:abcd:12:1:2:3:4")).toBe("2001:db8:abcd");
    expect(networkPrefix("2001:db8::1")).toBe("2001:db8:0");
  });

  it("tell readers and stories apart, and change with the day's secret", () => {
    const a = readKeys(SECRET, "203.0.113", "UA", "story");
    expect(readKeys(SECRET, "203.0.113", "UA", "story")).toEqual(a);
    expect(readKeys(SECRET, "203.0.113", "other UA", "story").reader).not.toBe(a.reader);
    expect(readKeys(SECRET, "203.0.113", "other UA", "story").network).toBe(a.network);
    expect(readKeys(SECRET, "203.0.113", "UA", "another").reader).not.toBe(a.reader);
    expect(readKeys(Buffer.alloc(32, 8), "203.0.113", "UA", "story").reader).not.toBe(a.reader);
    // Nothing of the address or user agent is in what is kept.
    expect(JSON.stringify(a)).not.toMatch(/203|UA/);
  });
});

describe("the memory tally", () => {
  it("counts one read per reader per story per day", async () => {
    const tally = createMemoryTally();
    expect(await tally.record([read("a", 1, T0), read("a", 1, T0 + 1000), read("b", 1, T0), read("a", 2, T0)])).toBe(3);
    expect(await tally.top("day", "all", 10, T0)).toEqual([
      { slug: "a", count: 2 },
      { slug: "b", count: 1 },
    ]);
    expect(await tally.top("day", "s:world", 10, T0)).toHaveLength(2);
    expect(await tally.top("day", "s:business", 10, T0)).toEqual([]);
  });

  it("lets one network add at most its cap to a story, whatever user agents it sends", async () => {
    const tally = createMemoryTally({ perNetwork: 10 });
    const flood = Array.from({ length: 5_000 }, (_, n) => read("flooded", n, T0, { network: "198.51.100", ua: `bot-${n}` }));
    expect(await tally.record(flood)).toBe(10);
    expect(await tally.top("hour", "all", 10, T0)).toEqual([{ slug: "flooded", count: 10 }]);
  });

  it("ranks the last hour and the last 24 hours as time moves on", async () => {
    const tally = createMemoryTally();
    // "old" is read 3 hours ago by 5 readers; "new" now by 3.
    await tally.record(Array.from({ length: 5 }, (_, n) => read("old", n, T0 - 3 * HOUR)));
    await tally.record(Array.from({ length: 3 }, (_, n) => read("new", n, T0)));
    expect((await tally.top("hour", "all", 10, T0)).map((entry) => entry.slug)).toEqual(["new"]);
    expect((await tally.top("day", "all", 10, T0)).map((entry) => entry.slug)).toEqual(["old", "new"]);
    // 61 minutes on, nothing is left in the hour; 22 hours on, "old" has left the day too.
    expect(await tally.top("hour", "all", 10, T0 + 61 * MINUTE)).toEqual([]);
    expect((await tally.top("day", "all", 10, T0 + 22 * HOUR)).map((entry) => entry.slug)).toEqual(["new"]);
    expect(await tally.top("day", "all", 10, T0 + 25 * HOUR)).toEqual([]);
  });

  it("forgets today's readers when the day ends, and makes a new secret", async () => {
    const tally = createMemoryTally();
    const today = await tally.secretFor(20_000);
    expect(await tally.secretFor(20_000)).toBe(today);
    expect((await tally.secretFor(20_001)).equals(today)).toBe(false);
    await tally.record([read("a", 1, T0)]);
    expect(await tally.record([read("a", 1, T0 + 24 * HOUR)])).toBe(1);
  });

  it("ranks ties by slug, so that every replica ranks alike", async () => {
    const tally = createMemoryTally();
    await tally.record([read("b", 1, T0), read("a", 2, T0), read("c", 3, T0)]);
    expect((await tally.top("day", "all", 2, T0)).map((entry) => entry.slug)).toEqual(["a", "b"]);
  });
});

describe("the most-read board", () => {
  it("ranks each window overall and per section, from buckets closed by its moment", async () => {
    const tally = createMemoryTally();
    await tally.record([read("w", 1, T0 - MINUTE), read("w", 2, T0 - MINUTE), read("b", 3, T0 - MINUTE, { section: "business" }), read("late", 4, T0)]);
    const board = await makeBoard(tally, ["world", "business"], T0);
    expect(board.takenAt).toBe(T0);
    expect(board.windows.hour.all).toEqual([
      { slug: "w", count: 2 },
      { slug: "b", count: 1 },
    ]);
    expect(board.windows.day.sections.business).toEqual([{ slug: "b", count: 1 }]);
    expect(board.windows.day.sections.world?.map((entry) => entry.slug)).toEqual(["w"]);
  });

  it("is made at the same moments on every replica", () => {
    const period = 5 * MINUTE;
    expect(refreshMomentAt(T0 + period + 1234) % period).toBe(0);
    expect(refreshMomentAt(T0 + period + 1234)).toBe(refreshMomentAt(T0 + period + 99_000));
  });
});
