import { Dateline } from "@/components/article/dateline";
import { siteLanguageIn } from "@/components/article/in-site-language";
import { coverageOpen, latestPostTime } from "@/content/live-pages";
import type { LiveCoverage } from "@/content/schema";

/**
 * Above a live story's headline: "Live" and the time of the latest post while coverage is open, "Live
 * coverage ended" and when once it has. Absolute times in the publication's zone: cached HTML ages, and
 * "3 minutes ago" would be wrong a minute later. `now` is the render's time (pages go stale when
 * coverage ends: server/schedule.mjs).
 */
export function LiveLabel({ live, now, story }: { live: LiveCoverage; now: number; story: string }) {
  const latest = latestPostTime(live.posts);
  if (!coverageOpen(live, now)) {
    return (
      <p className="mb-3 text-sm font-semibold" data-live-label="" {...siteLanguageIn(story)}>
        Live coverage ended {live.end ? <Dateline iso={live.end} story={story} /> : null}
      </p>
    );
  }
  return (
    <p className="mb-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" data-live-label="" {...siteLanguageIn(story)}>
      <span className="rounded bg-accent px-2 py-0.5 font-bold tracking-wide text-paper uppercase">Live</span>
      {latest ? (
        <span>
          Latest post <Dateline iso={latest} story={story} />
        </span>
      ) : null}
    </p>
  );
}
