/**
 * One story module of every kind (content/story-kinds.mjs) but live coverage, for the e2e tests (never in
 * content/): each with what its kind needs (a sponsor, what a review reviews, the claim a fact check
 * tests, an opinion section and a named author), sources and a backstory on the fact check.
 */
import type { ArticleSource, StoryKind } from "../../content/schema";
import type { SyntheticOptions } from "./synthetic-articles";

export const KIND_STORY_AUTHOR = { slug: "marta-novak", name: "Marta Novak" };

/** The author module the opinion piece names. */
export const kindStoryAuthorModule = `import type { AuthorSource } from "../schema";

export const author = {
  slug: "marta-novak",
  name: "Marta Novak",
  role: "Opinion editor",
  bio: "Marta Novak edits the opinion pages and writes a weekly column on diplomacy.",
  expertise: ["Diplomacy", "Central Europe"],
  languages: ["en", "pl"],
} as const satisfies AuthorSource;
`;

export const SPONSOR = { name: "Gulf Energy Council", url: "https://energy.example/" };

type Kind = Exclude<StoryKind, "live">;

/** What each kind's story adds to the common fields. */
const EXTRA: Record<Kind, Partial<ArticleSource>> = {
  news: {},
  analysis: {},
  explainer: {},
  opinion: { section: "opinion", byline: { authors: [KIND_STORY_AUTHOR.slug] } },
  editorial: { section: "opinion", byline: { agency: "The editorial board" } },
  letter: { section: "opinion", byline: { agency: "A reader in Leeds" } },
  interview: {},
  review: { review: { itemReviewed: { type: "Book", name: "The Long Ceasefire", by: "Rana Saleh" }, rating: { value: 4, best: 5 } } },
  obituary: {},
  factcheck: {
    factCheck: {
      claim: "Exports doubled last year.",
      claimant: "The trade minister",
      appearance: { name: "A speech to parliament", url: "https://parliament.example/record/1" },
      date: "2026-11-20T12:00:00+00:00",
      verdict: "False",
    },
    sources: [{ title: "Trade statistics 2025", url: "https://stats.example/trade-2025" }],
    backstory: "Our reporter compared the minister's figures with the statistics office's published data and asked the ministry for its source.",
  },
  sponsored: { sponsor: SPONSOR, sources: [{ title: "The council's annual report", url: "https://energy.example/report" }] },
};

export const kindStorySlug = (kind: Kind) => `kind-${kind}-story`;

/** A story module of `kind`, published `minutesAgo` before `now`. */
export function kindStoryModule(kind: Kind, now: Date, minutesAgo: number, image: SyntheticOptions["image"]): { slug: string; section: string; headline: string; source: string } {
  const published = new Date(now.getTime() - minutesAgo * 60_000).toISOString().replace(/\.\d{3}Z$/, "+00:00");
  const headline = `A ${kind} story about the Geneva talks`;
  const article: ArticleSource = {
    slug: kindStorySlug(kind),
    kind,
    headline,
    standfirst: `What a reader of this ${kind} story should know first.`,
    section: "world",
    tags: ["Geneva talks"],
    published,
    updated: published,
    byline: { agency: "Agencies" },
    image: { ...image, alt: "Stand-in image", caption: "The conference hall", credit: "AP" },
    body: Array.from({ length: 6 }, (_, index) => ({ type: "paragraph" as const, text: `Paragraph ${index + 1} of the ${kind} story. Delegations met again in Geneva as the talks went on, and officials said more would follow later in the week, after a pause for consultations in their capitals and a further round of meetings with the mediators.` })),
    ...EXTRA[kind],
  };
  const source = `import type { ArticleSource } from "../schema";

export const article = ${JSON.stringify(article, null, 2)} as const satisfies ArticleSource;
`;
  return { slug: article.slug, section: article.section, headline, source };
}
