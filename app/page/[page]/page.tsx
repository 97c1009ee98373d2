import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { latestMetadata } from "@/app/_seo/metadata";
import { LatestListing } from "@/app/_listing/routes";
import { parsePageParam } from "@/content/pagination";

export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/page/[page]">): Promise<Metadata> {
  const page = parsePageParam((await params).page);
  return page ? latestMetadata(page) : {};
}

/** The front page's older stories: "/page/2" onwards. */
export default async function LatestPage({ params }: PageProps<"/page/[page]">) {
  const page = parsePageParam((await params).page);
  if (page === undefined) notFound();
  return <LatestListing page={page} />;
}
