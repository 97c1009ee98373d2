// @ts-check
import path from "node:path";
import { COMMON_HEADERS, NON_PAGE_CSP } from "./server/security-headers.mjs";

/** Everything served that is not an HTML page: assets, public/ files, feeds, sitemaps, share images. */
const NON_PAGE_PATHS = [
  "/_next/static/:path*",
  "/islands/:path*",
  "/images/:path*",
  "/brand/:path*",
  "/share/:path*",
  "/sitemaps/:path*",
  "/:file(robots\\.txt|sitemap\\.xml|rss\\.xml|atom\\.xml|feed\\.json)",
  "/:section/rss.xml",
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Next.js would hash each page's body on every request for its ETag (an eighth of the server's CPU on
  // an article); scripts/post-build.ts computes it once and the origin answers If-None-Match.
  generateEtags: false,
  // A self-contained server folder (.next/standalone) for deployment: see README "Deploying".
  output: "standalone",
  typescript: {
    // `npm run build` type-checks (`npm run typecheck`) before `next build` starts. Next.js's own check runs while
    // Turbopack still holds the compiled graph: at 10,000 articles the two together peaked at 4.1 GB.
    ignoreBuildErrors: true,
  },
  // Pages rendered on demand, and those prerendered, are kept by Next.js's own caches, with one rule added
  // from the published store (server/cache-handler.mjs); the origin points it at its own copy.
  cacheHandler: path.resolve(import.meta.dirname, "server", "cache-handler.mjs"),
  // The Redis client and the shared cache handler run as they are published, not rebundled.
  serverExternalPackages: ["@redis/client", "@fortedigital/nextjs-cache-handler"],
  experimental: {
    // Without it a page that reads `params.slug` synchronously type-checks and prerenders a 404.
    strictRouteTypes: true,
  },
  outputFileTracingIncludes: {
    // Share images are drawn at request time with these fonts (fontconfig reads them: not traced).
    "/share/[slug]/[image]": ["./app/_share/fonts/*.ttf"],
    "/share/site.jpg": ["./app/_share/fonts/*.ttf"],
  },
  images: {
    // Only local images: no remotePatterns, so the optimizer never fetches from another host.
    formats: ["image/avif", "image/webp"],
    // The widths our layouts ask for, about a third apart: phones at 2-3x (828, 1200), desktops at 1-2x
    // of the 62rem column (1200, 1920). Each width is repeated in every page four times (srcset and
    // preload, in the HTML and the React payload), and each is one more variant to make and cache.
    deviceSizes: [640, 828, 1200, 1920],
    imageSizes: [256, 384],
    // The optimizer sends its own CSP; make it the same deny-all policy (plus sandbox).
    contentSecurityPolicy: `${NON_PAGE_CSP}; sandbox`,
  },
  async headers() {
    const openToOtherSites = [{ key: "Cross-Origin-Resource-Policy", value: "cross-origin" }];
    return [
      { source: "/:path*", headers: COMMON_HEADERS },
      // Pages (and the 404 page, wherever it is served) get a CSP with their own script hashes from
      // scripts/post-build.ts. What is not a page gets one that allows nothing; listed by name, so a
      // 404 at a junk path like /wp-login.php is not sent two policies. The image optimizer sets its own.
      ...NON_PAGE_PATHS.map((source) => ({ source, headers: [{ key: "Content-Security-Policy", value: NON_PAGE_CSP }] })),
      { source: "/_next/image", headers: openToOtherSites },
      // Images may be shown by feed readers and other sites.
      { source: "/images/:path*", headers: openToOtherSites },
      { source: "/share/:path*", headers: openToOtherSites },
      { source: "/brand/:path*", headers: openToOtherSites },
    ];
  },
};

export default nextConfig;
