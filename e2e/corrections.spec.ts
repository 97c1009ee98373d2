import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { ENGLISH_STORY } from "./multilingual";
import { keepScreenshot } from "./screenshots";

/** A corrected story says so at its foot, dated, in its byline's "Updated" time and in its NewsArticle. */
test("a corrected story lists its correction, dated, under a heading, and says when it was updated", async ({ page, archiveSite }) => {
  await page.goto(`${archiveSite.url}/${ENGLISH_STORY.section}/${ENGLISH_STORY.slug}`);
  const corrections = page.getByRole("region", { name: "Corrections and clarifications" });
  await expect(corrections.getByRole("heading", { level: 2 })).toHaveText("Corrections and clarifications");
  await expect(corrections.getByRole("listitem")).toHaveCount(1);
  await expect(corrections.getByText(ENGLISH_STORY.correction)).toBeVisible();
  await expect(corrections.locator("time")).toHaveAttribute("datetime", "2025-06-02T11:30:00+00:00");
  // The byline's "Updated" time is the correction's.
  await expect(page.locator("header time").nth(1)).toHaveAttribute("datetime", "2025-06-02T11:30:00+00:00");

  const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
  const article = jsonLd.map((text) => JSON.parse(text) as Record<string, unknown>).find((node) => node["@type"] === "NewsArticle");
  expect(article?.dateModified).toBe("2025-06-02T11:30:00+00:00");
  expect(article?.correction).toEqual([{ "@type": "CorrectionComment", text: ENGLISH_STORY.correction, datePublished: "2025-06-02T11:30:00+00:00" }]);

  await keepScreenshot(page, "corrected-story");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});
