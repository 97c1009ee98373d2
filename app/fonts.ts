import localFont from "next/font/local";

/**
 * Source Serif 4 from @fontsource, served from our own origin: no network at build or run time. Each
 * weight is split in two (scripts/make-fonts.ts): the core, which English copy needs, is preloaded and
 * fits in one round trip; the rest of Latin loads only on a page that uses it (unicode-range), and so
 * does Latin Extended (Turkish, Kurdish, Azerbaijani names, the transliteration of Arabic).
 *
 * Arabic is set in Noto Naskh Arabic, likewise only on a page that has Arabic.
 *
 * next/font names each family after its export ("serifCore", "serifRest", "serifExt"); app/globals.css
 * stacks them by name as --font-serif, with the core's metric-matched Times fallback last, so the swap
 * moves nothing. The layout imports this module for its @font-face rules and preloads; no element needs
 * the fonts' class names (each would be one more class on every page).
 * next/font takes only literal options: the ranges are scripts/lib/font-subsets.ts's, written out
 * (a unit test keeps them equal).
 */
export const serifCore = localFont({
  src: [
    { path: "./fonts/source-serif-4-400-core.woff2", weight: "400", style: "normal" },
    { path: "./fonts/source-serif-4-700-core.woff2", weight: "700", style: "normal" },
  ],
  variable: "--font-serif-core",
  display: "swap",
  adjustFontFallback: "Times New Roman",
  declarations: [{ prop: "unicode-range", value: "U+0020-007E,U+00A0,U+00A3,U+00A9,U+00B7,U+2013-2014,U+2018-2019,U+201C-201D,U+2022,U+2026,U+20AC" }],
});

export const serifRest = localFont({
  src: [
    { path: "./fonts/source-serif-4-400-rest.woff2", weight: "400", style: "normal" },
    { path: "./fonts/source-serif-4-700-rest.woff2", weight: "700", style: "normal" },
  ],
  variable: "--font-serif-rest",
  display: "swap",
  preload: false,
  // Its own fallback would be measured on glyphs it lacks (no ASCII); the core's covers the stack.
  adjustFontFallback: false,
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0000-001F,U+007F-009F,U+00A1-00A2,U+00A4-00A8,U+00AA-00B6,U+00B8-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-2012,U+2015-2017,U+201A-201B,U+201E-2021,U+2023-2025,U+2027-206F,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
    },
  ],
});

export const serifExt = localFont({
  src: [
    { path: "./fonts/source-serif-4-400-ext.woff2", weight: "400", style: "normal" },
    { path: "./fonts/source-serif-4-700-ext.woff2", weight: "700", style: "normal" },
  ],
  variable: "--font-serif-ext",
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF",
    },
  ],
});

/** Arabic, in Noto Naskh Arabic (a Naskh that sits well beside a text serif), only where a page has Arabic. */
export const naskhArabic = localFont({
  src: [
    { path: "./fonts/noto-naskh-arabic-400.woff2", weight: "400", style: "normal" },
    { path: "./fonts/noto-naskh-arabic-700.woff2", weight: "700", style: "normal" },
  ],
  variable: "--font-naskh-arabic",
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  declarations: [
    {
      prop: "unicode-range",
      value: "U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200D,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC",
    },
  ],
});
