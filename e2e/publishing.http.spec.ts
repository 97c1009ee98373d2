import { expect, test } from "@playwright/test";
import { article as seed } from "@/content/articles/putin-discusses-syria-peace-efforts-with-assad";
import { CACHE } from "@/server/security-headers.mjs";
import { Newsroom, NEWSROOM_TOKEN } from "@/scripts/lib/newsroom";

/**
 * Publishing on the running site, as an editor does it (`npm run content:publish` against the origin of
 * a copy of the release): a story goes live everywhere, is corrected everywhere, is taken down, survives
 * a restart; and every kind of bad request is refused without changing anything.
 */
test.describe.configure({ mode: "serial" });

let newsroom: Newsroom;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  newsroom = await Newsroom.open();
});
test.afterAll(async () => newsroom?.close());

const SLUG = "newsroom-breaking-story";
const PHOTO = `/images/articles/${SLUG}.jpg`;
/** Published a minute ago: inside the news sitemap's 48 hours. */
const published = new Date(Date.now() - 60_000).toISOString().replace(/\.\d{3}Z$/, "+00:00");
const month = published.slice(0, 7);

function storyModule({ headline, updated }: { headline: string; updated: string }) {
  return `import type { ArticleSource } from "../schema";

export const article = {
  slug: "${SLUG}",
  headline: ${JSON.stringify(headline)},
  standfirst: "Talks resumed in Geneva on Tuesday, officials said.",
  section: "business",
  tags: ["Newsroom test topic"],
  published: "${published}",
  updated: "${updated}",
  byline: { agency: "Reuters" },
  image: { src: "${PHOTO}", width: 1600, height: 1200, alt: "A plain blue test photo", caption: "A test photo", credit: "Test" },
  body: [{ type: "paragraph", text: "The body of the breaking story." }],
} as const satisfies ArticleSource;
`;
}

const FIRST = "Oil talks resume in Geneva as ministers meet";
const CORRECTED = "Oil talks resume in Vienna as ministers meet";

/** A search for a word of the body only (the results page marks the words it matched in headlines). */
const SEARCH = "/search?q=breaking";
/** Every place a story shows: its page, the front page, section and topic, search, feeds, sitemaps. */
const WHERE_IT_SHOWS = [`/business/${SLUG}`, "/", "/business", "/topics/newsroom-test-topic", SEARCH, "/rss.xml", "/atom.xml", "/feed.json", "/business/rss.xml", "/sitemaps/news.xml"];

async function text(path: string) {
  const response = await fetch(newsroom.url + path);
  return { status: response.status, headers: response.headers, body: await response.text() };
}

const manifestVersion = async () => ((await (await fetch(`${newsroom.url}/api/publish`, { headers: { Authorization: `Bearer ${NEWSROOM_TOKEN}` } })).json()) as { version: number }).version;

test("a new story goes live on its page, the listings, the feeds and the sitemaps, with its photo", async () => {
  // Readers and caches have the pages before: the origin's memory must not serve them after.
  for (const path of WHERE_IT_SHOWS) await text(path);
  expect((await text(`/business/${SLUG}`)).status).toBe(404);

  await newsroom.writePhoto(PHOTO, "#335577");
  newsroom.writeModule(SLUG, storyModule({ headline: FIRST, updated: published }));
  const run = newsroom.publish();
  expect(run.stderr).toBe("");
  expect(run.stdout).toContain("1 published, 0 corrected, 0 taken down");

  for (const path of WHERE_IT_SHOWS) expect((await text(path)).body, path).toContain(FIRST);
  const story = await text(`/business/${SLUG}`);
  expect(story.status).toBe(200);
  // Published a minute ago: no notice of age, which the seed (2013) has.
  expect(story.body).not.toContain("This article is more than");
  expect((await text(`/${seed.section}/${seed.slug}`)).body).toContain("This article is more than");
  expect((await text(`/sitemaps/articles-${month}.xml`)).body).toContain(`/business/${SLUG}`);
  expect((await text("/sitemap.xml")).body).toContain(`/sitemaps/articles-${month}.xml`);
  const photo = await fetch(newsroom.url + PHOTO);
  expect(photo.status).toBe(200);
  expect(photo.headers.get("content-type")).toBe("image/jpeg");
  const optimized = await fetch(`${newsroom.url}/_next/image?url=${encodeURIComponent(PHOTO)}&w=640&q=75`, { headers: { Accept: "image/avif" } });
  expect(optimized.status).toBe(200);
  expect((await fetch(`${newsroom.url}/share/${SLUG}/card.jpg`)).headers.get("content-type")).toBe("image/jpeg");
});

test("a page rendered on demand keeps the site's rules: no framework, scripts from this origin only, ETag and 304, the article's caching", async () => {
  const story = await text(`/business/${SLUG}`);
  const csp = story.headers.get("content-security-policy") ?? "";
  expect(csp).toContain("script-src 'self';");
  expect(story.body).not.toContain("__next_f");
  expect(csp).not.toContain("unsafe-inline");
  expect(story.headers.get("cache-control")).toBe(CACHE.article);
  const etag = story.headers.get("etag") ?? "";
  expect(etag).toMatch(/^"/);
  expect((await fetch(`${newsroom.url}/business/${SLUG}`, { headers: { "If-None-Match": etag } })).status).toBe(304);
});

test("a correction shows everywhere the story shows, and nowhere is the old version left", async () => {
  newsroom.writeModule(SLUG, storyModule({ headline: CORRECTED, updated: new Date().toISOString().replace(/\.\d{3}Z$/, "+00:00") }));
  const run = newsroom.publish();
  expect(run.stdout).toContain("0 published, 1 corrected, 0 taken down");
  for (const path of WHERE_IT_SHOWS) {
    const { body } = await text(path);
    expect(body, path).toContain(CORRECTED);
    expect(body, path).not.toContain(FIRST);
  }
});

test("after a restart the origin still serves what was published", async () => {
  await newsroom.restart();
  expect((await text(`/business/${SLUG}`)).body).toContain(CORRECTED);
  expect((await text("/")).body).toContain(CORRECTED);
});

test("a refused publish changes nothing: every kind of bad request gets its 4xx and a reason", async () => {
  const before = await manifestVersion();
  const front = (await text("/")).body;
  const auth = { Authorization: `Bearer ${NEWSROOM_TOKEN}` };
  const json = { ...auth, "Content-Type": "application/json" };
  const story = (overrides: Record<string, unknown> = {}) => ({
    slug: "refused-story",
    headline: "A story that must not appear",
    standfirst: "Standfirst.",
    section: "world",
    tags: [],
    published: published,
    updated: published,
    byline: { agency: "AP" },
    image: { src: seed.image.src, width: seed.image.width, height: seed.image.height, alt: "Alt", caption: "Caption", credit: "AP" },
    body: [{ type: "paragraph", text: "Text." }],
    ...overrides,
  });
  const request = (body: unknown) => JSON.stringify({ baseVersion: before, articles: [], deletions: [], images: [], ...(body as object) });
  const post = (headers: Record<string, string>, body: string) => fetch(`${newsroom.url}/api/publish`, { method: "POST", headers, body });

  const refusals: [string, () => Promise<Response>, number][] = [
    ["no token", () => post({ "Content-Type": "application/json" }, request({ articles: [{ file: "content/articles/refused-story.ts", article: story() }] })), 401],
    ["a wrong token", () => post({ ...json, Authorization: `Bearer ${NEWSROOM_TOKEN}x` }, request({})), 401],
    ["the token in another scheme", () => post({ ...json, Authorization: `Basic ${NEWSROOM_TOKEN}` }, request({})), 401],
    ["the manifest without a token", () => fetch(`${newsroom.url}/api/publish`), 401],
    ["a body that is not JSON", () => post({ ...auth, "Content-Type": "text/plain" }, "hello"), 415],
    ["malformed JSON", () => post(json, '{"baseVersion": 1, "articles": ['), 400],
    ["a body over the limit", () => post(json, `{"pad":"${"x".repeat(33 * 1024 * 1024)}"}`), 413],
    ["no baseVersion", () => post(json, JSON.stringify({ articles: [] })), 400],
    ["nothing to publish", () => post(json, request({})), 400],
    ["a module path that climbs out", () => post(json, request({ articles: [{ file: "content/articles/../../package.json.ts", article: story() }] })), 400],
    ["a photo path that climbs out", () => post(json, request({ articles: [{ file: "content/articles/refused-story.ts", article: story() }], images: [{ path: "/images/../../package.json", data: "AA==" }] })), 400],
    ["an invalid story", () => post(json, request({ articles: [{ file: "content/articles/refused-story.ts", article: story({ headline: "", section: "sport" }) }] })), 422],
    ["a slug that is not its file's name", () => post(json, request({ articles: [{ file: "content/articles/another-name.ts", article: story() }] })), 422],
    ["an unknown field", () => post(json, request({ articles: [{ file: "content/articles/refused-story.ts", article: story({ standfrist: "typo" }) }] })), 422],
    ["a photo that would replace the release's", () => post(json, request({ articles: [{ file: "content/articles/refused-story.ts", article: story() }], images: [{ path: seed.image.src, data: Buffer.from("not the photo").toString("base64") }] })), 422],
    ["taking down a story the site does not have", () => post(json, request({ deletions: ["no-such-story"] })), 422],
    ["a stale base version", () => post(json, request({ baseVersion: before - 1, deletions: [SLUG] })), 409],
    ["another method", () => fetch(`${newsroom.url}/api/publish`, { method: "PUT", headers: json, body: request({}) }), 405],
  ];
  for (const [name, send, status] of refusals) {
    const response = await send();
    expect(response.status, name).toBe(status);
    expect(response.headers.get("cache-control"), name).toMatch(/\bno-store\b/);
    if (status !== 405) expect(((await response.json()) as { error?: string }).error, name).toBeTruthy();
  }
  const invalid = (await (await post(json, request({ articles: [{ file: "content/articles/refused-story.ts", article: story({ headline: "", section: "sport" }) }] }))).json()) as {
    issues: { file: string; field: string }[];
  };
  expect(invalid.issues.map((issue) => `${issue.file} ${issue.field}`)).toEqual(["content/articles/refused-story.ts headline", "content/articles/refused-story.ts section"]);

  expect(await manifestVersion()).toBe(before);
  expect((await text("/")).body).toBe(front);
  expect((await text("/world/refused-story")).status).toBe(404);
});

test("an invalid module is refused by the command, by file and field, and nothing is sent", async () => {
  const before = await manifestVersion();
  newsroom.writeModule("broken-module", storyModule({ headline: "", updated: published }).replace(`"${SLUG}"`, '"broken-module"'));
  const run = newsroom.publish();
  newsroom.removeModule("broken-module");
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/broken-module\.ts: headline: must not be empty/);
  expect(run.stderr).toContain("nothing was sent");
  expect(await manifestVersion()).toBe(before);
});

test("two publishes racing from the same version: one lands, the other is refused, nothing is mixed", async () => {
  const before = await manifestVersion();
  const body = (headline: string) =>
    JSON.stringify({
      baseVersion: before,
      articles: [{ file: `content/articles/${seed.slug}.ts`, article: { ...seed, headline } }],
    });
  const send = (headline: string) => fetch(`${newsroom.url}/api/publish`, { method: "POST", headers: { Authorization: `Bearer ${NEWSROOM_TOKEN}`, "Content-Type": "application/json" }, body: body(headline) });
  const statuses = (await Promise.all([send("Racing headline A"), send("Racing headline B")])).map((response) => response.status).sort();
  expect(statuses).toEqual([200, 409]);
  expect(await manifestVersion()).toBe(before + 1);
  const page = (await text(`/${seed.section}/${seed.slug}`)).body;
  expect(Number(page.includes("Racing headline A")) + Number(page.includes("Racing headline B"))).toBe(1);
  // Put the seed back as the module has it.
  expect(newsroom.publish().stdout).toContain("1 corrected");
});

test("a story taken down is gone: 410 on its address, out of the listings, feeds and sitemaps", async () => {
  newsroom.removeModule(SLUG);
  const run = newsroom.publish();
  expect(run.stdout).toContain("0 published, 0 corrected, 1 taken down");
  expect((await text(`/business/${SLUG}`)).status).toBe(410);
  expect((await text("/topics/newsroom-test-topic")).status).toBe(404);
  expect((await fetch(`${newsroom.url}/share/${SLUG}/card.jpg`)).status).toBe(404);
  for (const path of ["/", "/business", SEARCH, "/rss.xml", "/atom.xml", "/feed.json", "/sitemaps/news.xml", `/sitemaps/articles-${month}.xml`]) {
    const { body } = await text(path);
    expect(body, path).not.toContain(CORRECTED);
    expect(body, path).not.toContain(`/business/${SLUG}`);
  }
});

test("a new staff writer is published with her first story: her page, her byline link, her portrait; a bio edit follows", async () => {
  const writer = "newsroom-staff-writer";
  const portrait = `/images/authors/${writer}.jpg`;
  const story = "newsroom-staff-story";
  const authorModule = (bio: string) => `import type { AuthorSource } from "../schema";
export const author = {
  slug: "${writer}",
  name: "Nadia Kareem",
  role: "Energy correspondent",
  bio: ${JSON.stringify(bio)},
  photo: { src: "${portrait}", width: 400, height: 400, alt: "Nadia Kareem", credit: "Test" },
} as const satisfies AuthorSource;
`;
  expect((await text(`/authors/${writer}`)).status).toBe(404);
  await newsroom.writePhoto(portrait, "#553322", { width: 400, height: 400 });
  newsroom.writeAuthor(writer, authorModule("Nadia Kareem covers oil and gas."));
  newsroom.writeModule(story, storyModule({ headline: "Staff story on refinery output", updated: published }).replace(`slug: "${SLUG}"`, `slug: "${story}"`).replace('byline: { agency: "Reuters" }', `byline: { authors: ["${writer}"] }`));
  const run = newsroom.publish();
  expect(run.stderr).toBe("");
  expect(run.stdout).toContain("1 author published or updated, 1 published");

  const page = await text(`/authors/${writer}`);
  expect(page.status).toBe(200);
  expect(page.body).toContain("Nadia Kareem covers oil and gas.");
  expect(page.body).toContain(`href="/business/${story}"`);
  expect((await text(`/business/${story}`)).body).toMatch(new RegExp(`<a href="/authors/${writer}" rel="author"`));
  expect((await fetch(newsroom.url + portrait)).headers.get("content-type")).toBe("image/jpeg");

  newsroom.writeAuthor(writer, authorModule("Nadia Kareem covers oil, gas and the energy transition."));
  const edit = newsroom.publish();
  expect(edit.stdout).toContain("1 author published or updated, 0 published, 0 corrected");
  expect((await text(`/authors/${writer}`)).body).toContain("the energy transition");
});

test("a story naming an author the site does not have is refused by file and field", async () => {
  newsroom.writeModule("by-a-stranger", storyModule({ headline: "A story by nobody we know", updated: published }).replace(`slug: "${SLUG}"`, 'slug: "by-a-stranger"').replace('byline: { agency: "Reuters" }', 'byline: { authors: ["nobody-here"] }'));
  const run = newsroom.publish();
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('by-a-stranger.ts: byline.authors[0]: unknown author "nobody-here" (add content/authors/nobody-here.ts)');
  newsroom.removeModule("by-a-stranger");
  expect((await text("/business/by-a-stranger")).status).toBe(404);
});

test("without PUBLISH_TOKEN publishing is off", async () => {
  await newsroom.restart({ token: null });
  const response = await fetch(`${newsroom.url}/api/publish`, { headers: { Authorization: `Bearer ${NEWSROOM_TOKEN}` } });
  expect(response.status).toBe(403);
  await newsroom.restart();
});
