import { siteNow } from "@/content/clock";
import { coverageOpen } from "@/content/live-pages";
import type { Article } from "@/content/schema";

/**
 * "Live" on a live story's card while its coverage is open: read first, before the section and the
 * headline. A page showing it goes stale when coverage ends (server/schedule.mjs).
 */
export function LiveKicker({ article }: { article: Pick<Article, "live"> }) {
  if (!article.live || !coverageOpen(article.live, siteNow())) return null;
  return <span className="me-2 rounded bg-accent px-1.5 py-0.5 font-bold text-paper">Live</span>;
}
