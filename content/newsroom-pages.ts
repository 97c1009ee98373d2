/**
 * The newsroom's pages about itself, one typed module each in content/pages/ (about us, editorial
 * standards, ownership and funding, masthead, contact), validated like every content module: a wrong
 * one fails `npm run check-content`, the compile and the build, naming the file and the field.
 */
import { ContentError, type ContentIssue } from "./issues";
import { issuesOf } from "./load";
import { page as about } from "./pages/about";
import { page as contact } from "./pages/contact";
import { page as masthead } from "./pages/masthead";
import { page as ownership } from "./pages/ownership";
import { page as standards } from "./pages/standards";
import { newsroomPageSchema, type NewsroomPage } from "./schema";

/** The pages in the order the footer lists them, with the file each comes from. */
const MODULES: readonly { file: string; module: unknown }[] = [
  { file: "content/pages/about.ts", module: about },
  { file: "content/pages/standards.ts", module: standards },
  { file: "content/pages/ownership.ts", module: ownership },
  { file: "content/pages/masthead.ts", module: masthead },
  { file: "content/pages/contact.ts", module: contact },
];

/** Every page validated, or every problem by file and field; a page's slug is its file's name. */
export function checkNewsroomPages(modules = MODULES): { pages: NewsroomPage[]; issues: ContentIssue[] } {
  const pages: NewsroomPage[] = [];
  const issues: ContentIssue[] = [];
  for (const { file, module } of modules) {
    const parsed = newsroomPageSchema.safeParse(module);
    if (!parsed.success) {
      issues.push(...issuesOf(file, "page", parsed.error));
      continue;
    }
    const expected = file.replace(/^.*\//, "").replace(/\.ts$/, "");
    if (parsed.data.slug !== expected) issues.push({ file, field: "slug", message: `must be "${expected}", the file's name` });
    const ids = new Set<string>();
    parsed.data.parts.forEach((part, index) => {
      if (ids.has(part.id)) issues.push({ file, field: `parts[${index}].id`, message: `"${part.id}" is used by another part of this page` });
      ids.add(part.id);
    });
    pages.push(parsed.data);
  }
  return { pages, issues };
}

let checked: NewsroomPage[] | undefined;

/** The pages, validated once; throws a ContentError (file and field) when one is wrong. */
export function newsroomPages(): readonly NewsroomPage[] {
  if (!checked) {
    const { pages, issues } = checkNewsroomPages();
    if (issues.length > 0) throw new ContentError(issues);
    checked = pages;
  }
  return checked;
}

export const findNewsroomPage = (slug: string): NewsroomPage | undefined => newsroomPages().find((page) => page.slug === slug);
