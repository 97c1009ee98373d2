import { describe, expect, it } from "vitest";
import { applyCommit, emptyState } from "../content-store/state.mjs";
import { changedBetween, changesToTell } from "./changes.mjs";
import { feedLinkHeader, indexNowRequest, notificationEndpoints, webSubRequest } from "./endpoints.mjs";
import { createNotifier } from "./notifier.mjs";

const ORIGIN = "https://www.meridianpost.example";
const now = Date.parse("2026-12-04T12:00:00Z");
const record = (slug: string, published: string, extra: Record<string, string> = {}) => ({ slug, section: "world", published, ...extra });

describe("what is told", () => {
  it("tells of stories that went public, changed or went away, and the feeds that list them; not of a story not public yet", () => {
    let state = emptyState();
    state = applyCommit(state, { version: 1, at: now, upserts: [{ slug: "old", record: record("old", "2026-12-01T09:00:00+00:00"), hash: "h" }], deletions: [], images: [] });
    const before = state;
    state = applyCommit(state, {
      version: 2,
      at: now,
      upserts: [
        { slug: "fresh", record: record("fresh", "2026-12-04T11:00:00+00:00"), hash: "h" },
        { slug: "embargoed", record: record("embargoed", "2026-12-05T00:01:00+00:00"), hash: "h" },
        { slug: "draft", record: record("draft", "2026-12-04T11:00:00+00:00", { status: "draft" }), hash: "h" },
      ],
      deletions: ["taken-down"],
      removedFrom: { "taken-down": "business" },
      images: [],
    });
    const changes = changesToTell(ORIGIN, changedBetween(before, state), now);
    expect(changes.urls).toEqual([`${ORIGIN}/world/fresh`, `${ORIGIN}/business/taken-down`]);
    expect(changes.feeds).toEqual([`${ORIGIN}/rss.xml`, `${ORIGIN}/atom.xml`, `${ORIGIN}/feed.json`, `${ORIGIN}/world/rss.xml`, `${ORIGIN}/business/rss.xml`]);
    // Nothing public changed: nothing is told.
    expect(changesToTell(ORIGIN, [{ story: { slug: "embargoed", section: "world", published: now + 1 }, gone: false }], now)).toEqual({ urls: [], feeds: [] });
  });

  it("builds IndexNow's request, WebSub's ping and the feeds' Link header as their specifications ask", () => {
    const indexNow = indexNowRequest({ endpoint: "https://api.indexnow.org/indexnow", key: "0123456789abcdef" }, ORIGIN, [`${ORIGIN}/world/fresh`]);
    expect(indexNow.url).toBe("https://api.indexnow.org/indexnow");
    expect(JSON.parse(String(indexNow.init.body))).toEqual({ host: "www.meridianpost.example", key: "0123456789abcdef", keyLocation: `${ORIGIN}/0123456789abcdef.txt`, urlList: [`${ORIGIN}/world/fresh`] });
    const ping = webSubRequest("https://hub.example/", `${ORIGIN}/rss.xml`);
    expect(String(ping.init.body)).toBe(`hub.mode=publish&hub.url=${encodeURIComponent(`${ORIGIN}/rss.xml`)}`);
    expect(feedLinkHeader("https://hub.example/", `${ORIGIN}/rss.xml`)).toBe(`<https://hub.example/>; rel="hub", <${ORIGIN}/rss.xml>; rel="self"`);
  });

  it("is off unless both IndexNow settings or a hub are given, and refuses a malformed key", () => {
    expect(notificationEndpoints({})).toEqual({});
    expect(notificationEndpoints({ INDEXNOW_KEY: "0123456789abcdef" })).toEqual({});
    expect(notificationEndpoints({ INDEXNOW_KEY: "0123456789abcdef", INDEXNOW_ENDPOINT: "https://x.example/indexnow", WEBSUB_HUB: "https://hub.example/" })).toEqual({
      indexNow: { endpoint: "https://x.example/indexnow", key: "0123456789abcdef" },
      webSubHub: "https://hub.example/",
    });
    expect(() => notificationEndpoints({ INDEXNOW_KEY: "bad key!" })).toThrow(/INDEXNOW_KEY/);
  });
});

describe("the notifier", () => {
  const changes = { urls: [`${ORIGIN}/world/fresh`], feeds: [`${ORIGIN}/rss.xml`, `${ORIGIN}/world/rss.xml`] };
  const endpoints = { indexNow: { endpoint: "https://indexnow.example/", key: "0123456789abcdef" }, webSubHub: "https://hub.example/" };
  const retry = { attempts: 3, firstDelayMs: 5, timeoutMs: 1_000 };

  it("sends once per claim: a second replica's claim loses", async () => {
    const sent: string[] = [];
    const claimed = new Set<string>();
    const claim = async (name: string) => !claimed.has(name) && Boolean(claimed.add(name));
    const fetch = async (url: string | URL | Request) => (sent.push(String(url)), new Response(null, { status: 202 }));
    const a = createNotifier({ endpoints, origin: ORIGIN, claim, fetch: fetch as typeof globalThis.fetch, retry });
    const b = createNotifier({ endpoints, origin: ORIGIN, claim, fetch: fetch as typeof globalThis.fetch, retry });
    await Promise.all([a.notify("commit:2", changes), b.notify("commit:2", changes)]);
    await Promise.all([a.idle(), b.idle()]);
    expect(sent).toEqual(["https://indexnow.example/", "https://hub.example/", "https://hub.example/"]);
  });

  it("retries with backoff, then gives up and says so, never throwing", async () => {
    let calls = 0;
    const logs: string[] = [];
    const fetch = async () => (calls += 1) && new Response(null, { status: 503 });
    const notifier = createNotifier({ endpoints: { webSubHub: "https://hub.example/" }, origin: ORIGIN, claim: async () => true, fetch: fetch as typeof globalThis.fetch, log: (line) => void logs.push(line), retry });
    await notifier.notify("moment:1", { urls: changes.urls, feeds: [`${ORIGIN}/rss.xml`] });
    await notifier.idle();
    expect(calls).toBe(3);
    expect(logs).toEqual([`notify: gave up on WebSub ${ORIGIN}/rss.xml (moment:1) after 3 attempts: answered 503`]);
  });

  it("sends nothing when nothing public changed, or nothing is set", async () => {
    let calls = 0;
    const fetch = async () => (calls += 1) && new Response(null, { status: 200 });
    await createNotifier({ endpoints, origin: ORIGIN, claim: async () => true, fetch: fetch as typeof globalThis.fetch, retry }).notify("commit:3", { urls: [], feeds: [] });
    await createNotifier({ endpoints: {}, origin: ORIGIN, claim: async () => true, fetch: fetch as typeof globalThis.fetch, retry }).notify("commit:4", changes);
    expect(calls).toBe(0);
  });
});
