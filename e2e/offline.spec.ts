import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { keepScreenshot } from "./screenshots";
import { seedArticle } from "./seed-article";
import { htmlErrors } from "./vnu";
import { articlePath } from "@/content/urls";

/**
 * Reading offline (issue 24 §3), with the service worker running (every other spec blocks it): a story
 * read earlier opens without a connection and says when it was saved; a page not read gets the offline
 * page listing the saved ones; the worker never answers for search, publishing or live updates; the app
 * can be installed (its manifest and icons).
 */
test.use({ serviceWorkers: "allow" });

const article = seedArticle();
const STORY = articlePath(article);

/** Opens a page and waits until the service worker controls it (it claims pages as it activates). */
async function controlled(page: Page, path: string) {
  await page.goto(path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
  });
}

test("a story read earlier opens offline with a note saying when it was saved; another page gets the offline page listing it", async ({ page, context }) => {
  await controlled(page, "/");
  // Read with the worker in control: now it is kept.
  await page.goto(STORY);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.headline);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.headline);
  await expect(page.getByRole("note")).toContainText("You are offline. This is the copy saved on");
  // Its stylesheet and fonts came from the worker's copies: the page is laid out, not bare HTML.
  expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
  await keepScreenshot(page, "offline-saved-story");

  await page.goto("/world");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are offline");
  await expect(page.getByRole("link", { name: article.headline })).toHaveAttribute("href", STORY);
  await keepScreenshot(page, "offline-page");
  await context.setOffline(false);
});

test("online, pages come from the network, never from a copy; search is never kept", async ({ page, context }) => {
  await controlled(page, STORY);
  await page.reload();
  await expect(page.getByRole("note")).toHaveCount(0);
  await page.goto("/search?q=syria");
  await context.setOffline(true);
  await page.goto("/search?q=syria").catch(() => undefined);
  await expect(page.getByRole("heading", { name: "You are offline" })).toHaveCount(0);
  await context.setOffline(false);
});

test("the offline page is valid HTML, not indexed, and passes axe", async ({ page, request }) => {
  const response = await request.get("/offline");
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
  expect(await htmlErrors({ offline: html })).toEqual([]);
  await page.goto("/offline");
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
});

test("installable: every page links a manifest with its name, start URL, standalone display, icons (a maskable one) and shortcuts; the worker is served for the whole site", async ({ page, request }) => {
  await page.goto("/");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBe("/manifest.webmanifest");
  const manifest = (await (await request.get(href ?? "")).json()) as { name: string; start_url: string; display: string; icons: { src: string; sizes: string; purpose: string }[]; shortcuts: { url: string }[] };
  expect(manifest).toMatchObject({ name: "The Meridian Post", start_url: "/", display: "standalone" });
  expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(["192x192 any", "512x512 any", "512x512 maskable"]);
  for (const icon of manifest.icons) expect((await request.get(icon.src)).headers()["content-type"]).toBe("image/png");
  expect(manifest.shortcuts.map((shortcut) => shortcut.url)).toEqual(["/", "/most-read", "/search"]);
  expect((await request.get("/most-read")).status()).toBe(200);
  const worker = await request.get("/sw.js");
  expect(worker.status()).toBe(200);
  expect(worker.headers()["content-type"]).toMatch(/^text\/javascript/);
  expect(worker.headers()["cache-control"]).toBe("no-cache");
  expect(worker.headers()["content-security-policy"]).toContain("connect-src 'self'");
  const page_ = await request.get("/");
  expect(page_.headers()["content-security-policy"]).toContain("worker-src 'self'");
});
