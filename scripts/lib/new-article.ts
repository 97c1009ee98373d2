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

/**
 * A new module with the editor's headline and empty strings wherever a person must write something:
 * `npm run check-content` lists each of them until it is filled in, so a draft can never be published.
 */
export function renderArticleModule({ headline, section, timestamp }: { headline: string; section: string; timestamp: string }) {
  const slug = tagSlug(headline);
  const source = `import type { ArticleSource } from "../schema";

export const article = {
  slug: ${JSON.stringify(slug)},
  headline: ${JSON.stringify(headline)},
  standfirst: "",
  section: ${JSON.stringify(section)},
  tags: [],
  published: ${JSON.stringify(timestamp)},
  updated: ${JSON.stringify(timestamp)},
  byline: { authors: [], agency: "" },
  source: "",
  image: {
    // A stand-in made by scripts/make-stand-in-image.ts: replace it with the photo and set its real size.
    src: "/images/articles/${slug}.jpg",
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
  return { slug, source };
}
