import { articlePath, sectionPath, tagPath } from "@/content/urls";
import { expect, test } from "./fixtures";
import { ARABIC_STORY, ENGLISH_STORY } from "./multilingual";
import { seedArticle } from "./seed-article";
import { htmlErrors } from "./vnu";

const article = seedArticle();
const pages = {
  front: "/",
  article: articlePath(article),
  section: sectionPath(article.section),
  topic: tagPath(article.tags[0] ?? { slug: "none" }),
  "not-found": "/no-such-page",
  "search-empty": "/search",
};


/** Pages of a site with an archive, rendered on demand: a published story, listings' later pages, the archive. */
const onDemand = {
  "published-article": "/world/archive-story-000007",
  "article-by-staff": "/world/archive-story-000008",
  author: "/authors/amira-haddad",
  "author-page-2": "/authors/amira-haddad/page/2",
  "front-with-blocks": "/",
  "search-results": "/search?q=synthetic+diplomacy&page=2",
  "search-arabic": "/search?q=%D8%A7%D9%88%D9%84",
  "section-page-2": "/world/page/2",
  "front-page-2": "/page/2",
  "topic-page-2": "/topics/benchmark/page/2",
  archive: "/archive",
  "archive-year": "/archive/2025",
  "archive-month": "/archive/2025/03",
  "archive-day-page-2": "/archive/2025/03/14/page/2",
  "arabic-article": `/middle-east/${encodeURIComponent(ARABIC_STORY.slug)}`,
  "mixed-direction-article": `/middle-east/${ENGLISH_STORY.slug}`,
};

test("every page type is valid HTML by the W3C Nu checker", async ({ request, archiveSite }) => {
  test.setTimeout(120_000);
  const html: Record<string, string> = {};
  for (const [name, url] of [...Object.entries(pages), ...Object.entries(onDemand).map(([name, url]) => [name, archiveSite.url + url] as const)]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200 + (name === "not-found" ? 204 : 0));
    html[name] = await response.text();
  }
  expect(await htmlErrors(html)).toEqual([]);
});
