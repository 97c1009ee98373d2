import type { Page } from "@playwright/test";
import { test } from "./fixtures";

/** A full-page screenshot kept with the test's results (and in its report), to look at. */
export async function keepScreenshot(page: Page, name: string) {
  const path = test.info().outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await test.info().attach(name, { path, contentType: "image/png" });
}
