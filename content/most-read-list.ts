/**
 * Which stories a "Most read" list shows, out of the board the front made (content/most-read-board.mjs):
 * its window's ranking in its scope, keeping only stories public now (the catalog holds no other),
 * never paid content or a story editors excluded (content/most-read.ts), at most MOST_READ.length. No
 * list at all when there is nothing fresh or enough to rank: too few reads or stories, or counts older
 * than the front would ever leave them (counting failed).
 */
import { MOST_READ } from "./most-read-settings.mjs";
import type { Board } from "./most-read-board.mjs";
import type { Article } from "./schema";

export type MostReadWindow = "hour" | "day";

export type MostReadList = { stories: Article[]; takenAt: number; window: MostReadWindow };

export function mostReadList(
  board: Board | null,
  { window, section, now, find, exclude }: { window: MostReadWindow; section?: string; now: number; find: (slug: string) => Article | undefined; exclude: readonly string[] },
): MostReadList | undefined {
  if (!board || now - board.takenAt > MOST_READ.staleAfterMs) return undefined;
  const ranking = section === undefined ? board.windows[window].all : (board.windows[window].sections[section] ?? []);
  const excluded = new Set(exclude);
  const stories: Article[] = [];
  let reads = 0;
  for (const { slug, count } of ranking) {
    if (stories.length === MOST_READ.length) break;
    if (excluded.has(slug)) continue;
    const article = find(slug);
    if (!article || article.kind === "sponsored" || (section !== undefined && article.section.slug !== section)) continue;
    stories.push(article);
    reads += count;
  }
  if (stories.length < MOST_READ.minStories || reads < MOST_READ.minReads) return undefined;
  return { stories, takenAt: board.takenAt, window };
}
