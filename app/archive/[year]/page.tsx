import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { archiveMetadata } from "@/app/_seo/metadata";
import { archiveParams } from "@/app/_listing/listing-params";
import { ArchivePeriodPage } from "@/app/_listing/archive-period-page";

export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/archive/[year]">): Promise<Metadata> {
  const found = await archiveParams(await params);
  return found ? archiveMetadata(found.key) : {};
}

export default async function ArchiveYear({ params }: PageProps<"/archive/[year]">) {
  const found = await archiveParams(await params);
  if (!found) notFound();
  return <ArchivePeriodPage periodKey={found.key} />;
}
