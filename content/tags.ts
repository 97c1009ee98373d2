import type { Tag } from "./schema";

/**
 * "Chemical weapons" → "chemical-weapons"; "Genève 2" → "geneve-2"; "İstanbul" → "istanbul"; "الأسد" →
 * "الأسد". Letters of any script survive: Latin (and other alphabets) without accents, Arabic with its
 * letters intact (hamza and madda are letters there) but without short-vowel marks; modifier letters
 * (ʿ, the tatweel) and invisible joiners are dropped; anything else separates words. The result is
 * always a slug the content schema accepts (SLUG_PATTERN), or "" when nothing is left.
 */
export function tagSlug(name: string): string {
  return name
    .normalize("NFC")
    .replace(/[^\p{Script=Arabic}]+/gu, (run) => run.normalize("NFKD").replace(/\p{M}/gu, ""))
    .replace(/[\u064B-\u0652\u0670\p{Lm}\p{Cf}]/gu, "")
    .toLowerCase()
    .replace(/[^\p{Ll}\p{Lo}\p{Nd}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

export function toTag(name: string): Tag {
  return { name, slug: tagSlug(name) };
}
