import { test as base, expect, type Locator, type Page } from "@playwright/test";
import type { Article } from "@/content/schema";
import { articlePath } from "@/content/urls";

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

export const test = base.extend<{ layout: SiteLayout; articlePage: ArticlePage }>({
  // Playwright's fixture callback is named `use` by convention; "provide" keeps React's hook lint quiet.
  layout: async ({ page }, provide) => provide(new SiteLayout(page)),
  articlePage: async ({ page }, provide) => provide(new ArticlePage(page)),
});

export { expect };
