/**
 * The front page module checked against the content it pins: the schema's rules, and every pinned
 * story and listed section known. Run by every compile (so by every build and `check-content`): a wrong
 * module fails the build, naming the file and the field.
 */
import type { ContentIssue } from "./issues";
import { fieldName } from "./load";
import { frontPageSchema, type FrontPage } from "./schema";

export const FRONT_PAGE_FILE = "content/front-page.ts";

/** `sponsored`: slugs of paid content, which may not lead the front page or be its breaking news. */
export function checkFrontPage(source: unknown, known: { slugs: ReadonlySet<string>; sections: readonly string[]; sponsored?: ReadonlySet<string> }): { frontPage?: FrontPage; issues: ContentIssue[] } {
  const issue = (field: string, message: string): ContentIssue => ({ file: FRONT_PAGE_FILE, field, message });
  const parsed = frontPageSchema.safeParse(source);
  if (!parsed.success) {
    return {
      issues: parsed.error.issues.flatMap((problem) =>
        problem.code === "unrecognized_keys"
          ? problem.keys.map((key) => issue(fieldName([...problem.path, key]), "is not a field this schema knows (misspelt?)"))
          : [issue(fieldName(problem.path) || "frontPage", problem.message)],
      ),
    };
  }
  const frontPage = parsed.data;
  const issues: ContentIssue[] = [];
  const story = (field: string, slug: string) => {
    if (!known.slugs.has(slug)) issues.push(issue(field, `unknown story "${slug}" (no module in content/articles/ has this slug)`));
  };
  const notPaid = (field: string, slug: string) => {
    if (known.sponsored?.has(slug)) issues.push(issue(field, `"${slug}" is paid content: it may be among the top stories, never the lead or breaking news`));
  };
  if (frontPage.lead) story("lead.slug", frontPage.lead.slug);
  if (frontPage.lead) notPaid("lead.slug", frontPage.lead.slug);
  frontPage.top.forEach((pin, index) => story(`top[${index}].slug`, pin.slug));
  if (frontPage.breaking) story("breaking.slug", frontPage.breaking.slug);
  if (frontPage.breaking) notPaid("breaking.slug", frontPage.breaking.slug);
  frontPage.sections.forEach((slug, index) => {
    if (!known.sections.includes(slug)) issues.push(issue(`sections[${index}]`, `unknown section "${slug}" (known: ${known.sections.join(", ")})`));
  });
  return issues.length > 0 ? { issues } : { frontPage, issues };
}

/** When pins and the breaking strip expire (ms): the moments the front page changes by itself. */
export function frontPageExpiries(frontPage: FrontPage): number[] {
  return [frontPage.lead, ...frontPage.top, frontPage.breaking].flatMap((pin) => (pin?.expires ? [Date.parse(pin.expires)] : []));
}
