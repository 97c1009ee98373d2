/**
 * Islands: the only JavaScript readers get. Each is a small typed script in this folder,
 * `<name>.island.ts`, that enhances HTML which already works without it; `npm run islands:build`
 * (scripts/build-islands.ts, part of `npm run build`) bundles each one with esbuild into
 * `public/islands/<name>-<hash>.js`, served from this origin with a year's caching, and a page loads
 * it with <IslandScript name="…" /> where the HTML it enhances is. No framework runs in the browser.
 * "service-worker" is the one bundle no page loads: /sw.js serves it (app/sw.js/route.ts).
 */
export const ISLANDS = ["share-sheet", "live-updates", "offline-reading", "read-counter", "service-worker"] as const;

export type IslandName = (typeof ISLANDS)[number];

/** Where the bundles are written (served at /islands/…) and where their hashed names are listed. */
export const ISLAND_FILES = { outDir: "public/islands", urlPrefix: "/islands/", manifest: ".islands/manifest.json" } as const;

/** The manifest `npm run islands:build` writes: each island's URL, and its bytes as sent. */
export type IslandManifest = Record<IslandName, { src: string; bytes: number; gzipBytes: number }>;
