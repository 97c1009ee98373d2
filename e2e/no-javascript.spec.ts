import { expect, test } from "./fixtures";
import { seedArticle, seedParagraphs } from "./seed-article";

const article = seedArticle();
const bodyTexts = seedParagraphs();

test.use({ javaScriptEnabled: false });

test("the article reads in full with JavaScript off, and shares through plain links", async ({ articlePage, page }) => {
  await articlePage.goto(article);
  await expect(articlePage.headline).toHaveText(article.headline);
  const paragraphs = await articlePage.paragraphTexts();
  expect(paragraphs.filter((text) => bodyTexts.includes(text))).toEqual(bodyTexts);
  const image = articlePage.figure.getByRole("img", { name: article.image.alt });
  await expect(image).toBeVisible();
  await expect(articlePage.figure.locator("figcaption")).toContainText(article.image.caption);
  // The share island's button needs JavaScript: without it, it takes no room, and the links remain.
  const bar = page.getByRole("navigation", { name: "Share this article" });
  await expect(bar.locator("[data-share]")).toBeHidden();
  expect(await bar.locator("[data-share]").evaluate((element) => getComputedStyle(element).display)).toBe("none");
  await expect(bar.getByRole("link", { name: "Share on X" })).toBeVisible();
});
