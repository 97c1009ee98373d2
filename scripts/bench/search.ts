/**
 * npm run bench:search [-- 100000]: site search at archive scale. Builds the index of N stories of a
 * newsroom's vocabulary (scripts/lib/search-corpus.ts) as `content:compile` does, writes it and reads it
 * back as the server does, and measures the index's memory, and per query (word, two words, three words,
 * phrase; each query once, warm) the time from parsed query to the page's 25 stories. Targets: p95 under
 * 50 ms, memory under 300 MB. Also the time to choose a story's related stories in such an archive. Prints a table, writes reports/bench-search.json; `npm run bench` runs it.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createCatalog, tagsOf, type CatalogEntry } from "../../content/queries";
import { sections } from "../../content/sections";
import { readSearchIndex, SEARCH_FILES, writeSearchIndex } from "../../content/search/index-files";
import { createIndexBuilder, InvertedIndex } from "../../content/search/inverted-index";
import { parseQuery } from "../../content/search/query";
import { searchParts } from "../../content/search/ranked-search";
import { searchableTextOf } from "../../content/search/searchable-text";
import { searchCorpus, seededRandom } from "../lib/search-corpus";

/**
 * `--memory <dir>`: run in a fresh process, reads the index in <dir> as the server does and prints what
 * that added to the heap and to buffers (so nothing of the benchmark's own corpus is counted).
 */
if (process.argv[2] === "--memory") {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with node --expose-gc");
  gc();
  const before = process.memoryUsage();
  const index = new InvertedIndex(readSearchIndex(process.argv[3]!));
  gc();
  const after = process.memoryUsage();
  console.log(JSON.stringify({ bytes: after.heapUsed - before.heapUsed + after.arrayBuffers - before.arrayBuffers, documents: index.documents }));
  process.exit(0);
}

const N = Number(process.argv[2] ?? 100_000);
const QUERIES = 400;
const MB = (bytes: number) => Math.round(bytes / 2 ** 20);
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? 0;

console.log(`Search: ${new Intl.NumberFormat("en-GB").format(N)} stories of 500 words…`);
const { records, vocabulary } = searchCorpus(N);

let started = performance.now();
const builder = createIndexBuilder();
for (const record of records) builder.add(searchableTextOf(record));
const data = builder.finish();
const buildSeconds = (performance.now() - started) / 1000;
const dir = mkdtempSync(path.join(tmpdir(), "search-bench-"));
writeSearchIndex(dir, data);
const fileBytes = Object.values(SEARCH_FILES).reduce((sum, file) => sum + statSync(path.join(dir, file)).size, 0);

// Memory: measured in a process of its own; the timings below use an index read the same way.
const { bytes: memoryBytes } = JSON.parse(
  execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", import.meta.filename, "--memory", dir], { encoding: "utf8" }),
) as { bytes: number };
started = performance.now();
const index = new InvertedIndex(readSearchIndex(dir));
const loadSeconds = (performance.now() - started) / 1000;
rmSync(dir, { recursive: true, force: true });

// Stories as the catalog holds them: index fields in memory, the record read (parsed) when asked for.
const stored = records.map((record) => JSON.stringify(record));
const entries: CatalogEntry[] = records.map((record, doc) => ({
  slug: record.slug,
  section: record.section,
  tags: tagsOf(record.tags),
  authors: record.byline.authors ?? [],
  published: Date.parse(record.published),
  updated: Date.parse(record.updated),
  day: record.published.slice(0, 10),
  hash: "",
  record: () => JSON.parse(stored[doc]!),
}));

// Readers' queries: mostly one or two words, as common as words are (a power law over the ranks), some phrases.
const random = seededRandom(7);
const wordOfRank = () => vocabulary[Math.floor(Math.pow(random(), 3) * 30_000)]!;
const kinds = ["one word", "two words", "three words", "phrase"] as const;
const queries = Array.from({ length: QUERIES }, (_, i) => {
  const kind = kinds[i % kinds.length]!;
  if (kind !== "phrase") return { kind, text: Array.from({ length: kinds.indexOf(kind) + 1 }, wordOfRank).join(" ") };
  const words = (records[Math.floor(random() * records.length)]!.body[0] as { text: string }).text.split(" ");
  const at = Math.floor(random() * (words.length - 3));
  return { kind, text: `"${words.slice(at, at + 2 + (i % 2)).join(" ")}"` };
});

const times: Record<string, number[]> = Object.fromEntries(["all", ...kinds].map((kind) => [kind, []]));
const parts = [{ index, entries }];
let matched = 0;
for (const { kind, text } of queries) {
  const parsed = parseQuery(text);
  if (parsed.kind !== "query") continue;
  const start = performance.now();
  const results = searchParts(parts, parsed.query, 0, 25);
  const ms = performance.now() - start;
  matched += results.total;
  times.all!.push(ms);
  times[kind]!.push(ms);
}

// Related stories (content/related.ts), from the catalog's presorted lists: 1,000 stories, each resolved as a page shows them.
const catalog = createCatalog(entries, { sections, authors: [] });
const relatedTimes = Array.from({ length: 1000 }, () => {
  const slug = entries[Math.floor(random() * entries.length)]!.slug;
  const start = performance.now();
  catalog.related(slug, 4);
  return performance.now() - start;
});

const report = {
  stories: N,
  buildSeconds: Math.round(buildSeconds * 10) / 10,
  loadSeconds: Math.round(loadSeconds * 10) / 10,
  terms: data.terms.length,
  postingsBytes: data.postings.byteLength,
  fileBytes,
  memoryBytes,
  meanMatches: Math.round(matched / queries.length),
  related: { p50: percentile(relatedTimes, 50), p95: percentile(relatedTimes, 95), max: Math.max(...relatedTimes) },
  latency: Object.fromEntries(Object.entries(times).map(([kind, values]) => [kind, { p50: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values) }])),
};
const ms = (value: number) => `${value.toFixed(1)} ms`;
console.table([
  { figure: "index memory", value: `${MB(memoryBytes)} MB`, target: "< 300 MB", verdict: MB(memoryBytes) < 300 ? "ok" : "MISS" },
  { figure: "index on disk", value: `${MB(fileBytes)} MB`, target: "", verdict: "" },
  { figure: "build (compile)", value: `${report.buildSeconds} s`, target: "", verdict: "" },
  { figure: "load (first search)", value: `${report.loadSeconds} s`, target: "", verdict: "" },
  { figure: "related stories p50 / p95 / max", value: `${ms(report.related.p50)} / ${ms(report.related.p95)} / ${ms(report.related.max)}`, target: "", verdict: "" },
  ...Object.entries(report.latency).map(([kind, { p50, p95, max }]) => ({ figure: `query p50 / p95 / max: ${kind}`, value: `${ms(p50)} / ${ms(p95)} / ${ms(max)}`, target: kind === "all" ? "p95 < 50 ms" : "", verdict: kind === "all" ? (p95 < 50 ? "ok" : "MISS") : "" })),
]);
mkdirSync(path.join(import.meta.dirname, "..", "..", "reports"), { recursive: true });
writeFileSync(path.join(import.meta.dirname, "..", "..", "reports", "bench-search.json"), JSON.stringify(report, null, 2));
