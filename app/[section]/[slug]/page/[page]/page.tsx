import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { liveBlogJsonLd } from "@/app/_seo/json-ld";
import { liveOlderPageMetadata } from "@/app/_seo/metadata";
import { LiveOlderPage } from "@/components/live/live-older-page";
import { JsonLdScript } from "@/components/seo/json-ld-script";
import { getCatalog } from "@/content/catalog";
import { siteNow } from "@/content/clock";
import { livePages } from "@/content/live-pages";
import { decodeParam, livePagePath } from "@/content/urls";

/**
 * An older page of a live story's posts, numbered from the oldest (content/live-pages.ts): its posts
 * never change as new ones arrive, so it has its own address and canonical URL. Anything else is a 404:
 * a story that is not live, a page that does not exist.
 */
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

async function findPage(params: PageProps<"/[section]/[slug]/page/[page]">["params"]) {
  const { section, slug, page } = await params;
  if (!/^[1-9]\d{0,5}$/.test(page)) return undefined;
  const now = siteNow();
  const article = (await getCatalog(now)).getArticle(decodeParam(section), decodeParam(slug));
  if (!article?.live) return undefined;
  const pages = livePages(article.live.posts);
  const number = Number(page);
  const posts = pages.older[number - 1];
  return posts && { article, live: article.live, number, posts, olderPages: pages.older.length, path: livePagePath(article, number), now };
}

export async function generateMetadata({ params }: PageProps<"/[section]/[slug]/page/[page]">): Promise<Metadata> {
  const found = await findPage(params);
  return found ? liveOlderPageMetadata(found.article, found.number, found.path) : {};
}

export default async function LiveOlderPostsPage({ params }: PageProps<"/[section]/[slug]/page/[page]">) {
  const found = await findPage(params);
  if (!found) notFound();
  return (
    <>
      <JsonLdScript data={liveBlogJsonLd(found.article, found.live, { pagePath: found.path, posts: found.posts, now: found.now })} />
      <LiveOlderPage article={found.article} page={found.number} posts={found.posts} olderPages={found.olderPages} />
    </>
  );
}
