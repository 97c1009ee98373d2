import type { Metadata } from "next";
import { topicMetadata } from "@/app/_seo/metadata";
import { topicParams } from "@/app/_listing/listing-params";
import { TopicListing } from "@/app/_listing/routes";
import { getCatalog } from "@/content/catalog";
import { PRERENDERED_ARTICLES } from "@/content/prerender";

// Topics arrive with published stories: any topic the catalog knows renders on first request.
export const dynamicParams = true;

/** The topics of the stories prerendered at build; the rest are rendered when first asked for. */
export async function generateStaticParams() {
  const recent = (await getCatalog()).latest.slice(0, PRERENDERED_ARTICLES);
  return [...new Set(recent.flatMap((article) => article.tags.map((tag) => tag.slug)))].map((tag) => ({ tag }));
}

export async function generateMetadata({ params }: PageProps<"/topics/[tag]">): Promise<Metadata> {
  const found = await topicParams((await params).tag);
  return found ? topicMetadata(found.tag) : {};
}

export default async function TopicPage({ params }: PageProps<"/topics/[tag]">) {
  return <TopicListing tag={(await params).tag} />;
}
