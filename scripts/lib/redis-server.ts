/**
 * A throwaway Redis (Debian's redis-server) on a loopback port, for the tests and the benchmark that
 * run replicas. By default nothing is persisted and it is gone when stopped; with `persist`, it keeps
 * an append-only file in `dir`, so that stopping it and starting it again on the same folder is Redis
 * restarting (what production runs: `appendonly yes`). `pause` and `resume` freeze it in place (SIGSTOP):
 * Redis slow rather than gone.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createConnection } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { stopChild, waitUntil } from "./local-servers";

export type RedisServer = {
  url: string;
  dir: string;
  /** Stops it; `keepData` leaves its folder for a restart. */
  stop: (options?: { keepData?: boolean }) => Promise<void>;
  pause: () => void;
  resume: () => void;
};

export const hasRedis = () => !spawnSync("redis-server", ["--version"]).error;

export async function startRedis(port: number, { persist = false, dir = mkdtempSync(path.join(tmpdir(), "meridian-redis-")) } = {}): Promise<RedisServer> {
  if (!hasRedis()) throw new Error("replicas need Debian's redis-server: apt-get install -y redis-server");
  const redis = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", persist ? "yes" : "no", "--appendfsync", "always", "--dir", dir], { stdio: "ignore" });
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
    dir,
    stop: async ({ keepData = false } = {}) => {
      if (redis.pid) process.kill(redis.pid, "SIGCONT");
      await stopChild(redis);
      if (!keepData) rmSync(dir, { recursive: true, force: true });
    },
    pause: () => void (redis.pid && process.kill(redis.pid, "SIGSTOP")),
    resume: () => void (redis.pid && process.kill(redis.pid, "SIGCONT")),
  };
}
