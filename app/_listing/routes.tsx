/**
 * The listing routes' pages. Page 1 of a listing and its later pages are two route files (the later ones
 * under ".../page/[page]"); both render through here, so they cannot drift apart.
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { archiveMetadata } from "@/app/_seo/metadata";
import { AuthorAbout, AuthorPortrait } from "@/components/author/author-profile";
import { ListingPage } from "@/components/listing/listing-page";
import { MostRead } from "@/components/most-read/most-read";
import { JsonLdScript } from "@/components/seo/json-ld-script";
import { profilePageJsonLd } from "@/app/_seo/json-ld";
import { getCatalog } from "@/content/catalog";
import { siteNow } from "@/content/clock";
import { pageOf } from "@/content/pagination";
import { authorPath, LATEST_PATH, sectionPath, tagPath } from "@/content/urls";
import { archiveParams, authorParams, hubParams, sectionParams, topicParams } from "./listing-params";
import { ArchivePeriodPage } from "./archive-period-page";

/** "/<name>": a section's pages, or a kind of story's hub (they share the top-level addresses). */
export async function SectionListing({ section: sectionParam, page: pageParam }: { section: string; page?: string }) {
  if (!sectionParams(sectionParam, pageParam) && hubParams(sectionParam, pageParam)) return <HubListing hub={sectionParam} page={pageParam} />;
  const params = sectionParams(sectionParam, pageParam);
  const found = params && pageOf((await getCatalog()).section(params.section.slug), params.page);
  if (!params || !found) notFound();
  const { section, page } = params;
  return (
    <ListingPage
      title={section.name}
      description={section.description}
      articles={found.items}
      page={page}
      count={found.count}
      basePath={sectionPath(section)}
      showSection={false}
      emptyText="No stories in this section yet."
      aside={<MostRead now={siteNow()} section={section} />}
    />
  );
}

/** A kind's hub: what the kind is, in one sentence, then its stories, latest first. */
async function HubListing({ hub: hubParam, page: pageParam }: { hub: string; page?: string | undefined }) {
  const params = hubParams(hubParam, pageParam);
  const found = params && pageOf((await getCatalog()).kind(params.hub.kind), params.page);
  if (!params || !found) notFound();
  const { hub, page } = params;
  return (
    <ListingPage
      title={hub.name}
      description={hub.definition}
      articles={found.items}
      page={page}
      count={found.count}
      basePath={`/${hub.slug}`}
      emptyText={`No ${hub.name.toLowerCase()} yet.`}
    />
  );
}

export async function TopicListing({ tag: tagParam, page: pageParam }: { tag: string; page?: string }) {
  const params = await topicParams(tagParam, pageParam);
  const found = params && pageOf((await getCatalog()).tag(params.tag.slug), params.page);
  if (!params || !found) notFound();
  const { tag, page } = params;
  return (
    <ListingPage
      kicker={<p className="text-sm font-semibold tracking-wide text-accent uppercase">Topic</p>}
      title={tag.name}
      articles={found.items}
      page={page}
      count={found.count}
      basePath={tagPath(tag)}
      emptyText="No stories on this topic yet."
    />
  );
}

/** An author's page: who they are, then their stories, latest first. */
export async function AuthorListing({ author: authorParam, page: pageParam }: { author: string; page?: string }) {
  const params = await authorParams(authorParam, pageParam);
  const stories = params && (await getCatalog()).author(params.author.slug);
  const found = params && stories && pageOf(stories, params.page);
  if (!params || !stories || !found) notFound();
  const { author, page } = params;
  return (
    <>
      <JsonLdScript data={profilePageJsonLd(author, stories.lastModified())} />
      <ListingPage
        kicker={<AuthorPortrait author={author} />}
        title={author.name}
        description={author.role}
        articles={found.items}
        page={page}
        count={found.count}
        basePath={authorPath(author)}
        emptyText={`No stories by ${author.name} yet.`}
      >
        {page === 1 ? <AuthorAbout author={author} /> : null}
      </ListingPage>
    </>
  );
}

/** Pages 2 and beyond of the latest news; page 1 is the front page. */
export async function LatestListing({ page }: { page: number }) {
  const found = pageOf((await getCatalog()).latest, page);
  if (!found) notFound();
  return <ListingPage title="Latest news" articles={found.items} page={page} count={found.count} basePath={LATEST_PATH} emptyText="No stories have been published yet." />;
}

type ArchiveParams = { params: Promise<{ year: string; month?: string; day?: string; page?: string }> };

/** Metadata of any archive route: a year, a month, a day or a later page of a day. */
export async function archiveRouteMetadata({ params }: ArchiveParams): Promise<Metadata> {
  const { page, ...parts } = await params;
  const found = await archiveParams(parts, page);
  return found ? archiveMetadata(found.key, found.page) : {};
}

/** Any archive route: a year lists its months, a month its days, a day its stories. */
export async function ArchiveRoutePage({ params }: ArchiveParams) {
  const { page, ...parts } = await params;
  const found = await archiveParams(parts, page);
  if (!found) notFound();
  return <ArchivePeriodPage periodKey={found.key} page={found.page} />;
}
