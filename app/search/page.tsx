import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { searchMetadata } from "@/app/_seo/metadata";
import { PaginationNav } from "@/components/listing/pagination-nav";
import { SearchForm } from "@/components/search/search-form";
import { StoryList } from "@/components/story/story-list";
import { getCatalog } from "@/content/catalog";
import { PAGE_SIZE, pageCount } from "@/content/pagination";
import { MAX_QUERY_LENGTH, parseQuery } from "@/content/search/query";
import { searchStories } from "@/content/search/site-search";
import { site } from "@/content/site";
import { searchPath } from "@/content/urls";
import { searchParamsOf } from "./search-params";

/** Results reach back 40 pages (1,000 stories): a reader refines the query long before. */
const MAX_PAGE = 40;

export async function generateMetadata({ searchParams }: PageProps<"/search">): Promise<Metadata> {
  const { query, page } = searchParamsOf(await searchParams);
  return searchMetadata(query.trim() || undefined, page);
}

/** Counts as the site writes numbers: "3,400". */
const number = new Intl.NumberFormat(site.locale);

/** "12 stories", "1 story", "about 3,400 stories". */
function storyCount(total: number, exact: boolean): string {
  return `${exact ? "" : "about "}${number.format(total)} ${total === 1 ? "story" : "stories"}`;
}

/**
 * Site search, rendered on the server for each query: it works without JavaScript, and every query is
 * text, never markup (React escapes it wherever it is echoed).
 */
export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const { query, page } = searchParamsOf(await searchParams);
  if (page === undefined || page > MAX_PAGE) notFound();
  const parsed = parseQuery(query);
  const shown = parsed.kind === "too-long" ? [...query.trim()].slice(0, MAX_QUERY_LENGTH).join("") : query.trim();

  let message: string;
  let body = null;
  if (parsed.kind === "empty") message = "Type a word, a name or a \"quoted phrase\" to search every story.";
  else if (parsed.kind === "too-long") message = `That search is ${number.format(parsed.length)} characters long; searches can be up to ${MAX_QUERY_LENGTH}. Shorten it and try again.`;
  else if (parsed.kind === "no-words") message = "That search has no words to look for: try letters or numbers.";
  else {
    const results = await searchStories(parsed.query, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    // An estimated count ("about 3,400") links only to the pages of stories actually found.
    const count = Math.min(pageCount(results.reachable), MAX_PAGE);
    if (page > 1 && results.stories.length === 0) notFound();
    const catalog = await getCatalog();
    message = results.total === 0 ? `No stories match “${shown}”.` : `${storyCount(results.total, results.exact)} ${results.total === 1 ? "matches" : "match"} “${shown}”${page > 1 ? `: page ${page} of ${count}` : ""}.`;
    body = (
      <>
        <StoryList headingLevel={2} articles={results.stories.map(catalog.resolve)} emptyText="Check the spelling, or try fewer or different words." highlight={new Set(parsed.query.terms)} />
        <PaginationNav page={page} count={count} href={(to) => searchPath(shown, to)} labels={["Previous page", "Next page"]} />
      </>
    );
  }

  return (
    <div className="mx-auto max-w-page px-4 py-6 sm:py-10">
      <h1 className="font-serif text-4xl font-bold">Search</h1>
      <SearchForm label="Search again" query={shown} />
      <p role="status" className="mt-4 text-muted">
        {message}
      </p>
      <div className="mt-2 max-w-3xl">{body}</div>
    </div>
  );
}
