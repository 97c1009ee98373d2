/**
 * What the service worker (service-worker.island.ts) decides, as plain functions with their tests:
 * which requests it answers and how, which pages it keeps for reading offline, and what a copy shown
 * offline says. Pages go to the network first; a reader offline gets the copy they read (saying when
 * it was saved) or the offline page listing what they have.
 */

/** How the worker answers a request. */
export type Strategy = "page" | "asset" | "network";

/** Never kept, never answered from a copy: counting, publishing, previews, search, live updates, the worker itself. */
const NEVER = [/^\/api\//, /^\/preview\//, /^\/search(?:\/|$)/, /\/live\.json$/, /^\/sw\.js$/, /^\/report-an-error\//];
/** Files whose address changes with their content: kept once, read from the copy first. */
const HASHED = [/^\/islands\//, /^\/_next\/static\//];

export function strategyFor(url: URL, origin: string, method: string, mode: string, accept: string): Strategy {
  if (method !== "GET" || url.origin !== origin) return "network";
  if (NEVER.some((pattern) => pattern.test(url.pathname))) return "network";
  if (HASHED.some((pattern) => pattern.test(url.pathname))) return "asset";
  if (mode === "navigate" || accept.includes("text/html")) return "page";
  return "network";
}

/** Roots that are not stories: a story's address is /<section>/<slug>. */
const NOT_STORIES = new Set(["topics", "authors", "archive", "page", "about", "report-an-error", "preview", "search", "api", "share", "images", "sitemaps", "offline"]);

/** Whether a page is a story worth keeping for offline reading: "/world/talks-resume", not a listing. */
export function isStoryPath(pathname: string): boolean {
  const parts = pathname.split("/");
  return parts.length === 3 && !NOT_STORIES.has(parts[1] ?? "") && (parts[2] ?? "") !== "" && !pathname.includes(".");
}

/** How many stories are kept, and for how long. */
export const SAVED = { max: 30, days: 7 } as const;

/** A kept copy: where it is from, its title, when it was saved (ms). */
export type SavedCopy = { path: string; title: string; savedAt: number };

/** The copies to keep: newest first, at most SAVED.max, none older than SAVED.days. */
export function copiesToKeep(copies: readonly SavedCopy[], now: number): { keep: SavedCopy[]; drop: SavedCopy[] } {
  const fresh = [...copies].sort((a, b) => b.savedAt - a.savedAt);
  const keep = fresh.filter((copy, index) => index < SAVED.max && now - copy.savedAt < SAVED.days * 86_400_000);
  return { keep, drop: fresh.filter((copy) => !keep.includes(copy)) };
}

/** The text of a page's <title>, for the offline list. */
export function titleOf(html: string): string {
  return decodeEntities(/<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1]?.trim() ?? "");
}

function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|amp|lt|gt|quot|apos|#39);/gi, (entity, code: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (code.startsWith("#x") || code.startsWith("#X")) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith("#")) return String.fromCodePoint(Number(code.slice(1)));
    return named[code.toLowerCase()] ?? entity;
  });
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** "4 December 2026, 21:40": when a copy was saved, in the reader's own zone (it is their copy). */
export function savedTime(savedAt: number, locale = "en-GB"): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" }).format(savedAt);
}

/** A kept copy as shown offline: a note at the top of its main content says it is a saved copy, and when it was saved. */
export function withSavedNote(html: string, savedAt: number): string {
  const note = `<p role="note" data-saved-copy="" class="mx-auto max-w-measure px-4 pt-4 text-sm font-semibold">You are offline. This is the copy saved on <time datetime="${new Date(savedAt).toISOString()}">${escapeHtml(savedTime(savedAt))}</time>.</p>`;
  return html.replace(/(<main\b[^>]*>)/i, `$1${note}`);
}

/** The offline page with the reader's saved stories listed in it (its `data-saved-list`). */
export function withSavedList(html: string, copies: readonly SavedCopy[]): string {
  if (copies.length === 0) return html;
  const items = copies
    .map((copy) => `<li class="py-2"><a href="${escapeHtml(copy.path)}" class="underline underline-offset-2">${escapeHtml(copy.title || copy.path)}</a> <span class="text-sm text-muted">saved ${escapeHtml(savedTime(copy.savedAt))}</span></li>`)
    .join("");
  return html.replace(/(<ul\b[^>]*data-saved-list[^>]*>)[\s\S]*?(<\/ul>)/i, `$1${items}$2`);
}
