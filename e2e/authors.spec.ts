import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { site } from "@/content/site";
import { ARCHIVE_AUTHOR } from "@/scripts/lib/archive-corpus";
import { expect, test } from "./fixtures";
import { keepScreenshot } from "./screenshots";

/**
 * Author pages, as readers and crawlers get them on the archive newsroom: a staff writer's byline links
 * to her page (name, role, bio, portrait, profiles, her stories in pages); agency copy stays plain text.
 */
const AUTHOR_PATH = `/authors/${ARCHIVE_AUTHOR.slug}`;
/** Archive story 8 is hers (even), 7 is agency copy (odd): see ./archive-author.ts. */
const HER_STORY = "/world/archive-story-000008";
const AGENCY_STORY = "/world/archive-story-000007";

type JsonLd = Record<string, unknown> & { "@type": string };
const jsonLdOf = async (page: Page): Promise<JsonLd[]> =>
  (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text) as JsonLd);

test("a staff byline links to the author's page: who she is, her profiles, her stories newest first", async ({ page, archiveSite }) => {
  await page.goto(archiveSite.url + HER_STORY);
  await page.getByRole("link", { name: ARCHIVE_AUTHOR.name }).click();
  await expect(page).toHaveURL(archiveSite.url + AUTHOR_PATH);
  await expect(page).toHaveTitle(`${ARCHIVE_AUTHOR.name} | ${site.name}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ARCHIVE_AUTHOR.name);
  await expect(page.getByText(ARCHIVE_AUTHOR.role, { exact: true })).toBeVisible();
  await expect(page.getByText(ARCHIVE_AUTHOR.bio)).toBeVisible();
  const profiles = page.getByRole("list", { name: `${ARCHIVE_AUTHOR.name} elsewhere` }).getByRole("link");
  expect(await profiles.evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute("href"), link.getAttribute("rel")]))).toEqual(
    ARCHIVE_AUTHOR.profiles.map((profile) => [profile.label, profile.url, "me"]),
  );
  // The portrait: through the image optimizer, loaded, in its fixed box.
  const portrait = page.getByRole("img", { name: ARCHIVE_AUTHOR.name });
  await expect(portrait).toHaveAttribute("src", /^\/_next\/image\?url=%2Fimages%2Fauthors%2Famira-haddad\.jpg/);
  await expect.poll(() => portrait.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  expect(await portrait.boundingBox()).toMatchObject({ width: 96, height: 96 });
  // Her 30 stories: 25 here, newest first (story 58 is her newest), all of them hers.
  const stories = page.getByRole("main").getByRole("heading", { level: 2 }).getByRole("link");
  await expect(stories).toHaveCount(25);
  await expect(stories.first()).toHaveAttribute("href", "/world/archive-story-000058");
  expect((await stories.evaluateAll((links) => links.map((link) => Number(/(\d+)$/.exec(link.getAttribute("href") ?? "")?.[1])))).every((index) => index % 2 === 0)).toBe(true);
});

test("the author's later page lists the rest, with its own title, and a page past the end is a 404", async ({ page, archiveSite }) => {
  await page.goto(archiveSite.url + AUTHOR_PATH);
  await page.getByRole("link", { name: "Older stories" }).click();
  await expect(page).toHaveURL(`${archiveSite.url}${AUTHOR_PATH}/page/2`);
  await expect(page).toHaveTitle(`${ARCHIVE_AUTHOR.name} — page 2 | ${site.name}`);
  await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveCount(ARCHIVE_AUTHOR.stories - 25);
  await expect(page.getByText("Page 2 of 2")).toBeVisible();
  expect((await page.goto(`${archiveSite.url}${AUTHOR_PATH}/page/3`))?.status()).toBe(404);
});

test("search engines get a ProfilePage about a Person, and the story's NewsArticle names her page", async ({ page, archiveSite }) => {
  const authorUrl = `${site.origin}${AUTHOR_PATH}`;
  await page.goto(archiveSite.url + AUTHOR_PATH);
  const profile = (await jsonLdOf(page)).find((data) => data["@type"] === "ProfilePage");
  expect(profile).toMatchObject({
    url: authorUrl,
    mainEntity: { "@type": "Person", name: ARCHIVE_AUTHOR.name, url: authorUrl, jobTitle: ARCHIVE_AUTHOR.role, sameAs: ARCHIVE_AUTHOR.profiles.map((p) => p.url), image: `${site.origin}${ARCHIVE_AUTHOR.photo.src}` },
  });
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", authorUrl);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "profile");

  await page.goto(archiveSite.url + HER_STORY);
  const article = (await jsonLdOf(page)).find((data) => data["@type"] === "NewsArticle");
  expect(article?.author).toEqual([{ "@type": "Person", name: ARCHIVE_AUTHOR.name, url: authorUrl }]);
  await expect(page.locator('meta[property="article:author"]')).toHaveAttribute("content", authorUrl);
});

test("agency copy stays plain text: no author link, an Organization in NewsArticle", async ({ page, archiveSite }) => {
  await page.goto(archiveSite.url + AGENCY_STORY);
  await expect(page.getByText("By Agencies")).toBeVisible();
  await expect(page.locator('a[rel="author"]')).toHaveCount(0);
  const article = (await jsonLdOf(page)).find((data) => data["@type"] === "NewsArticle");
  expect(article?.author).toEqual([{ "@type": "Organization", name: "Agencies" }]);
});

test("the author's page works without JavaScript", async ({ browser, archiveSite }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(archiveSite.url + AUTHOR_PATH);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ARCHIVE_AUTHOR.name);
  await page.getByRole("link", { name: "Older stories" }).click();
  await expect(page).toHaveURL(`${archiveSite.url}${AUTHOR_PATH}/page/2`);
  await context.close();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the author's page has no axe violations and is kept as a screenshot (${colorScheme})`, async ({ page, archiveSite }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(archiveSite.url + AUTHOR_PATH);
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
    await keepScreenshot(page, `author-${colorScheme}`);
  });
}
