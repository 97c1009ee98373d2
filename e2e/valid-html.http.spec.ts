import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { promisify } from "node:util";
import { articlePath, sectionPath, tagPath } from "@/content/urls";
import { expect, test } from "./fixtures";
import { ARABIC_STORY, ENGLISH_STORY } from "./multilingual";
import { seedArticle } from "./seed-article";

const article = seedArticle();
const pages = {
  front: "/",
  article: articlePath(article),
  section: sectionPath(article.section),
  topic: tagPath(article.tags[0] ?? { slug: "none" }),
  "not-found": "/no-such-page",
  "search-empty": "/search",
};

/** vnu-jar exports the path of its jar and ships no types. */
const vnuJar = String(createRequire(import.meta.url)("vnu-jar"));

type VnuMessage = { type: string; subType?: string; url: string; message: string; extract?: string };

/** Pages of a site with an archive, rendered on demand: a published story, listings' later pages, the archive. */
const onDemand = {
  "published-article": "/world/archive-story-000007",
  "article-by-staff": "/world/archive-story-000008",
  author: "/authors/amira-haddad",
  "author-page-2": "/authors/amira-haddad/page/2",
  "front-with-blocks": "/",
  "search-results": "/search?q=synthetic+diplomacy&page=2",
  "search-arabic": "/search?q=%D8%A7%D9%88%D9%84",
  "section-page-2": "/world/page/2",
  "front-page-2": "/page/2",
  "topic-page-2": "/topics/benchmark/page/2",
  archive: "/archive",
  "archive-year": "/archive/2025",
  "archive-month": "/archive/2025/03",
  "archive-day-page-2": "/archive/2025/03/14/page/2",
  "arabic-article": `/middle-east/${encodeURIComponent(ARABIC_STORY.slug)}`,
  "mixed-direction-article": `/middle-east/${ENGLISH_STORY.slug}`,
};

test("every page type is valid HTML by the W3C Nu checker", async ({ request, archiveSite }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(path.join(tmpdir(), "vnu-"));
  const files = [];
  for (const [name, url] of [...Object.entries(pages), ...Object.entries(onDemand).map(([name, url]) => [name, archiveSite.url + url] as const)]) {
    const file = path.join(dir, `${name}.html`);
    const response = await request.get(url);
    expect(response.status(), url).toBe(200 + (name === "not-found" ? 204 : 0));
    writeFileSync(file, await response.text());
    files.push(file);
  }
  // vnu exits 1 when it finds errors; the JSON report is what we read either way.
  const { stdout } = await promisify(execFile)("java", ["-jar", vnuJar, "--format", "json", "--errors-only", "--stdout", ...files]).catch(
    (error: { stdout: string }) => error,
  );
  const errors = (JSON.parse(stdout) as { messages: VnuMessage[] }).messages.map(
    (message) => `${path.basename(message.url)}: ${message.message} [${message.extract ?? ""}]`,
  );
  expect(errors).toEqual([]);
});
