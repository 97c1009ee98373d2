/**
 * How text becomes search terms, the same way for stories (when they are indexed) and for queries: case
 * and accents folded ("Erdoğan" and "erdogan", "Genève" and "geneve" meet), Arabic letters that writers
 * spell several ways brought to one (alef forms, alef maqsura, taa marbuta, short vowels, tatweel), and
 * English words stemmed (Porter: "talks", "talking" and "talk" meet).
 */
import { stemmer } from "stemmer";

/** Letters that Unicode does not decompose into a base letter and a mark. */
const FOLDED_LETTERS: Record<string, string> = {
  ı: "i",
  ß: "ss",
  ø: "o",
  æ: "ae",
  œ: "oe",
  đ: "d",
  ł: "l",
  þ: "th",
  ð: "d",
  // Arabic: alef wasla, alef maqsura, taa marbuta; Persian kaf and yeh as their Arabic letters.
  ٱ: "ا",
  ى: "ي",
  ة: "ه",
  ک: "ك",
  ی: "ي",
};
const FOLDED_PATTERN = new RegExp(`[${Object.keys(FOLDED_LETTERS).join("")}]`, "gu");
/** Combining marks (accents, Arabic short vowels and hamza carriers' marks) and the tatweel, which only stretches a word. */
const MARKS = /[\p{M}\u0640]/gu;
/** Eastern Arabic and Persian digits as ASCII ones. */
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
/** A word as written: letters and digits, with their marks. */
const WRITTEN_WORD = /[\p{L}\p{M}\p{N}]+/gu;
const ENGLISH_WORD = /^[a-z]+$/;
const ASCII_WORD = /^[A-Za-z0-9]+$/;

/** Lower case, marks removed, variant letters brought to one: what two spellings of a word share. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(MARKS, "")
    .replace(FOLDED_PATTERN, (letter) => FOLDED_LETTERS[letter] ?? letter)
    .replace(ARABIC_DIGITS, (digit) => String(digit.charCodeAt(0) & 0xf));
}

/** A folded word as the index keeps it: English words by their stem, every other word as it is. */
function termOfFolded(word: string): string {
  return word.length > 2 && ENGLISH_WORD.test(word) ? stemmer(word) : word;
}

/** Terms already worked out, by the word as written: an archive repeats the same few hundred thousand words. */
const known = new Map<string, string>();
const MAX_KNOWN = 500_000;

/** The term a written word stands for ("" for a word of marks alone). */
function termOfWritten(word: string): string {
  let term = known.get(word);
  if (term === undefined) {
    if (known.size >= MAX_KNOWN) known.clear();
    term = termOfFolded(ASCII_WORD.test(word) ? word.toLowerCase() : foldText(word));
    known.set(word, term);
  }
  return term;
}

/** The terms of a text, in order, repeats kept (they count). */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const [word] of text.matchAll(WRITTEN_WORD)) {
    const term = termOfWritten(word);
    if (term !== "") terms.push(term);
  }
  return terms;
}

/** The term a word shown on the page stands for, or undefined for what is not a word (spaces, punctuation). */
export function termOfWord(word: string): string | undefined {
  WRITTEN_WORD.lastIndex = 0;
  const words = word.match(WRITTEN_WORD);
  const term = words?.length === 1 ? termOfWritten(words[0]!) : "";
  return term === "" ? undefined : term;
}
