import type { Metadata } from "next";
import { archiveMetadata } from "@/app/_seo/metadata";
import { archiveParams } from "@/app/_listing/listing-params";
import { ArchiveDayListing } from "@/app/_listing/routes";

export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/archive/[year]/[month]/[day]">): Promise<Metadata> {
  const found = await archiveParams(await params);
  return found ? archiveMetadata(found.key) : {};
}

export default async function ArchiveDay({ params }: PageProps<"/archive/[year]/[month]/[day]">) {
  return <ArchiveDayListing {...await params} />;
}
