/**
 * A throwaway Redis (Debian's redis-server) on a loopback port, for the tests and the benchmark that
 * run replicas: nothing persisted, gone when stopped.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createConnection } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { stopChild, waitUntil } from "./local-servers";

export type RedisServer = { url: string; stop: () => Promise<void> };

export const hasRedis = () => !spawnSync("redis-server", ["--version"]).error;

export async function startRedis(port: number): Promise<RedisServer> {
  if (!hasRedis()) throw new Error("replicas need Debian's redis-server: apt-get install -y redis-server");
  const dir = mkdtempSync(path.join(tmpdir(), "meridian-redis-"));
  const redis = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir], { stdio: "ignore" });
  const accepts = () =>
    new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: "127.0.0.1" }, () => {
        socket.end();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
  await waitUntil(accepts, `redis-server on port ${port}`, 10_000);
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      await stopChild(redis);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
