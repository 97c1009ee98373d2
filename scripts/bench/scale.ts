/**
 * npm run bench:scale [-- 1 1000 10000]: for each N, copies the project into a temporary folder (never
 * into content/), adds N synthetic articles beside the real ones, builds and serves it, and reports build time,
 * peak memory of the build (`npm run build`, the whole process tree), .next size and article requests per second.
 */
import { spawn, execFileSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { load } from "./lib/load";
import { treeRss } from "./lib/process-tree";
import { ROOT, startNext } from "./lib/server";
import { article as seed } from "../../content/articles/putin-discusses-syria-peace-efforts-with-assad";

const counts = process.argv.slice(2).map(Number).filter((n) => n > 0);
const NS = counts.length > 0 ? counts : [1, 1_000, 10_000];
const SECTIONS = ["middle-east", "world", "business"];
const PORT = 3203;

function syntheticArticle(index: number): { slug: string; source: string } {
  const slug = `synthetic-story-${String(index).padStart(6, "0")}`;
  // Spread over years, two minutes apart, so sorting and sitemaps see real variety.
  const published = new Date(Date.UTC(2015, 0, 1) + index * 120_000).toISOString().replace(".000Z", "+00:00");
  const paragraphs = Array.from({ length: 12 }, (_, p) => `    { type: "paragraph", text: ${JSON.stringify(`Paragraph ${p + 1} of synthetic story ${index}: the talks resumed after a week of shuttle diplomacy, officials said, and both delegations expect a statement within days.`)} },`);
  const source = `import type { ArticleSource } from "../schema";

export const article = {
  slug: "${slug}",
  headline: "Synthetic story ${index}: talks resume after a week of shuttle diplomacy",
  standfirst: "A generated article for the scale benchmark, shaped like a real one.",
  section: "${SECTIONS[index % SECTIONS.length]}",
  tags: ["Benchmark", "Topic ${index % 50}"],
  published: "${published}",
  updated: "${published}",
  byline: { agency: "Agencies" },
  source: "Agencies",
  image: {
    // The seed's photo file, so its declared size always matches what the build checks.
    src: "${seed.image.src}",
    width: ${seed.image.width},
    height: ${seed.image.height},
    alt: "Stand-in image",
    caption: "A caption for synthetic story ${index}",
    credit: "AP",
  },
  body: [
${paragraphs.join("\n")}
  ],
} as const satisfies ArticleSource;
`;
  return { slug, source };
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

/** Runs `npm run build` (registry, type-check, next build, post-build), sampling the memory of its whole process tree every 200 ms. */
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

const results = [];
for (const n of NS) {
  const dir = path.join(tmpdir(), `meridian-scale-${n}`);
  console.log(`\nN = ${n}: generating…`);
  copyProject(dir);
  for (let index = 0; index < n; index += 1) {
    const { slug, source } = syntheticArticle(index);
    writeFileSync(path.join(dir, "content", "articles", `${slug}.ts`), source);
  }
  console.log(`N = ${n}: building…`);
  const build = await timedBuild(dir);
  const nextBytes = Number(execFileSync("du", ["-sb", path.join(dir, ".next")], { encoding: "utf8" }).split("\t")[0]);
  const server = await startNext(dir, PORT, {}, path.join(dir, "node_modules", ".bin", "next"));
  const middle = syntheticArticle(Math.floor(n / 2));
  const url = `${server.url}/${SECTIONS[Math.floor(n / 2) % SECTIONS.length]}/${middle.slug}`;
  const throughput = await load(url);
  await server.stop();
  results.push({ n, buildSeconds: Math.round(build.seconds), peakRssMb: Math.round(build.peakRssBytes / 2 ** 20), nextMb: Math.round(nextBytes / 2 ** 20), ...throughput });
  rmSync(dir, { recursive: true, force: true });
}

console.log("\n| N | build (s) | peak RSS (MB) | .next (MB) | article req/s | p99 (ms) | errors |\n|---|---|---|---|---|---|---|");
for (const r of results) console.log(`| ${r.n} | ${r.buildSeconds} | ${r.peakRssMb} | ${r.nextMb} | ${r.requestsPerSecond} | ${r.p99Ms} | ${r.errors + r.non2xx} |`);
const first = results[0];
const last = results.at(-1);
if (first && last && first !== last) {
  console.log(`\nreq/s at N=${last.n} is ${((last.requestsPerSecond / first.requestsPerSecond) * 100).toFixed(0)}% of N=${first.n}`);
  const perArticle = results.filter((r) => r.n >= 1000).map((r) => `${r.n}: ${((r.buildSeconds / r.n) * 1000).toFixed(1)} ms/article`);
  if (perArticle.length > 0) console.log(`build time per article — ${perArticle.join(", ")}`);
}
mkdirSync(path.join(ROOT, "reports"), { recursive: true });
writeFileSync(path.join(ROOT, "reports", "bench-scale.json"), `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`);
console.log("wrote reports/bench-scale.json");
