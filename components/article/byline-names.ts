import type { Article } from "@/content/schema";
import { authorPath } from "@/content/urls";

export type BylineName = { name: string; href?: string };

/** Authors (linked to their pages) then the agency credit, in the order the byline reads. */
export function bylineNames(byline: Article["byline"]): BylineName[] {
  const names: BylineName[] = byline.authors.map((author) => ({ name: author.name, href: authorPath(author) }));
  if (byline.agency !== undefined) names.push({ name: byline.agency });
  return names;
}

/** The separator before the name at `index`: "", ", " or " and ". */
export function separatorBefore(index: number, count: number): string {
  if (index === 0) return "";
  return index === count - 1 ? " and " : ", ";
}
