import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ARCHIVE_AUTHOR } from "@/scripts/lib/archive-corpus";
import { ENGLISH_STORY } from "./multilingual";

/**
 * Every kind of page a reader opens, on the archive newsroom (which has later pages, an author, topics
 * and days): each is HTML and CSS, with at most its islands. No chunk of Next.js's client runtime is
 * requested, no RSC flight data is in the HTML, no inline script runs, nothing logs an error.
 */
const READER_PAGES: Record<string, { path: string; islands: string[]; status?: number }> = {
  "front page": { path: "/", islands: ["offline-reading"] },
  "front page, page 2": { path: "/page/2", islands: ["offline-reading"] },
  section: { path: "/world", islands: ["offline-reading"] },
  "section, page 2": { path: "/world/page/2", islands: ["offline-reading"] },
  topic: { path: "/topics/benchmark", islands: ["offline-reading"] },
  author: { path: `/authors/${ARCHIVE_AUTHOR.slug}`, islands: ["offline-reading"] },
  archive: { path: "/archive", islands: ["offline-reading"] },
  "archive day": { path: "/archive/2025/03/14", islands: ["offline-reading"] },
  article: { path: `/${ENGLISH_STORY.section}/${ENGLISH_STORY.slug}`, islands: ["offline-reading", "read-counter", "share-sheet"] },
  "story published on the running site": { path: "/world/archive-story-000007", islands: ["offline-reading", "read-counter", "share-sheet"] },
  "search results": { path: "/search?q=archive", islands: ["offline-reading"] },
  "404": { path: "/no-such-section/no-such-story", islands: ["offline-reading"], status: 404 },
};

/** The path of every script the page requests, and every error it logs, from its first byte on. */
function watch(page: Page) {
  const scripts: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    // A 404 page's own status is reported as a failed resource: that one is the page working.
    if (message.type() === "error" && !/status of 404/.test(message.text())) errors.push(message.text());
  });
  return { scripts, errors };
}

for (const [kind, { path, islands, status = 200 }] of Object.entries(READER_PAGES)) {
  test(`${kind}: HTML and CSS${islands.length ? ` and the ${islands.join(", ")} island` : ""}, no framework, no flight data, no error`, async ({ page, archiveSite }) => {
    const seen = watch(page);
    const response = await page.goto(archiveSite.url + path);
    expect(response?.status()).toBe(status);
    // The page itself is in the HTML: its heading is there without any script.
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const html = (await response?.text()) ?? "";
    expect(html).not.toContain("__next_f");
    expect(html).not.toMatch(/\/_next\/static\/[^"]*\.js/);
    await page.waitForLoadState("networkidle");

    // Scripts: exactly this page's islands, each a hashed module from /islands/, and nothing inline.
    expect(seen.scripts.map((script) => /^\/islands\/([a-z-]+)-[A-Z0-9]{8}\.js$/.exec(script)?.[1] ?? script).sort()).toEqual(islands);
    const inline = await page.locator('script:not([src]):not([type="application/ld+json"])').count();
    expect(inline).toBe(0);
    // What Next.js's runtime defines when it boots.
    expect(await page.evaluate(() => ["next", "__next_f", "TURBOPACK"].filter((name) => name in window))).toEqual([]);
    expect(seen.errors).toEqual([]);
  });
}
