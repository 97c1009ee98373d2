import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { article as seed } from "@/content/articles/putin-discusses-syria-peace-efforts-with-assad";
import { liveStoryModule, type LiveStoryOptions } from "@/scripts/lib/live-story";
import { Newsroom } from "@/scripts/lib/newsroom";
import { rawRequest } from "@/server/test-support/raw-http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { expect, test } from "./fixtures";
import { keepScreenshot } from "./screenshots";
import { htmlErrors } from "./vnu";

/**
 * Live coverage (issue 22), read like a reader on a phone and a desktop, on a newsroom of its own:
 * the page without JavaScript, its older pages and post addresses; posts published on the running site
 * arriving on an open page without moving it (in place at the top, behind a button further down);
 * coverage ending. The island's 15-second turns are run on Playwright's clock, not waited for.
 */
test.describe.configure({ mode: "serial" });

const SLUG = "summit-live";
const STORY = `/world/${SLUG}`;
let newsroom: Newsroom;
/** The story as last published: 45 posts a minute apart, the first pinned. */
let options: LiveStoryOptions;

/** Publishes the live story as `options` say, on the running site. */
function publish(next: Partial<LiveStoryOptions> = {}) {
  options = { ...options, ...next };
  newsroom.writeModule(SLUG, liveStoryModule(options));
  const run = newsroom.publish();
  expect(run.status, run.stderr).toBe(0);
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  newsroom = await Newsroom.open();
  options = { slug: SLUG, section: "world", headline: "Geneva summit: live", start: new Date(Date.now() - 60 * 60_000), posts: 45, image: seed.image, pinFirst: true };
  publish();
});
test.afterAll(async () => newsroom?.close());

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the page: Live label, summary, key events, the pinned post, then the newest posts, each its own article with its time", async ({ page }) => {
    await page.goto(newsroom.url + STORY);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(options.headline);
    await expect(page.getByText("Live", { exact: true })).toBeVisible();
    await expect(page.getByText(/^Latest post /)).toContainText(String(new Date().getUTCFullYear()));
    await expect(page.getByText("A statement is expected tonight.")).toBeVisible();
    const keyEvents = page.getByRole("navigation", { name: "Key events" }).getByRole("link");
    await expect(keyEvents).toHaveCount(4);
    const posts = page.getByRole("region", { name: "Posts" }).locator("article[id^=post-]");
    // 45 posts: page 1 holds the oldest 20, the first page the newest 25 (the pinned one first).
    await expect(posts).toHaveCount(26);
    await expect(posts.first()).toContainText("Pinned");
    await expect(posts.nth(1)).toHaveAttribute("id", "post-post-45");
    await expect(posts.nth(1).locator("time").first()).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);
    expect(await page.locator("script[src*='/islands/']").count()).toBeGreaterThan(0);
  });

  test("older posts: stable page numbers and addresses, rel prev/next, their own canonical; a key event on an older page is reached there", async ({ page }) => {
    await page.goto(newsroom.url + STORY);
    await page.getByRole("link", { name: "Older posts" }).click();
    await expect(page).toHaveURL(`${newsroom.url}${STORY}/page/1`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `https://www.meridianpost.example${STORY}/page/1`);
    await expect(page.locator("article[id^=post-]")).toHaveCount(20);
    await expect(page.getByRole("link", { name: "Newer posts" })).toHaveAttribute("rel", "prev");
    await page.goto(newsroom.url + STORY);
    await page.getByRole("navigation", { name: "Key events" }).getByRole("link").last().click();
    await expect(page).toHaveURL(`${newsroom.url}${STORY}/page/1#post-post-10`);
    await expect(page.locator("#post-post-10")).toBeInViewport();
  });

  test("a post's own address leads to the page that holds it; an unknown post, or a page that does not exist, is a 404", async ({ page, request }) => {
    await page.goto(`${newsroom.url}${STORY}/posts/post-3`);
    await expect(page).toHaveURL(`${newsroom.url}${STORY}/page/1#post-post-3`);
    await page.goto(`${newsroom.url}${STORY}/posts/post-44`);
    await expect(page).toHaveURL(`${newsroom.url}${STORY}#post-post-44`);
    expect((await request.get(`${newsroom.url}${STORY}/posts/no-such-post`)).status()).toBe(404);
    expect((await request.get(`${newsroom.url}${STORY}/page/2`)).status()).toBe(404);
    expect((await request.get(`${newsroom.url}/world/archive-story-000001/page/1`)).status()).toBe(404);
  });
});

test("the live page and an older page are valid HTML, carry a LiveBlogPosting, and pass axe in light and dark", async ({ page, request }) => {
  const html = await (await request.get(newsroom.url + STORY)).text();
  const older = await (await request.get(`${newsroom.url}${STORY}/page/1`)).text();
  expect(await htmlErrors({ live: html, "live-older-page": older })).toEqual([]);
  const ld = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(([, json]) => JSON.parse(json ?? "{}") as Record<string, unknown>);
  const blog = ld.find((node) => node["@type"] === "LiveBlogPosting");
  expect(blog).toMatchObject({ headline: options.headline, coverageStartTime: expect.any(String), publisher: { name: "The Meridian Post" } });
  expect(blog?.coverageEndTime).toBeUndefined();
  expect((blog?.liveBlogUpdate as unknown[]).length).toBe(25);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(newsroom.url + STORY);
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
    await keepScreenshot(page, `live-${colorScheme}`);
  }
});

/** Runs the island's next turn: its timer, then the request it makes. */
async function nextTurn(page: Page) {
  const asked = page.waitForResponse((response) => response.url().endsWith(`${STORY}/live.json`));
  await page.clock.fastForward(16_000);
  await asked;
}

test("new posts appear in place at the top; further down they wait behind a button, and nothing the reader sees moves", async ({ page }) => {
  await page.clock.install();
  await page.goto(newsroom.url + STORY);
  const posts = page.getByRole("region", { name: "Posts" });
  await posts.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, (document.querySelector("[data-live-posts]") as HTMLElement).getBoundingClientRect().top + window.scrollY - 10));

  publish({ posts: 46 });
  await nextTurn(page);
  await expect(page.locator("[data-live-posts] > article").first()).toHaveAttribute("id", "post-post-46");
  await expect(page.getByRole("status").filter({ hasText: "1 new post" })).toHaveCount(1);

  // Reading further down: what arrives waits, and the post being read stays where it is.
  const reading = page.locator("#post-post-30");
  await reading.scrollIntoViewIfNeeded();
  const before = await reading.boundingBox();
  publish({ posts: 48 });
  await nextTurn(page);
  const button = page.getByRole("button", { name: "2 new posts" });
  await expect(button).toBeVisible();
  await expect(page).toHaveTitle(/^\(2\) /);
  expect((await reading.boundingBox())?.y).toBeCloseTo(before?.y ?? 0, 0);
  await button.click();
  await expect(page.locator("#post-post-48")).toBeFocused();
  await expect(page).not.toHaveTitle(/^\(\d+\) /);
  // Nothing twice: each post once.
  expect(await page.locator("#post-post-47").count()).toBe(1);
});

test("a new post re-renders the story and leaves the front page in the origin's memory (a publish drops only what it changes)", async () => {
  // Brotli means the front answered from its memory (the first reader of a fresh render gets gzip while it is made).
  const get = (path: string) => rawRequest(newsroom.url + path, { headers: { "Accept-Encoding": "br" } });
  await expect.poll(async () => (await get("/")).headers["content-encoding"], { message: "the front page is kept" }).toBe("br");
  const front = await get("/");
  const next = options.posts + 1;
  publish({ posts: next });
  const frontAfter = await get("/");
  expect(frontAfter.headers["content-encoding"], "still from memory").toBe("br");
  expect(frontAfter.headers.etag).toBe(front.headers.etag);
  const story = await get(STORY);
  const html = (story.headers["content-encoding"] === "br" ? brotliDecompressSync(story.body) : gunzipSync(story.body)).toString("utf8");
  expect(html).toContain(`id="post-post-${next}"`);
});

test("when coverage ends the label says so and the island stops asking", async ({ page }) => {
  await page.clock.install();
  await page.goto(newsroom.url + STORY);
  publish({ end: new Date(Date.now() - 1_000) });
  await nextTurn(page);
  await expect(page.getByText(/^Live coverage ended/)).toBeVisible();
  let asked = 0;
  page.on("request", (request) => void (request.url().endsWith("/live.json") && (asked += 1)));
  await page.clock.fastForward(120_000);
  expect(asked).toBe(0);
  // A reader who opens it now gets no island at all.
  await page.reload();
  expect(await page.locator("script[src*='/islands/live-updates']").count()).toBe(0);
});
