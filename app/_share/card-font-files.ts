/**
 * The fonts share cards are drawn with: Fontsource's files, as TrueType (scripts/make-fonts.ts writes
 * them to app/_share/fonts/). The headline is bold, in Source Serif 4 (Latin, Latin Extended) with
 * Noto Naskh Arabic for Arabic; the date line is regular Latin.
 */
export type CardFontFile = { package: string; source: string; file: string };

const fontsource = (pkg: string, subset: string, weight: 400 | 700): CardFontFile => ({
  package: pkg,
  source: `${pkg}-${subset}-${weight}-normal.woff2`,
  file: `${pkg}-${subset}-${weight}.ttf`,
});

export const HEADLINE_FONT_FILES: readonly CardFontFile[] = [
  fontsource("source-serif-4", "latin", 700),
  fontsource("source-serif-4", "latin-ext", 700),
  fontsource("noto-naskh-arabic", "arabic", 700),
];

export const CARD_FONT_FILES: readonly CardFontFile[] = [...HEADLINE_FONT_FILES, fontsource("source-serif-4", "latin", 400)];
