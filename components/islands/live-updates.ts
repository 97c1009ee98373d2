/**
 * The live-updates island's decisions, apart from the page so they can be tested: what changed between
 * the posts on the page and the updates document, how often to ask, and what to tell the reader.
 */

/** A post as the updates document carries it (app/[section]/[slug]/live.json/route.tsx). */
export type IncomingPost = { id: string; published: string; updated: string; pinned: boolean; html: string };
export type UpdatesDocument = { open: boolean; label: string; posts: IncomingPost[] };
/** A post on the page: its id, and the time of its last edit (data-updated). */
export type ShownPost = { id: string; updated: string; published: string };

export type Changes = {
  /** Posts not on the page yet, newest first. */
  added: IncomingPost[];
  /** Posts on the page whose edit time moved. */
  edited: IncomingPost[];
  /** Posts on the page inside the document's window (not older than its oldest post) that it no longer has. */
  removed: string[];
};

/** What the document changes on a page that shows `shown` (and has had `queued` announced but not shown). */
export function changesBetween(shown: readonly ShownPost[], document: UpdatesDocument, queued: ReadonlySet<string> = new Set()): Changes {
  const onPage = new Map(shown.map((post) => [post.id, post]));
  const incoming = new Set(document.posts.map((post) => post.id));
  const oldest = document.posts.reduce((min, post) => Math.min(min, Date.parse(post.published)), Infinity);
  return {
    added: document.posts.filter((post) => !onPage.has(post.id) && !queued.has(post.id)),
    edited: document.posts.filter((post) => onPage.has(post.id) && onPage.get(post.id)?.updated !== post.updated),
    // A post that rolled off the first page onto an older one is still there: only gaps inside the window are removals.
    removed: shown.filter((post) => !incoming.has(post.id) && Date.parse(post.published) >= oldest).map((post) => post.id),
  };
}

/** Every 15 s while the tab is visible, every minute while hidden. */
export const pollDelay = (hidden: boolean) => (hidden ? 60_000 : 15_000);

/** "1 new post", "3 new posts". */
export const newPostsText = (count: number) => `${count} new ${count === 1 ? "post" : "posts"}`;

/** The tab's title with a count of posts not yet shown: "(3) Title"; the plain title at 0. */
export function titleWithCount(title: string, count: number): string {
  const plain = title.replace(/^\(\d+\) /, "");
  return count > 0 ? `(${count}) ${plain}` : plain;
}
