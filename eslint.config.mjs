import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Pages are prerendered documents linked with plain <a>: next/link's client router would add
      // about 6 KB of JavaScript to every page for navigation a CDN already makes fast.
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  {
    // Layers: content/ depends on nothing above it; the origin's runtime reads content, never pages or
    // components. (Pages and components read content; the origin's runtime provides the published store
    // to content through content/published-source.mjs.)
    files: ["content/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/server/**", "@/components/**", "@/app/**", "**/../server/**", "**/../components/**", "**/../app/**"], message: "content/ depends on nothing above it." }] }],
    },
  },
  {
    files: ["server/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/components/**", "@/app/**", "**/../components/**", "**/../app/**"], message: "The origin's runtime reads content, never pages or components." }] }],
    },
  },
  globalIgnores([".next/**", "public/islands/**", ".bench/**", "node_modules/**", "test-results/**", "playwright-report/**", "reports/**", "next-env.d.ts"]),
]);
