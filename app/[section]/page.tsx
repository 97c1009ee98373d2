import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { sectionMetadata } from "@/app/_seo/metadata";
import { StoryList } from "@/components/story/story-list";
import { catalog } from "@/content/catalog";
import { findSection, sections } from "@/content/sections";
import { decodeParam } from "@/content/urls";

// Only the sections in content/sections.ts exist; anything else is a 404, never rendered on demand.
export const dynamicParams = false;

export function generateStaticParams() {
  return sections.map((section) => ({ section: section.slug }));
}

export async function generateMetadata({ params }: PageProps<"/[section]">): Promise<Metadata> {
  const section = findSection(decodeParam((await params).section));
  return section ? sectionMetadata(section) : {};
}

export default async function SectionPage({ params }: PageProps<"/[section]">) {
  const section = findSection(decodeParam((await params).section));
  if (!section) notFound();
  return (
    <div className="mx-auto max-w-page px-4 py-6 sm:py-10">
      <h1 className="font-serif text-4xl font-bold">{section.name}</h1>
      <p className="mt-2 text-muted">{section.description}</p>
      <div className="mt-6 max-w-3xl">
        <StoryList headingLevel={2} articles={catalog.listBySection(section.slug)} showSection={false} emptyText="No stories in this section yet." />
      </div>
    </div>
  );
}
