/**
 * The "Most read" module (content/most-read.ts) checked against the stories: every excluded slug must be
 * a story's, or an editor who misspelt one would believe it kept out. Run by every compile.
 */
import type { ContentIssue } from "./issues";

export const MOST_READ_FILE = "content/most-read.ts";

export function checkMostRead(source: { exclude: readonly unknown[] }, slugs: ReadonlySet<string>): ContentIssue[] {
  return source.exclude.flatMap((slug, index) =>
    typeof slug === "string" && slugs.has(slug) ? [] : [{ file: MOST_READ_FILE, field: `exclude[${index}]`, message: `unknown story ${JSON.stringify(slug)} (no module in content/articles/ has this slug)` }],
  );
}
