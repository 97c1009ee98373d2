import { absoluteUrl, articlePath } from "@/content/urls";
import { expect, test } from "./fixtures";
import { seedArticle } from "./seed-article";

const article = seedArticle();
const canonical = absoluteUrl(articlePath(article));

test.describe("the share bar", () => {
  test("offers links that carry the canonical URL and headline, with names and 24 px targets", async ({ articlePage, page }) => {
    await articlePage.goto(article);
    const bar = page.getByRole("navigation", { name: "Share this article" });
    const links = bar.getByRole("link");
    await expect(links).toHaveCount(6);
    for (const link of await links.all()) {
      const href = (await link.getAttribute("href")) ?? "";
      expect(decodeURIComponent(href)).toContain(canonical);
      await expect(link).toHaveAccessibleName(/^Share (on|by) /);
      const box = await link.boundingBox();
      expect(box?.width).toBeGreaterThanOrEqual(24);
      expect(box?.height).toBeGreaterThanOrEqual(24);
    }
    await expect(bar.getByRole("link", { name: "Share on X" })).toHaveAttribute("href", new RegExp(encodeURIComponent(article.headline)));
  });

  test("uses the phone's share sheet where there is one", async ({ articlePage, page }) => {
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      Object.assign(window, { shareCalls: calls });
      Object.defineProperty(navigator, "share", { value: async (data: ShareData) => void calls.push(data), configurable: true });
    });
    await articlePage.goto(article);
    await page.getByRole("button", { name: "Share" }).click();
    const calls = await page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls);
    expect(calls).toEqual([{ url: canonical, title: article.headline }]);
  });

  test("copies the link where there is no share sheet", async ({ articlePage, page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.addInitScript(() => Object.defineProperty(navigator, "share", { value: undefined, configurable: true }));
    await articlePage.goto(article);
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByRole("status")).toHaveText("Link copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  });
});
