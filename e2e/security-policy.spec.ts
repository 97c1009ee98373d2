import type { Page } from "@playwright/test";
import { articlePath, sectionPath, tagPath } from "@/content/urls";
import { expect, test } from "./fixtures";
import { seedArticle } from "./seed-article";

const article = seedArticle();
const pages = {
  "front page": "/",
  article: articlePath(article),
  "section page": sectionPath(article.section),
  "topic page": tagPath(article.tags[0] ?? { slug: "none" }),
  "404 page": "/no-such-page",
  "404 page at a junk file path": "/wp-login.php",
};

/** Records every CSP violation the page reports, from before its first script runs. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.effectiveDirective}: ${event.blockedURI || event.sample}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** The share island ran: its button is shown only once it has. */
const islandRan = (page: Page) => page.getByRole("button", { name: /^(Share|Copy link)$/ });
/** Scripts from this origin only: no hash, no nonce, nothing inline. */
const SELF_ONLY = /script-src 'self';/;

for (const [name, path] of Object.entries(pages)) {
  test(`the ${name} is served under a strict CSP and runs with no violation`, async ({ page }) => {
    const violations = await recordViolations(page);
    const response = await page.goto(path);
    const policy = response?.headers()["content-security-policy"] ?? "";
    expect(policy).toMatch(SELF_ONLY);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|sha256-|nonce-/);
    expect(policy).toContain("frame-ancestors 'none'");
    await page.waitForLoadState("networkidle");
    expect(await violations()).toEqual([]);
  });
}

test("pages rendered on demand — a story published on the running site, an archive day, a later page — run under the same policy with no violation", async ({ page, archiveSite }) => {
  for (const path of ["/world/archive-story-000007", "/archive/2025/03/14", "/world/page/2"]) {
    const violations = await recordViolations(page);
    const response = await page.goto(archiveSite.url + path);
    const policy = response?.headers()["content-security-policy"] ?? "";
    expect(policy, path).toMatch(SELF_ONLY);
    expect(policy, path).not.toContain("unsafe-inline");
    await page.waitForLoadState("networkidle");
    expect(await violations(), path).toEqual([]);
  }
});

test("under the policy the share island works, and so does following a link", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const violations = await recordViolations(page);
  await page.addInitScript(() => Object.defineProperty(navigator, "share", { value: undefined, configurable: true }));
  await page.goto(articlePath(article));
  await islandRan(page).click();
  await expect(page.getByRole("status")).toHaveText("Link copied");
  await page.getByRole("article").getByRole("link", { name: article.section.name, exact: true }).click();
  await expect(page).toHaveURL(sectionPath(article.section));
  expect(await violations()).toEqual([]);
});

test("negative control: a policy that allows no script stops the island, and the policy is what let it run", async ({ page }) => {
  await page.route(`**${articlePath(article)}`, async (route) => {
    const response = await route.fetch();
    const policy = (response.headers()["content-security-policy"] ?? "").replace("script-src 'self'", "script-src 'none'");
    await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": policy } });
  });
  const violations = await recordViolations(page);
  await page.goto(articlePath(article));
  await page.waitForLoadState("networkidle");
  expect((await violations()).length).toBeGreaterThan(0);
  await expect(islandRan(page)).toHaveCount(0);
  // The story itself is server HTML and still reads in full.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.headline);
});
