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
  globalIgnores([".next/**", "public/islands/**", ".bench/**", "node_modules/**", "test-results/**", "playwright-report/**", "reports/**", "next-env.d.ts"]),
]);
