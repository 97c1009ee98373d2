/**
 * Island: following a live story. While coverage is open (the server renders `data-live="open"`), it
 * asks the story's updates document (the same small, cacheable URL for every reader) every 15 s while
 * the tab is visible and every minute while hidden; never once coverage has ended. New posts arrive as
 * server-rendered HTML. It never moves what the reader is reading: at the top of the page new posts
 * appear in place; anywhere else a "N new posts" button (and a count in the tab title) takes the reader
 * up when they choose. Edited posts are replaced, removed ones taken out; screen readers hear a polite
 * announcement. Without JavaScript the page is complete and nothing polls.
 */
import { changesBetween, newPostsText, pollDelay, titleWithCount, type IncomingPost, type UpdatesDocument } from "./live-updates";

const section = document.querySelector<HTMLElement>('[data-live="open"][data-live-src]');
const list = section?.querySelector<HTMLElement>("[data-live-posts]");
const announcer = section?.querySelector<HTMLElement>("[data-live-announcer]");

if (section && list && announcer) follow(section, list, announcer);

function follow(root: HTMLElement, posts: HTMLElement, announce: HTMLElement) {
  const src = root.dataset.liveSrc ?? "";
  const reducedMotion = matchMedia("(prefers-reduced-motion: reduce)").matches;
  let queued: IncomingPost[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let button: HTMLButtonElement | undefined;

  const fragment = (html: string) => document.createRange().createContextualFragment(html);
  const shownPosts = () =>
    [...root.querySelectorAll<HTMLElement>("[data-post]")].map((element) => ({
      id: element.dataset.post ?? "",
      updated: element.dataset.updated ?? "",
      published: element.querySelector("time")?.getAttribute("datetime") ?? "",
    }));
  /** The reader is at the top of the posts: what arrives can appear in place. */
  const atTop = () => posts.getBoundingClientRect().top >= 0;

  function showQueued() {
    const first = queued[0];
    posts.prepend(...queued.map((post) => fragment(post.html)));
    queued = [];
    button?.remove();
    button = undefined;
    document.title = titleWithCount(document.title, 0);
    return first;
  }

  function offer() {
    if (!button) {
      button = document.createElement("button");
      button.type = "button";
      button.className = "sticky top-2 z-10 mx-auto mb-4 block rounded-full bg-accent px-4 py-2 font-semibold text-paper shadow";
      button.addEventListener("click", () => {
        const first = showQueued();
        const element = first && document.getElementById(`post-${first.id}`);
        if (!element) return;
        element.setAttribute("tabindex", "-1");
        element.scrollIntoView({ behavior: reducedMotion ? "auto" : "smooth", block: "start" });
        element.focus({ preventScroll: true });
      });
      posts.before(button);
    }
    button.textContent = newPostsText(queued.length);
    document.title = titleWithCount(document.title, queued.length);
  }

  function apply(update: UpdatesDocument) {
    const changes = changesBetween(shownPosts(), update, new Set(queued.map((post) => post.id)));
    for (const post of changes.edited) document.getElementById(`post-${post.id}`)?.replaceWith(fragment(post.html));
    for (const id of changes.removed) document.getElementById(`post-${id}`)?.remove();
    const label = root.closest("article")?.querySelector("[data-live-label]");
    if (label) label.replaceWith(fragment(update.label));
    const fresh = changes.added.filter((post) => !post.pinned);
    if (fresh.length === 0) return;
    queued = [...fresh, ...queued];
    if (atTop()) showQueued();
    else offer();
    announce.textContent = newPostsText(fresh.length);
  }

  async function poll() {
    timer = undefined;
    try {
      // Revalidated with the HTTP cache's ETag: a few hundred bytes when nothing is new.
      const response = await fetch(src, { cache: "no-cache", headers: { Accept: "application/json" } });
      if (response.ok) {
        const update = (await response.json()) as UpdatesDocument;
        apply(update);
        if (!update.open) {
          root.dataset.live = "ended";
          announce.textContent = "Live coverage has ended";
          return;
        }
      }
    } catch {
      // Offline or refused: ask again later.
    }
    timer = setTimeout(poll, pollDelay(document.hidden));
  }

  document.addEventListener("visibilitychange", () => {
    if (document.hidden || root.dataset.live !== "open") return;
    // Back to the tab: ask now rather than at the next (slower) turn.
    if (timer !== undefined) clearTimeout(timer);
    void poll();
  });
  timer = setTimeout(poll, pollDelay(document.hidden));
}
