/**
 * What `npm run content:publish` sends: the modules whose compiled record differs from what the site
 * serves (new stories and corrections), and the stories the site has that no module holds any more;
 * and the author modules that are new or changed (authors are never taken down: stories name them).
 */

/** What the site says it has (GET /api/publish). */
export type SiteManifest = { version: number; articles: Record<string, string>; authors: Record<string, string>; images: Record<string, string> };

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
