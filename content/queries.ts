import type { Article, Tag } from "./schema";

/** Newest first; equal times fall back to the slug so the order never depends on the registry's. */
export function compareLatestFirst(a: Article, b: Article): number {
  const byTime = Date.parse(b.published) - Date.parse(a.published);
  if (byTime !== 0) return byTime;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

function groupBy(articles: readonly Article[], keys: (article: Article) => readonly string[]): Map<string, Article[]> {
  const groups = new Map<string, Article[]>();
  for (const article of articles) {
    for (const key of keys(article)) {
      const group = groups.get(key);
      if (group) group.push(article);
      else groups.set(key, [article]);
    }
  }
  return groups;
}

/**
 * Indexes built once per process: lookups are map reads and lists are slices of presorted arrays, so
 * pages stay fast with tens of thousands of articles.
 */
export function createCatalog(articles: readonly Article[]) {
  const latest = [...articles].sort(compareLatestFirst);
  const bySlug = new Map(latest.map((article) => [article.slug, article]));
  const bySection = groupBy(latest, (article) => [article.section.slug]);
  const byTag = groupBy(latest, (article) => article.tags.map((tag) => tag.slug));
  const tags = new Map<string, Tag>(latest.flatMap((article) => article.tags.map((tag) => [tag.slug, tag] as const)));

  return {
    /** The article at /<section>/<slug>; undefined when either part is wrong. */
    getArticle(sectionSlug: string, slug: string): Article | undefined {
      const article = bySlug.get(slug);
      return article?.section.slug === sectionSlug ? article : undefined;
    },
    /** The article with this slug, in whichever section. */
    findBySlug(slug: string): Article | undefined {
      return bySlug.get(slug);
    },
    listLatest(limit = Infinity): readonly Article[] {
      return latest.slice(0, limit);
    },
    listBySection(sectionSlug: string, limit = Infinity): readonly Article[] {
      return (bySection.get(sectionSlug) ?? []).slice(0, limit);
    },
    listByTag(tagSlug: string, limit = Infinity): readonly Article[] {
      return (byTag.get(tagSlug) ?? []).slice(0, limit);
    },
    getTag(tagSlug: string): Tag | undefined {
      return tags.get(tagSlug);
    },
    listTags(): readonly Tag[] {
      return [...tags.values()];
    },
  };
}

export type Catalog = ReturnType<typeof createCatalog>;
