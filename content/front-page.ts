import type { FrontPageSource } from "./schema";

/**
 * The front page, as editors run it. Pin a lead and up to four top stories by slug, each until an
 * optional `expires` ("2026-12-02T18:00:00+00:00"); add a breaking-news strip that links one story
 * until it expires; list the sections that get a block of their newest stories. Everything not pinned
 * stays newest first. `npm run check-content` (and every build) refuses an unknown story or section,
 * naming the field; an expired pin is simply ignored, and the page changes by itself when it expires.
 *
 *   lead: { slug: "putin-discusses-syria-peace-efforts-with-assad", expires: "2026-12-03T06:00:00+00:00" },
 *   top: [{ slug: "oil-prices-climb" }],
 *   breaking: { slug: "oil-prices-climb", label: "Oil passes $100 a barrel", expires: "2026-12-02T20:00:00+00:00" },
 */
export const frontPage = {
  top: [],
  sections: ["middle-east", "world", "business"],
} as const satisfies FrontPageSource;
