/**
 * Compiles the author and article modules into the snapshot the site serves (.content/), validating
 * every one of them first: npm run content:compile [-- <articles folder>]. Runs before every build and dev server.
 * Exits 1, listing every problem by file and field, when anything is wrong; then nothing is written.
 */
import path from "node:path";
import { frontPage } from "../content/front-page";
import { mostRead } from "../content/most-read";
import { formatIssue } from "../content/issues";
import { checkNewsroomPages } from "../content/newsroom-pages";
import { sections } from "../content/sections";
import { site } from "../content/site";
import { SNAPSHOT_DIR } from "../content/snapshot";
import { compileContent } from "./lib/content-compiler";

const root = path.resolve(import.meta.dirname, "..");
const started = performance.now();
// The newsroom's pages about itself are read by the build from their modules: a wrong one stops the
// compile too, and then nothing is written (the articles are still checked, for one list of problems).
const pageIssues = checkNewsroomPages().issues;
const result = await compileContent({
  root,
  articlesDir: path.resolve(process.argv[2] ?? path.join(root, "content", "articles")),
  publicDir: path.join(root, "public"),
  authorsDir: path.join(root, "content", "authors"),
  sections,
  timeZone: site.timeZone,
  frontPage,
  mostRead,
  ...(pageIssues.length === 0 ? { outDir: path.join(root, SNAPSHOT_DIR) } : {}),
});
const issues = [...result.issues, ...pageIssues];
for (const issue of issues) console.error(formatIssue(issue));
if (issues.length > 0) {
  console.error(`Content is invalid (${issues.length} problems): nothing was compiled.`);
  process.exit(1);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`content: ${result.articles} articles and ${result.authors.length} authors compiled into ${SNAPSHOT_DIR}/ in ${seconds} s (${result.loaded} modules loaded, the rest unchanged)`);
