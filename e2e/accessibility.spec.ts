import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { seedArticle } from "./seed-article";

const article = seedArticle();
const pages = {
  "front page": "/",
  article: `/${article.section.slug}/${article.slug}`,
  "section page": `/${article.section.slug}`,
  "404 page": "/no-such-page",
  "search results page": "/search?q=syria+peace",
};
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    for (const [name, path] of Object.entries(pages)) {
      test(`the ${name} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
      });
    }
  });
}

test("the first Tab lands on a skip link that moves focus to the main content", async ({ page, articlePage }) => {
  await articlePage.goto(article);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  await page.keyboard.press("Tab");
  // The next stop is inside the story, not back in the header.
  expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
});

test("every page has the banner, navigation, main and contentinfo landmarks", async ({ page }) => {
  for (const path of Object.values(pages)) {
    await page.goto(path);
    await expect(page.getByRole("banner")).toHaveCount(1);
    await expect(page.getByRole("main")).toHaveCount(1);
    await expect(page.getByRole("contentinfo")).toHaveCount(1);
    await expect(page.getByRole("navigation", { name: "Sections" })).toHaveCount(1);
  }
});

test("every link and button shows a visible focus ring and is at least 24×24 px", async ({ page, articlePage }) => {
  await articlePage.goto(article);
  const controls = page.locator("a:visible, button:visible");
  const count = await controls.count();
  expect(count).toBeGreaterThan(10);
  for (let index = 0; index < count; index += 1) {
    const control = controls.nth(index);
    await control.focus();
    const outline = await control.evaluate((element) => getComputedStyle(element).outlineStyle);
    const name = (await control.textContent()) ?? (await control.getAttribute("href"));
    expect(outline, `focus ring on ${name}`).not.toBe("none");
    const box = await control.boundingBox();
    expect(box?.height, `height of ${name}`).toBeGreaterThanOrEqual(24);
    expect(box?.width, `width of ${name}`).toBeGreaterThanOrEqual(24);
  }
});

test("a screen reader hears the figure named by its caption, then the credit", async ({ articlePage }) => {
  await articlePage.goto(article);
  const figure = articlePage.article.getByRole("figure", { name: new RegExp(article.image.caption.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) });
  await expect(figure).toHaveCount(1);
  await expect(figure.locator("figcaption")).toHaveText(`${article.image.caption} Photo: ${article.image.credit}`);
});

test("with reduced motion requested, nothing animates", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto(pages.article);
  const durations = await page.evaluate(() =>
    Array.from(document.querySelectorAll("a, button"), (element) => parseFloat(getComputedStyle(element).transitionDuration) || 0),
  );
  expect(Math.max(...durations)).toBeLessThanOrEqual(0.001);
});

test.describe("at 320 px wide", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const [name, path] of Object.entries(pages)) {
    test(`the ${name} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
