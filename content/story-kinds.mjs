// @ts-check
/**
 * Kinds of story: what a reader is reading (a report, an analysis, an opinion, paid content…), one
 * closed list. Every kind but `news` is labelled above its headline and on its cards, and has a hub
 * page at `/<hub>` that says what the kind is. Plain JavaScript so that the origin (which tells listing
 * paths apart) reads the same list as the pages; content/story-kind.ts holds the types and helpers.
 */

/** Every kind, `news` first (the default). */
export const STORY_KINDS = /** @type {const} */ ([
  "news",
  "live",
  "analysis",
  "explainer",
  "opinion",
  "editorial",
  "letter",
  "interview",
  "review",
  "obituary",
  "factcheck",
  "sponsored",
]);

/** The section that opinion, editorials and letters live in, so that search engines can label its addresses. */
export const OPINION_SECTION = "opinion";

/**
 * @typedef {typeof STORY_KINDS[number]} StoryKind
 * @typedef {{ label: string; hub: string; hubName: string; definition: string; section?: string }} LabelledKind
 */

/**
 * Each kind's label (above the headline and on cards), its hub's address and name, and the one sentence
 * the hub opens with. `section`: the section its stories must be in. `news` has no label and no hub.
 * @type {{ readonly [K in Exclude<StoryKind, "news">]: LabelledKind }}
 */
export const KIND_LABELS = {
  live: {
    label: "Live coverage",
    hub: "live",
    hubName: "Live coverage",
    definition: "Live coverage follows a story as it unfolds: timestamped posts, newest first, with the key events marked.",
  },
  analysis: {
    label: "Analysis",
    hub: "analysis",
    hubName: "Analysis",
    definition: "Analysis interprets the news, drawing on our correspondents' reporting and expertise to explain what it means and what may come next.",
  },
  explainer: {
    label: "Explainer",
    hub: "explainers",
    hubName: "Explainers",
    definition: "Explainers set out the background to a story in the news: what happened before, who is involved and why it matters.",
  },
  opinion: {
    label: "Opinion",
    hub: OPINION_SECTION,
    hubName: "Opinion",
    definition: "Opinion pieces give the views of the named people who write them, not reporting and not the newsroom's own position.",
    section: OPINION_SECTION,
  },
  editorial: {
    label: "Editorial",
    hub: "editorials",
    hubName: "Editorials",
    definition: "Editorials give the position of the newsroom's editorial board, agreed among its members; they are opinion, not reporting.",
    section: OPINION_SECTION,
  },
  letter: {
    label: "Letter",
    hub: "letters",
    hubName: "Letters",
    definition: "Letters are readers' views, sent to the editor and published in a selection, edited for length and clarity.",
    section: OPINION_SECTION,
  },
  interview: {
    label: "Interview",
    hub: "interviews",
    hubName: "Interviews",
    definition: "Interviews are conversations with people in the news, in their own words, edited for length and clarity.",
  },
  review: {
    label: "Review",
    hub: "reviews",
    hubName: "Reviews",
    definition: "Reviews are a critic's judgement of a book, film, performance, product or place, named on each review.",
  },
  obituary: {
    label: "Obituary",
    hub: "obituaries",
    hubName: "Obituaries",
    definition: "Obituaries tell the lives of people who have died.",
  },
  factcheck: {
    label: "Fact check",
    hub: "fact-checks",
    hubName: "Fact checks",
    definition: "Fact checks test a public claim against the evidence and give a verdict, with the sources they rest on.",
  },
  sponsored: {
    label: "Paid content",
    hub: "paid-content",
    hubName: "Paid content",
    definition:
      "Paid content is paid for by the sponsor named on it and produced for them; our newsroom did not write it, had no part in it and does not endorse it.",
  },
};

/** The hubs that are pages of their own (opinion's hub is the opinion section's page). */
export const KIND_HUB_SLUGS = Object.values(KIND_LABELS)
  .map((kind) => kind.hub)
  .filter((hub) => hub !== OPINION_SECTION);
