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
] as const satisfies readonly Section[];

export function findSection(slug: string): Section | undefined {
  return sections.find((section) => section.slug === slug);
}
