import { termOfWord } from "@/content/search/terms";

/** Words and what lies between them; marks stay with their letters ("Erdoğan", Arabic with its vowels). */
const WORD_OR_NOT = /[\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+/gu;

/**
 * Text with the words the search matched in <mark>: a word is marked when it stands for one of the
 * query's terms, so "talks" is marked for a search for "talk" and "Erdoğan" for "erdogan".
 */
export function Highlighted({ text, terms }: { text: string; terms: ReadonlySet<string> }) {
  const parts = (text.match(WORD_OR_NOT) ?? []).map((part) => ({ part, marked: terms.has(termOfWord(part) ?? "") }));
  if (!parts.some(({ marked }) => marked)) return text;
  return parts.map(({ part, marked }, index) => (marked ? <mark key={index}>{part}</mark> : part));
}
