import { chromium, type Browser } from "@playwright/test";
import { CHROMIUM_FLAGS, SYSTEM_CHROMIUM } from "../../lib/chromium";

/** Runs `work` with a headless Chromium (Debian's where there is one), and closes it whatever happens. */
export async function withChromium<T>(work: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ ...(SYSTEM_CHROMIUM ? { executablePath: SYSTEM_CHROMIUM } : {}), args: CHROMIUM_FLAGS });
  try {
    return await work(browser);
  } finally {
    await browser.close();
  }
}
