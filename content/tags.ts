import type { Tag } from "./schema";

/** "Chemical weapons" → "chemical-weapons"; "Genève 2" → "geneve-2". Letters of any script survive. */
export function tagSlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

export function toTag(name: string): Tag {
  return { name, slug: tagSlug(name) };
}
