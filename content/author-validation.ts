/**
 * Author modules (content/authors/<slug>.ts, exporting `author`): checked like articles, every problem
 * by file and field, the portrait against its file, the slug against the file name and against every
 * other author. Compiled into the snapshot and published on the running site through the same checks.
 */
import type { ContentIssue } from "./issues";
import type { ImageChecker } from "./image-files";
import { issuesOf, slugOfFile, type ArticleModuleEntry } from "./load";
import { authorSourceSchema, portraitSchema, type Author } from "./schema";

/** "content/authors/jane-doe.ts": an author module's path as the repository has it. */
export const AUTHOR_MODULE_FILE = /^content\/authors\/[^/\\]+\.tsx?$/;

function authorSchemaFor(checkImage: ImageChecker) {
  return authorSourceSchema.extend({
    photo: portraitSchema
      .superRefine((photo, ctx) => {
        // A path that fails the shape rule (one that climbs out of public/) is never opened.
        if (!portraitSchema.shape.src.safeParse(photo.src).success) return;
        for (const problem of checkImage({ ...photo, caption: "" })) ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
      })
      .optional(),
  });
}

export type ValidatedAuthor = { author?: Author; issues: ContentIssue[] };

/** Validates author modules one at a time, remembering slugs so a second module with one is named. */
export function createAuthorValidator(checkImage: ImageChecker) {
  const schema = authorSchemaFor(checkImage);
  const fileBySlug = new Map<string, string>();

  return function validateAuthor(entry: ArticleModuleEntry): ValidatedAuthor {
    const exported = (entry.module as { author?: unknown } | null)?.author;
    if (exported === undefined) {
      return { issues: [{ file: entry.file, field: "author", message: "the module must export `const author = { … } as const satisfies AuthorSource`" }] };
    }
    const parsed = schema.safeParse(exported);
    const issues = parsed.success ? [] : issuesOf(entry.file, "author", parsed.error);
    const slug = (exported as { slug?: unknown }).slug;
    if (typeof slug === "string" && slug !== slugOfFile(entry.file)) {
      issues.push({ file: entry.file, field: "slug", message: `"${slug}" must match the file name "${slugOfFile(entry.file)}"` });
    }
    if (!parsed.success || issues.length > 0) return { issues };
    const first = fileBySlug.get(parsed.data.slug);
    if (first !== undefined && first !== entry.file) return { issues: [{ file: entry.file, field: "slug", message: `"${parsed.data.slug}" is already used by ${first}` }] };
    fileBySlug.set(parsed.data.slug, entry.file);
    return { author: parsed.data, issues: [] };
  };
}

/** Authors by slug, with later ones (published on the running site) replacing earlier ones (the release's). */
export function mergeAuthors(...lists: readonly (readonly Author[])[]): Author[] {
  const bySlug = new Map<string, Author>();
  for (const list of lists) for (const author of list) bySlug.set(author.slug, author);
  return [...bySlug.values()].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
