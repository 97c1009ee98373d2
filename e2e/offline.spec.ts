import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { startReleaseProxy } from "./release-proxy";
import { keepScreenshot } from "./screenshots";
import { seedArticle } from "./seed-article";
import { htmlErrors } from "./vnu";
import { articlePath } from "@/content/urls";
import { BASE_URL } from "../playwright.config";

/**
 * Reading offline (issue 24 §3), with the service worker running (every other spec blocks it): a story
 * read earlier opens without a connection and says when it was saved; a page not read gets the offline
 * page listing the saved ones; the worker never answers for search, publishing or live updates; after a
 * deploy the reader's next page uses the new release's files and the new worker takes over at once; the
 * app can be installed (Chromium's own installability check, its manifest and icons).
 */
test.use({ serviceWorkers: "allow" });

const article = seedArticle();
const STORY = articlePath(article);

/** Opens a page and waits until the service worker controls it (it claims pages as it activates). */
async function controlled(page: Page, address: string) {
  await page.goto(address);
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

/** The release the page's stylesheets say they belong to: "" before the deploy, '"2"' after. */
const styleRelease = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--release"));

/** How many style rules the page's loaded stylesheets hold (none loaded: 0). */
const styleRules = (page: Page) => page.evaluate(() => [...document.styleSheets].reduce((rules, sheet) => rules + sheet.cssRules.length, 0));

/** What the worker in control of the page answers a message with (only release 2's answers at all). */
const controllerRelease = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const controller = navigator.serviceWorker.controller;
        if (!controller) return resolve("no worker");
        const timer = setTimeout(() => resolve("no answer"), 1_000);
        navigator.serviceWorker.addEventListener("message", (event) => (clearTimeout(timer), resolve(String(event.data))), { once: true });
        navigator.serviceWorker.startMessages();
        controller.postMessage("release?");
      }),
  );

test("after a deploy, the next page uses the new release's files and the new worker takes over the open tab; a copy saved before it still opens offline, laid out", async ({ page, context }) => {
  const proxy = await startReleaseProxy(BASE_URL);
  try {
    await controlled(page, `${proxy.url}/`);
    await page.goto(`${proxy.url}${STORY}`);
    expect(await styleRelease(page)).toBe("");
    expect(await controllerRelease(page)).toBe("no answer");
    const laidOut = await styleRules(page);
    expect(laidOut).toBeGreaterThan(0);

    proxy.deploy();
    // The reader goes on to a page not read before (one read within its max-age may come from the
    // browser's HTTP cache, old release or new): the network's new page, with a stylesheet the worker never had.
    await page.goto(`${proxy.url}/world`);
    expect(await styleRelease(page)).toBe('"2"');
    expect(proxy.requested.filter((url) => url.endsWith("-release2.css")).length).toBeGreaterThan(0);
    // That navigation's update check found the new worker; it takes over the open tab without a reload.
    await expect.poll(() => controllerRelease(page), { timeout: 15_000 }).toBe("release 2");

    // Offline, the story saved under the old release still opens, laid out: the new worker kept the
    // old release's stylesheet, which its page names (a release keeps the previous one's files too).
    await context.setOffline(true);
    await page.goto(`${proxy.url}${STORY}`);
    // A reload skips the browser's HTTP cache, which may still hold the page: the worker answers.
    await page.reload();
    await expect(page.getByRole("note")).toContainText("You are offline. This is the copy saved on");
    expect(await styleRules(page)).toBe(laidOut);
    expect(await styleRelease(page)).toBe("");
  } finally {
    await context.setOffline(false);
    await proxy.close();
  }
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

/**
 * Lighthouse 12 (pinned: 12.2.3) dropped its PWA category and the installable-manifest audit with it;
 * that audit only reported Chromium's own verdict, which the DevTools protocol gives directly.
 */
test("Chromium finds the site installable: no manifest errors, no installability errors", async ({ playwright, launchOptions }) => {
  // A profile of its own: a test context is an incognito one, which Chromium never offers to install from.
  const profile = mkdtempSync(path.join(tmpdir(), "meridian-install-"));
  const browser = await playwright.chromium.launchPersistentContext(profile, { ...launchOptions, baseURL: BASE_URL, serviceWorkers: "allow" });
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    await controlled(page, "/");
    const cdp = await browser.newCDPSession(page);
    const manifest = (await cdp.send("Page.getAppManifest")) as { url: string; errors: { message: string }[] };
    expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
    expect(manifest.errors.map((error) => error.message)).toEqual([]);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors.map((error) => error.errorId)).toEqual([]);
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
