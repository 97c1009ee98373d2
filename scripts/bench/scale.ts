/**
 * npm run bench:scale [-- 1 10000 100000]: for each N, copies the project into a temporary folder (never
 * into content/), adds N synthetic articles beside the real ones, builds and serves it behind the origin,
 * and reports: build time and peak memory of `npm run build` (the whole process tree), disk (.next and
 * the compiled content), requests per second for each kind of page (already served once), the latency
 * of archive stories nobody has asked for since the release, the largest listing page and header block,
 * how long `npm run content:publish` takes to put a new story live, how the site holds up under a
 * flood of searches (scripts/bench/lib/abuse.ts), at the origin and through the edge, and a live event
 * on two replicas behind the edge (scripts/bench/lib/live-event.ts: a post every half minute to a live
 * story of 2,000 posts, 2,000 readers following it). Writes reports/bench-scale.json.
 * BENCH_LIVE_POSTS sets how many posts the live event publishes (default 8).
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { article as seed } from "../../content/articles/putin-discusses-syria-peace-efforts-with-assad";
import { writeSyntheticArticles, syntheticSlug, type SyntheticOptions } from "../lib/synthetic-articles";
import { rawRequest } from "../../server/test-support/raw-http";
import { abuseRows, underAbuse, type AbuseResult } from "./lib/abuse";
import { load, type LoadResult } from "./lib/load";
import { startEdge } from "../lib/edge";
import { liveStoryModule } from "../lib/live-story";
import { startRedis } from "../lib/redis-server";
import { CACHE } from "../../server/security-headers.mjs";
import { liveEvent, liveEventRows, type LiveEventResult } from "./lib/live-event";
import { treeRss } from "./lib/process-tree";
import { ROOT, startOrigin } from "./lib/server";

const counts = process.argv.slice(2).map(Number).filter((n) => n > 0);
const NS = counts.length > 0 ? counts : [1, 10_000];
/** BENCH_KEEP=1 leaves each N's folder in the temporary directory, for a closer look. */
const KEEP = process.env.BENCH_KEEP === "1";
const PORT = 3203;
const EDGE_PORT = 3207;
const TOKEN = "bench-scale-token-000000000000000000000000";
const LOAD = { connections: 50, seconds: 8, headers: { "Accept-Encoding": "br, gzip" } };
const COLD_SAMPLES = 200;
const REPLICA_PORT = 3209;
const REDIS_PORT = 3208;
/**
 * The live story of the live event: 2,000 posts five seconds apart, ending a few minutes before the
 * bench starts (so the posts it adds are in the past too), coverage open; its first page must stay
 * within 100 KB of HTML.
 */
const LIVE = {
  slug: "live-bench-summit",
  section: "world",
  headline: "Summit live: leaders meet as talks go on",
  start: new Date(Date.now() - 3 * 3_600_000),
  stepMs: 5_000,
  image: seed.image,
  pinFirst: true,
};
const LIVE_POSTS = 2_000;
const LIVE_FIRST_PAGE_BUDGET = 100 * 1024;
/** The edge's cache lifetime for a live story's updates document (its s-maxage). */
const LIVE_UPDATES_LIFETIME = Number(/s-maxage=(\d+)/.exec(CACHE.liveUpdates)?.[1] ?? 5);

/** N stories over ten years before 2026 (about 27 a day at 100,000), in three sections, 50 topics. */
function syntheticOptions(n: number): SyntheticOptions {
  const span = Date.UTC(2026, 0, 1) - Date.UTC(2016, 0, 1);
  return {
    prefix: "synthetic-story",
    sections: ["middle-east", "world", "business"],
    start: new Date(Date.UTC(2016, 0, 1)),
    stepMs: Math.max(60_000, Math.floor(span / Math.max(n, 1))),
    image: seed.image,
  };
}

/**
 * A stand-alone copy of the project: its tracked files and a hard-linked node_modules (fast, no extra
 * disk). Outside the repository, so Turbopack and Tailwind see exactly one project, as in production.
 */
function copyProject(dir: string) {
  rmSync(dir, { recursive: true, force: true });
  const files = execFileSync("git", ["ls-files"], { cwd: ROOT, encoding: "utf8" }).split("\n").filter(Boolean);
  for (const file of files) cpSync(path.join(ROOT, file), path.join(dir, file), { recursive: true });
  execFileSync("cp", ["-al", path.join(ROOT, "node_modules"), path.join(dir, "node_modules")]);
}

/** Runs `npm run build` (compile, type-check, next build, post-build), sampling the memory of its whole process tree every 200 ms. */
function timedBuild(dir: string): Promise<{ seconds: number; peakRssBytes: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn("npm", ["run", "build"], { cwd: dir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "ignore", "inherit"] });
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid ?? 0))), 200);
    child.once("exit", (code) => {
      clearInterval(sampler);
      if (code !== 0) return reject(new Error(`npm run build exited ${code}`));
      resolve({ seconds: (performance.now() - started) / 1000, peakRssBytes: peak });
    });
  });
}

const megabytes = (dir: string) => Math.round(Number(execFileSync("du", ["-sb", dir], { encoding: "utf8" }).split("\t")[0]) / 2 ** 20);

/** Status, header bytes and body bytes of one response, as sent (uncompressed body). */
async function measure(url: string) {
  const started = performance.now();
  const response = await fetch(url, { headers: { "Accept-Encoding": "identity" } });
  const body = (await response.arrayBuffer()).byteLength;
  const ms = performance.now() - started;
  let headers = 0;
  response.headers.forEach((value, name) => (headers += name.length + value.length + 4));
  return { status: response.status, headers, body, ms };
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? 0;

const results = [];
for (const n of NS) {
  const dir = path.join(tmpdir(), `meridian-scale-${n}`);
  console.log(`\nN = ${n}: generating…`);
  copyProject(dir);
  const options = syntheticOptions(n);
  const written = n > 1 ? writeSyntheticArticles(path.join(dir, "content", "articles"), 0, n - 1, options) : [];
  writeFileSync(path.join(dir, "content", "articles", `${LIVE.slug}.ts`), liveStoryModule({ ...LIVE, posts: LIVE_POSTS }));
  const livePath = `/${LIVE.section}/${LIVE.slug}`;
  console.log(`N = ${n}: building…`);
  const build = await timedBuild(dir);
  const disk = { nextMb: megabytes(path.join(dir, ".next")), contentMb: megabytes(path.join(dir, ".content")), standaloneMb: megabytes(path.join(dir, ".next", "standalone")) };

  const publishedDir = path.join(dir, ".published");
  // Throughput is measured from one address: per-client limits off here, on for the flood below.
  const server = await startOrigin(dir, PORT, { env: { PUBLISH_TOKEN: TOKEN, PUBLISHED_DIR: publishedDir, LIMITS_OFF: "1" } });
  let abuse: AbuseResult[] = [];
  let live: LiveEventResult | undefined;
  let liveFirstPageBytes = 0;
  try {
    const middle = written[Math.floor(written.length / 2)];
    const articlePath = middle ? `/${middle.section}/${middle.slug}` : `/${seed.section}/${seed.slug}`;
    const sectionCount = middle ? written.filter((story) => story.section === "world").length : 0;
    const deepPage = Math.max(2, Math.floor(sectionCount / 25 / 2));
    const middleMonth = middle ? new Date(Date.parse(options.start.toISOString()) + (written.length / 2) * options.stepMs).toISOString().slice(0, 7) : "2013-11";
    // The same URLs at every N where they exist; where a page grows with N (a listing fills up, a feed
    // reaches its 50 items) its compressed size is reported beside the figure.
    const kinds: Record<string, string> = {
      "article (the seed story)": `/${seed.section}/${seed.slug}`,
      "article (an archive story)": articlePath,
      "listing (front page)": "/",
      "listing (section, page 1)": `/${seed.section}`,
      "listing (section, a middle page)": sectionCount > 50 ? `/world/page/${deepPage}` : `/${seed.section}`,
      feed: "/rss.xml",
      "sitemap (index)": "/sitemap.xml",
      "sitemap (a month)": `/sitemaps/articles-${middleMonth}.xml`,
      [`live story (${LIVE_POSTS} posts, first page)`]: livePath,
    };
    const throughput: Record<string, LoadResult & { bytes: number }> = {};
    for (const [kind, pagePath] of Object.entries(kinds)) {
      // Served once first: "a page already served".
      const bytes = (await rawRequest(server.url + pagePath, { headers: LOAD.headers })).body.length;
      throughput[kind] = { ...(await load(server.url + pagePath, LOAD)), bytes };
    }

    // Archive stories nobody has asked for since the release, one at a time, spread over the archive.
    const older = written.slice(0, Math.max(0, written.length - 500));
    const sample = Array.from({ length: Math.min(COLD_SAMPLES, older.length) }, (_, index) => older[Math.floor((index * older.length) / Math.min(COLD_SAMPLES, older.length))]!);
    const cold: number[] = [];
    const slowest: { path: string; ms: number; order: number }[] = [];
    for (const story of sample) {
      const storyPath = `/${story.section}/${story.slug}`;
      const { status, ms } = await measure(server.url + storyPath);
      if (status !== 200) throw new Error(`${storyPath} answered ${status}`);
      cold.push(ms);
      slowest.push({ path: storyPath, ms: Math.round(ms), order: cold.length });
    }
    slowest.sort((a, b) => b.ms - a.ms).splice(5);

    const listings = ["/", "/world", "/topics/benchmark", "/topics/benchmark/page/2", "/archive", "/archive/2020", "/archive/2020/06", "/archive/2020/06/15", `/world/page/${deepPage}`];
    liveFirstPageBytes = (await measure(server.url + livePath)).body;
    let largestListing = { path: "", bytes: 0 };
    let largestHeaders = { path: "", bytes: 0 };
    for (const pagePath of [...listings, ...Object.values(kinds), "/sitemaps/pages-1.xml", "/sitemaps/articles-2020-06.xml"]) {
      const { status, headers, body } = await measure(server.url + pagePath);
      if (status !== 200 && status !== 404) throw new Error(`${pagePath} answered ${status}`);
      if (listings.includes(pagePath) && body > largestListing.bytes) largestListing = { path: pagePath, bytes: body };
      if (headers > largestHeaders.bytes) largestHeaders = { path: pagePath, bytes: headers };
    }

    // An editor adds one story and publishes it on the running site.
    const fresh = { ...options, prefix: "fresh-story", start: new Date(Date.now() - 60_000), headline: () => "A story published on the running site" };
    writeSyntheticArticles(path.join(dir, "content", "articles"), 0, 1, fresh);
    const publishStarted = performance.now();
    const publish = spawnSync(process.execPath, ["--import", "tsx", "scripts/publish-content.ts", "--origin", server.url], { cwd: dir, env: { ...process.env, PUBLISH_TOKEN: TOKEN }, encoding: "utf8" });
    if (publish.status !== 0) throw new Error(`content:publish failed:\n${publish.stdout}\n${publish.stderr}`);
    const freshPath = `/${fresh.sections[0]}/${syntheticSlug(fresh.prefix, 0)}`;
    while ((await measure(server.url + freshPath)).status !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
    const front = await (await fetch(`${server.url}/`)).text();
    const publishSeconds = (performance.now() - publishStarted) / 1000;
    if (!front.includes("A story published on the running site")) throw new Error("the published story is not on the front page");

    // The front and its renderer, after all of the above.
    const serverRssMb = Math.round(treeRss(server.process.pid ?? 0) / 2 ** 20);
    // A flood of searches from 200 addresses, against the origin with its limits on, and through the edge.
    await server.stop();
    const guarded = await startOrigin(dir, PORT, { env: { PUBLISHED_DIR: publishedDir } });
    const edge = await startEdge({ port: EDGE_PORT, upstreams: [PORT] });
    try {
      await fetch(guarded.url + articlePath);
      await fetch(edge.url + articlePath);
      abuse = [await underAbuse("origin", guarded.url, articlePath), await underAbuse("edge", edge.url, articlePath)];
    } finally {
      await edge.stop();
      await guarded.stop();
    }

    // A live event on two replicas sharing Redis, behind the edge.
    console.log(`N = ${n}: a live event…`);
    const redis = await startRedis(REDIS_PORT);
    const replicaEnv = { env: { PUBLISH_TOKEN: TOKEN, REDIS_URL: redis.url, LIMITS_OFF: "1" } };
    const replicas = [await startOrigin(dir, PORT, replicaEnv), await startOrigin(dir, REPLICA_PORT, replicaEnv)];
    const liveEdge = await startEdge({ port: EDGE_PORT, upstreams: [PORT, REPLICA_PORT] });
    try {
      const storyPaths = written.length > 0 ? [0.9, 0.5, 0.99, 0.1].map((at) => written[Math.floor(at * (written.length - 1))]!).map((story) => `/${story.section}/${story.slug}`) : [`/${seed.section}/${seed.slug}`];
      live = await liveEvent({
        dir,
        token: TOKEN,
        story: LIVE,
        basePosts: LIVE_POSTS,
        edge: liveEdge.url,
        replicas: replicas.map((replica) => replica.url),
        readerPaths: ["/", "/world", `/${seed.section}/${seed.slug}`, ...storyPaths],
        posts: Number(process.env.BENCH_LIVE_POSTS ?? 8),
        cacheCycleMs: LIVE_UPDATES_LIFETIME * 1000,
      });
    } finally {
      await liveEdge.stop();
      await Promise.all(replicas.map((replica) => replica.stop()));
      await redis.stop();
    }

    results.push({
      n,
      abuse,
      buildSeconds: Math.round(build.seconds),
      peakBuildMemoryMb: Math.round(build.peakRssBytes / 2 ** 20),
      disk,
      throughput,
      coldMs: { p50: Math.round(percentile(cold, 50)), p99: Math.round(percentile(cold, 99)), max: Math.round(Math.max(0, ...cold)), samples: cold.length, slowest },
      largestListing,
      largestHeaders,
      publishSeconds: Math.round(publishSeconds * 10) / 10,
      serverRssMb,
      liveFirstPageBytes,
      live,
    });
  } finally {
    await server.stop();
    if (!KEEP) rmSync(dir, { recursive: true, force: true });
  }
}

console.log("\n| N | build (s) | build peak (MB) | .next / content / standalone (MB) | cold p50 / p99 / max (ms) | largest listing | largest headers | publish → live (s) | server RSS (MB) |");
console.log("|---|---|---|---|---|---|---|---|---|");
for (const r of results) {
  console.log(
    `| ${r.n} | ${r.buildSeconds} | ${r.peakBuildMemoryMb} | ${r.disk.nextMb} / ${r.disk.contentMb} / ${r.disk.standaloneMb} | ${r.coldMs.p50} / ${r.coldMs.p99} / ${r.coldMs.max} | ${Math.round(r.largestListing.bytes / 1024)} KB (${r.largestListing.path}) | ${r.largestHeaders.bytes} B | ${r.publishSeconds} | ${r.serverRssMb} |`,
  );
}
const kinds = Object.keys(results[0]?.throughput ?? {});
console.log(`\n| req/s (p99 ms, errors; body as sent with Brotli) | ${results.map((r) => `N = ${r.n}`).join(" | ")} | last vs first |\n|---|${results.map(() => "---|").join("")}---|`);
for (const kind of kinds) {
  const cells = results.map((r) => r.throughput[kind]!).map((t) => `${t.requestsPerSecond} (${t.p99Ms}, ${t.errors + t.non2xx}; ${(t.bytes / 1024).toFixed(1)} KB)`);
  const first = results[0]?.throughput[kind]?.requestsPerSecond ?? 0;
  const last = results.at(-1)?.throughput[kind]?.requestsPerSecond ?? 0;
  console.log(`| ${kind} | ${cells.join(" | ")} | ${first ? `${Math.round((last / first) * 100)} %` : "-"} |`);
}
console.log(`\n| under a flood of searches | ${results.map((r) => `N = ${r.n}`).join(" | ")} | target |\n|---|${results.map(() => "---|").join("")}---|`);
const abuseTable = results.map((r) => r.abuse.flatMap(abuseRows));
for (const [index, row] of (abuseTable[0] ?? []).entries()) {
  console.log(`| ${row[0]} | ${abuseTable.map((rows) => `${rows[index]?.[1]} ${rows[index]?.[3]}`).join(" | ")} | ${row[2]} |`);
}
console.log(`\n| live coverage | ${results.map((r) => `N = ${r.n}`).join(" | ")} | target |\n|---|${results.map(() => "---|").join("")}---|`);
console.log(
  `| first page of a ${LIVE_POSTS}-post live story (KB of HTML) | ${results.map((r) => `${(r.liveFirstPageBytes / 1024).toFixed(1)} ${r.liveFirstPageBytes <= LIVE_FIRST_PAGE_BUDGET ? "ok" : "MISS"}`).join(" | ")} | ≤ 100 |`,
);
const liveTable = results.map((r) => (r.live ? liveEventRows(r.live, LIVE_UPDATES_LIFETIME) : []));
for (const [index, row] of (liveTable[0] ?? []).entries()) {
  console.log(`| ${row[0]} | ${liveTable.map((rows) => `${rows[index]?.[1]} ${rows[index]?.[3]}`).join(" | ")} | ${row[2]} |`);
}
mkdirSync(path.join(ROOT, "reports"), { recursive: true });
writeFileSync(path.join(ROOT, "reports", "bench-scale.json"), `${JSON.stringify({ date: new Date().toISOString(), load: LOAD, results }, null, 2)}\n`);
console.log("wrote reports/bench-scale.json");
