import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRedis, type RedisServer } from "@/scripts/lib/redis-server";
import { createRedisStore } from "./redis-store.mjs";
import { PublishConflictError, type ContentStore } from "./state.mjs";

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
});
