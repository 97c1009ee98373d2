/**
 * What a share card can draw. The headline is drawn on the card in the card's fonts
 * (app/_share/card-font-files.ts); a character none of them has would come out as an empty box, so
 * validation refuses it, naming the character. share-card-ranges.ts is those fonts' character maps,
 * written by `npm run fonts`.
 */
import { HEADLINE_RANGES } from "./share-card-ranges";

function drawable(codePoint: number): boolean {
  let low = 0;
  let high = HEADLINE_RANGES.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [start, end] = HEADLINE_RANGES[middle] ?? [0, -1];
    if (codePoint < start) high = middle - 1;
    else if (codePoint > end) low = middle + 1;
    else return true;
  }
  return false;
}

/** Format controls, joiners, variation selectors: shaping reads them, nothing draws them. */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;

/** The characters of `text` that no headline font on the card has, each once, in order. */
export function charactersTheCardCannotDraw(text: string): string[] {
  const missing = [...text].filter((character) => !INVISIBLE.test(character) && !drawable(character.codePointAt(0) ?? 0));
  return [...new Set(missing)];
}

/** "漢" (U+6F22) */
export function describeCharacter(character: string): string {
  return `"${character}" (U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")})`;
}
