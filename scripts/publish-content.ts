/**
 * Publishes on the running site, without a rebuild: npm run content:publish -- [--origin URL]
 *
 * Compiles and validates the author and article modules exactly as the build does (every problem, by
 * file and field; nothing is sent while there is one), loading only the modules changed since the last
 * compile (at 100,000 stories one changed story costs about a second), asks the site what it serves, and sends in one
 * request the authors and stories that are new or changed, with their photos, and the slugs of stories
 * whose module is gone.
 * The site checks everything again and publishes all of it or none.
 *
 * Options: --origin (default http://127.0.0.1:3000), --articles <folder> (default content/articles),
 * --authors <folder> (default content/authors),
 * --public <folder> (default public), --most-read <module> (default content/most-read.ts: the stories
 * "Most read" never lists, sent when they changed), --max-deletions N (default 25: more needs a deliberate flag),
 * --dry-run (show what would change). The token comes from PUBLISH_TOKEN, as on the server.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { formatIssue, type ContentIssue } from "../content/issues";
import { sections } from "../content/sections";
import { site } from "../content/site";
import type { ArticleRecord } from "../content/schema";
import { openSnapshot, recordHash, SNAPSHOT_DIR, type Snapshot, type SnapshotEntry } from "../content/snapshot";
import { compileContent, imageSources, isCompileCurrent, type CompiledStory } from "./lib/content-compiler";
import { planPublish, timingNotes, type SiteManifest } from "./lib/publish-plan";

const root = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    origin: { type: "string", default: "http://127.0.0.1:3000" },
    articles: { type: "string", default: path.join(root, "content", "articles") },
    authors: { type: "string", default: path.join(root, "content", "authors") },
    public: { type: "string", default: path.join(root, "public") },
    "most-read": { type: "string", default: path.join(root, "content", "most-read.ts") },
    "max-deletions": { type: "string", default: "25" },
    "dry-run": { type: "boolean", default: false },
  },
});
const started = performance.now();
const fail = (message: string): never => {
  console.error(`content:publish: ${message}`);
  process.exit(1);
};
const token = process.env.PUBLISH_TOKEN ?? fail("set PUBLISH_TOKEN to the site's publishing token");
const origin = values.origin.replace(/\/+$/, "");
const articlesDir = path.resolve(values.articles);
const publicDir = path.resolve(values.public);
const authorsDir = path.resolve(values.authors);
// The stories "Most read" never lists: the compile checks them against the stories, as the build does;
// they are sent when they differ from the site's.
const mostReadModule = (await import(pathToFileURL(path.resolve(values["most-read"])).href)) as { mostRead?: { exclude?: unknown } };
const mostReadExclude = mostReadModule.mostRead?.exclude;
if (!Array.isArray(mostReadExclude)) fail(`${values["most-read"]} must export mostRead = { exclude: [...] }`);
const compileOptions = { root, articlesDir, authorsDir, publicDir, sections, timeZone: site.timeZone, keepRecords: true, mostRead: { exclude: mostReadExclude as unknown[] } };
// Modules unchanged since the last compile are taken from it as they are, so one changed story costs one
// story. The project's own compiled content (.content/, which a site running here may be serving) is only
// read; when it is stale, or for another folder, a compile of everything is made once and then reused.
const release = path.join(root, SNAPSHOT_DIR);
const ownFolder = articlesDir === path.join(root, "content", "articles");
const cacheDir = ownFolder ? release : path.join(tmpdir(), `meridian-publish-${createHash("sha256").update(articlesDir).digest("hex").slice(0, 12)}`);
const compiled = ownFolder && (await isCompileCurrent(release, compileOptions)) ? await compileContent({ ...compileOptions, reuse: release }) : await compileContent({ ...compileOptions, outDir: cacheDir });
if (compiled.issues.length > 0) {
  for (const issue of compiled.issues) console.error(formatIssue(issue));
  fail(`content is invalid (${compiled.issues.length} problems): nothing was sent`);
}
const exclude = [...new Set(mostReadExclude as string[])];

async function call(method: "GET" | "POST", body?: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${origin}/api/publish`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    return fail(`cannot reach ${origin}: ${(error as Error).message}`);
  }
  const answer = (await response.json().catch(() => ({}))) as { error?: string; issues?: ContentIssue[] };
  if (!response.ok) {
    for (const issue of answer.issues ?? []) console.error(formatIssue(issue));
    return fail(`${origin} refused (${response.status}): ${answer.error ?? response.statusText}`);
  }
  return answer;
}

const manifest = (await call("GET")) as SiteManifest;
/** The module's path as the site names modules (content/articles/…), whichever folder it was compiled from. */
const compiledPrefix = `${path.relative(root, articlesDir).split(path.sep).join("/")}/`;
const moduleFile = (shown: string) =>
  shown.startsWith(compiledPrefix) ? `content/articles/${shown.slice(compiledPrefix.length)}` : `content/articles/${path.relative(articlesDir, path.resolve(root, shown)).split(path.sep).join("/")}`;
const stories = new Map(compiled.stories.map((story) => [story.slug, story]));
const localAuthors = new Map(compiled.authors.map(({ author }) => [author.slug, author]));
const plan = planPublish(
  compiled.stories.map((story) => ({ slug: story.slug, hash: story.hash, file: moduleFile(story.file) })),
  manifest,
  compiled.authors.map(({ file, author }) => ({ slug: author.slug, hash: recordHash(author), file: `content/authors/${path.relative(authorsDir, path.resolve(root, file)).split(path.sep).join("/")}` })),
);

const show = (label: string, slugs: readonly string[]) => slugs.length > 0 && console.log(`${label} (${slugs.length}): ${slugs.slice(0, 20).join(", ")}${slugs.length > 20 ? ", …" : ""}`);
show("authors new or changed", plan.authors.map((author) => author.slug));
show("new", plan.added.map((article) => article.slug));
show("changed", plan.changed.map((article) => article.slug));
show("taken down", plan.deletions);
// A site from before "Most read" could be published to holds none: the same as an empty list.
const sentExclude = JSON.stringify(exclude) === JSON.stringify(manifest.mostRead?.exclude ?? []) ? undefined : exclude;
if (sentExclude) console.log(`"Most read" keeps out (${sentExclude.length}): ${sentExclude.join(", ") || "no story"}`);
// Stories sent ahead of their time wait on the site: say which, and until when.
const sending = [...plan.added, ...plan.changed].map((article) => stories.get(article.slug)!);
for (const { slug, note } of timingNotes(sending, Date.now())) console.log(`  ${slug}: ${note}`);
if (plan.added.length + plan.changed.length + plan.deletions.length + plan.authors.length === 0 && !sentExclude) {
  console.log(`${origin} already serves every module as it is (version ${manifest.version}): nothing to publish`);
  process.exit(0);
}
if (plan.deletions.length > Number(values["max-deletions"])) {
  fail(`this would take down ${plan.deletions.length} stories; if that is meant, pass --max-deletions ${plan.deletions.length}`);
}
if (values["dry-run"]) process.exit(0);

// A module loaded now carries its record; an unchanged one (which the site lacks, say after a takedown
// elsewhere) is read from the compile it came from, and must still be what was compared.
let compiledSnapshot: Snapshot | undefined;
let compiledEntries: Map<string, SnapshotEntry> | undefined;
function recordOf(story: CompiledStory): ArticleRecord {
  if (story.record) return story.record;
  compiledSnapshot ??= openSnapshot(compiled.reused ?? cacheDir);
  compiledEntries ??= new Map(compiledSnapshot.index.entries.map((entry) => [entry.slug, entry]));
  const entry = compiledEntries.get(story.slug);
  const record = entry && compiledSnapshot.readRecord(entry);
  return record && recordHash(record) === story.hash ? record : fail(`${story.file} changed in the compiled content while publishing: run the command again`);
}

const articles = [...plan.added, ...plan.changed].map((article) => ({ file: article.file, article: recordOf(stories.get(article.slug)!) }));
const authors = plan.authors.map((author) => ({ file: author.file, author: localAuthors.get(author.slug)! }));
const portraits = authors.flatMap(({ author }) => (author.photo ? [author.photo.src] : []));
const images = [...new Set([...articles.flatMap(({ article }) => imageSources(article)), ...portraits])].flatMap((src) => {
  const bytes = readFileSync(path.join(publicDir, src));
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return manifest.images[src] === sha256 ? [] : [{ path: src, data: bytes.toString("base64") }];
});
compiledSnapshot?.close();

const result = (await call("POST", { baseVersion: manifest.version, authors, articles, deletions: plan.deletions, images, ...(sentExclude ? { mostRead: { exclude: sentExclude } } : {}) })) as {
  version: number;
  published: string[];
  corrected: string[];
  removed: string[];
  authors: string[];
  mostRead: boolean;
};
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const authorsLine = (count: number) => (count === 0 ? "" : `${count} ${count === 1 ? "author" : "authors"} published or updated, `);
console.log(
  `${origin} is at version ${result.version}: ${authorsLine(result.authors.length)}${result.published.length} published, ${result.corrected.length} corrected, ${result.removed.length} taken down${result.mostRead ? ', "Most read" exclusions updated' : ""}, in ${seconds} s`,
);
