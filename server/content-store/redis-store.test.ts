import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRedis, type RedisServer } from "@/scripts/lib/redis-server";
import { createRedisStore } from "./redis-store.mjs";
import { freePort } from "@/scripts/lib/local-servers";
import { PublishConflictError, StoreUnavailableError, type ContentStore } from "./state.mjs";

/** Two replicas' stores over one Redis, started here on a port of its own. */
describe("the shared published store (Redis)", () => {
  let redis: RedisServer;
  const stores: ContentStore[] = [];
  const open = (prefix: string) => {
    const store = createRedisStore({ url: redis.url, prefix });
    stores.push(store);
    return store;
  };
  beforeAll(async () => {
    redis = await startRedis(36000 + Math.floor(Math.random() * 2000));
  });
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await redis.stop();
  });

  it("shows a commit made on one replica to the other, photos included", async () => {
    const a = open("t1:");
    const b = open("t1:");
    await Promise.all([a.ready, b.ready]);
    const photo = { path: "/images/articles/p.jpg", sha256: "cd".repeat(32), type: "image/jpeg", width: 10, height: 10, bytes: Buffer.from([0xff, 0xd8, 0x00, 0x01]) };
    await a.commit({ baseVersion: 0, upserts: [{ slug: "s", record: { slug: "s" }, hash: "h" }], deletions: [], images: [photo] });
    await b.refresh();
    expect(b.state().version).toBe(1);
    expect(b.state().articles.get("s")?.hash).toBe("h");
    expect((await b.readImage(photo.path))?.bytes).toEqual(photo.bytes);
  });

  it("refuses on one replica a commit the other has overtaken", async () => {
    const a = open("t2:");
    const b = open("t2:");
    await Promise.all([a.ready, b.ready]);
    await a.commit({ baseVersion: 0, upserts: [], deletions: ["x"], images: [] });
    await expect(b.commit({ baseVersion: 0, upserts: [], deletions: ["y"], images: [] })).rejects.toBeInstanceOf(PublishConflictError);
    await b.refresh();
    expect([...b.state().articles.keys()]).toEqual(["x"]);
  });

  it("tells its listeners when another replica has published (within a second)", async () => {
    const a = open("t3:");
    const b = open("t3:");
    await Promise.all([a.ready, b.ready]);
    const seen = new Promise<number>((resolve) => b.onChange((state) => resolve(state.version)));
    await a.commit({ baseVersion: 0, upserts: [], deletions: ["x"], images: [] });
    expect(await seen).toBe(1);
  });

  it("fails safely while Redis is slow, then gone, and catches up by itself when it is back", { timeout: 30_000 }, async () => {
    const port = await freePort();
    const own = await startRedis(port, { persist: true });
    const url = own.url;
    const a = createRedisStore({ url, prefix: "t4:" });
    const b = createRedisStore({ url, prefix: "t4:" });
    try {
      await Promise.all([a.ready, b.ready]);
      await a.commit({ baseVersion: 0, upserts: [{ slug: "kept", record: { slug: "kept" }, hash: "h" }], deletions: [], images: [] });
      await b.refresh();

      // Slow: frozen in place. Reads give up within half a second and keep the last state; a commit is refused.
      own.pause();
      const started = Date.now();
      await b.refresh();
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(b.state().articles.has("kept")).toBe(true);
      expect(b.available()).toBe(false);
      await expect(b.commit({ baseVersion: 1, upserts: [], deletions: ["kept"], images: [] })).rejects.toBeInstanceOf(StoreUnavailableError);
      own.resume();

      // Gone: the same, at once.
      await own.stop({ keepData: true });
      await expect(a.commit({ baseVersion: 1, upserts: [], deletions: ["kept"], images: [] })).rejects.toBeInstanceOf(StoreUnavailableError);
      await b.refresh();
      expect(b.state().version).toBe(1);
      expect(b.available()).toBe(false);

      // Back, with its data: the refused commits changed nothing, and both replicas catch up by themselves.
      const again = await startRedis(port, { persist: true, dir: own.dir });
      try {
        await expect.poll(() => a.available() && b.available(), { timeout: 10_000 }).toBe(true);
        expect(b.state().articles.has("kept")).toBe(true);
        await a.commit({ baseVersion: 1, upserts: [], deletions: ["kept"], images: [] });
        await expect.poll(() => b.state().version, { timeout: 5_000 }).toBe(2);
      } finally {
        await Promise.all([a.close(), b.close()]);
        await again.stop();
      }
    } finally {
      await own.stop().catch(() => undefined);
    }
  });
});
