import { calendarLabel } from "@/content/calendar";
import type { Period } from "@/content/queries";
import { site } from "@/content/site";
import { archivePath } from "@/content/urls";

const numbers = new Intl.NumberFormat(site.locale);
const count = (n: number) => (n === 1 ? "1 story" : `${numbers.format(n)} stories`);

/** Links to periods of the archive (months of a year, days of a month), each with its number of stories. */
export function PeriodList({ periods, label }: { periods: readonly Period[]; label: string }) {
  return (
    <ul aria-label={label} className="mt-4 grid gap-x-6 sm:grid-cols-2 lg:grid-cols-3">
      {periods.map((period) => (
        <li key={period.key} className="border-t border-rule">
          <a href={archivePath(period.key)} className="flex min-h-11 items-baseline justify-between gap-3 py-2 hover:underline">
            <span className="font-serif text-lg font-bold">{calendarLabel(period.key, site.locale)}</span>
            <span className="text-sm text-muted">{count(period.count)}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
