import { existsSync } from "node:fs";

/**
 * The Chromium that tests and benchmarks drive: Debian's where the machine has it (Playwright cannot
 * download browsers on a closed network), otherwise Playwright's own.
 */
const candidate = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SYSTEM_CHROMIUM: string | undefined = existsSync(candidate) ? candidate : undefined;

/** Flags that keep Chromium from stalling on a closed network or in a container. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
