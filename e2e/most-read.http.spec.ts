import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { article as seed } from "@/content/articles/putin-discusses-syria-peace-efforts-with-assad";
import { kindStoryModule } from "@/scripts/lib/kind-stories";
import { freePort } from "@/scripts/lib/local-servers";
import { Newsroom } from "@/scripts/lib/newsroom";
import { startRedis } from "@/scripts/lib/redis-server";

/**
 * Reads counted without tracking anyone, and "Most read" made of them (issue 24 §1–2), on newsrooms of
 * their own whose lists refresh every second and show with fewer reads than a real site's: a read is
 * counted once per reader per story per day, never for bots, link previews, prefetches or made-up
 * stories, never with a cookie; a flood from one address changes no ranking; paid content is never
 * listed, nor a story editors keep out (published on the running site); a section's list shows only
 * with enough to rank; counts gone stale (Redis down) hide the
 * list while pages and the endpoint keep answering; with the newsroom's clock moved an hour and a day
 * ahead (e2e/moved-clock.mjs), reads leave the last hour's list, then the last 24 hours', and a reader's
 * next day counts again.
 */
test.describe.configure({ mode: "serial" });

const FAST_LISTS = { MOST_READ_REFRESH_MS: "1000", MOST_READ_MIN_STORIES: "3", MOST_READ_MIN_READS: "10", READS_PER_NETWORK_STORY: "2" };
const READER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36";
const options = { prefix: "read-story", sections: ["world", "business"], start: new Date(Date.now() - 2 * 3_600_000), stepMs: 60_000, image: seed.image, headline: (index: number) => `Candidate story number ${index} for the most read list` };
const storyPath = (index: number) => `/${index % 2 === 0 ? "world" : "business"}/read-story-${String(index).padStart(6, "0")}`;

/** A read sent as a reader's browser sends it: from network `n` (the edge's X-Forwarded-For), with a user agent. */
async function sendRead(base: string, path: string, n: number, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/api/reads${path}`, { method: "POST", headers: { "user-agent": READER, "x-forwarded-for": `198.51.${n}.7`, ...headers } });
  return response;
}

/** The slugs a page's "Most read" list shows, in order (none: no list). */
async function listed(url: string, scope = "all"): Promise<string[] | undefined> {
  const html = await (await fetch(url)).text();
  const section = new RegExp(`<section[^>]*data-most-read="${scope}"[^>]*>([\\s\\S]*?)</section>`).exec(html)?.[1];
  return section ? [...section.matchAll(/<a href="\/[a-z-]+\/([a-z0-9-]+)"/g)].map((match) => match[1] ?? "") : undefined;
}

/** The slugs the most-read page lists for a window, in order (none: no list). */
async function listedOver(base: string, window: "hour" | "day"): Promise<string[] | undefined> {
  const html = await (await fetch(`${base}/most-read`)).text();
  const section = new RegExp(`<section[^>]*data-window="${window}"[^>]*>([\\s\\S]*?)</section>`).exec(html)?.[1];
  return section ? [...section.matchAll(/<a href="\/[a-z-]+\/([a-z0-9-]+)"/g)].map((match) => match[1] ?? "") : undefined;
}

/** read-story-000012 → 12 */
const indexes = (slugs: string[] | undefined) => slugs?.map((slug) => Number(slug.slice(-6)));

test("reads are counted once per reader, never for bots, prefetches or floods, and the most read follow them, paid content never", async () => {
  test.setTimeout(120_000);
  const newsroom = await Newsroom.open({ env: FAST_LISTS });
  try {
    newsroom.writeSynthetic(0, 8, options);
    const paid = kindStoryModule("sponsored", new Date(), 5, seed.image);
    newsroom.writeModule(paid.slug, paid.source);
    expect(newsroom.publish().status).toBe(0);
    expect(await listed(`${newsroom.url}/`), "nothing counted yet: no list").toBeUndefined();

    // Readers on networks of their own: story 0 by 12, 1 by 9, 2 by 6, 6 by 4, 5 by 3; the paid story by 20.
    const reads: Promise<Response>[] = [];
    const readers = (index: number, count: number, first = 0) => Array.from({ length: count }, (_, n) => reads.push(sendRead(newsroom.url, storyPath(index), first + n)));
    readers(0, 12);
    readers(1, 9);
    readers(2, 6);
    readers(6, 4);
    readers(5, 3);
    for (let n = 0; n < 20; n += 1) reads.push(sendRead(newsroom.url, `/world/${paid.slug}`, n));
    // Not readers: link previews and crawlers of story 3, prefetches of story 4, on many networks.
    for (let n = 0; n < 30; n += 1) {
      reads.push(sendRead(newsroom.url, storyPath(3), 100 + n, { "user-agent": n % 2 ? "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)" : "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" }));
      reads.push(sendRead(newsroom.url, storyPath(4), 100 + n, { "sec-purpose": "prefetch" }));
    }
    // The same reader of story 2 five more times: still one read.
    for (let n = 0; n < 5; n += 1) reads.push(sendRead(newsroom.url, storyPath(2), 0));
    // A flood from one address with a new user agent each time, at story 2 (at most 2 reads a network),
    // and at stories that do not exist.
    for (let n = 0; n < 300; n += 1) {
      reads.push(sendRead(newsroom.url, storyPath(2), 250, { "user-agent": `${READER} flood/${n}` }));
      reads.push(sendRead(newsroom.url, `/world/made-up-story-${n}`, 250));
    }
    const answers = await Promise.all(reads);
    for (const answer of answers) {
      expect(answer.headers.get("set-cookie")).toBeNull();
      expect(answer.headers.get("cache-control")).toMatch(/no-store/);
    }
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 404)).toHaveLength(300);
    expect(statuses.filter((status) => status === 204)).toHaveLength(answers.length - 300);

    // The list follows what was read: 0 (12), 1 (9), 2 (6 + 2 from the flood), 6 (4), 5 (3).
    await expect.poll(async () => indexes(await listed(`${newsroom.url}/`)), { timeout: 15_000 }).toEqual([0, 1, 2, 6, 5]);
    const front = await (await fetch(`${newsroom.url}/`)).text();
    expect(front).toMatch(/Counted in the last 24 hours, at <time datetime="[^"]+">\d\d:\d\d<\/time>/);
    // Under every story, the same list; on a section's page, that section's, when it has enough to rank.
    expect(indexes(await listed(`${newsroom.url}${storyPath(3)}`))).toEqual([0, 1, 2, 6, 5]);
    expect(indexes(await listed(`${newsroom.url}/world`, "world"))).toEqual([0, 2, 6]);
    expect(await listed(`${newsroom.url}/business`, "business"), "two stories read in business: too few to rank").toBeUndefined();
    // The most-read page: the last hour and the last 24 hours.
    const page = await (await fetch(`${newsroom.url}/most-read`)).text();
    expect(page).toContain('data-window="hour"');
    expect(page).toContain('data-window="day"');
    // Editors keep story 0 out on the running site: their "Most read" module, one content:publish, no rebuild.
    newsroom.writeMostRead(["read-story-000000"]);
    const keptOut = newsroom.publish();
    expect(keptOut.status, keptOut.stderr).toBe(0);
    expect(keptOut.stdout).toContain('"Most read" keeps out (1): read-story-000000');
    await expect.poll(async () => indexes(await listed(`${newsroom.url}/`)), { timeout: 15_000 }).toEqual([1, 2, 6, 5]);
    expect(indexes(await listed(`${newsroom.url}${storyPath(3)}`))).toEqual([1, 2, 6, 5]);
    // A slug no story has is refused by file and field, and the list stays as it was.
    newsroom.writeMostRead(["read-story-000000", "no-such-story"]);
    const misspelt = newsroom.publish();
    expect(misspelt.status).toBe(1);
    expect(misspelt.stderr).toContain('content/most-read.ts: exclude[1]: unknown story "no-such-story"');
    expect(indexes(await listed(`${newsroom.url}/`))).toEqual([1, 2, 6, 5]);
    // A GET (the <noscript> image) is a GIF; a wrong method is refused.
    const pixel = await fetch(`${newsroom.url}/api/reads${storyPath(0)}`, { headers: { "user-agent": READER } });
    expect(pixel.headers.get("content-type")).toBe("image/gif");
    expect((await fetch(`${newsroom.url}/api/reads${storyPath(0)}`, { method: "PUT" })).status).toBe(405);
  } finally {
    await newsroom.close();
  }
});

test("Redis down: reads are still answered, pages keep serving, and the list hides itself once its counts are stale", async () => {
  test.setTimeout(120_000);
  const redis = await startRedis(await freePort());
  let stopped = false;
  const newsroom = await Newsroom.open({ env: { ...FAST_LISTS, MOST_READ_STALE_MS: "4000", REDIS_URL: redis.url, REDIS_PREFIX: `e2e-reads-${Date.now()}:` } });
  try {
    newsroom.writeSynthetic(0, 4, options);
    expect(newsroom.publish().status).toBe(0);
    await Promise.all([0, 1, 2, 3].flatMap((index) => Array.from({ length: 6 - index }, (_, n) => sendRead(newsroom.url, storyPath(index), n))));
    await expect.poll(async () => indexes(await listed(`${newsroom.url}/`)), { timeout: 15_000 }).toEqual([0, 1, 2, 3]);

    await redis.stop();
    stopped = true;
    const stoppedAt = Date.now();
    expect((await sendRead(newsroom.url, storyPath(0), 99)).status).toBe(204);
    await expect.poll(async () => listed(`${newsroom.url}/`), { timeout: 20_000 }).toBeUndefined();
    test.info().annotations.push({ type: "list hidden after Redis stopped (ms)", description: String(Date.now() - stoppedAt) });
    for (const path of ["/", storyPath(1), "/world"]) expect((await fetch(`${newsroom.url}${path}`)).status, path).toBe(200);
    expect((await sendRead(newsroom.url, storyPath(0), 98)).status).toBe(204);
  } finally {
    await newsroom.close();
    if (!stopped) await redis.stop();
  }
});

test("with the clock moved ahead, reads leave the last hour's list after an hour and the last 24 hours' after a day, and a reader's next day counts again", async () => {
  test.setTimeout(120_000);
  const clockFile = path.join(tmpdir(), `meridian-moved-clock-${process.pid}-${Date.now()}`);
  const moveClock = (ms: number) => writeFileSync(clockFile, String(ms));
  moveClock(0);
  const newsroom = await Newsroom.open({
    env: { ...FAST_LISTS, MOVED_CLOCK_FILE: clockFile, NODE_OPTIONS: `--import=${path.join(process.cwd(), "e2e", "moved-clock.mjs")}` },
  });
  // Readers of stories 0, 1 and 2 (8, 6 and 4 of them) on networks of their own; then of 3, 4 and 5.
  const read = (counts: Record<number, number>) =>
    Promise.all(Object.entries(counts).flatMap(([index, count]) => Array.from({ length: count }, (_, n) => sendRead(newsroom.url, storyPath(Number(index)), n))));
  const both = async () => ({ hour: indexes(await listedOver(newsroom.url, "hour")), day: indexes(await listedOver(newsroom.url, "day")) });
  try {
    newsroom.writeSynthetic(0, 6, options);
    expect(newsroom.publish().status).toBe(0);
    for (const answer of await read({ 0: 8, 1: 6, 2: 4 })) expect(answer.status).toBe(204);
    await expect.poll(both, { timeout: 15_000 }).toEqual({ hour: [0, 1, 2], day: [0, 1, 2] });

    // 61 minutes on: those reads have left the last hour (too few there now: no list) but not the day.
    moveClock(61 * 60_000);
    await expect.poll(both, { timeout: 15_000 }).toEqual({ hour: undefined, day: [0, 1, 2] });
    for (const answer of await read({ 3: 7, 4: 5, 5: 3 })) expect(answer.status).toBe(204);
    await expect.poll(both, { timeout: 15_000 }).toEqual({ hour: [3, 4, 5], day: [0, 3, 1, 4, 2, 5] });

    // 25 hours on: nothing in either window, so no list anywhere, not even on the front page.
    moveClock(25 * 3_600_000);
    await expect.poll(both, { timeout: 15_000 }).toEqual({ hour: undefined, day: undefined });
    expect(await listed(`${newsroom.url}/`)).toBeUndefined();
    // The same readers on a new day, under a new secret: counted again, in the other order.
    for (const answer of await read({ 0: 3, 1: 5, 2: 7 })) expect(answer.status).toBe(204);
    await expect.poll(both, { timeout: 15_000 }).toEqual({ hour: [2, 1, 0], day: [2, 1, 0] });
    expect(indexes(await listed(`${newsroom.url}/`))).toEqual([2, 1, 0]);
  } finally {
    await newsroom.close();
  }
});
