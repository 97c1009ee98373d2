import type { Metadata } from "next";
import { frontPageMetadata } from "@/app/_seo/metadata";
import { organizationJsonLd, websiteJsonLd } from "@/app/_seo/json-ld";
import { JsonLdScript } from "@/components/seo/json-ld-script";
import { LeadStory } from "@/components/story/lead-story";
import { StoryList } from "@/components/story/story-list";
import { catalog } from "@/content/catalog";
import { site } from "@/content/site";

/** How many stories follow the lead on the front page. */
const LATEST_COUNT = 20;

export const metadata: Metadata = frontPageMetadata();

export default function FrontPage() {
  const [lead, ...latest] = catalog.listLatest(LATEST_COUNT + 1);
  return (
    <div className="mx-auto max-w-page px-4 py-6 sm:py-10">
      <JsonLdScript data={websiteJsonLd()} />
      <JsonLdScript data={organizationJsonLd()} />
      <h1 className="sr-only">{site.name}: latest news</h1>
      {lead ? <LeadStory article={lead} /> : <p className="text-muted">No stories have been published yet.</p>}
      {latest.length > 0 ? (
        <section aria-labelledby="latest-heading" className="mt-10">
          <h2 id="latest-heading" className="font-serif text-2xl font-bold">
            Latest
          </h2>
          <StoryList headingLevel={3} articles={latest} emptyText="" />
        </section>
      ) : null}
    </div>
  );
}
