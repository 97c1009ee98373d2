import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ARABIC_STORY, ENGLISH_STORY } from "./multilingual";
import { keepScreenshot } from "./screenshots";
import { seedArticle } from "./seed-article";

/**
 * Site search as readers use it: the header's box on any page, results rendered on the server (so with
 * JavaScript off too), matched words marked, spelling forgiven, phrases, pages of results, and whatever
 * is typed shown back as text.
 */
const article = seedArticle();

async function searchFromHeader(page: Page, query: string) {
  const box = page.getByRole("banner").getByRole("searchbox", { name: "Search stories" });
  await box.fill(query);
  await box.press("Enter");
  await page.waitForURL(/\/search\?q=/);
}

const status = (page: Page) => page.getByRole("main").getByRole("status");
const results = (page: Page) => page.getByRole("main").getByRole("article");

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("the header's search box finds a story from any page, marking the words it matched", async ({ page, archiveSite }) => {
      await page.goto(`${archiveSite.url}/middle-east/${ENGLISH_STORY.slug}`);
      await searchFromHeader(page, "erdogan istanbul");
      expect(new URL(page.url()).searchParams.get("q")).toBe("erdogan istanbul");
      await expect(status(page)).toHaveText("1 story matches “erdogan istanbul”.");
      const result = results(page).first();
      await expect(result.getByRole("link", { name: ENGLISH_STORY.headline })).toBeVisible();
      await expect(result.locator("h2 mark")).toHaveText(["Erdoğan", "İstanbul"]);
      await expect(page.getByRole("main").getByRole("searchbox")).toHaveValue("erdogan istanbul");
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
      await expect(page).toHaveTitle(/^Search results for “erdogan istanbul”/);
      await result.getByRole("link", { name: ENGLISH_STORY.headline }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(ENGLISH_STORY.headline);
    });
  });
}

test("spelling is forgiven: accents, word forms and Arabic letter variants", async ({ page, archiveSite }) => {
  const firstHeadline = async (query: string) => {
    await page.goto(`${archiveSite.url}/search?q=${encodeURIComponent(query)}`);
    return results(page).first().getByRole("heading").textContent();
  };
  expect(await firstHeadline("besiktas")).toBe(ENGLISH_STORY.headline);
  expect(await firstHeadline("Erdogans meeting")).toBe(ENGLISH_STORY.headline);
  // "أول" in the standfirst, searched without its hamza: the Arabic story, right to left.
  expect(await firstHeadline("اول اتصال")).toBe(ARABIC_STORY.headline);
  await expect(results(page).first()).toHaveAttribute("dir", "rtl");
  await expect(results(page).first().locator("mark").first()).toHaveText("أول");
});

test("a quoted phrase keeps its words together; a search with no match says so", async ({ page, archiveSite }) => {
  await page.goto(`${archiveSite.url}/search?q=${encodeURIComponent('"peace efforts"')}`);
  await expect(results(page).getByRole("link", { name: article.headline })).toBeVisible();
  await page.goto(`${archiveSite.url}/search?q=${encodeURIComponent('"efforts peace"')}`);
  await expect(status(page)).toHaveText("No stories match “\"efforts peace\"”.");
  await expect(results(page)).toHaveCount(0);
});

test("results come in pages of 25, best first and newest first among equals, with plain links between pages", async ({ page, archiveSite }) => {
  await page.goto(`${archiveSite.url}/search?q=synthetic+diplomacy`);
  await expect(status(page)).toHaveText("60 stories match “synthetic diplomacy”.");
  await expect(results(page)).toHaveCount(25);
  // The archive corpus's stories are alike: the newest comes first.
  await expect(results(page).first().getByRole("heading")).toContainText("Synthetic story 59:");
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/\/search\?q=synthetic\+diplomacy&page=2$/);
  await expect(status(page)).toHaveText("60 stories match “synthetic diplomacy”: page 2 of 3.");
  await expect(results(page).first().getByRole("heading")).toContainText("Synthetic story 34:");
  await expect(page.getByRole("link", { name: "Previous page" })).toHaveAttribute("rel", "prev");
  expect((await page.goto(`${archiveSite.url}/search?q=synthetic+diplomacy&page=4`))?.status()).toBe(404);
});

test("whatever is typed comes back as text, never as markup", async ({ page, archiveSite }) => {
  const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)> "unbalanced (';
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
  const response = await page.goto(`${archiveSite.url}/search?q=${encodeURIComponent(hostile)}`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["content-security-policy"]).not.toContain("unsafe-inline");
  await expect(status(page)).toContainText(hostile.trim());
  await expect(page.getByRole("main").getByRole("searchbox")).toHaveValue(hostile.trim());
  await expect(page.locator("main img")).toHaveCount(0);
  expect(dialogs).toEqual([]);
  await page.goto(`${archiveSite.url}/search?q=${"a".repeat(300)}`);
  await expect(status(page)).toHaveText("That search is 300 characters long; searches can be up to 200. Shorten it and try again.");
  await page.goto(`${archiveSite.url}/search`);
  await expect(status(page)).toContainText("Type a word");
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the results page has no axe violations and is kept as a screenshot (${colorScheme})`, async ({ page, archiveSite }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${archiveSite.url}/search?q=syria+talks`);
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
    await keepScreenshot(page, `search-${colorScheme}`);
  });
}
