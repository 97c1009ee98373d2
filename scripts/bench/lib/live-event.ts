/**
 * A live event on the replicated site (issue 22 §4): while 2,000 readers follow a live story through
 * the edge and 50 connections read the front page and other stories, an editor adds a post every half
 * minute with `npm run content:publish` (through the edge, as from the newsroom). Measures how long
 * each post takes, from the moment the command starts, to be on the story's page and in its updates
 * document on every replica and through the edge; what the pollers cost the origin; and the other
 * readers' p99 during the event against the same load before it.
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { liveStoryModule, type LiveStoryOptions } from "../../lib/live-story";
import { loadInChild, type LoadResult } from "./load";
import { pollInChild, type PollersResult } from "./pollers";

export type LiveEventOptions = {
  /** The project copy whose build the replicas serve; its content/articles/ holds the live story. */
  dir: string;
  token: string;
  story: Omit<LiveStoryOptions, "posts">;
  /** Posts the story has before the event. */
  basePosts: number;
  edge: string;
  replicas: readonly string[];
  /** What the other readers read (the front page, a section, stories). */
  readerPaths: readonly string[];
  posts?: number;
  intervalMs?: number;
  readers?: number;
  quietSeconds?: number;
  /** The edge's cache lifetime for the page and the updates document: posts are spread over it. */
  cacheCycleMs?: number;
};

export type Publish = { post: string; commandSeconds: number; visibleSeconds: number };

export type LiveEventResult = {
  pollers: PollersResult;
  quiet: LoadResult;
  duringEvent: LoadResult;
  publishes: Publish[];
  visibleSeconds: { p50: number; p95: number; max: number };
};

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? 0;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `npm run content:publish` against `origin`. At the readers' load's priority: on this one machine
 * the editor's laptop gets a share of the CPU like the readers' machines do. (At the lowest priority,
 * under 50 connections reading as fast as they can, it got almost none: 5.6 to 14.5 s a publish.)
 */
function publishFrom(dir: string, origin: string, token: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/publish-content.ts", "--origin", origin], {
      cwd: dir,
      env: { ...process.env, PUBLISH_TOKEN: token },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let errors = "";
    child.stderr.on("data", (chunk) => (errors += chunk));
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`content:publish exited ${code}: ${errors}`))));
  });
}

/** Resolves once every URL's body contains its marker, checking each every 200 ms until it does. */
async function allShow(checks: readonly { url: string; marker: string }[], timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  await Promise.all(
    checks.map(async ({ url, marker }) => {
      while (!(await fetch(url).then((response) => response.text(), () => "")).includes(marker)) {
        if (performance.now() > deadline) throw new Error(`${url} still lacks ${marker} after ${timeoutMs} ms`);
        await sleep(200);
      }
    }),
  );
}

export async function liveEvent(options: LiveEventOptions): Promise<LiveEventResult> {
  const { dir, token, story, basePosts, edge, replicas, readerPaths, posts = 8, intervalMs = 30_000, readers = 2_000, quietSeconds = 20, cacheCycleMs = 5_000 } = options;
  const storyPath = `/${story.section}/${story.slug}`;
  const moduleFile = path.join(dir, "content", "articles", `${story.slug}.ts`);
  const eventSeconds = Math.ceil((posts * intervalMs + cacheCycleMs) / 1000);
  // Pollers for the whole of it: the quiet spell (with its warm-up), then the event.
  const polling = pollInChild({ url: `${edge}${storyPath}/live.json`, readers, seconds: quietSeconds + 2 + eventSeconds + 5, intervalMs: 15_000 });
  const quiet = await loadInChild(edge, readerPaths, { seconds: quietSeconds });

  const reading = loadInChild(edge, readerPaths, { seconds: eventSeconds, warmUp: false });
  const publishes: Publish[] = [];
  for (let index = 0; index < posts; index += 1) {
    // Each post a little later in its half minute than the one before, so that the posts fall at
    // different points of the edge's cache cycle: an interval that is a multiple of that lifetime
    // would measure one phase only (every post alike), the luckiest or the unluckiest.
    if (index > 0) await sleep(Math.round((cacheCycleMs * index) / posts) - Math.round((cacheCycleMs * (index - 1)) / posts));
    const slot = performance.now();
    const count = basePosts + index + 1;
    writeFileSync(moduleFile, liveStoryModule({ ...story, posts: count }));
    const started = performance.now();
    const published = publishFrom(dir, edge, token).then(() => performance.now());
    const marker = `post-${count}`;
    const everywhere = [edge, ...replicas].flatMap((base) => [
      { url: `${base}${storyPath}`, marker: `id="post-${marker}"` },
      { url: `${base}${storyPath}/live.json`, marker: `"id":"${marker}"` },
    ]);
    await allShow(everywhere, 60_000);
    const visibleAt = performance.now();
    publishes.push({ post: marker, commandSeconds: Math.round(((await published) - started) / 100) / 10, visibleSeconds: Math.round((visibleAt - started) / 100) / 10 });
    await sleep(Math.max(0, slot + intervalMs - performance.now()));
  }
  const duringEvent = await reading;
  const pollers = await polling;
  const visible = publishes.map((publish) => publish.visibleSeconds);
  return { pollers, quiet, duringEvent, publishes, visibleSeconds: { p50: percentile(visible, 50), p95: percentile(visible, 95), max: Math.max(0, ...visible) } };
}

/** The table rows, with each budget's verdict. */
/** `cacheLifetimeSeconds`: the edge's for the updates document (its s-maxage). */
export function liveEventRows({ pollers, quiet, duringEvent, publishes, visibleSeconds }: LiveEventResult, cacheLifetimeSeconds: number): [string, string, string, string][] {
  const lifetimes = pollers.seconds / cacheLifetimeSeconds;
  const perLifetime = Math.round((pollers.originRequests / lifetimes) * 10) / 10;
  const commandSeconds = publishes.map((publish) => publish.commandSeconds);
  return [
    [`publish → on the page and in the updates document on every replica and the edge, p50 / p95 / max (s; ${publishes.length} posts)`, `${visibleSeconds.p50} / ${visibleSeconds.p95} / ${visibleSeconds.max}`, "p95 ≤ 10", visibleSeconds.p95 <= 10 ? "ok" : "MISS"],
    ["content:publish itself, min–max (s)", `${Math.min(...commandSeconds)}–${Math.max(...commandSeconds)}`, "-", "-"],
    [
      `${pollers.readers} readers polling every 15 s through the edge: requests / to the origin (per ${cacheLifetimeSeconds} s cache lifetime)`,
      `${pollers.requests} / ${pollers.originRequests} (${perLifetime})`,
      "≈ 1 per lifetime",
      perLifetime <= 2 ? "ok" : "MISS",
    ],
    [
      "pollers: answers by cache status; errors; bytes when nothing new / new; p95 (ms)",
      `${JSON.stringify(pollers.byCacheStatus)}; ${pollers.errors}${pollers.errors ? ` ${JSON.stringify(pollers.errorCodes)}` : ""}; ${pollers.meanBytes.notModified} / ${pollers.meanBytes.changed}; ${pollers.ms.p95}`,
      "0 errors",
      pollers.errors === 0 ? "ok" : "MISS",
    ],
    [`other readers through the edge (50 connections): p99 quiet → during the event (ms)`, `${quiet.p99Ms} → ${duringEvent.p99Ms}`, "≤ 3x", duringEvent.p99Ms <= 3 * Math.max(quiet.p99Ms, 1) ? "ok" : "MISS"],
    ["other readers: errors + non-2xx during the event", `${duringEvent.errors + duringEvent.non2xx} of ${duringEvent.total}`, "0", duringEvent.errors + duringEvent.non2xx === 0 ? "ok" : "MISS"],
  ];
}
