/**
 * Kinds of story as pages use them: each labelled kind's label and hub (content/story-kinds.mjs holds
 * the list, shared with the origin), a hub found by its address.
 */
import type { StoryKind } from "./schema";
import { KIND_HUB_SLUGS, KIND_LABELS, type LabelledKind } from "./story-kinds.mjs";

/** Every kind but news: what readers are told they are reading. */
export type LabelledStoryKind = Exclude<StoryKind, "news">;

/** A hub: a page that says what a kind is and lists its stories. */
export type KindHub = { kind: LabelledStoryKind; slug: string; name: string; definition: string };

/** The label and hub of a kind; undefined for news, which carries no label. */
export function kindLabel(kind: StoryKind): (LabelledKind & { kind: LabelledStoryKind }) | undefined {
  return kind === "news" ? undefined : { ...KIND_LABELS[kind], kind };
}

/** The hub page at "/<slug>", if there is one (opinion's hub is its section's page). */
export function findKindHub(slug: string): KindHub | undefined {
  if (!(KIND_HUB_SLUGS as readonly string[]).includes(slug)) return undefined;
  const [kind, labelled] = (Object.entries(KIND_LABELS) as [LabelledStoryKind, LabelledKind][]).find(([, candidate]) => candidate.hub === slug)!;
  return { kind, slug, name: labelled.hubName, definition: labelled.definition };
}

/** Every hub that is a page of its own. */
export const kindHubs = (): KindHub[] => KIND_HUB_SLUGS.map((slug) => findKindHub(slug)!);

/** Where a kind's label links: "/analysis". */
export const kindHubPath = (kind: LabelledStoryKind) => `/${KIND_LABELS[kind].hub}`;
