import { SEARCH_PATH } from "@/content/urls";

/**
 * A plain GET form to /search: it works without JavaScript, and the browser's back button and the
 * address bar keep the query. The header's box is on every page, so its markup is kept to the bytes it
 * needs; the results page's own box is larger and labelled, so the two search landmarks differ.
 */
export function SearchForm({ query, label }: { query?: string; label?: string }) {
  const large = query !== undefined;
  return (
    <form action={SEARCH_PATH} role="search" {...(label ? { "aria-label": label } : {})} className={large ? "mt-4 flex max-w-xl" : "flex print:hidden"}>
      <input name="q" type="search" aria-label="Search stories" placeholder="Search stories" {...(large ? { defaultValue: query } : {})} className={`h-11 min-w-0 border border-rule bg-paper px-3 ${large ? "flex-1 text-lg" : "w-44"}`} />
      <button className="h-11 bg-ink px-3 font-semibold text-paper">Search</button>
    </form>
  );
}
