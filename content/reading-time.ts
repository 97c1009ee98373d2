/**
 * How long a story takes to read: its words, counted as the story's language divides them
 * (Intl.Segmenter: words in any script, not spaces), over how fast adults read that language silently.
 */
import type { ArticleRecord, Block } from "./schema";
import { site } from "./site";

/**
 * Words per minute of silent reading of non-fiction, by language (Brysbaert 2019, "How many words do we
 * read per minute?", Journal of Memory and Language 109, table 3); others read at the overall mean.
 */
const WORDS_PER_MINUTE: Readonly<Record<string, number>> = {
  ar: 138,
  de: 260,
  en: 238,
  es: 218,
  fa: 138,
  fr: 214,
  he: 187,
  it: 188,
  nl: 228,
  pl: 166,
  pt: 181,
  ru: 184,
  sv: 199,
  tr: 166,
};
const MEAN_WORDS_PER_MINUTE = 184;

const segmenters = new Map<string, Intl.Segmenter>();

/** Words in a text, as the language's word breaking finds them (punctuation and spaces are not words). */
export function countWords(text: string, language: string): number {
  let segmenter = segmenters.get(language);
  if (!segmenter) segmenters.set(language, (segmenter = new Intl.Segmenter(language, { granularity: "word" })));
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words += 1;
  return words;
}

/** Whole minutes to read blocks written in `language` (paragraphs, subheadings, quotes), at least one. */
export function readingMinutes(blocks: readonly Block[], language: string): number {
  let words = 0;
  for (const block of blocks) if ("text" in block) words += countWords(block.text, block.type !== "subheading" && block.language ? block.language : language);
  const rate = WORDS_PER_MINUTE[new Intl.Locale(language).language] ?? MEAN_WORDS_PER_MINUTE;
  return Math.max(1, Math.round(words / rate));
}

/** A story's reading time as its page and cards show it; none for a live story, which keeps growing. */
export function readingMinutesOf(record: Pick<ArticleRecord, "body" | "language" | "kind">): number | undefined {
  return record.kind === "live" ? undefined : readingMinutes(record.body, record.language ?? site.locale);
}
