// @ts-check

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    // Without it a page that reads `params.slug` synchronously type-checks and prerenders a 404.
    strictRouteTypes: true,
  },
  images: {
    // Only local images: no remotePatterns, so the optimizer never fetches from another host.
    formats: ["image/avif", "image/webp"],
    // The widths our layouts ask for; fewer variants to make and cache, and nothing at 3840 px.
    deviceSizes: [640, 750, 828, 1080, 1200, 1920, 2048],
    imageSizes: [256, 384],
  },
};

export default nextConfig;
