/**
 * The npm packages the origin itself imports (server/*.mjs) that Next.js's output tracing cannot see,
 * because no page imports them: copied into the standalone folder with everything they depend on, each
 * found as Node.js resolves it, at the same place under node_modules.
 */
import { cpSync, existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** Imported by the origin alone: parse5 (server/strip-framework.mjs), isbot (server/reads/read-counter.mjs). */
export const ORIGIN_PACKAGES = ["parse5", "isbot"] as const;

/** The folder of package `name` as resolved from `fromDir`. */
function packageDir(name: string, fromDir: string): string {
  const require = createRequire(path.join(fromDir, "noop.js"));
  let dir = path.dirname(require.resolve(name));
  while (!existsSync(path.join(dir, "package.json")) || JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")).name !== name) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`origin packages: cannot find the folder of ${name}`);
    dir = parent;
  }
  return dir;
}

/** Copies `names` and their dependencies, transitively, from projectDir's node_modules into standaloneDir's. Returns the folders copied. */
export function copyOriginPackages(projectDir: string, standaloneDir: string, names: readonly string[] = ORIGIN_PACKAGES): string[] {
  const copied = new Set<string>();
  const visit = (name: string, fromDir: string) => {
    const dir = packageDir(name, fromDir);
    if (copied.has(dir)) return;
    copied.add(dir);
    cpSync(dir, path.join(standaloneDir, path.relative(projectDir, dir)), { recursive: true, filter: (source) => !source.startsWith(path.join(dir, "node_modules")) });
    const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency, dir);
  };
  for (const name of names) visit(name, projectDir);
  return [...copied].map((dir) => path.relative(projectDir, dir));
}
