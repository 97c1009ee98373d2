import type { Metadata } from "next";
import { archiveMetadata } from "@/app/_seo/metadata";
import { archiveParams } from "@/app/_listing/listing-params";
import { ArchiveDayListing } from "@/app/_listing/routes";

export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/archive/[year]/[month]/[day]/page/[page]">): Promise<Metadata> {
  const { page, ...parts } = await params;
  const found = await archiveParams(parts, page);
  return found ? archiveMetadata(found.key, found.page) : {};
}

export default async function ArchiveDayPageN({ params }: PageProps<"/archive/[year]/[month]/[day]/page/[page]">) {
  return <ArchiveDayListing {...await params} />;
}
