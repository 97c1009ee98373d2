import { expect, test } from "@playwright/test";
import { article as seed } from "@/content/articles/putin-discusses-syria-peace-efforts-with-assad";
import { startEdge, type Edge } from "@/scripts/lib/edge";
import { startRedis, type RedisServer } from "@/scripts/lib/redis-server";
import { freePort } from "@/scripts/lib/local-servers";
import { Newsroom, type Replica } from "@/scripts/lib/newsroom";

/**
 * Two replicas of one release sharing Redis (the published store and Next.js's incremental cache, through
 * @fortedigital/nextjs-cache-handler), behind the edge: a story published through either is live on both,
 * and a replica killed while readers are served loses none of their requests.
 */
test.describe.configure({ mode: "serial" });

let redis: RedisServer;
let newsroom: Newsroom;
let second: Replica;
let edge: Edge;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  redis = await startRedis(await freePort());
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
