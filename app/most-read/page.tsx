import type { Metadata } from "next";
import { mostReadMetadata } from "@/app/_seo/metadata";
import { findMostRead, MostReadSection } from "@/components/most-read/most-read";
import { siteNow } from "@/content/clock";

export const metadata: Metadata = mostReadMetadata();

/**
 * What readers are reading most, in the last hour and in the last 24 hours: the installed app's
 * "Most read" shortcut opens it. Each list hides itself when there is too little to rank.
 */
export default async function MostReadPage() {
  const now = siteNow();
  const [hour, day] = await Promise.all([findMostRead(now, { window: "hour" }), findMostRead(now, { window: "day" })]);
  return (
    <div className="mx-auto max-w-page px-4 py-6 sm:py-10">
      <h1 className="font-serif text-4xl font-bold">Most read</h1>
      <p className="mt-2 max-w-measure text-muted">Each reader&rsquo;s read of a story is counted once a day, without cookies or anything that identifies them. Paid content is never listed.</p>
      {hour || day ? (
        <div className="mt-8 grid gap-x-12 gap-y-10 md:grid-cols-2">
          {hour ? <MostReadSection list={hour} id="most-read-hour" title="In the last hour" /> : null}
          {day ? <MostReadSection list={day} id="most-read-day" title="In the last 24 hours" /> : null}
        </div>
      ) : (
        <p className="mt-8">Not enough reads have been counted yet to rank stories. Come back in a few minutes.</p>
      )}
    </div>
  );
}
