import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { article as seed } from "@/content/articles/putin-discusses-syria-peace-efforts-with-assad";
import { KIND_LABELS } from "@/content/story-kinds.mjs";
import { KIND_STORY_AUTHOR, kindStoryAuthorModule, kindStoryModule, kindStorySlug, SPONSOR } from "@/scripts/lib/kind-stories";
import { Newsroom } from "@/scripts/lib/newsroom";
import { expect, test } from "./fixtures";
import { keepScreenshot } from "./screenshots";
import { presetFailures } from "./structured-data-presets";
import { htmlErrors } from "./vnu";

/**
 * Readers know what they are reading (issue 23), on a newsroom of its own with one story of every kind
 * published to it: the label above each headline and on its card, read with the headline; each kind's
 * hub; structured data by kind; paid content always labelled, sponsored links, never in feeds, the news
 * sitemap or related stories; the newsroom's standards pages linked from every page and story.
 */
test.describe.configure({ mode: "serial" });

const KINDS = ["news", "analysis", "explainer", "opinion", "editorial", "letter", "interview", "review", "obituary", "factcheck", "sponsored"] as const;
type Kind = (typeof KINDS)[number];
let newsroom: Newsroom;
const stories = {} as Record<Kind, { slug: string; section: string; headline: string }>;
const storyPath = (kind: Kind) => `/${stories[kind].section}/${stories[kind].slug}`;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  newsroom = await Newsroom.open();
  newsroom.writeAuthor(KIND_STORY_AUTHOR.slug, kindStoryAuthorModule);
  const now = new Date();
  // The sponsored story is the newest: it still may not lead the front page.
  KINDS.forEach((kind, index) => {
    const story = kindStoryModule(kind, now, KINDS.length - index, seed.image);
    newsroom.writeModule(story.slug, story.source);
    stories[kind] = story;
  });
  const run = newsroom.publish();
  expect(run.status, run.stderr).toBe(0);
});
test.afterAll(async () => newsroom?.close());

/** The JSON-LD nodes of a page. */
const jsonLd = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(([, json]) => JSON.parse(json ?? "{}") as Record<string, unknown>);

test("every kind but news: its label is read with the headline and links to the kind's hub, on the page and on its card", async ({ page }) => {
  for (const kind of KINDS.filter((candidate) => candidate !== "news")) {
    const { label, hub } = KIND_LABELS[kind];
    await page.goto(newsroom.url + storyPath(kind));
    const heading = page.getByRole("heading", { level: 1 });
    // (Chromium puts a space before the colon, after the label's inline-block link.)
    await expect(heading, kind).toHaveAccessibleName(new RegExp(`^${label}.* ?: ${stories[kind].headline}$`));
    await expect(heading.getByRole("link", { name: label, exact: true })).toHaveAttribute("href", `/${hub}`);
  }
  await page.goto(newsroom.url + storyPath("news"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveAccessibleName(stories.news.headline);

  await page.goto(`${newsroom.url}/world`);
  const card = page.getByRole("heading", { name: new RegExp(`^Analysis ?: ${stories.analysis.headline}$`) });
  await expect(card.getByRole("link", { name: "Analysis", exact: true })).toHaveAttribute("href", "/analysis");
  await expect(page.getByRole("heading", { name: new RegExp(`^Paid content ?Paid for by ${SPONSOR.name} ?: ${stories.sponsored.headline}$`) })).toBeVisible();
  await expect(page.getByRole("heading", { name: stories.news.headline, exact: true })).toBeVisible();
});

test("each kind's hub says what the kind is and lists its stories; opinion lives in the opinion section", async ({ page, request }) => {
  await page.goto(`${newsroom.url}/fact-checks`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fact checks");
  await expect(page.getByText(KIND_LABELS.factcheck.definition)).toBeVisible();
  await expect(page.getByRole("link", { name: stories.factcheck.headline })).toHaveAttribute("href", storyPath("factcheck"));
  expect(await page.locator("main article").count()).toBe(1);
  await page.goto(`${newsroom.url}/opinion`);
  for (const kind of ["opinion", "editorial", "letter"] as const) await expect(page.getByRole("link", { name: stories[kind].headline })).toHaveAttribute("href", `/opinion/${stories[kind].slug}`);
  expect((await request.get(`${newsroom.url}/obituaries/page/2`)).status()).toBe(404);
  expect((await request.get(`${newsroom.url}/not-a-kind`)).status()).toBe(404);
});

test("paid content: labelled with its sponsor, explained, every sponsor link rel=sponsored, and never the front's lead", async ({ page }) => {
  await page.goto(newsroom.url + storyPath("sponsored"));
  await expect(page.getByRole("complementary", { name: "About paid content" })).toContainText(`paid for by ${SPONSOR.name}`);
  const links = page.locator(`a[href^="https://energy.example"]`);
  expect(await links.count()).toBe(3);
  for (const rel of await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("rel")))) expect(rel).toBe("sponsored noopener");
  await page.goto(newsroom.url);
  const lead = page.locator("main article").first();
  await expect(lead).not.toContainText("Paid content");
  // Among the latest (and in its section's block), labelled.
  await expect(page.getByRole("heading", { name: new RegExp(`^Paid content .*${stories.sponsored.headline}$`) }).first()).toBeVisible();
});

test("the standards: breadcrumbs and reading time on a story, its links to our standards and to report an error, naming the story", async ({ page }) => {
  await page.goto(newsroom.url + storyPath("factcheck"));
  const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(crumbs.getByRole("link")).toHaveText(["Home", "World"]);
  await expect(page.getByText(/\b1 min read\b/).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "The claim" })).toContainText("Our verdict: False");
  await expect(page.getByRole("region", { name: "Sources" }).getByRole("link")).toHaveText("Trade statistics 2025");
  await expect(page.getByRole("region", { name: "How we reported this" })).toBeVisible();
  await page.getByRole("link", { name: "Report an error" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Report an error");
  await expect(page.getByRole("main")).toContainText(`You are reporting an error in ${stories.factcheck.headline}.`);
  await expect(page.getByRole("link", { name: "corrections@meridianpost.example" })).toHaveAttribute("href", /^mailto:corrections@meridianpost\.example\?subject=Error%20in/);
  await page.goBack();
  await page.getByRole("link", { name: "Our standards" }).click();
  await expect(page).toHaveURL(`${newsroom.url}/about/standards`);
  for (const part of ["Ethics", "Verification and fact-checking", "Unnamed sources", "Corrections", "How to complain"]) await expect(page.getByRole("heading", { level: 2, name: part })).toBeVisible();
  // Every page's footer links every page about the newsroom.
  const footer = page.getByRole("contentinfo").getByRole("navigation", { name: "About us" });
  await expect(footer.getByRole("link")).toHaveText(["About us", "Editorial standards", "Ownership and funding", "Masthead", "Contact us"]);
  await page.goto(`${newsroom.url}/authors/${KIND_STORY_AUTHOR.slug}`);
  await expect(page.getByRole("main")).toContainText("Diplomacy, Central Europe");
  await expect(page.getByRole("main")).toContainText("English, Polish");
});

test("structured data by kind, and paid content out of feeds, the news sitemap and other stories' related lists", async ({ request }) => {
  const types: Record<string, unknown[]> = {};
  for (const kind of KINDS) types[kind] = jsonLd(await (await request.get(newsroom.url + storyPath(kind))).text()).map((node) => node["@type"]);
  expect(types).toMatchObject({
    news: ["NewsArticle", "BreadcrumbList"],
    analysis: ["AnalysisNewsArticle", "BreadcrumbList"],
    explainer: ["BackgroundNewsArticle", "BreadcrumbList"],
    opinion: ["OpinionNewsArticle", "BreadcrumbList"],
    editorial: ["OpinionNewsArticle", "BreadcrumbList"],
    letter: ["OpinionNewsArticle", "BreadcrumbList"],
    review: ["NewsArticle", "Review", "BreadcrumbList"],
    factcheck: ["NewsArticle", "ClaimReview", "BreadcrumbList"],
    sponsored: ["AdvertiserContentArticle", "BreadcrumbList"],
  });
  const news = jsonLd(await (await request.get(newsroom.url + storyPath("news"))).text())[0]!;
  expect(news.publishingPrinciples).toBe("https://www.meridianpost.example/about/standards");
  const about = jsonLd(await (await request.get(`${newsroom.url}/about`)).text()).find((node) => node["@type"] === "NewsMediaOrganization")!;
  expect(Object.keys(about)).toEqual(expect.arrayContaining(["ethicsPolicy", "correctionsPolicy", "verificationFactCheckingPolicy", "unnamedSourcesPolicy", "ownershipFundingInfo", "masthead", "actionableFeedbackPolicy", "foundingDate", "contactPoint"]));

  const newsHtml = await (await request.get(newsroom.url + storyPath("news"))).text();
  expect(newsHtml).not.toContain(`/world/${kindStorySlug("sponsored")}"`);
  for (const feed of ["/rss.xml", "/atom.xml", "/feed.json", "/world/rss.xml", "/sitemaps/news.xml"]) {
    const body = await (await request.get(newsroom.url + feed)).text();
    expect(body, feed).toContain(kindStorySlug("analysis"));
    expect(body, feed).not.toContain(kindStorySlug("sponsored"));
  }
  // Google's, Twitter's and Facebook's presets still pass for every kind, and on the pages about the newsroom.
  for (const path of [...KINDS.map(storyPath), "/about", "/about/standards", "/analysis"]) expect(await presetFailures(await (await request.get(newsroom.url + path)).text()), path).toEqual([]);
  const pages = await (await request.get(`${newsroom.url}/sitemaps/pages-1.xml`)).text();
  for (const hub of ["/analysis", "/fact-checks", "/paid-content", "/opinion"]) expect(pages, hub).toContain(`https://www.meridianpost.example${hub}</loc>`);
});

/** axe's WCAG 2.2 AA and best practice, in light and dark, with a screenshot to look at. */
async function accessible(page: Page, path: string, name: string) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(newsroom.url + path);
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
    expect(axe.violations.map((violation) => `${path}: ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
    await keepScreenshot(page, `${name}-${colorScheme}`);
  }
}

test("the new kinds of page are valid HTML and pass axe in light and dark", async ({ page, request }) => {
  // Seven pages, each checked twice by axe and photographed: more than the default 30 s on a busy phone run.
  test.setTimeout(120_000);
  const paths = { sponsored: storyPath("sponsored"), factcheck: storyPath("factcheck"), review: storyPath("review"), hub: "/analysis", standards: "/about/standards", contact: "/about/contact", report: `/report-an-error/${stories.news.slug}` };
  const pages = Object.fromEntries(await Promise.all(Object.entries(paths).map(async ([name, path]) => [name, await (await request.get(newsroom.url + path)).text()] as const)));
  expect(await htmlErrors(pages)).toEqual([]);
  for (const [name, path] of Object.entries(paths)) await accessible(page, path, `kind-${name}`);
});
