import { siteLanguageIn } from "@/components/article/in-site-language";
import { getCatalog } from "@/content/catalog";
import { languageAttributes } from "@/content/language";
import { currentBoard } from "@/content/most-read-board.mjs";
import { mostReadExclusions } from "@/content/most-read-exclusions";
import { mostReadList, type MostReadList, type MostReadWindow } from "@/content/most-read-list";
import { publishedSource } from "@/content/published-source.mjs";
import type { Section } from "@/content/schema";
import { site } from "@/content/site";
import { kindLabel } from "@/content/story-kind";
import { articlePath } from "@/content/urls";

const WINDOW_NAMES: Record<MostReadWindow, string> = { hour: "in the last hour", day: "in the last 24 hours" };

/** "14:35": when the list was counted, in the publication's zone. */
const clockTime = (at: number) => new Intl.DateTimeFormat(site.locale, { timeStyle: "short", timeZone: site.timeZone }).format(at);

/** The list to show now (overall, or a section's), or undefined when it hides itself (content/most-read-list.ts). */
export async function findMostRead(now: number, { section, window = "day" }: { section?: Section; window?: MostReadWindow } = {}): Promise<MostReadList | undefined> {
  const catalog = await getCatalog(now);
  // The catalog has just asked the store for its latest state: read the same one, without asking again.
  const exclude = mostReadExclusions(publishedSource()?.state());
  return mostReadList(currentBoard().board, { window, now, find: (slug) => catalog.findBySlug(slug), exclude, ...(section ? { section: section.slug } : {}) });
}

/**
 * "Most read": the ten stories read most (overall, or in one section), ranked, with when they were
 * counted. Server-rendered and the same for every reader; it hides itself when there is no fresh or
 * sufficient count. Pages showing it are made again when it changes (server/reads/most-read-board.mjs).
 */
export async function MostRead({ now, section, window = "day", headingLevel = 2, id = "most-read" }: { now: number; section?: Section; window?: MostReadWindow; headingLevel?: 2 | 3; id?: string }) {
  const list = await findMostRead(now, { window, ...(section ? { section } : {}) });
  return list ? <MostReadSection list={list} headingLevel={headingLevel} id={id} {...(section ? { section } : {})} /> : null;
}

/** `title`: the heading, when the page shows more than one list ("In the last hour"). */
export function MostReadSection({ list, section, headingLevel = 2, id = "most-read", title }: { list: MostReadList; section?: Section; headingLevel?: 2 | 3; id?: string; title?: string }) {
  const Heading = `h${headingLevel}` as const;
  const Item = `h${headingLevel + 1}` as "h3" | "h4";
  return (
    <section aria-labelledby={id} data-most-read={section?.slug ?? "all"} data-window={list.window} className="print:hidden">
      <Heading id={id} className="border-b-2 border-ink pb-1 font-serif text-xl font-bold">
        {title ?? (section ? `Most read in ${section.name}` : "Most read")}
      </Heading>
      <p className="mt-1 text-sm text-muted">
        {`Counted ${WINDOW_NAMES[list.window]}, at `}
        <time dateTime={new Date(list.takenAt).toISOString()}>{clockTime(list.takenAt)}</time>
      </p>
      <ol className="mt-2">
        {list.stories.map((article, index) => {
          const label = kindLabel(article.kind);
          return (
            <li key={article.slug} className="flex gap-3 border-b border-rule py-2">
              <span aria-hidden="true" className="w-8 shrink-0 font-serif text-2xl font-bold text-accent tabular-nums">
                {index + 1}
              </span>
              <Item className="font-serif text-base leading-snug font-semibold" {...languageAttributes(article.language)}>
                <a href={articlePath(article)} className="hover:underline">
                  {label ? (
                    <span className="font-sans text-xs font-semibold tracking-wide text-accent uppercase" {...siteLanguageIn(article.language)}>
                      {`${label.label}: `}
                    </span>
                  ) : null}
                  {article.headline}
                </a>
              </Item>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
