import { test as base, expect, type Locator, type Page } from "@playwright/test";
import type { Article } from "@/content/schema";
import { articlePath } from "@/content/urls";
import { openArchiveNewsroom } from "@/scripts/lib/archive-corpus";
import type { Newsroom } from "@/scripts/lib/newsroom";
import { MULTILINGUAL_MODULES } from "./multilingual";

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

export const test = base.extend<{ layout: SiteLayout; articlePage: ArticlePage }, { archiveSite: Newsroom }>({
  // Playwright's fixture callback is named `use` by convention; "provide" keeps React's hook lint quiet.
  layout: async ({ page }, provide) => provide(new SiteLayout(page)),
  articlePage: async ({ page }, provide) => provide(new ArticlePage(page)),
  /** A newsroom of this worker's own with the archive corpus published (see ./newsroom.ts). */
  archiveSite: [
    async ({}, provide) => {
      // The archive corpus (scripts/lib/archive-corpus.ts), and in the Middle East a story in Arabic and
      // one in English with Turkish names and an Arabic quote (./multilingual.ts).
      const newsroom = await openArchiveNewsroom(MULTILINGUAL_MODULES);
      await provide(newsroom);
      await newsroom.close();
    },
    { scope: "worker", timeout: 180_000 },
  ],
});

export { expect };
