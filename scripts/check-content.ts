/**
 * Validates every author and article module (and the newsroom's pages) and reports every problem in every module at once, writing nothing.
 * Usage: npm run check-content [-- <articles folder>]   (default: content/articles)
 * Exits 1 when anything is wrong, so it can gate a commit or a deploy.
 */
import path from "node:path";
import { frontPage } from "../content/front-page";
import { mostRead } from "../content/most-read";
import { formatIssue } from "../content/issues";
import { checkNewsroomPages } from "../content/newsroom-pages";
import { sections } from "../content/sections";
import { site } from "../content/site";
import { compileContent } from "./lib/content-compiler";

const root = path.resolve(import.meta.dirname, "..");
const { issues: articleIssues, articles } = await compileContent({
  root,
  articlesDir: path.resolve(process.argv[2] ?? path.join(root, "content", "articles")),
  publicDir: path.join(root, "public"),
  authorsDir: path.join(root, "content", "authors"),
  sections,
  timeZone: site.timeZone,
  // The front page pins the site's own stories: checked against those, not against another folder.
  ...(process.argv[2] === undefined ? { frontPage, mostRead } : {}),
});
// The newsroom's pages about itself (content/pages/) are checked with the site's own content.
const issues = [...articleIssues, ...(process.argv[2] === undefined ? checkNewsroomPages().issues : [])];
for (const issue of issues) console.error(formatIssue(issue));

const badFiles = new Set(issues.map((issue) => issue.file)).size;
console.log(`${articles} valid, ${badFiles} invalid (${issues.length} problems)`);
process.exit(issues.length > 0 ? 1 : 0);
