import { articlePath } from "@/content/urls";
import { expect, test } from "./fixtures";
import { seedArticle } from "./seed-article";

const article = seedArticle();
const shareControl = (page: import("@playwright/test").Page) => page.getByRole("button", { name: /^(Share|Copy link)$/ });

test("the share island arrives without moving anything: its place is kept while it loads", async ({ page }) => {
  // Hold the island back, to see the page before it runs.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/islands/*.js", async (route) => {
    await held;
    await route.continue();
  });
  // A module script holds DOMContentLoaded back, so the page is read as soon as it is committed.
  await page.goto(articlePath(article), { waitUntil: "commit" });
  const placeholder = page.locator("[data-share]");
  await expect(placeholder).toHaveAttribute("data-pending", "");
  await page.evaluate(() => document.fonts.ready);
  await expect(shareControl(page)).toHaveCount(0); // invisible: not yet in the accessibility tree
  const before = await placeholder.boundingBox();
  expect(before?.width).toBeGreaterThan(100);
  release();
  await expect(shareControl(page)).toBeVisible();
  expect(await placeholder.boundingBox()).toEqual(before);
});

test("the island's bundle is a hashed file from this origin, cached for a year, small", async ({ page, request }) => {
  await page.goto(articlePath(article));
  const src = (await page.locator('script[type="module"][src*="share-sheet"]').getAttribute("src")) ?? "";
  expect(src).toMatch(/^\/islands\/share-sheet-[A-Z0-9]{8}\.js$/);
  const response = await request.get(src, { headers: { "Accept-Encoding": "gzip" } });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/javascript/);
  expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect((await response.body()).length).toBeLessThan(8 * 1024);
});
