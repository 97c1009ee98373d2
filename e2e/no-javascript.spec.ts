import { expect, test } from "./fixtures";
import { seedArticle, seedParagraphs } from "./seed-article";

const article = seedArticle();
const bodyTexts = seedParagraphs();

test.use({ javaScriptEnabled: false });

test("the article reads in full with JavaScript off", async ({ articlePage, page }) => {
  await articlePage.goto(article);
  // Next's client runtime sets window.next when it boots: proof that no page script ran.
  expect(await page.evaluate(() => "next" in window)).toBe(false);
  await expect(articlePage.headline).toHaveText(article.headline);
  const paragraphs = await articlePage.paragraphTexts();
  expect(paragraphs.filter((text) => bodyTexts.includes(text))).toEqual(bodyTexts);
  const image = articlePage.figure.getByRole("img", { name: article.image.alt });
  await expect(image).toBeVisible();
  await expect(articlePage.figure.locator("figcaption")).toContainText(article.image.caption);
});
