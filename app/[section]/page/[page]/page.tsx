import type { Metadata } from "next";
import { hubMetadata, sectionMetadata } from "@/app/_seo/metadata";
import { hubParams, sectionParams } from "@/app/_listing/listing-params";
import { SectionListing } from "@/app/_listing/routes";

// Later pages are rendered when first asked for, then kept until the content changes.
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[section]/page/[page]">): Promise<Metadata> {
  const { section, page } = await params;
  const found = sectionParams(section, page);
  const hub = hubParams(section, page);
  return found ? sectionMetadata(found.section, found.page) : hub ? hubMetadata(hub.hub, hub.page) : {};
}

export default async function SectionPageN({ params }: PageProps<"/[section]/page/[page]">) {
  const { section, page } = await params;
  return <SectionListing section={section} page={page} />;
}
