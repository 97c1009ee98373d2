import { expect, test } from "@playwright/test";
import { article as seed } from "@/content/articles/putin-discusses-syria-peace-efforts-with-assad";
import { ARCHIVE_AUTHOR, ARCHIVE_AUTHOR_MODULE } from "@/scripts/lib/archive-corpus";
import { startEdge, type Edge } from "@/scripts/lib/edge";
import { freePort } from "@/scripts/lib/local-servers";
import { Newsroom, type Replica } from "@/scripts/lib/newsroom";
import { startRedis, type RedisServer } from "@/scripts/lib/redis-server";
import { syntheticSlug, type SyntheticOptions } from "@/scripts/lib/synthetic-articles";
import { previewPath } from "@/server/preview-links.mjs";
import { startRecorder, type Recorded } from "@/scripts/lib/recorder";
import { spawnSync } from "node:child_process";
import { BASE_URL } from "../playwright.config";

/**
 * Stories go public at their time (issue 21), on two replicas sharing Redis behind the edge: a story
 * scheduled a few seconds ahead is on no surface at all — its page and share card answer 404, no
 * listing, topic, author or archive page, search, related list, feed or sitemap names it — and then, at
 * its time, on every one of them by itself; a draft is never public. The wait is the schedule's own
 * (seconds), never a sleep of minutes: the visibility rule itself is tested against a fixed clock
 * (content/visibility.test.ts, content/public-view.test.ts, server/schedule.test.ts). Search engines and
 * feed readers are told, once across the replicas, by stand-ins for IndexNow and a WebSub hub.
 */
test.describe.configure({ mode: "serial" });

const LEAD_SECONDS = 40;
/** The newsroom's preview secret (a test secret, never a real one); the suite's own origin has none. */
const PREVIEW_SECRET = "e2e-preview-secret-000000000000000000000";
const STORY = { prefix: "embargo-story", headline: "Embargoed: ministers agree a ceasefire text" };
const DRAFT = { prefix: "draft-story", headline: "Draft: an investigation lawyers must read first" };

let redis: RedisServer;
let newsroom: Newsroom;
let second: Replica;
let edge: Edge;
let goesPublicAt: number;
let standIns: Awaited<ReturnType<typeof startRecorder>>;
const INDEXNOW_KEY = "e2e0indexnow0key0123";

const base: SyntheticOptions = { prefix: "neighbour", sections: ["world"], start: new Date("2026-11-20T09:00:00Z"), stepMs: 60_000, image: seed.image, topics: 1, author: () => ARCHIVE_AUTHOR.slug };

test.beforeAll(async () => {
  test.setTimeout(180_000);
  redis = await startRedis(await freePort());
  standIns = await startRecorder();
  newsroom = await Newsroom.open({
    env: {
      REDIS_URL: redis.url,
      REDIS_PREFIX: `e2e-scheduled-${Date.now()}:`,
      PREVIEW_SECRET,
      INDEXNOW_ENDPOINT: `${standIns.url}/indexnow`,
      INDEXNOW_KEY,
      WEBSUB_HUB: `${standIns.url}/hub`,
    },
  });
  newsroom.writeAuthor(ARCHIVE_AUTHOR.slug, ARCHIVE_AUTHOR_MODULE);
  await newsroom.writePhoto(ARCHIVE_AUTHOR.photo.src, ARCHIVE_AUTHOR.photo.colour, ARCHIVE_AUTHOR.photo);
  // Neighbours: stories of the same section, topic and author, public already (the related list, the listings).
  newsroom.writeSynthetic(0, 3, base);
  goesPublicAt = Math.ceil((Date.now() + LEAD_SECONDS * 1000) / 1000) * 1000;
  newsroom.writeSynthetic(0, 1, { ...base, prefix: STORY.prefix, start: new Date(goesPublicAt), headline: () => STORY.headline });
  newsroom.writeSynthetic(0, 1, { ...base, prefix: DRAFT.prefix, start: new Date("2026-11-20T10:00:00Z"), headline: () => DRAFT.headline, draft: true });
  const run = newsroom.publish();
  expect(run.status, run.stderr).toBe(0);
  // The command says what waits on the site, and until when.
  expect(run.stdout).toContain(`${syntheticSlug(STORY.prefix, 0)}: scheduled: goes public at ${new Date(goesPublicAt).toISOString()}`);
  expect(run.stdout).toContain(`${syntheticSlug(DRAFT.prefix, 0)}: draft: never public`);
  second = await newsroom.replica();
  edge = await startEdge({ port: await freePort(), upstreams: [Number(new URL(newsroom.url).port), Number(new URL(second.url).port)] });
});

test.afterAll(async () => {
  await edge?.stop();
  await second?.stop();
  await newsroom?.close();
  await redis?.stop();
  await standIns?.stop();
});

/** The URLs IndexNow was sent, request by request. */
const indexNowLists = () => standIns.received.filter((request) => request.path === "/indexnow").map((request) => (JSON.parse(request.body) as { urlList: string[] }).urlList);
/** The feeds the hub was pinged for. */
const hubPings = (since = 0) => standIns.received.filter((request: Recorded) => request.path === "/hub" && request.at >= since).map((request) => new URLSearchParams(request.body).get("hub.url"));

const slug = syntheticSlug(STORY.prefix, 0);
const day = () => new Date(goesPublicAt).toISOString().slice(0, 10).split("-").join("/");
const month = () => new Date(goesPublicAt).toISOString().slice(0, 7);
/** Every surface a public story is on, and how to tell it is there. */
const surfaces = () => ({
  "its page": { path: `/world/${slug}`, status: true },
  "its share card": { path: `/share/${slug}/card.jpg`, status: true },
  "the front page": { path: "/", text: slug },
  "its section": { path: "/world", text: slug },
  "its topic": { path: "/topics/topic-0", text: slug },
  "its author's page": { path: `/authors/${ARCHIVE_AUTHOR.slug}`, text: slug },
  "its archive day": { path: `/archive/${day()}`, text: slug },
  "the archive's counts": { path: `/archive/${day().slice(0, 7)}`, text: `/archive/${day()}` },
  search: { path: "/search?q=ceasefire+text", text: slug },
  "a neighbour's related stories": { path: `/world/${syntheticSlug(base.prefix, 2)}`, text: slug },
  RSS: { path: "/rss.xml", text: slug },
  Atom: { path: "/atom.xml", text: slug },
  "JSON Feed": { path: "/feed.json", text: slug },
  "its section's RSS": { path: "/world/rss.xml", text: slug },
  "the month's sitemap": { path: `/sitemaps/articles-${month()}.xml`, text: slug },
  "the news sitemap": { path: "/sitemaps/news.xml", text: slug },
});

/** Whether the story is on a surface, read from `origin`. */
async function shows(origin: string, surface: { path: string; status?: boolean; text?: string }): Promise<boolean> {
  const response = await fetch(origin + surface.path);
  if (surface.status) return response.status === 200;
  return response.ok && (await response.text()).includes(surface.text ?? "");
}

test("before its time, a scheduled story is on no surface, through the edge or on either replica", async () => {
  for (const origin of [edge.url, newsroom.url, second.url]) {
    for (const [name, surface] of Object.entries(surfaces())) expect(await shows(origin, surface), `${name} at ${origin}`).toBe(false);
  }
  expect((await fetch(`${edge.url}/world/${slug}`)).status).toBe(404);
  expect(Date.now()).toBeLessThan(goesPublicAt);
});

test("at its time it is on every surface by itself, through the edge and on both replicas, within seconds", async () => {
  test.setTimeout(120_000);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, goesPublicAt - Date.now())));
  const lag: Record<string, number> = {};
  for (const origin of [edge.url, newsroom.url, second.url]) {
    for (const [name, surface] of Object.entries(surfaces())) {
      await expect.poll(() => shows(origin, surface), { message: `${name} at ${origin}`, timeout: 60_000, intervals: [250] }).toBe(true);
      lag[`${name} at ${origin === edge.url ? "the edge" : origin}`] = Date.now() - goesPublicAt;
    }
  }
  const worst = Math.max(...Object.values(lag));
  test.info().annotations.push({ type: "seconds after its time, the last surface (of 48)", description: (worst / 1000).toFixed(1) });
  expect(worst).toBeLessThan(60_000);
});

test("search engines and feed readers are told when it goes public, once across both replicas", async () => {
  const storyUrl = `https://www.meridianpost.example/world/${slug}`;
  await expect.poll(() => indexNowLists().filter((list) => list.includes(storyUrl)).length, { timeout: 10_000 }).toBe(1);
  // Both replicas saw the moment; a second notice would have come by now.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  expect(indexNowLists().filter((list) => list.includes(storyUrl))).toEqual([[storyUrl]]);
  const pings = hubPings(goesPublicAt);
  expect(pings.sort()).toEqual(["/atom.xml", "/feed.json", "/rss.xml", "/world/rss.xml"].map((feed) => `https://www.meridianpost.example${feed}`).sort());
  // The publish before was told too, with the neighbours only: not the draft, not the story before its time.
  const first = indexNowLists()[0] ?? [];
  expect(first).toContain(`https://www.meridianpost.example/world/${syntheticSlug(base.prefix, 0)}`);
  expect(first.filter((url) => url.includes(DRAFT.prefix) || url.includes(STORY.prefix))).toEqual([]);
  const request = standIns.received.find((candidate) => candidate.path === "/indexnow");
  expect(JSON.parse(request?.body ?? "{}")).toMatchObject({ host: "www.meridianpost.example", key: INDEXNOW_KEY, keyLocation: `https://www.meridianpost.example/${INDEXNOW_KEY}.txt` });
});

test("the IndexNow key file is served, and every feed advertises its hub and itself", async () => {
  for (const origin of [newsroom.url, second.url, edge.url]) {
    const key = await fetch(`${origin}/${INDEXNOW_KEY}.txt`);
    expect(key.status).toBe(200);
    expect(await key.text()).toBe(INDEXNOW_KEY);
    for (const feed of ["/rss.xml", "/atom.xml", "/feed.json", "/world/rss.xml"]) {
      const response = await fetch(origin + feed);
      expect(response.headers.get("link"), `${feed} at ${origin}`).toBe(`<${standIns.url}/hub>; rel="hub", <https://www.meridianpost.example${feed}>; rel="self"`);
    }
  }
});

test("a draft is never public: its page, share card, listings, search and feeds", async () => {
  const draft = syntheticSlug(DRAFT.prefix, 0);
  for (const origin of [edge.url, newsroom.url]) {
    expect((await fetch(`${origin}/world/${draft}`)).status).toBe(404);
    expect((await fetch(`${origin}/share/${draft}/card.jpg`)).status).toBe(404);
    for (const path of ["/", "/world", "/topics/topic-0", "/search?q=investigation+lawyers", "/rss.xml", "/sitemaps/news.xml", `/authors/${ARCHIVE_AUTHOR.slug}`]) {
      expect(await (await fetch(origin + path)).text(), `${path} at ${origin}`).not.toContain(draft);
    }
  }
});

test.describe("private preview links", () => {
  const draft = syntheticSlug(DRAFT.prefix, 0);
  /** The link `npm run preview-link` prints, as a path (its last line). */
  const linkFromCommand = (slug: string) => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/preview-link.ts", slug, "--valid", "1h", "--origin", "http://site.example"], { env: { ...process.env, PREVIEW_SECRET }, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    return new URL(run.stdout.trim().split("\n").at(-1) ?? "").pathname;
  };

  test("a valid link shows the draft as it will appear, with the banner and its share card, private and unindexed", async () => {
    const path = linkFromCommand(draft);
    for (const origin of [newsroom.url, edge.url]) {
      const response = await fetch(origin + path);
      expect(response.status, origin).toBe(200);
      const html = await response.text();
      expect(html).toContain("Preview — not published");
      expect(html).toContain("A draft: readers cannot see it until it is published.");
      expect(html).toContain(DRAFT.headline);
      expect(html).toMatch(/<meta name="robots" content="noindex, nofollow">/);
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      expect(response.headers.get("referrer-policy")).toBe("no-referrer");
      expect(response.headers.get("x-robots-tag")).toBe("noindex, nofollow");
      // Never kept by the edge.
      expect(response.headers.get("x-cache-status") ?? "none").not.toBe("HIT");
      const card = await fetch(`${origin}${path}/card.jpg`);
      expect(card.status).toBe(200);
      expect(card.headers.get("content-type")).toBe("image/jpeg");
      expect(card.headers.get("cache-control")).toBe("private, no-store");
      expect(html).toContain(`${path}/card.jpg`);
    }
    expect((await fetch(`${edge.url}${path}`)).headers.get("x-cache-status")).not.toBe("HIT");
  });

  test("a tampered, expired or other story's link, or a site without the secret, answers the same 404 as an unknown story", async () => {
    const unknown = await fetch(`${newsroom.url}/world/no-such-story`);
    const notFound = await unknown.text();
    const good = linkFromCommand(draft);
    const [, , , expires, signature] = good.split("/");
    const past = Math.floor(Date.now() / 1000) - 60;
    const bad = {
      tampered: good.replace(/.$/, (last) => (last === "A" ? "B" : "A")),
      "another story's signature": `/preview/${syntheticSlug(base.prefix, 0)}/${expires}/${signature}`,
      "a later expiry": `/preview/${draft}/${Number(expires) + 3600}/${signature}`,
      expired: previewPath(draft, past, PREVIEW_SECRET),
      "an unknown story": previewPath("no-such-story", Number(expires), PREVIEW_SECRET),
    };
    for (const [what, path] of Object.entries(bad)) {
      const response = await fetch(newsroom.url + path);
      expect(response.status, what).toBe(404);
      expect(await response.text(), what).toBe(notFound);
    }
    // The suite's own origin has no PREVIEW_SECRET: previews are off there.
    expect((await fetch(BASE_URL + previewPath(draft, Number(expires), PREVIEW_SECRET))).status).toBe(404);
  });
});
