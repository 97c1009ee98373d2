import type { Correction } from "@/content/schema";
import { Dateline } from "./dateline";
import { siteLanguageIn } from "./in-site-language";

/**
 * Corrections and clarifications at the story's foot, dated, oldest first, as The Guardian prints
 * them: a reader (and a screen reader, by the heading) finds what changed and when.
 */
export function Corrections({ corrections, story }: { corrections: readonly Correction[]; story: string }) {
  if (corrections.length === 0) return null;
  return (
    <section aria-labelledby="article-corrections" className="mt-8 border-t border-rule pt-4 font-sans text-sm">
      <h2 id="article-corrections" className="font-semibold" {...siteLanguageIn(story)}>
        Corrections and clarifications
      </h2>
      <ul className="mt-2 space-y-3">
        {corrections.map((correction) => (
          <li key={correction.date}>
            <p className="text-dateline">
              <Dateline iso={correction.date} story={story} />
            </p>
            <p className="mt-0.5">{correction.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
