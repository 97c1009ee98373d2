import { renderToStaticMarkup } from "react-dom/server.edge";
import { notFoundResponse } from "@/app/_http/responses";
import { LiveLabel } from "@/components/live/live-label";
import { LivePost } from "@/components/live/live-post";
import { getCatalog } from "@/content/catalog";
import { siteNow } from "@/content/clock";
import { coverageOpen, livePages } from "@/content/live-pages";
import { decodeParam } from "@/content/urls";
import { CACHE } from "@/server/security-headers.mjs";

/**
 * A live story's updates document, for its island (components/islands/live-updates.island.ts): whether
 * coverage is open, the label as the page shows it, and the first page's posts as server-rendered HTML,
 * newest first. The same for every reader until the next publish: kept by the origin's memory, a few
 * seconds at the edge (which coalesces readers), and answered 304 by ETag when nothing is new.
 */
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<"/[section]/[slug]/live.json">) {
  const { section, slug } = await params;
  const now = siteNow();
  const article = (await getCatalog(now)).getArticle(decodeParam(section), decodeParam(slug));
  if (!article?.live) return notFoundResponse();
  const { live } = article;
  const document = {
    open: coverageOpen(live, now),
    label: renderToStaticMarkup(<LiveLabel live={live} now={now} story={article.language} />),
    posts: livePages(live.posts).first.map((post) => ({
      id: post.id,
      published: post.published,
      updated: post.updated ?? post.published,
      pinned: post.pinned,
      html: renderToStaticMarkup(<LivePost article={article} post={post} label={post.pinned ? "Pinned" : undefined} />),
    })),
  };
  return new Response(JSON.stringify(document), { headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": CACHE.liveUpdates } });
}
