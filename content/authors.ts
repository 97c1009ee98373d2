import type { Author } from "./schema";

/**
 * Staff writers an article's byline may name by slug. Agency copy ("Agencies", "AP") needs no entry:
 * it goes in the byline's `agency` field.
 */
export const authors = [] as const satisfies readonly Author[];
