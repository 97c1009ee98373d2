import type { Metadata } from "next";
import { FAVICON_SVG } from "./favicon-svg";

/** An SVG as a compact data: URL: only what must be is percent-encoded: quotes (HTML would escape them), spaces (a URL has none). */
const svgDataUrl = (svg: string) =>
  `data:image/svg+xml,${svg.replaceAll("%", "%25").replace(/["'<># ]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`)}`;

/**
 * The favicon travels inside the page (≈1 KB): a browser fetches a linked favicon while the page is
 * still loading, a request that competes with the stylesheet, fonts and lead photo on a slow line.
 * The front page also links a PNG, because search engines show the icon they can fetch from there.
 */
export function siteIcons({ forSearchEngines = false } = {}): NonNullable<Metadata["icons"]> {
  return {
    icon: [
      { url: svgDataUrl(FAVICON_SVG), type: "image/svg+xml", sizes: "any" },
      ...(forSearchEngines ? [{ url: "/brand/icon-192.png", type: "image/png", sizes: "192x192" }] : []),
    ],
    apple: [{ url: "/brand/apple-touch-icon.png", sizes: "180x180" }],
  };
}
