/**
 * The stories public at a moment, out of every story the site holds, and until when that holds: the
 * first moment one of them goes public or expires (content/visibility.mjs). The catalog is built again
 * from it only then.
 */
import type { CatalogEntry } from "./queries";
import { isPublicAt, nextChangeOfAll } from "./visibility.mjs";

export function publicView<Entry extends CatalogEntry>(entries: readonly Entry[], now: number): { entries: Entry[]; validUntil: number } {
  return { entries: entries.filter((entry) => isPublicAt(entry, now)), validUntil: nextChangeOfAll(entries, now) };
}
