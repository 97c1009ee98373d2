import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { breadcrumbJsonLd, liveBlogJsonLd } from "@/app/_seo/json-ld";
import { storyJsonLd } from "@/app/_seo/story-json-ld";
import { LiveView } from "@/components/live/live-view";
import { livePages } from "@/content/live-pages";
import { articlePath } from "@/content/urls";
import { articleMetadata } from "@/app/_seo/metadata";
import { JsonLdScript } from "@/components/seo/json-ld-script";
import { ArticleView } from "@/components/article/article-view";
import { RELATED_STORIES, RelatedStories } from "@/components/article/related-stories";
import { ReadCounter } from "@/components/article/read-counter";
import { MostRead } from "@/components/most-read/most-read";
import { getCatalog } from "@/content/catalog";
import { siteNow } from "@/content/clock";
import { PRERENDERED_ARTICLES } from "@/content/prerender";
import { decodeParam } from "@/content/urls";

// The newest stories are prerendered; any other story is rendered on its first request and kept until
// it changes. An unknown section/slug pair is a 404.
export const dynamicParams = true;

export async function generateStaticParams() {
  return (await getCatalog()).latest.slice(0, PRERENDERED_ARTICLES).map((article) => ({ section: article.section.slug, slug: article.slug }));
}

async function findArticle(params: PageProps<"/[section]/[slug]">["params"]) {
  const { section, slug } = await params;
  // Params arrive percent-encoded: decode, or a non-ASCII slug would never match.
  const renderedAt = siteNow();
  const catalog = await getCatalog(renderedAt);
  const article = catalog.getArticle(decodeParam(section), decodeParam(slug));
  // The render's time, for the notice on an old story; such pages go stale when the day turns.
  return article && { article, related: () => catalog.related(article.slug, RELATED_STORIES), renderedAt };
}

export async function generateMetadata({ params }: PageProps<"/[section]/[slug]">): Promise<Metadata> {
  const found = await findArticle(params);
  return found ? articleMetadata(found.article) : {};
}

export default async function ArticlePage({ params }: PageProps<"/[section]/[slug]">) {
  const found = await findArticle(params);
  if (!found) notFound();
  const { article, renderedAt } = found;
  if (article.live) {
    const posts = livePages(article.live.posts).first;
    return (
      <>
        <JsonLdScript data={liveBlogJsonLd(article, article.live, { pagePath: articlePath(article), posts, now: renderedAt })} />
        <JsonLdScript data={breadcrumbJsonLd(article)} />
        <LiveView article={article} live={article.live} now={renderedAt} />
        <ReadCounter article={article} />
        <RelatedStories articles={found.related()} />
        <StoryFootMostRead now={renderedAt} />
      </>
    );
  }
  return (
    <>
      {storyJsonLd(article).map((node, index) => (
        <JsonLdScript key={index} data={node} />
      ))}
      <JsonLdScript data={breadcrumbJsonLd(article)} />
      <ArticleView article={article} now={renderedAt} />
      <ReadCounter article={article} />
      <RelatedStories articles={found.related()} />
      <StoryFootMostRead now={renderedAt} />
    </>
  );
}

/** "Most read" under a story, in the story's column. */
function StoryFootMostRead({ now }: { now: number }) {
  return (
    <div className="mx-auto max-w-5xl px-4 pb-10">
      <div className="mx-auto max-w-measure">
        <MostRead now={now} />
      </div>
    </div>
  );
}
