/**
 * What the front page shows at a given moment: the breaking strip, the lead, the top stories and the
 * section blocks as editors chose them (content/front-page.ts), each pin only while it has not expired
 * and its story is still published; then the latest news, newest first, without what is shown above.
 * Paid content is never the lead or the breaking strip.
 */
import { pageOf } from "./pagination";
import type { Catalog } from "./queries";
import type { Article, FrontPage, Section } from "./schema";

/** Stories in each section's block. */
export const SECTION_BLOCK_SIZE = 3;

export type FrontPagePlan = {
  breaking?: { label: string; article: Article };
  lead?: Article;
  top: Article[];
  blocks: { section: Section; articles: Article[] }[];
  /** Page 1 of the latest news, less the lead and top stories. */
  latest: Article[];
  /** Pages of the latest news (page 2 on at /page/N). */
  pages: number;
};

export function planFrontPage(frontPage: FrontPage, catalog: Catalog, now: number): FrontPagePlan {
  const live = (pin: { slug: string; expires?: string } | undefined) => (pin && (pin.expires === undefined || Date.parse(pin.expires) > now) ? catalog.findBySlug(pin.slug) : undefined);
  const { items, count } = pageOf(catalog.latest, 1) ?? { items: [], count: 1 };
  // Paid content never leads, nor is breaking news (a story may have become paid content since it was pinned).
  const notPaid = (article: Article | undefined) => (article?.kind === "sponsored" ? undefined : article);
  const lead = notPaid(live(frontPage.lead)) ?? items.find((article) => article.kind !== "sponsored");
  const top = frontPage.top.flatMap((pin) => live(pin) ?? []).filter((article) => article.slug !== lead?.slug);
  const shown = new Set([lead?.slug, ...top.map((article) => article.slug)]);
  const breaking = notPaid(live(frontPage.breaking));
  return {
    ...(breaking && frontPage.breaking ? { breaking: { label: frontPage.breaking.label, article: breaking } } : {}),
    ...(lead ? { lead } : {}),
    top,
    blocks: frontPage.sections.flatMap((slug) => {
      const listing = catalog.section(slug);
      const articles = listing.slice(0, SECTION_BLOCK_SIZE + shown.size).filter((article) => !shown.has(article.slug)).slice(0, SECTION_BLOCK_SIZE);
      return articles.length > 0 ? [{ section: articles[0]!.section, articles }] : [];
    }),
    latest: items.filter((article) => !shown.has(article.slug)),
    pages: count,
  };
}
