import type { Metadata } from "next";
import { frontPageMetadata } from "@/app/_seo/metadata";
import { organizationJsonLd, websiteJsonLd } from "@/app/_seo/json-ld";
import { ArchiveLink } from "@/components/listing/archive-link";
import { PaginationNav } from "@/components/listing/pagination-nav";
import { JsonLdScript } from "@/components/seo/json-ld-script";
import { LeadStory } from "@/components/story/lead-story";
import { StoryList } from "@/components/story/story-list";
import { getCatalog } from "@/content/catalog";
import { pageOf } from "@/content/pagination";
import { site } from "@/content/site";
import { LATEST_PATH } from "@/content/urls";

export const metadata: Metadata = frontPageMetadata();

/** The first page of the latest news: its newest story as the lead, the rest below, then older pages. */
export default async function FrontPage() {
  const { items, count } = pageOf((await getCatalog()).latest, 1) ?? { items: [], count: 1 };
  const [lead, ...latest] = items;
  return (
    <div className="mx-auto max-w-page px-4 py-6 sm:py-10">
      <JsonLdScript data={websiteJsonLd()} />
      <JsonLdScript data={organizationJsonLd()} />
      <h1 className="sr-only">{site.name}: latest news</h1>
      {lead ? <LeadStory article={lead} /> : <p className="text-muted">No stories have been published yet.</p>}
      {latest.length > 0 || count > 1 ? (
        <section aria-labelledby="latest-heading" className="mt-10">
          <h2 id="latest-heading" className="font-serif text-2xl font-bold">
            Latest
          </h2>
          <StoryList headingLevel={3} articles={latest} emptyText="" />
          <PaginationNav basePath={LATEST_PATH} page={1} count={count} />
        </section>
      ) : null}
      <ArchiveLink />
    </div>
  );
}
