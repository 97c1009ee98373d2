import { test as base, expect, type Locator, type Page } from "@playwright/test";
import { article as seed } from "@/content/articles/putin-discusses-syria-peace-efforts-with-assad";
import type { Article } from "@/content/schema";
import { articlePath } from "@/content/urls";
import type { SyntheticOptions } from "@/scripts/lib/synthetic-articles";
import { ARCHIVE_AUTHOR, ARCHIVE_AUTHOR_MODULE } from "./archive-author";
import { MULTILINGUAL_MODULES } from "./multilingual";
import { Newsroom } from "./newsroom";

/** What every page shares through the root layout. */
export class SiteLayout {
  constructor(readonly page: Page) {}

  get followUsBar(): Locator {
    return this.page.getByRole("navigation", { name: "Follow us on" });
  }

  get sectionNav(): Locator {
    return this.page.getByRole("navigation", { name: "Sections" });
  }
}

/** An article page, read the way a reader reads it. */
export class ArticlePage {
  constructor(readonly page: Page) {}

  goto(article: Pick<Article, "slug" | "section">) {
    return this.page.goto(articlePath(article));
  }

  get article(): Locator {
    return this.page.getByRole("article");
  }

  get headline(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  get figure(): Locator {
    return this.article.getByRole("figure");
  }

  /** The text of every paragraph in the article, in document order. */
  paragraphTexts(): Promise<string[]> {
    return this.article.locator("p").allTextContents();
  }
}

/**
 * An archive to browse: 60 stories published on the running site into World on one day, ten minutes
 * apart, so that the section, the day, a topic and the front page each have three pages; and, in the
 * Middle East, a story in Arabic and one in English with Turkish names and an Arabic quote (./multilingual.ts).
 * Every other World story is by a staff writer (./archive-author.ts), the rest agency copy.
 */
export const ARCHIVE_CORPUS = {
  count: 60,
  options: {
    prefix: "archive-story",
    sections: ["world"],
    start: new Date("2025-03-14T06:00:00Z"),
    stepMs: 10 * 60_000,
    image: seed.image,
    topics: 3,
    author: (index: number) => (ARCHIVE_AUTHOR.wrote(index) ? ARCHIVE_AUTHOR.slug : undefined),
  } satisfies SyntheticOptions,
};

export const test = base.extend<{ layout: SiteLayout; articlePage: ArticlePage }, { archiveSite: Newsroom }>({
  // Playwright's fixture callback is named `use` by convention; "provide" keeps React's hook lint quiet.
  layout: async ({ page }, provide) => provide(new SiteLayout(page)),
  articlePage: async ({ page }, provide) => provide(new ArticlePage(page)),
  /** A newsroom of this worker's own with the archive corpus published (see ./newsroom.ts). */
  archiveSite: [
    async ({}, provide) => {
      const newsroom = await Newsroom.open();
      newsroom.writeAuthor(ARCHIVE_AUTHOR.slug, ARCHIVE_AUTHOR_MODULE);
      await newsroom.writePhoto(ARCHIVE_AUTHOR.photo.src, ARCHIVE_AUTHOR.photo.colour, ARCHIVE_AUTHOR.photo);
      newsroom.writeSynthetic(0, ARCHIVE_CORPUS.count, ARCHIVE_CORPUS.options);
      for (const [slug, source] of Object.entries(MULTILINGUAL_MODULES)) newsroom.writeModule(slug, source);
      const run = newsroom.publish();
      if (run.status !== 0) throw new Error(`publishing the archive corpus failed:\n${run.stdout}\n${run.stderr}`);
      await provide(newsroom);
      await newsroom.close();
    },
    { scope: "worker", timeout: 180_000 },
  ],
});

export { expect };
