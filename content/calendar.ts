/**
 * The archive's calendar: which day, month and year a story belongs to, as the publication's clock read
 * when it was published (a story filed at 23:30 in London on 31 March belongs to 31 March, whatever
 * the server's zone). Keys are ISO-shaped strings that sort by time: "2024-03-31", "2024-03", "2024".
 */

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = dayFormatters.get(timeZone);
  if (formatter === undefined) {
    // en-CA writes dates as YYYY-MM-DD, but parts are read by type, not by position.
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** "2024-03-31": the day of `instant` in `timeZone`. */
export function dayKey(instant: string | number, timeZone: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a timestamp: ${JSON.stringify(instant)}`);
  const parts = Object.fromEntries(dayFormatter(timeZone).formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

export const monthOfDay = (day: string) => day.slice(0, 7);
export const yearOfDay = (day: string) => day.slice(0, 4);

export type CalendarDate = { year: number; month?: number; day?: number };

/**
 * Route params to a key, or undefined unless each part is written exactly as the archive links it
 * (4-digit year, 2-digit month and day) and names a real date: "2024", "03", "31" → "2024-03-31".
 */
export function calendarKey(year: string, month?: string, day?: string): string | undefined {
  if (!/^\d{4}$/.test(year)) return undefined;
  if (month === undefined) return year;
  if (!/^(0[1-9]|1[0-2])$/.test(month)) return undefined;
  if (day === undefined) return `${year}-${month}`;
  if (!/^(0[1-9]|[12]\d|3[01])$/.test(day)) return undefined;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCDate() === Number(day) ? `${year}-${month}-${day}` : undefined;
}

/** "2024-03" → "March 2024"; "2024-03-31" → "March 31, 2024", the way story dates read across the site. */
export function calendarLabel(key: string, locale: string): string {
  const [year, month, day] = key.split("-").map(Number);
  if (year === undefined || Number.isNaN(year)) throw new RangeError(`not a calendar key: ${key}`);
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day === undefined ? { timeZone: "UTC", year: "numeric", month: "long" } : { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" };
  const parts = Object.fromEntries(new Intl.DateTimeFormat(locale, options).formatToParts(date).map((part) => [part.type, part.value]));
  return day === undefined ? `${parts.month} ${parts.year}` : `${parts.month} ${parts.day}, ${parts.year}`;
}
