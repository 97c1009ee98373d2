#!/usr/bin/env node
// @ts-check
/**
 * A renderer: Next.js's request handler in a process of its own, behind the front (server/origin-server.mjs
 * starts it with server/render-pool.mjs and talks to it over a Unix socket). Everything that costs CPU
 * per request happens here — rendering, finishing pages (server/renderer-handler.mjs), search, the image
 * optimizer, publishing — so that nothing here can hold up the front's event loop, which answers
 * readers from memory.
 *
 * Usage (by the front): node server/renderer.mjs --dir <release> --socket <path>
 * It tells its parent when it listens ({ type: "ready" }) and when the published store moves on
 * ({ type: "store", version }), is told the current "Most read" ({ type: "most-read", board,
 * generation }), and exits when its parent goes away.
 */
import { readFileSync, rmSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { receiveBoard } from "../content/most-read-board.mjs";
import { getContentStore } from "./content-store/index.mjs";
import { readFallbackPages } from "./fallback-pages.mjs";
import { createRendererHandler } from "./renderer-handler.mjs";
import { readSectionSlugs } from "./routes.mjs";
import { createSchedule } from "./schedule.mjs";
import { readRoutes } from "./site-day.mjs";

const { values } = parseArgs({ options: { dir: { type: "string", default: "." }, socket: { type: "string" } } });
if (!values.socket) throw new Error("renderer: --socket is required");
const socket = values.socket;
const dir = path.resolve(values.dir);
// Pages read the compiled content (.content/) and photos (public/) relative to the working directory.
process.chdir(dir);
process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const store = getContentStore();
await store.ready;
store.onChange((state) => process.send?.({ type: "store", version: state.version }));
// The front hands over "Most read" whenever it changes (server/reads/most-read-board.mjs).
process.on("message", (message) => {
  const data = /** @type {{ type?: string, board?: import("../content/most-read-board.mjs").Board | null, generation?: number }} */ (message);
  if (data.type === "most-read" && typeof data.generation === "number") receiveBoard(data.board ?? null, data.generation);
});

// The configuration as built (in a standalone folder there is no next.config.js to read), handed over
// the way Next's own standalone server.js does. `output: "standalone"` only tells `next build` what to
// emit (passed on, it makes Next warn at start); the cache handler is the copy beside this file.
const { config: built } = JSON.parse(readFileSync(path.join(dir, ".next", "required-server-files.json"), "utf8"));
const config = { ...built, output: undefined, cacheHandler: path.join(import.meta.dirname, "cache-handler.mjs") };
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
const { default: next } = await import("next");
const app = next({ dev: false, dir, conf: config });
await app.prepare();

const schedule = createSchedule({ released: readRoutes(dir).timed ?? [], store });
const server = http.createServer(createRendererHandler({ handle: app.getRequestHandler(), store, sections: readSectionSlugs(dir), fallbackPages: readFallbackPages(dir), schedule }));
server.keepAliveTimeout = 65_000;
rmSync(socket, { force: true });
server.listen(socket, () => process.send?.({ type: "ready" }));

/** Stops accepting, lets requests in flight finish, then exits. */
function drain() {
  server.close(() => store.close().finally(() => process.exit(0)));
  server.closeIdleConnections();
  setInterval(() => server.closeIdleConnections(), 50).unref();
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.once("SIGTERM", drain);
process.once("SIGINT", drain);
// The front is gone (even killed outright): a renderer has no one to serve.
process.once("disconnect", () => process.exit(0));
