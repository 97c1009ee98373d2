/**
 * The language a story is written in, and the direction its script runs. A story may declare its
 * language (BCP 47: "ar", "tr", "en-GB"); otherwise it is in the site's. Direction comes from the
 * language's likely script, so "ar" and "fa" run right to left, "ku" (Latin) and "tr" left to right.
 */
import { site } from "./site";

export type Direction = "ltr" | "rtl";

/** ISO 15924 codes of the scripts written right to left (Unicode property escapes take them too). */
const RIGHT_TO_LEFT_SCRIPTS = new Set(["Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Mand", "Samr", "Rohg"]);

/** "ar" → "ar"; "EN-gb" → "en-GB"; undefined when the tag is not well-formed BCP 47. */
export function canonicalLanguage(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

export function textDirection(language: string): Direction {
  return RIGHT_TO_LEFT_SCRIPTS.has(new Intl.Locale(language).maximize().script ?? "") ? "rtl" : "ltr";
}

/**
 * `lang` and `dir` for an element holding text in `language`, or nothing when it is the language of the
 * page around it (the page's own: the site's), so an English page carries no extra bytes.
 */
export function languageAttributes(language: string, around: string = site.locale): { lang?: string; dir?: Direction } {
  return language === around ? {} : { lang: language, dir: textDirection(language) };
}

/** A letter of those scripts; any other letter runs left to right. */
const RIGHT_TO_LEFT_LETTER = new RegExp(`[${[...RIGHT_TO_LEFT_SCRIPTS].map((script) => `\\p{Script=${script}}`).join("")}]`, "u");

/** The direction of a text's first letter, as `dir="auto"` decides it; undefined for a text without one. */
export function firstLetterDirection(text: string): Direction | undefined {
  const letter = /\p{L}/u.exec(text)?.[0];
  return letter === undefined ? undefined : RIGHT_TO_LEFT_LETTER.test(letter) ? "rtl" : "ltr";
}

/**
 * `dir` for a short text (a topic, a name) set on its own inside a story in `story`'s language: only
 * when its first letter runs the other way, so "Syria (war)" keeps its bracket inside an Arabic story.
 */
export function ownDirection(text: string, story: string): { dir?: Direction } {
  const direction = firstLetterDirection(text);
  return direction && direction !== textDirection(story) ? { dir: direction } : {};
}

/** Open Graph's locale for a language: "en-GB" → "en_GB", "ar" → "ar_EG" (its likely region). */
export function openGraphLocale(language: string): string {
  const locale = new Intl.Locale(language).maximize();
  return `${locale.language}_${locale.region ?? locale.language.toUpperCase()}`;
}
