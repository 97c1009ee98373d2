/**
 * The archive newsroom the e2e tests and the bench browse (test data, never in content/): 60 stories
 * published on the running site into World on one day, ten minutes apart, so that the section, the
 * day, a topic and the front page each have three pages; every other one by a staff writer, the rest
 * agency copy.
 */
import { article as seed } from "@/content/articles/putin-discusses-syria-peace-efforts-with-assad";
import { Newsroom } from "./newsroom";
import type { SyntheticOptions } from "./synthetic-articles";

/**
 * The staff writer: her module, her portrait (a plain square made at set-up) and the archive stories
 * she wrote, every other one, so her page has two pages (25 + 5).
 */
export const ARCHIVE_AUTHOR = {
  slug: "amira-haddad",
  name: "Amira Haddad",
  role: "World affairs correspondent",
  bio: "Amira Haddad reports on diplomacy and conflict for The Meridian Post from Beirut and Geneva.",
  photo: { src: "/images/authors/amira-haddad.jpg", width: 600, height: 600, colour: "#7a5c44" },
  profiles: [
    { label: "X", url: "https://x.com/amirahaddad.example" },
    { label: "Mastodon", url: "https://mastodon.example/@amira" },
  ],
  /** Archive story `index` is hers when this says so. */
  wrote: (index: number) => index % 2 === 0,
  stories: 30,
} as const;

export const ARCHIVE_AUTHOR_MODULE = `import type { AuthorSource } from "../schema";

export const author = {
  slug: ${JSON.stringify(ARCHIVE_AUTHOR.slug)},
  name: ${JSON.stringify(ARCHIVE_AUTHOR.name)},
  role: ${JSON.stringify(ARCHIVE_AUTHOR.role)},
  bio: ${JSON.stringify(ARCHIVE_AUTHOR.bio)},
  photo: { src: ${JSON.stringify(ARCHIVE_AUTHOR.photo.src)}, width: ${ARCHIVE_AUTHOR.photo.width}, height: ${ARCHIVE_AUTHOR.photo.height}, alt: ${JSON.stringify(ARCHIVE_AUTHOR.name)}, credit: "The Meridian Post" },
  profiles: ${JSON.stringify(ARCHIVE_AUTHOR.profiles)},
} as const satisfies AuthorSource;
`;

export const ARCHIVE_CORPUS = {
  count: 60,
  options: {
    prefix: "archive-story",
    sections: ["world"],
    start: new Date("2025-03-14T06:00:00Z"),
    stepMs: 10 * 60_000,
    image: seed.image,
    topics: 3,
    author: (index: number) => (ARCHIVE_AUTHOR.wrote(index) ? ARCHIVE_AUTHOR.slug : undefined),
  } satisfies SyntheticOptions,
};

/** A newsroom of its own with the archive published, and `modules` (slug → source) beside it. */
export async function openArchiveNewsroom(modules: Record<string, string> = {}): Promise<Newsroom> {
  const newsroom = await Newsroom.open();
  newsroom.writeAuthor(ARCHIVE_AUTHOR.slug, ARCHIVE_AUTHOR_MODULE);
  await newsroom.writePhoto(ARCHIVE_AUTHOR.photo.src, ARCHIVE_AUTHOR.photo.colour, ARCHIVE_AUTHOR.photo);
  newsroom.writeSynthetic(0, ARCHIVE_CORPUS.count, ARCHIVE_CORPUS.options);
  for (const [slug, source] of Object.entries(modules)) newsroom.writeModule(slug, source);
  const run = newsroom.publish();
  if (run.status !== 0) {
    await newsroom.close();
    throw new Error(`publishing the archive corpus failed:\n${run.stdout}\n${run.stderr}`);
  }
  return newsroom;
}
