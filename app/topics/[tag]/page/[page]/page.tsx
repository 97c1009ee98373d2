import type { Metadata } from "next";
import { topicMetadata } from "@/app/_seo/metadata";
import { topicParams } from "@/app/_listing/listing-params";
import { TopicListing } from "@/app/_listing/routes";

export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/topics/[tag]/page/[page]">): Promise<Metadata> {
  const { tag, page } = await params;
  const found = await topicParams(tag, page);
  return found ? topicMetadata(found.tag, found.page) : {};
}

export default async function TopicPageN({ params }: PageProps<"/topics/[tag]/page/[page]">) {
  const { tag, page } = await params;
  return <TopicListing tag={tag} page={page} />;
}
