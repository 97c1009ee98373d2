import { ContentError, type ContentIssue } from "./issues";
import type { ImageChecker } from "./image-files";
import { articleSourceSchema, imageSchema, slugSchema, type Article, type Author, type Section } from "./schema";
import { toTag } from "./tags";

/** One article module as the registry lists it: its path (for error messages) and its exports. */
export type ArticleModuleEntry = {
  file: string;
  module: unknown;
};

export type ContentContext = {
  sections: readonly Section[];
  authors: readonly Author[];
  checkImage: ImageChecker;
};

/** "body[3].text" from zod's ["body", 3, "text"]. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => {
    if (typeof key === "number") return `${name}[${key}]`;
    return name === "" ? String(key) : `${name}.${String(key)}`;
  }, "");
}

function expectedSlug(file: string): string {
  return file.replace(/^.*\//, "").replace(/\.tsx?$/, "");
}

/**
 * The article schema with this site's references checked too (sections, authors, image files), so one
 * parse reports every problem in a module, each under its own field.
 */
function articleSchemaFor(context: ContentContext) {
  const sectionSlugs = context.sections.map((section) => section.slug);
  const authorSlugs = new Set(context.authors.map((author) => author.slug));
  const fileImage = imageSchema.superRefine((image, ctx) => {
    // A path that fails the shape rule (say, one that climbs out of public/) is never opened.
    if (!imageSchema.shape.src.safeParse(image.src).success) return;
    for (const problem of context.checkImage(image)) ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
  });

  return articleSourceSchema
    .extend({
      section: slugSchema.refine((slug) => sectionSlugs.includes(slug), {
        error: (issue) => `unknown section "${String(issue.input)}" (known: ${sectionSlugs.join(", ")})`,
      }),
      byline: articleSourceSchema.shape.byline.superRefine((byline, ctx) => {
        byline.authors?.forEach((slug, index) => {
          if (!authorSlugs.has(slug)) {
            ctx.addIssue({ code: "custom", path: ["authors", index], message: `unknown author "${slug}" (add them to content/authors.ts)` });
          }
        });
      }),
      image: fileImage,
      body: articleSourceSchema.shape.body.superRefine((blocks, ctx) => {
        blocks.forEach((block, index) => {
          if (block.type !== "image") return;
          for (const problem of context.checkImage(block.image)) {
            ctx.addIssue({ code: "custom", path: [index, "image", problem.field], message: problem.message });
          }
        });
      }),
    })
    .superRefine((source, ctx) => {
      if (Date.parse(source.updated) < Date.parse(source.published)) {
        ctx.addIssue({ code: "custom", path: ["updated"], message: `${source.updated} is before published ${source.published}` });
      }
      source.tags.forEach((name, index) => {
        if (toTag(name).slug === "") ctx.addIssue({ code: "custom", path: ["tags", index], message: `"${name}" has no letters or digits to make a link from` });
      });
    });
}

type ArticleSchema = ReturnType<typeof articleSchemaFor>;

/** Validates one module; returns the resolved article, or the problems that keep it out. */
function validateModule(entry: ArticleModuleEntry, schema: ArticleSchema, context: ContentContext): { article?: Article; issues: ContentIssue[] } {
  const issue = (field: string, message: string): ContentIssue => ({ file: entry.file, field, message });
  const exported = (entry.module as { article?: unknown } | null)?.article;
  if (exported === undefined) {
    return { issues: [issue("article", "the module must export `const article = { … } as const satisfies ArticleSource`")] };
  }

  const parsed = schema.safeParse(exported);
  const issues = parsed.success ? [] : parsed.error.issues.map((problem) => issue(fieldName(problem.path) || "article", problem.message));
  const slug = (exported as { slug?: unknown }).slug;
  if (typeof slug === "string" && slug !== expectedSlug(entry.file)) {
    issues.push(issue("slug", `"${slug}" must match the file name "${expectedSlug(entry.file)}"`));
  }
  if (!parsed.success || issues.length > 0) return { issues };

  const source = parsed.data;
  const section = context.sections.find((candidate) => candidate.slug === source.section);
  if (section === undefined) return { issues: [issue("section", "unknown section")] };
  const authors = (source.byline.authors ?? []).flatMap((slug) => context.authors.filter((author) => author.slug === slug));
  return {
    issues,
    article: {
      slug: source.slug,
      headline: source.headline,
      standfirst: source.standfirst,
      section,
      tags: source.tags.map(toTag),
      published: source.published,
      updated: source.updated,
      byline: { authors, ...(source.byline.agency === undefined ? {} : { agency: source.byline.agency }) },
      ...(source.source === undefined ? {} : { source: source.source }),
      image: source.image,
      body: source.body,
    },
  };
}

/** Every problem in every module, plus duplicate slugs across modules. Nothing half-valid comes back. */
export function validateArticles(entries: readonly ArticleModuleEntry[], context: ContentContext): { articles: Article[]; issues: ContentIssue[] } {
  const schema = articleSchemaFor(context);
  const articles: Article[] = [];
  const issues: ContentIssue[] = [];
  const fileBySlug = new Map<string, string>();

  for (const entry of entries) {
    const result = validateModule(entry, schema, context);
    issues.push(...result.issues);
    if (result.article === undefined) continue;
    const firstFile = fileBySlug.get(result.article.slug);
    if (firstFile !== undefined) {
      issues.push({ file: entry.file, field: "slug", message: `"${result.article.slug}" is already used by ${firstFile}` });
      continue;
    }
    fileBySlug.set(result.article.slug, entry.file);
    articles.push(result.article);
  }
  return { articles, issues };
}

/** The articles, or a ContentError listing every problem: a build never publishes part of the content. */
export function loadArticles(entries: readonly ArticleModuleEntry[], context: ContentContext): Article[] {
  const { articles, issues } = validateArticles(entries, context);
  if (issues.length > 0) throw new ContentError(issues);
  return articles;
}
