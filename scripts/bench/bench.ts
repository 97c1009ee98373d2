/**
 * npm run bench: builds the site and a bare Next.js floor, serves both on loopback, and measures the seed
 * article against the floor. Prints a table and writes reports/bench.json. Targets are printed beside
 * each figure; the bench reports, it does not fail.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { article as seed } from "../../content/articles/putin-discusses-syria-peace-efforts-with-assad";
import { buildFloor } from "./lib/floor";
import { lighthouse } from "./lib/lighthouse";
import { compareThroughput, load } from "./lib/load";
import { blockingTimeAt4xCpu } from "./lib/long-tasks";
import { measurePageWeight } from "./lib/page-weight";
import { failover } from "./lib/failover";
import { fontLoading, lcpElementOnPhone, leadImageOnPhone } from "./lib/reader";
import { drainOnSigterm, memoryAcrossBursts } from "./lib/resilience";
import { weighReaderPages } from "./lib/reader-pages";
import { ROOT, run, startNext, startOrigin } from "./lib/server";
import { ARCHIVE_AUTHOR, openArchiveNewsroom } from "../lib/archive-corpus";
import { ISLAND_FILES, type IslandManifest } from "../../components/islands/islands";

const ARTICLE_PATH = `/${seed.section}/${seed.slug}`;
const SITE_PORT = 3201;
const FLOOR_PORT = 3202;
const PLAIN_NEXT_PORT = 3204;
const DRAIN_PORT = 3205;
const NO_CACHE_PORT = 3206;
/** The archive the search index is measured at (issue 11: p95 < 50 ms and < 300 MB at 100,000). */
const SEARCH_STORIES = 100_000;
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);
/** Issue 19's budgets: what a reader's browser is sent. */
const BUDGET = { scriptsKb: 8, articleHtmlGzipKb: 7, coldViewKb: 60, tbtMs: 30, listingHtmlKb: 100 };
/** Every other kind of reader page, on the archive newsroom (scripts/lib/archive-corpus.ts). */
const READER_PAGES = {
  "front page": "/",
  "a section's page 2": "/world/page/2",
  topic: "/topics/benchmark",
  "search results": "/search?q=archive+story",
  "author page": `/authors/${ARCHIVE_AUTHOR.slug}`,
  archive: "/archive",
  "archive day": "/archive/2025/03/14",
  "404": "/no-such-section/no-such-story",
};
const KB = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const spread = <T,>(runs: T[], key: { [K in keyof T]: T[K] extends number ? K : never }[keyof T]) => {
  const values = runs.map((run) => run[key] as number);
  return `${Math.min(...values)}–${Math.max(...values)}`;
};

if (!process.argv.includes("--no-build")) await run("npm", ["run", "build"], { cwd: ROOT });
// Throughput is measured from one address: the origin's per-client limits are off here (bench:scale
// measures them, under a flood from 200 addresses).
const UNLIMITED = { env: { LIMITS_OFF: "1" } };
const site = await startOrigin(ROOT, SITE_PORT, UNLIMITED);
const articleBytes = (await (await fetch(site.url + ARTICLE_PATH)).arrayBuffer()).byteLength;
const floorDir = await buildFloor(articleBytes);
const floor = await startNext(floorDir, FLOOR_PORT);
try {
  const articleUrl = site.url + ARTICLE_PATH;
  const floorUrl = `${floor.url}/`;
  const sizedFloorUrl = `${floor.url}/sized`;
  const sizedFloorBytes = (await (await fetch(sizedFloorUrl)).arrayBuffer()).byteLength;

  console.log("Weighing pages…");
  const weight = { article: await measurePageWeight(site.url, ARTICLE_PATH), floor: await measurePageWeight(floor.url, "/") };
  const image = await leadImageOnPhone(articleUrl);
  const fonts = await fontLoading(site.url, ARTICLE_PATH);
  const lcpElement = await lcpElementOnPhone(articleUrl);

  const islands = JSON.parse(readFileSync(path.join(ROOT, ISLAND_FILES.manifest), "utf8")) as IslandManifest;
  console.log("Reader pages on the archive newsroom…");
  const archive = await openArchiveNewsroom();
  const readerPages = await weighReaderPages(archive.url, Object.values(READER_PAGES)).finally(() => archive.close());

  console.log(`Lighthouse, ${RUNS} runs each…`);
  const lh = { article: await lighthouse(articleUrl, RUNS), floor: await lighthouse(floorUrl, RUNS) };

  console.log("Blocking time in Chromium at 4x CPU, 5 loads each…");
  const blocking = { article: await blockingTimeAt4xCpu(articleUrl), floor: await blockingTimeAt4xCpu(floorUrl) };

  console.log("Load: 50 connections for 10 s on the article, the floor and the article-sized floor…");
  const throughput = { article: await load(articleUrl), floor: await load(floorUrl), sizedFloor: await load(sizedFloorUrl) };

  const everyRun = (key: "performance" | "tbtMs") => lh.article.runs.map((result) => result[key]);
  const rows: [string, string | number, string | number, string, string][] = [
    [`Lighthouse performance (runs ${everyRun("performance").join("/")})`, lh.article.performance, lh.floor.performance, "100 in every run", everyRun("performance").every((score) => score === 100) ? "ok" : "MISS"],
    ["Lighthouse accessibility", lh.article.accessibility, lh.floor.accessibility, "100", lh.article.accessibility === 100 ? "ok" : "MISS"],
    ["Lighthouse best practices", lh.article.bestPractices, lh.floor.bestPractices, "100", lh.article.bestPractices === 100 ? "ok" : "MISS"],
    ["Lighthouse SEO", lh.article.seo, lh.floor.seo, "100", lh.article.seo === 100 ? "ok" : "MISS"],
    [`LCP (ms; runs ${spread(lh.article.runs, "lcpMs")} vs ${spread(lh.floor.runs, "lcpMs")})`, lh.article.lcpMs, lh.floor.lcpMs, "≤ floor", lh.article.lcpMs <= lh.floor.lcpMs ? "ok" : "MISS"],
    [`FCP (ms; runs ${spread(lh.article.runs, "fcpMs")} vs ${spread(lh.floor.runs, "fcpMs")})`, lh.article.fcpMs, lh.floor.fcpMs, "-", "-"],
    ["CLS", lh.article.cls, lh.floor.cls, "0", lh.article.cls === 0 ? "ok" : "MISS"],
    [`TBT (ms; runs ${everyRun("tbtMs").join("/")} vs ${spread(lh.floor.runs, "tbtMs")})`, lh.article.tbtMs, lh.floor.tbtMs, `≤ ${BUDGET.tbtMs} in every run`, everyRun("tbtMs").every((tbt) => tbt <= BUDGET.tbtMs) ? "ok" : "MISS"],
    [
      `Blocking time in Chromium at 4x CPU (ms, median of 5; runs ${blocking.article.runsMs.join("/")} vs ${blocking.floor.runsMs.join("/")})`,
      blocking.article.medianMs,
      blocking.floor.medianMs,
      "-",
      "-",
    ],
    [`Scripts on the wire, before and after load (KB; ${weight.article.scripts.join(", ") || "none"})`, KB(weight.article.jsWire), KB(weight.floor.jsWire), `≤ ${BUDGET.scriptsKb}`, weight.article.jsWire <= BUDGET.scriptsKb * 1024 ? "ok" : "MISS"],
    ["CSS (KB gzip)", KB(weight.article.cssGzip), KB(weight.floor.cssGzip), "≤ 15", weight.article.cssGzip <= 15 * 1024 ? "ok" : "MISS"],
    [`HTML (KB gzip; ${KB(weight.article.htmlBytes)} KB raw)`, KB(weight.article.htmlGzip), KB(weight.floor.htmlGzip), `≤ ${BUDGET.articleHtmlGzipKb}`, weight.article.htmlGzip <= BUDGET.articleHtmlGzipKb * 1024 ? "ok" : "MISS"],
    ["Cold view, everything transferred (KB, Lighthouse total-byte-weight)", KB(lh.article.totalBytes), KB(lh.floor.totalBytes), `≤ ${BUDGET.coldViewKb}`, lh.article.totalBytes <= BUDGET.coldViewKb * 1024 ? "ok" : "MISS"],
    [`Lead image on a 412 px phone (KB, ${image.contentType}, ${image.width}w)`, KB(image.bytes), "-", "≤ 80", image.bytes <= 80 * 1024 ? "ok" : "MISS"],
    ["Font preloaded / swap / metric fallback", `${fonts.preloaded}/${fonts.swap}/${fonts.metricFallback}`, "-", "all true", fonts.preloaded && fonts.swap && fonts.metricFallback ? "ok" : "MISS"],
    // Issue 19: no lower than before it (10,660 req/s, 2.46x the floor and 4.45x the article-sized floor in that run).
    ["Requests/s (50 conn, 10 s)", throughput.article.requestsPerSecond, throughput.floor.requestsPerSecond, "≥ 2.4x floor", throughput.article.requestsPerSecond >= 2.4 * throughput.floor.requestsPerSecond ? "ok" : "MISS"],
    [
      `Requests/s vs an article-sized floor page (${KB(articleBytes)} vs ${KB(sizedFloorBytes)} KB raw)`,
      throughput.article.requestsPerSecond,
      throughput.sizedFloor.requestsPerSecond,
      "≥ 4x sized floor",
      throughput.article.requestsPerSecond >= 4 * throughput.sizedFloor.requestsPerSecond ? "ok" : "MISS",
    ],
    ["Load errors (errors + non-2xx)", throughput.article.errors + throughput.article.non2xx, throughput.floor.errors + throughput.floor.non2xx, "0", throughput.article.errors + throughput.article.non2xx === 0 ? "ok" : "MISS"],
    ["Latency p99 (ms)", throughput.article.p99Ms, throughput.floor.p99Ms, "-", "-"],
  ];
  const ratio = (a: string | number, b: string | number) => (typeof a === "number" && typeof b === "number" && b !== 0 ? (a / b).toFixed(2) : "-");
  console.log("\n| measure | article | floor | ratio | target | |\n|---|---|---|---|---|---|");
  for (const [name, article, floorValue, target, verdict] of rows) console.log(`| ${name} | ${article} | ${floorValue} | ${ratio(article, floorValue)} | ${target} | ${verdict} |`);
  console.log(`\nLCP element: ${lh.article.lcpElement || `${lcpElement} (Chromium on a Pixel 7; Lighthouse 12.2.3 cannot name it with this Chromium)`}`);

  console.log("\n| island | bytes | gzip |\n|---|---|---|");
  for (const [name, island] of Object.entries(islands)) console.log(`| ${name} (${island.src}) | ${island.bytes} | ${island.gzipBytes} |`);
  console.log(`\n| reader page (archive newsroom) | status | HTML KB raw | HTML KB gzip | scripts KB on the wire | target | |\n|---|---|---|---|---|---|---|`);
  const pageNames = Object.keys(READER_PAGES);
  readerPages.forEach((weight, index) => {
    const ok = weight.scriptBytes <= BUDGET.scriptsKb * 1024 && weight.htmlBytes <= BUDGET.listingHtmlKb * 1024;
    console.log(`| ${pageNames[index]} (${weight.path}) | ${weight.status} | ${KB(weight.htmlBytes)} | ${KB(weight.htmlGzip)} | ${KB(weight.scriptBytes)}${weight.scripts.length ? ` (${weight.scripts.join(", ")})` : ""} | scripts ≤ ${BUDGET.scriptsKb}, HTML ≤ ${BUDGET.listingHtmlKb} | ${ok ? "ok" : "MISS"} |`);
  });

  console.log("\nOrigin: sustained load, memory, SIGTERM, the request screen's cost, failover behind nginx…");
  const sustained = await load(articleUrl, { connections: 50, seconds: 30 });
  const memory = await memoryAcrossBursts(articleUrl, site.process.pid ?? 0);
  // The same build served by plain `next start`, and by the origin with its page cache off (every
  // request through Next.js's handler), to price the screen and show what the page cache adds.
  const plainNext = await startNext(ROOT, PLAIN_NEXT_PORT);
  const noCache = await startOrigin(ROOT, NO_CACHE_PORT, { ...UNLIMITED, args: ["--page-cache-mb", "0"] });
  const screenCost = await compareThroughput({ origin: articleUrl, originWithoutPageCache: noCache.url + ARTICLE_PATH, nextStart: plainNext.url + ARTICLE_PATH });
  await Promise.all([plainNext.stop(), noCache.stop()]);
  const drain = await drainOnSigterm(ROOT, DRAIN_PORT, ARTICLE_PATH);
  const edge = await failover(ARTICLE_PATH);

  const firstRss = memory.rssMb[0] ?? 0;
  const lastRss = memory.rssMb.at(-1) ?? 0;
  const originRows: [string, string | number, string, string][] = [
    ["p99 latency, 50 connections × 30 s (ms)", sustained.p99Ms, "< 250", sustained.p99Ms < 250 ? "ok" : "MISS"],
    ["errors + non-2xx in those 30 s", sustained.errors + sustained.non2xx, "0", sustained.errors + sustained.non2xx === 0 ? "ok" : "MISS"],
    ["requests/s in those 30 s", sustained.requestsPerSecond, "-", "-"],
    ["RSS after each of 6 bursts (MB)", memory.rssMb.join(" → "), "last ≤ 1.5 × first, < 400", lastRss <= 1.5 * firstRss && lastRss < 400 ? "ok" : "MISS"],
    [
      "req/s origin server vs plain next start (best of 2, in turns)",
      `${screenCost.origin.requestsPerSecond} vs ${screenCost.nextStart.requestsPerSecond}`,
      "≥ 90%",
      screenCost.origin.requestsPerSecond >= 0.9 * screenCost.nextStart.requestsPerSecond ? "ok" : "MISS",
    ],
    [
      "req/s origin with its page cache off (Next.js's handler on every request) vs plain next start (best of 2, in turns)",
      `${screenCost.originWithoutPageCache.requestsPerSecond} vs ${screenCost.nextStart.requestsPerSecond}`,
      "≥ 90%",
      screenCost.originWithoutPageCache.requestsPerSecond >= 0.9 * screenCost.nextStart.requestsPerSecond ? "ok" : "MISS",
    ],
    [
      "SIGTERM under load: in-flight failed / drained in",
      `${drain.beforeSignal.failed} of ${drain.beforeSignal.total} / ${drain.drainMs} ms (exit ${drain.exitCode})`,
      "0 failed",
      drain.beforeSignal.failed === 0 ? "ok" : "MISS",
    ],
    [
      "nginx + 2 replicas, one killed under load: failed",
      `${edge.withOneReplicaKilled.errors + edge.withOneReplicaKilled.non2xx} of ${edge.withOneReplicaKilled.total}`,
      "0",
      edge.withOneReplicaKilled.errors + edge.withOneReplicaKilled.non2xx === 0 ? "ok" : "MISS",
    ],
    [
      "both replicas killed: cached page served",
      `${edge.afterBothKilled.ok} of ${edge.afterBothKilled.requests} (${edge.afterBothKilled.cacheStatuses.join(", ")})`,
      "all",
      edge.afterBothKilled.ok === edge.afterBothKilled.requests ? "ok" : "MISS",
    ],
  ];
  console.log("\n| origin | measured | target | |\n|---|---|---|---|");
  for (const [name, value, target, verdict] of originRows) console.log(`| ${name} | ${value} | ${target} | ${verdict} |`);

  // Search: the results page served per request (rendered each time, never kept), and the index at
  // archive scale in a process of its own (scripts/bench/search.ts, which prints its own table).
  console.log("\nSearch: the results page under load, then the index at 100,000 stories…");
  // One query asked again and again (kept in the origin's memory after the first), then a new query every
  // request (two words of the seed's body, every pair once: each one rendered).
  const searchPage = await load(`${site.url}/search?q=syria+talks`);
  console.log(`| search results page, one query, 50 connections × 10 s | ${searchPage.requestsPerSecond} req/s, p99 ${searchPage.p99Ms} ms, ${searchPage.errors + searchPage.non2xx} errors |`);
  const words = [...new Set(seed.body.flatMap((block) => ("text" in block ? block.text.toLowerCase().match(/[a-z]{4,}/g) ?? [] : [])))];
  let asked = 0;
  const newQuery = () => {
    const first = words[Math.floor(asked / words.length) % words.length] ?? "syria";
    const second = words[asked++ % words.length] ?? "talks";
    return `/search?q=${first}+${second}`;
  };
  const searchNew = await load(`${site.url}/search?q=syria+talks`, { nextPath: newQuery });
  // 50 connections ask more than the search lane admits: the rest is shed at once with 503 (issue 20).
  const admittedPerSecond = Math.round((searchNew.total - searchNew.non2xx - searchNew.errors) / 10);
  console.log(
    `| search results page, a new query each request, 50 connections × 10 s | ${admittedPerSecond} searches/s admitted, ${Math.round(searchNew.non2xx / 10)}/s shed (503), ${searchNew.errors} errors; p99 ${searchNew.p99Ms} ms (${words.length ** 2} queries) |`,
  );
  await run("npx", ["tsx", "scripts/bench/search.ts", String(SEARCH_STORIES)], { cwd: ROOT });
  const search = { page: searchPage, newQueries: searchNew, index: JSON.parse(readFileSync(path.join(ROOT, "reports", "bench-search.json"), "utf8")) as unknown };

  mkdirSync(path.join(ROOT, "reports"), { recursive: true });
  const origin = { sustained, memory, screenCost, drain, edge, rows: originRows };
  const report = { date: new Date().toISOString(), articlePath: ARTICLE_PATH, articleBytes, sizedFloorBytes, weight, islands, readerPages, image, fonts, lcpElement, lighthouse: lh, blocking, throughput, rows, origin, search };
  writeFileSync(path.join(ROOT, "reports", "bench.json"), `${JSON.stringify(report, null, 2)}\n`);
  console.log("\nwrote reports/bench.json");
} finally {
  await Promise.all([site.stop(), floor.stop()]);
}
