import localFont from "next/font/local";

/**
 * Source Serif 4 from @fontsource, served from our own origin: no network at build or run time. Two
 * static weights (20 + 22 KB, Latin) weigh less than the variable font (51 KB) that would cover them.
 * next/font preloads them and adds a metric-matched Times fallback, so the swap moves nothing.
 */
export const serif = localFont({
  src: [
    { path: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2", weight: "700", style: "normal" },
  ],
  variable: "--font-source-serif",
  display: "swap",
  adjustFontFallback: "Times New Roman",
});
