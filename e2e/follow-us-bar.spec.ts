import { site } from "@/content/site";
import { sectionPath } from "@/content/urls";
import { expect, test } from "./fixtures";
import { seedArticle } from "./seed-article";

const article = seedArticle();
const pages = [
  { name: "front page", path: "/" },
  { name: "article", path: `/${article.section.slug}/${article.slug}` },
  { name: "section page", path: sectionPath(article.section) },
  { name: "404 page", path: "/no-such-section/no-such-story" },
];

for (const { name, path } of pages) {
  test(`the ${name} has one "Follow us on" bar with a labelled link per account`, async ({ page, layout }) => {
    await page.goto(path);
    await expect(layout.followUsBar).toHaveCount(1);
    await expect(layout.followUsBar.getByRole("link")).toHaveCount(site.social.length);
    for (const account of site.social) {
      const link = layout.followUsBar.getByRole("link", { name: account.label, exact: true });
      await expect(link).toHaveAttribute("href", account.url);
      await expect(link.locator("svg")).toBeVisible();
    }
  });
}
