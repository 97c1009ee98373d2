import { readFileSync } from "node:fs";
import path from "node:path";
import { ISLAND_FILES, type IslandManifest, type IslandName } from "./islands";

let manifest: IslandManifest | undefined;

/** The islands' hashed URLs, as `npm run islands:build` wrote them (read again in development, where they are rebuilt). */
function readManifest(): IslandManifest {
  if (manifest && process.env.NODE_ENV !== "development") return manifest;
  const file = path.join(/* turbopackIgnore: true */ process.cwd(), ISLAND_FILES.manifest);
  try {
    manifest = JSON.parse(readFileSync(file, "utf8")) as IslandManifest;
  } catch (error) {
    throw new Error(`${ISLAND_FILES.manifest} cannot be read (run \`npm run islands:build\`): ${error instanceof Error ? error.message : String(error)}`);
  }
  return manifest;
}

/** The URL of an island's bundle: content-hashed, so it can be cached for a year. */
export function islandSrc(name: IslandName): string {
  const entry = readManifest()[name];
  if (!entry) throw new Error(`${ISLAND_FILES.manifest} has no island "${name}" (run \`npm run islands:build\`)`);
  return entry.src;
}
