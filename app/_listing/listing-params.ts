/**
 * What a listing route's params name, checked before anything is read: a known section or topic, a real
 * calendar date, a page number written the one way the site links it. Undefined means 404.
 */
import { calendarKey } from "@/content/calendar";
import { getCatalog } from "@/content/catalog";
import { requestedPage } from "@/content/pagination";
import type { Author, Section, Tag } from "@/content/schema";
import { findSection } from "@/content/sections";
import { findKindHub, type KindHub } from "@/content/story-kind";
import { decodeParam } from "@/content/urls";

export function sectionParams(sectionParam: string, pageParam?: string): { section: Section; page: number } | undefined {
  const section = findSection(decodeParam(sectionParam));
  const page = requestedPage(pageParam);
  return section && page !== undefined ? { section, page } : undefined;
}

/** A hub of a kind of story ("/analysis", content/story-kind.ts) and the page asked for. */
export function hubParams(hubParam: string, pageParam?: string): { hub: KindHub; page: number } | undefined {
  const hub = findKindHub(decodeParam(hubParam));
  const page = requestedPage(pageParam);
  return hub && page !== undefined ? { hub, page } : undefined;
}

export async function topicParams(tagParam: string, pageParam?: string): Promise<{ tag: Tag; page: number } | undefined> {
  const tag = (await getCatalog()).getTag(decodeParam(tagParam));
  const page = requestedPage(pageParam);
  return tag && page !== undefined ? { tag, page } : undefined;
}

export async function authorParams(authorParam: string, pageParam?: string): Promise<{ author: Author; page: number } | undefined> {
  const author = (await getCatalog()).getAuthor(decodeParam(authorParam));
  const page = requestedPage(pageParam);
  return author && page !== undefined ? { author, page } : undefined;
}

/** A calendar key ("2024", "2024-03", "2024-03-31") that has stories, and the page asked for. */
export async function archiveParams(parts: { year: string; month?: string; day?: string }, pageParam?: string): Promise<{ key: string; page: number } | undefined> {
  const key = calendarKey(parts.year, parts.month, parts.day);
  const page = requestedPage(pageParam);
  if (key === undefined || page === undefined) return undefined;
  return (await getCatalog()).period(key).total > 0 ? { key, page } : undefined;
}
