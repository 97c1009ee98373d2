import { expect, test } from "@playwright/test";
import { article as seed } from "@/content/articles/putin-discusses-syria-peace-efforts-with-assad";
import { startEdge, type Edge } from "@/scripts/lib/edge";
import { startRedis, type RedisServer } from "@/scripts/lib/redis-server";
import { freePort } from "@/scripts/lib/local-servers";
import { Newsroom, NEWSROOM_TOKEN, type Replica } from "@/scripts/lib/newsroom";

/**
 * Two replicas of one release sharing Redis (the published store and Next.js's incremental cache, through
 * @fortedigital/nextjs-cache-handler), behind the edge: a story published through either is live on both,
 * Redis stopped under load costs readers nothing and publishers a clear refusal, and a replica killed
 * while readers are served loses none of their requests.
 */
test.describe.configure({ mode: "serial" });

let redis: RedisServer;
let newsroom: Newsroom;
let second: Replica;
let edge: Edge;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // Persistent, as production runs it, so that it can be stopped and started again with its data.
  redis = await startRedis(await freePort(), { persist: true });
  newsroom = await Newsroom.open({ env: { REDIS_URL: redis.url, REDIS_PREFIX: `e2e-${Date.now()}:` } });
  second = await newsroom.replica();
  edge = await startEdge({ port: await freePort(), upstreams: [Number(new URL(newsroom.url).port), Number(new URL(second.url).port)] });
});
test.afterAll(async () => {
  await edge?.stop();
  await second?.stop();
  await newsroom?.close();
  await redis?.stop();
});

const options = { prefix: "replica-story", sections: ["world"], start: new Date("2026-01-05T09:00:00Z"), stepMs: 60_000, image: seed.image };
const page = (origin: string) => `${origin}/world/replica-story-000000`;
const read = async (url: string) => {
  const response = await fetch(url);
  return { status: response.status, body: await response.text() };
};

test("a story published through one replica is live on the other within seconds", async () => {
  // Both replicas have served the front page, so each holds it in memory.
  await read(`${newsroom.url}/`);
  await read(`${second.url}/`);
  newsroom.writeSynthetic(0, 1, { ...options, headline: () => "Replicated story: first version" });
  expect(newsroom.publish().status).toBe(0);
  const published = Date.now();
  await expect.poll(async () => (await read(page(second.url))).body.includes("Replicated story: first version"), { timeout: 60_000 }).toBe(true);
  await expect.poll(async () => (await read(`${second.url}/`)).body.includes("Replicated story: first version"), { timeout: 60_000 }).toBe(true);
  expect(Date.now() - published).toBeLessThan(60_000);
});

test("a correction published through the other replica reaches the first", async () => {
  newsroom.writeSynthetic(0, 1, { ...options, headline: () => "Replicated story: corrected" });
  const run = newsroom.publish("--origin", second.url);
  expect(run.stdout).toContain("1 corrected");
  await expect.poll(async () => (await read(page(newsroom.url))).body, { timeout: 60_000 }).toContain("Replicated story: corrected");
  expect((await read(`${newsroom.url}/`)).body).not.toContain("Replicated story: first version");
});

test("Redis stopped under load: every reader is answered, a publish is refused and changes nothing; Redis back: both replicas catch up by themselves and the publish lands", async () => {
  test.setTimeout(120_000);
  const port = Number(new URL(redis.url).port);
  const paths = ["/", "/world", "/world/replica-story-000000", "/middle-east", "/archive", "/topics/benchmark", "/business"];
  const statuses: number[] = [];
  let reading = true;
  const readers = [newsroom.url, second.url].map(async (origin) => {
    for (let index = 0; reading; index += 1) {
      const response = await fetch(origin + (paths[index % paths.length] ?? "/"));
      await response.arrayBuffer();
      statuses.push(response.status);
    }
  });
  await new Promise((resolve) => setTimeout(resolve, 500));

  await redis.stop({ keepData: true });
  const stoppedAt = statuses.length;
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  newsroom.writeSynthetic(1, 1, { ...options, headline: () => "Published while Redis was down" });
  const refused = newsroom.publish();
  expect(refused.status).not.toBe(0);
  expect(`${refused.stdout}${refused.stderr}`).toMatch(/503|published store \(Redis\) cannot be reached/);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(statuses.length - stoppedAt, "readers were answered while Redis was down").toBeGreaterThan(20);
  expect((await read(`${second.url}/world/replica-story-000001`)).status).toBe(404);

  const restartedAt = Date.now();
  redis = await startRedis(port, { persist: true, dir: redis.dir });
  // Both replicas read the store again by themselves: the manifest answers once a replica is back.
  const manifest = (origin: string) => fetch(`${origin}/api/publish`, { headers: { Authorization: `Bearer ${NEWSROOM_TOKEN}` } }).then((response) => response.status);
  await expect.poll(() => manifest(newsroom.url), { timeout: 20_000 }).toBe(200);
  await expect.poll(() => manifest(second.url), { timeout: 20_000 }).toBe(200);
  test.info().annotations.push({ type: "both replicas reading the store again after Redis returned (ms)", description: String(Date.now() - restartedAt) });
  reading = false;
  await Promise.all(readers);
  expect(statuses.filter((status) => status !== 200)).toEqual([]);

  // Nothing was lost while Redis was down: the correction published before it is still there.
  expect((await read(page(second.url))).body).toContain("Replicated story: corrected");
  expect(newsroom.publish().status).toBe(0);
  await expect.poll(async () => (await read(`${second.url}/world/replica-story-000001`)).body, { timeout: 30_000 }).toContain("Published while Redis was down");
});

test("a replica killed while readers are served through the edge loses no request", async () => {
  const statuses: number[] = [];
  const readers = Array.from({ length: 4 }, async () => {
    for (let index = 0; index < 60; index += 1) {
      // Past the edge's cache, so both replicas take the traffic.
      const response = await fetch(page(edge.url), { headers: { "X-Cache-Bypass": "1" } });
      await response.arrayBuffer();
      statuses.push(response.status);
    }
  });
  setTimeout(() => second.kill(), 300);
  await Promise.all(readers);
  expect(statuses).toHaveLength(240);
  expect(statuses.filter((status) => status !== 200)).toEqual([]);
});
