/**
 * The content model: zod schemas for what editors write, and the domain types that pages receive.
 * Editors' modules are checked against these at one boundary (content/load.ts); nothing else casts.
 */
import { z } from "zod";
import { canonicalLanguage } from "./language";
import { charactersTheCardCannotDraw, describeCharacter } from "./share-card-coverage";
import { STORY_KINDS } from "./story-kinds.mjs";

/** Lower-case words (any script) joined by single hyphens: readable, stable permalinks. */
export const SLUG_PATTERN = /^[\p{Ll}\p{Lo}\p{Nd}]+(?:-[\p{Ll}\p{Lo}\p{Nd}]+)*$/u;

/** Control characters cannot travel in XML feeds and sitemaps, and never belong in copy. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const text = z
  .string()
  .trim()
  .min(1, { error: "must not be empty" })
  .refine((value) => !CONTROL_CHARACTERS.test(value), { error: "must not contain control characters" });

export const slugSchema = z
  .string()
  .regex(SLUG_PATTERN, { error: "must be lower-case words joined by single hyphens, e.g. \"putin-meets-assad\"" });

/** ISO 8601 with an explicit offset: "2013-11-14T18:23:00+00:00". A bare local time would shift with the server. */
export const timestampSchema = z.iso.datetime({
  offset: true,
  error: "must be an ISO 8601 timestamp with a time zone offset, e.g. \"2013-11-14T18:23:00+00:00\"",
});

/** A headline is drawn on the story's share card too: every character must be in the card's fonts. */
const headline = text.superRefine((value, context) => {
  const missing = charactersTheCardCannotDraw(value);
  if (missing.length === 0) return;
  context.addIssue({
    code: "custom",
    input: value,
    message: `has ${missing.length === 1 ? "a character" : "characters"} the share card's fonts cannot draw: ${missing.map(describeCharacter).join(", ")} (the card draws Latin, Latin Extended and Arabic; see content/share-card-coverage.ts)`,
  });
});

/** A BCP 47 language tag, written in its canonical form: "ar", "tr", "en-GB". */
export const languageSchema = z.string().refine((tag) => canonicalLanguage(tag) === tag, {
  error: (issue) => {
    const canonical = typeof issue.input === "string" ? canonicalLanguage(issue.input) : undefined;
    return canonical ? `write it "${canonical}"` : 'must be a BCP 47 language tag such as "ar", "tr" or "en-GB"';
  },
});

export const imageSchema = z.strictObject({
  /** Path under public/, starting with "/": "/images/articles/example.jpg". */
  src: z
    .string()
    .regex(/^\/(?!.*\.\.)[\w./-]+\.(?:jpe?g|png|webp|avif)$/, {
      error: "must be a path under public/ such as \"/images/articles/photo.jpg\" (jpg, png, webp or avif)",
    }),
  width: z.int().positive(),
  height: z.int().positive(),
  alt: text,
  caption: text,
  credit: text,
});

export const blockSchema = z.discriminatedUnion("type", [
  // A paragraph or quote in another language than the story's (an Arabic quote in an English story)
  // says so, so that it is read, hyphenated and laid out in its own direction.
  z.strictObject({ type: z.literal("paragraph"), text, language: languageSchema.optional() }),
  z.strictObject({ type: z.literal("subheading"), text }),
  z.strictObject({ type: z.literal("quote"), text, attribution: text.optional(), language: languageSchema.optional() }),
  z.strictObject({ type: z.literal("image"), image: imageSchema }),
]);

/** A correction or clarification, dated, in the story's language: shown at the story's foot. */
export const correctionSchema = z.strictObject({ date: timestampSchema, text });

export const bylineSchema = z
  .strictObject({
    /** Slugs of modules in content/authors/. */
    authors: z.array(slugSchema).readonly().optional(),
    /** An agency or desk credit: "Agencies", "Reuters", "AP". */
    agency: text.optional(),
  })
  .refine((byline) => (byline.authors?.length ?? 0) > 0 || byline.agency !== undefined, {
    error: "needs at least one author or an agency credit",
  });

/** A post's id: stable, unique in its story, and part of its address (/<section>/<slug>/posts/<id>). */
export const postIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lower-case letters and digits joined by hyphens, e.g. "ceasefire-announced"' });

/** One post of a live story: timestamped, newest shown first, its body the same blocks as a story's. */
export const postSchema = z.strictObject({
  id: postIdSchema,
  published: timestampSchema,
  updated: timestampSchema.optional(),
  headline: text.max(200, { error: "at most 200 characters" }).optional(),
  /** Listed among the key events at the top of the story. */
  keyEvent: z.literal(true).optional(),
  /** Shown first on the story's first page; at most one post is pinned. */
  pinned: z.literal(true).optional(),
  byline: bylineSchema.optional(),
  body: z.array(blockSchema).min(1, { error: "must have at least one block" }).readonly(),
});

/** What kind of story (content/story-kinds.mjs): a report ("news", the default), live coverage, an analysis, an opinion… */
export const storyKindSchema = z.enum(STORY_KINDS, { error: `must be one of ${STORY_KINDS.map((kind) => `"${kind}"`).join(", ")}` });

/** A link to a page elsewhere: http or https, absolute. */
const webAddress = z.url({ protocol: /^https?$/, error: "must be an absolute http or https URL" });

/** Who paid for a sponsored story: named above its headline and on its cards, linked rel="sponsored". */
export const sponsorSchema = z.strictObject({ name: text.max(80, { error: "at most 80 characters" }), url: webAddress });

/** What a review can be of: schema.org types Google's review snippets accept. */
export const REVIEWED_TYPES = ["Book", "Movie", "TVSeries", "MusicAlbum", "MusicRecording", "Event", "Game", "Product", "Restaurant", "SoftwareApplication", "CreativeWork"] as const;

/** A review's subject (schema.org itemReviewed, required) and the critic's rating, if they give one. */
export const reviewSchema = z.strictObject({
  itemReviewed: z.strictObject({
    type: z.enum(REVIEWED_TYPES, { error: `must be one of ${REVIEWED_TYPES.join(", ")}` }),
    name: text.max(200, { error: "at most 200 characters" }),
    /** Its author, director, maker or artist. */
    by: text.max(120, { error: "at most 120 characters" }).optional(),
  }),
  rating: z
    .strictObject({ value: z.number().min(0), best: z.int().positive().default(5) })
    .refine((rating) => rating.value <= rating.best, { error: "value must not be above best" })
    .optional(),
});

/** The one claim a fact check tests (schema.org ClaimReview): what was said, by whom, where and when, and our verdict. */
export const factCheckSchema = z.strictObject({
  claim: text.max(500, { error: "at most 500 characters" }),
  claimant: text.max(120, { error: "at most 120 characters" }),
  /** Where it was said: "A speech to parliament", with the address of a record of it where there is one. */
  appearance: z.strictObject({ name: text.max(200, { error: "at most 200 characters" }), url: webAddress.optional() }),
  date: timestampSchema,
  /** Short and plain: "False", "Misleading", "Mostly true". */
  verdict: text.max(60, { error: "at most 60 characters" }),
});

/** A document or dataset a story rests on: listed under "Sources", carried as schema.org citation. */
export const storySourceSchema = z.strictObject({ title: text.max(200, { error: "at most 200 characters" }), url: webAddress });

/**
 * Strict objects: a misspelt field ("standfrist") is an error naming it, never silently dropped. Article
 * modules are compiled to data outside the type checker, so this schema is the only gate.
 */
export const articleSourceSchema = z.strictObject({
  slug: slugSchema,
  /** The story's language, when it is not the site's (content/site.ts locale). */
  language: languageSchema.optional(),
  headline,
  standfirst: text,
  /** Slug of a section in content/sections.ts. */
  section: slugSchema,
  tags: z.array(text).readonly(),
  /** When it goes public: a time ahead schedules it (an embargo is a scheduled story). */
  published: timestampSchema,
  updated: timestampSchema,
  /** When it is taken down by itself (answering 410, as a take-down does), if ever. */
  expires: timestampSchema.optional(),
  /** A draft is validated, built and published like every module, and never public (preview links show it). */
  status: z.enum(["draft", "published"], { error: 'must be "draft" or "published"' }).optional(),
  kind: storyKindSchema.optional(),
  /** A live story: when its coverage began, and ended (open while `end` is absent or ahead). */
  coverage: z.strictObject({ start: timestampSchema, end: timestampSchema.optional() }).optional(),
  /** A live story's posts, in any order (shown newest first). */
  posts: z.array(postSchema).readonly().optional(),
  /** A live story's summary: short points under the standfirst that editors keep current. */
  summary: z.array(text.max(280, { error: "at most 280 characters" })).max(8, { error: "at most 8 points" }).readonly().optional(),
  /** A sponsored story's sponsor (required for kind "sponsored", and only there). */
  sponsor: sponsorSchema.optional(),
  /** What a review reviews (required for kind "review", and only there). */
  review: reviewSchema.optional(),
  /** The claim a fact check tests and its verdict (required for kind "factcheck", and only there). */
  factCheck: factCheckSchema.optional(),
  byline: bylineSchema,
  /** Printed after the body as "Source: …". */
  source: text.optional(),
  image: imageSchema,
  body: z.array(blockSchema).min(1, { error: "must have at least one block" }).readonly(),
  /** Documents and data the story rests on, shown as "Sources". */
  sources: z.array(storySourceSchema).max(30, { error: "at most 30 sources" }).readonly().optional(),
  /** "How we reported this": who reported it, where, and how it was checked. */
  backstory: text.max(1500, { error: "at most 1500 characters" }).optional(),
  /** Oldest first. Each one updates the story: `updated` is on or after the latest. */
  corrections: z.array(correctionSchema).readonly().optional(),
});

/** A story an editor pins to the front page, until `expires` if given (then it is ignored). */
export const pinSchema = z.strictObject({ slug: slugSchema, expires: timestampSchema.optional() });

/**
 * What editors choose for the front page (content/front-page.ts); everything else on it stays newest
 * first. Pins name stories by slug: an unknown one fails the build, an expired one is ignored.
 */
export const frontPageSchema = z.strictObject({
  /** The lead story; without one (or once it expires) the newest story leads. */
  lead: pinSchema.optional(),
  /** Top stories under the lead, in this order. */
  top: z.array(pinSchema).max(4, { error: "at most 4 top stories" }).readonly(),
  /** A block of its newest stories for each of these sections, in this order. */
  sections: z.array(slugSchema).readonly(),
  /** A strip above everything that links one story, and goes away by itself when it expires. */
  breaking: z.strictObject({ slug: slugSchema, label: text.max(120, { error: "at most 120 characters" }), expires: timestampSchema }).optional(),
});

export const sectionSchema = z.object({
  slug: slugSchema,
  name: text,
  description: text,
});

/** A link to one of an author's profiles elsewhere: "X", "Mastodon", "LinkedIn". */
export const profileSchema = z.strictObject({
  label: text.max(40, { error: "at most 40 characters" }),
  url: z.url({ protocol: /^https$/, error: "must be an absolute https URL" }),
});

/** An author's portrait: shown small on their page, so no caption; credited like every photo. */
export const portraitSchema = imageSchema.omit({ caption: true });

/**
 * What an editor writes in content/authors/<slug>.ts for a staff writer: their page (/authors/<slug>)
 * is made of it, and bylines name them by slug. Agency copy needs no author: it is the byline's `agency`.
 */
export const authorSourceSchema = z.strictObject({
  slug: slugSchema,
  name: text.max(80, { error: "at most 80 characters" }),
  /** "Middle East correspondent". */
  role: text.max(80, { error: "at most 80 characters" }),
  /** A few sentences, shown on their page and in its description for search engines. */
  bio: text.max(600, { error: "at most 600 characters" }),
  photo: portraitSchema.optional(),
  /** What they know about: "Syria", "energy markets" (schema.org knowsAbout). */
  expertise: z.array(text.max(60, { error: "at most 60 characters" })).max(8, { error: "at most 8 subjects" }).readonly().optional(),
  /** Languages they report in, as BCP 47 tags: "ar", "en" (schema.org knowsLanguage). */
  languages: z.array(languageSchema).max(8, { error: "at most 8 languages" }).readonly().optional(),
  profiles: z.array(profileSchema).max(6, { error: "at most 6 profiles" }).readonly().optional(),
});

/**
 * A page about the newsroom itself (content/pages/<slug>.ts): about us, the editorial standards,
 * ownership and funding, the masthead, contact. Parts have ids: the publisher's JSON-LD links to them
 * (content/standards-links.ts).
 */
export const newsroomPageSchema = z.strictObject({
  slug: slugSchema,
  title: text.max(80, { error: "at most 80 characters" }),
  description: text.max(300, { error: "at most 300 characters" }),
  updated: timestampSchema,
  intro: z.array(text).min(1, { error: "must have at least one paragraph" }).readonly(),
  parts: z
    .array(
      z.strictObject({
        id: postIdSchema,
        heading: text.max(120, { error: "at most 120 characters" }),
        paragraphs: z.array(text).min(1, { error: "must have at least one paragraph" }).readonly(),
      }),
    )
    .readonly(),
});

export type NewsroomPageSource = z.input<typeof newsroomPageSchema>;
export type NewsroomPage = z.output<typeof newsroomPageSchema>;

export type FrontPageSource = z.input<typeof frontPageSchema>;
export type FrontPage = z.output<typeof frontPageSchema>;

/** What an editor writes in content/articles/<slug>.ts. */
export type ArticleSource = z.input<typeof articleSourceSchema>;
/** A validated module's data (trimmed), as compiled into the snapshot and published to the store. */
export type ArticleRecord = z.output<typeof articleSourceSchema>;
export type Image = z.infer<typeof imageSchema>;
export type Block = z.infer<typeof blockSchema>;
export type StoryKind = z.infer<typeof storyKindSchema>;
export type Sponsor = z.infer<typeof sponsorSchema>;
export type Review = z.output<typeof reviewSchema>;
export type FactCheck = z.infer<typeof factCheckSchema>;
export type StorySource = z.infer<typeof storySourceSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type AuthorSource = z.input<typeof authorSourceSchema>;
/** A validated author module's data: what bylines and author pages show. */
export type Author = z.output<typeof authorSourceSchema>;

export type Tag = { name: string; slug: string };

/** A post of a live story, with its byline resolved. */
export type Post = {
  id: string;
  published: string;
  updated?: string;
  headline?: string;
  keyEvent: boolean;
  pinned: boolean;
  byline?: { authors: readonly Author[]; agency?: string };
  body: readonly Block[];
};

export type LiveCoverage = {
  start: string;
  end?: string;
  /** Newest first. */
  posts: readonly Post[];
  summary: readonly string[];
};

/** A validated article with its references resolved: what components receive. */
export type Article = {
  slug: string;
  /** BCP 47, the site's when the story does not say (its direction: content/language.ts textDirection). */
  language: string;
  headline: string;
  standfirst: string;
  section: Section;
  tags: readonly Tag[];
  published: string;
  updated: string;
  /** When it is taken down by itself, if ever. */
  expires?: string;
  /** A draft is never public (content/visibility.mjs). */
  status: "draft" | "published";
  kind: StoryKind;
  /** A live story's coverage, posts (newest first) and summary; absent for a report. */
  live?: LiveCoverage;
  /** A sponsored story's sponsor; a review's subject; a fact check's claim and verdict. */
  sponsor?: Sponsor;
  review?: Review;
  factCheck?: FactCheck;
  byline: { authors: readonly Author[]; agency?: string };
  source?: string;
  image: Image;
  body: readonly Block[];
  /** Empty when the story lists none. */
  sources: readonly StorySource[];
  backstory?: string;
  /** Minutes to read the body, for the story's language (content/reading-time.ts); undefined for a live story. */
  readingMinutes?: number;
  /** Oldest first; empty when the story has none. */
  corrections: readonly Correction[];
};

export type SocialAccount = {
  network: "x" | "facebook" | "instagram" | "youtube" | "telegram" | "whatsapp";
  /** The name readers know the network by: "X", "Facebook". */
  label: string;
  url: string;
  /** "@handle" where the network has one (used for twitter:site). */
  handle?: string;
};

export type SiteConfig = {
  name: string;
  description: string;
  /** Scheme and host, no trailing slash: the one place the origin is written. */
  origin: string;
  /** BCP 47 tag for Intl and <html lang>. */
  locale: string;
  /** IANA zone every date is shown in, whatever the server's TZ. */
  timeZone: string;
  social: readonly SocialAccount[];
  /** The year (or date) the publication was founded: schema.org foundingDate. */
  foundingDate: string;
  /** Whom readers write to, and why: the contact page and the publisher's contactPoint. */
  contacts: readonly { type: string; email: string; description: string }[];
};
