/**
 * Marks the framework chunks a page runs at boot for eager compilation (V8's explicit compile hints,
 * Chrome 136+: https://v8.dev/blog/explicit-compile-hints).
 *
 * Without the hint V8 pre-parses each function and compiles it on the main thread the first time it
 * is called. Next.js's boot calls most of React DOM and the router at once, so about 60 % of its one
 * long task (profiled at 4x CPU) was lazy parsing and compiling. With `//# allFunctionsCalledOnLoad`
 * as a file's first line, V8 compiles the whole file while it streams it in, off the main thread.
 * Other engines read it as a comment.
 *
 * scripts/post-build.ts applies this to every chunk a prerendered page names, except `noModule`
 * polyfills, which Chromium never runs. A chunk keeps its name: every build adds the hint the same way,
 * so a hashed name still stands for one content.
 */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

const CHUNK = /\/_next\/static\/chunks\/([\w.-]+\.js)/g;
const NO_MODULE_SCRIPT = /<script src="\/_next\/static\/chunks\/([\w.-]+\.js)" noModule="">/g;

/** File names (under static/chunks/) of the scripts a page loads at boot, named anywhere in its HTML. */
export function bootChunks(html: string): string[] {
  const noModule = new Set([...html.matchAll(NO_MODULE_SCRIPT)].map((match) => match[1]));
  const names = [...html.matchAll(CHUNK)].map((match) => match[1] ?? "").filter((name) => !noModule.has(name));
  return [...new Set(names)];
}

/** The script with the hint as its first line; a script that has it already is returned as it is. */
export const withCompileHint = (source: string): string => (source.startsWith(COMPILE_HINT) ? source : COMPILE_HINT + source);
