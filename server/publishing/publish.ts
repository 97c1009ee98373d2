/**
 * Publishing on the running site: a request carries stories and authors as compiled records (what
 * `npm run content:publish` made of their modules), the photos they need, and the slugs to take down.
 * Everything is checked before anything is written, with the same validation as the build, and then
 * committed in one step to the published store, or not at all.
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import { createImageChecker, measureImage, publicImages } from "@/content/image-files";
import type { ContentIssue } from "@/content/issues";
import { AUTHOR_MODULE_FILE, createAuthorValidator, mergeAuthors } from "@/content/author-validation";
import { createArticleValidator, type ContentReferences } from "@/content/load";
import type { Catalog } from "@/content/queries";
import { MOST_READ_FILE } from "@/content/most-read-check";
import { mostReadExclusions } from "@/content/most-read-exclusions";
import { imageSchema, slugSchema, type ArticleRecord, type Author } from "@/content/schema";
import { listingHash } from "@/content/listing-fields";
import { recordHash } from "@/content/snapshot";
import type { ContentStore, ImageRecord } from "@/server/content-store/state.mjs";
import { PUBLISH_LIMITS } from "./limits.mjs";
import { PublishRequestError } from "./request-body";

/** An article module's path as the repository has it: content/articles/[folders/]<slug>.ts. */
const MODULE_FILE = /^content\/articles\/(?:[\w-]+\/)*[^/\\]+\.tsx?$/;

export const publishRequestSchema = z.strictObject({
  /** The store version the client compared against: a publish never lands on a site it did not see. */
  baseVersion: z.int().nonnegative(),
  /** New and changed authors, checked before the stories that may name them. */
  authors: z
    .array(z.strictObject({ file: z.string().regex(AUTHOR_MODULE_FILE, { error: 'must be a module path such as "content/authors/jane-doe.ts"' }), author: z.unknown() }))
    .max(PUBLISH_LIMITS.articles)
    .default([]),
  articles: z
    .array(z.strictObject({ file: z.string().regex(MODULE_FILE, { error: 'must be a module path such as "content/articles/oil-prices.ts"' }), article: z.unknown() }))
    .max(PUBLISH_LIMITS.articles)
    .default([]),
  deletions: z.array(slugSchema).max(PUBLISH_LIMITS.deletions).default([]),
  images: z
    .array(z.strictObject({ path: imageSchema.shape.src, data: z.base64({ error: "must be the photo's bytes in base64" }) }))
    .max(PUBLISH_LIMITS.images)
    .default([]),
  /** content/most-read.ts, when it changed: the stories "Most read" never lists from now on. */
  mostRead: z.strictObject({ exclude: z.array(slugSchema).max(PUBLISH_LIMITS.deletions) }).optional(),
});

export type PublishRequest = z.infer<typeof publishRequestSchema>;
/** `mostRead`: whether the stories "Most read" keeps out changed. */
export type PublishResult = { version: number; published: string[]; corrected: string[]; removed: string[]; unchanged: string[]; authors: string[]; mostRead: boolean };

export type PublishContext = {
  store: ContentStore;
  catalog: Catalog;
  references: ContentReferences;
  /** The release's public/ folder. */
  publicDir: string;
};

const EXTENSION_TYPES: Record<string, string[]> = { jpg: ["jpg"], jpeg: ["jpg"], png: ["png"], webp: ["webp"], avif: ["heif", "avif"] };
const MIME: Record<string, string> = { jpg: "image/jpeg", png: "image/png", webp: "image/webp", heif: "image/avif", avif: "image/avif" };

/** "articles[2].file" from zod's ["articles", 2, "file"]. */
const fieldName = (path: readonly PropertyKey[]) => path.reduce<string>((name, key) => (typeof key === "number" ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)), "");

export function parsePublishRequest(body: unknown): PublishRequest {
  const parsed = publishRequestSchema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ file: "(request)", field: fieldName(issue.path) || "(body)", message: issue.message }));
    throw new PublishRequestError(400, "the request is not a publish request", issues);
  }
  const request = parsed.data;
  if (request.articles.length === 0 && request.deletions.length === 0 && request.authors.length === 0 && !request.mostRead) {
    throw new PublishRequestError(400, 'nothing to publish: no authors, no articles, no deletions and no "Most read" list');
  }
  const paths = request.images.map((image) => image.path);
  if (new Set(paths).size !== paths.length) throw new PublishRequestError(400, "a photo is sent twice");
  return request;
}

/** The photos sent, checked: real images of their extension's type, within the size, never replacing others. */
function checkImages(request: PublishRequest, context: PublishContext, issue: (file: string, field: string, message: string) => void) {
  const fromRelease = publicImages(context.publicDir);
  const published = context.store.state().images;
  const sent = new Map<string, ImageRecord & { bytes: Buffer }>();
  for (const { path, data } of request.images) {
    const bytes = Buffer.from(data, "base64");
    if (bytes.length > PUBLISH_LIMITS.imageBytes) {
      issue(path, "image", `is ${bytes.length} bytes; a photo may be at most ${PUBLISH_LIMITS.imageBytes}`);
      continue;
    }
    const size = measureImage(bytes);
    const extension = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
    if (!size || !EXTENSION_TYPES[extension]?.includes(size.type)) {
      issue(path, "image", `is not a ${extension} image`);
      continue;
    }
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    // A path names one photo for good: caches everywhere (browsers, the edge, the image optimizer) keep it.
    const inRelease = fromRelease(path);
    if (Buffer.isBuffer(inRelease)) {
      if (!inRelease.equals(bytes)) issue(path, "image", `public${path} came with the release with other bytes: give the new photo a new file name`);
      continue;
    }
    const earlier = published.get(path);
    if (earlier) {
      if (earlier.sha256 !== sha256) issue(path, "image", `${path} was published before with other bytes: give the new photo a new file name`);
      continue;
    }
    sent.set(path, { path, sha256, type: MIME[size.type] ?? "application/octet-stream", width: size.width, height: size.height, bytes });
  }
  return sent;
}

/** Every image path a record names: its lead image and images in its body. */
const imagesOf = (record: ArticleRecord) => [record.image.src, ...record.body.flatMap((block) => (block.type === "image" ? [block.image.src] : []))];

/** The image paths a story as sent names, valid or not, so a photo sent with a faulty story is not also "unused". */
function imagesNamedBy(article: unknown): string[] {
  const story = article as { image?: { src?: unknown }; body?: unknown } | null;
  const body = Array.isArray(story?.body) ? (story.body as { image?: { src?: unknown } }[]) : [];
  return [story?.image?.src, ...body.map((block) => block?.image?.src)].filter((src): src is string => typeof src === "string");
}

/** The portrait path an author as sent names, valid or not. */
function portraitNamedBy(author: unknown): string[] {
  const src = (author as { photo?: { src?: unknown } } | null)?.photo?.src;
  return typeof src === "string" ? [src] : [];
}

/**
 * Validates and commits a publish request; throws a PublishRequestError (with every problem, by file and
 * field) and changes nothing when anything is wrong.
 */
export async function publish(request: PublishRequest, context: PublishContext): Promise<PublishResult> {
  const { store, catalog } = context;
  const state = store.state();
  if (request.baseVersion !== state.version) {
    throw new PublishRequestError(409, `the site moved on (it is at version ${state.version}, you compared against ${request.baseVersion}): run the command again`);
  }

  const issues: ContentIssue[] = [];
  const issue = (file: string, field: string, message: string) => issues.push({ file, field, message });
  const sent = checkImages(request, context, issue);
  const release = publicImages(context.publicDir);
  const checkImage = createImageChecker((src) => sent.get(src)?.bytes ?? release(src) ?? state.images.get(src));
  const validateAuthor = createAuthorValidator(checkImage);
  const authors: Author[] = [];
  for (const { file, author } of request.authors) {
    const result = validateAuthor({ file, module: { author } });
    issues.push(...result.issues);
    if (result.author) authors.push(result.author);
  }
  const validate = createArticleValidator({ sections: context.references.sections, authors: mergeAuthors(context.references.authors, authors), checkImage });

  const records: ArticleRecord[] = [];
  for (const { file, article } of request.articles) {
    const result = validate.module({ file, module: { article } });
    issues.push(...result.issues);
    if (result.record) records.push(result.record);
  }
  const upserted = new Set(records.map((record) => record.slug));
  for (const slug of request.deletions) {
    const file = `content/articles/${slug}.ts`;
    if (upserted.has(slug)) issue(file, "slug", "is both published and taken down in one request");
    else if (!catalog.findBySlug(slug)) issue(file, "slug", "is not on the site: there is nothing to take down");
  }
  // Every story kept out of "Most read" must be one the site holds after this request, or an editor who
  // misspelt a slug would believe it kept out.
  for (const [index, slug] of (request.mostRead?.exclude ?? []).entries()) {
    if (request.deletions.includes(slug) || (!upserted.has(slug) && !catalog.findBySlug(slug))) issue(MOST_READ_FILE, `exclude[${index}]`, `unknown story ${JSON.stringify(slug)} (the site holds no story with this slug)`);
  }
  const used = new Set([...request.articles.flatMap(({ article }) => imagesNamedBy(article)), ...request.authors.flatMap(({ author }) => portraitNamedBy(author))]);
  for (const path of sent.keys()) if (!used.has(path)) issue(path, "image", "is not used by any story or author in this request");
  if (issues.length > 0) throw new PublishRequestError(422, `${issues.length} problem${issues.length === 1 ? "" : "s"}: nothing was published`, issues);

  const changed = records.map((record) => ({ slug: record.slug, record, hash: recordHash(record) })).filter((upsert) => catalog.hashOf(upsert.slug) !== upsert.hash);
  const unchanged = records.map((record) => record.slug).filter((slug) => !changed.some((upsert) => upsert.slug === slug));
  const known = new Map(context.references.authors.map((author) => [author.slug, recordHash(author)]));
  const exclude = request.mostRead ? [...new Set(request.mostRead.exclude)] : undefined;
  const mostReadChange = exclude && JSON.stringify(exclude) !== JSON.stringify(mostReadExclusions(state)) ? { exclude } : undefined;
  const changedAuthors = authors.map((author) => ({ slug: author.slug, record: author, hash: recordHash(author) })).filter((upsert) => known.get(upsert.slug) !== upsert.hash);
  const result = {
    published: changed.filter((upsert) => catalog.hashOf(upsert.slug) === undefined).map((upsert) => upsert.slug),
    corrected: changed.filter((upsert) => catalog.hashOf(upsert.slug) !== undefined).map((upsert) => upsert.slug),
    removed: [...request.deletions],
    unchanged,
    authors: changedAuthors.map((upsert) => upsert.slug),
    mostRead: mostReadChange !== undefined,
  };
  if (changed.length === 0 && request.deletions.length === 0 && changedAuthors.length === 0 && !mostReadChange) return { version: state.version, ...result };
  // A commit that changes no listing (a live post, a corrected paragraph) leaves every other story's
  // pages and every listing cached where they are (server/content-freshness.mjs).
  const listings =
    mostReadChange !== undefined ||
    request.deletions.length > 0 ||
    changedAuthors.length > 0 ||
    changed.some((upsert) => {
      const before = catalog.recordOf(upsert.slug);
      return before === undefined || listingHash(before) !== listingHash(upsert.record);
    });
  const needed = new Set([...changed.flatMap((upsert) => imagesOf(upsert.record)), ...changedAuthors.flatMap((upsert) => (upsert.record.photo ? [upsert.record.photo.src] : []))]);

  const { version } = await store.commit({
    baseVersion: request.baseVersion,
    upserts: changed,
    deletions: [...request.deletions],
    // Where each taken-down story was: search engines are told its address (server/notify).
    removedFrom: Object.fromEntries(request.deletions.flatMap((slug) => {
      const section = catalog.findBySlug(slug)?.section.slug;
      return section ? [[slug, section]] : [];
    })),
    authors: changedAuthors,
    images: [...sent.values()].filter((image) => needed.has(image.path)),
    ...(listings ? {} : { listings: false as const }),
    ...(mostReadChange ? { mostRead: mostReadChange } : {}),
  });
  return { version, ...result };
}
