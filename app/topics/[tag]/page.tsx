import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { topicMetadata } from "@/app/_seo/metadata";
import { StoryList } from "@/components/story/story-list";
import { catalog } from "@/content/catalog";
import { decodeParam } from "@/content/urls";

export const dynamicParams = false;

export function generateStaticParams() {
  return catalog.listTags().map((tag) => ({ tag: tag.slug }));
}

async function findTag(params: PageProps<"/topics/[tag]">["params"]) {
  return catalog.getTag(decodeParam((await params).tag));
}

export async function generateMetadata({ params }: PageProps<"/topics/[tag]">): Promise<Metadata> {
  const tag = await findTag(params);
  return tag ? topicMetadata(tag) : {};
}

export default async function TopicPage({ params }: PageProps<"/topics/[tag]">) {
  const tag = await findTag(params);
  if (!tag) notFound();
  return (
    <div className="mx-auto max-w-page px-4 py-6 sm:py-10">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">Topic</p>
      <h1 className="mt-1 font-serif text-4xl font-bold">{tag.name}</h1>
      <div className="mt-6 max-w-3xl">
        <StoryList headingLevel={2} articles={catalog.listByTag(tag.slug)} emptyText="No stories on this topic yet." />
      </div>
    </div>
  );
}
