import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { promisify } from "node:util";
import { articlePath, sectionPath, tagPath } from "@/content/urls";
import { expect, test } from "./fixtures";
import { seedArticle } from "./seed-article";

const article = seedArticle();
const pages = {
  front: "/",
  article: articlePath(article),
  section: sectionPath(article.section),
  topic: tagPath(article.tags[0] ?? { slug: "none" }),
  "not-found": "/no-such-page",
};

/** vnu-jar exports the path of its jar and ships no types. */
const vnuJar = String(createRequire(import.meta.url)("vnu-jar"));

type VnuMessage = { type: string; subType?: string; url: string; message: string; extract?: string };

test("every page type is valid HTML by the W3C Nu checker", async ({ request }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(path.join(tmpdir(), "vnu-"));
  const files = [];
  for (const [name, url] of Object.entries(pages)) {
    const file = path.join(dir, `${name}.html`);
    writeFileSync(file, await (await request.get(url)).text());
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
