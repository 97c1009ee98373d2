/**
 * The site's one clock: the server's, in UTC (ms since the epoch). What is public (content/visibility.mjs)
 * is decided against it; time zones are only for showing dates (content/calendar.ts). Functions that
 * decide take `now` as an argument, with this as the default, so tests fix or move it instead of waiting.
 */
export const siteNow = (): number => Date.now();
