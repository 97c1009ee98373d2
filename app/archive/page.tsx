import type { Metadata } from "next";
import { archiveMetadata } from "@/app/_seo/metadata";
import { calendarLabel } from "@/content/calendar";
import { getCatalog } from "@/content/catalog";
import { site } from "@/content/site";
import { archivePath } from "@/content/urls";

export const metadata: Metadata = archiveMetadata("");

/** Every year and month with stories: the archive's first step, one click from every page's footer. */
export default async function ArchiveIndex() {
  const catalog = await getCatalog();
  const years = catalog.years();
  return (
    <div className="mx-auto max-w-page px-4 py-6 sm:py-10">
      <h1 className="font-serif text-4xl font-bold">Archive</h1>
      <p className="mt-2 text-muted">Every story {site.name} has published, by the date it was published.</p>
      {years.length === 0 ? <p className="py-6 text-muted">No stories have been published yet.</p> : null}
      {years.map((year) => (
        <section key={year.key} aria-labelledby={`year-${year.key}`} className="mt-8">
          <h2 id={`year-${year.key}`} className="font-serif text-2xl font-bold">
            <a href={archivePath(year.key)} className="hover:underline">
              {year.key}
            </a>
          </h2>
          <ul className="mt-2 flex flex-wrap gap-x-1">
            {catalog.months(year.key).map((month) => (
              <li key={month.key}>
                <a href={archivePath(month.key)} className="inline-flex min-h-11 items-center px-2 hover:underline">
                  {calendarLabel(month.key, site.locale).replace(` ${year.key}`, "")}
                  <span className="sr-only"> {year.key}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
