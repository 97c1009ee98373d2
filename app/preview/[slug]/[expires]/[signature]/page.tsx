import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/article/article-view";
import { PreviewBanner } from "@/components/article/preview-banner";
import { ShareCardPreview } from "@/components/article/share-card-preview";
import { siteNow } from "@/content/clock";
import { previewedArticle } from "./preview-params";

/**
 * A story as it will appear, through a private preview link (server/preview-links.mjs, `npm run
 * preview-link`): a draft, or a story scheduled ahead. Rendered for each request and never kept (the
 * origin sends it private, no-store, no-referrer and noindex: server/renderer-handler.mjs); a bad link
 * is the same 404 as an unknown story.
 */
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/preview/[slug]/[expires]/[signature]">): Promise<Metadata> {
  const found = await previewedArticle(params);
  return { robots: { index: false, follow: false }, ...(found ? { title: `Preview: ${found.article.headline}` } : {}) };
}

export default async function PreviewPage({ params }: PageProps<"/preview/[slug]/[expires]/[signature]">) {
  const found = await previewedArticle(params);
  if (!found) notFound();
  const now = siteNow();
  return (
    <>
      <PreviewBanner article={found.article} now={now} />
      <ArticleView article={found.article} now={now} />
      <ShareCardPreview src={`${found.path}/card.jpg`} title={found.article.headline} description={found.article.standfirst} />
    </>
  );
}
