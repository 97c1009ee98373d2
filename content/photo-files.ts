/**
 * A story's photo, wherever it is: in public/ if it came with the release, in the published store if it
 * was published on the running site since (content/published-source.mjs).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { publishedSource } from "./published-source.mjs";

export type Photo = { bytes: Buffer; type: string };

const TYPES: Record<string, string> = { ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".webp": "image/webp", ".avif": "image/avif" };

/** `src` as content names it: "/images/articles/x.jpg". Only paths of that shape are ever looked up. */
export async function readPhoto(src: string): Promise<Photo | undefined> {
  if (!/^\/(?!.*\.\.)[\w./-]+\.(?:jpe?g|png|webp|avif)$/.test(src)) return undefined;
  try {
    const bytes = await readFile(path.join(/* turbopackIgnore: true */ process.cwd(), "public", src));
    return { bytes, type: TYPES[path.extname(src).toLowerCase()] ?? "application/octet-stream" };
  } catch {
    const store = publishedSource();
    if (!store) return undefined;
    await store.ready;
    return store.readImage(src);
  }
}
