import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices, type LaunchOptions } from "@playwright/test";
import { CHROMIUM_FLAGS, SYSTEM_CHROMIUM } from "./scripts/lib/chromium";

/** An unusual fixed port on loopback: a stray server on 3000 must never answer for ours. */
const PORT = 3107;
export const BASE_URL = `http://127.0.0.1:${PORT}`;
/** The token the e2e origin accepts for publishing (a test secret, never a real one). */
export const E2E_PUBLISH_TOKEN = "e2e-publish-token-000000000000000000000000";
/** The e2e origin's published store: emptied at every start, so the site under test is the release alone. */
const PUBLISHED_DIR = path.join(tmpdir(), "meridian-e2e-published");

const launchOptions: LaunchOptions = {
  ...(SYSTEM_CHROMIUM ? { executablePath: SYSTEM_CHROMIUM } : {}),
  args: CHROMIUM_FLAGS,
};

const HTTP_ONLY = /\.http\.spec\.ts$/;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [["list"], ["json", { outputFile: "reports/e2e.json" }]],
  use: {
    baseURL: BASE_URL,
    launchOptions,
    trace: "retain-on-failure",
    // The offline-reading service worker would answer every later request of a spec from its own
    // logic; e2e/offline.spec.ts lets it run, everything else talks to the server directly.
    serviceWorkers: "block",
  },
  projects: [
    { name: "desktop", testIgnore: HTTP_ONLY, use: { ...devices["Desktop Chrome"], viewport: { width: 1366, height: 900 } } },
    { name: "phone", testIgnore: HTTP_ONLY, use: { ...devices["Pixel 7"] } },
    // What crawlers, unfurlers and feed readers fetch: plain HTTP, no browser, run once.
    { name: "http", testMatch: HTTP_ONLY },
  ],
  webServer: {
    // The production build (npm test builds first) behind the origin server, never `next dev`.
    command: `rm -rf ${PUBLISHED_DIR} && node server/origin-server.mjs --hostname 127.0.0.1 --port ${PORT}`,
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: "1", PUBLISHED_DIR, PUBLISH_TOKEN: E2E_PUBLISH_TOKEN },
  },
});
