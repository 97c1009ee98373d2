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
  },
};

export default nextConfig;
