import { absoluteUrl, articlePath } from "@/content/urls";
import { expect, test } from "./fixtures";
import { seedArticle } from "./seed-article";

const article = seedArticle();

test("the article prints the story and its credits, and none of the site's bars", async ({ page, articlePage, layout }) => {
  await articlePage.goto(article);
  await page.emulateMedia({ media: "print" });
  await expect(articlePage.headline).toBeVisible();
  await expect(articlePage.article.locator(`time[datetime="${article.published}"]`).first()).toBeVisible();
  const image = articlePage.figure.getByRole("img");
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(articlePage.figure.locator("figcaption")).toBeVisible();
  await expect(articlePage.article.getByText(`Source: ${article.source}`)).toBeVisible();
  await expect(articlePage.article.getByText(absoluteUrl(articlePath(article)))).toBeVisible();
  const lastParagraph = article.body.findLast((block) => block.type === "paragraph");
  if (lastParagraph?.type === "paragraph") await expect(articlePage.article.getByText(lastParagraph.text)).toBeVisible();

  await expect(layout.sectionNav).toBeHidden();
  await expect(layout.followUsBar).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Share this article" })).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
});

test("on screen, the canonical URL line is not shown", async ({ articlePage }) => {
  await articlePage.goto(article);
  await expect(articlePage.article.getByText(absoluteUrl(articlePath(article)))).toBeHidden();
});
