import { expect, test } from "./fixtures";
import { seedArticle } from "./seed-article";

const article = seedArticle();
const unknownPaths = {
  "an unknown article": `/${article.section.slug}/no-such-story`,
  "a real article under the wrong section": `/world/${article.slug}`,
  "an unknown section": "/no-such-section",
  "an unknown topic": "/topics/no-such-topic",
  "an unknown author": "/authors/no-such-writer",
  "a path too deep": `/${article.section.slug}/${article.slug}/extra`,
  "junk": "/wp-login.php",
  "a dotfile": "/.env",
  "traversal": "/..%2f..%2fetc%2fpasswd",
};

for (const [what, path] of Object.entries(unknownPaths)) {
  test(`${what} answers 404 with a way back`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await page.getByRole("link", { name: "Go to the front page" }).click();
    await expect(page).toHaveURL("/");
  });
}
