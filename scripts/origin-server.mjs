#!/usr/bin/env node
/**
 * The origin: Next.js's own request handler behind a thin screen for requests it mishandles.
 * `next start` answers malformed percent-encoding (/%zz) with a 500 and serves pages to POST, PUT and
 * DELETE; a proxy.ts would fix both but halves article throughput (measured: 1,450 → 800 req/s), so
 * the screen lives here, in plain Node, at a cost of a few string checks per request.
 *
 * In front of Next.js it also keeps prerendered pages in memory (lib/page-cache.mjs), precompressed.
 *
 * Usage: node scripts/origin-server.mjs [-p|--port 3000] [-H|--hostname 127.0.0.1] [--dir .] [--page-cache-mb 64]
 * (--page-cache-mb 0 sends every request to Next.js.)
 */
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { answerNotModified } from "./lib/not-modified.mjs";
import { createPageCache, prerenderedPages } from "./lib/page-cache.mjs";
import { screenRequest } from "./lib/screen-request.mjs";

const { values } = parseArgs({
  options: {
    port: { type: "string", short: "p", default: process.env.PORT ?? "3000" },
    hostname: { type: "string", short: "H", default: process.env.HOSTNAME ?? "127.0.0.1" },
    dir: { type: "string", default: "." },
    "page-cache-mb": { type: "string", default: process.env.PAGE_CACHE_MB ?? "64" },
  },
});
const dir = path.resolve(values.dir);
const port = Number(values.port);
process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

// The configuration as built (in a standalone folder there is no next.config.js to read).
const { config } = JSON.parse(readFileSync(path.join(dir, ".next", "required-server-files.json"), "utf8"));
const { default: next } = await import("next");
// `output: "standalone"` only tells `next build` what to emit; passed on, it makes Next warn at start.
const app = next({ dev: false, dir, hostname: values.hostname, port, conf: { ...config, output: undefined } });
await app.prepare();
const handle = app.getRequestHandler();
const pageCache = createPageCache({ pages: prerenderedPages(path.join(dir, ".next")), maxBytes: Number(values["page-cache-mb"]) * 1024 * 1024 });

const server = http.createServer((request, response) => {
  const refusal = screenRequest(request.method ?? "", request.url ?? "/");
  if (refusal) {
    response.writeHead(refusal.status, refusal.headers);
    response.end(request.method === "HEAD" ? undefined : refusal.body);
    return;
  }
  pageCache.handle(request, response, () => {
    answerNotModified(request, response);
    handle(request, response);
  });
});
server.keepAliveTimeout = 65_000;

server.listen(port, values.hostname, () => console.log(`▲ origin ready on http://${values.hostname}:${port}`));

/** On SIGTERM stop accepting connections, let requests in flight finish, then exit. */
function drain(signal) {
  console.log(`${signal}: draining`);
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.once("SIGTERM", () => drain("SIGTERM"));
process.once("SIGINT", () => drain("SIGINT"));
