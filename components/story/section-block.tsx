import type { Article, Section } from "@/content/schema";
import { sectionPath } from "@/content/urls";
import { StoryList } from "./story-list";

/** A section's newest few stories on the front page, under its name, which links to the section. */
export function SectionBlock({ section, articles }: { section: Section; articles: readonly Article[] }) {
  const id = `section-${section.slug}`;
  return (
    <section aria-labelledby={id} className="mt-6">
      <h2 id={id} className="border-b-2 border-ink pb-1 font-serif text-xl font-bold">
        <a href={sectionPath(section)} className="hover:underline">
          {section.name}
        </a>
      </h2>
      <StoryList headingLevel={3} articles={articles} showSection={false} emptyText="" />
    </section>
  );
}
