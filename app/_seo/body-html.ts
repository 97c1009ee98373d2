import { assertNever } from "@/content/assert-never";
import type { Block, Image } from "@/content/schema";
import { absoluteUrl } from "@/content/urls";

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

function figureHtml(image: Image): string {
  return `<figure><img src="${escapeHtml(absoluteUrl(image.src))}" width="${image.width}" height="${image.height}" alt="${escapeHtml(image.alt)}"><figcaption>${escapeHtml(image.caption)} (${escapeHtml(image.credit)})</figcaption></figure>`;
}

function blockHtml(block: Block): string {
  switch (block.type) {
    case "paragraph":
      return `<p>${escapeHtml(block.text)}</p>`;
    case "subheading":
      return `<h2>${escapeHtml(block.text)}</h2>`;
    case "quote":
      return `<blockquote><p>${escapeHtml(block.text)}</p>${block.attribution ? `<footer>${escapeHtml(block.attribution)}</footer>` : ""}</blockquote>`;
    case "image":
      return figureHtml(block.image);
    default:
      return assertNever(block);
  }
}

/** The full text as HTML for feed readers: the lead figure, the body, the source line. Absolute URLs only. */
export function articleHtml({ image, body, source }: { image: Image; body: readonly Block[]; source?: string }): string {
  return [figureHtml(image), ...body.map(blockHtml), source ? `<p>Source: ${escapeHtml(source)}</p>` : ""].join("");
}
