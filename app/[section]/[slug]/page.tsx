import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { breadcrumbJsonLd, newsArticleJsonLd } from "@/app/_seo/json-ld";
import { articleMetadata } from "@/app/_seo/metadata";
import { JsonLdScript } from "@/components/seo/json-ld-script";
import { ArticleView } from "@/components/article/article-view";
import { catalog } from "@/content/catalog";
import { decodeParam } from "@/content/urls";

// Every article is prerendered; an unknown section/slug pair is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return catalog.listLatest().map((article) => ({ section: article.section.slug, slug: article.slug }));
}

async function findArticle(params: PageProps<"/[section]/[slug]">["params"]) {
  const { section, slug } = await params;
  // Params arrive percent-encoded: decode, or a non-ASCII slug would never match.
  return catalog.getArticle(decodeParam(section), decodeParam(slug));
}

export async function generateMetadata({ params }: PageProps<"/[section]/[slug]">): Promise<Metadata> {
  const article = await findArticle(params);
  return article ? articleMetadata(article) : {};
}

export default async function ArticlePage({ params }: PageProps<"/[section]/[slug]">) {
  const article = await findArticle(params);
  if (!article) notFound();
  return (
    <>
      <JsonLdScript data={newsArticleJsonLd(article)} />
      <JsonLdScript data={breadcrumbJsonLd(article)} />
      <ArticleView article={article} />
    </>
  );
}
