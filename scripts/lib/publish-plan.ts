/**
 * What `npm run content:publish` sends: the modules whose compiled record differs from what the site
 * serves (new stories and corrections), and the stories the site has that no module holds any more;
 * and the author modules that are new or changed (authors are never taken down: stories name them).
 */

/** What the site says it has (GET /api/publish). */
/** `mostRead`: the stories "Most read" keeps out (absent from sites older than it). */
export type SiteManifest = { version: number; articles: Record<string, string>; authors: Record<string, string>; images: Record<string, string>; mostRead?: { exclude: string[] } };

export type LocalArticle = { slug: string; file: string; hash: string };

/** An author module: its slug, its path as the site names it, the hash of its record. */
export type LocalAuthor = { slug: string; file: string; hash: string };

export type PublishPlan = { added: LocalArticle[]; changed: LocalArticle[]; deletions: string[]; authors: LocalAuthor[] };

export function planPublish(local: readonly LocalArticle[], site: SiteManifest, localAuthors: readonly LocalAuthor[] = []): PublishPlan {
  const localSlugs = new Set(local.map((article) => article.slug));
  return {
    authors: localAuthors.filter((author) => site.authors[author.slug] !== author.hash),
    added: local.filter((article) => site.articles[article.slug] === undefined),
    changed: local.filter((article) => site.articles[article.slug] !== undefined && site.articles[article.slug] !== article.hash),
    deletions: Object.keys(site.articles).filter((slug) => !localSlugs.has(slug)),
  };
}

/** What a story being sent will do by itself once on the site: go public later, never, or expire. */
export type TimingNote = { slug: string; note: string };

/** "in 2 h 5 min", "in 40 s": how far ahead a moment is. */
function ahead(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `in ${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `in ${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `in ${hours} h ${minutes % 60} min` : `in ${Math.round(hours / 24)} days`;
}

/**
 * For each story being sent that is not simply public: a scheduled (or embargoed) one waits on the site
 * until its time, a draft is never public, an expiring one goes by itself.
 */
export function timingNotes(stories: readonly { slug: string; published: number; expires?: number | undefined; status?: "draft" | undefined }[], now: number): TimingNote[] {
  return stories.flatMap((story) => {
    if (story.status === "draft") return [{ slug: story.slug, note: "draft: never public (preview it with npm run preview-link)" }];
    const notes: string[] = [];
    if (story.published > now) notes.push(`scheduled: goes public at ${new Date(story.published).toISOString()} (${ahead(story.published - now)})`);
    if (story.expires !== undefined && story.expires > now) notes.push(`expires at ${new Date(story.expires).toISOString()} (${ahead(story.expires - now)})`);
    return notes.length > 0 ? [{ slug: story.slug, note: notes.join("; ") }] : [];
  });
}
