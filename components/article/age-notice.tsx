import { site } from "@/content/site";
import { ageNotice, fullYearsSince } from "@/content/story-age";
import { siteLanguageIn } from "./in-site-language";

/**
 * "This article is more than 13 years old", above an old story's headline, so that a story found
 * through a share or a search is not taken for today's news. Plain text first in the story's header:
 * screen readers read it before the headline. `now` is the render's time; story pages are rendered
 * afresh when the publication's day turns (server/site-day.mjs).
 */
export function AgeNotice({ published, now, story }: { published: string; now: number; story: string }) {
  const notice = ageNotice(fullYearsSince(published, now, site.timeZone));
  if (!notice) return null;
  return (
    <p className="mb-4 border-s-4 border-accent bg-panel px-3 py-2 text-sm font-semibold" {...siteLanguageIn(story)}>
      {notice}
    </p>
  );
}
