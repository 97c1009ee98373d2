// @ts-check
/**
 * The front's renderers: child processes running server/renderer.mjs, each on a Unix socket of its own.
 * The pool starts them, sends each request to the one with the fewest in flight, restarts one that
 * dies (waiting a little longer after each failure), and passes on what they report about the
 * published store. While none is ready, forwarding fails at once with Unavailable, and the front
 * answers 503 while still serving what it holds in memory.
 */
import { fork } from "node:child_process";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";

export class Unavailable extends Error {
  constructor() {
    super("no renderer is ready");
    this.name = "Unavailable";
  }
}

/** @typedef {{ status: number, headers: import("node:http").IncomingHttpHeaders, body: Buffer }} Rendered */
/** @typedef {{ method: string, url: string, headers: Record<string, string | string[] | undefined>, body?: Buffer }} Forwarded */

/**
 * @param {{
 *   dir: string,
 *   size: number,
 *   script?: string,
 *   onStoreChange?: (version: number) => void,
 *   greeting?: () => unknown,
 *   log?: (message: string) => void,
 * }} options
 *   `greeting`: a message each renderer is sent when it is ready (what the front has told them all since: broadcast()).
 */
export function createRenderPool({ dir, size, script = path.join(import.meta.dirname, "renderer.mjs"), onStoreChange = () => undefined, greeting = () => undefined, log = console.error }) {
  /**
   * @typedef {{
   *   index: number, socket: string, agent: http.Agent, child?: import("node:child_process").ChildProcess,
   *   ready: boolean, inFlight: number, failures: number,
   * }} Renderer
   */
  /** @type {Renderer[]} */
  const renderers = Array.from({ length: size }, (_, index) => ({
    index,
    socket: path.join(tmpdir(), `meridian-renderer-${process.pid}-${index}.sock`),
    agent: new http.Agent({ keepAlive: true, maxSockets: 64 }),
    ready: false,
    inFlight: 0,
    failures: 0,
  }));
  let stopping = false;
  /** @type {Set<() => void>} */
  const readyWaiters = new Set();

  /** @param {Renderer} renderer */
  function spawnRenderer(renderer) {
    const child = fork(script, ["--dir", dir, "--socket", renderer.socket], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    renderer.child = child;
    child.on("message", (message) => {
      const data = /** @type {{ type?: string, version?: number }} */ (message);
      if (data.type === "ready") {
        const hello = greeting();
        if (hello !== undefined) child.send(/** @type {import("node:child_process").Serializable} */ (hello));
        renderer.ready = true;
        renderer.failures = 0;
        for (const waiter of readyWaiters) waiter();
      } else if (data.type === "store" && typeof data.version === "number") onStoreChange(data.version);
    });
    child.once("exit", (code, signal) => {
      renderer.ready = false;
      renderer.agent.destroy();
      renderer.agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
      if (stopping) return;
      renderer.failures += 1;
      const delay = Math.min(5_000, 250 * 2 ** (renderer.failures - 1));
      log(`renderer ${renderer.index} exited (${signal ?? code}); restarting in ${delay} ms`);
      setTimeout(() => spawnRenderer(renderer), delay).unref();
    });
  }

  /** The ready renderer with the fewest requests in flight. */
  function pick() {
    let best;
    for (const renderer of renderers) if (renderer.ready && (!best || renderer.inFlight < best.inFlight)) best = renderer;
    return best;
  }

  return {
    /** Starts every renderer; resolves once one is ready. */
    start() {
      for (const renderer of renderers) spawnRenderer(renderer);
      return new Promise((resolve) => {
        const done = () => {
          readyWaiters.delete(done);
          resolve(undefined);
        };
        readyWaiters.add(done);
      });
    },

    /**
     * Sends a request to a renderer and resolves with its whole answer.
     * @param {Forwarded} request
     * @returns {Promise<Rendered>}
     */
    forward({ method, url, headers, body }) {
      const renderer = pick();
      if (!renderer) return Promise.reject(new Unavailable());
      renderer.inFlight += 1;
      return new Promise((resolve, reject) => {
        const outgoing = http.request({ socketPath: renderer.socket, agent: renderer.agent, method, path: url, headers }, (incoming) => {
          /** @type {Buffer[]} */
          const chunks = [];
          incoming.on("data", (chunk) => chunks.push(chunk));
          incoming.on("end", () => resolve({ status: incoming.statusCode ?? 502, headers: incoming.headers, body: Buffer.concat(chunks) }));
          incoming.on("error", reject);
        });
        outgoing.on("error", (error) => reject(renderer.ready ? error : new Unavailable()));
        outgoing.end(body);
      }).finally(() => {
        renderer.inFlight -= 1;
      });
    },

    /** Tells every running renderer something (over its IPC channel). @param {import("node:child_process").Serializable} message */
    broadcast(message) {
      for (const renderer of renderers) if (renderer.child?.connected) renderer.child.send(message);
    },

    /** How many renderers are ready, and how many requests each has in flight. */
    get status() {
      return renderers.map((renderer) => ({ ready: renderer.ready, inFlight: renderer.inFlight, pid: renderer.child?.pid }));
    },

    /** The renderers' process ids (for measuring the whole origin's memory). */
    get pids() {
      return renderers.flatMap((renderer) => (renderer.child?.pid ? [renderer.child.pid] : []));
    },

    /** Stops every renderer, letting each finish what it has in flight. */
    async stop() {
      stopping = true;
      await Promise.all(
        renderers.map(
          (renderer) =>
            new Promise((resolve) => {
              const child = renderer.child;
              if (!child || child.exitCode !== null || child.signalCode !== null) return resolve(undefined);
              child.once("exit", () => resolve(undefined));
              child.kill("SIGTERM");
            }),
        ),
      );
      for (const renderer of renderers) renderer.agent.destroy();
    },
  };
}
