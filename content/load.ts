import { ContentError, type ContentIssue } from "./issues";
import type { ImageChecker } from "./image-files";
import { z } from "zod";
import { articleSourceSchema, imageSchema, postSchema, slugSchema, type Article, type ArticleRecord, type Author, type LiveCoverage, type Post, type Section } from "./schema";
import { site } from "./site";
import { effectiveUpdated } from "./live-pages";
import { toTag } from "./tags";
import { checkKind } from "./kind-rules";
import { copyOutOfScript } from "./script-fit";
import { readingMinutesOf } from "./reading-time";

/** One article module: its path (for error messages) and its exports. */
export type ArticleModuleEntry = {
  file: string;
  module: unknown;
};

/** What an article's references resolve against: the site's sections and staff (content/authors/). */
export type ContentReferences = {
  sections: readonly Section[];
  authors: readonly Author[];
};

export type ContentContext = ContentReferences & {
  checkImage: ImageChecker;
};

/** "body[3].text" from zod's ["body", 3, "text"]. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => {
    if (typeof key === "number") return `${name}[${key}]`;
    return name === "" ? String(key) : `${name}.${String(key)}`;
  }, "");
}

/** A module's problems by file and field; `exported` names the module's export when the whole of it is wrong. */
export function issuesOf(file: string, exported: string, error: z.ZodError): ContentIssue[] {
  return error.issues.flatMap((problem) =>
    // A field the schema does not know is named itself, so a misspelling reads as one.
    problem.code === "unrecognized_keys"
      ? problem.keys.map((key) => ({ file, field: fieldName([...problem.path, key]), message: "is not a field this schema knows (misspelt?)" }))
      : [{ file, field: fieldName(problem.path) || exported, message: problem.message }],
  );
}

/** "content/articles/2024/oil-prices.ts" → "oil-prices": a module's file name is its slug. */
export function slugOfFile(file: string): string {
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

  const knownAuthors = articleSourceSchema.shape.byline.superRefine((byline, ctx) => {
    byline.authors?.forEach((slug, index) => {
      if (!authorSlugs.has(slug)) {
        ctx.addIssue({ code: "custom", path: ["authors", index], message: `unknown author "${slug}" (add content/authors/${slug}.ts)` });
      }
    });
  });
  const blocksWithFiles = articleSourceSchema.shape.body.superRefine((blocks, ctx) => {
    blocks.forEach((block, index) => {
      if (block.type !== "image") return;
      for (const problem of context.checkImage(block.image)) {
        ctx.addIssue({ code: "custom", path: [index, "image", problem.field], message: problem.message });
      }
    });
  });

  return articleSourceSchema
    .extend({
      section: slugSchema.refine((slug) => sectionSlugs.includes(slug), {
        error: (issue) => `unknown section "${String(issue.input)}" (known: ${sectionSlugs.join(", ")})`,
      }),
      byline: knownAuthors,
      image: fileImage,
      body: blocksWithFiles,
      posts: z.array(postSchema.extend({ byline: knownAuthors.optional(), body: blocksWithFiles })).readonly().optional(),
    })
    .superRefine((source, ctx) => {
      if (Date.parse(source.updated) < Date.parse(source.published)) {
        ctx.addIssue({ code: "custom", path: ["updated"], message: `${source.updated} is before published ${source.published}` });
      }
      if (source.expires !== undefined && Date.parse(source.expires) <= Date.parse(source.published)) {
        ctx.addIssue({ code: "custom", path: ["expires"], message: `${source.expires} is not after published ${source.published}: a story expires after it goes public` });
      }
      checkLiveCoverage(source, ctx);
      checkKind(source, ctx);
      for (const [path, message] of copyOutOfScript(source, site.locale)) ctx.addIssue({ code: "custom", path, message });
      let previous = Date.parse(source.published);
      source.corrections?.forEach((correction, index) => {
        const date = Date.parse(correction.date);
        const problem =
          date < previous
            ? `${correction.date} is before ${index === 0 ? "published" : "the correction above it"}: list corrections oldest first, after publication`
            : date > Date.parse(source.updated)
              ? `${correction.date} is after updated ${source.updated}: a correction updates the story, so set updated to it (or later)`
              : undefined;
        if (problem) ctx.addIssue({ code: "custom", path: ["corrections", index, "date"], message: problem });
        previous = Math.max(previous, date);
      });
      source.tags.forEach((name, index) => {
        if (toTag(name).slug === "") ctx.addIssue({ code: "custom", path: ["tags", index], message: `"${name}" has no letters or digits to make a link from` });
      });
    });
}

/** What only a live story has, and what it must have: its coverage, posts and their order. */
function checkLiveCoverage(source: z.output<typeof articleSourceSchema>, ctx: z.RefinementCtx) {
  const live = source.kind === "live";
  if (!live) {
    for (const field of ["coverage", "posts", "summary"] as const) {
      if (source[field] !== undefined) ctx.addIssue({ code: "custom", path: [field], message: 'only a live story has this: add kind: "live"' });
    }
    return;
  }
  if (!source.coverage) ctx.addIssue({ code: "custom", path: ["coverage"], message: "a live story needs its coverage: { start, end? }" });
  if (!source.posts || source.posts.length === 0) ctx.addIssue({ code: "custom", path: ["posts"], message: "a live story needs at least one post" });
  const start = source.coverage ? Date.parse(source.coverage.start) : undefined;
  if (source.coverage?.end !== undefined && start !== undefined && Date.parse(source.coverage.end) < start) {
    ctx.addIssue({ code: "custom", path: ["coverage", "end"], message: `${source.coverage.end} is before the coverage's start ${source.coverage.start}` });
  }
  const seen = new Map<string, number>();
  let pinned = 0;
  source.posts?.forEach((post, index) => {
    const earlier = seen.get(post.id);
    if (earlier !== undefined) ctx.addIssue({ code: "custom", path: ["posts", index, "id"], message: `"${post.id}" is also the id of posts[${earlier}]: ids are unique in a story` });
    seen.set(post.id, index);
    if (start !== undefined && Date.parse(post.published) < start) {
      ctx.addIssue({ code: "custom", path: ["posts", index, "published"], message: `${post.published} is before the coverage's start ${source.coverage?.start}` });
    }
    if (post.updated !== undefined && Date.parse(post.updated) < Date.parse(post.published)) {
      ctx.addIssue({ code: "custom", path: ["posts", index, "updated"], message: `${post.updated} is before the post's published ${post.published}` });
    }
    if (post.pinned) pinned += 1;
    if (post.pinned && pinned > 1) ctx.addIssue({ code: "custom", path: ["posts", index, "pinned"], message: "only one post may be pinned" });
  });
}

/**
 * A validated record with its references resolved: what components receive. The record was checked
 * against these references when it was compiled or published; one that no longer resolves (a section
 * removed since) is a programming error, not content to show.
 */
/** A byline's author slugs as the authors they name. */
function resolveByline(byline: ArticleRecord["byline"], references: ContentReferences): Article["byline"] {
  const authors = (byline.authors ?? []).flatMap((slug) => references.authors.filter((author) => author.slug === slug));
  return { authors, ...(byline.agency === undefined ? {} : { agency: byline.agency }) };
}

/** A live story's coverage with its posts newest first (ties: the later id first, so the order is stable). */
function resolveLive(coverage: NonNullable<ArticleRecord["coverage"]>, record: ArticleRecord, references: ContentReferences): LiveCoverage {
  const posts = [...(record.posts ?? [])]
    .sort((a, b) => Date.parse(b.published) - Date.parse(a.published) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .map(
      (post): Post => ({
        id: post.id,
        published: post.published,
        ...(post.updated !== undefined ? { updated: post.updated } : {}),
        ...(post.headline !== undefined ? { headline: post.headline } : {}),
        keyEvent: post.keyEvent === true,
        pinned: post.pinned === true,
        ...(post.byline ? { byline: resolveByline(post.byline, references) } : {}),
        body: post.body,
      }),
    );
  return { start: coverage.start, ...(coverage.end !== undefined ? { end: coverage.end } : {}), posts, summary: record.summary ?? [] };
}

export function resolveArticle(record: ArticleRecord, references: ContentReferences): Article {
  const section = references.sections.find((candidate) => candidate.slug === record.section);
  if (section === undefined) throw new Error(`article "${record.slug}" names unknown section "${record.section}"`);
  const language = record.language ?? site.locale;
  return {
    slug: record.slug,
    language,
    headline: record.headline,
    standfirst: record.standfirst,
    section,
    tags: record.tags.map(toTag),
    published: record.published,
    updated: effectiveUpdated(record),
    ...(record.expires !== undefined ? { expires: record.expires } : {}),
    status: record.status ?? "published",
    kind: record.kind ?? "news",
    ...(record.kind === "live" && record.coverage ? { live: resolveLive(record.coverage, record, references) } : {}),
    ...(record.sponsor ? { sponsor: record.sponsor } : {}),
    ...(record.review ? { review: record.review } : {}),
    ...(record.factCheck ? { factCheck: record.factCheck } : {}),
    byline: resolveByline(record.byline, references),
    ...(record.source === undefined ? {} : { source: record.source }),
    image: record.image,
    body: record.body,
    sources: record.sources ?? [],
    ...(record.backstory === undefined ? {} : { backstory: record.backstory }),
    ...withDefined("readingMinutes", readingMinutesOf(record)),
    corrections: record.corrections ?? [],
  };
}

/** `{ [key]: value }`, or nothing when the value is undefined (exactOptionalPropertyTypes-friendly). */
function withDefined<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}

export type ValidatedModule = { record?: ArticleRecord; issues: ContentIssue[] };

/**
 * Validates modules one at a time (so a compiler can stream 100,000 of them) and remembers slugs, so a
 * duplicate in a later module is reported against the first.
 */
export function createArticleValidator(context: ContentContext) {
  const schema = articleSchemaFor(context);
  const fileBySlug = new Map<string, string>();

  /** Takes `slug` for `file`; a problem if another module took it first. */
  function claim(file: string, slug: string): ContentIssue | undefined {
    const firstFile = fileBySlug.get(slug);
    if (firstFile !== undefined && firstFile !== file) return { file, field: "slug", message: `"${slug}" is already used by ${firstFile}` };
    fileBySlug.set(slug, file);
    return undefined;
  }

  function module(entry: ArticleModuleEntry): ValidatedModule {
    const issue = (field: string, message: string): ContentIssue => ({ file: entry.file, field, message });
    const exported = (entry.module as { article?: unknown } | null)?.article;
    if (exported === undefined) {
      return { issues: [issue("article", "the module must export `const article = { … } as const satisfies ArticleSource`")] };
    }

    const parsed = schema.safeParse(exported);
    const issues = parsed.success ? [] : issuesOf(entry.file, "article", parsed.error);
    const slug = (exported as { slug?: unknown }).slug;
    if (typeof slug === "string" && slug !== slugOfFile(entry.file)) {
      issues.push(issue("slug", `"${slug}" must match the file name "${slugOfFile(entry.file)}"`));
    }
    // /<section>/page/<n> is the section's listing: a story there could never be reached.
    if (slug === "page") issues.push(issue("slug", `"page" is the address of a section's older pages: choose another slug`));
    if (!parsed.success || issues.length > 0) return { issues };

    const duplicate = claim(entry.file, parsed.data.slug);
    return duplicate ? { issues: [duplicate] } : { record: parsed.data, issues };
  }

  return { module, claim };
}

/** Every problem in every module, plus duplicate slugs across modules. Nothing half-valid comes back. */
export function validateArticles(entries: readonly ArticleModuleEntry[], context: ContentContext): { articles: Article[]; issues: ContentIssue[] } {
  const validate = createArticleValidator(context);
  const articles: Article[] = [];
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    const result = validate.module(entry);
    issues.push(...result.issues);
    if (result.record) articles.push(resolveArticle(result.record, context));
  }
  return { articles, issues };
}

/** The articles, or a ContentError listing every problem: a build never publishes part of the content. */
export function loadArticles(entries: readonly ArticleModuleEntry[], context: ContentContext): Article[] {
  const { articles, issues } = validateArticles(entries, context);
  if (issues.length > 0) throw new ContentError(issues);
  return articles;
}
