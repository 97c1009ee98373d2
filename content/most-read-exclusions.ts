import { mostRead } from "./most-read";
import type { PublishedState } from "./published-source.mjs";

/**
 * The stories "Most read" never lists, in force now: the list last published on the running site
 * (`npm run content:publish` sends content/most-read.ts when it changed), else the release's. One
 * place decides it, for the pages and for publishing.
 */
export function mostReadExclusions(published: Pick<PublishedState, "mostRead"> | undefined): readonly string[] {
  return published?.mostRead?.exclude ?? mostRead.exclude;
}
