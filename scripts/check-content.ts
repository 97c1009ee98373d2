/**
 * Validates every article module and reports every problem in every module at once.
 * Usage: npm run check-content [-- <articles folder>]   (default: content/articles)
 * Exits 1 when anything is wrong, so it can gate a commit or a deploy.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { authors } from "../content/authors";
import { createImageChecker } from "../content/image-files";
import { formatIssue, type ContentIssue } from "../content/issues";
import { validateArticles, type ArticleModuleEntry } from "../content/load";
import { sections } from "../content/sections";
import { listArticleFiles } from "./lib/registry";

const root = path.resolve(import.meta.dirname, "..");
const articlesDir = path.resolve(process.argv[2] ?? path.join(root, "content", "articles"));

const entries: ArticleModuleEntry[] = [];
const loadIssues: ContentIssue[] = [];
for (const file of listArticleFiles(articlesDir)) {
  const absolute = path.join(articlesDir, file);
  const shownAs = path.relative(root, absolute).split(path.sep).join("/");
  try {
    entries.push({ file: shownAs, module: await import(pathToFileURL(absolute).href) });
  } catch (error) {
    loadIssues.push({ file: shownAs, field: "(module)", message: `does not load: ${(error as Error).message}` });
  }
}

const { articles, issues } = validateArticles(entries, {
  sections,
  authors,
  checkImage: createImageChecker(path.join(root, "public")),
});
const allIssues = [...loadIssues, ...issues];
for (const issue of allIssues) console.error(formatIssue(issue));

const badFiles = new Set(allIssues.map((issue) => issue.file)).size;
console.log(`${articles.length} valid, ${badFiles} invalid (${allIssues.length} problems)`);
process.exit(allIssues.length > 0 ? 1 : 0);
