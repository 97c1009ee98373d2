import type { MetadataRoute } from "next";
import { BRAND_LOGO } from "@/content/brand";
import { site } from "@/content/site";

/**
 * The web app manifest (/manifest.webmanifest, linked from every page by Next.js): the site installs as
 * an app with its monogram (a maskable one for Android's shapes), its colours, and shortcuts.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: site.name,
    short_name: "Meridian",
    description: site.description,
    id: "/",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#fdfcf9",
    theme_color: "#fdfcf9",
    lang: site.locale,
    icons: [
      { src: "/brand/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: BRAND_LOGO.path, sizes: `${BRAND_LOGO.width}x${BRAND_LOGO.height}`, type: "image/png", purpose: "any" },
      { src: "/brand/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
    shortcuts: [
      { name: "Latest news", short_name: "Latest", url: "/" },
      { name: "Most read", url: "/most-read" },
      { name: "Search", url: "/search" },
    ],
  };
}
