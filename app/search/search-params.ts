import { parsePageParam } from "@/content/pagination";

/** A query parameter as one string: the first when repeated (`?q=a&q=b`). */
const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** "?q=…&page=N": the query as typed, and the page, undefined when the page parameter is not one the site links to (a 404). */
export function searchParamsOf(params: Record<string, string | string[] | undefined>): { query: string; page: number | undefined } {
  const page = single(params.page);
  return { query: single(params.q) ?? "", page: page === undefined ? 1 : parsePageParam(page) };
}
