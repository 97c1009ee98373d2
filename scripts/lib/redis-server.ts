/**
 * A throwaway Redis (Debian's redis-server) on a loopback port, for the tests and the benchmark that
 * run replicas: nothing persisted, gone when stopped.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createConnection } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export type RedisServer = { url: string; stop: () => Promise<void> };

export const hasRedis = () => !spawnSync("redis-server", ["--version"]).error;

export async function startRedis(port: number): Promise<RedisServer> {
  if (!hasRedis()) throw new Error("replicas need Debian's redis-server: apt-get install -y redis-server");
  const dir = mkdtempSync(path.join(tmpdir(), "meridian-redis-"));
  const redis = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir], { stdio: "ignore" });
  for (let attempt = 0; ; attempt += 1) {
    const ready = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: "127.0.0.1" }, () => {
        socket.end();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (ready) break;
    if (attempt > 100) throw new Error(`redis-server did not start on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      await new Promise<void>((resolve) => {
        if (redis.exitCode !== null) return resolve();
        redis.once("exit", () => resolve());
        redis.kill("SIGTERM");
      });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
