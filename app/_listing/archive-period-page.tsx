import { ArchiveTrail } from "@/components/listing/archive-trail";
import { ListingPage } from "@/components/listing/listing-page";
import { PeriodList } from "@/components/listing/period-list";
import { calendarLabel } from "@/content/calendar";
import { getCatalog } from "@/content/catalog";
import { pageOf } from "@/content/pagination";
import { site } from "@/content/site";
import { archivePath } from "@/content/urls";
import { notFound } from "next/navigation";

/**
 * A period of the archive. A year lists its months and a month its days, each with a count; a day lists
 * its stories, paginated. From the front page: archive, month, day, (page), story: five clicks at most.
 */
export async function ArchivePeriodPage({ periodKey, page = 1 }: { periodKey: string; page?: number }) {
  const catalog = await getCatalog();
  const title = calendarLabel(periodKey, site.locale);
  if (periodKey.length < 10) {
    const periods = periodKey.length === 4 ? catalog.months(periodKey) : catalog.days(periodKey);
    return (
      <div className="mx-auto max-w-page px-4 py-6 sm:py-10">
        <ArchiveTrail periodKey={periodKey} />
        <h1 className="mt-2 font-serif text-4xl font-bold">{title}</h1>
        <PeriodList periods={periods} label={periodKey.length === 4 ? `Months of ${title}` : `Days of ${title}`} />
      </div>
    );
  }
  const found = pageOf(catalog.period(periodKey), page);
  if (!found) notFound();
  return (
    <ListingPage
      kicker={<ArchiveTrail periodKey={periodKey} />}
      title={title}
      articles={found.items}
      page={page}
      count={found.count}
      basePath={archivePath(periodKey)}
      emptyText="No stories on this day."
    />
  );
}
