/**
 * A staff writer for the test newsroom's archive (test data, never in content/): her module, her
 * portrait (a plain square made at set-up) and the archive stories she wrote, every other one, so her
 * page has two pages (25 + 5).
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
