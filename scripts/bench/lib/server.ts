import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { stopChild, waitUntil } from "../../lib/local-servers";

export const ROOT = path.resolve(import.meta.dirname, "..", "..", "..");
export const NEXT_BIN = path.join(ROOT, "node_modules", ".bin", "next");

export type Server = { url: string; process: ChildProcess; stop: () => Promise<void> };

/** Polls until the URL answers (any status) or the deadline passes. */
export function waitForServer(url: string, timeoutMs = 30_000): Promise<void> {
  return waitUntil(() => fetch(url).then(() => true), url, timeoutMs);
}

/** Starts a server process and resolves once it answers on `port`; `stop` sends SIGTERM and waits. */
async function startServer(command: string, args: string[], dir: string, port: number, env: Record<string, string> = {}): Promise<Server> {
  const child = spawn(command, [...args, "-H", "127.0.0.1", "-p", String(port)], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForServer(url);
  return {
    url,
    process: child,
    stop: () => stopChild(child),
  };
}

/** `next start` of the build in `dir` (with the project's own `next` unless told), on loopback only. */
export function startNext(dir: string, port: number, env: Record<string, string> = {}, nextBin = NEXT_BIN): Promise<Server> {
  return startServer(nextBin, ["start"], dir, port, env);
}

/** The site's origin server (server/origin-server.mjs) for the build in `dir`, on loopback only. */
export function startOrigin(
  dir: string,
  port: number,
  { script = path.join(ROOT, "server", "origin-server.mjs"), args = [] as string[], env = {} as Record<string, string> } = {},
): Promise<Server> {
  return startServer(process.execPath, [script, "--dir", dir, ...args], dir, port, env);
}

/** Runs a command to completion, streaming its output; rejects on a non-zero exit. */
export function run(command: string, args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...options.env }, stdio: "inherit" });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited ${code}`))));
  });
}
