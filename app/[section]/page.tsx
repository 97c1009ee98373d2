import type { Metadata } from "next";
import { sectionMetadata } from "@/app/_seo/metadata";
import { sectionParams } from "@/app/_listing/listing-params";
import { SectionListing } from "@/app/_listing/routes";
import { sections } from "@/content/sections";

// Only the sections in content/sections.ts exist; anything else is a 404, never rendered on demand.
export const dynamicParams = false;

export function generateStaticParams() {
  return sections.map((section) => ({ section: section.slug }));
}

export async function generateMetadata({ params }: PageProps<"/[section]">): Promise<Metadata> {
  const found = sectionParams((await params).section);
  return found ? sectionMetadata(found.section) : {};
}

export default async function SectionPage({ params }: PageProps<"/[section]">) {
  return <SectionListing section={(await params).section} />;
}
