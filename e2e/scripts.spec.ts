import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ARABIC_STORY, ENGLISH_STORY } from "./multilingual";
import { keepScreenshot } from "./screenshots";
import { seedArticle } from "./seed-article";

/**
 * Every script the desk writes in, as a reader's browser lays it out: direction as the browser computes
 * it, the typeface it actually used (Chromium's platform fonts, over CDP), and fonts fetched only by the
 * pages that need them.
 */
const direction = (page: Page, selector: string) => page.locator(selector).first().evaluate((element) => getComputedStyle(element).direction);

/** The fonts Chromium drew an element's text with, and how many glyphs each drew. */
async function glyphsByFont(page: Page, selector: string): Promise<Record<string, number> | undefined> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument");
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  const answer = await cdp.send("CSS.getPlatformFontsForNode", { nodeId }).catch(() => undefined);
  await cdp.detach();
  return answer && Object.fromEntries(answer.fonts.map((font) => [font.familyName, font.glyphCount]));
}

/** The families that drew an element's text. */
const platformFonts = async (page: Page, selector: string) => Object.keys((await glyphsByFont(page, selector)) ?? {}).sort();

/** Arabic letters in Noto Naskh Arabic; the serif draws only the spaces and Latin punctuation between them. */
async function arabicInNaskh(page: Page, selector: string) {
  const text = (await page.locator(selector).first().textContent()) ?? "";
  const glyphs = (await glyphsByFont(page, selector)) ?? {};
  const arabicLetters = [...text].filter((character) => /\p{Script=Arabic}/u.test(character)).length;
  const others = [...text].length - arabicLetters;
  return (glyphs["Noto Naskh Arabic"] ?? 0) > 0 && (glyphs["Source Serif 4"] ?? 0) <= others && Object.keys(glyphs).every((family) => ["Noto Naskh Arabic", "Source Serif 4"].includes(family));
}

const fontRequests = (page: Page) => {
  const fonts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "font") fonts.push(new URL(request.url()).pathname);
  });
  return fonts;
};

test("an Arabic story reads right to left in Noto Naskh Arabic, a Latin name in its headline in the serif, an English quote left to right", async ({ page, archiveSite }) => {
  const fonts = fontRequests(page);
  await page.goto(`${archiveSite.url}/${ARABIC_STORY.section}/${encodeURIComponent(ARABIC_STORY.slug)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ARABIC_STORY.headline);
  await expect(page.getByRole("article").first()).toHaveAttribute("lang", "ar");
  expect(await direction(page, "article")).toBe("rtl");
  expect(await direction(page, "h1")).toBe("rtl");
  expect(await direction(page, "blockquote")).toBe("ltr");
  await expect(page.locator("blockquote")).toHaveAttribute("lang", "en-GB");
  // The site's own words inside the Arabic story are English, spoken so and kept in their own order.
  for (const label of [page.getByText("By", { exact: true }), page.getByText("Source:", { exact: true }), page.locator("article time").first()]) {
    await expect(label).toHaveAttribute("lang", "en-GB");
    expect(await label.evaluate((element) => getComputedStyle(element).direction)).toBe("ltr");
  }
  await expect(page.getByRole("navigation", { name: "Share this article" })).toHaveAttribute("lang", "en-GB");
  await page.evaluate(() => document.fonts.ready);
  await expect.poll(() => platformFonts(page, "h1")).toEqual(["Noto Naskh Arabic", "Source Serif 4"]);
  await expect.poll(() => arabicInNaskh(page, ".article-body p")).toBe(true);
  expect(fonts.some((font) => font.includes("noto_naskh_arabic"))).toBe(true);
  await keepScreenshot(page, "arabic-story");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test("an English story keeps Turkish names in the serif and sets its Arabic quote right to left", async ({ page, archiveSite }) => {
  await page.goto(`${archiveSite.url}/${ENGLISH_STORY.section}/${ENGLISH_STORY.slug}`);
  expect(await direction(page, "article")).toBe("ltr");
  await expect(page.getByRole("article").first()).not.toHaveAttribute("lang", /./);
  await expect(page.locator("blockquote")).toHaveAttribute("lang", "ar");
  expect(await direction(page, "blockquote")).toBe("rtl");
  await page.evaluate(() => document.fonts.ready);
  await expect.poll(() => platformFonts(page, "h1")).toEqual(["Source Serif 4"]);
  await expect.poll(() => arabicInNaskh(page, "blockquote p")).toBe(true);
  await keepScreenshot(page, "english-story-with-arabic-quote");
});

test("listings show each story in its own direction", async ({ page, archiveSite }) => {
  await page.goto(`${archiveSite.url}/${ARABIC_STORY.section}`);
  const arabic = page.getByRole("article").filter({ has: page.getByRole("link", { name: ARABIC_STORY.headline }) });
  await expect(arabic).toHaveAttribute("dir", "rtl");
  expect(await arabic.evaluate((element) => getComputedStyle(element.querySelector("h2") ?? element).direction)).toBe("rtl");
  const english = page.getByRole("article").filter({ has: page.getByRole("link", { name: ENGLISH_STORY.headline }) });
  expect(await english.evaluate((element) => getComputedStyle(element).direction)).toBe("ltr");
  await keepScreenshot(page, "section-listing");
});

test("an English page fetches neither the Arabic nor the Latin Extended font", async ({ page, articlePage }) => {
  const fonts = fontRequests(page);
  await articlePage.goto(seedArticle());
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => document.fonts.ready);
  expect(fonts.filter((font) => /noto_naskh|_ext/.test(font))).toEqual([]);
  expect(fonts.length).toBeGreaterThan(0);
});
