/**
 * How the serif is split for speed, the way Google Fonts splits by script: a small "core" file per
 * weight with what English news text uses (preloaded), and the rest of Fontsource's Latin file (loaded
 * only by a page that uses one of its characters, thanks to unicode-range). The core fits in one
 * round trip of a new connection (≈14 KB), the full Latin file (20–22 KB) needs two.
 */

/** What English copy uses: ASCII, no-break space, typographic quotes and dashes, ellipsis, £ € © ·. */
export const CORE_RANGE = "U+0020-007E,U+00A0,U+00A3,U+00A9,U+00B7,U+2013-2014,U+2018-2019,U+201C-201D,U+2022,U+2026,U+20AC";

/** Fontsource's "latin" subset, as its CSS declares it. */
export const LATIN_RANGE =
  "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD";

/** Parses "U+0020-007E,U+00A0" into code points. */
export function codePoints(range: string): number[] {
  return range.split(",").flatMap((part) => {
    const [first, last] = part.trim().replace(/^U\+/i, "").split("-");
    const start = Number.parseInt(first ?? "", 16);
    const end = last === undefined ? start : Number.parseInt(last, 16);
    if (!Number.isInteger(start) || !Number.isInteger(end) || end < start) throw new Error(`bad unicode-range part: ${part}`);
    return Array.from({ length: end - start + 1 }, (_, index) => start + index);
  });
}

/** Code points as sorted runs of consecutive ones: [first, last] each. */
export function codePointRuns(points: readonly number[]): [number, number][] {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const point of sorted) {
    const last = runs.at(-1);
    if (last && point === last[1] + 1) last[1] = point;
    else runs.push([point, point]);
  }
  return runs;
}

/** Writes code points back as a unicode-range, joining runs. */
export function toUnicodeRange(points: readonly number[]): string {
  const hex = (point: number) => point.toString(16).toUpperCase().padStart(4, "0");
  return codePointRuns(points)
    .map(([first, last]) => (first === last ? `U+${hex(first)}` : `U+${hex(first)}-${hex(last)}`))
    .join(",");
}

/** Latin minus core: what the second file holds and the range it is declared for. */
export const REST_RANGE = toUnicodeRange(codePoints(LATIN_RANGE).filter((point) => !new Set(codePoints(CORE_RANGE)).has(point)));

/**
 * Fontsource's "latin-ext" subset, as its CSS declares it: Turkish (ğ ı İ ş), Kurdish, Azerbaijani (ə)
 * and the transliteration of Arabic (ā ī ū ṣ ḥ ṭ ẓ ʿ ʾ), among others. Served as it is, loaded only by a
 * page that uses one of its characters.
 */
export const LATIN_EXT_RANGE =
  "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF";

/**
 * Arabic, for Noto Naskh Arabic: Fontsource's "arabic" range without the general punctuation it also
 * claims (hyphens U+2010-2011, the left-to-right mark), so an English page never fetches it for those.
 * The joiners stay: Arabic text shapes across them.
 */
export const ARABIC_RANGE = "U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200D,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC";
