import { notFoundResponse } from "@/app/_http/responses";
import { postHref } from "@/components/live/key-events";
import { getCatalog } from "@/content/catalog";
import { livePages, pageOfPost } from "@/content/live-pages";
import { decodeParam } from "@/content/urls";

/**
 * A post's own address (/<section>/<slug>/posts/<id>): a redirect to the page that holds it, at its
 * anchor. The post may move from the first page to an older one as posts arrive, so the redirect is
 * temporary and short-lived. An unknown post, or a story that is not live, is a 404.
 */
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/[section]/[slug]/posts/[post]">) {
  const { section, slug, post } = await params;
  const article = (await getCatalog()).getArticle(decodeParam(section), decodeParam(slug));
  if (!article?.live) return notFoundResponse();
  const pages = livePages(article.live.posts);
  if (pageOfPost(pages, post) === undefined) return notFoundResponse();
  return new Response(null, { status: 307, headers: { Location: postHref(article, pages, post), "Cache-Control": "public, max-age=60, s-maxage=30" } });
}
