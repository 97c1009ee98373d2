import { scriptMismatch } from "../../content/script-fit";
import { site } from "../../content/site";
import { tagSlug } from "../../content/tags";

/** "2026-11-28T14:05:00+00:00" for `now` as the clock reads in `timeZone`. */
export function localTimestamp(now: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
      timeZoneName: "longOffset",
    })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  // "GMT+01:00", or plain "GMT" at offset zero.
  const offset = parts.timeZoneName === "GMT" ? "+00:00" : (parts.timeZoneName ?? "").replace("GMT", "");
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}

/** "2026-12-02T09:15:00+00:00" → "story-20261202-091500": a name for a story whose headline gives none. */
const storyName = (timestamp: string) => `story-${timestamp.slice(0, 19).replace(/[-:]/g, "").replace("T", "-")}`;

/**
 * The slug and photo file name for a headline. The slug keeps the headline's own script (readers of an
 * Arabic story read its address in Arabic); a headline with no letters or digits gets a dated name.
 * Photo files are named in ASCII (the slug when it is ASCII, else the dated name): they travel through
 * the image optimizer, CDNs and editors' tools, which handle plain names best.
 */
export function namesFor(headline: string, timestamp: string): { slug: string; photo: string } {
  const slug = tagSlug(headline) || storyName(timestamp);
  return { slug, photo: /^[a-z0-9-]+$/.test(slug) ? slug : storyName(timestamp) };
}

/**
 * A new module with the editor's headline and empty strings wherever a person must write something:
 * `npm run check-content` lists each of them until it is filled in, so a draft can never be published.
 */
export function renderArticleModule({ headline, section, timestamp, live = false }: { headline: string; section: string; timestamp: string; live?: boolean }) {
  const { slug, photo } = namesFor(headline, timestamp);
  // A headline in another script than the site's language's starts a story in that language.
  const language = scriptMismatch(headline, site.locale)?.likelyLanguage;
  // A live story starts with its coverage open and a first post to write.
  const liveFields = live
    ? `
  kind: "live",
  coverage: { start: ${JSON.stringify(timestamp)} },
  summary: [],
  posts: [
    { id: "first-post", published: ${JSON.stringify(timestamp)}, headline: "", body: [{ type: "paragraph", text: "" }] },
  ],`
    : "";
  const source = `import type { ArticleSource } from "../schema";

export const article = {
  slug: ${JSON.stringify(slug)},${language ? `
  language: ${JSON.stringify(language)},` : ""}
  headline: ${JSON.stringify(headline)},
  standfirst: "",
  section: ${JSON.stringify(section)},
  tags: [],
  published: ${JSON.stringify(timestamp)},
  updated: ${JSON.stringify(timestamp)},${liveFields}
  byline: { authors: [], agency: "" },
  source: "",
  image: {
    // A stand-in made by scripts/make-stand-in-image.ts: replace it with the photo and set its real size.
    src: "/images/articles/${photo}.jpg",
    width: 1600,
    height: 1200,
    alt: "",
    caption: "",
    credit: "",
  },
  body: [
    { type: "paragraph", text: "" },
  ],
} as const satisfies ArticleSource;
`;
  return { slug, photo, source };
}
