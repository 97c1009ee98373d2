/**
 * What `npm run content:publish` sends: the modules whose compiled record differs from what the site
 * serves (new stories and corrections), and the stories the site has that no module holds any more.
 */

/** What the site says it has (GET /api/publish). */
export type SiteManifest = { version: number; articles: Record<string, string>; images: Record<string, string> };

export type LocalArticle = { slug: string; file: string; hash: string };

export type PublishPlan = { added: LocalArticle[]; changed: LocalArticle[]; deletions: string[] };

export function planPublish(local: readonly LocalArticle[], site: SiteManifest): PublishPlan {
  const localSlugs = new Set(local.map((article) => article.slug));
  return {
    added: local.filter((article) => site.articles[article.slug] === undefined),
    changed: local.filter((article) => site.articles[article.slug] !== undefined && site.articles[article.slug] !== article.hash),
    deletions: Object.keys(site.articles).filter((slug) => !localSlugs.has(slug)),
  };
}
