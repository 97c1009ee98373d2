import AxeBuilder from "@axe-core/playwright";
import { article as seed } from "@/content/articles/putin-discusses-syria-peace-efforts-with-assad";
import { articlePath } from "@/content/urls";
import { Newsroom } from "@/scripts/lib/newsroom";
import { expect, test } from "./fixtures";
import { keepScreenshot } from "./screenshots";
import { seedArticle } from "./seed-article";
import { htmlErrors } from "./vnu";

/**
 * Counting a read as a reader's browser does it (issue 24 §1), and "Most read" as readers see it (§2):
 * with JavaScript, one beacon once the story has been on screen 5 seconds, and the <noscript> image
 * never fetched; without JavaScript, the image instead; never a cookie. The list on the front page, a
 * story and the most-read page, on a newsroom of its own whose lists refresh every second: axe, the Nu
 * checker, screenshots light and dark. (What is counted and what is not: e2e/most-read.http.spec.ts.)
 */
const STORY = articlePath(seedArticle());
const COUNT_PATH = `/api/reads/${seed.section}/${seed.slug}`;

test("with JavaScript: one beacon once the story has been visible five seconds, no image, no cookie", async ({ page, context }) => {
  const counted: { method: string; at: number }[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/api/reads/")) counted.push({ method: request.method(), at: Date.now() });
  });
  await page.goto(STORY);
  const loaded = Date.now();
  const beacon = await page.waitForRequest((request) => new URL(request.url()).pathname === COUNT_PATH, { timeout: 15_000 });
  expect(beacon.method()).toBe("POST");
  expect((await beacon.response())?.status()).toBe(204);
  expect(Date.now() - loaded).toBeGreaterThanOrEqual(4_500);
  await page.waitForTimeout(1_000);
  expect(counted.map((request) => request.method)).toEqual(["POST"]);
  expect(await context.cookies()).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the <noscript> image counts the read, once, and sets no cookie", async ({ page, context }) => {
    const counted: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.startsWith("/api/reads/")) counted.push(request.method());
    });
    const image = page.waitForResponse((response) => new URL(response.url()).pathname === COUNT_PATH);
    await page.goto(STORY);
    expect((await image).headers()["content-type"]).toBe("image/gif");
    await page.waitForTimeout(500);
    expect(counted).toEqual(["GET"]);
    expect(await context.cookies()).toEqual([]);
  });
});

test.describe("Most read", () => {
  test.describe.configure({ mode: "serial" });
  let newsroom: Newsroom;
  const options = { prefix: "popular", sections: ["world", "business"], start: new Date(Date.now() - 3_600_000), stepMs: 60_000, image: seed.image, headline: (index: number) => `Popular story ${index}: ministers meet again as the talks on the border go on` };

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    newsroom = await Newsroom.open({ env: { MOST_READ_REFRESH_MS: "1000", MOST_READ_MIN_STORIES: "3", MOST_READ_MIN_READS: "10" } });
    const stories = newsroom.writeSynthetic(0, 12, options);
    expect(newsroom.publish().status).toBe(0);
    // Story i is read by 24 - 2i readers, each on a network of its own.
    await Promise.all(
      stories.flatMap(({ slug, section }, index) =>
        Array.from({ length: 24 - 2 * index }, (_, n) =>
          fetch(`${newsroom.url}/api/reads/${section}/${slug}`, { method: "POST", headers: { "user-agent": "Mozilla/5.0 Chrome/156.0 reader", "x-forwarded-for": `203.0.${n}.${index + 1}` } }),
        ),
      ),
    );
    await expect.poll(async () => (await (await fetch(`${newsroom.url}/`)).text()).includes('data-most-read="all"'), { timeout: 15_000 }).toBe(true);
  });
  test.afterAll(async () => newsroom?.close());

  test("ranked on the front page, under a story and on its own page: ten stories, headlines that link, when they were counted", async ({ page }) => {
    await page.goto(`${newsroom.url}/`);
    const list = page.getByRole("region", { name: "Most read" });
    await expect(list.getByRole("listitem")).toHaveCount(10);
    await expect(list.getByRole("link").first()).toHaveText(options.headline(0));
    await expect(list.getByRole("link").nth(9)).toHaveText(options.headline(9));
    await expect(list.locator("time")).toHaveText(/^\d\d:\d\d$/);
    await list.scrollIntoViewIfNeeded();
    await keepScreenshot(page, "most-read-front");

    await page.goto(`${newsroom.url}/business/popular-000011`);
    await expect(page.getByRole("region", { name: "Most read" }).getByRole("link").first()).toHaveText(options.headline(0));
    await page.goto(`${newsroom.url}/business`);
    await expect(page.getByRole("region", { name: "Most read in Business" }).getByRole("link").first()).toHaveText(options.headline(1));
    await keepScreenshot(page, "most-read-section");
    // The last hour and the last 24 hours (the page may first be made with the rankings of a moment
    // when only some of the reads were written: made again within seconds).
    await expect(async () => {
      await page.goto(`${newsroom.url}/most-read`);
      await expect(page.getByRole("region", { name: "In the last hour" }).getByRole("listitem")).toHaveCount(10, { timeout: 1_000 });
    }).toPass({ timeout: 10_000 });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Most read");
    await expect(page.getByRole("region", { name: "In the last 24 hours" }).getByRole("listitem")).toHaveCount(10);
    await keepScreenshot(page, "most-read-page");
    await page.emulateMedia({ colorScheme: "dark" });
    await keepScreenshot(page, "most-read-page-dark");
  });

  test("pages with the list pass axe, light and dark, and the Nu checker", async ({ page }) => {
    const paths = ["/", "/most-read", "/business", "/world/popular-000000"];
    const pages: Record<string, string> = {};
    for (const path of paths) pages[path === "/" ? "front" : path.slice(1).replaceAll("/", "-")] = await (await fetch(`${newsroom.url}${path}`)).text();
    expect(await htmlErrors(pages)).toEqual([]);
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of paths) {
        await page.goto(`${newsroom.url}${path}`);
        const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
        expect(axe.violations.map((violation) => `${path} (${scheme}): ${violation.id}`)).toEqual([]);
      }
    }
  });
});
