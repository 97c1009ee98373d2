/**
 * Starts a new article: npm run new-article -- "The headline" <section-slug> [--live]
 * (--live: a live story, its coverage open and a first post to write).
 * Writes content/articles/<slug>.ts and a stand-in image, then prints what is left to fill in. The slug
 * keeps the headline's script; the photo's file name is ASCII (scripts/lib/new-article.ts namesFor).
 */
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sections } from "../content/sections";
import { site } from "../content/site";
import { localTimestamp, renderArticleModule } from "./lib/new-article";

const live = process.argv.includes("--live");
const [headline, section] = process.argv.slice(2).filter((argument) => argument !== "--live");
const known = sections.map((candidate) => candidate.slug);
if (!headline || !section || !known.includes(section as (typeof known)[number])) {
  console.error(`usage: npm run new-article -- "The headline" <section> [--live]\n  sections: ${known.join(", ")}`);
  process.exit(2);
}

const root = path.resolve(import.meta.dirname, "..");
const { slug, photo, source } = renderArticleModule({ headline, section, timestamp: localTimestamp(new Date(), site.timeZone), live });
const file = path.join(root, "content", "articles", `${slug}.ts`);
if (existsSync(file)) {
  console.error(`${path.relative(root, file)} already exists`);
  process.exit(1);
}
writeFileSync(file, source);
execFileSync(process.execPath, [...process.execArgv, path.join(root, "scripts", "make-stand-in-image.ts"), photo], { stdio: "inherit" });
console.log(`wrote ${path.relative(root, file)}: fill in the empty fields, then run npm run check-content and npm run dev`);
