/**
 * npm run bench:reads: the read-counting endpoint and "Most read" (issue 24 §1–2), on the built site.
 *  - the endpoint alone, 50 connections × 10 s (a beacon: POST, 204);
 *  - the article's p99 quiet, then while the endpoint takes 5,000 beacons a second from another
 *    process (target: the endpoint sustains them with no errors, article p99 within 2× quiet);
 *  - the cost of reading the windows (a whole board: last hour and last 24 hours, overall and per
 *    section) with 100,000 stories read in memory, and with Redis when redis-server is installed.
 * Prints a table and writes reports/bench-reads.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { article as seed } from "../../content/articles/putin-discusses-syria-peace-efforts-with-assad";
import { createMemoryTally } from "../../server/reads/memory-tally.mjs";
import { makeBoard } from "../../server/reads/most-read-board.mjs";
import { createRedisTally } from "../../server/reads/redis-tally.mjs";
import type { Read, Tally } from "../../server/reads/tally.mjs";
import { freePort } from "../lib/local-servers";
import { hasRedis, startRedis } from "../lib/redis-server";
import { load, loadInChild } from "./lib/load";
import { ROOT, run, startOrigin } from "./lib/server";

const ARTICLE_PATH = `/${seed.section}/${seed.slug}`;
const READS_PATH = `/api/reads${ARTICLE_PATH}`;
const BEACON = { method: "POST" as const, headers: { "user-agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36" } };
const SECTIONS = ["middle-east", "world", "business", "opinion"];
const TARGET = { beaconsPerSecond: 5_000, p99Ratio: 2 };

/** `stories` stories read `reads` times in all, over the last 24 hours, by distinct readers. */
async function fill(tally: Tally, stories: number, reads: number, now: number) {
  let batch: Read[] = [];
  for (let index = 0; index < reads; index += 1) {
    // A long tail: story k is read about 1/(k+1) as often as the first.
    const story = Math.floor(stories ** Math.random()) - 1;
    batch.push({ reader: `r${index}`, network: `n${index}`, slug: `story-${story}`, section: SECTIONS[story % SECTIONS.length] ?? "world", at: now - Math.floor(Math.random() * 86_000_000) });
    if (batch.length === 5_000) {
      await tally.record(batch);
      batch = [];
    }
  }
  await tally.record(batch);
}

/** Milliseconds to make a whole board, best of 3. */
async function boardCost(tally: Tally, now: number) {
  let best = Infinity;
  for (let round = 0; round < 3; round += 1) {
    const started = performance.now();
    await makeBoard(tally, SECTIONS, now);
    best = Math.min(best, performance.now() - started);
  }
  return Math.round(best * 10) / 10;
}

if (!process.argv.includes("--no-build")) await run("npm", ["run", "build"], { cwd: ROOT });
const site = await startOrigin(ROOT, 3211, { env: { LIMITS_OFF: "1" } });
const rows: [string, string | number, string, string][] = [];
try {
  console.log("The endpoint alone, then the article quiet and beside 5,000 beacons a second…");
  const alone = await load(site.url + READS_PATH, BEACON);
  const quiet = await load(site.url + ARTICLE_PATH);
  const [busy, beacons] = await Promise.all([load(site.url + ARTICLE_PATH, { warmUp: false }), loadInChild(site.url, [READS_PATH], { ...BEACON, rate: TARGET.beaconsPerSecond, warmUp: false })]);
  const beaconErrors = beacons.errors + beacons.non2xx;
  rows.push(
    ["beacons/s, the endpoint alone (50 conn × 10 s)", `${alone.requestsPerSecond} (p99 ${alone.p99Ms} ms, ${alone.errors + alone.non2xx} errors)`, "-", "-"],
    ["beacons/s beside the article's load", `${beacons.requestsPerSecond} (${beaconErrors} errors)`, `≥ ${TARGET.beaconsPerSecond}, 0 errors`, beacons.requestsPerSecond >= TARGET.beaconsPerSecond * 0.98 && beaconErrors === 0 ? "ok" : "MISS"],
    ["article p99 quiet → beside the beacons (ms)", `${quiet.p99Ms} → ${busy.p99Ms} (${quiet.requestsPerSecond} → ${busy.requestsPerSecond} req/s)`, `≤ ${TARGET.p99Ratio}× quiet`, busy.p99Ms <= TARGET.p99Ratio * Math.max(quiet.p99Ms, 1) ? "ok" : "MISS"],
  );
} finally {
  await site.stop();
}

console.log("Reading the windows with 100,000 stories read…");
const now = Date.now();
const memory = createMemoryTally();
await fill(memory, 100_000, 1_000_000, now);
rows.push(["a whole board in memory: 1,000,000 reads of 100,000 stories (ms)", await boardCost(memory, now), "-", "-"]);
if (hasRedis()) {
  const redis = await startRedis(await freePort());
  const tally = createRedisTally({ url: redis.url, prefix: "bench:" });
  try {
    await fill(tally, 100_000, 300_000, now);
    rows.push(["a whole board in Redis: 300,000 reads of 100,000 stories (ms)", await boardCost(tally, now), "-", "-"]);
  } finally {
    await tally.close();
    await redis.stop();
  }
}

console.log("\n| reads | measured | target | |\n|---|---|---|---|");
for (const [name, value, target, verdict] of rows) console.log(`| ${name} | ${value} | ${target} | ${verdict} |`);
mkdirSync(path.join(ROOT, "reports"), { recursive: true });
writeFileSync(path.join(ROOT, "reports", "bench-reads.json"), JSON.stringify(rows, null, 2));
