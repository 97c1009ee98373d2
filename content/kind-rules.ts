/**
 * What each kind of story must have and may not have, beyond the schema's shape: the fields that belong
 * to one kind, the section opinion lives in, and a named person on every opinion piece. Called from
 * the article schema's refinement (content/load.ts), so each problem is reported under its own field.
 */
import type { z } from "zod";
import type { articleSourceSchema, StoryKind } from "./schema";
import { KIND_LABELS, OPINION_SECTION } from "./story-kinds.mjs";

type Source = z.output<typeof articleSourceSchema>;

/** Fields that one kind of story needs, and only it may have. */
const KIND_FIELDS = {
  sponsor: { kind: "sponsored", needed: "a sponsored story names its sponsor: sponsor: { name, url }" },
  review: { kind: "review", needed: "a review says what it reviews: review: { itemReviewed: { type, name } }" },
  factCheck: { kind: "factcheck", needed: "a fact check states the claim and its verdict: factCheck: { claim, claimant, appearance, date, verdict }" },
} as const satisfies Record<string, { kind: StoryKind; needed: string }>;

/** The section a kind's stories must be in, if it has one. */
function requiredSection(kind: StoryKind): string | undefined {
  return kind === "news" ? undefined : (KIND_LABELS[kind] as { section?: string }).section;
}

export function checkKind(source: Source, ctx: z.RefinementCtx) {
  const kind = source.kind ?? "news";
  for (const [field, rule] of Object.entries(KIND_FIELDS) as [keyof typeof KIND_FIELDS, (typeof KIND_FIELDS)[keyof typeof KIND_FIELDS]][]) {
    if (kind === rule.kind && source[field] === undefined) ctx.addIssue({ code: "custom", path: [field], message: rule.needed });
    if (kind !== rule.kind && source[field] !== undefined) ctx.addIssue({ code: "custom", path: [field], message: `only a story of kind "${rule.kind}" has this` });
  }
  const section = requiredSection(kind);
  if (section !== undefined && source.section !== section) {
    ctx.addIssue({ code: "custom", path: ["section"], message: `a story of kind "${kind}" lives in the "${section}" section, so that readers and search engines can tell views from news` });
  }
  if (section === undefined && source.section === OPINION_SECTION) {
    ctx.addIssue({ code: "custom", path: ["kind"], message: `the "${OPINION_SECTION}" section holds opinion, editorials and letters only: set kind to "opinion", "editorial" or "letter"` });
  }
  if (kind === "opinion") {
    if ((source.byline.authors?.length ?? 0) === 0) ctx.addIssue({ code: "custom", path: ["byline", "authors"], message: "an opinion piece is signed by a named person: name its author" });
    if (source.byline.agency !== undefined) ctx.addIssue({ code: "custom", path: ["byline", "agency"], message: "an opinion piece is signed by a named person, not an agency or desk" });
  }
}
