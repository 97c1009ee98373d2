import type { Metadata } from "next";
import { hubMetadata, sectionMetadata } from "@/app/_seo/metadata";
import { hubParams, sectionParams } from "@/app/_listing/listing-params";
import { kindHubs } from "@/content/story-kind";
import { SectionListing } from "@/app/_listing/routes";
import { sections } from "@/content/sections";

// Only the sections in content/sections.ts and the kinds' hubs exist; anything else is a 404, never rendered on demand.
export const dynamicParams = false;

export function generateStaticParams() {
  return [...sections.map((section) => ({ section: section.slug })), ...kindHubs().map((hub) => ({ section: hub.slug }))];
}

export async function generateMetadata({ params }: PageProps<"/[section]">): Promise<Metadata> {
  const { section } = await params;
  const found = sectionParams(section);
  const hub = hubParams(section);
  return found ? sectionMetadata(found.section) : hub ? hubMetadata(hub.hub) : {};
}

export default async function SectionPage({ params }: PageProps<"/[section]">) {
  return <SectionListing section={(await params).section} />;
}
