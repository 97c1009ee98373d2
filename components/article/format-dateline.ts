export type DateSettings = { locale: string; timeZone: string };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor({ locale, timeZone }: DateSettings): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, {
      timeZone,
      year: "numeric",
      month: "long",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
      // h12, not hour12: en-GB reads hour12 as h11 and writes "0:05 pm".
      hourCycle: "h12",
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The date's parts in the publication's zone, by type: { month: "November", day: "14", … }. */
function partsOf(iso: string, settings: DateSettings): Partial<Record<Intl.DateTimeFormatPartTypes, string>> {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a timestamp: ${JSON.stringify(iso)}`);
  return Object.fromEntries(formatterFor(settings).formatToParts(date).map((part) => [part.type, part.value]));
}

/**
 * "November 14, 2013, 6:23 pm" in the publication's time zone. Assembled from parts because `.format()`
 * output differs between ICU versions (narrow no-break spaces, " at ").
 */
export function formatDateline(iso: string, settings: DateSettings): string {
  const { month, day, year, hour, minute, dayPeriod } = partsOf(iso, settings);
  return `${month} ${day}, ${year}, ${hour}:${minute} ${dayPeriod?.toLowerCase()}`;
}

/** "November 14, 2013": for story lists, where the time of day is noise. */
export function formatDate(iso: string, settings: DateSettings): string {
  const { month, day, year } = partsOf(iso, settings);
  return `${month} ${day}, ${year}`;
}
