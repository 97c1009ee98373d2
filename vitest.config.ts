import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ["**/*.test.{ts,tsx}"],
    globalSetup: ["scripts/vitest-global-setup.ts"],
    exclude: ["node_modules/**", ".next/**", "e2e/**"],
    reporters: ["default", ["json", { outputFile: "reports/unit.json" }]],
  },
});
