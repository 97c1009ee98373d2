import { expect, test } from "./fixtures";
import { seedArticle } from "./seed-article";

const article = seedArticle();
const unknownPaths = {
  "an unknown article": `/${article.section.slug}/no-such-story`,
  "a real article under the wrong section": `/world/${article.slug}`,
  "an unknown section": "/no-such-section",
  "an unknown topic": "/topics/no-such-topic",
  "an unknown author": "/authors/no-such-writer",
  "a section page past the end": `/${article.section.slug}/page/99`,
  "a search results page past the end": "/search?q=syria&page=39",
  "an archive day with no stories": "/archive/1999/01/01",
  "a path too deep": `/${article.section.slug}/${article.slug}/extra`,
  "junk": "/wp-login.php",
  "a dotfile": "/.env",
  "traversal": "/..%2f..%2fetc%2fpasswd",
};

// Without JavaScript too: Next.js answers notFound() with an empty shell only its runtime would fill
// (vercel/next.js#62228); readers get the not-found page from the origin (server/fallback-pages.mjs).
for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });
    for (const [what, path] of Object.entries(unknownPaths)) {
      test(`${what} answers 404 with a way back`, async ({ page, layout }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(404);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
        await expect(page).toHaveTitle(/^Page not found \| /);
        await expect(layout.followUsBar).toBeVisible();
        await page.getByRole("link", { name: "Go to the front page" }).click();
        await expect(page).toHaveURL("/");
      });
    }
  });
}
