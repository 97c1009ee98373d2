import type { ReactNode } from "react";
import { StoryList } from "@/components/story/story-list";
import type { Article } from "@/content/schema";
import { ArchiveLink } from "./archive-link";
import { PaginationNav } from "./pagination-nav";

/**
 * One page of a listing (a section, a topic, the latest news, a day of the archive): its heading, the
 * page's stories and the links to the other pages.
 */
export function ListingPage({
  kicker,
  title,
  description,
  articles,
  page,
  count,
  basePath,
  showSection = true,
  emptyText,
  children,
  aside,
}: {
  kicker?: ReactNode;
  title: string;
  description?: string;
  articles: readonly Article[];
  page: number;
  count: number;
  basePath: string;
  showSection?: boolean;
  emptyText: string;
  children?: ReactNode;
  /** Beside the list on wide screens, below it on narrow ones ("Most read" on a section's pages). */
  aside?: ReactNode;
}) {
  return (
    <div className="mx-auto max-w-page px-4 py-6 sm:py-10">
      {kicker}
      <h1 className="font-serif text-4xl font-bold">{title}</h1>
      {description ? <p className="mt-2 text-muted">{description}</p> : null}
      {page > 1 ? (
        <p className="mt-2 text-sm text-muted">
          Page {page} of {count}
        </p>
      ) : null}
      {children}
      <div className={aside ? "mt-6 grid gap-x-12 gap-y-8 lg:grid-cols-[minmax(0,48rem)_minmax(0,20rem)]" : "mt-6 max-w-3xl"}>
        <div>
          <StoryList headingLevel={2} articles={articles} showSection={showSection} emptyText={emptyText} />
          <PaginationNav basePath={basePath} page={page} count={count} />
          <ArchiveLink />
        </div>
        {aside ? <div className="lg:pt-5">{aside}</div> : null}
      </div>
    </div>
  );
}
