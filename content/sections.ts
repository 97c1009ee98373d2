import type { Section } from "./schema";

/** Every section, in the order the navigation shows them. An article names one by slug. */
export const sections = [
  {
    slug: "middle-east",
    name: "Middle East",
    description: "News from the Gulf, the Levant and North Africa.",
  },
  {
    slug: "world",
    name: "World",
    description: "International news from every continent.",
  },
  {
    slug: "business",
    name: "Business",
    description: "Markets, energy, trade and the economy.",
  },
  {
    // Opinion, editorials and letters live here and only here (content/kind-rules.ts), so that readers
    // and search engines can tell views from news by the address.
    slug: "opinion",
    name: "Opinion",
    description: "Views, not news reports: columns by named writers, the editorial board's editorials and readers' letters.",
  },
] as const satisfies readonly Section[];

export function findSection(slug: string): Section | undefined {
  return sections.find((section) => section.slug === slug);
}
