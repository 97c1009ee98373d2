import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { createMemoryTally } from "./memory-tally.mjs";
import { createMostReadBoard } from "./most-read-board.mjs";
import { createReadCounter, isNotAReader, storyOfReadPath } from "./read-counter.mjs";

const T0 = Date.UTC(2026, 11, 5, 12, 0, 0);
const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36";
const directory = { isPublicStory: (section: string, slug: string) => section === "world" && slug === "talks" };

/** A request and a response that record what was answered. */
function exchange(method: string, headers: Record<string, string> = { "user-agent": CHROME }) {
  const request = Object.assign(new EventEmitter(), { method, headers, resume() {} });
  const sent: { status?: number; headers?: Record<string, unknown>; body?: Buffer | undefined } = {};
  const response = {
    writeHead(status: number, head: Record<string, unknown>) {
      sent.status = status;
      sent.headers = head;
    },
    end(body?: Buffer) {
      sent.body = body;
    },
  };
  return { request: request as never, response: response as never, sent };
}

describe("the read-counting endpoint", () => {
  it("answers a beacon with 204 and a <noscript> image with a GIF, never stored, no cookie", async () => {
    const tally = createMemoryTally();
    const counter = createReadCounter({ tally, directory, now: () => T0 });
    const beacon = exchange("POST");
    counter.answer(beacon.request, beacon.response, "/api/reads/world/talks", "203.0.113.5", { "cache-control": "no-store" });
    expect(beacon.sent.status).toBe(204);
    expect(beacon.sent.headers?.["cache-control"]).toBe("no-store");
    expect(beacon.sent.headers?.["set-cookie"]).toBeUndefined();
    const pixel = exchange("GET", { "user-agent": "Mozilla/5.0 (Windows NT 10.0) Firefox/140.0" });
    counter.answer(pixel.request, pixel.response, "/api/reads/world/talks", "203.0.113.5", {});
    expect(pixel.sent.status).toBe(200);
    expect(pixel.sent.headers?.["content-type"]).toBe("image/gif");
    expect(pixel.sent.body?.subarray(0, 6).toString()).toBe("GIF89a");
    await counter.stop();
    // Two readers (two user agents on one network), one story.
    expect(counter.stats().counted).toBe(2);
    expect(await tally.top("day", "all", 10, T0)).toEqual([{ slug: "talks", count: 2 }]);
  });

  it("counts a reader once, and never a bot, a link preview, a prefetch or an unknown story", async () => {
    const tally = createMemoryTally();
    const counter = createReadCounter({ tally, directory, now: () => T0 });
    const send = (path: string, headers: Record<string, string>) => {
      const { request, response, sent } = exchange("POST", headers);
      counter.answer(request, response, path, "203.0.113.5", {});
      return sent.status;
    };
    expect(send("/api/reads/world/talks", { "user-agent": CHROME })).toBe(204);
    expect(send("/api/reads/world/talks", { "user-agent": CHROME })).toBe(204);
    expect(send("/api/reads/world/talks", { "user-agent": "facebookexternalhit/1.1" })).toBe(204);
    expect(send("/api/reads/world/talks", { "user-agent": "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)" })).toBe(204);
    expect(send("/api/reads/world/talks", { "user-agent": "Googlebot/2.1 (+http://www.google.com/bot.html)" })).toBe(204);
    expect(send("/api/reads/world/talks", { "user-agent": `${CHROME} prefetching`, "sec-purpose": "prefetch" })).toBe(204);
    expect(send("/api/reads/world/talks", {})).toBe(204);
    // Unknown or not public, and the wrong section: 404, nothing counted.
    expect(send("/api/reads/world/no-such-story", { "user-agent": CHROME })).toBe(404);
    expect(send("/api/reads/business/talks", { "user-agent": CHROME })).toBe(404);
    expect(send("/api/reads/world", { "user-agent": CHROME })).toBe(404);
    await counter.stop();
    expect(counter.stats().counted).toBe(1);
  });

  it("reads the story from its counting path", () => {
    expect(storyOfReadPath("/api/reads/world/talks-resume")).toEqual({ section: "world", slug: "talks-resume" });
    expect(storyOfReadPath("/api/reads/world/talks/extra")).toBeUndefined();
    expect(storyOfReadPath("/api/reads//talks")).toBeUndefined();
    expect(storyOfReadPath("/api/reads/world/%E0%A4%A")).toBeUndefined();
  });

  it("tells readers from bots by a maintained list", () => {
    expect(isNotAReader({ "user-agent": CHROME })).toBe(false);
    expect(isNotAReader({ "user-agent": "Twitterbot/1.0" })).toBe(true);
    expect(isNotAReader({ "user-agent": "WhatsApp/2.23.20.0" })).toBe(true);
    expect(isNotAReader({ "user-agent": CHROME, purpose: "prefetch" })).toBe(true);
  });

  it("answers readers the same when counting fails", async () => {
    const failing = { ...createMemoryTally(), record: () => Promise.reject(new Error("Redis is down")) };
    const logged: string[] = [];
    const counter = createReadCounter({ tally: failing, directory, now: () => T0, log: (line) => logged.push(line) });
    for (let n = 0; n < 3; n += 1) {
      const { request, response, sent } = exchange("POST");
      counter.answer(request, response, "/api/reads/world/talks", "203.0.113.5", {});
      expect(sent.status).toBe(204);
      await counter.flush();
    }
    await counter.stop();
    // Said once, not once per batch.
    expect(logged.filter((line) => line.includes("not counted"))).toHaveLength(1);
  });
});

describe("the board when counting fails", () => {
  it("keeps the last board until it is stale, then hides it", async () => {
    let now = T0;
    let broken = false;
    const base = createMemoryTally();
    const tally = { ...base, top: (...args: Parameters<typeof base.top>) => (broken ? Promise.reject(new Error("down")) : base.top(...args)) };
    await base.record([{ reader: "r", network: "n", slug: "talks", section: "world", at: T0 - 60_000 }]);
    const seen: unknown[] = [];
    const board = createMostReadBoard({ tally, sections: ["world"], now: () => now, onChange: (next) => seen.push(next), log: () => undefined });
    await board.ready;
    board.stop();
    expect(seen).toHaveLength(1);
    broken = true;
    now = T0 + 5 * 60_000;
    await board.refresh();
    expect(seen).toHaveLength(1);
    now = T0 + 16 * 60_000;
    await board.refresh();
    expect(seen.at(-1)).toBeNull();
  });
});

describe("the board, refreshed", () => {
  it("is handed on at every refresh, marked changed only when its rankings changed", async () => {
    let now = T0;
    const tally = createMemoryTally();
    await tally.record([{ reader: "r", network: "n", slug: "talks", section: "world", at: T0 - 60_000 }]);
    const changes: boolean[] = [];
    const board = createMostReadBoard({ tally, sections: ["world"], now: () => now, onChange: (_next, changed) => changes.push(changed) });
    await board.ready;
    board.stop();
    now += 5 * 60_000;
    await board.refresh();
    await tally.record([{ reader: "r2", network: "n2", slug: "talks", section: "world", at: now - 60_000 }]);
    now += 5 * 60_000;
    await board.refresh();
    expect(changes).toEqual([true, false, true]);
  });
});
