import localFont from "next/font/local";

/**
 * Source Serif 4 (variable weight, Latin subset) from @fontsource, served from our own origin: no
 * network at build or run time. next/font preloads it and adds a metric-matched fallback, so the swap
 * moves nothing.
 */
export const serif = localFont({
  src: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2",
  variable: "--font-source-serif",
  weight: "200 900",
  style: "normal",
  display: "swap",
  adjustFontFallback: "Times New Roman",
});
