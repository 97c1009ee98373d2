import type { Metadata } from "next";
import { frontPageMetadata } from "@/app/_seo/metadata";
import { organizationJsonLd, websiteJsonLd } from "@/app/_seo/json-ld";
import { ArchiveLink } from "@/components/listing/archive-link";
import { PaginationNav } from "@/components/listing/pagination-nav";
import { MostRead } from "@/components/most-read/most-read";
import { JsonLdScript } from "@/components/seo/json-ld-script";
import { BreakingStrip } from "@/components/story/breaking-strip";
import { LeadStory } from "@/components/story/lead-story";
import { SectionBlock } from "@/components/story/section-block";
import { StoryList } from "@/components/story/story-list";
import { getCatalog } from "@/content/catalog";
import { siteNow } from "@/content/clock";
import { frontPage } from "@/content/front-page";
import { planFrontPage } from "@/content/front-page-plan";
import { site } from "@/content/site";
import { LATEST_PATH } from "@/content/urls";

export const metadata: Metadata = frontPageMetadata();

/** The front page as it stands now: pins that have expired drop out (and the origin renders it afresh then). */
async function frontPageNow() {
  const now = siteNow();
  return { now, ...planFrontPage(frontPage, await getCatalog(now), now) };
}

/**
 * The front page as editors run it (content/front-page.ts): a breaking strip, the lead and top stories,
 * a block per section, then the latest news, newest first, and its older pages.
 */
export default async function FrontPage() {
  const plan = await frontPageNow();
  return (
    <div className="mx-auto max-w-page px-4 py-6 sm:py-10">
      <JsonLdScript data={websiteJsonLd()} />
      <JsonLdScript data={organizationJsonLd()} />
      <h1 className="sr-only">{site.name}: latest news</h1>
      {plan.breaking ? <BreakingStrip label={plan.breaking.label} article={plan.breaking.article} /> : null}
      {plan.lead ? <LeadStory article={plan.lead} /> : <p className="text-muted">No stories have been published yet.</p>}
      {plan.top.length > 0 ? (
        <section aria-labelledby="top-stories" className="mt-10">
          <h2 id="top-stories" className="font-serif text-2xl font-bold">
            Top stories
          </h2>
          <StoryList headingLevel={3} articles={plan.top} emptyText="" />
        </section>
      ) : null}
      {plan.blocks.length > 0 ? (
        <div className="mt-10 grid gap-x-8 md:grid-cols-3">
          {plan.blocks.map((block) => (
            <SectionBlock key={block.section.slug} section={block.section} articles={block.articles} />
          ))}
        </div>
      ) : null}
      <div className="mt-10 max-w-3xl">
        <MostRead now={plan.now} />
      </div>
      {plan.latest.length > 0 || plan.pages > 1 ? (
        <section aria-labelledby="latest-heading" className="mt-10">
          <h2 id="latest-heading" className="font-serif text-2xl font-bold">
            Latest
          </h2>
          <StoryList headingLevel={3} articles={plan.latest} emptyText="" />
          <PaginationNav basePath={LATEST_PATH} page={1} count={plan.pages} />
        </section>
      ) : null}
      <ArchiveLink />
    </div>
  );
}
