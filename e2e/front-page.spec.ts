import { snapshotCatalog } from "@/content/catalog";
import { sections } from "@/content/sections";
import { sectionPath } from "@/content/urls";
import { expect, test } from "./fixtures";

const [lead] = snapshotCatalog().latest.slice(0, 1);

test("the front page leads with the latest story and links to it", async ({ page, articlePage }) => {
  if (!lead) throw new Error("no articles to lead with");
  await page.goto("/");
  const headlineLink = page.getByRole("link", { name: lead.headline });
  await expect(headlineLink).toBeVisible();
  await expect(page.getByText(lead.standfirst)).toBeVisible();
  await headlineLink.click();
  await expect(articlePage.headline).toHaveText(lead.headline);
});

test("the section navigation reaches every section", async ({ page, layout }) => {
  await page.goto("/");
  const links = layout.sectionNav.getByRole("link");
  const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")));
  expect(hrefs).toEqual(sections.map(sectionPath));
});
