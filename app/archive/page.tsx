import type { Metadata } from "next";
import { archiveMetadata } from "@/app/_seo/metadata";
import { calendarLabel } from "@/content/calendar";
import { getCatalog } from "@/content/catalog";
import { site } from "@/content/site";
import { archivePath } from "@/content/urls";

export const metadata: Metadata = archiveMetadata("");

const monthName = new Intl.DateTimeFormat(site.locale, { month: "short", timeZone: "UTC" });
/** "2024-03" → "Mar". */
const shortMonth = (key: string) => monthName.format(new Date(`${key}-01T00:00:00Z`));

/**
 * Every year, and each month with stories in it: the archive's first step, one click from the front page
 * and from every listing. One list item a year, its months as short links (the year in the same item
 * gives them their context), with the styles set once on the list: about 150 bytes a month, so decades
 * fit in a small page.
 */
export default async function ArchiveIndex() {
  const catalog = await getCatalog();
  const years = catalog.years();
  return (
    <div className="mx-auto max-w-page px-4 py-6 sm:py-10">
      <h1 className="font-serif text-4xl font-bold">Archive</h1>
      <p className="mt-2 text-muted">Every story {site.name} has published, by the date it was published.</p>
      {years.length === 0 ? <p className="py-6 text-muted">No stories have been published yet.</p> : null}
      <ul className="mt-6 max-w-3xl [&_a]:inline-flex [&_a]:min-h-11 [&_a]:min-w-11 [&_a]:items-center [&_a]:justify-center [&_a]:px-1 [&_a]:hover:underline [&>li]:border-t [&>li]:border-rule [&>li]:py-1">
        {years.map((year) => (
          <li key={year.key}>
            <a href={archivePath(year.key)} className="mr-2 font-serif text-xl font-bold">
              {year.key}
            </a>
            {[...catalog.months(year.key)].reverse().map((month) => (
              <a key={month.key} href={archivePath(month.key)} title={calendarLabel(month.key, site.locale)}>
                {shortMonth(month.key)}
              </a>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
