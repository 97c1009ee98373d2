import { expect, test } from "./fixtures";

test("with JavaScript on, Next's client runtime boots (the control for the no-JavaScript test)", async ({ page }) => {
  await page.goto("/");
  await expect.poll(() => page.evaluate(() => "next" in window)).toBe(true);
});
