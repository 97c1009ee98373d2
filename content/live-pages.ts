/**
 * How a live story's posts fall into pages. Pages of 20 are cut from the oldest, so an older page never
 * changes as posts arrive: page 1 holds the 20 oldest posts, page 2 the next 20, and so on; the first
 * page (the story's own address) holds the newest, 20 to 39 of them (all of them below 40). A new
 * older page appears when the first page would reach 40; its number and address never change.
 */
import type { Post } from "./schema";

export const POSTS_PER_PAGE = 20;

export type LivePages = {
  /** The story's own address: the newest posts, newest first. */
  first: readonly Post[];
  /** Older pages by number (index 0 is page 1, the oldest), each newest first. */
  older: readonly (readonly Post[])[];
};

/** @param postsNewestFirst every post, newest first */
export function livePages(postsNewestFirst: readonly Post[]): LivePages {
  const oldestFirst = [...postsNewestFirst].reverse();
  const olderCount = Math.max(0, Math.floor(oldestFirst.length / POSTS_PER_PAGE) - 1);
  const older = Array.from({ length: olderCount }, (_, index) => oldestFirst.slice(index * POSTS_PER_PAGE, (index + 1) * POSTS_PER_PAGE).reverse());
  return { first: oldestFirst.slice(olderCount * POSTS_PER_PAGE).reverse(), older };
}

/** Where a post is: "first" (the story's own address) or the number of its older page; undefined for no such post. */
export function pageOfPost(pages: LivePages, id: string): "first" | number | undefined {
  if (pages.first.some((post) => post.id === id)) return "first";
  const index = pages.older.findIndex((page) => page.some((post) => post.id === id));
  return index === -1 ? undefined : index + 1;
}

/** The time of a live story's latest post (its `updated` if edited since), ISO 8601. */
export function latestPostTime(postsNewestFirst: readonly Post[]): string | undefined {
  let latest: string | undefined;
  for (const post of postsNewestFirst) {
    for (const time of [post.published, post.updated]) if (time !== undefined && (latest === undefined || Date.parse(time) > Date.parse(latest))) latest = time;
  }
  return latest;
}

/** Whether coverage is open at `now`: it has begun and has not ended. */
export const coverageOpen = (coverage: { start: string; end?: string }, now: number) => coverage.end === undefined || Date.parse(coverage.end) > now;

/** A post without a headline is named by the start of its first paragraph. */
export function firstSentence(post: Pick<Post, "body">): string {
  const text = post.body.find((block) => block.type === "paragraph")?.text ?? "";
  const sentence = /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  return sentence.length > 140 ? `${sentence.slice(0, 139).trimEnd()}…` : sentence;
}

/**
 * When a story last changed as readers see it: its `updated`, or a live story's latest post if later.
 * What feeds, sitemaps, JSON-LD and the byline say.
 */
export function effectiveUpdated(record: { updated: string; posts?: readonly { published: string; updated?: string }[] | undefined }): string {
  let latest = record.updated;
  for (const post of record.posts ?? []) {
    for (const time of [post.published, post.updated]) if (time !== undefined && Date.parse(time) > Date.parse(latest)) latest = time;
  }
  return latest;
}
