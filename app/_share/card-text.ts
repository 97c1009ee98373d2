/**
 * Text for share cards, drawn by sharp's text input: Pango lays it out (line breaks, bidirectional
 * order, right-to-left paragraphs aligned right), HarfBuzz shapes it (Arabic joined), FreeType draws it.
 * Only in the card's own fonts: fontconfig is pointed at app/_share/fonts and nothing else, so no system
 * font ever stands in and every machine draws the same card (validation refuses a headline character
 * those fonts lack: content/share-card-coverage.ts).
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";

const FONT_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), "app", "_share", "fonts");

/** Latin and Latin Extended in the serif; Pango takes Arabic from the next family. */
const FAMILIES = "Source Serif 4, Noto Naskh Arabic";

let fontsConfigured = false;
/**
 * fontconfig reads FONTCONFIG_FILE once, when sharp first draws text: before that, this process's
 * fontconfig is given a configuration that knows the card fonts alone (and a cache beside it).
 */
function configureCardFontsOnly() {
  if (fontsConfigured) return;
  // One folder per font folder, shared by every process of this release: the cache is built once.
  const directory = path.join(tmpdir(), `meridian-card-fonts-${createHash("sha256").update(FONT_DIR).digest("hex").slice(0, 12)}`);
  mkdirSync(directory, { recursive: true });
  const file = path.join(directory, "fonts.conf");
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig><dir>${FONT_DIR}</dir><cachedir>${directory}</cachedir></fontconfig>\n`,
  );
  process.env.FONTCONFIG_FILE = file;
  fontsConfigured = true;
}

export type TextStyle = {
  /** Pixels (the text is drawn at 72 dpi, where a point is a pixel). */
  size: number;
  weight: 400 | 700;
  color: string;
  letterSpacing?: number;
  /**
   * Labels drawn apart that must share a baseline (the date and the publication's name) start with an
   * invisible line holding a glyph as tall as their tallest letters: sharp crops a drawing to its ink,
   * and ink tops differ ("2 June" against "xx"). The drawing's `lead` says how much to skip.
   */
  strut?: boolean;
  /** Line height as CSS has it: a multiple of the size, whatever the fonts' own ascent and descent. */
  lineHeight?: number;
};

/**
 * A transparent PNG of the text, cropped to its ink; with a strut, `lead` pixels of it are the invisible
 * line above, and the text's tallest letters start right below them.
 */
export type DrawnText = { png: Buffer; width: number; height: number; lead: number };

/** A bar with an accent on it: as tall and as deep as the labels' letters, and narrow, drawn at the lowest opacity Pango has (1/65,536). */
const STRUT = "|\u0301";

const DEFAULT_LINE_HEIGHT = 1.25;
const lineAdvance = (style: TextStyle) => (style.lineHeight ?? DEFAULT_LINE_HEIGHT) * style.size;

const escapeMarkup = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function markup(text: string, style: TextStyle): string {
  // A strut needs a known line advance to be skipped: the label gets a line height too.
  const lineHeight = style.lineHeight ?? (style.strut ? DEFAULT_LINE_HEIGHT : undefined);
  const attributes = [
    `foreground="${style.color}"`,
    // Pango counts letter spacing in 1024ths of a point.
    style.letterSpacing ? `letter_spacing="${Math.round(style.letterSpacing * 1024)}"` : "",
    // Pango reads a line height under 16 as a multiple of the font's own (Naskh's is far taller than the
    // serif's): given in 1024ths of a point, it is absolute, as in CSS.
    lineHeight ? `line_height="${Math.round(lineHeight * style.size * 1024)}"` : "",
  ];
  const strut = style.strut ? `<span alpha="1">${STRUT}</span>\n` : "";
  return `<span ${attributes.filter(Boolean).join(" ")}>${strut}${escapeMarkup(text)}</span>`;
}

/** Draws `text` in one line, or wrapped at word boundaries within `width` pixels. */
export async function drawText(text: string, style: TextStyle, width?: number): Promise<DrawnText> {
  configureCardFontsOnly();
  const { data, info } = await sharp({
    text: {
      text: markup(text, style),
      font: `${FAMILIES} ${style.weight === 700 ? "Bold" : "Regular"} ${style.size}`,
      dpi: 72,
      rgba: true,
      ...(width ? { width, wrap: "word-char" as const } : {}),
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { png: data, width: info.width, height: info.height, lead: style.strut ? Math.round(lineAdvance(style)) : 0 };
}

/**
 * How many lines a drawing of `text` holds: one line of the same text (its ink may stand above or below
 * the line box), plus a line advance for each further line.
 */
async function linesOf(drawn: DrawnText, text: string, style: TextStyle): Promise<number> {
  const oneLine = await drawText(text, style);
  return 1 + Math.max(0, Math.round((drawn.height - oneLine.height) / lineAdvance(style)));
}

/**
 * `text` wrapped within `width`, in at most `maxLines` lines: a longer text is cut after its last word
 * that fits and ends in an ellipsis (at the line's end in either direction).
 */
export async function drawClamped(text: string, style: TextStyle & { lineHeight: number }, width: number, maxLines: number): Promise<DrawnText> {
  const whole = await drawText(text, style, width);
  if ((await linesOf(whole, text, style)) <= maxLines) return whole;
  const words = text.split(/\s+/);
  // "years,…" reads badly: a comma, colon or dash before the cut goes.
  const cut = (count: number) => `${words.slice(0, count).join(" ").replace(/[,;:\-–—]+$/u, "")}…`;
  // The most words that fit: at least one (a single word wider than the card is broken by Pango).
  let fits = 1;
  let tooMany = words.length;
  while (tooMany - fits > 1) {
    const middle = (fits + tooMany) >> 1;
    const candidate = await drawText(cut(middle), style, width);
    if ((await linesOf(candidate, cut(middle), style)) <= maxLines) fits = middle;
    else tooMany = middle;
  }
  return drawText(cut(fits), style, width);
}
