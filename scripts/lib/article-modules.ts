/**
 * Loads article modules (TypeScript files under content/articles/) as data, outside Next's bundler and
 * the type checker, so neither grows with the archive. esbuild bundles a few thousand modules into one
 * script at a time (it strips the types and follows any imports), and the script runs once: 100,000
 * modules load in about 30 s. A module that does not compile, or throws, is reported by file.
 */
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { build, type Message } from "esbuild";
import type { ContentIssue } from "../../content/issues";
import type { ArticleModuleEntry } from "../../content/load";

const BATCH_SIZE = 4000;
const nodeRequire = createRequire(import.meta.url);

/** Module files below the folder, in a stable order; tests and dotfiles are not articles. */
export function listArticleFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.startsWith("."))
    // Most modules sit in the folder itself: no path arithmetic for them (100,000 of it costs a tenth of a second).
    .map((entry) => (entry.parentPath === dir ? entry.name : path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/")))
    .sort();
}

type Loaded = { entries: ArticleModuleEntry[]; issues: ContentIssue[] };

/** One script that imports each module and exports their namespaces in order. */
async function bundle(dir: string, files: readonly string[]): Promise<string> {
  const imports = files.map((file, index) => `import * as m${index} from ${JSON.stringify(`./${file}`)};`);
  const result = await build({
    stdin: { contents: `${imports.join("\n")}\nexport default [${files.map((_, index) => `m${index}`).join(",")}];`, resolveDir: dir, loader: "ts", sourcefile: "articles.ts" },
    bundle: true,
    write: false,
    format: "cjs",
    platform: "node",
    logLevel: "silent",
    absWorkingDir: dir,
  });
  return result.outputFiles[0]?.text ?? "";
}

function evaluate(code: string): unknown[] {
  const bundled: { exports: { default?: unknown[] } } = { exports: {} };
  new Function("module", "exports", "require", code)(bundled, bundled.exports, nodeRequire);
  return bundled.exports.default ?? [];
}

const errorsOf = (error: unknown): Message[] | undefined => (error as { errors?: Message[] }).errors;

/** Loads `files` (relative to `dir`); `shownAs` turns a file into the name an editor sees in messages. */
async function loadBatch(dir: string, files: readonly string[], shownAs: (file: string) => string): Promise<Loaded> {
  try {
    const modules = evaluate(await bundle(dir, files));
    return { entries: files.map((file, index) => ({ file: shownAs(file), module: modules[index] })), issues: [] };
  } catch (error) {
    if (files.length === 1) {
      // Alone in its batch, whatever went wrong (a syntax error, a missing import, a throw) is this module's.
      const file = shownAs(files[0] ?? "");
      const messages = errorsOf(error);
      const issues = messages
        ? messages.map((message) => ({ file, field: "(module)", message: `does not compile: ${message.text}${message.location ? ` (${message.location.file}:${message.location.line})` : ""}` }))
        : [{ file, field: "(module)", message: `does not load: ${(error as Error).message}` }];
      return { entries: [], issues };
    }
    // Somewhere in the batch a module does not compile or throws: load them one by one to name it.
    const loaded: Loaded = { entries: [], issues: [] };
    for (const file of files) {
      const one = await loadBatch(dir, [file], shownAs);
      loaded.entries.push(...one.entries);
      loaded.issues.push(...one.issues);
    }
    return loaded;
  }
}

/**
 * Loads the modules batch by batch, handing each batch to `onBatch` before the next is loaded, so memory
 * stays flat whatever the archive's size.
 */
export async function loadArticleModules(
  dir: string,
  files: readonly string[],
  shownAs: (file: string) => string,
  onBatch: (loaded: Loaded) => void,
): Promise<void> {
  for (let start = 0; start < files.length; start += BATCH_SIZE) {
    onBatch(await loadBatch(dir, files.slice(start, start + BATCH_SIZE), shownAs));
  }
}
