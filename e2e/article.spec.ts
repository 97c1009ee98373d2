import { formatDateline } from "@/components/article/format-dateline";
import { site } from "@/content/site";
import { ageNotice, fullYearsSince } from "@/content/story-age";
import { sectionPath, tagPath } from "@/content/urls";
import { expect, test } from "./fixtures";
import { seedArticle, seedParagraphs } from "./seed-article";

const article = seedArticle();
const bodyTexts = seedParagraphs();

test.describe("the seed article", () => {
  test.beforeEach(async ({ articlePage }) => {
    const response = await articlePage.goto(article);
    expect(response?.status()).toBe(200);
  });

  test("shows the headline once, as the only h1, and the standfirst", async ({ articlePage, page }) => {
    await expect(articlePage.headline).toHaveText(article.headline);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(articlePage.article.getByText(article.standfirst)).toBeVisible();
    await expect(page).toHaveTitle(`${article.headline} | ${site.name}`);
  });

  test("says above the headline how old it is, before the headline in reading order", async ({ articlePage, page }) => {
    const notice = ageNotice(fullYearsSince(article.published, Date.now(), site.timeZone)) ?? "";
    // Published in November 2013: thirteen years old from 15 November 2026.
    expect(notice).toMatch(/^This article is more than \d+ years old$/);
    const header = articlePage.article.locator("header").first();
    await expect(header.locator("p").first()).toHaveText(notice);
    const order = await page.evaluate((text) => {
      const all = [...document.querySelectorAll("main p, main h1")].map((element) => element.textContent);
      return [all.indexOf(text), all.indexOf(document.querySelector("h1")?.textContent ?? "")];
    }, notice);
    expect(order[0]).toBeGreaterThanOrEqual(0);
    expect(order[0]).toBeLessThan(order[1]!);
  });

  test("gives the byline and a machine-readable dateline in the publication's time zone", async ({ articlePage }) => {
    await expect(articlePage.article.getByText(`By ${article.byline.agency}`)).toBeVisible();
    const time = articlePage.article.locator(`time[datetime="${article.published}"]`);
    await expect(time).toHaveText(formatDateline(article.published, site));
    await expect(time).toHaveText("November 14, 2013, 6:23 pm");
  });

  test("shows the lead image with its caption and credit", async ({ articlePage }) => {
    const image = articlePage.figure.getByRole("img", { name: article.image.alt });
    await expect(image).toBeVisible();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const caption = articlePage.figure.locator("figcaption");
    await expect(caption).toContainText(article.image.caption);
    await expect(caption).toContainText(`Photo: ${article.image.credit}`);
  });

  test("prints every body paragraph verbatim and in order, then the source line", async ({ articlePage }) => {
    const paragraphs = await articlePage.paragraphTexts();
    expect(paragraphs.filter((text) => bodyTexts.includes(text))).toEqual(bodyTexts);
    expect(bodyTexts).toHaveLength(14);
    const lastBody = paragraphs.lastIndexOf(bodyTexts.at(-1) ?? "");
    expect(paragraphs.indexOf(`Source: ${article.source}`)).toBeGreaterThan(lastBody);
  });

  test("links to its section and its topics", async ({ articlePage, page }) => {
    const sectionLink = articlePage.article.getByRole("link", { name: article.section.name, exact: true });
    await expect(sectionLink).toHaveAttribute("href", sectionPath(article.section));
    const topics = page.getByRole("navigation", { name: "Topics" });
    for (const tag of article.tags) {
      await expect(topics.getByRole("link", { name: tag.name, exact: true })).toHaveAttribute("href", tagPath(tag));
    }
    await sectionLink.click();
    await expect(page).toHaveURL(sectionPath(article.section));
    await expect(page.getByRole("link", { name: article.headline })).toBeVisible();
  });
});
