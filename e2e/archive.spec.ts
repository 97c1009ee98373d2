import AxeBuilder from "@axe-core/playwright";
import { syntheticSlug } from "@/scripts/lib/synthetic-articles";
import { ARCHIVE_CORPUS } from "@/scripts/lib/archive-corpus";
import { expect, test } from "./fixtures";

/** Every story of the corpus, as its path. */
const corpusPaths = Array.from({ length: ARCHIVE_CORPUS.count }, (_, index) => `/world/${syntheticSlug(ARCHIVE_CORPUS.options.prefix, index)}`);
const pathOf = (href: string | null) => new URL(href ?? "", "http://x").pathname;

test.describe("listings in pages, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a section's later pages are plain links: older and newer with rel, numbers, their own title and canonical", async ({ page, archiveSite }) => {
    await page.goto(`${archiveSite.url}/world`);
    const pages = page.getByRole("navigation", { name: "Pages" });
    await expect(pages.getByRole("link", { name: /Newer/ })).toHaveCount(0);
    const older = pages.getByRole("link", { name: /Older stories/ });
    await expect(older).toHaveAttribute("rel", "next");
    await expect(older).toHaveAttribute("href", "/world/page/2");
    await expect(pages.locator('[aria-current="page"]')).toHaveText("Page 1");
    await expect(page.getByRole("article")).toHaveCount(25);

    await older.click();
    await expect(page).toHaveURL(`${archiveSite.url}/world/page/2`);
    await expect(page).toHaveTitle("World — page 2 | The Meridian Post");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", "https://www.meridianpost.example/world/page/2");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("World");
    await expect(page.getByText("Page 2 of 3")).toBeVisible();
    const newer = pages.getByRole("link", { name: /Newer stories/ });
    await expect(newer).toHaveAttribute("rel", "prev");
    await expect(newer).toHaveAttribute("href", "/world");
    await pages.getByRole("link", { name: "Page 3" }).click();
    await expect(page).toHaveURL(`${archiveSite.url}/world/page/3`);
    await expect(page.getByRole("article")).toHaveCount(ARCHIVE_CORPUS.count - 50);
    await expect(pages.getByRole("link", { name: /Older stories/ })).toHaveCount(0);
  });

  test("following a section's older links from page 1 reaches every story in it, once", async ({ page, archiveSite }) => {
    const seen: string[] = [];
    let next: string | null = "/world";
    while (next) {
      await page.goto(archiveSite.url + next);
      seen.push(...(await page.getByRole("article").getByRole("heading").getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""))));
      next = await page.locator('a[rel="next"]').getAttribute("href", { timeout: 1000 }).catch(() => null);
    }
    expect(seen.map(pathOf).sort()).toEqual([...corpusPaths].sort());
  });

  test("the front page, a topic and a day of the archive are paginated the same way", async ({ page, archiveSite }) => {
    for (const [path, title] of [
      ["/page/2", "Latest news — page 2"],
      ["/topics/benchmark/page/2", "Benchmark — page 2"],
      ["/archive/2025/03/14/page/2", "Archive: March 14, 2025 — page 2"],
    ] as const) {
      await page.goto(archiveSite.url + path);
      await expect(page, path).toHaveTitle(`${title} | The Meridian Post`);
      await expect(page.getByRole("article"), path).toHaveCount(25);
      await expect(page.locator('a[rel="prev"]'), path).toHaveCount(1);
    }
  });

  test("every story is within five clicks of the front page, through the dated archive", async ({ page, archiveSite }) => {
    const oldest = corpusPaths[0] ?? "";
    await page.goto(`${archiveSite.url}/`);
    await page.getByRole("link", { name: "Browse the archive by date" }).click(); // 1
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Archive");
    await page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "2025", exact: true }) }).getByRole("link", { name: "Mar", exact: true }).click(); // 2
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("March 2025");
    await page.getByRole("link", { name: /March 14, 2025/ }).click(); // 3
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("March 14, 2025");
    await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Page 3" }).click(); // 4
    await page.locator(`a[href="${oldest}"]`).click(); // 5
    await expect(page).toHaveURL(archiveSite.url + oldest);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Synthetic story 0:/);
  });

  test("a page number out of range or written another way is a 404", async ({ request, archiveSite }) => {
    for (const path of ["/world/page/4", "/world/page/0", "/world/page/1", "/world/page/02", "/world/page/two", "/page/9", "/archive/2025/03/14/page/4", "/archive/2025/03/15", "/archive/2025/02/30", "/archive/1999"]) {
      expect((await request.get(archiveSite.url + path)).status(), path).toBe(404);
    }
  });
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the archive and later pages of listings have no axe violations (${colorScheme})`, async ({ page, archiveSite }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme });
    for (const path of ["/archive", "/archive/2025", "/archive/2025/03", "/archive/2025/03/14/page/2", "/world/page/2"]) {
      await page.goto(archiveSite.url + path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
      expect(results.violations.map((violation) => `${path} ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
    }
  });
}
